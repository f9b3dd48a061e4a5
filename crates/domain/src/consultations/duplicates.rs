//! Form letters and floods in a public consultation: text normalisation, junk detection, near-duplicate
//! clustering (word shingles and sentence skeletons, MinHash signatures, LSH banding, word alignment of the
//! letters' bodies, union-find) and bursts of submissions from one network. A campaign sent 100,000 times is
//! shown as one text with its true count and a few variants; personalised copies (greeting, signature,
//! synonyms, a sentence dropped or moved) and spun copies (synonyms rotated in every slot) join it.

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
    /// Estimated Jaccard similarity of the shingle sets from which two texts belong to one campaign without
    /// being aligned. Default 0.4: distinct FCC 17-108 templates on the same topic are at most 0.02 apart (test
    /// `campaigns_are_far_apart_and_the_threshold_sits_between`). Less similar pairs are confirmed by alignment;
    /// recall and precision by letter length are in docs/consultations.md (test
    /// `personalised_and_spun_copies_by_length`).
    pub similarity: f64,
    /// Estimated shingle similarity from which a candidate pair is checked by word alignment. Default 0.1:
    /// a personalised copy of a short letter shares few shingles with another (a greeting and a signature on
    /// each side, a synonym in a ten-word letter), and chance pairs this close are rejected by the alignment.
    pub candidate_similarity: f64,
    /// Words of each body aligned at most (the first ones). Default 400: bounds the quadratic alignment.
    pub align_words: usize,
    /// Share of aligned words, 2 × common subsequence / (words₁ + words₂), from which two bodies of at least
    /// `short_letter_words` words are one campaign. Default 0.6.
    pub aligned_share: f64,
    /// The same for shorter bodies, where a few function words in the same order are already a large share.
    /// Default 0.7.
    pub short_aligned_share: f64,
    pub short_letter_words: usize,
    /// Share of the shorter body (of at least `short_letter_words` words) that, aligned within the longer one,
    /// makes them one campaign whatever the longer adds: a copy with a sentence dropped. Default 0.8.
    pub contained_share: f64,
    /// Greeting: a first clause of at most this many words opening with a salutation ("Dear FCC,") or ending
    /// in a colon. Default 6.
    pub greeting_words: usize,
    /// Closing: from the last valediction ("Sincerely", "Regards", "Thank you") among the final this many
    /// words. Default 12.
    pub closing_words: usize,
    /// Skeleton tokens (function words and runs of content words) per skeleton shingle. Default 5.
    pub skeleton_words: usize,
    /// MinHash values of the skeleton signature, and its LSH bands × rows. Default 64, 21 × 3.
    pub skeleton_hashes: usize,
    pub skeleton_bands: usize,
    pub skeleton_rows: usize,
    /// Estimated skeleton similarity from which a pair is a spun copy, if its words also align over
    /// `skeleton_aligned_share`. Default 0.5.
    pub skeleton_similarity: f64,
    pub skeleton_aligned_share: f64,
    /// Function words both texts need before their skeletons are compared: short skeletons ("I _ the _") are
    /// everyone's. Default 10.
    pub skeleton_function_words: usize,
    /// Short letters (a body under `short_letter_words` words) have too few function words for skeleton
    /// shingles, and a spun copy of one shares only the words the spinner happened to leave alike. But the
    /// spinner keeps the function words where they are and only rotates the content words between them, so
    /// spun copies keep the letter's **frame**: its function words in order, with the number of content words
    /// between each two ("the ·4· a ·2· in ·1·"). Frame differences: tokens (a function word or a count) in
    /// which two frames may differ. Default 1: a spinner's two-word alternative changes one count, its
    /// "object to" for "oppose" adds one function word; texts whose frames agree but for one token while their
    /// words do not are rare, because the counts place every function word.
    pub frame_differences: usize,
    /// Function words each short body needs for its frame to count: "Keep _ now" is anyone's. Default 3.
    pub frame_function_words: usize,
    /// Content words (not function words) that must also align, in order and each in the same slot (after as
    /// many function words), between two short bodies of one frame. Default 1: of the 22,578 pairs of the 213 short Polis statements in the tests, the pairs of one
    /// frame share their function words and no content word ("I can speak a European language", "I can
    /// explain a Condorcet voting system"), while a spinner keeps each content word with a chance of one in
    /// three — two copies of a 7-slot letter share one or more 94 times in 100, and the others are joined
    /// through their campaign's other copies.
    pub frame_content_words: usize,
    /// How many variants each cluster shows besides its representative. Default 3.
    pub representatives: usize,
    /// Texts with fewer words (characters in unspaced scripts) are junk, and junk is never a campaign.
    /// Default 4: "ok", "+1", "I agree", "totally agree" — a thousand of them are replies, not a letter.
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
    /// Threads for normalising, signing and sorting the LSH bands (0: all cores). Results do not depend on it.
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
            candidate_similarity: 0.1,
            align_words: 400,
            aligned_share: 0.6,
            short_aligned_share: 0.7,
            short_letter_words: 20,
            contained_share: 0.8,
            greeting_words: 6,
            closing_words: 12,
            skeleton_words: 5,
            skeleton_hashes: 64,
            skeleton_bands: 21,
            skeleton_rows: 3,
            skeleton_similarity: 0.5,
            skeleton_aligned_share: 0.35,
            skeleton_function_words: 6,
            frame_differences: 1,
            frame_function_words: 3,
            frame_content_words: 1,
            representatives: 3,
            min_words: 4,
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
    if text.is_ascii() { normalise_ascii(text, out) } else { normalise_chars(text, out) }
}

fn normalise_chars(text: &str, out: &mut String) {
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

/// `normalise_into` for ASCII text, a word at a time: most consultation text is ASCII, and a million comments
/// are normalised once or twice (fingerprint, then body), so the per-character Unicode path is worth avoiding.
fn normalise_ascii(text: &str, out: &mut String) {
    let apostrophe = |b: &u8| *b == b'\'' || *b == b'`';
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.clear();
    bytes.reserve(text.len());
    for word in text.as_bytes().split(|b| !b.is_ascii_alphanumeric() && !apostrophe(b)) {
        if !word.iter().any(u8::is_ascii_alphanumeric) {
            continue;
        }
        if !bytes.is_empty() {
            bytes.push(b' ');
        }
        if word.iter().any(apostrophe) {
            bytes.extend(word.iter().filter(|b| !apostrophe(b)).map(u8::to_ascii_lowercase));
        } else {
            bytes.extend(word.iter().map(u8::to_ascii_lowercase));
        }
    }
    *out = String::from_utf8(bytes).expect("ASCII in, ASCII out");
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

/// Seeds of the units' hashes and of the function words' skeleton tokens.
const UNIT_SEED: u64 = 0xA409_3822_299F_31D0;
const SKELETON_SEED: u64 = 0x0801_3F2D_6A0C_5B15;

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
///
/// The 64-bit a and b are kept as 32-bit halves and h computed as hi32(a_lo·x + b_lo) + a_hi·x + b_hi
/// (mod 2³²) — the same value, exactly — because a 32 × 32-bit multiply vectorises on any x86-64 and a
/// 64-bit one does not: signing is most of the clustering's time.
struct MinHasher {
    a_low: Vec<u32>,
    a_high: Vec<u32>,
    b_low: Vec<u32>,
    b_high: Vec<u32>,
}

impl MinHasher {
    fn new(hashes: usize, seed: u64) -> Self {
        let mut random = SplitMix(seed);
        let a: Vec<u64> = (0..hashes).map(|_| random.next() | 1).collect();
        let b: Vec<u64> = (0..hashes).map(|_| random.next()).collect();
        let (low, high) =
            (|v: &Vec<u64>| v.iter().map(|x| *x as u32).collect(), |v: &Vec<u64>| v.iter().map(|x| (*x >> 32) as u32).collect());
        MinHasher { a_low: low(&a), a_high: high(&a), b_low: low(&b), b_high: high(&b) }
    }

    fn len(&self) -> usize {
        self.a_low.len()
    }

    /// Only the low 16 bits of each minimum are kept (b-bit MinHash): they match by chance with probability
    /// 1/65,536, a negligible bias, and halve the memory.
    fn sign(&self, shingles: &[u32], scratch: &mut [u32], out: &mut [u16]) {
        let n = self.len();
        let (a_low, a_high, b_low, b_high) = (&self.a_low[..n], &self.a_high[..n], &self.b_low[..n], &self.b_high[..n]);
        let scratch = &mut scratch[..n];
        scratch.fill(u32::MAX);
        for &x in shingles {
            let wide = u64::from(x);
            for i in 0..n {
                let carry = ((u64::from(a_low[i]) * wide + u64::from(b_low[i])) >> 32) as u32;
                let h = carry.wrapping_add(a_high[i].wrapping_mul(x)).wrapping_add(b_high[i]);
                scratch[i] = scratch[i].min(h);
            }
        }
        for (o, m) in out.iter_mut().zip(scratch.iter()) {
            *o = *m as u16;
        }
    }
}

fn similarity(a: &[u16], b: &[u16]) -> f64 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f64 / a.len().max(1) as f64
}

// ---------------------------------------------------------------------------------------------------------
// Personalised and spun copies: the letter's body, its sentence skeleton, word alignment

/// Words that open a greeting clause: "Dear FCC,", "Hello,". "To …" is a greeting only as "To whom" or when
/// the clause ends in a colon ("To the Commission:"): "To protect the internet, …" is the letter.
const SALUTATIONS: [&str; 8] = ["attention", "attn", "dear", "good", "greetings", "hello", "hey", "hi"];

/// Words that open a closing: "Sincerely, …", "Thank you. …", "Regards, …".
const VALEDICTIONS: [&str; 10] =
    ["best", "cheers", "cordially", "regards", "respectfully", "signed", "sincerely", "thank", "thanks", "yours"];

/// English function words, sorted: what stays of a sentence when a spinner rotates synonyms through every other
/// slot. Content words become one placeholder in the skeleton.
const FUNCTION_WORDS: [&str; 119] = [
    "a", "about", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
    "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "dont", "during", "each", "either", "every", "for",
    "from", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "im", "in", "into", "is", "isnt", "it",
    "its", "just", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "on", "once",
    "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
];

#[cfg(test)]
fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.binary_search(&word).is_ok()
}

/// Each function word's unit hash and skeleton token, sorted by unit hash: the skeleton is read off the body's
/// unit hashes, with no second pass over its words and no string comparisons.
fn function_word_tokens() -> &'static [(u64, u64)] {
    static TOKENS: std::sync::OnceLock<Vec<(u64, u64)>> = std::sync::OnceLock::new();
    TOKENS.get_or_init(|| {
        let mut tokens: Vec<(u64, u64)> =
            FUNCTION_WORDS.iter().map(|w| (hash_bytes(w.as_bytes(), UNIT_SEED), hash_bytes(w.as_bytes(), SKELETON_SEED))).collect();
        tokens.sort_unstable();
        tokens
    })
}

/// The letter without its greeting and closing, which personalised copies change: a first clause of at most
/// `greeting_words` words that opens with a salutation or ends in a colon, and everything from the last
/// valediction among the final `closing_words` words. The whole text when nothing would remain.
pub fn body<'t>(text: &'t str, settings: &DuplicateSettings) -> &'t str {
    let start = greeting_end(text, settings.greeting_words);
    let end = closing_start(&text[start..], settings.closing_words).map_or(text.len(), |at| start + at);
    let body = &text[start..end];
    if body.chars().any(char::is_alphanumeric) { body } else { text }
}

/// Whether the text's first word, lowercased, is one of `words` (which are lowercase ASCII). Not allocating:
/// every distinct text of a million goes through here.
fn first_word_in(text: &str, words: &[&str]) -> bool {
    let Some(word) = text.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()) else { return false };
    if word.is_ascii() { words.iter().any(|w| w.eq_ignore_ascii_case(word)) } else { words.contains(&word.to_lowercase().as_str()) }
}

fn greeting_end(text: &str, limit: usize) -> usize {
    let Some(at) = text.find([',', ':', '\n', ';', '—', '–']) else { return 0 };
    let clause = &text[..at];
    let words = clause.split_whitespace().count();
    let colon = text[at..].starts_with(':');
    let opens = first_word_in(clause, &SALUTATIONS) || starts_with_ignoring_case(clause.trim_start(), "to whom");
    if words == 0 || words > limit || !(opens || colon) {
        return 0;
    }
    at + text[at..].chars().next().map_or(0, char::len_utf8)
}

/// `text.to_lowercase().starts_with(prefix)` for a lowercase ASCII prefix, without lowercasing the whole text.
fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    match text.get(..prefix.len()) {
        Some(head) if head.is_ascii() => head.eq_ignore_ascii_case(prefix),
        _ => text.to_lowercase().starts_with(prefix),
    }
}

fn closing_start(text: &str, limit: usize) -> Option<usize> {
    let starts = last_word_starts(text, limit);
    starts.into_iter().rev().filter(|i| *i > 0).find(|i| {
        let before = text[..*i].trim_end();
        let boundary = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ',', ';', ':']) || text[..*i].ends_with('\n');
        boundary && first_word_in(&text[*i..], &VALEDICTIONS)
    })
}

/// Byte offsets of the last `limit` words' first characters, last first; read from the end, so a long letter
/// is not scanned whole.
fn last_word_starts(text: &str, limit: usize) -> Vec<usize> {
    let mut starts = Vec::with_capacity(limit);
    let mut chars = text.char_indices().rev().peekable();
    while starts.len() < limit {
        let Some((i, c)) = chars.next() else { break };
        let previous_alphanumeric = chars.peek().is_some_and(|(_, p)| p.is_alphanumeric());
        if c.is_alphanumeric() && !previous_alphanumeric {
            starts.push(i);
        }
    }
    starts
}

/// Hashes of the units of a normalised text.
fn unit_hashes(normalised: &str, out: &mut Vec<u64>) {
    out.clear();
    // ASCII has no unspaced scripts: its units are its words.
    if normalised.is_ascii() {
        out.extend(normalised.split(' ').filter(|w| !w.is_empty()).map(|u| hash_bytes(u.as_bytes(), UNIT_SEED)));
    } else {
        out.extend(units(normalised).map(|u| hash_bytes(u.as_bytes(), UNIT_SEED)));
    }
}

/// The sentence skeleton of a body given as unit hashes: function words as themselves, each run of content
/// words as one placeholder, so that "I strongly urge the commission" and "I firmly ask the agency" have the
/// same skeleton. Returns the function words.
fn skeleton(units: &[u64], out: &mut Vec<u64>) -> usize {
    const PLACEHOLDER: u64 = 0x5F5F_5F5F;
    let tokens = function_word_tokens();
    out.clear();
    let mut function_words = 0;
    for unit in units {
        if let Ok(at) = tokens.binary_search_by_key(unit, |t| t.0) {
            function_words += 1;
            out.push(tokens[at].1);
        } else if out.last() != Some(&PLACEHOLDER) {
            out.push(PLACEHOLDER);
        }
    }
    function_words
}

/// Hashes of every run of `n` consecutive values; a sequence shorter than `n` is one shingle.
fn runs_of(values: &[u64], n: usize, out: &mut Vec<u32>) {
    out.clear();
    if values.is_empty() {
        return;
    }
    let n = n.max(1).min(values.len());
    out.extend(values.windows(n).map(|w| {
        let h = w.iter().fold(0u64, |h, u| (h.rotate_left(17) ^ u).wrapping_mul(GOLDEN));
        (mix(h) >> 32) as u32
    }));
}

/// Words of two sequences that align: the longest common subsequence (words in the same order, gaps allowed),
/// then that of the words it left over, so that a sentence moved elsewhere still aligns.
fn aligned_words(a: &[u64], b: &[u64]) -> usize {
    let (first, left_a, left_b) = common_subsequence(a, b);
    first + common_subsequence(&left_a, &left_b).0
}

/// Length of the longest common subsequence of two word sequences, and the words of each it leaves out.
fn common_subsequence(a: &[u64], b: &[u64]) -> (usize, Vec<u64>, Vec<u64>) {
    let width = b.len() + 1;
    let mut table = vec![0u32; (a.len() + 1) * width];
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            table[(i + 1) * width + j + 1] =
                if x == y { table[i * width + j] + 1 } else { table[i * width + j + 1].max(table[(i + 1) * width + j]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let (mut left_a, mut left_b) = (Vec::new(), Vec::new());
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            i -= 1;
            j -= 1;
        } else if table[(i - 1) * width + j] >= table[i * width + j - 1] {
            i -= 1;
            left_a.push(a[i]);
        } else {
            j -= 1;
            left_b.push(b[j]);
        }
    }
    left_a.extend(a[..i].iter().rev());
    left_b.extend(b[..j].iter().rev());
    left_a.reverse();
    left_b.reverse();
    (table[a.len() * width + b.len()] as usize, left_a, left_b)
}

/// How two texts compare, with the verdict and its reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Words in each text's body (greeting and closing left out), at most `align_words`.
    pub words: (usize, usize),
    /// Words of the bodies that align: the longest common subsequence.
    pub aligned: usize,
    /// Content words (not function words) of the bodies that align in order, each in its slot (after as many
    /// function words in both).
    pub content_aligned: usize,
    /// Exact Jaccard similarity of the bodies' word shingles and of their skeleton shingles.
    pub shingle_similarity: f64,
    pub skeleton_similarity: f64,
    /// Function words in the shorter skeleton.
    pub function_words: usize,
    /// Tokens of the longer frame (function words, counts of content words between them) that do not align
    /// with the other's: how far apart two short letters' frames are.
    pub frame_differences: usize,
    pub verdict: Option<Likeness>,
}

/// Why two texts belong to one campaign.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Likeness {
    /// They share at least `similarity` of their word shingles: copies with a few words changed.
    SharedWording { similarity: f64 },
    /// Their words align over at least the share the settings require for their length: a personalised copy
    /// (greeting, signature, synonyms, a sentence dropped or moved).
    AlignedWords { aligned: usize, words: usize },
    /// Same sentence skeleton and enough aligned words: a spun copy (synonyms rotated in every slot).
    SameSkeleton { similarity: f64, aligned: usize, words: usize },
    /// Short letters with the same frame — function words in the same order, content slots between them —
    /// and enough aligned words: a spun copy of a short letter.
    SameFrame { differences: usize, content_aligned: usize, words: usize },
}

impl Likeness {
    pub fn code(&self) -> &'static str {
        match self {
            Likeness::SharedWording { .. } => "shared-wording",
            Likeness::AlignedWords { .. } => "aligned-words",
            Likeness::SameSkeleton { .. } => "same-skeleton",
            Likeness::SameFrame { .. } => "same-frame",
        }
    }
}

/// The share of aligned words (2 × aligned / (words₁ + words₂)) two bodies need to be one campaign: lower for
/// long letters, where chance alignments of function words stay far below it, higher for short ones.
pub fn aligned_share_needed(words: usize, settings: &DuplicateSettings) -> f64 {
    if words < settings.short_letter_words { settings.short_aligned_share } else { settings.aligned_share }
}

fn dice(aligned: usize, words: (usize, usize)) -> f64 {
    2.0 * aligned as f64 / (words.0 + words.1).max(1) as f64
}

/// The alignment verdict on two bodies of `words` words of which `aligned` align.
/// Alike when the aligned share reaches what their length needs, or when a body of at least
/// `short_letter_words` words aligns almost whole within the other (a copy with sentences dropped).
fn aligned_verdict(aligned: usize, words: (usize, usize), settings: &DuplicateSettings) -> Option<Likeness> {
    let shorter = words.0.min(words.1);
    let shared = dice(aligned, words) >= aligned_share_needed(shorter, settings);
    let contained = shorter >= settings.short_letter_words && aligned as f64 >= settings.contained_share * shorter as f64;
    (shorter >= settings.min_words && (shared || contained)).then_some(Likeness::AlignedWords { aligned, words: words.0.max(words.1) })
}

/// The skeleton verdict: skeletons alike, enough function words to tell them from chance, and words aligned.
fn skeleton_verdict(
    skeleton_similarity: f64,
    function_words: usize,
    aligned: usize,
    words: (usize, usize),
    settings: &DuplicateSettings,
) -> Option<Likeness> {
    (function_words >= settings.skeleton_function_words
        && skeleton_similarity >= settings.skeleton_similarity
        && dice(aligned, words) >= settings.skeleton_aligned_share)
        .then_some(Likeness::SameSkeleton { similarity: skeleton_similarity, aligned, words: words.0.max(words.1) })
}

/// The frame verdict on two bodies, the shorter under `short_letter_words` words: their frames differ in at
/// most `frame_differences` tokens, each has `frame_function_words` function words, and at least
/// `frame_content_words` of their content words align too.
fn frame_verdict(
    differences: usize,
    function_words: usize,
    content_aligned: usize,
    words: (usize, usize),
    settings: &DuplicateSettings,
) -> Option<Likeness> {
    let shorter = words.0.min(words.1);
    (shorter >= settings.min_words
        && shorter < settings.short_letter_words
        && function_words >= settings.frame_function_words
        && differences <= settings.frame_differences
        && content_aligned >= settings.frame_content_words)
        .then_some(Likeness::SameFrame { differences, content_aligned, words: words.0.max(words.1) })
}

/// The content words of a body given as unit hashes, each with its slot: the number of function words before
/// it. A spinner leaves a kept word in its slot; a word two texts share by chance is seldom in the same one.
fn content_in_slots(units: &[u64]) -> Vec<u64> {
    let tokens = function_word_tokens();
    let mut slot = 0u64;
    let mut out = Vec::new();
    for unit in units {
        if tokens.binary_search_by_key(unit, |t| t.0).is_ok() {
            slot += 1;
        } else {
            out.push(mix(unit ^ slot.wrapping_mul(GOLDEN)));
        }
    }
    out
}

/// The content words of a body given as unit hashes: its units that are not function words.
fn content_words(units: &[u64]) -> Vec<u64> {
    let tokens = function_word_tokens();
    units.iter().copied().filter(|u| tokens.binary_search_by_key(u, |t| t.0).is_err()).collect()
}

/// Two short comments that open with the same words ("I agree with this proposal because …") and then say
/// different things: the common opening is at least half the shorter one, and after it each has at least two
/// content words left of which none aligns with the other's. Such pairs are never one campaign, however much
/// of them the opening is: a spun or personalised copy changes words here and there, not the whole ending.
fn only_the_opening_alike(a: &[u64], b: &[u64]) -> bool {
    let opening = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (rest_a, rest_b) = (content_words(&a[opening..]), content_words(&b[opening..]));
    2 * opening >= a.len().min(b.len()) && rest_a.len() >= 2 && rest_b.len() >= 2 && common_subsequence(&rest_a, &rest_b).0 == 0
}

/// The verdict on two bodies, given the similarity of their word shingles and of their skeleton shingles
/// (exact in `compare`, estimated in clustering) and their aligned words.
fn verdict(a: &Described, b: &Described, shingles: f64, skeleton: f64, aligned: usize, settings: &DuplicateSettings) -> Option<Likeness> {
    let words = (a.units.len(), b.units.len());
    let short = words.0.min(words.1) < settings.short_letter_words;
    if short && only_the_opening_alike(&a.units, &b.units) {
        return None;
    }
    if shingles >= settings.similarity {
        return Some(Likeness::SharedWording { similarity: shingles });
    }
    let function_words = a.function_words.min(b.function_words);
    aligned_verdict(aligned, words, settings).or_else(|| skeleton_verdict(skeleton, function_words, aligned, words, settings)).or_else(
        || {
            if !short || function_words < settings.frame_function_words {
                return None;
            }
            let content = common_subsequence(&content_in_slots(&a.units), &content_in_slots(&b.units)).0;
            frame_verdict(frame_differences(&a.frame, &b.frame), function_words, content, words, settings)
        },
    )
}

/// Tokens of the longer of two frames that do not align in order with the other's.
fn frame_differences(a: &[u64], b: &[u64]) -> usize {
    a.len().max(b.len()) - common_subsequence(a, b).0
}

/// The frame of a body given as unit hashes: its function words as their skeleton tokens, and before, between
/// and after them the number of content words there. Returns the function words.
fn frame(units: &[u64], out: &mut Vec<u64>) -> usize {
    const COUNT: u64 = 0x636F_756E_7400;
    let tokens = function_word_tokens();
    out.clear();
    let (mut function_words, mut run) = (0, 0u64);
    for unit in units {
        if let Ok(at) = tokens.binary_search_by_key(unit, |t| t.0) {
            if run > 0 {
                out.push(mix(COUNT + run));
            }
            run = 0;
            function_words += 1;
            out.push(tokens[at].1);
        } else {
            run += 1;
        }
    }
    if run > 0 {
        out.push(mix(COUNT + run));
    }
    function_words
}

fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let a: std::collections::HashSet<u32> = a.iter().copied().collect();
    let b: std::collections::HashSet<u32> = b.iter().copied().collect();
    let union = a.union(&b).count();
    if union == 0 { 0.0 } else { a.intersection(&b).count() as f64 / union as f64 }
}

/// Compares two texts exactly as clustering confirms a candidate pair, with exact rather than estimated
/// similarities: the moderators' "why are these one campaign?", and the tests' measure.
pub fn compare(a: &str, b: &str, settings: &DuplicateSettings) -> Comparison {
    let mut scratch = Scratch::default();
    let a = scratch.describe(a, settings);
    let b = scratch.describe(b, settings);
    let words = (a.units.len(), b.units.len());
    let aligned = aligned_words(&a.units, &b.units);
    let shingle_similarity = jaccard(&a.shingles, &b.shingles);
    let skeleton_similarity = jaccard(&a.skeleton_shingles, &b.skeleton_shingles);
    let function_words = a.function_words.min(b.function_words);
    let differences = frame_differences(&a.frame, &b.frame);
    let verdict = verdict(&a, &b, shingle_similarity, skeleton_similarity, aligned, settings);
    let content_aligned = common_subsequence(&content_in_slots(&a.units), &content_in_slots(&b.units)).0;
    Comparison {
        words,
        aligned,
        content_aligned,
        shingle_similarity,
        skeleton_similarity,
        function_words,
        frame_differences: differences,
        verdict,
    }
}

/// What comparing needs of one text's body.
struct Described {
    /// Units (at most `align_words`), word shingles, frame, skeleton shingles.
    units: Vec<u64>,
    shingles: Vec<u32>,
    frame: Vec<u64>,
    skeleton_shingles: Vec<u32>,
    function_words: usize,
}

/// Buffers reused across texts.
#[derive(Default)]
struct Scratch {
    normalised: String,
    units: Vec<u64>,
    skeleton: Vec<u64>,
    shingles: Vec<u32>,
    skeleton_shingles: Vec<u32>,
}

impl Scratch {
    /// Body units (at most `align_words`), word shingles, frame, skeleton shingles and function words of `text`.
    fn describe(&mut self, text: &str, settings: &DuplicateSettings) -> Described {
        normalise_into(body(text, settings), &mut self.normalised);
        let function_words = self.sign_input(settings);
        let mut units = self.units.clone();
        units.truncate(settings.align_words);
        let mut frame_tokens = Vec::new();
        frame(&units, &mut frame_tokens);
        Described {
            units,
            shingles: self.shingles.clone(),
            frame: frame_tokens,
            skeleton_shingles: self.skeleton_shingles.clone(),
            function_words,
        }
    }

    /// Fills units, shingles and skeleton shingles of the normalised body in `normalised`; returns its
    /// function words.
    fn sign_input(&mut self, settings: &DuplicateSettings) -> usize {
        unit_hashes(&self.normalised, &mut self.units);
        runs_of(&self.units, settings.shingle_words, &mut self.shingles);
        let function_words = skeleton(&self.units, &mut self.skeleton);
        runs_of(&self.skeleton, settings.skeleton_words, &mut self.skeleton_shingles);
        function_words
    }
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
    let signatures = sign_all(texts, &distinct, settings, threads);
    let mut linker = Linker {
        texts,
        distinct: &distinct,
        signatures: &signatures,
        settings,
        threads,
        sets: UnionFind::new(distinct.len()),
        scratch: Scratch::default(),
        unlike: Default::default(),
    };
    linker.link();
    let mut sets = linker.sets;
    assemble(texts, &distinct, &text_of, &signatures, &mut sets, settings)
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

/// Per distinct text, one row of u16: the word-shingle signature, the skeleton signature (zeros when the text
/// has too few function words to have one), its body's words, its function words and whether it is junk.
struct Signatures {
    values: Vec<u16>,
    hashes: usize,
    skeleton: usize,
}

impl Signatures {
    fn width(&self) -> usize {
        self.hashes + self.skeleton + 3
    }

    fn row(&self, d: usize) -> &[u16] {
        &self.values[d * self.width()..(d + 1) * self.width()]
    }

    fn words(&self, d: usize) -> &[u16] {
        &self.row(d)[..self.hashes]
    }

    fn skeleton(&self, d: usize) -> &[u16] {
        &self.row(d)[self.hashes..self.hashes + self.skeleton]
    }

    fn body_words(&self, d: usize) -> usize {
        usize::from(self.row(d)[self.width() - 3])
    }

    fn function_words(&self, d: usize) -> usize {
        usize::from(self.row(d)[self.width() - 2])
    }

    fn junk(&self, d: usize) -> bool {
        self.row(d)[self.width() - 1] != 0
    }

    fn count(&self) -> usize {
        self.values.len() / self.width()
    }
}

fn sign_all(texts: &[(i64, &str)], distinct: &[Distinct], settings: &DuplicateSettings, threads: usize) -> Signatures {
    let words = MinHasher::new(settings.hashes.max(1), settings.seed);
    let skeletons = MinHasher::new(settings.skeleton_hashes, settings.seed ^ GOLDEN);
    let (hashes, skeleton) = (words.len(), skeletons.len());
    let width = hashes + skeleton + 3;
    let values = in_parallel(distinct, threads, |chunk| {
        let mut scratch = Scratch::default();
        let mut minima = vec![0u32; hashes.max(skeleton)];
        let mut out = vec![0u16; chunk.len() * width];
        for (d, row) in chunk.iter().zip(out.chunks_mut(width)) {
            let text = texts[d.first].1;
            normalise_into(text, &mut scratch.normalised);
            if junk_units(&scratch.normalised, settings, &mut scratch.units).is_some() {
                row[width - 1] = 1;
                continue;
            }
            // Most texts have no greeting or closing: their body is already normalised.
            let body = body(text, settings);
            if body.len() != text.len() {
                normalise_into(body, &mut scratch.normalised);
            }
            let function_words = scratch.sign_input(settings);
            words.sign(&scratch.shingles, &mut minima[..hashes], &mut row[..hashes]);
            if function_words >= settings.skeleton_function_words {
                skeletons.sign(&scratch.skeleton_shingles, &mut minima[..skeleton], &mut row[hashes..hashes + skeleton]);
            }
            row[width - 3] = scratch.units.len().min(usize::from(u16::MAX)) as u16;
            row[width - 2] = function_words.min(usize::from(u16::MAX)) as u16;
        }
        out
    });
    Signatures { values, hashes, skeleton }
}

/// Which signature a pass of LSH bands, or the frames of short letters.
#[derive(Clone, Copy, PartialEq)]
enum Pass {
    Words,
    Skeleton,
    Frame,
}

/// Keys under which a short letter's frame is filed: the frame, and the frame with each one token left out.
/// Two frames that are the same, or one token apart (one left out, added or changed), share a key.
fn frame_keys(skeleton: &[u64], out: &mut Vec<u64>) {
    let key = |skip: Option<usize>| {
        let h = skeleton
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .fold(0x0066_7261_6D65_u64, |h, (_, t)| (h.rotate_left(17) ^ t).wrapping_mul(GOLDEN));
        mix(h)
    };
    out.clear();
    out.push(key(None));
    out.extend((0..skeleton.len()).map(|i| key(Some(i))));
}

/// Links candidate pairs into campaigns: LSH over the word signature, then over the skeleton signature.
struct Linker<'a> {
    texts: &'a [(i64, &'a str)],
    distinct: &'a [Distinct],
    signatures: &'a Signatures,
    settings: &'a DuplicateSettings,
    /// Threads for sorting the bands' keys.
    threads: usize,
    sets: UnionFind,
    scratch: Scratch,
    /// Pairs already aligned and found unlike: they meet again in other bands.
    unlike: std::collections::HashSet<(u32, u32)>,
}

impl Linker<'_> {
    fn link(&mut self) {
        self.pass(Pass::Words);
        self.pass(Pass::Skeleton);
        self.frames();
    }

    /// Short letters filed under their frame keys: letters sharing a key are candidates.
    fn frames(&mut self) {
        let s = self.settings;
        let short: Vec<u32> = (0..self.signatures.count())
            .filter(|d| !self.signatures.junk(*d))
            .filter(|d| self.signatures.body_words(*d) < s.short_letter_words)
            .filter(|d| self.signatures.function_words(*d) >= s.frame_function_words)
            .map(|d| d as u32)
            .collect();
        let mut keys = in_parallel(&short, self.threads, |chunk| {
            let (mut scratch, mut keys_of) = (Scratch::default(), Vec::new());
            let mut keys = Vec::new();
            for d in chunk {
                normalise_into(body(self.texts[self.distinct[*d as usize].first].1, s), &mut scratch.normalised);
                unit_hashes(&scratch.normalised, &mut scratch.units);
                frame(&scratch.units, &mut scratch.skeleton);
                frame_keys(&scratch.skeleton, &mut keys_of);
                keys.extend(keys_of.iter().map(|k| (*k, *d)));
            }
            keys
        });
        keys.sort_unstable();
        keys.dedup();
        self.link_buckets(&keys, Pass::Frame);
    }

    /// One LSH pass over a signature's bands.
    fn pass(&mut self, pass: Pass) {
        let (hashes, rows, bands) = match pass {
            Pass::Words => (self.signatures.hashes, self.settings.rows, self.settings.bands),
            Pass::Skeleton => (self.signatures.skeleton, self.settings.skeleton_rows, self.settings.skeleton_bands),
            Pass::Frame => return,
        };
        let rows = rows.max(1);
        let bands: Vec<usize> = (0..bands.min(hashes / rows)).collect();
        let eligible: Vec<u32> = (0..self.signatures.count())
            .filter(|d| !self.signatures.junk(*d))
            .filter(|d| pass == Pass::Words || self.signatures.function_words(*d) >= self.settings.skeleton_function_words)
            .map(|d| d as u32)
            .collect();
        // Sorting a band's keys is most of a pass and needs no union-find: a few bands are sorted at once on
        // the threads, then linked one after the other in band order, so the clusters do not change.
        for group in bands.chunks(2 * self.threads) {
            let sorted =
                in_parallel(group, self.threads, |group| group.iter().map(|band| self.band_keys(pass, *band, rows, &eligible)).collect());
            for keys in sorted {
                self.link_buckets(&keys, pass);
            }
        }
    }

    /// The texts sorted by the hash of their values in one band: equal keys make a bucket.
    fn band_keys(&self, pass: Pass, band: usize, rows: usize, eligible: &[u32]) -> Vec<(u64, u32)> {
        let mut keys: Vec<(u64, u32)> = eligible
            .iter()
            .map(|d| {
                let row = match pass {
                    Pass::Skeleton => self.signatures.skeleton(*d as usize),
                    _ => self.signatures.words(*d as usize),
                };
                let values = &row[band * rows..(band + 1) * rows];
                let h = values.iter().fold(band as u64, |h, v| (h ^ u64::from(*v)).wrapping_mul(GOLDEN).rotate_left(23));
                (mix(h), *d)
            })
            .collect();
        keys.sort_unstable();
        keys
    }

    /// Texts sharing a bucket are candidates; a candidate joins the campaign of a bucket leader it is alike.
    fn link_buckets(&mut self, keys: &[(u64, u32)], pass: Pass) {
        let mut leaders: Vec<usize> = Vec::with_capacity(self.settings.bucket_leaders);
        for bucket in keys.chunk_by(|a, b| a.0 == b.0).filter(|b| b.len() > 1) {
            leaders.clear();
            for &(_, d) in bucket {
                let d = d as usize;
                if leaders.iter().any(|l| self.sets.find(*l) == self.sets.find(d)) {
                    continue;
                }
                match leaders.iter().copied().find(|l| self.alike(*l, d, pass)) {
                    Some(l) => {
                        self.sets.union(l, d);
                        // A short letter's spun copies share few words: two leaders of one frame may not be
                        // alike each other while a third copy is alike both. It joins them (short letters are
                        // few and cheap to align; long ones stay one comparison per member).
                        if pass == Pass::Frame {
                            for other in leaders.clone() {
                                if self.sets.find(other) != self.sets.find(d) && self.alike(other, d, pass) {
                                    self.sets.union(other, d);
                                }
                            }
                        }
                    }
                    None if leaders.len() < self.settings.bucket_leaders.max(1) => leaders.push(d),
                    None => {}
                }
            }
        }
    }

    /// The estimates decide clear cases; pairs in between are aligned word by word.
    fn alike(&mut self, a: usize, b: usize, pass: Pass) -> bool {
        let s = self.settings;
        let words = similarity(self.signatures.words(a), self.signatures.words(b));
        // Short letters are always aligned: two that share only their opening are not one campaign.
        let short = self.signatures.body_words(a).min(self.signatures.body_words(b)) < s.short_letter_words;
        if words >= s.similarity && !short {
            return true;
        }
        let skeletons = self.signatures.function_words(a).min(self.signatures.function_words(b)) >= s.skeleton_function_words;
        let skeleton = if skeletons { similarity(self.signatures.skeleton(a), self.signatures.skeleton(b)) } else { 0.0 };
        let worth_aligning = match pass {
            Pass::Words => words >= s.candidate_similarity || (short && words >= s.similarity),
            Pass::Skeleton => skeleton >= s.skeleton_similarity,
            // Filed under one frame key: confirmed by the frame and the alignment.
            Pass::Frame => true,
        };
        worth_aligning && self.confirmed(a, b, words, skeleton)
    }

    fn confirmed(&mut self, a: usize, b: usize, words: f64, skeleton: f64) -> bool {
        let pair = (a.min(b) as u32, a.max(b) as u32);
        if self.unlike.contains(&pair) {
            return false;
        }
        let alike = self.aligned(a, b, words, skeleton);
        if !alike {
            self.unlike.insert(pair);
        }
        alike
    }

    fn aligned(&mut self, a: usize, b: usize, words: f64, skeleton: f64) -> bool {
        let a = self.scratch.describe(self.texts[self.distinct[a].first].1, self.settings);
        let b = self.scratch.describe(self.texts[self.distinct[b].first].1, self.settings);
        let aligned = aligned_words(&a.units, &b.units);
        verdict(&a, &b, words, skeleton, aligned, self.settings).is_some()
    }
}

fn assemble(
    texts: &[(i64, &str)],
    distinct: &[Distinct],
    text_of: &[u32],
    signatures: &Signatures,
    sets: &mut UnionFind,
    settings: &DuplicateSettings,
) -> Vec<Cluster> {
    let signature = |d: usize| signatures.words(d);
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for d in (0..distinct.len()).filter(|d| !signatures.junk(*d)) {
        groups.entry(sets.find(d)).or_default().push(d);
    }
    let mut members: HashMap<usize, Vec<i64>> = HashMap::new();
    for (i, d) in text_of.iter().enumerate().filter(|(_, d)| !signatures.junk(**d as usize)) {
        let root = sets.find(*d as usize);
        if groups[&root].len() > 1 || distinct[*d as usize].copies > 1 {
            members.entry(root).or_default().push(texts[i].0);
        }
    }
    let mut clusters: Vec<Cluster> = members
        .into_iter()
        .map(|(root, mut ids)| {
            ids.sort_unstable();
            cluster_of(texts, distinct, &groups[&root], ids, &signature, settings)
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
    junk_normalised(&normalise(text), settings)
}

fn junk_normalised(normalised: &str, settings: &DuplicateSettings) -> Option<JunkReason> {
    junk_units(normalised, settings, &mut Vec::new())
}

/// The junk verdict with a reusable buffer for the units' hashes: repetition is counted by sorting them, not
/// in a map of strings, because every distinct text of a million is checked.
fn junk_units(normalised: &str, settings: &DuplicateSettings, hashes: &mut Vec<u64>) -> Option<JunkReason> {
    let letters = if normalised.is_ascii() {
        normalised.bytes().filter(u8::is_ascii_alphabetic).count()
    } else {
        normalised.chars().filter(|c| c.is_alphabetic()).count()
    };
    if letters == 0 {
        return Some(JunkReason::NoLetters);
    }
    unit_hashes(normalised, hashes);
    let words = hashes.len();
    if words < settings.min_words {
        return Some(JunkReason::TooShort { words, minimum: settings.min_words });
    }
    if letters < settings.min_letters {
        return Some(JunkReason::TooFewLetters { letters, minimum: settings.min_letters });
    }
    hashes.sort_unstable();
    let repeated = hashes.chunk_by(|a, b| a == b).map(<[u64]>::len).max().unwrap_or(0);
    (repeated as f64 > settings.repetitive_share * words as f64).then_some(JunkReason::Repetitive { repeated, words })
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
        assert_eq!(junk("ok", &s), Some(JunkReason::TooShort { words: 1, minimum: 4 }));
        assert_eq!(junk("I agree completely", &s), Some(JunkReason::TooShort { words: 3, minimum: 4 }));
        assert_eq!(junk("!!!!", &s), Some(JunkReason::NoLetters));
        assert_eq!(junk("12345 678", &s), Some(JunkReason::NoLetters));
        assert_eq!(junk("asdf asdf asdf asdf", &s), Some(JunkReason::Repetitive { repeated: 4, words: 4 }));
        assert_eq!(junk("a b c 1", &s), Some(JunkReason::TooFewLetters { letters: 3, minimum: 4 }));
        assert_eq!(junk("哈哈哈哈哈哈", &s), Some(JunkReason::Repetitive { repeated: 6, words: 6 }));
        assert_eq!(junk("I support net neutrality.", &s), None);
        assert_eq!(junk("Keep net neutrality now", &s), None);
        assert_eq!(junk("我支持網路中立", &s), None);
        assert_eq!(junk("the rules protect the open internet for the public", &s), None);
    }

    #[test]
    fn function_words_are_sorted_for_binary_search() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("the") && is_function_word("your") && !is_function_word("internet"));
    }

    #[test]
    fn the_body_leaves_out_greeting_and_closing() {
        let s = DuplicateSettings::default();
        assert_eq!(body("Dear Chairman Pai, Keep the rules. Sincerely, J. Smith, Ohio", &s).trim(), "Keep the rules.");
        assert_eq!(body("To the Commission: Keep the rules.\nThank you.\nMaria", &s).trim(), "Keep the rules.");
        // Not a greeting: the first clause is the letter.
        assert_eq!(body("To protect the open internet, keep the rules.", &s), "To protect the open internet, keep the rules.");
        // Nothing left: the whole text.
        assert_eq!(body("Thank you!", &s), "Thank you!");
    }

    #[test]
    fn a_moved_sentence_still_aligns() {
        let words = |t: &str| -> Vec<u64> { t.split(' ').map(|w| hash_bytes(w.as_bytes(), 1)).collect() };
        let a = words("one two three four five six seven eight");
        let b = words("six seven eight one two three four five");
        assert_eq!(common_subsequence(&a, &b).0, 5);
        assert_eq!(aligned_words(&a, &b), 8);
        assert_eq!(aligned_words(&a, &words("nine ten")), 0);
    }

    #[test]
    fn comparisons_give_their_reason() {
        let s = DuplicateSettings::default();
        let letter = "I urge the commission to keep the strong rules that protect the open internet for all of us.";
        let personal = "Dear FCC, I ask the agency to keep the strong rules that protect the open web for all of us. Regards, Sam";
        assert_eq!(compare(letter, personal, &s).verdict.map(|v| v.code()), Some("aligned-words"));
        let spun = "I beg the board to retain the firm laws that shield the free network for all of us.";
        let c = compare(letter, spun, &s);
        assert!(c.shingle_similarity < 0.2 && c.skeleton_similarity > 0.5, "{c:?}");
        assert_eq!(c.verdict.map(|v| v.code()), Some("same-skeleton"));
        let other = "Community networks in rural areas need spectrum and funding more than anything else.";
        assert_eq!(compare(letter, other, &s).verdict, None);
    }

    #[test]
    fn short_spun_copies_share_their_frame_and_people_their_phrasing_only() {
        let s = DuplicateSettings::default();
        // A 10-word letter and a spin of it: every content word rotated but one, the function words in place.
        let letter = "I urge the Federal Communications Commission to stop threatening the internet.";
        let spun = "I ask the federal key agency to end endangering the web.";
        let c = compare(letter, spun, &s);
        assert!(c.shingle_similarity < 0.1 && c.frame_differences == 0 && c.content_aligned == 1, "{c:?}");
        assert_eq!(c.verdict.map(|v| v.code()), Some("same-frame"));
        // Two people's comments of one frame (Polis, canadian-electoral-reform) share no content word.
        let c = compare("I can speak a European language.", "I can explain a Condorcet voting system.", &s);
        assert!(c.frame_differences == 1 && c.content_aligned == 0 && c.verdict.is_none(), "{c:?}");
        // Too few function words for a frame: "Keep _ now".
        assert_eq!(compare("Keep net neutrality now!", "Save real broadband now!", &s).verdict, None);
    }

    #[test]
    fn a_shared_opening_alone_is_not_alike() {
        let s = DuplicateSettings::default();
        let a = "I agree with this proposal because it saves money.";
        let b = "I agree with this proposal because it protects workers.";
        let c = compare(a, b, &s);
        // Seven words of nine align, which would be a personalised copy: but they differ in all that follows.
        assert!(c.aligned == 7 && c.verdict.is_none(), "{c:?}");
        // The same letter with one word of its ending changed is a copy.
        assert!(compare(a, "I agree with this proposal because it saves tax money.", &s).verdict.is_some());
    }

    proptest::proptest! {
        #[test]
        fn skeletons_one_token_apart_share_a_frame_key(
            tokens in proptest::collection::vec(0u64..6, 1..16),
            at in 0usize..16,
            token in 0u64..6,
            edit in 0u8..3,
        ) {
            let mut other = tokens.clone();
            let at = at % tokens.len();
            match edit {
                0 => { other.remove(at); }
                1 => other.insert(at, token),
                _ => other[at] = token,
            }
            let (mut a, mut b) = (Vec::new(), Vec::new());
            frame_keys(&tokens, &mut a);
            frame_keys(&other, &mut b);
            proptest::prop_assert!(a.iter().any(|k| b.contains(k)));
        }

        #[test]
        fn ascii_text_is_normalised_as_any_other(text in "[ -~\n]{0,60}") {
            let (mut bytes, mut chars) = (String::from("stale"), String::new());
            normalise_ascii(&text, &mut bytes);
            normalise_chars(&text, &mut chars);
            proptest::prop_assert_eq!(bytes, chars);
        }

        #[test]
        fn a_text_is_alike_itself_and_aligns_no_more_than_its_words(words in proptest::collection::vec("[a-z]{1,8}", 4..40), other in proptest::collection::vec("[a-z]{1,8}", 1..40)) {
            let s = DuplicateSettings::default();
            let (text, other) = (words.join(" "), other.join(" "));
            let same = compare(&text, &text, &s);
            proptest::prop_assert_eq!(same.verdict, Some(Likeness::SharedWording { similarity: 1.0 }));
            let c = compare(&text, &other, &s);
            proptest::prop_assert!(c.aligned <= c.words.0.min(c.words.1));
        }
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
    fn minhash_halves_compute_the_64_bit_function() {
        let hasher = MinHasher::new(64, 11);
        let mut random = SplitMix(3);
        for _ in 0..1000 {
            let x = random.next() as u32;
            let (mut scratch, mut out) = (vec![0; 64], vec![0; 64]);
            hasher.sign(&[x], &mut scratch, &mut out);
            for i in 0..64 {
                let a = u64::from(hasher.a_high[i]) << 32 | u64::from(hasher.a_low[i]);
                let b = u64::from(hasher.b_high[i]) << 32 | u64::from(hasher.b_low[i]);
                assert_eq!(scratch[i], (a.wrapping_mul(u64::from(x)).wrapping_add(b) >> 32) as u32);
            }
        }
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
