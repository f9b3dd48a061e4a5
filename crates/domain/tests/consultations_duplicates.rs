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
