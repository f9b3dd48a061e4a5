//! Topics without a hosted model: tf-idf vectors of the statements' analysed words, spherical k-means (cosine)
//! with a k-means++ start drawn from a fixed seed (so the same statements in the same order always give the same
//! topics), YAKE-style keyphrase labels, and identities kept from one build to the next by matching each new
//! topic to the previous build's by the cosine of their centroids' strongest words.

use super::words::{Background, keyphrases};
use serde::Serialize;
use std::collections::HashMap;

/// How topics are built; every number is a setting, not a constant of the method.
#[derive(Debug, Clone)]
pub struct TopicSettings {
    /// At most this many topics, however large the archive.
    pub max_topics: usize,
    /// About this many statements per topic (k = statements / this, within 2..=max_topics).
    pub statements_per_topic: usize,
    /// Words in fewer statements than this are not part of the vectors.
    pub min_df: usize,
    /// Words in more than this share of the statements are not either (they name no topic).
    pub max_df_share: f64,
    pub iterations: usize,
    /// The seed of the k-means++ starts (the IGF's first year).
    pub seed: u64,
    /// k-means is run from this many starts (seeds `seed`, `seed + 1` …) and the tightest result kept.
    pub restarts: usize,
    /// A new topic keeps a previous topic's number when their signatures' cosine is at least this.
    pub match_threshold: f32,
    /// Keyphrases in a topic's label.
    pub label_phrases: usize,
}

impl Default for TopicSettings {
    fn default() -> Self {
        TopicSettings {
            max_topics: 40,
            statements_per_topic: 60,
            min_df: 2,
            max_df_share: 0.3,
            iterations: 30,
            seed: 2006,
            restarts: 4,
            match_threshold: 0.4,
            label_phrases: 3,
        }
    }
}

/// A sparse vector: (term, weight) sorted by term.
pub type Sparse = Vec<(u32, f32)>;

/// The dot product of two sparse vectors.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

fn normalise(v: &mut [(u32, f32)]) {
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
}

/// Each statement's tf-idf vector (sublinear tf, smoothed idf, unit length) over the terms its analyser gave.
#[derive(Debug, Clone, Default)]
pub struct Vectors {
    pub terms: Vec<String>,
    pub idf: Vec<f32>,
    pub rows: Vec<Sparse>,
    index: HashMap<String, u32>,
}

impl Vectors {
    pub fn new(docs: &[Vec<String>], settings: &TopicSettings) -> Vectors {
        let mut df: HashMap<&str, usize> = HashMap::new();
        for doc in docs {
            let mut seen: Vec<&str> = doc.iter().map(String::as_str).collect();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                *df.entry(t).or_default() += 1;
            }
        }
        let n = docs.len().max(1);
        let max_df = ((n as f64 * settings.max_df_share).ceil() as usize).max(settings.min_df);
        let mut terms: Vec<&str> = df.iter().filter(|(_, d)| **d >= settings.min_df && **d <= max_df).map(|(t, _)| *t).collect();
        terms.sort_unstable();
        let index: HashMap<String, u32> = terms.iter().enumerate().map(|(i, t)| (t.to_string(), i as u32)).collect();
        let idf: Vec<f32> = terms.iter().map(|t| ((1.0 + n as f32) / (1.0 + df[t] as f32)).ln() + 1.0).collect();
        let mut vectors = Vectors { terms: terms.iter().map(|t| t.to_string()).collect(), idf, rows: Vec::new(), index };
        vectors.rows = docs.iter().map(|d| vectors.vector(d)).collect();
        vectors
    }

    /// The unit tf-idf vector of some terms (a query's, or a statement's); unknown terms are ignored.
    pub fn vector(&self, terms: &[String]) -> Sparse {
        let mut tf: HashMap<u32, f32> = HashMap::new();
        for t in terms {
            if let Some(&i) = self.index.get(t) {
                *tf.entry(i).or_default() += 1.0;
            }
        }
        let mut v: Sparse = tf.into_iter().map(|(i, f)| (i, (1.0 + f.ln()) * self.idf[i as usize])).collect();
        v.sort_unstable_by_key(|(i, _)| *i);
        normalise(&mut v);
        v
    }
}

/// A deterministic pseudo-random sequence (SplitMix64).
struct Seq(u64);

impl Seq {
    fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn dense_dot(row: &[(u32, f32)], centroid: &[f32]) -> f32 {
    row.iter().map(|(i, w)| w * centroid[*i as usize]).sum()
}

/// How many topics for this many statements with words.
pub fn topic_count(statements: usize, settings: &TopicSettings) -> usize {
    if statements < 2 {
        return statements;
    }
    statements.div_ceil(settings.statements_per_topic.max(1)).clamp(2, settings.max_topics.max(2)).min(statements)
}

/// Spherical k-means from `settings.restarts` k-means++ starts, keeping the result whose statements are closest
/// to their centroids (sum of cosines; the first start wins ties).
pub fn kmeans(vectors: &Vectors, settings: &TopicSettings) -> (Vec<Option<usize>>, Vec<Vec<f32>>) {
    kmeans_from(vectors, settings, &[])
}

/// Spherical k-means started from `start` centroids (a previous build's topics, so that a rebuild refines them
/// instead of drawing new ones), the rest drawn by k-means++; with no start, the best of several k-means++ starts.
pub fn kmeans_from(vectors: &Vectors, settings: &TopicSettings, start: &[Vec<f32>]) -> (Vec<Option<usize>>, Vec<Vec<f32>>) {
    let mut best: Option<(f32, (Vec<Option<usize>>, Vec<Vec<f32>>))> = None;
    let restarts = if start.is_empty() { settings.restarts.max(1) } else { 1 };
    for r in 0..restarts {
        let run = kmeans_once(vectors, settings, settings.seed.wrapping_add(r as u64), start);
        let cohesion: f32 = run.0.iter().enumerate().filter_map(|(i, c)| c.map(|c| dense_dot(&vectors.rows[i], &run.1[c]))).sum();
        if best.as_ref().is_none_or(|(b, _)| cohesion > *b + 1e-6) {
            best = Some((cohesion, run));
        }
    }
    best.map(|b| b.1).unwrap_or_default()
}

/// Spherical k-means: each non-empty row's cluster (None for a row with no word in the vectors) and the unit
/// centroids. Ties go to the lower cluster, the start is k-means++ from `seed`.
fn kmeans_once(vectors: &Vectors, settings: &TopicSettings, seed: u64, start: &[Vec<f32>]) -> (Vec<Option<usize>>, Vec<Vec<f32>>) {
    let live: Vec<usize> = (0..vectors.rows.len()).filter(|&i| !vectors.rows[i].is_empty()).collect();
    let k = topic_count(live.len(), settings);
    let dims = vectors.terms.len();
    let mut assignment = vec![None; vectors.rows.len()];
    if k == 0 {
        return (assignment, Vec::new());
    }
    let to_dense = |row: &Sparse| {
        let mut c = vec![0.0f32; dims];
        for (i, w) in row {
            c[*i as usize] = *w;
        }
        c
    };
    // k-means++: the next centre drawn with probability proportional to its squared distance to the nearest one.
    let mut seq = Seq(seed);
    let mut centroids: Vec<Vec<f32>> = start.iter().filter(|c| c.iter().any(|w| *w > 0.0)).take(k).cloned().collect();
    let mut nearest: Vec<f32> = if centroids.is_empty() {
        let first = live[(seq.next_f64() * live.len() as f64) as usize % live.len()];
        centroids.push(to_dense(&vectors.rows[first]));
        live.iter().map(|&i| 1.0 - dot(&vectors.rows[i], &vectors.rows[first])).collect()
    } else {
        live.iter().map(|&i| centroids.iter().map(|c| 1.0 - dense_dot(&vectors.rows[i], c)).fold(f32::MAX, f32::min)).collect()
    };
    while centroids.len() < k {
        let total: f64 = nearest.iter().map(|d| f64::from(d.max(0.0)).powi(2)).sum();
        let chosen = if total <= 0.0 {
            live[centroids.len() % live.len()]
        } else {
            let mut target = seq.next_f64() * total;
            let mut pick = live[live.len() - 1];
            for (j, d) in nearest.iter().enumerate() {
                target -= f64::from(d.max(0.0)).powi(2);
                if target <= 0.0 {
                    pick = live[j];
                    break;
                }
            }
            pick
        };
        for (j, &i) in live.iter().enumerate() {
            nearest[j] = nearest[j].min(1.0 - dot(&vectors.rows[i], &vectors.rows[chosen]));
        }
        centroids.push(to_dense(&vectors.rows[chosen]));
    }
    for _ in 0..settings.iterations.max(1) {
        let mut changed = false;
        for &i in &live {
            let row = &vectors.rows[i];
            let mut best = (0, f32::MIN);
            for (c, centroid) in centroids.iter().enumerate() {
                let s = dense_dot(row, centroid);
                if s > best.1 {
                    best = (c, s);
                }
            }
            if assignment[i] != Some(best.0) {
                assignment[i] = Some(best.0);
                changed = true;
            }
        }
        let mut sums = vec![vec![0.0f32; dims]; k];
        for &i in &live {
            let c = assignment[i].unwrap_or(0);
            for (t, w) in &vectors.rows[i] {
                sums[c][*t as usize] += w;
            }
        }
        for (c, sum) in sums.into_iter().enumerate() {
            let norm = sum.iter().map(|w| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                centroids[c] = sum.into_iter().map(|w| w / norm).collect();
            }
        }
        if !changed {
            break;
        }
    }
    (assignment, centroids)
}

/// A topic of one build.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    /// Kept from the previous build when this topic matches one of its topics.
    pub id: u32,
    /// YAKE-style keyphrases, best first.
    pub label: Vec<String>,
    /// Its statements (indices into the build's statements), closest to the centroid first.
    pub members: Vec<usize>,
    /// The centroid's strongest words with their weights (unit length): how it is matched across builds.
    pub signature: Vec<(String, f32)>,
    /// The centroid as a sparse vector over this build's terms.
    #[serde(skip)]
    pub centroid: Sparse,
}

/// Words kept in a topic's signature.
const SIGNATURE: usize = 40;

/// Builds the topics of some statements: `texts` are their texts with their languages, `terms` their analysed
/// words (stems without stop words), in the same order. `previous` is the last build's topics, whose numbers are
/// kept by the topics that match them.
pub fn build(texts: &[(&str, &'static str)], terms: &[Vec<String>], previous: &[Topic], settings: &TopicSettings) -> (Vectors, Vec<Topic>) {
    let vectors = Vectors::new(terms, settings);
    // A rebuild starts from the previous topics' signatures, largest first.
    let start: Vec<Vec<f32>> = previous
        .iter()
        .map(|p| {
            let mut c = vec![0.0f32; vectors.terms.len()];
            for (term, w) in &p.signature {
                if let Some(&i) = vectors.index.get(term) {
                    c[i as usize] = *w;
                }
            }
            let norm = c.iter().map(|w| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|w| *w /= norm);
            }
            c
        })
        .collect();
    let (assignment, centroids) = kmeans_from(&vectors, settings, &start);
    let background = Background::of(texts.iter().map(|(t, _)| *t));
    let mut clusters: Vec<(Vec<usize>, Sparse)> = centroids
        .iter()
        .enumerate()
        .map(|(c, centroid)| {
            let mut members: Vec<(usize, f32)> = assignment
                .iter()
                .enumerate()
                .filter(|(_, a)| **a == Some(c))
                .map(|(i, _)| (i, dense_dot(&vectors.rows[i], centroid)))
                .collect();
            members.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut sparse: Sparse = centroid.iter().enumerate().filter(|(_, w)| **w > 0.0).map(|(i, w)| (i as u32, *w)).collect();
            sparse.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            sparse.truncate(300);
            sparse.sort_unstable_by_key(|(i, _)| *i);
            normalise(&mut sparse);
            (members.into_iter().map(|(i, _)| i).collect::<Vec<usize>>(), sparse)
        })
        .filter(|(members, _)| !members.is_empty())
        .collect();
    clusters.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.iter().min().cmp(&b.0.iter().min())));
    let mut topics: Vec<Topic> = clusters
        .into_iter()
        .map(|(members, centroid)| {
            let mut strongest = centroid.clone();
            strongest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            strongest.truncate(SIGNATURE);
            let mut signature: Vec<(String, f32)> = strongest.into_iter().map(|(i, w)| (vectors.terms[i as usize].clone(), w)).collect();
            let norm = signature.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(f32::MIN_POSITIVE);
            signature.iter_mut().for_each(|(_, w)| *w /= norm);
            let sample: Vec<(&str, &'static str)> = members.iter().take(400).map(|&i| texts[i]).collect();
            let mut label = keyphrases(&sample, &background, settings.label_phrases);
            if label.is_empty() {
                label = signature.iter().take(settings.label_phrases).map(|(t, _)| t.clone()).collect();
            }
            Topic { id: 0, label, members, signature, centroid }
        })
        .collect();
    assign_ids(&mut topics, previous, settings.match_threshold);
    (vectors, topics)
}

/// The cosine of two signatures.
pub fn similarity(a: &[(String, f32)], b: &[(String, f32)]) -> f32 {
    let b: HashMap<&str, f32> = b.iter().map(|(t, w)| (t.as_str(), *w)).collect();
    a.iter().filter_map(|(t, w)| b.get(t.as_str()).map(|v| v * w)).sum()
}

/// Numbers the topics: each keeps the number of the previous topic it matches best (pairs taken greedily, most
/// similar first, each previous topic used once, at least `threshold`); the others get new numbers after the
/// highest ever given, in their order (largest first).
pub fn assign_ids(topics: &mut [Topic], previous: &[Topic], threshold: f32) {
    let mut pairs: Vec<(f32, usize, u32)> = Vec::new();
    for (i, t) in topics.iter().enumerate() {
        for p in previous {
            let s = similarity(&t.signature, &p.signature);
            if s >= threshold {
                pairs.push((s, i, p.id));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut given: HashMap<usize, u32> = HashMap::new();
    let mut taken: Vec<u32> = Vec::new();
    for (_, i, id) in pairs {
        if !given.contains_key(&i) && !taken.contains(&id) {
            given.insert(i, id);
            taken.push(id);
        }
    }
    let mut next = previous.iter().map(|p| p.id).max().unwrap_or(0) + 1;
    for (i, t) in topics.iter_mut().enumerate() {
        t.id = match given.get(&i) {
            Some(id) => *id,
            None => {
                next += 1;
                next - 1
            }
        };
    }
}

/// The share of the statements both builds have (by key) that are in a topic of the same number in both.
pub fn stability(before: &HashMap<String, u32>, after: &HashMap<String, u32>) -> f64 {
    let common: Vec<(&u32, &u32)> = before.iter().filter_map(|(k, a)| after.get(k).map(|b| (a, b))).collect();
    if common.is_empty() {
        return 1.0;
    }
    common.iter().filter(|(a, b)| a == b).count() as f64 / common.len() as f64
}

/// Each statement's topic number by its key.
pub fn topic_of_keys(keys: &[String], topics: &[Topic]) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for t in topics {
        for &m in &t.members {
            out.insert(keys[m].clone(), t.id);
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A crude analyser for tests: lower-cased words of four letters or more.
    pub(crate) fn analyse(text: &str) -> Vec<String> {
        crate::insights::words::surface_words(text)
            .into_iter()
            .filter(|w| w.chars().count() > 3 && !crate::insights::words::is_stop_word("en", w))
            .collect()
    }

    pub(crate) fn corpus() -> Vec<String> {
        let mut out = Vec::new();
        let themes = [
            ["community", "networks", "spectrum", "rural", "cooperatives", "villages"],
            ["artificial", "intelligence", "algorithms", "accountability", "models", "bias"],
            ["fragmentation", "splinternet", "protocols", "interoperability", "technical", "layer"],
        ];
        for i in 0..90 {
            let t = &themes[i % 3];
            out.push(format!(
                "Speakers said {} {} matter for {} and {} in case {i}.",
                t[i % 6],
                t[(i / 3 + 1) % 6],
                t[(i / 7 + 2) % 6],
                t[(i / 11 + 3) % 6]
            ));
        }
        out
    }

    fn run(texts: &[String], previous: &[Topic]) -> Vec<Topic> {
        let with_lang: Vec<(&str, &'static str)> = texts.iter().map(|t| (t.as_str(), "en")).collect();
        let terms: Vec<Vec<String>> = texts.iter().map(|t| analyse(t)).collect();
        let settings = TopicSettings { statements_per_topic: 30, ..TopicSettings::default() };
        build(&with_lang, &terms, previous, &settings).1
    }

    #[test]
    fn three_themes_make_three_labelled_topics() {
        let texts = corpus();
        let topics = run(&texts, &[]);
        assert_eq!(topics.len(), 3);
        for t in &topics {
            let theme = t.members[0] % 3;
            assert!(t.members.iter().all(|m| m % 3 == theme), "a topic mixes themes: {:?}", t.label);
            assert!(!t.label.is_empty());
        }
        assert_eq!(topics.iter().map(|t| t.id).collect::<Vec<_>>(), vec![1, 2, 3]);
    }

    #[test]
    fn the_same_input_gives_the_same_topics_and_a_rebuild_keeps_numbers() {
        let texts = corpus();
        let first = run(&texts, &[]);
        let again = run(&texts, &[]);
        assert_eq!(
            first.iter().map(|t| (t.id, t.members.clone(), t.label.clone())).collect::<Vec<_>>(),
            again.iter().map(|t| (t.id, t.members.clone(), t.label.clone())).collect::<Vec<_>>()
        );
        // A rebuild with a sixth of the statements gone keeps every topic's number.
        let fewer: Vec<String> = texts.iter().enumerate().filter(|(i, _)| i % 6 != 5).map(|(_, t)| t.clone()).collect();
        let rebuilt = run(&fewer, &first);
        let keys: Vec<String> = texts.clone();
        let fewer_keys: Vec<String> = fewer.clone();
        let s = stability(&topic_of_keys(&keys, &first), &topic_of_keys(&fewer_keys, &rebuilt));
        assert!((s - 1.0).abs() < 1e-9, "stability {s}");
    }

    #[test]
    fn unmatched_topics_get_new_numbers() {
        let sig = |w: &str| vec![(w.to_string(), 1.0)];
        let previous = vec![Topic { id: 4, label: vec![], members: vec![], signature: sig("a"), centroid: vec![] }];
        let mut topics = vec![
            Topic { id: 0, label: vec![], members: vec![], signature: sig("b"), centroid: vec![] },
            Topic { id: 0, label: vec![], members: vec![], signature: sig("a"), centroid: vec![] },
        ];
        assign_ids(&mut topics, &previous, 0.4);
        assert_eq!(topics.iter().map(|t| t.id).collect::<Vec<_>>(), vec![5, 4]);
    }

    proptest! {
        /// Every statement with a known word is in exactly one topic; ids are distinct.
        #[test]
        fn topics_partition_the_statements(picks in proptest::collection::vec(0usize..90, 5..60)) {
            let all = corpus();
            let texts: Vec<String> = picks.iter().map(|&i| all[i].clone()).collect();
            let topics = run(&texts, &[]);
            let mut seen = vec![0; texts.len()];
            for t in &topics { for &m in &t.members { seen[m] += 1; } }
            prop_assert!(seen.iter().all(|&n| n <= 1));
            let mut ids: Vec<u32> = topics.iter().map(|t| t.id).collect();
            ids.sort_unstable(); ids.dedup();
            prop_assert_eq!(ids.len(), topics.len());
        }
    }
}
