//! Form-letter campaigns as campaign tools and people vary them: synonym swaps, sentence reordering, typos,
//! added greetings and signatures, case and punctuation changes; and organic comments on the same topic.
//! Shared by the duplicates tests and benchmark; deterministic for a given generator state.
#![allow(dead_code)]

use super::random::Random;

/// Pairs used both ways: the words campaign spinners swap in the FCC 17-108 letters.
const SYNONYMS: [(&str, &str); 40] = [
    ("internet", "web"),
    ("order", "ruling"),
    ("repeal", "overturn"),
    ("protect", "safeguard"),
    ("strongly", "firmly"),
    ("proposal", "plan"),
    ("regulations", "rules"),
    ("support", "back"),
    ("urge", "ask"),
    ("companies", "corporations"),
    ("consumers", "customers"),
    ("giant", "huge"),
    ("free", "unrestricted"),
    ("oppose", "object to"),
    ("vital", "essential"),
    ("right", "freedom"),
    ("power", "authority"),
    ("commission", "agency"),
    ("framework", "structure"),
    ("innovation", "invention"),
    ("economy", "market"),
    ("small", "little"),
    ("large", "big"),
    ("immediately", "promptly"),
    ("believe", "think"),
    ("citizens", "people"),
    ("deserve", "ought"),
    ("choose", "prefer"),
    ("wrong", "mistaken"),
    ("designed", "built"),
    ("exists", "survives"),
    ("reason", "cause"),
    ("create", "build"),
    ("ensure", "make sure"),
    ("allowed", "permitted"),
    ("stop", "end"),
    ("obvious", "clear"),
    ("keep", "maintain"),
    ("fully", "completely"),
    ("threatening", "endangering"),
];

const GREETINGS: [&str; 6] = ["Dear FCC,", "To the Commission:", "Hello,", "Dear Chairman Pai,", "To whom it may concern,", "FCC -"];
const CLOSINGS: [&str; 5] = ["Sincerely,", "Thank you.", "Regards,", "Thanks for reading.", "Respectfully submitted,"];
const NAMES: [&str; 8] = ["J. Smith", "Maria Garcia", "Wei Chen", "A. Johnson", "Fatima Ali", "Ivan Petrov", "K. Nguyen", "Sam Lee"];
const CITIES: [&str; 6] = ["Ohio", "Austin TX", "Portland", "Miami", "Denver CO", "Boston"];

/// Topic words for organic comments: they share vocabulary with the campaigns but not their sentences.
const TOPIC: [&str; 48] = [
    "net",
    "neutrality",
    "internet",
    "fcc",
    "title",
    "ii",
    "isp",
    "comcast",
    "verizon",
    "broadband",
    "speed",
    "price",
    "rural",
    "access",
    "my",
    "family",
    "business",
    "we",
    "need",
    "fair",
    "competition",
    "streaming",
    "video",
    "blocked",
    "throttled",
    "pay",
    "more",
    "less",
    "future",
    "kids",
    "school",
    "library",
    "choice",
    "only",
    "one",
    "provider",
    "town",
    "bill",
    "rules",
    "please",
    "keep",
    "remove",
    "government",
    "market",
    "startup",
    "online",
    "service",
    "cost",
];
const FILLER: [&str; 24] = [
    "the", "a", "and", "to", "of", "is", "it", "in", "for", "that", "this", "not", "be", "are", "have", "with", "as", "on", "at", "if",
    "so", "but", "can", "would",
];

fn chance(random: &mut Random, percent: u64) -> bool {
    random.below(100) < percent
}

fn pick<'a>(random: &mut Random, from: &[&'a str]) -> &'a str {
    from[random.below(from.len() as u64) as usize]
}

/// A variant of `template`; `strength` (0–3) scales how many edits are made.
pub fn variant(template: &str, strength: u64, random: &mut Random) -> String {
    let mut sentences: Vec<String> =
        template.split_inclusive(['.', '!', '?']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    if sentences.len() > 2 && chance(random, 30) {
        let i = random.below(sentences.len() as u64 - 1) as usize;
        sentences.swap(i, i + 1);
    }
    let mut words: Vec<String> = sentences.join(" ").split_whitespace().map(str::to_string).collect();
    swap_synonyms(&mut words, strength, random);
    for _ in 0..random.below(strength + 1) {
        typo(&mut words, random);
    }
    let mut text = words.join(" ");
    if chance(random, 30) {
        text = format!("{}\n\n{text}", pick(random, &GREETINGS));
    }
    if chance(random, 40) {
        text = format!("{text}\n\n{}\n{}, {}", pick(random, &CLOSINGS), pick(random, &NAMES), pick(random, &CITIES));
    }
    restyle(text, random)
}

fn swap_synonyms(words: &mut [String], strength: u64, random: &mut Random) {
    let mut budget = random.below(strength + 2);
    for word in words.iter_mut() {
        if budget == 0 {
            return;
        }
        let bare: String = word.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
        let other = SYNONYMS.iter().find_map(|(a, b)| {
            if bare == *a {
                Some(b)
            } else if bare == *b {
                Some(a)
            } else {
                None
            }
        });
        if let Some(other) = other
            && chance(random, 40)
        {
            let tail: String = word.chars().skip_while(|c| c.is_alphanumeric()).collect();
            *word = format!("{other}{tail}");
            budget -= 1;
        }
    }
}

fn typo(words: &mut [String], random: &mut Random) {
    let at = random.below(words.len() as u64) as usize;
    let mut chars: Vec<char> = words[at].chars().collect();
    if chars.len() < 3 {
        return;
    }
    let i = random.below(chars.len() as u64 - 1) as usize;
    match random.below(3) {
        0 => chars.swap(i, i + 1),
        1 => {
            chars.remove(i);
        }
        _ => chars.insert(i, (b'a' + random.below(26) as u8) as char),
    }
    words[at] = chars.into_iter().collect();
}

/// Changes normalisation must undo: case, punctuation, spacing.
fn restyle(text: String, random: &mut Random) -> String {
    match random.below(10) {
        0 => text.to_lowercase(),
        1 => text.to_uppercase(),
        2 => text.chars().filter(|c| !c.is_ascii_punctuation()).collect(),
        3 => text.replace(' ', "  ").replace('.', "!!"),
        _ => text,
    }
}

/// A comment someone wrote themselves, 12–80 words on the campaigns' topic.
pub fn organic(random: &mut Random) -> String {
    let length = 12 + random.below(69);
    let words: Vec<&str> = (0..length).map(|_| if chance(random, 55) { pick(random, &TOPIC) } else { pick(random, &FILLER) }).collect();
    let mut text = words.join(" ");
    text.push('.');
    text
}

/// Pair recall and precision of `clusters` against the truth: `template_of` maps a comment to the template it
/// was generated from (organic comments are absent); `copies[t]` is how many comments template `t` produced.
/// Recall: pairs of one template found in one cluster. Precision: pairs in one cluster that share a template.
pub fn pair_scores(
    clusters: &[agora_domain::consultations::duplicates::Cluster],
    template_of: &std::collections::HashMap<i64, usize>,
    copies: &[usize],
) -> (f64, f64) {
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let (mut together, mut clustered) = (0.0, 0.0);
    for cluster in clusters {
        let mut per_template = vec![0usize; copies.len()];
        for id in &cluster.members {
            if let Some(t) = template_of.get(id) {
                per_template[*t] += 1;
            }
        }
        together += per_template.iter().map(|n| pairs(*n)).sum::<f64>();
        clustered += pairs(cluster.members.len());
    }
    let truth: f64 = copies.iter().map(|n| pairs(*n)).sum();
    (together / truth.max(1.0), if clustered == 0.0 { 1.0 } else { together / clustered })
}

// ---------------------------------------------------------------------------------------------------------
// Personalised and spun copies, and excerpts of a template at a given length (issue #17, part 3).

/// Words the spinner leaves in place: its own short list, deliberately not the one the domain uses.
const KEPT: [&str; 56] = [
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this", "these",
    "those", "it", "its", "is", "are", "was", "be", "been", "has", "have", "had", "i", "we", "you", "they", "our", "my", "your", "their",
    "not", "no", "will", "would", "can", "should", "must", "which", "who", "what", "than", "so", "all", "any", "more", "most", "very",
];

/// Content words a spinner offers as alternatives when the synonym table has none.
const ALTERNATIVES: [&str; 40] = [
    "plainly",
    "wholly",
    "policy",
    "decision",
    "move",
    "step",
    "public",
    "nation",
    "country",
    "people",
    "folks",
    "users",
    "access",
    "service",
    "choice",
    "control",
    "freedom",
    "liberty",
    "market",
    "growth",
    "truly",
    "really",
    "totally",
    "openly",
    "fairly",
    "harmful",
    "dangerous",
    "unfair",
    "unjust",
    "needed",
    "important",
    "crucial",
    "key",
    "major",
    "basic",
    "core",
    "open",
    "online",
    "digital",
    "modern",
];

fn bare(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect::<String>().to_lowercase()
}

fn sentences_of(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '!', '?']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// A copy a person personalised: a greeting, a signature, about one
/// content word in seven swapped for a synonym or another word, one sentence dropped and one moved.
pub fn personalised(template: &str, random: &mut Random) -> String {
    let mut sentences = sentences_of(template);
    if sentences.len() >= 3 && chance(random, 40) {
        sentences.remove(random.below(sentences.len() as u64) as usize);
    }
    if sentences.len() >= 2 && chance(random, 40) {
        let moved = sentences.remove(random.below(sentences.len() as u64) as usize);
        sentences.insert(random.below(sentences.len() as u64 + 1) as usize, moved);
    }
    let words: Vec<String> = sentences
        .join(" ")
        .split_whitespace()
        .map(|word| {
            let core = bare(word);
            if KEPT.contains(&core.as_str()) || core.is_empty() || !chance(random, 15) {
                return word.to_string();
            }
            let tail: String = word.chars().rev().take_while(|c| c.is_ascii_punctuation()).collect::<Vec<_>>().into_iter().rev().collect();
            let synonym = SYNONYMS.iter().find_map(|(a, b)| (core == *a).then_some(*b).or((core == *b).then_some(*a)));
            format!("{}{tail}", synonym.unwrap_or_else(|| pick(random, &ALTERNATIVES)))
        })
        .collect();
    let mut text = words.join(" ");
    if chance(random, 70) {
        text = format!("{} {text}", pick(random, &GREETINGS));
    }
    if chance(random, 70) {
        text = format!("{text}\n{} {}, {}", pick(random, &CLOSINGS), pick(random, &NAMES), pick(random, &CITIES));
    }
    restyle(text, random)
}

/// A spinner's template: the template's words, each content word a slot of three alternatives (the original,
/// a synonym where the table has one, other content words; now and then two words).
pub struct Spintax(Vec<Vec<String>>);

pub fn spintax(template: &str, random: &mut Random) -> Spintax {
    let slots = template
        .split_whitespace()
        .map(|word| {
            let core = bare(word);
            if KEPT.contains(&core.as_str()) || core.is_empty() {
                return vec![word.to_string()];
            }
            let tail: String = word.chars().rev().take_while(|c| c.is_ascii_punctuation()).collect::<Vec<_>>().into_iter().rev().collect();
            let synonym = SYNONYMS.iter().find_map(|(a, b)| (core == *a).then_some(*b).or((core == *b).then_some(*a)));
            let mut options = vec![word.to_string()];
            for k in 0..2 {
                let other = match (k, synonym) {
                    (0, Some(s)) => s.to_string(),
                    _ => pick(random, &ALTERNATIVES).to_string(),
                };
                let other = if chance(random, 15) { format!("{} {other}", pick(random, &ALTERNATIVES)) } else { other };
                options.push(format!("{other}{tail}"));
            }
            options
        })
        .collect();
    Spintax(slots)
}

impl Spintax {
    /// One spun text: every slot rotated independently.
    pub fn spin(&self, random: &mut Random) -> String {
        let words: Vec<&str> = self.0.iter().map(|options| options[random.below(options.len() as u64) as usize].as_str()).collect();
        restyle(words.join(" "), random)
    }
}

/// Whole sentences of `template`, from sentence `start` on, until at least `min` words; clipped to `max` words
/// (a clipped text ends with a full stop). None when the template is shorter than `min`.
pub fn excerpt(template: &str, start: usize, min: usize, max: usize) -> Option<String> {
    let sentences = sentences_of(template);
    let total: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
    if total < min {
        return None;
    }
    let mut words: Vec<&str> = Vec::new();
    for s in sentences.iter().cycle().skip(start % sentences.len()).take(sentences.len()) {
        if words.len() >= min {
            break;
        }
        words.extend(s.split_whitespace());
    }
    if words.len() > max {
        words.truncate(max);
        let last = words.len() - 1;
        let clipped = format!("{}.", words[last].trim_end_matches(|c: char| c.is_ascii_punctuation()));
        return Some(format!("{} {clipped}", words[..last].join(" ")).trim().to_string());
    }
    Some(words.join(" "))
}
