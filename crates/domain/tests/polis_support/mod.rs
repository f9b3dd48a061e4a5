//! What the Polis comparisons share: the adjusted Rand index and one conversation's map against Polis's groups.
#![allow(dead_code)]

use agora_domain::consultations::opinion::OpinionMap;
use std::collections::{BTreeSet, HashMap};

/// Adjusted Rand index of two labelings of the same items (1: identical partitions, about 0: chance).
pub fn adjusted_rand(pairs: &[(usize, usize)]) -> f64 {
    let choose2 = |n: f64| n * (n - 1.0) / 2.0;
    let mut table: HashMap<(usize, usize), f64> = HashMap::new();
    let (mut rows, mut columns): (HashMap<usize, f64>, HashMap<usize, f64>) = (HashMap::new(), HashMap::new());
    for (a, b) in pairs {
        *table.entry((*a, *b)).or_default() += 1.0;
        *rows.entry(*a).or_default() += 1.0;
        *columns.entry(*b).or_default() += 1.0;
    }
    let index: f64 = table.values().map(|n| choose2(*n)).sum();
    let (sum_rows, sum_columns): (f64, f64) = (rows.values().map(|n| choose2(*n)).sum(), columns.values().map(|n| choose2(*n)).sum());
    let expected = sum_rows * sum_columns / choose2(pairs.len() as f64);
    let maximum = (sum_rows + sum_columns) / 2.0;
    if maximum == expected { 1.0 } else { (index - expected) / (maximum - expected) }
}

/// One conversation's map against Polis's.
pub struct Comparison {
    pub ari: f64,
    /// Participants both placed; ours only; Polis's only.
    pub both: usize,
    pub ours_only: usize,
    pub polis_only: usize,
    pub groups: usize,
    pub polis_groups: usize,
    pub sizes: Vec<usize>,
    pub smallest_polis_group: usize,
}

pub fn compare(map: &OpinionMap, polis: &[(i64, i64)]) -> Comparison {
    let ours: HashMap<i64, usize> = map.participants.iter().map(|p| (p.participant, p.group)).collect();
    let pairs: Vec<(usize, usize)> = polis.iter().filter_map(|(p, g)| ours.get(p).map(|o| (*o, *g as usize))).collect();
    let theirs: HashMap<i64, i64> = polis.iter().copied().collect();
    let mut polis_sizes: HashMap<i64, usize> = HashMap::new();
    polis.iter().for_each(|(_, g)| *polis_sizes.entry(*g).or_default() += 1);
    Comparison {
        ari: adjusted_rand(&pairs),
        both: pairs.len(),
        ours_only: ours.keys().filter(|p| !theirs.contains_key(p)).count(),
        polis_only: polis.len() - pairs.len(),
        groups: map.groups.len(),
        polis_groups: polis.iter().map(|(_, g)| *g).collect::<BTreeSet<_>>().len(),
        sizes: map.groups.iter().map(|g| g.size).collect(),
        smallest_polis_group: polis_sizes.values().copied().min().unwrap_or(0),
    }
}

pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 }
}
