//! Form-letter detection on the FCC 17-108 templates (tests/data/fcc-17-108) with generated variants.

#[path = "../benches/support/random.rs"]
mod random;
#[path = "../benches/support/variants.rs"]
mod variants;

use agora_domain::consultations::duplicates::{Cluster, DuplicateSettings, clusters, normalise};
use random::Random;
use std::collections::HashMap;

#[derive(serde::Deserialize)]
struct Template {
    id: String,
    sample: String,
}

fn templates() -> Vec<Template> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fcc-17-108/form-letter-templates.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("templates")).expect("valid JSON")
}

/// Comments with the template each came from (organic ones have none) and the comments per template.
type Corpus = (Vec<(i64, String)>, HashMap<i64, usize>, Vec<usize>);

/// Per template: `copies` exact copies (restyled only) and `variants` edited variants; then `organic` comments.
fn corpus(copies: usize, variants: usize, organic: usize, seed: u64) -> Corpus {
    let mut random = Random(seed);
    let (mut texts, mut template_of) = (Vec::new(), HashMap::new());
    let templates = templates();
    for (t, template) in templates.iter().enumerate() {
        for i in 0..copies + variants {
            let id = texts.len() as i64;
            let text = if i < copies { template.sample.clone() } else { variants::variant(&template.sample, (i % 4) as u64, &mut random) };
            texts.push((id, text));
            template_of.insert(id, t);
        }
    }
    for _ in 0..organic {
        texts.push((texts.len() as i64, variants::organic(&mut random)));
    }
    (texts, template_of, vec![copies + variants; templates.len()])
}

fn run(texts: &[(i64, String)], settings: &DuplicateSettings) -> Vec<Cluster> {
    let borrowed: Vec<(i64, &str)> = texts.iter().map(|(id, t)| (*id, t.as_str())).collect();
    clusters(&borrowed, settings)
}

#[test]
fn fcc_templates_recall_and_precision() {
    let settings = DuplicateSettings::default();
    for (copies, variants, label) in [(5, 40, "with exact copies"), (0, 40, "variants only")] {
        let (texts, template_of, sizes) = corpus(copies, variants, 300, 17_108);
        let found = run(&texts, &settings);
        let (recall, precision) = variants::pair_scores(&found, &template_of, &sizes);
        println!(
            "FCC 17-108 templates, {label}: {} comments, {} clusters, pair recall {recall:.4}, precision {precision:.4}",
            texts.len(),
            found.len()
        );
        assert!(recall >= 0.95, "{label}: recall {recall}");
        assert!(precision >= 0.99, "{label}: precision {precision}");
    }
    // The templates are distinct campaigns: never one cluster.
    let originals: Vec<(i64, String)> = templates().into_iter().enumerate().map(|(i, t)| (i as i64, t.sample)).collect();
    assert!(run(&originals, &settings).is_empty(), "{:?}", templates().iter().map(|t| &t.id).collect::<Vec<_>>());
}

#[test]
fn unrelated_texts_are_never_clustered() {
    let mut random = Random(99);
    let texts: Vec<(i64, String)> = (0..2_000).map(|i| (i, variants::organic(&mut random))).collect();
    assert!(run(&texts, &DuplicateSettings::default()).is_empty());
}

#[test]
fn exact_copies_are_counted_exactly() {
    let templates = templates();
    let mut texts = Vec::new();
    for (t, template) in templates.iter().take(3).enumerate() {
        for copy in 0..(100 * (t + 1)) {
            // Case, spacing and punctuation do not make a different text.
            let text = if copy % 3 == 0 { template.sample.to_uppercase() } else { format!("  {}!!", template.sample) };
            texts.push((texts.len() as i64 * 7 + 3, text));
        }
    }
    let found = run(&texts, &DuplicateSettings::default());
    let sizes: Vec<(usize, usize, usize)> = found.iter().map(|c| (c.members.len(), c.exact_copies, c.distinct_texts)).collect();
    assert_eq!(sizes, [(300, 300, 1), (200, 200, 1), (100, 100, 1)]);
    assert!(found.iter().all(|c| c.variants.is_empty() && c.mean_similarity == 1.0));
    assert_eq!(found[2].representative, 3);
}

#[test]
fn a_campaign_shows_its_most_common_text_and_its_spread() {
    let template = &templates()[7].sample;
    let mut random = Random(5);
    let mut texts: Vec<(i64, String)> = (0..50).map(|i| (i, template.clone())).collect();
    texts.extend((50..80).map(|i| (i, variants::variant(template, 3, &mut random))));
    let found = run(&texts, &DuplicateSettings::default());
    assert_eq!(found.len(), 1);
    let campaign = &found[0];
    let copies = texts.iter().filter(|(_, t)| normalise(t) == normalise(template)).count();
    assert_eq!((campaign.representative, campaign.exact_copies, campaign.members.len()), (0, copies, 80));
    assert_eq!(campaign.variants.len(), 3);
    assert!(campaign.variants.iter().all(|v| *v >= 50 && normalise(&texts[*v as usize].1) != normalise(template)));
    assert!(campaign.mean_similarity > 0.8 && campaign.mean_similarity < 1.0, "{}", campaign.mean_similarity);
}

#[test]
fn clustering_is_deterministic_and_the_same_with_any_number_of_threads() {
    let (texts, _, _) = corpus(3, 10, 50, 4);
    let one = run(&texts, &DuplicateSettings { threads: 1, ..Default::default() });
    let two = run(&texts, &DuplicateSettings { threads: 2, ..Default::default() });
    assert_eq!(one, two);
    assert_eq!(one, run(&texts, &DuplicateSettings { threads: 3, ..Default::default() }));
}

mod order {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn clusters_do_not_depend_on_input_order(seed in 1u64..1_000_000, swaps in proptest::collection::vec((0usize..400, 0usize..400), 0..200)) {
            let (texts, _, _) = corpus(2, 6, 30, seed);
            let mut shuffled = texts.clone();
            for (a, b) in swaps {
                let n = shuffled.len();
                shuffled.swap(a % n, b % n);
            }
            let settings = DuplicateSettings::default();
            prop_assert_eq!(run(&texts, &settings), run(&shuffled, &settings));
        }
    }
}

/// Why the threshold is 0.4: different campaigns share almost no shingles, while personalised copies of a
/// short letter fall to 0.3–0.5 of it (printed per template).
#[test]
fn campaigns_are_far_apart_and_the_threshold_sits_between() {
    use std::collections::HashSet;
    let shingles = |t: &str| -> HashSet<String> {
        let n = normalise(t);
        let w: Vec<&str> = n.split(' ').collect();
        w.windows(3.min(w.len())).map(|x| x.join(" ")).collect()
    };
    let j = |a: &HashSet<String>, b: &HashSet<String>| a.intersection(b).count() as f64 / a.union(b).count() as f64;
    let templates = templates();
    let mut random = Random(17_108);
    let mut cross: f64 = 0.0;
    for (i, a) in templates.iter().enumerate() {
        for b in &templates[i + 1..] {
            cross = cross.max(j(&shingles(&a.sample), &shingles(&b.sample)));
        }
    }
    println!("max Jaccard between templates {cross:.3}");
    assert!(cross < DuplicateSettings::default().similarity / 4.0, "two different campaigns share {cross:.3}");
    for t in &templates {
        let base = shingles(&t.sample);
        let vs: Vec<HashSet<String>> = (0..40).map(|i| shingles(&variants::variant(&t.sample, i % 4, &mut random))).collect();
        let to_template: Vec<f64> = vs.iter().map(|v| j(&base, v)).collect();
        let mut pair = Vec::new();
        for a in 0..vs.len() {
            for b in a + 1..vs.len() {
                pair.push(j(&vs[a], &vs[b]));
            }
        }
        let min = |x: &[f64]| x.iter().cloned().fold(1.0, f64::min);
        let below = |x: &[f64], t: f64| x.iter().filter(|v| **v < t).count() as f64 / x.len() as f64;
        println!(
            "{:28} {:3} shingles: to template min {:.2} (<0.5: {:.2}); variant pairs min {:.2} (<0.5: {:.2}, <0.4: {:.2})",
            t.id,
            base.len(),
            min(&to_template),
            below(&to_template, 0.5),
            min(&pair),
            below(&pair, 0.5),
            below(&pair, 0.4)
        );
    }
}

// ---------------------------------------------------------------------------------------------------------
// Personalised and spun copies by letter length (issue #17, part 3)

/// The templates, sorted by id, split in two halves: even positions tune the settings, odd positions report.
fn half(report: bool) -> Vec<Template> {
    let mut all = templates();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all.into_iter().enumerate().filter(|(i, _)| (i % 2 == 1) == report).map(|(_, t)| t).collect()
}

/// Distinct real comments (Polis, CC BY 4.0, tests/data/polis; attribution in its SOURCE.txt): every statement
/// under 20 words as written — short comments are where a short letter's copies could be confused with
/// people's own words, so all of them are in — and the longer statements alone or two consecutive ones of
/// one conversation joined as a longer comment. The Chinese conversation is left out.
fn organic_comments() -> Vec<String> {
    let mut conversations = Vec::new();
    for name in ["brexit-consensus", "canadian-electoral-reform", "15-per-hour-seattle", "london.youth.policing", "scoop-hivemind.ubi"] {
        let path = format!("{}/tests/data/polis/{name}/comments.csv", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("Polis comments");
        let statements: Vec<String> = csv_last_column(&text).into_iter().filter(|s| s.split_whitespace().count() >= 1).collect();
        conversations.push(statements);
    }
    // Polis participants re-post statements with a word changed: those are near-copies, not distinct comments.
    // Left out by a rule independent of the one tested: same word set for the most part (Jaccard ≥ 0.5).
    let words = |t: &str| -> std::collections::HashSet<String> { normalise(t).split(' ').map(str::to_string).collect() };
    let mut kept: Vec<std::collections::HashSet<String>> = Vec::new();
    for statements in &mut conversations {
        statements.retain(|t| {
            let w = words(t);
            let near = kept.iter().any(|k| k.intersection(&w).count() * 2 >= k.union(&w).count());
            if !near {
                kept.push(w);
            }
            !near
        });
    }
    // Every statement is used once: alone, or (20 words or more) with the next long one as a longer comment.
    let mut out = Vec::new();
    for statements in &conversations {
        let (short, long): (Vec<&String>, Vec<&String>) = statements.iter().partition(|s| s.split_whitespace().count() < 20);
        out.extend(short.into_iter().cloned());
        let mut at = 0;
        for k in [1, 2].iter().cycle() {
            if at + k > long.len() {
                break;
            }
            out.push(long[at..at + k].iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "));
            at += k;
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|t| seen.insert(normalise(t)));
    out
}

/// The last field of each record of a CSV file whose last column is quoted text (Polis comments.csv).
fn csv_last_column(text: &str) -> Vec<String> {
    let mut records = Vec::new();
    let (mut field, mut quoted, mut fields) = (String::new(), false, 0usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => {
                fields += 1;
                field.clear();
            }
            '\n' if !quoted => {
                if fields > 0 {
                    records.push(std::mem::take(&mut field));
                }
                field.clear();
                fields = 0;
            }
            _ => field.push(c),
        }
    }
    records.into_iter().skip(1).collect()
}

/// Length bands of the letters (words): the issue's, at most 10, under 20, 20–39, 40–60, over 60.
const BANDS: [(&str, usize, usize); 5] = [("≤10", 6, 10), ("11–19", 11, 19), ("20–39", 20, 39), ("40–60", 40, 60), (">60", 61, 400)];

/// Per template with a letter in the band: the letter, `per` copies made by `make`; then the organic comments.
fn band_corpus(templates: &[Template], band: (usize, usize), per: usize, spun: bool, seed: u64) -> Corpus {
    let mut random = Random(seed);
    let (mut texts, mut template_of, mut sizes) = (Vec::new(), HashMap::new(), Vec::new());
    for (t, template) in templates.iter().enumerate() {
        let Some(letter) = variants::excerpt(&template.sample, t, band.0, band.1) else { continue };
        let spintax = variants::spintax(&letter, &mut random);
        for _ in 0..per {
            let text = if spun { spintax.spin(&mut random) } else { variants::personalised(&letter, &mut random) };
            template_of.insert(texts.len() as i64, sizes.len());
            texts.push((texts.len() as i64, text));
        }
        sizes.push(per);
    }
    for text in organic_comments() {
        texts.push((texts.len() as i64, text));
    }
    (texts, template_of, sizes)
}

/// Campaigns whose copies all fall in one cluster.
fn whole_campaigns(found: &[Cluster], template_of: &HashMap<i64, usize>, sizes: &[usize]) -> usize {
    (0..sizes.len())
        .filter(|t| found.iter().any(|c| c.members.iter().filter(|m| template_of.get(m) == Some(t)).count() == sizes[*t]))
        .count()
}

/// Clusters mixing campaigns or organic comments, with the texts (set SHOW_MISTAKES to see them).
fn show_mistakes(texts: &[(i64, String)], found: &[Cluster], template_of: &HashMap<i64, usize>) {
    for c in found {
        let origins: std::collections::HashSet<Option<&usize>> = c.members.iter().map(|m| template_of.get(m)).collect();
        if origins.len() > 1 || origins.contains(&None) {
            println!("MIXED {origins:?}");
            for m in c.members.iter().filter(|m| template_of.get(m).is_none()).take(3) {
                println!("  organic: {}", texts[*m as usize].1);
            }
            let campaign = c.members.iter().find(|m| template_of.contains_key(m));
            if let Some(m) = campaign {
                println!("  campaign: {}", texts[*m as usize].1);
            }
        }
    }
}

struct BandScore {
    label: &'static str,
    campaigns: usize,
    recall: f64,
    precision: f64,
    whole: usize,
}

fn score_half(report: bool, spun: bool, settings: &DuplicateSettings) -> Vec<BandScore> {
    let templates = half(report);
    BANDS
        .iter()
        .enumerate()
        .map(|(b, (label, min, max))| {
            let (texts, template_of, sizes) = band_corpus(&templates, (*min, *max), 12, spun, 17_108 + b as u64);
            let found = run(&texts, settings);
            let (recall, precision) = variants::pair_scores(&found, &template_of, &sizes);
            if std::env::var_os("SHOW_MISTAKES").is_some() {
                show_mistakes(&texts, &found, &template_of);
            }
            BandScore { label, campaigns: sizes.len(), recall, precision, whole: whole_campaigns(&found, &template_of, &sizes) }
        })
        .collect()
}

fn print_scores(title: &str, scores: &[BandScore]) {
    println!("{title}\n  band    campaigns  pair recall  precision  campaigns found whole");
    for s in scores {
        println!("  {:7} {:9}  {:11.3}  {:9.4}  {}/{}", s.label, s.campaigns, s.recall, s.precision, s.whole, s.campaigns);
    }
}

/// The figures in docs/consultations.md: `cargo test -p agora-domain --test consultations_duplicates
/// personalised_and_spun -- --nocapture`. Tuned on the even half of the templates, reported on the odd half.
#[test]
fn personalised_and_spun_copies_by_length() {
    for report in [false, true] {
        let half = if report { "report half" } else { "tuning half" };
        let settings = DuplicateSettings::default();
        let personalised = score_half(report, false, &settings);
        let spun = score_half(report, true, &settings);
        let organic = organic_comments().len();
        print_scores(&format!("Personalised copies, {half} (12 per letter, {organic} organic comments)"), &personalised);
        print_scores(&format!("Spun copies, {half} (12 per letter, {organic} organic comments)"), &spun);
        // The targets: personalised ≥ 0.7 under 20 words and ≥ 0.9 from 20, spun ≥ 0.7 under 20 on the
        // report half, one campaign per spun letter from 40 words, precision ≥ 0.99.
        for (s, spun) in personalised.iter().map(|s| (s, false)).chain(spun.iter().map(|s| (s, true))) {
            let short = s.label == "≤10" || s.label == "11–19";
            let target = if short { 0.7 } else { 0.9 };
            if !spun || report {
                assert!(s.recall >= target, "{half}, spun {spun}, {}: recall {}", s.label, s.recall);
            }
            assert!(s.precision >= 0.99, "{half}, spun {spun}, {}: precision {}", s.label, s.precision);
        }
        for s in &spun[3..] {
            assert_eq!(s.whole, s.campaigns, "{half}, spun {}: recall {}", s.label, s.recall);
        }
        // And the figures reached (docs/consultations.md), so that a change that loses some fails here: pair
        // recall per band, personalised then spun, and no organic comment in any campaign. The corpus is
        // generated from fixed seeds, so the figures are exact; a change that improves them updates both.
        let reached: [[f64; 5]; 2] = if report {
            [[0.95, 0.97, 1.0, 1.0, 1.0], [0.78, 0.82, 1.0, 1.0, 1.0]]
        } else {
            [[0.95, 1.0, 1.0, 1.0, 1.0], [0.68, 0.85, 0.97, 1.0, 1.0]]
        };
        for (scores, reached) in [&personalised, &spun].into_iter().zip(reached) {
            for (s, floor) in scores.iter().zip(reached) {
                assert!(s.recall >= floor, "{half} {}: recall {} fell below {floor}", s.label, s.recall);
                assert_eq!(s.precision, 1.0, "{half} {}: an organic comment or another letter joined a campaign", s.label);
            }
        }
    }
}

/// People open with the same stock phrase and then say their own thing: however much of a short comment the
/// phrase is, two such comments are not one campaign; a copy of one with a word changed still is.
#[test]
fn a_shared_opening_is_not_a_campaign() {
    use agora_domain::consultations::duplicates::compare;
    let settings = DuplicateSettings::default();
    let comments = [
        "I agree with this proposal because it saves money.",
        "I agree with this proposal because it protects workers.",
        "I agree with this proposal because it is long overdue.",
        "I agree with this proposal because it is fair to everyone.",
        "I agree with this proposal because the current system is unfair to renters.",
        "I agree with this proposal because it would help small businesses in my town.",
        "I agree with this proposal because my children need safer streets to school.",
        "I agree with this proposal because public transport is far too expensive.",
        "I do not agree with this proposal because it costs too much.",
        "I think this proposal is a good idea because cycling is healthy.",
        "I think this proposal is a good idea because the park needs benches.",
    ];
    for (i, a) in comments.iter().enumerate() {
        for b in &comments[i + 1..] {
            let c = compare(a, b, &settings);
            assert_eq!(c.verdict, None, "{a} / {b}: {c:?}");
        }
    }
    let texts: Vec<(i64, String)> = comments.iter().enumerate().map(|(i, t)| (i as i64, t.to_string())).collect();
    assert!(run(&texts, &settings).is_empty());
    // The same opening in a copy of one of them, personalised or spun, is no obstacle.
    let letter = "I agree with this proposal because it would help small businesses in my town.";
    for copy in [
        "Dear council, I agree with this proposal because it would help small shops in my town. Regards, Ann",
        "I agree with this plan because it would help little businesses in my city.",
    ] {
        assert!(compare(letter, copy, &settings).verdict.is_some(), "{copy}: {:?}", compare(letter, copy, &settings));
    }
}

/// Real, distinct comments are not a campaign, however many share a topic.
#[test]
fn organic_comments_are_not_clustered() {
    let texts: Vec<(i64, String)> = organic_comments().into_iter().enumerate().map(|(i, t)| (i as i64, t)).collect();
    assert!(texts.len() >= 280, "{}", texts.len());
    let found = run(&texts, &DuplicateSettings::default());
    let shown: Vec<Vec<&str>> = found.iter().map(|c| c.members.iter().map(|m| texts[*m as usize].1.as_str()).collect()).collect();
    assert!(found.is_empty(), "{shown:#?}");
}

/// "ok" sent three times is junk, not a campaign; so are other replies too short to be a letter.
#[test]
fn very_short_identical_replies_are_junk_not_a_campaign() {
    use agora_domain::consultations::duplicates::junk;
    let settings = DuplicateSettings::default();
    let replies = ["ok", "OK!", "ok.", "agree", "Agree!!", "I agree", "+1", "+1", "yes yes yes", "Totally agree."];
    let texts: Vec<(i64, String)> = replies.iter().enumerate().map(|(i, t)| (i as i64, t.to_string())).collect();
    assert!(run(&texts, &settings).is_empty());
    assert!(replies.iter().all(|r| junk(r, &settings).is_some()), "{:?}", replies.map(|r| junk(r, &settings)));
    // Four words are a short letter: copies of it are a campaign.
    let letter: Vec<(i64, String)> = (0..3).map(|i| (i, "Keep net neutrality now!".to_string())).collect();
    assert_eq!(run(&letter, &settings).len(), 1);
}

/// What word shingles alone did before alignment, skeletons and bodies (the product until issue #17), printed
/// beside the product's figures, which must find at least as many personalised pairs in every band:
/// `cargo test -p agora-domain --test consultations_duplicates shingles_alone -- --nocapture`.
#[test]
fn shingles_alone() {
    let before = DuplicateSettings {
        candidate_similarity: 2.0,
        skeleton_bands: 0,
        greeting_words: 0,
        closing_words: 0,
        min_words: 3,
        ..Default::default()
    };
    let old = score_half(true, false, &before);
    print_scores("Shingles alone, personalised, report half", &old);
    print_scores("Shingles alone, spun, report half", &score_half(true, true, &before));
    let now = score_half(true, false, &DuplicateSettings::default());
    for (old, now) in old.iter().zip(&now) {
        assert!(now.recall >= old.recall, "{}: {} < {}", now.label, now.recall, old.recall);
    }
}
