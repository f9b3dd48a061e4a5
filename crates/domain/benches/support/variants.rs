//! Form-letter campaigns as campaign tools and people vary them: synonym swaps, sentence reordering, typos,
//! added greetings and signatures, case and punctuation changes; and organic comments on the same topic.
//! Shared by the duplicates tests and benchmark; deterministic for a given generator state.

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
