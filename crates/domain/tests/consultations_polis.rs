//! The opinion map on real Polis conversations (tests/data/polis, CC BY 4.0, see SOURCE.txt there): our groups
//! against the groups Polis itself computed, measured by the adjusted Rand index.

use agora_domain::consultations::opinion::{OpinionMap, OpinionSettings, opinion_map};
use agora_domain::consultations::polis::{Conversation, parse};
use std::collections::HashMap;

const CONVERSATIONS: [&str; 6] = [
    "15-per-hour-seattle",
    "brexit-consensus",
    "canadian-electoral-reform",
    "london.youth.policing",
    "scoop-hivemind.ubi",
    "vtaiwan.uberx",
];

fn conversation(name: &str) -> Conversation {
    let read = |file: &str| std::fs::read_to_string(format!("{}/tests/data/polis/{name}/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file);
    parse(&read("comments.csv"), &read("votes.csv"), Some(&read("participants-votes.csv")), Some(&read("summary.csv"))).expect(name)
}

/// Adjusted Rand index of two labelings of the same items (1: identical partitions, about 0: chance).
fn adjusted_rand(pairs: &[(usize, usize)]) -> f64 {
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

fn compare(map: &OpinionMap, polis: &[(i64, i64)]) -> (f64, usize) {
    let ours: HashMap<i64, usize> = map.participants.iter().map(|p| (p.participant, p.group)).collect();
    let pairs: Vec<(usize, usize)> = polis.iter().filter_map(|(p, g)| ours.get(p).map(|o| (*o, *g as usize))).collect();
    (adjusted_rand(&pairs), pairs.len())
}

#[test]
fn our_groups_match_polis_groups() {
    let settings = OpinionSettings::default();
    for name in CONVERSATIONS {
        let c = conversation(name);
        let votes = c.visible_votes();
        let start = std::time::Instant::now();
        let map = opinion_map(&votes, &settings);
        let elapsed = start.elapsed().as_secs_f64();
        let (ari, both) = compare(&map, &c.polis_groups);
        let mut polis_k: Vec<i64> = c.polis_groups.iter().map(|(_, g)| *g).collect();
        polis_k.sort();
        polis_k.dedup();
        println!(
            "{name:26} {:6} votes {:4} placed: k {} (Polis {}), silhouette {:.3}, ARI {ari:.3} over {both} participants, sizes {:?}, {:.3} s",
            map.votes,
            map.participants.len(),
            map.groups.len(),
            polis_k.len(),
            map.silhouette,
            map.groups.iter().map(|g| g.size).collect::<Vec<_>>(),
            elapsed
        );
        // Measured with the default seed: 0.83, 0.88, 0.84 and 0.84 on the four two-group conversations (0.50–0.88
        // over seeds 1–8: participants between the camps move). London (24 participants) and the UBI
        // conversation are not held to a floor: Polis placed all 234 UBI voters, most with few votes, into 4
        // groups that no k or placement rule of ours reproduces (ARI ≤ 0.21); see `group_choices`.
        if matches!(name, "15-per-hour-seattle" | "brexit-consensus" | "canadian-electoral-reform" | "vtaiwan.uberx") {
            assert_eq!(map.groups.len(), polis_k.len(), "{name}");
            assert!(ari >= 0.8, "{name}: ARI {ari}");
        }
    }
}

#[test]
fn consensus_statements_have_high_agreement_overall() {
    let settings = OpinionSettings::default();
    for name in CONVERSATIONS {
        let c = conversation(name);
        let map = opinion_map(&c.visible_votes(), &settings);
        let placed: std::collections::HashSet<i64> = map.participants.iter().map(|p| p.participant).collect();
        for statement in &map.consensus {
            let votes: Vec<i8> =
                c.votes.iter().filter(|v| v.statement == statement.statement && placed.contains(&v.participant)).map(|v| v.value).collect();
            let agree = votes.iter().filter(|v| **v > 0).count() as f64 / votes.len() as f64;
            assert!(agree > settings.consensus_agree - 0.05, "{name}: statement {} is agreed by {agree:.2}", statement.statement);
        }
        println!("{name:26} {} consensus statements", map.consensus.len());
    }
}
