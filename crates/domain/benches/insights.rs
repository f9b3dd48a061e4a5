//! Insights at scale: a synthetic archive of N statements (default 300,000: a decade of speaker turns'
//! sentences at the scale of the global IGF is about 1–1.5 million, pass it as the first argument) over 40
//! topics of 40 words each plus 3,000 shared words, spread over ten years with topics rising and fading.
//! Prints the time to vectorise and cluster (topics::build), the time of a briefing (relevance and MMR), the
//! purity of the topics against the generator's truth, and the stability of topic numbers when 5 % more
//! statements arrive and the topics are rebuilt against the previous build.
//!
//! Run: cargo bench -p agora-domain --bench insights -- 300000   (or bench/insights.sh)

use agora_domain::insights::briefing::{BriefingSettings, key_points, relevant};
use agora_domain::insights::statements::{Kind, Origin, Statement};
use agora_domain::insights::topics::{TopicSettings, build, stability, topic_of_keys};
use std::collections::HashMap;
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

const TOPICS: usize = 40;

fn word(topic: usize, i: u64) -> String {
    format!("t{topic}w{i}")
}

/// One statement: 6–9 words of its topic, 4–7 shared words; its year decides how likely each topic is.
fn statement(random: &mut Random, n: usize) -> (String, usize, i64) {
    let year = 2016 + random.below(10) as i64;
    // A topic's weight rises or falls over the years (topic t peaks in year t % 10).
    let topic = loop {
        let t = random.below(TOPICS as u64) as usize;
        let peak = 2016 + (t % 10) as i64;
        if random.below(10) as i64 >= (year - peak).abs() {
            break t;
        }
    };
    let mut words = Vec::new();
    for _ in 0..6 + random.below(4) {
        words.push(word(topic, random.below(40)));
    }
    for _ in 0..4 + random.below(4) {
        words.push(format!("s{}", random.below(3000)));
    }
    let _ = n;
    (words.join(" "), topic, year)
}

fn analyse(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_string).collect()
}

fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(300_000);
    let mut random = Random(2006);
    let made: Vec<(String, usize, i64)> = (0..n + n / 20).map(|i| statement(&mut random, i)).collect();
    let (first, added) = made.split_at(n);
    let statements: Vec<Statement> = made
        .iter()
        .enumerate()
        .map(|(i, (text, _, year))| Statement {
            kind: Kind::Turn,
            origin: Origin { id: i as i64, year: *year, cycle: format!("IGF {year}"), ..Origin::default() },
            position: 1,
            sentence: 1,
            speaker: String::new(),
            group: String::new(),
            lang: "en",
            text: text.clone(),
            excerpt: false,
        })
        .collect();
    let keys: Vec<String> = statements.iter().map(Statement::key).collect();
    let settings = TopicSettings::default();

    let started = Instant::now();
    let texts: Vec<(&str, &'static str)> = first.iter().map(|(t, _, _)| (t.as_str(), "en")).collect();
    let terms: Vec<Vec<String>> = first.iter().map(|(t, _, _)| analyse(t)).collect();
    let (vectors, topics) = build(&texts, &terms, &[], &settings);
    let took = started.elapsed();
    println!("{n} statements: {} topics built in {:.1} s ({} terms)", topics.len(), took.as_secs_f64(), vectors.terms.len());

    // Purity: the share of statements in a topic whose generator topic is the topic's commonest.
    let mut pure = 0;
    for t in &topics {
        let mut counts: HashMap<usize, usize> = HashMap::new();
        for &m in &t.members {
            *counts.entry(first[m].1).or_default() += 1;
        }
        pure += counts.values().max().copied().unwrap_or(0);
    }
    println!("purity against the generator's topics: {:.3}", pure as f64 / n as f64);

    let started = Instant::now();
    let settings_b = BriefingSettings::default();
    let query = vectors.vector(&analyse("t7w1 t7w2"));
    let hits = relevant(&vectors, &query, &settings_b);
    let points = key_points(&hits, &statements[..n], &vectors, &settings_b);
    println!("a briefing: {} relevant, {} key points in {:.1} ms", hits.len(), points.len(), started.elapsed().as_secs_f64() * 1000.0);

    // A rebuild with 5 % more statements, numbered against the first build.
    let started = Instant::now();
    let all_texts: Vec<(&str, &'static str)> = first.iter().chain(added).map(|(t, _, _)| (t.as_str(), "en")).collect();
    let all_terms: Vec<Vec<String>> = first.iter().chain(added).map(|(t, _, _)| analyse(t)).collect();
    let (_, rebuilt) = build(&all_texts, &all_terms, &topics, &settings);
    println!("rebuild with {} more statements: {:.1} s", added.len(), started.elapsed().as_secs_f64());
    let before = topic_of_keys(&keys[..n], &topics);
    let after = topic_of_keys(&keys, &rebuilt);
    let kept = rebuilt.iter().filter(|t| topics.iter().any(|p| p.id == t.id)).count();
    println!(
        "stability: {:.3} of the statements keep their topic number; {kept} of {} topics kept their number",
        stability(&before, &after),
        rebuilt.len()
    );
    // The same input again: the same topics.
    let (_, again) = build(&texts, &terms, &[], &settings);
    let same = again.iter().zip(&topics).all(|(a, b)| a.members == b.members && a.label == b.label);
    println!("the same input rebuilt from scratch gives the same topics: {same}");
}
