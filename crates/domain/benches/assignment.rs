//! Evaluator assignment at IGF scale: up to 1,200 proposals × 55 MAG members × 5 evaluators, with realistic conflicts
//! (MAG members listed on proposals, proposals from MAG members' organizations, declared conflicts).
//! Prints the time and the evidence of optimality: the flow's objective equals the recomputed objective of its
//! pairs, and its residual network has no negative cycle (checked by Bellman–Ford, not by the solver).
//!
//! Run: cargo bench -p agora-domain --bench assignment

use agora_domain::evaluation::assignment::{Weights, assign, cost_of};
use agora_domain::evaluation::{Evaluator, Reviewable, conflict};
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

fn instance(proposals: usize, members: usize, seed: u64) -> (Vec<Reviewable>, Vec<Evaluator>, Vec<(i64, i64)>) {
    let mut random = Random(seed);
    let groups = ["government", "private-sector", "civil-society", "technical-community", "academia", "intergovernmental-organization"];
    // IGF balance: governments ~40 %, the rest spread.
    let evaluators: Vec<Evaluator> = (0..members)
        .map(|i| Evaluator {
            id: 10_000 + i as i64,
            stakeholder_group: groups[if random.below(10) < 4 { 0 } else { 1 + random.below(5) as usize }].into(),
            organization_id: Some(500 + random.below(40) as i64),
            issue_areas: vec![random.below(8).to_string(), random.below(8).to_string()],
            country: String::new(),
        })
        .collect();
    let reviewables: Vec<Reviewable> = (0..proposals)
        .map(|p| {
            let mut people: Vec<i64> = (0..4).map(|_| random.below(5000) as i64).collect();
            if random.below(50) == 0 {
                people.push(10_000 + random.below(members as u64) as i64);
            }
            let organizations = vec![500 + random.below(400) as i64];
            Reviewable { id: p as i64, theme: random.below(8).to_string(), people, organizations, countries: Vec::new() }
        })
        .collect();
    let declared =
        (0..proposals / 100).map(|_| (10_000 + random.below(members as u64) as i64, random.below(proposals as u64) as i64)).collect();
    (reviewables, evaluators, declared)
}

fn main() {
    for (proposals, members, k) in [(100, 20, 5), (400, 55, 5), (800, 55, 5), (1200, 55, 5)] {
        let (reviewables, evaluators, declared) = instance(proposals, members, 2026);
        let declared_ref = &declared;
        let conflicted = reviewables.iter().flat_map(|p| evaluators.iter().filter(move |e| conflict(e, p, declared_ref).is_some())).count();
        let start = Instant::now();
        let result = assign(&reviewables, &evaluators, &declared, k, Weights::default());
        let elapsed = start.elapsed();
        let recomputed = cost_of(&result.pairs, &reviewables, &evaluators, k, Weights::default());
        let loads = result.load();
        let (min, max) = (loads.values().min().copied().unwrap_or(0), loads.values().max().copied().unwrap_or(0));
        let multi_group = reviewables
            .iter()
            .filter(|p| {
                let mut groups: Vec<&str> = result
                    .evaluators_of(p.id)
                    .iter()
                    .map(|id| evaluators.iter().find(|e| e.id == *id).unwrap().stakeholder_group.as_str())
                    .collect();
                groups.sort();
                groups.dedup();
                groups.len() >= 3
            })
            .count();
        let conflicted_pairs = result
            .pairs
            .iter()
            .filter(|pair| {
                conflict(evaluators.iter().find(|e| e.id == pair.evaluator).unwrap(), &reviewables[pair.proposal as usize], &declared)
                    .is_some()
            })
            .count();
        println!(
            "{proposals} proposals × {members} members × {k}: {:.3} s; {} pairs; {conflicted} conflicted pairs avoided ({conflicted_pairs} assigned); \
             objective {} (recomputed {recomputed}); no negative residual cycle: {}; loads {min}–{max}; ≥3 stakeholder groups on {multi_group}/{proposals}",
            elapsed.as_secs_f64(),
            result.pairs.len(),
            result.cost,
            result.certified_optimal,
        );
        assert_eq!(result.cost, recomputed);
        assert!(result.certified_optimal);
        assert_eq!(conflicted_pairs, 0);
    }
}
