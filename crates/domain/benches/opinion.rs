//! Opinion maps at consultation scale: the largest Polis conversations in the test data (vTaiwan UberX, about
//! 50,000 votes; Canadian electoral reform), and synthetic conversations of 35,000 (the largest Polis
//! conversation had 33,547 people) and 100,000 participants × 1,000 statements, each participant voting on 30–60 statements from one of four latent opinion camps. Prints
//! times, groups and peak memory.
//!
//! Run: cargo bench -p agora-domain --bench opinion

use agora_domain::consultations::opinion::{OpinionSettings, Vote, opinion_map};
use agora_domain::consultations::polis::parse;
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

/// Peak resident memory so far (Linux), in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap_or("VmHWM: 0 kB");
    line.split_whitespace().nth(1).and_then(|kb| kb.parse::<f64>().ok()).unwrap_or(f64::NAN) / 1024.0
}

fn polis(name: &str) {
    let read = |file: &str| std::fs::read_to_string(format!("{}/tests/data/polis/{name}/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file);
    let (comments, votes, participants) = (read("comments.csv"), read("votes.csv"), read("participants-votes.csv"));
    let start = Instant::now();
    let conversation = parse(&comments, &votes, Some(&participants), None).expect("valid export");
    let parsed = start.elapsed().as_secs_f64();
    let (votes, hidden) = (conversation.votes.clone(), conversation.hidden());
    let runs = 20;
    let start = Instant::now();
    let mut map = opinion_map(&votes, &hidden, &OpinionSettings::default());
    for _ in 1..runs {
        map = opinion_map(&votes, &hidden, &OpinionSettings::default());
    }
    let elapsed = start.elapsed().as_secs_f64() / runs as f64;
    println!(
        "{name}: parse {:.1} ms; opinion map {:.1} ms for {} votes, {} statements, {} placed; {} groups {:?}, silhouette {:.3}, \
         explained variance {:.2}/{:.2}, {} consensus statements",
        parsed * 1e3,
        elapsed * 1e3,
        map.votes,
        map.statements,
        map.participants.len(),
        map.groups.len(),
        map.groups.iter().map(|g| g.size).collect::<Vec<_>>(),
        map.silhouette,
        map.explained_variance[0],
        map.explained_variance[1],
        map.consensus.len()
    );
    assert!(elapsed < 0.3);
}

/// Each camp has a stance on every statement (agree, disagree or split); a participant votes with their camp's
/// stance 80 % of the time, passes 10 %, and goes against it otherwise.
fn synthetic(participants: i64, statements: u64, camps: u64, seed: u64) -> (Vec<Vote>, Vec<usize>) {
    let mut random = Random(seed);
    let stances: Vec<Vec<i8>> = (0..camps).map(|_| (0..statements).map(|_| random.below(3) as i8 - 1).collect()).collect();
    let mut votes = Vec::with_capacity(participants as usize * 45);
    let mut camp_of = Vec::with_capacity(participants as usize);
    for p in 0..participants {
        camp_of.push(random.below(camps) as usize);
        let camp = &stances[camp_of[p as usize]];
        for n in 0..30 + random.below(31) {
            let s = random.below(statements);
            let stance = if camp[s as usize] == 0 { if random.below(2) == 0 { 1 } else { -1 } } else { camp[s as usize] };
            let value = match random.below(10) {
                0 => 0,
                1 => -stance,
                _ => stance,
            };
            votes.push(Vote { participant: p, statement: s as i64, value, at: p * 100 + n as i64 });
        }
    }
    (votes, camp_of)
}

fn main() {
    polis("vtaiwan.uberx");
    polis("canadian-electoral-reform");
    // The largest Polis conversation had 33,547 participants.
    synthetic_map(35_000);
    synthetic_map(100_000);
}

fn synthetic_map(participants: i64) {
    let (votes, camp_of) = synthetic(participants, 1_000, 4, 2026);
    println!("synthetic: {} votes generated; peak memory {:.0} MiB", votes.len(), peak_mib());
    let start = Instant::now();
    let map = opinion_map(&votes, &[], &OpinionSettings::default());
    println!(
        "synthetic {participants} participants × 1,000 statements: {:.2} s; {} placed, {} groups {:?}, silhouette {:.3}, explained variance {:.2}/{:.2}; peak memory {:.0} MiB",
        start.elapsed().as_secs_f64(),
        map.participants.len(),
        map.groups.len(),
        map.groups.iter().map(|g| g.size).collect::<Vec<_>>(),
        map.silhouette,
        map.explained_variance[0],
        map.explained_variance[1],
        peak_mib()
    );
    // Each group should be one camp: the share of participants in their group's most common camp.
    let mut table = vec![[0usize; 4]; map.groups.len()];
    for p in &map.participants {
        table[p.group][camp_of[p.participant as usize]] += 1;
    }
    let purity = table.iter().map(|row| row.iter().max().copied().unwrap_or(0)).sum::<usize>() as f64 / map.participants.len() as f64;
    println!("  groups are camps: purity {purity:.4}");
}
