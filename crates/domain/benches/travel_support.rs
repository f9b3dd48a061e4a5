//! Travel-support selection at the scale: 2,000 scored applications under a budget, with every priority
//! on (first-timers, partial requests, gender and region balance). Prints the time of one selection and of the
//! whole analysis (the selection, the selection with 10% more budget, and the selection without each priority:
//! seven exact solves), and the evidence that the selection is optimal: branch and bound proves it by exhausting
//! the search under the LP bound; the dynamic programme over every dollar of the budget, an independent exact
//! method, reaches the same value on the same instance; and the value is within the LP relaxation's bound.
//!
//! Run: cargo bench -p agora-domain --bench travel_support

use agora_domain::people::{Gender, UnRegionalGroup};
use agora_domain::travel_support::{Candidate, TravelRules, analyse, dynamic_programme, select, values};
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

fn instance(n: usize, seed: u64) -> Vec<Candidate> {
    let mut random = Random(seed);
    let regions = [
        UnRegionalGroup::African,
        UnRegionalGroup::AsiaPacific,
        UnRegionalGroup::LatinAmericanCaribbean,
        UnRegionalGroup::EasternEuropean,
        UnRegionalGroup::WesternEuropeanOthers,
    ];
    let genders = [Gender::Female, Gender::Male, Gender::NonBinary, Gender::PreferNotToSay];
    (0..n)
        .map(|i| {
            // A ticket of 400 to 2,400 dollars, per diem of 3 to 7 days at 150 to 300, a visa of 0 to 200; a third
            // ask for part of the costs only.
            let partial = random.below(3) == 0;
            let ticket = 400 + random.below(2000) as u32;
            let per_diem =
                if partial && random.below(2) == 0 { 0 } else { (3 + random.below(5) as u32) * (150 + random.below(150) as u32) };
            let visa = if partial && per_diem != 0 { 0 } else { random.below(200) as u32 };
            Candidate {
                id: i as i64,
                amount_usd: ticket + per_diem + visa,
                merit: random.below(101) as u32,
                first_time: random.below(3) == 0,
                partial: per_diem == 0 || visa == 0,
                gender: Some(genders[[0, 0, 1, 1, 1, 2, 3][random.below(7) as usize]]),
                region: regions[[0, 0, 0, 1, 1, 1, 2, 2, 3, 4][random.below(10) as usize]],
            }
        })
        .collect()
}

fn main() {
    for (n, budget) in [(2_000, 300_000u32), (2_000, 1_000_000), (500, 120_000)] {
        let candidates = instance(n, 20 + n as u64 + u64::from(budget));
        let rules = TravelRules { budget_usd: budget, ..TravelRules::default() };
        let requested: u64 = candidates.iter().map(|c| u64::from(c.amount_usd)).sum();
        let start = Instant::now();
        let selection = select(&candidates, &rules, u64::from(budget));
        let one = start.elapsed();
        let start = Instant::now();
        let analysis = analyse(&candidates, &rules);
        let all = start.elapsed();
        assert_eq!(analysis.selection, selection);
        let weights: Vec<u32> = candidates.iter().map(|c| c.amount_usd).collect();
        let value_of: Vec<i64> = values(&candidates, &rules).into_iter().map(|(v, _)| v).collect();
        let start = Instant::now();
        let by_dp: i64 = dynamic_programme(&weights, &value_of, u64::from(budget)).iter().map(|&i| value_of[i]).sum();
        let dp = start.elapsed();
        println!(
            "{n} applications, {requested} USD requested, budget {budget} USD: {} funded for {} USD, value {} (LP bound {}, gap {:.3}%), \
             {} in {one:?}; the analysis (7 solves) in {all:?}; the dynamic programme agrees ({by_dp}) in {dp:?}",
            selection.ids.len(),
            selection.amount_usd,
            selection.value,
            selection.bound,
            100.0 * (selection.bound - selection.value) as f64 / selection.bound.max(1) as f64,
            selection.method,
        );
        assert_eq!(by_dp, selection.value, "two exact methods must agree");
        assert!(selection.amount_usd <= u64::from(budget) && selection.value <= selection.bound);
        for effect in &analysis.priorities {
            println!(
                "  {}: +{} points, funds {} of the selected, brings in {}, leaves out {}, costs {} points",
                effect.priority,
                effect.points,
                effect.funded_with,
                effect.brings_in.len(),
                effect.leaves_out.len(),
                effect.cost_points
            );
        }
    }
}
