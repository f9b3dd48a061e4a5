//! The opinion map on Polis open-data conversations that were NOT used while the method was written
//! (tests/data/polis-heldout, CC BY 4.0, see SOURCE.txt there): our groups against Polis's own `group-id`, with the
//! product's settings (`OpinionSettings::default()`); nothing here was tuned on these conversations.
//!
//! Their `votes.csv` (every vote with its time) is too large to bring in, so the votes are rebuilt from
//! `participants-votes.csv` (each participant's final vote on each statement) and `statements.csv` (each statement's
//! creation time and moderation, the columns of comments.csv the map needs): a vote is dated when its statement was
//! created, which is what the in-conversation rule replays. The same rebuilding is applied to the six shared
//! conversations, next to their real `votes.csv`, to show how much it changes the figures.
//!
//! The table: cargo test --locked -p agora-domain --release --test consultations_polis_heldout -- --nocapture

mod polis_support;

use agora_domain::consultations::opinion::{OpinionSettings, Vote, opinion_map};
use agora_domain::consultations::polis::parse;
use polis_support::{Comparison, compare, median};

const HELD_OUT: [&str; 4] = ["bg2050-volunteers", "scoop-hivemind.affordable-housing", "scoop-hivemind.freshwater", "scoop-hivemind.taxes"];

const SHARED: [&str; 6] = [
    "15-per-hour-seattle",
    "brexit-consensus",
    "canadian-electoral-reform",
    "london.youth.policing",
    "scoop-hivemind.ubi",
    "vtaiwan.uberx",
];

fn read(dir: &str, name: &str, file: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/data/{dir}/{name}/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file)
}

/// A statement: (id, created at, hidden by a moderator).
type Statement = (i64, i64, bool);

/// Votes, hidden statements and Polis's groups rebuilt from participants-votes.csv: one vote per non-empty cell,
/// dated when its statement was created.
fn rebuild(participants_votes: &str, statements: &[Statement]) -> (Vec<Vote>, Vec<i64>, Vec<(i64, i64)>) {
    let mut lines = participants_votes.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    // Some exports have an `xid` column after `participant`; the statements follow `n-disagree`.
    let (group, n_votes, n_agree, n_disagree) = (at("group-id"), at("n-votes"), at("n-agree"), at("n-disagree"));
    let columns: Vec<i64> = header[n_disagree + 1..].iter().map(|c| c.parse().expect("a statement id")).collect();
    let created = |s: i64| statements.iter().find(|st| st.0 == s).map_or(0, |st| st.1);
    let (mut votes, mut groups) = (Vec::new(), Vec::new());
    for line in lines.filter(|l| !l.is_empty()) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), header.len(), "{line}");
        let participant: i64 = fields[0].parse().expect("a participant id");
        if !fields[group].is_empty() {
            groups.push((participant, fields[group].parse().expect("a group id")));
        }
        let cast: Vec<(i64, i8)> = columns
            .iter()
            .zip(&fields[n_disagree + 1..])
            .filter(|(_, v)| !v.is_empty())
            .map(|(s, v)| (*s, v.parse().expect("a vote")))
            .collect();
        // The row's own counts: a check that the file was brought in whole.
        assert_eq!(cast.len(), fields[n_votes].parse::<usize>().unwrap(), "n-votes of {participant}");
        assert_eq!(cast.iter().filter(|(_, v)| *v > 0).count(), fields[n_agree].parse::<usize>().unwrap(), "n-agree of {participant}");
        assert_eq!(
            cast.iter().filter(|(_, v)| *v < 0).count(),
            fields[n_disagree].parse::<usize>().unwrap(),
            "n-disagree of {participant}"
        );
        votes.extend(cast.into_iter().map(|(statement, value)| Vote { participant, statement, value, at: created(statement) }));
    }
    let hidden = statements.iter().filter(|s| s.2).map(|s| s.0).collect();
    (votes, hidden, groups)
}

fn held_out(name: &str) -> Comparison {
    let statements: Vec<Statement> = read("polis-heldout", name, "statements.csv")
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[0].parse().unwrap(), f[1].parse().unwrap(), f[4] == "-1")
        })
        .collect();
    let (votes, hidden, polis) = rebuild(&read("polis-heldout", name, "participants-votes.csv"), &statements);
    let map = opinion_map(&votes, &hidden, &OpinionSettings::default());
    // Who went where: our group × Polis's group, over the participants both placed.
    let ours: std::collections::HashMap<i64, usize> = map.participants.iter().map(|p| (p.participant, p.group)).collect();
    let mut table = std::collections::BTreeMap::new();
    polis.iter().filter_map(|(p, g)| ours.get(p).map(|o| (*o, *g))).for_each(|k| *table.entry(k).or_insert(0) += 1);
    let choices: Vec<String> = map.group_choices.iter().map(|c| format!("{c:?}")).collect();
    println!("{name}: ours × Polis {table:?}; k tried {}", choices.join(" "));
    compare(&map, &polis)
}

/// A shared conversation twice: from its real votes.csv, and rebuilt as the held-out ones are.
fn shared(name: &str) -> (Comparison, Comparison) {
    let pv = read("polis", name, "participants-votes.csv");
    let c = parse(
        &read("polis", name, "comments.csv"),
        &read("polis", name, "votes.csv"),
        Some(&pv),
        Some(&read("polis", name, "summary.csv")),
    )
    .expect(name);
    let settings = OpinionSettings::default();
    let real = compare(&opinion_map(&c.votes, &c.hidden(), &settings), &c.polis_groups);
    let statements: Vec<Statement> = c.statements.iter().map(|s| (s.id, s.created_at, s.moderated < 0)).collect();
    let (votes, hidden, polis) = rebuild(&pv, &statements);
    (real, compare(&opinion_map(&votes, &hidden, &settings), &polis))
}

fn row(name: &str, r: &Comparison) -> String {
    format!(
        "{name:28} {:.3}  {} ({})  {:5} / {} / {:<4}  {:>3} ({})  {:?}",
        r.ari,
        r.groups,
        r.polis_groups,
        r.both,
        r.ours_only,
        r.polis_only,
        r.sizes.iter().min().unwrap_or(&0),
        r.smallest_polis_group,
        r.sizes
    )
}

fn summary(results: &[&Comparison]) -> (f64, f64, usize) {
    let aris: Vec<f64> = results.iter().map(|r| r.ari).collect();
    let same_k = results.iter().filter(|r| r.groups == r.polis_groups).count();
    (median(aris.clone()), aris.iter().sum::<f64>() / aris.len() as f64, same_k)
}

#[test]
fn our_groups_against_polis_groups_on_held_out_conversations() {
    println!("conversation                 ARI    groups (Polis)  placed both / ours only / Polis only  smallest (Polis's)  sizes");
    let results: Vec<Comparison> = HELD_OUT.iter().map(|name| held_out(name)).collect();
    for (name, r) in HELD_OUT.iter().zip(&results) {
        println!("{}", row(name, r));
    }
    let (median_ari, mean_ari, same_k) = summary(&results.iter().collect::<Vec<_>>());
    println!("held out: median ARI {median_ari:.3}, mean {mean_ari:.3}; same number of groups on {same_k} of {}", results.len());
    // Issue 17's targets are a median ARI of at least 0.8 and the same number of groups on at least 80 % of the
    // conversations. On the held-out conversations the product reaches neither (measured: ARI 0.194, 0.134, 0.132
    // and 0.927, median 0.164, mean 0.347; the same number of groups on 3 of 4; docs/consultations.md says why).
    // These assertions hold what it does reach, conversation by conversation, so that a regression fails.
    let reached = [
        ("bg2050-volunteers", 0.194),
        ("scoop-hivemind.affordable-housing", 0.134),
        ("scoop-hivemind.freshwater", 0.132),
        ("scoop-hivemind.taxes", 0.927),
    ];
    for ((name, r), (reached_name, ari)) in HELD_OUT.iter().zip(&results).zip(reached) {
        assert_eq!(*name, reached_name);
        assert!(r.ari >= ari - 0.01, "{name}: ARI {:.3}, {ari} when this test was written", r.ari);
    }
    assert!(median_ari >= 0.16 && mean_ari >= 0.34, "median ARI {median_ari:.3}, mean {mean_ari:.3} (measured 0.164 and 0.347)");
    assert!(same_k >= 3, "same number of groups on only {same_k} of {} (3 when this test was written)", results.len());
    // Not asserted here: "placed by us only". Rebuilt votes are dated when their statement was created, earlier than
    // they were cast, so a few voters with fewer than 7 votes count as in; the shared conversations show the same
    // (0 placed by us only from votes.csv, up to 22 rebuilt: the test below).
    for (name, r) in HELD_OUT.iter().zip(&results) {
        // Known gap, not hidden: on bg2050 the best silhouette (0.85) sets one far-off participant apart as a group
        // of 1 where Polis's smallest group has 8 (docs/consultations.md); issue 17's "no group smaller than Polis
        // allows" is not met there. Every other conversation must keep it.
        if *name == "bg2050-volunteers" {
            continue;
        }
        assert!(r.sizes.iter().all(|s| *s >= r.smallest_polis_group.min(3)), "{name}: a group smaller than Polis allows: {:?}", r.sizes);
    }
}

#[test]
fn rebuilding_the_votes_from_participants_votes_changes_little_on_the_shared_conversations() {
    let results: Vec<(Comparison, Comparison)> = SHARED.iter().map(|name| shared(name)).collect();
    println!("conversation                 ARI    groups (Polis)  placed both / ours only / Polis only  smallest (Polis's)  sizes");
    for (name, (real, rebuilt)) in SHARED.iter().zip(&results) {
        println!("{}\n{}", row(name, real), row("  rebuilt", rebuilt));
    }
    let real = summary(&results.iter().map(|r| &r.0).collect::<Vec<_>>());
    let rebuilt = summary(&results.iter().map(|r| &r.1).collect::<Vec<_>>());
    println!(
        "votes.csv: median ARI {:.3}, mean {:.3}, same k on {}; rebuilt: median {:.3}, mean {:.3}, same k on {}",
        real.0, real.1, real.2, rebuilt.0, rebuilt.1, rebuilt.2
    );
    // Measured: median 0.809 from votes.csv, 0.800 rebuilt; the same number of groups on 5 of 6 either way.
    assert!((real.0 - rebuilt.0).abs() <= 0.05, "rebuilding moves the median ARI from {:.3} to {:.3}", real.0, rebuilt.0);
    assert_eq!(real.2, rebuilt.2, "rebuilding changes how often the number of groups agrees");
}
