//! Statements: the verbatim sentences the forum's texts are made of, each with where it comes from.
//!
//! A report's key takeaways and calls to action, a transcript's speaker turns and a Message's paragraphs are cut
//! into sentences at sentence boundaries. Every statement's text is a slice of its source's text (so it is
//! verbatim by construction); a sentence longer than [`MAX_CHARS`] is cut at a word boundary and marked as an
//! excerpt. Fillers ("Thank you.", "Can you hear me?") shorter than [`MIN_WORDS`] words are left out.

use super::words::{is_filler_sentence, language};
use serde::Serialize;

/// The longest statement shown whole; a longer sentence is shown as a marked excerpt of this many characters.
pub const MAX_CHARS: usize = 420;
/// Sentences with fewer words say too little on their own to be a statement.
pub const MIN_WORDS: usize = 6;

vocabulary! {
    /// What part of the record a statement comes from.
    Kind { Takeaway = "takeaway", Call = "call", Summary = "summary", Turn = "turn", Message = "message" }
}

/// A source text and what is known of it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Origin {
    /// The session of a report or transcript, the Message's number.
    pub id: i64,
    /// Where a reader sees the source (`/sessions/12#speaker-turns`).
    pub url: String,
    pub title: String,
    pub cycle_id: i64,
    pub cycle: String,
    /// The cycle's year, for the timeline.
    pub year: i64,
    /// Unix time the text was filed, imported or published.
    pub date: i64,
}

/// One verbatim statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub kind: Kind,
    pub origin: Origin,
    /// The paragraph, takeaway, call or speaker turn it is in, from 1.
    pub position: usize,
    /// The sentence within that paragraph or turn, from 1.
    pub sentence: usize,
    /// The speaker of a turn (as the captions name them), empty elsewhere.
    pub speaker: String,
    /// The speaker's stakeholder group code where the session's people name them, else empty.
    pub group: String,
    /// An ISO 639-1 code guessed from the text's script and function words.
    pub lang: &'static str,
    /// A slice of the source text.
    pub text: String,
    /// True when `text` is the start of a longer sentence (shown with an ellipsis).
    pub excerpt: bool,
}

impl Statement {
    /// A key that names this statement across rebuilds.
    pub fn key(&self) -> String {
        format!("{}:{}:{}:{}", self.kind.code(), self.origin.id, self.position, self.sentence)
    }
}

/// The sentences of a paragraph, as slices of it, trimmed. A boundary is a `.`, `!`, `?` (or `…`) followed by
/// white space and a letter that is not lower-case, a digit or a quote — unless the word before is a known
/// abbreviation or a single letter ("Mr.", "e.g.", "U.") — or one of `。！？؟` anywhere.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let end = at + c.len_utf8();
        let boundary = match c {
            '。' | '！' | '？' | '؟' => true,
            '.' | '!' | '?' | '…' => {
                // Closing quotes or brackets stay with their sentence.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | '»') {
                    j += 1;
                }
                let spaced = j < chars.len() && chars[j].1.is_whitespace();
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next_starts = k < chars.len() && {
                    let n = chars[k].1;
                    !n.is_lowercase() && (n.is_alphanumeric() || matches!(n, '"' | '“' | '«' | '\'' | '(' | '¿' | '¡'))
                };
                if spaced && next_starts && !(c == '.' && abbreviation_before(&paragraph[start..at])) {
                    i = j - 1;
                    true
                } else {
                    false
                }
            }
            _ => false,
        };
        if boundary {
            let to = chars.get(i).map_or(end, |&(a, ch)| a + ch.len_utf8()).max(end);
            push_trimmed(&mut out, paragraph, start, to);
            start = to;
        }
        i += 1;
    }
    push_trimmed(&mut out, paragraph, start, paragraph.len());
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, text: &'a str, from: usize, to: usize) {
    let s = text[from..to].trim();
    if !s.is_empty() {
        out.push(s);
    }
}

fn abbreviation_before(text: &str) -> bool {
    let word = text.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let bare = word.trim_end_matches('.');
    if bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic) {
        return true;
    }
    const ABBREVIATIONS: [&str; 18] =
        ["mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "no", "nr", "art", "para", "amb", "sr", "sra", "mme"];
    ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
}

/// The statements of one paragraph (or turn, takeaway, call), as slices of `text`.
fn statements_of(kind: Kind, origin: &Origin, position: usize, text: &str, speaker: &str, group: &str, min_words: usize) -> Vec<Statement> {
    let mut out = Vec::new();
    let lang = language(text);
    for (n, sentence) in sentences(text).into_iter().enumerate() {
        if sentence.split_whitespace().count() < min_words && !has_cjk(sentence) || is_filler_sentence(sentence) {
            continue;
        }
        let (text, excerpt) = cut(sentence);
        out.push(Statement {
            kind,
            origin: origin.clone(),
            position,
            sentence: n + 1,
            speaker: speaker.to_string(),
            group: group.to_string(),
            lang,
            text: text.to_string(),
            excerpt,
        });
    }
    out
}

fn has_cjk(text: &str) -> bool {
    text.chars().any(|c| matches!(c as u32, 0x3040..=0x30FF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF))
}

/// A sentence as shown: whole, or its first [`MAX_CHARS`] characters cut back to a word boundary.
fn cut(sentence: &str) -> (&str, bool) {
    if sentence.chars().count() <= MAX_CHARS {
        return (sentence, false);
    }
    let limit = sentence.char_indices().nth(MAX_CHARS).map_or(sentence.len(), |(at, _)| at);
    let head = &sentence[..limit];
    let cut = head.rfind(char::is_whitespace).filter(|&at| at > limit / 2).unwrap_or(limit);
    (sentence[..cut].trim_end_matches(|c: char| c.is_whitespace() || c == ','), true)
}

/// A report's statements: each key takeaway and call to action (every sentence, however short: they are the
/// rapporteur's own distillation), then the summary's paragraphs.
pub fn from_report(origin: &Origin, takeaways: &[String], calls: &[String], summary: &str) -> Vec<Statement> {
    let mut out = Vec::new();
    for (i, t) in takeaways.iter().enumerate() {
        out.extend(statements_of(Kind::Takeaway, origin, i + 1, t, "", "", 3));
    }
    for (i, c) in calls.iter().enumerate() {
        out.extend(statements_of(Kind::Call, origin, i + 1, c, "", "", 3));
    }
    for (i, p) in paragraphs(summary).into_iter().enumerate() {
        out.extend(statements_of(Kind::Summary, origin, i + 1, p, "", "", MIN_WORDS));
    }
    out
}

/// A Message's statements, paragraph by paragraph (Markdown list markers and headings left out of the slice).
pub fn from_message(origin: &Origin, body: &str) -> Vec<Statement> {
    paragraphs(body).into_iter().enumerate().flat_map(|(i, p)| statements_of(Kind::Message, origin, i + 1, p, "", "", MIN_WORDS)).collect()
}

/// The paragraphs of a text (split at blank lines and at list items), each a trimmed slice without its Markdown
/// marker.
pub fn paragraphs(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for block in text.split("\n\n") {
        for line_group in split_items(block) {
            let p = line_group.trim();
            let p = p.trim_start_matches('#').trim_start();
            let p = p.strip_prefix("- ").or_else(|| p.strip_prefix("* ")).unwrap_or(p).trim();
            if !p.is_empty() {
                out.push(p);
            }
        }
    }
    out
}

/// A block cut before each line that starts a list item.
fn split_items(block: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for line in block.split_inclusive('\n') {
        let t = line.trim_start();
        if offset > start && (t.starts_with("- ") || t.starts_with("* ") || t.starts_with('#')) {
            out.push(&block[start..offset]);
            start = offset;
        }
        offset += line.len();
    }
    out.push(&block[start..]);
    out
}

/// A person of a session, to match a caption's speaker to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Stakeholder group code, or empty when unknown.
    pub group: String,
}

/// The stakeholder group of a caption's speaker: the session's person whose name the caption's name matches
/// (the same words, or every caption word in one person's name only, so `>> AMINA:` finds "Amina Odhiambo"
/// unless two people are called Amina). Empty when nobody or several people match.
pub fn group_of(speaker: &str, people: &[Person]) -> String {
    let words =
        |s: &str| -> Vec<String> { s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect() };
    let said = words(speaker);
    if said.is_empty() {
        return String::new();
    }
    let exact: Vec<&Person> = people.iter().filter(|p| words(&p.name) == said).collect();
    if let [p] = exact.as_slice() {
        return p.group.clone();
    }
    let within: Vec<&Person> = people
        .iter()
        .filter(|p| {
            let name = words(&p.name);
            said.iter().all(|w| name.contains(w))
        })
        .collect();
    match within.as_slice() {
        [p] => p.group.clone(),
        _ => String::new(),
    }
}

/// A transcript's statements: each `>> NAME:` turn (its number is the position) cut into sentences, line by
/// line so that every statement is a slice of the stored captions. Text before the first turn is left out
/// (it is the captioner's disclaimer).
pub fn from_transcript(origin: &Origin, captions: &str, people: &[Person]) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut turn = 0;
    let mut speaker = String::new();
    let mut group = String::new();
    for line in captions.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let body = if let Some(rest) = line.strip_prefix(">>") {
            turn += 1;
            match rest.split_once(':') {
                Some((name, text)) if name.trim().chars().count() <= 60 && !name.trim().is_empty() => {
                    speaker = name.trim().to_string();
                    group = group_of(&speaker, people);
                    text.trim()
                }
                _ => {
                    speaker.clear();
                    group.clear();
                    rest.trim()
                }
            }
        } else if turn == 0 {
            continue;
        } else {
            line
        };
        let mut made = statements_of(Kind::Turn, origin, turn, body, &speaker, &group, MIN_WORDS);
        // Several lines of one turn number their sentences on from the previous line's.
        let before = out.iter().rev().take_while(|s: &&Statement| s.position == turn).map(|s| s.sentence).max().unwrap_or(0);
        for s in &mut made {
            s.sentence += before;
        }
        out.extend(made);
    }
    out
}

/// Whether a statement's text is verbatim in its source: a slice of it, up to runs of white space (a line break
/// in the source may be shown as a space).
pub fn is_verbatim(statement: &str, source: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let statement = norm(statement);
    !statement.is_empty() && norm(source).contains(&statement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn origin() -> Origin {
        Origin { id: 7, url: "/sessions/7".into(), title: "T".into(), cycle_id: 1, cycle: "IGF 2024".into(), year: 2024, date: 0 }
    }

    #[test]
    fn sentences_end_at_boundaries_not_at_abbreviations() {
        let p = "Mr. Smith spoke first. He said e.g. the U.S. rules differ! Did they? 数据很重要。网络也是。";
        assert_eq!(
            sentences(p),
            vec!["Mr. Smith spoke first.", "He said e.g. the U.S. rules differ!", "Did they?", "数据很重要。", "网络也是。"]
        );
        assert_eq!(sentences("version 2.0 is out. and lower case goes on"), vec!["version 2.0 is out. and lower case goes on"]);
    }

    #[test]
    fn a_transcript_keeps_turns_speakers_and_their_groups() {
        let people = vec![
            Person { name: "Amina Odhiambo".into(), group: "civil-society".into() },
            Person { name: "Jon Lee".into(), group: "government".into() },
        ];
        let captions = "Disclaimer: this is the output of captioning.\n\n>> MODERATOR: Thank you very much.\n\
            >> AMINA: Community networks connected forty schools in the valley last year. Regulators shared their spectrum with the cooperatives.\n\
            And the cooperatives financed the towers themselves with small loans.\n>> JON LEE: Licensing must stay simple for small operators everywhere.";
        let s = from_transcript(&origin(), captions, &people);
        let shown: Vec<(usize, usize, &str, &str)> =
            s.iter().map(|s| (s.position, s.sentence, s.speaker.as_str(), s.group.as_str())).collect();
        assert_eq!(
            shown,
            vec![
                (2, 1, "AMINA", "civil-society"),
                (2, 2, "AMINA", "civil-society"),
                (2, 3, "AMINA", "civil-society"),
                (3, 1, "JON LEE", "government")
            ]
        );
        assert!(s.iter().all(|st| captions.contains(&st.text)), "every statement is a slice of the captions");
        assert!(s.iter().all(|st| st.lang == "en"));
    }

    #[test]
    fn long_sentences_are_marked_excerpts() {
        let long = format!("The forum {} agreed.", "really ".repeat(100));
        let s = from_message(&origin(), &long);
        assert_eq!(s.len(), 1);
        assert!(s[0].excerpt && s[0].text.chars().count() <= MAX_CHARS && long.starts_with(&s[0].text));
    }

    #[test]
    fn reports_and_messages_keep_positions() {
        let r = from_report(
            &origin(),
            &["Access is a right.".into(), "Skills matter most.".into()],
            &["Fund community networks now.".into()],
            "",
        );
        let kinds: Vec<(Kind, usize)> = r.iter().map(|s| (s.kind, s.position)).collect();
        assert_eq!(kinds, vec![(Kind::Takeaway, 1), (Kind::Takeaway, 2), (Kind::Call, 1)]);
        let m = from_message(
            &origin(),
            "## Access\n\n- Meaningful connectivity needs affordable devices for everyone.\n- Local content in local languages brings people online.",
        );
        assert_eq!(m.iter().map(|s| s.position).collect::<Vec<_>>(), vec![2, 3], "the heading is paragraph 1");
        assert_eq!(m[1].text, "Local content in local languages brings people online.");
    }

    #[test]
    fn caption_names_match_one_person_or_none() {
        let people =
            vec![Person { name: "Amina Odhiambo".into(), group: "g".into() }, Person { name: "Amina Said".into(), group: "h".into() }];
        assert_eq!(group_of("AMINA ODHIAMBO", &people), "g");
        assert_eq!(group_of("AMINA", &people), "", "two Aminas: unknown");
        assert_eq!(group_of("", &people), "");
    }

    proptest! {
        /// Whatever the text, every statement is verbatim in it, and positions only grow.
        #[test]
        fn statements_are_always_verbatim(words in proptest::collection::vec("[A-Za-zé]{1,9}[.!?,]?", 0..80), breaks in proptest::collection::vec(0usize..80, 0..8)) {
            let mut text = String::from(">> SPEAKER ONE: ");
            for (i, w) in words.iter().enumerate() {
                text.push_str(w);
                text.push(if breaks.contains(&i) { '\n' } else { ' ' });
                if breaks.first() == Some(&i) { text.push_str(">> B: "); }
            }
            for s in from_transcript(&origin(), &text, &[]) {
                prop_assert!(text.contains(&s.text), "{:?} not in {:?}", s.text, text);
                prop_assert!(s.text.chars().count() <= MAX_CHARS);
            }
            for s in from_message(&origin(), &text) {
                prop_assert!(is_verbatim(&s.text, &text));
            }
        }
    }
}
