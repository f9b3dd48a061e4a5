//! Form-letter detection at FCC scale: 1,000,000 comments — 14 campaigns built from the FCC 17-108 templates
//! (60 % exact copies up to case and punctuation, 40 % edited variants) and 10 % organic comments on the same
//! topic. Prints the time to cluster, the clusters found, pair recall and precision against the generator's
//! truth, and peak memory.
//!
//! Run: cargo bench -p agora-domain --bench duplicates

use agora_domain::consultations::duplicates::{DuplicateSettings, clusters};
use std::collections::HashMap;
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
#[path = "support/variants.rs"]
mod variants;
use random::Random;

#[derive(serde::Deserialize)]
struct Template {
    sample: String,
}

/// Peak resident memory so far (Linux), in MiB.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

/// CPU time of the whole process so far (Linux: user and system, all threads), in seconds: unlike the wall
/// time, it hardly changes when other work shares the cores.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th, in
    // USER_HZ ticks (100 per second on Linux).
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split(' ').collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fcc-17-108/form-letter-templates.json");
    let templates: Vec<Template> = serde_json::from_str(&std::fs::read_to_string(path).expect("templates")).expect("JSON");
    let total = 1_000_000usize;
    let organic = total / 10;
    let mut random = Random(2017);
    // Campaign sizes fall off like real ones: the largest is about a quarter of the docket.
    let weights: Vec<usize> = (0..templates.len()).map(|t| 1_000 / (t + 2)).collect();
    let weight_sum: usize = weights.iter().sum();
    let sizes: Vec<usize> = weights.iter().map(|w| (total - organic) * w / weight_sum).collect();
    // Exact copies borrow one of a few restyled forms of their template, as the store would hand out equal strings.
    let restyled: Vec<Vec<String>> = templates
        .iter()
        .map(|t| vec![t.sample.clone(), t.sample.to_uppercase(), t.sample.to_lowercase(), format!("{}!!", t.sample.replace(' ', "  "))])
        .collect();
    let mut owned: Vec<String> = Vec::new();
    let mut plan: Vec<(i64, Option<(usize, usize)>)> = Vec::with_capacity(total);
    let mut template_of: HashMap<i64, usize> = HashMap::with_capacity(total);
    for (t, size) in sizes.iter().enumerate() {
        for _ in 0..*size {
            let id = plan.len() as i64;
            template_of.insert(id, t);
            if random.below(10) < 6 {
                plan.push((id, Some((t, random.below(4) as usize))));
            } else {
                owned.push(variants::variant(&templates[t].sample, random.below(4), &mut random));
                plan.push((id, None));
            }
        }
    }
    while plan.len() < total {
        owned.push(variants::organic(&mut random));
        plan.push((plan.len() as i64, None));
    }
    // Submissions arrive interleaved.
    for i in (1..plan.len()).rev() {
        plan.swap(i, random.below(i as u64 + 1) as usize);
    }
    let mut next_owned = owned.iter();
    let mut owned_of: HashMap<i64, &str> = HashMap::new();
    let mut ordered: Vec<(i64, Option<(usize, usize)>)> = plan.clone();
    ordered.sort_by_key(|(id, _)| *id);
    for (id, copy) in &ordered {
        if copy.is_none() {
            owned_of.insert(*id, next_owned.next().expect("one owned text per non-copy").as_str());
        }
    }
    let texts: Vec<(i64, &str)> =
        plan.iter().map(|(id, copy)| (*id, copy.map_or_else(|| owned_of[id], |(t, form)| restyled[t][form].as_str()))).collect();
    drop(owned_of);
    let characters: usize = texts.iter().map(|(_, t)| t.len()).sum();
    println!(
        "corpus: {} comments ({} campaigns, {organic} organic, {} distinct generated texts, {:.0} MB of text); peak memory before clustering {:.0} MiB",
        texts.len(),
        templates.len(),
        owned.len(),
        characters as f64 / 1e6,
        peak_mib().unwrap_or(f64::NAN)
    );
    let settings = DuplicateSettings::default();
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let found = clusters(&texts, &settings);
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu).map_or(f64::NAN, |(end, start)| end - start);
    let (recall, precision) = variants::pair_scores(&found, &template_of, &sizes);
    println!(
        "clustered in {elapsed:.2} s ({cpu:.2} s of CPU, {} threads): {} clusters; pair recall {recall:.4}, precision {precision:.4}; peak memory {:.0} MiB",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        found.len(),
        peak_mib().unwrap_or(f64::NAN)
    );
    for (cluster, size) in found.iter().zip(&sizes).take(3) {
        println!(
            "  cluster of {} (largest campaign {size}): {} exact copies, {} distinct texts, mean similarity {:.3}, variants {:?}",
            cluster.members.len(),
            cluster.exact_copies,
            cluster.distinct_texts,
            cluster.mean_similarity,
            cluster.variants
        );
    }
    let single = DuplicateSettings { threads: 1, ..Default::default() };
    let (start, cpu) = (Instant::now(), cpu_seconds());
    let again = clusters(&texts, &single);
    let cpu = cpu_seconds().zip(cpu).map_or(f64::NAN, |(end, start)| end - start);
    println!("single thread: {:.2} s ({cpu:.2} s of CPU), same clusters: {}", start.elapsed().as_secs_f64(), again == found);
    assert!(recall >= 0.99 && precision >= 0.99);
    assert!(elapsed < 60.0);
}
