//! Emerging issues: in a cycle, the topics whose share of the statements grew most against the cycles before
//! it. The test is a one-sided two-proportion z-test (the topic's share this cycle against its pooled share in
//! every earlier cycle), with its p-value, and the log-likelihood ratio G² (Dunning 1993) as the effect's size.

use serde::Serialize;

/// How emerging issues are chosen.
#[derive(Debug, Clone)]
pub struct EmergingSettings {
    /// A topic is emerging when the one-sided p-value is below this.
    pub alpha: f64,
    /// And it has at least this many statements in the cycle.
    pub min_count: usize,
    pub max_listed: usize,
}

impl Default for EmergingSettings {
    fn default() -> Self {
        EmergingSettings { alpha: 0.05, min_count: 3, max_listed: 5 }
    }
}

/// A topic's growth in one cycle, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Growth {
    pub topic: u32,
    pub year: i64,
    pub count: usize,
    pub total: usize,
    pub before_count: usize,
    pub before_total: usize,
    pub share: f64,
    pub before_share: f64,
    pub z: f64,
    /// One-sided: the chance of a share this much higher if the topic had not grown.
    pub p_value: f64,
    pub g2: f64,
}

/// The standard normal upper tail Q(z) = P(Z > z) (Abramowitz & Stegun 7.1.26 for erfc, error < 1.5e-7).
pub fn upper_tail(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly = t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erfc = poly * (-x * x).exp();
    if z >= 0.0 { erfc / 2.0 } else { 1.0 - erfc / 2.0 }
}

/// The two-proportion z statistic of x1/n1 against x0/n0 (pooled standard error).
pub fn two_proportion_z(x1: usize, n1: usize, x0: usize, n0: usize) -> f64 {
    if n1 == 0 || n0 == 0 {
        return 0.0;
    }
    let (x1, n1, x0, n0) = (x1 as f64, n1 as f64, x0 as f64, n0 as f64);
    let p = (x1 + x0) / (n1 + n0);
    let se = (p * (1.0 - p) * (1.0 / n1 + 1.0 / n0)).sqrt();
    if se == 0.0 { 0.0 } else { (x1 / n1 - x0 / n0) / se }
}

/// Dunning's log-likelihood ratio G² for a 2×2 table (topic or not, this cycle or before).
pub fn g_squared(x1: usize, n1: usize, x0: usize, n0: usize) -> f64 {
    let cells = [(x1, n1), (n1 - x1.min(n1), n1), (x0, n0), (n0 - x0.min(n0), n0)];
    let total = (n1 + n0) as f64;
    let topic = (x1 + x0) as f64;
    let rest = total - topic;
    let mut g = 0.0;
    for (i, (o, n)) in cells.iter().enumerate() {
        let row = if i % 2 == 0 { topic } else { rest };
        let expected = row * *n as f64 / total;
        if *o > 0 && expected > 0.0 {
            g += *o as f64 * (*o as f64 / expected).ln();
        }
    }
    2.0 * g
}

/// The emerging topics of each year: `statements` gives each statement's year and topic (None: no topic). For
/// each year with earlier years, the topics that grew with p below alpha, strongest z first.
pub fn emerging(statements: &[(i64, Option<u32>)], settings: &EmergingSettings) -> Vec<(i64, Vec<Growth>)> {
    let mut years: Vec<i64> = statements.iter().map(|s| s.0).collect();
    years.sort_unstable();
    years.dedup();
    let mut topics: Vec<u32> = statements.iter().filter_map(|s| s.1).collect();
    topics.sort_unstable();
    topics.dedup();
    let mut out = Vec::new();
    for (yi, &year) in years.iter().enumerate().skip(1) {
        let total = statements.iter().filter(|s| s.0 == year).count();
        let before_total = statements.iter().filter(|s| years[..yi].contains(&s.0)).count();
        let mut grown: Vec<Growth> = topics
            .iter()
            .map(|&topic| {
                let count = statements.iter().filter(|s| s.0 == year && s.1 == Some(topic)).count();
                let before_count = statements.iter().filter(|s| s.0 < year && s.1 == Some(topic)).count();
                let z = two_proportion_z(count, total, before_count, before_total);
                Growth {
                    topic,
                    year,
                    count,
                    total,
                    before_count,
                    before_total,
                    share: count as f64 / total.max(1) as f64,
                    before_share: before_count as f64 / before_total.max(1) as f64,
                    z,
                    p_value: upper_tail(z),
                    g2: g_squared(count, total, before_count, before_total),
                }
            })
            .filter(|g| g.count >= settings.min_count && g.z > 0.0 && g.p_value < settings.alpha)
            .collect();
        grown.sort_by(|a, b| b.z.total_cmp(&a.z).then(a.topic.cmp(&b.topic)));
        grown.truncate(settings.max_listed);
        out.push((year, grown));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_normal_tail_and_the_z_test_match_known_values() {
        assert!((upper_tail(1.96) - 0.025).abs() < 1e-4);
        assert!((upper_tail(0.0) - 0.5).abs() < 1e-7);
        // 30 of 100 against 10 of 100: z = 0.2 / sqrt(0.2 * 0.8 * 0.02) = 3.5355.
        assert!((two_proportion_z(30, 100, 10, 100) - 3.5355).abs() < 1e-3);
        assert!(g_squared(30, 100, 10, 100) > 10.0);
        assert!(g_squared(10, 100, 10, 100).abs() < 1e-9, "no difference, no evidence");
    }

    #[test]
    fn a_topic_that_grows_is_emerging_and_a_steady_one_is_not() {
        let mut s = Vec::new();
        for _ in 0..50 {
            s.push((2022, Some(1)));
            s.push((2023, Some(1)));
        }
        for _ in 0..2 {
            s.push((2022, Some(2)));
        }
        for _ in 0..20 {
            s.push((2023, Some(2)));
        }
        let e = emerging(&s, &EmergingSettings::default());
        assert_eq!(e.len(), 1);
        let (year, grown) = &e[0];
        assert_eq!(*year, 2023);
        assert_eq!(grown.iter().map(|g| g.topic).collect::<Vec<_>>(), vec![2]);
        assert!(grown[0].p_value < 0.001 && grown[0].share > grown[0].before_share);
    }

    proptest! {
        #[test]
        fn p_values_are_probabilities(x1 in 0usize..50, n1 in 1usize..100, x0 in 0usize..50, n0 in 1usize..100) {
            let z = two_proportion_z(x1.min(n1), n1, x0.min(n0), n0);
            let p = upper_tail(z);
            prop_assert!((0.0..=1.0).contains(&p));
            prop_assert!(g_squared(x1.min(n1), n1, x0.min(n0), n0) >= -1e-9);
        }
    }
}
