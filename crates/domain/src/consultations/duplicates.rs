//! Form letters and floods in a public consultation: text normalisation, junk detection, near-duplicate
//! clustering (word shingles, MinHash signatures, LSH banding, union-find) and bursts of submissions from one
//! network. A campaign sent 100,000 times is shown as one text with its true count and a few variants.

use serde::Serialize;
use std::collections::HashMap;

/// How duplicates, junk and bursts are recognised. Every number the algorithms use is here.
#[derive(Debug, Clone, Serialize)]
pub struct DuplicateSettings {
    /// Words per shingle (characters for scripts written without spaces: Chinese, Japanese, Thai…). Default 3:
    /// a synonym swap or a typo breaks only the three shingles around it, while two unrelated texts on the same
    /// topic share almost no three-word sequences.
    pub shingle_words: usize,
    /// MinHash values per text. Default 128: the estimated Jaccard similarity has a standard error of about 0.04.
    pub hashes: usize,
    /// LSH: bands × rows of the signature's values (at most `hashes`). Default 42 × 3: two texts become
    /// candidates with probability 1 − (1 − J³)⁴² — 0.94 at J = 0.4, 0.29 at J = 0.2, 0.04 at J = 0.1 — so
    /// pairs at the threshold are found, and unrelated texts (J < 0.05 on 3-word shingles) are rarely compared.
    pub bands: usize,
    pub rows: usize,
    /// Estimated Jaccard similarity of the shingle sets from which two texts belong to one campaign. Default 0.4,
    /// measured on the 14 FCC 17-108 templates with generated variants (synonym swaps, typos, reordered
    /// sentences, added greetings and signatures): distinct templates on the same topic are at most 0.02 apart,
    /// while a variant of a 15-word letter with a signature added falls to 0.3–0.5 from its template. Pair recall
    /// is 0.97 at 0.5, 0.99 at 0.4, with precision 1.0 at both (test `fcc_templates_recall_and_precision`). A
    /// comment that quotes a whole letter and adds as much of its own joins the campaign: that is a
    /// personalised form letter.
    pub similarity: f64,
    /// How many variants each cluster shows besides its representative. Default 3.
    pub representatives: usize,
    /// Texts with fewer words (characters in unspaced scripts) are junk. Default 3: "ok", "+1", "no way".
    pub min_words: usize,
    /// Texts with fewer letters are junk. Default 4: "a b c"; a three-character Chinese comment is flagged too.
    pub min_letters: usize,
    /// A text whose most frequent word makes up more than this share of its words is junk. Default 0.5:
    /// "asdf asdf asdf"; in real prose the most frequent word ("the") is under a tenth of the words.
    pub repetitive_share: f64,
    /// A burst is at least `burst_size` submissions from one network within `burst_window_seconds`.
    /// Default 20 within 600 s: far above what one household or office sends, and a signal for moderators,
    /// not a verdict (a university behind one address can trigger it).
    pub burst_window_seconds: i64,
    pub burst_size: usize,
    /// Members of one LSH bucket are compared with at most this many of the bucket's first texts. Default 4:
    /// keeps a bucket of 100,000 variants linear instead of quadratic; every band gives another chance.
    pub bucket_leaders: usize,
    /// Seeds the MinHash functions; clusters are the same for a given seed.
    pub seed: u64,
    /// Threads for normalising and signing (0: all cores). Results do not depend on it.
    pub threads: usize,
}

impl Default for DuplicateSettings {
    fn default() -> Self {
        DuplicateSettings {
            shingle_words: 3,
            hashes: 128,
            bands: 42,
            rows: 3,
            similarity: 0.4,
            representatives: 3,
            min_words: 3,
            min_letters: 4,
            repetitive_share: 0.5,
            burst_window_seconds: 600,
            burst_size: 20,
            bucket_leaders: 4,
            seed: 2017_0517,
            threads: 0,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation

/// The text as duplicates are compared: lowercase, HTML entities decoded, apostrophes, combining marks and
/// zero-width characters dropped (so "don't" and "dont", "Pai&apos;s" and "Pai's" match), full-width forms
/// folded, every other non-letter non-digit a single space. Works for any script `char::is_alphanumeric` knows.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalise_into(text, &mut out);
    out
}

fn normalise_into(text: &str, out: &mut String) {
    out.clear();
    let decoded;
    let text = if text.contains('&') {
        decoded = decode_entities(text);
        decoded.as_str()
    } else {
        text
    };
    let mut gap = false;
    for c in text.chars() {
        // Most consultation text is ASCII: decide it without the Unicode tables.
        let (keep, c) = if c.is_ascii() {
            if c == '\'' || c == '`' {
                continue;
            }
            (c.is_ascii_alphanumeric(), c)
        } else {
            let c = fold(c);
            if dropped(c) {
                continue;
            }
            (c.is_alphanumeric(), c)
        };
        if !keep {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Campaign tools submit through web forms that escape some characters and not others.
const ENTITIES: [(&str, char); 9] = [
    ("&amp;", '&'),
    ("&apos;", '\''),
    ("&#39;", '\''),
    ("&#x27;", '\''),
    ("&quot;", '"'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&nbsp;", ' '),
    ("&#8217;", '\''),
];

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match ENTITIES.iter().find(|(entity, _)| rest.starts_with(entity)) {
            Some((entity, c)) => {
                out.push(*c);
                rest = &rest[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Full-width Latin letters and digits (common in Chinese and Japanese input) and the final sigma.
fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        'ς' => 'σ',
        _ => c,
    }
}

/// Characters that join rather than separate: apostrophes inside words, combining marks (Arabic harakat,
/// Hebrew points, Latin accents typed separately), the Arabic tatweel, zero-width characters, soft hyphens.
fn dropped(c: char) -> bool {
    matches!(c,
        '\'' | '’' | '‘' | 'ʼ' | '`' | '´'
        | '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{0640}'
        | '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Scripts written without spaces between words: each character is a unit of its own.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}' | '\u{2E80}'..='\u{2FDF}'
        | '\u{3040}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// The units a normalised text is made of: words, and single characters of unspaced scripts.
fn units(normalised: &str) -> impl Iterator<Item = &str> {
    normalised.split(' ').filter(|w| !w.is_empty()).flat_map(|word| {
        let split = !word.is_ascii() && word.chars().any(unspaced);
        let mut rest = word;
        std::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            if !split {
                return Some(std::mem::take(&mut rest));
            }
            let first = rest.chars().next()?;
            let end = if unspaced(first) {
                first.len_utf8()
            } else {
                rest.char_indices().find(|(_, c)| unspaced(*c)).map_or(rest.len(), |(i, _)| i)
            };
            let (unit, tail) = rest.split_at(end);
            rest = tail;
            Some(unit)
        })
    })
}

// ---------------------------------------------------------------------------------------------------------
// Hashing: hand-written because the domain takes no hashing crate; none of it is cryptographic.

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// SplitMix64's finaliser: every input bit reaches every output bit.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn hash_bytes(bytes: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(GOLDEN);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        h = (h ^ word).wrapping_mul(GOLDEN).rotate_left(29);
    }
    let tail = chunks.remainder().iter().enumerate().fold(0u64, |acc, (i, b)| acc | (u64::from(*b) << (8 * i)));
    mix(h ^ tail)
}

/// 128 bits, so that a million texts never collide by chance (the exact-copy count must be exact).
fn fingerprint(normalised: &str) -> u128 {
    let bytes = normalised.as_bytes();
    (u128::from(hash_bytes(bytes, 0x243F_6A88_85A3_08D3)) << 64) | u128::from(hash_bytes(bytes, 0x1319_8A2E_0370_7344))
}

/// A small deterministic generator (SplitMix64) for the MinHash functions and the opinion map's k-means.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix(pub(crate) u64);

impl SplitMix {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN);
        mix(self.0)
    }

    /// Uniform in [0, 1).
    pub(crate) fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// MinHash with multiply-add-shift functions h(x) = (a·x + b) >> 32 over 32-bit shingle hashes: one multiply
/// per shingle and function, cheap enough to sign half a million distinct texts in seconds.
struct MinHasher {
    a: Vec<u64>,
    b: Vec<u64>,
}

impl MinHasher {
    fn new(hashes: usize, seed: u64) -> Self {
        let mut random = SplitMix(seed);
        let a = (0..hashes).map(|_| random.next() | 1).collect();
        let b = (0..hashes).map(|_| random.next()).collect();
        MinHasher { a, b }
    }

    /// Only the low 16 bits of each minimum are kept (b-bit MinHash): they match by chance with probability
    /// 1/65,536, a negligible bias, and halve the memory.
    fn sign(&self, shingles: &[u32], scratch: &mut [u32], out: &mut [u16]) {
        scratch.fill(u32::MAX);
        for &x in shingles {
            let x = u64::from(x);
            for (low, (a, b)) in scratch.iter_mut().zip(self.a.iter().zip(&self.b)) {
                let h = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
                *low = (*low).min(h);
            }
        }
        for (o, m) in out.iter_mut().zip(scratch.iter()) {
            *o = *m as u16;
        }
    }
}

/// Hashes of every run of `n` consecutive units; a text shorter than `n` is one shingle.
fn shingles(normalised: &str, n: usize, units_buffer: &mut Vec<u64>, out: &mut Vec<u32>) {
    units_buffer.clear();
    units_buffer.extend(units(normalised).map(|u| hash_bytes(u.as_bytes(), 0xA409_3822_299F_31D0)));
    out.clear();
    let n = n.max(1).min(units_buffer.len().max(1));
    if units_buffer.is_empty() {
        return;
    }
    out.extend(units_buffer.windows(n).map(|w| {
        let h = w.iter().fold(0u64, |h, u| (h.rotate_left(17) ^ u).wrapping_mul(GOLDEN));
        (mix(h) >> 32) as u32
    }));
}

fn similarity(a: &[u16], b: &[u16]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len().max(1) as f64
}

// ---------------------------------------------------------------------------------------------------------
// Clustering

/// One campaign: texts that are copies or near-copies of each other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// The smallest id among the copies of the cluster's most frequent text.
    pub representative: i64,
    /// Every comment in the cluster, ascending.
    pub members: Vec<i64>,
    /// Members whose normalised text equals the representative's, the representative included.
    pub exact_copies: usize,
    /// Different normalised texts in the cluster.
    pub distinct_texts: usize,
    /// Up to `representatives` other texts (one id each) showing the cluster's spread: the least similar to the
    /// representative first, then each the least similar to all shown so far.
    pub variants: Vec<i64>,
    /// Mean estimated Jaccard similarity of the members to the representative (1 for a cluster of exact copies).
    pub mean_similarity: f64,
}

/// One normalised text and the comments that carry it.
struct Distinct {
    fingerprint: u128,
    /// Index into the caller's texts of the copy with the smallest id.
    first: usize,
    copies: usize,
}

/// Groups copies and near-copies. Only clusters of two or more comments are returned, largest first.
/// Exact copies are grouped by fingerprint first, so a campaign's 100,000 identical letters are signed once.
pub fn clusters(texts: &[(i64, &str)], settings: &DuplicateSettings) -> Vec<Cluster> {
    let threads = thread_count(settings.threads);
    let fingerprints = in_parallel(texts, threads, |chunk| {
        let mut buffer = String::new();
        chunk
            .iter()
            .map(|(_, text)| {
                normalise_into(text, &mut buffer);
                fingerprint(&buffer)
            })
            .collect()
    });
    let (distinct, text_of) = distinct_texts(texts, &fingerprints);
    drop(fingerprints);
    let hashes = settings.hashes.max(1);
    let signatures = sign_all(texts, &distinct, settings, threads);
    let signature = |d: usize| &signatures[d * hashes..(d + 1) * hashes];
    let mut sets = UnionFind::new(distinct.len());
    link_candidates(distinct.len(), &signature, settings, &mut sets);
    assemble(texts, &distinct, &text_of, &signature, &mut sets, settings)
}

fn thread_count(requested: usize) -> usize {
    if requested > 0 { requested } else { std::thread::available_parallelism().map_or(1, |n| n.get()) }
}

/// Applies `work` to contiguous chunks on scoped threads and concatenates the results in order, so the
/// outcome never depends on the number of threads.
fn in_parallel<T: Sync, R: Send>(items: &[T], threads: usize, work: impl Fn(&[T]) -> Vec<R> + Sync) -> Vec<R> {
    if threads <= 1 || items.len() < 2 * threads {
        return work(items);
    }
    let size = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.chunks(size).map(|chunk| scope.spawn(|| work(chunk))).collect();
        handles.into_iter().flat_map(|h| h.join().expect("worker panicked")).collect()
    })
}

/// The distinct texts in fingerprint order (independent of the input order) and, per input text, its
/// distinct text's index.
fn distinct_texts(texts: &[(i64, &str)], fingerprints: &[u128]) -> (Vec<Distinct>, Vec<u32>) {
    let mut index: HashMap<u128, u32> = HashMap::with_capacity(fingerprints.len() / 4);
    let mut distinct: Vec<Distinct> = Vec::new();
    let mut text_of: Vec<u32> = Vec::with_capacity(fingerprints.len());
    for (i, f) in fingerprints.iter().enumerate() {
        let d = *index.entry(*f).or_insert_with(|| {
            distinct.push(Distinct { fingerprint: *f, first: i, copies: 0 });
            (distinct.len() - 1) as u32
        });
        text_of.push(d);
        let entry = &mut distinct[d as usize];
        entry.copies += 1;
        if texts[i].0 < texts[entry.first].0 {
            entry.first = i;
        }
    }
    drop(index);
    let mut order: Vec<u32> = (0..distinct.len() as u32).collect();
    order.sort_unstable_by_key(|d| distinct[*d as usize].fingerprint);
    let mut rank = vec![0u32; distinct.len()];
    for (r, d) in order.iter().enumerate() {
        rank[*d as usize] = r as u32;
    }
    for d in &mut text_of {
        *d = rank[*d as usize];
    }
    distinct.sort_unstable_by_key(|d| d.fingerprint);
    (distinct, text_of)
}

fn sign_all(texts: &[(i64, &str)], distinct: &[Distinct], settings: &DuplicateSettings, threads: usize) -> Vec<u16> {
    let hasher = MinHasher::new(settings.hashes.max(1), settings.seed);
    in_parallel(distinct, threads, |chunk| {
        let (mut normalised, mut units, mut shingled) = (String::new(), Vec::new(), Vec::new());
        let mut scratch = vec![0u32; hasher.a.len()];
        let mut out = vec![0u16; chunk.len() * hasher.a.len()];
        for (d, signature) in chunk.iter().zip(out.chunks_mut(hasher.a.len())) {
            normalise_into(texts[d.first].1, &mut normalised);
            shingles(&normalised, settings.shingle_words, &mut units, &mut shingled);
            hasher.sign(&shingled, &mut scratch, signature);
        }
        out
    })
}

/// LSH: texts sharing one band of their signature are candidates; a candidate joins the campaign of a
/// bucket leader it is similar enough to.
fn link_candidates<'s>(count: usize, signature: &impl Fn(usize) -> &'s [u16], settings: &DuplicateSettings, sets: &mut UnionFind) {
    let rows = settings.rows.max(1);
    let bands = settings.bands.min(settings.hashes / rows);
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(count);
    let mut leaders: Vec<usize> = Vec::with_capacity(settings.bucket_leaders);
    for band in 0..bands {
        keys.clear();
        keys.extend((0..count).map(|d| {
            let values = &signature(d)[band * rows..(band + 1) * rows];
            let h = values.iter().fold(band as u64, |h, v| (h ^ u64::from(*v)).wrapping_mul(GOLDEN).rotate_left(23));
            (mix(h), d as u32)
        }));
        keys.sort_unstable();
        for bucket in keys.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
            leaders.clear();
            for &(_, d) in bucket {
                let d = d as usize;
                if leaders.iter().any(|l| sets.find(*l) == sets.find(d)) {
                    continue;
                }
                match leaders.iter().find(|l| similarity(signature(**l), signature(d)) >= settings.similarity) {
                    Some(l) => sets.union(*l, d),
                    None if leaders.len() < settings.bucket_leaders.max(1) => leaders.push(d),
                    None => {}
                }
            }
        }
    }
}

fn assemble<'s>(
    texts: &[(i64, &str)],
    distinct: &[Distinct],
    text_of: &[u32],
    signature: &impl Fn(usize) -> &'s [u16],
    sets: &mut UnionFind,
    settings: &DuplicateSettings,
) -> Vec<Cluster> {
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for d in 0..distinct.len() {
        groups.entry(sets.find(d)).or_default().push(d);
    }
    let mut members: HashMap<usize, Vec<i64>> = HashMap::new();
    for (i, d) in text_of.iter().enumerate() {
        let root = sets.find(*d as usize);
        if groups[&root].len() > 1 || distinct[*d as usize].copies > 1 {
            members.entry(root).or_default().push(texts[i].0);
        }
    }
    let mut clusters: Vec<Cluster> = members
        .into_iter()
        .map(|(root, mut ids)| {
            ids.sort_unstable();
            cluster_of(texts, distinct, &groups[&root], ids, signature, settings)
        })
        .collect();
    clusters.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.representative.cmp(&b.representative)));
    clusters
}

fn cluster_of<'s>(
    texts: &[(i64, &str)],
    distinct: &[Distinct],
    group: &[usize],
    members: Vec<i64>,
    signature: &impl Fn(usize) -> &'s [u16],
    settings: &DuplicateSettings,
) -> Cluster {
    let id = |d: usize| texts[distinct[d].first].0;
    let main = *group.iter().max_by(|a, b| distinct[**a].copies.cmp(&distinct[**b].copies).then(id(**b).cmp(&id(**a)))).expect("non-empty");
    let weighted: f64 = group.iter().map(|d| distinct[*d].copies as f64 * similarity(signature(main), signature(*d))).sum();
    let mut variants: Vec<i64> = Vec::new();
    // Farthest-first: each shown variant is the text least similar to everything shown so far.
    let mut nearest: Vec<(usize, f64)> =
        group.iter().filter(|d| **d != main).map(|d| (*d, similarity(signature(main), signature(*d)))).collect();
    while variants.len() < settings.representatives && !nearest.is_empty() {
        let (at, _) = nearest
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| a.1.total_cmp(&b.1).then(distinct[b.0].copies.cmp(&distinct[a.0].copies)).then(id(a.0).cmp(&id(b.0))))
            .expect("non-empty");
        let (chosen, _) = nearest.swap_remove(at);
        variants.push(id(chosen));
        for (d, s) in &mut nearest {
            *s = s.max(similarity(signature(chosen), signature(*d)));
        }
    }
    Cluster {
        representative: id(main),
        exact_copies: distinct[main].copies,
        distinct_texts: group.len(),
        variants,
        mean_similarity: weighted / members.len() as f64,
        members,
    }
}

/// Disjoint sets over distinct texts; the smaller index becomes the root, so the partition's roots never
/// depend on the order of unions.
struct UnionFind(Vec<u32>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n as u32).collect())
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] as usize != x {
            let parent = self.0[x] as usize;
            self.0[x] = self.0[parent];
            x = parent;
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (low, high) = (a.min(b), a.max(b));
        self.0[high] = low as u32;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Junk

/// Why a text is not a comment anyone can read as an opinion. The web layer shows it to moderators.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum JunkReason {
    /// Nothing but punctuation, digits or symbols: "!!!!", "12345".
    NoLetters,
    /// Fewer words than `min_words`: "ok".
    TooShort { words: usize, minimum: usize },
    /// Fewer letters than `min_letters`: "a b c".
    TooFewLetters { letters: usize, minimum: usize },
    /// One word makes up more than `repetitive_share` of the text: "asdf asdf asdf".
    Repetitive { repeated: usize, words: usize },
}

impl JunkReason {
    pub fn code(&self) -> &'static str {
        match self {
            JunkReason::NoLetters => "no-letters",
            JunkReason::TooShort { .. } => "too-short",
            JunkReason::TooFewLetters { .. } => "too-few-letters",
            JunkReason::Repetitive { .. } => "repetitive",
        }
    }
}

/// The reason a text is junk, if it is.
pub fn junk(text: &str, settings: &DuplicateSettings) -> Option<JunkReason> {
    let normalised = normalise(text);
    let letters = normalised.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Some(JunkReason::NoLetters);
    }
    let words: Vec<&str> = units(&normalised).collect();
    if words.len() < settings.min_words {
        return Some(JunkReason::TooShort { words: words.len(), minimum: settings.min_words });
    }
    if letters < settings.min_letters {
        return Some(JunkReason::TooFewLetters { letters, minimum: settings.min_letters });
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *counts.entry(w).or_default() += 1;
    }
    let repeated = counts.values().copied().max().unwrap_or(0);
    (repeated as f64 > settings.repetitive_share * words.len() as f64).then_some(JunkReason::Repetitive { repeated, words: words.len() })
}

// ---------------------------------------------------------------------------------------------------------
// Bursts

/// The network an address belongs to, as bursts group them: IPv4 /24, IPv6 /48 (a site's allocation).
/// IPv4-mapped IPv6 addresses count as IPv4; anything unparseable is its own network, trimmed.
pub fn network_of(ip: &str) -> String {
    use std::net::IpAddr;
    let ip = ip.trim();
    match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4_network(v4),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4_network(v4),
            None => {
                let s = v6.segments();
                format!("{}/48", std::net::Ipv6Addr::new(s[0], s[1], s[2], 0, 0, 0, 0, 0))
            }
        },
        Err(_) => ip.to_string(),
    }
}

fn v4_network(v4: std::net::Ipv4Addr) -> String {
    let [a, b, c, _] = v4.octets();
    format!("{a}.{b}.{c}.0/24")
}

/// Submissions from one network arriving faster than people write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Burst {
    pub network: String,
    /// Unix seconds of the first and last submission.
    pub from: i64,
    pub to: i64,
    /// In order of arrival.
    pub members: Vec<i64>,
}

/// Every maximal run of submissions from one network in which some `burst_window_seconds` hold at least
/// `burst_size` of them; overlapping windows merge into one burst. Largest first. `items` are (id, network, unix time).
pub fn bursts(items: &[(i64, &str, i64)], settings: &DuplicateSettings) -> Vec<Burst> {
    let mut order: Vec<&(i64, &str, i64)> = items.iter().collect();
    order.sort_by(|a, b| a.1.cmp(b.1).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
    let mut found = Vec::new();
    for network in order.chunk_by(|a, b| a.1 == b.1) {
        found.extend(bursts_in(network, settings));
    }
    found.sort_by(|a: &Burst, b: &Burst| b.members.len().cmp(&a.members.len()).then(a.network.cmp(&b.network)).then(a.from.cmp(&b.from)));
    found
}

/// Bursts of one network's submissions, sorted by time.
fn bursts_in(network: &[&(i64, &str, i64)], settings: &DuplicateSettings) -> Vec<Burst> {
    let size = settings.burst_size.max(1);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut left = 0;
    for right in 0..network.len() {
        while network[right].2 - network[left].2 > settings.burst_window_seconds {
            left += 1;
        }
        if right + 1 - left < size {
            continue;
        }
        match runs.last_mut() {
            Some(run) if left <= run.1 => run.1 = right,
            _ => runs.push((left, right)),
        }
    }
    runs.into_iter()
        .map(|(from, to)| Burst {
            network: network[from].1.to_string(),
            from: network[from].2,
            to: network[to].2,
            members: network[from..=to].iter().map(|item| item.0).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_punctuation_entities_and_scripts() {
        assert_eq!(normalise("  Chairman Pai&apos;s   PROPOSAL!!  "), "chairman pais proposal");
        assert_eq!(normalise("Don’t — stop\n\n the  net"), "dont stop the net");
        assert_eq!(normalise("СЕТЕВОЙ  нейтралитет, да!"), "сетевой нейтралитет да");
        assert_eq!(normalise("الحياد الشبكي، مهمّ!"), "الحياد الشبكي مهم");
        assert_eq!(normalise("網路中立！很重要。"), "網路中立 很重要");
        assert_eq!(normalise("ＡＢＣ１２３"), "abc123");
    }

    #[test]
    fn unspaced_scripts_are_cut_into_characters() {
        let u: Vec<&str> = units("網路中立 abc 很重要x").collect();
        assert_eq!(u, ["網", "路", "中", "立", "abc", "很", "重", "要", "x"]);
    }

    #[test]
    fn junk_examples() {
        let s = DuplicateSettings::default();
        assert_eq!(junk("ok", &s), Some(JunkReason::TooShort { words: 1, minimum: 3 }));
        assert_eq!(junk("!!!!", &s), Some(JunkReason::NoLetters));
        assert_eq!(junk("12345 678", &s), Some(JunkReason::NoLetters));
        assert_eq!(junk("asdf asdf asdf", &s), Some(JunkReason::Repetitive { repeated: 3, words: 3 }));
        assert_eq!(junk("a b c", &s), Some(JunkReason::TooFewLetters { letters: 3, minimum: 4 }));
        assert_eq!(junk("哈哈哈哈哈哈", &s), Some(JunkReason::Repetitive { repeated: 6, words: 6 }));
        assert_eq!(junk("I support net neutrality.", &s), None);
        assert_eq!(junk("我支持網路中立", &s), None);
        assert_eq!(junk("the rules protect the open internet for the public", &s), None);
    }

    #[test]
    fn networks() {
        assert_eq!(network_of("203.0.113.77"), "203.0.113.0/24");
        assert_eq!(network_of("2001:db8:abcd:12::1"), "2001:db8:abcd::/48");
        assert_eq!(network_of("::ffff:198.51.100.9"), "198.51.100.0/24");
        assert_eq!(network_of(" not an ip "), "not an ip");
    }

    #[test]
    fn bursts_merge_overlapping_windows_and_ignore_slow_networks() {
        let s = DuplicateSettings { burst_size: 3, burst_window_seconds: 60, ..Default::default() };
        let mut items = vec![(1, "a", 0), (2, "a", 10), (3, "a", 20), (4, "a", 70), (5, "a", 1000)];
        items.extend([(6, "b", 0), (7, "b", 100), (8, "b", 200)]);
        let found = bursts(&items, &s);
        assert_eq!(found, vec![Burst { network: "a".into(), from: 0, to: 70, members: vec![1, 2, 3, 4] }]);
    }

    #[test]
    fn minhash_estimates_jaccard() {
        let hasher = MinHasher::new(512, 7);
        let a: Vec<u32> = (0..300).collect();
        let b: Vec<u32> = (100..400).collect();
        let (mut sa, mut sb, mut scratch) = (vec![0; 512], vec![0; 512], vec![0; 512]);
        hasher.sign(&a.iter().map(|x| (mix(*x as u64) >> 32) as u32).collect::<Vec<_>>(), &mut scratch, &mut sa);
        hasher.sign(&b.iter().map(|x| (mix(*x as u64) >> 32) as u32).collect::<Vec<_>>(), &mut scratch, &mut sb);
        let estimate = similarity(&sa, &sb);
        assert!((estimate - 0.5).abs() < 0.07, "{estimate}");
    }
}
