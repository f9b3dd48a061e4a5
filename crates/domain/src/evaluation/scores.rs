//! Scores and their aggregation: mean and median per proposal, and a normalised score that corrects for harsh
//! and lenient evaluators (each evaluator's scores as z-scores, averaged per proposal, mapped back to the scale).

use super::Pair;
use serde::Serialize;
use std::collections::BTreeMap;

/// One evaluator's overall score of one proposal (the mean of their per-criterion scores).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    pub pair: Pair,
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    pub proposal: i64,
    pub scores: u32,
    pub mean: f64,
    pub median: f64,
    /// On the same scale as the scores: the overall mean plus the proposal's mean z-score times the overall
    /// standard deviation, so it reads like a score but is fair across evaluators.
    pub normalised: f64,
}

fn mean(values: &[f64]) -> f64 {
    if values.is_empty() { 0.0 } else { values.iter().sum::<f64>() / values.len() as f64 }
}

fn standard_deviation(values: &[f64]) -> f64 {
    let m = mean(values);
    (values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / values.len().max(1) as f64).sqrt()
}

pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => 0.0,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    }
}

/// Aggregates per proposal, sorted by proposal id. An evaluator with fewer than two scores, or who gave every
/// proposal the same score, cannot be normalised: their z-scores count as 0 (the evaluator's own average).
pub fn aggregate(scores: &[Score]) -> Vec<Aggregate> {
    let all: Vec<f64> = scores.iter().map(|s| s.value).collect();
    let (overall_mean, overall_sd) = (mean(&all), standard_deviation(&all));
    let mut by_evaluator: BTreeMap<i64, Vec<f64>> = BTreeMap::new();
    for s in scores {
        by_evaluator.entry(s.pair.evaluator).or_default().push(s.value);
    }
    let profile: BTreeMap<i64, (f64, f64)> = by_evaluator.iter().map(|(e, v)| (*e, (mean(v), standard_deviation(v)))).collect();
    let mut by_proposal: BTreeMap<i64, (Vec<f64>, Vec<f64>)> = BTreeMap::new();
    for s in scores {
        let (m, sd) = profile[&s.pair.evaluator];
        let z = if sd > f64::EPSILON { (s.value - m) / sd } else { 0.0 };
        let entry = by_proposal.entry(s.pair.proposal).or_default();
        entry.0.push(s.value);
        entry.1.push(z);
    }
    by_proposal
        .into_iter()
        .map(|(proposal, (values, zs))| Aggregate {
            proposal,
            scores: values.len() as u32,
            mean: mean(&values),
            median: median(&values),
            normalised: overall_mean + mean(&zs) * overall_sd,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn score(proposal: i64, evaluator: i64, value: f64) -> Score {
        Score { pair: Pair { proposal, evaluator }, value }
    }

    #[test]
    fn a_harsh_evaluator_does_not_sink_the_proposals_they_happen_to_score() {
        // Evaluator 1 scores everything 1–2, evaluator 2 scores everything 4–5. Each liked proposal A best.
        // Raw means favour B (scored by the lenient one); normalised scores put A and C first.
        let scores = [score(10, 1, 2.0), score(11, 1, 1.0), score(12, 2, 5.0), score(13, 2, 4.0)];
        let result = aggregate(&scores);
        let by = |id| result.iter().find(|a| a.proposal == id).unwrap().clone();
        assert!(by(12).mean > by(10).mean);
        assert!((by(10).normalised - by(12).normalised).abs() < 1e-9, "the favourites of both evaluators tie");
        assert!(by(10).normalised > by(13).normalised, "a harsh evaluator's favourite beats a lenient one's least liked");
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
    }

    proptest! {
        /// Shifting and stretching one evaluator's scores (a harsher or more lenient habit) changes nobody's
        /// ranking by normalised score among the proposals that evaluator alone scored.
        #[test]
        fn normalisation_removes_an_evaluators_habit(values in proptest::collection::vec(1.0f64..5.0, 4), shift in -2.0f64..2.0, stretch in 0.5f64..2.0) {
            let base: Vec<Score> = values.iter().enumerate().map(|(i, v)| score(i as i64, 1, *v)).chain([score(9, 2, 3.0), score(8, 2, 4.0)]).collect();
            let habit: Vec<Score> = base.iter().map(|s| if s.pair.evaluator == 1 { Score { value: s.value * stretch + shift, ..*s } } else { *s }).collect();
            let order = |scores: &[Score]| {
                let mut a: Vec<Aggregate> = aggregate(scores).into_iter().filter(|a| a.proposal < 4).collect();
                a.sort_by(|x, y| y.normalised.total_cmp(&x.normalised).then(x.proposal.cmp(&y.proposal)));
                a.iter().map(|a| a.proposal).collect::<Vec<_>>()
            };
            let distinct = { let mut v = values.clone(); v.sort_by(f64::total_cmp); v.windows(2).all(|w| w[1] - w[0] > 1e-6) };
            prop_assume!(distinct);
            prop_assert_eq!(order(&base), order(&habit));
        }
    }
}
