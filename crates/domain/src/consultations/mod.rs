//! Public consultations: who may take part and when, the kinds of question and how an answer is read, the
//! limits on what is sent, and the breakdown of inputs by stakeholder group, region and development status
//! that every synthesis shows. Near-duplicate detection, opinion maps and the Polis format have their own
//! modules.

pub mod duplicates;
pub mod opinion;
pub mod polis;

use crate::people::{DevelopmentStatus, StakeholderGroup, UnRegionalGroup, country};
use crate::stats::{Tally, tally};
use serde::Serialize;

vocabulary! {
    /// Who may send input. Verified means an account whose email address was confirmed.
    Eligibility {
        Anyone = "anyone",
        Registered = "registered",
        Verified = "verified",
    }
}

vocabulary! {
    QuestionKind {
        Text = "text",
        Single = "single",
        Multiple = "multiple",
        Scale = "scale",
    }
}

vocabulary! {
    /// In whose name a submission speaks. A joint submission lists organizations that confirm their endorsement.
    OnBehalf {
        Individual = "individual",
        Organization = "organization",
        Joint = "joint",
    }
}

vocabulary! {
    /// The five points of the degree-of-agreement scale, in order.
    Agreement {
        StronglyDisagree = "strongly-disagree",
        Disagree = "disagree",
        Neutral = "neutral",
        Agree = "agree",
        StronglyAgree = "strongly-agree",
    }
}

vocabulary! {
    /// Where a consultation stands; during `Replies` it is closed for new input but takes replies to comments.
    Status {
        Upcoming = "upcoming",
        Open = "open",
        Replies = "replies",
        Closed = "closed",
        SynthesisPublished = "synthesis-published",
    }
}

vocabulary! {
    /// A Polis-style vote on a statement.
    StatementVote {
        Agree = "agree",
        Disagree = "disagree",
        Pass = "pass",
    }
}

impl StatementVote {
    /// The value Polis and the opinion map use: agree 1, disagree -1, pass 0.
    pub fn value(self) -> i8 {
        match self {
            StatementVote::Agree => 1,
            StatementVote::Disagree => -1,
            StatementVote::Pass => 0,
        }
    }
}

/// The dates that decide a consultation's status (UTC Unix seconds).
#[derive(Debug, Clone, Copy)]
pub struct Calendar {
    pub opens_at: i64,
    pub closes_at: i64,
    pub replies_until: Option<i64>,
    pub synthesis_published: bool,
}

impl Calendar {
    pub fn status(&self, now: i64) -> Status {
        if self.synthesis_published {
            Status::SynthesisPublished
        } else if now < self.opens_at {
            Status::Upcoming
        } else if now < self.closes_at {
            Status::Open
        } else if self.replies_until.is_some_and(|end| now < end) {
            Status::Replies
        } else {
            Status::Closed
        }
    }
}

/// Why an input is refused, with the values the sentence shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum Refusal {
    NotYetOpen { opens_at: i64 },
    Closed { closed_at: i64 },
    TooLong { limit: usize, length: usize },
    Empty,
    UnknownChoice { choice: String },
    OneChoiceOnly,
}

impl Refusal {
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::NotYetOpen { .. } => "not-yet-open",
            Refusal::Closed { .. } => "closed",
            Refusal::TooLong { .. } => "too-long",
            Refusal::Empty => "empty",
            Refusal::UnknownChoice { .. } => "unknown-choice",
            Refusal::OneChoiceOnly => "one-choice-only",
        }
    }
}

/// Whether new input is taken now; a reply to a comment is also taken during the reply period.
pub fn accepts_input(calendar: &Calendar, now: i64, is_reply: bool) -> Result<(), Refusal> {
    match calendar.status(now) {
        Status::Upcoming => Err(Refusal::NotYetOpen { opens_at: calendar.opens_at }),
        Status::Open => Ok(()),
        Status::Replies if is_reply => Ok(()),
        _ => Err(Refusal::Closed { closed_at: calendar.closes_at }),
    }
}

/// Refuses a text longer than the consultation's limit, counted in characters (not bytes: Chinese and Arabic
/// take several bytes a character and must not get a shorter limit).
pub fn within_limit(text: &str, limit: usize) -> Result<(), Refusal> {
    let length = text.chars().count();
    if length > limit { Err(Refusal::TooLong { limit, length }) } else { Ok(()) }
}

/// A question as the form shows it.
#[derive(Debug, Clone)]
pub struct Question {
    pub kind: QuestionKind,
    /// The choices of a single or multiple choice question, one per line as the Secretariat typed them.
    pub options: Vec<String>,
}

/// One question's answer as read from the form: free text, and the chosen options (indexes) or scale point.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Answer {
    pub text: String,
    pub choices: Vec<String>,
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.choices.is_empty()
    }
}

/// Checks an answer against its question: choices must be among the question's (or scale points), a single
/// choice or scale takes one, and any text stays within the limit. An empty answer is allowed — people answer
/// any subset of a questionnaire.
pub fn check_answer(question: &Question, answer: &Answer, limit: usize) -> Result<(), Refusal> {
    within_limit(&answer.text, limit)?;
    let allowed: Vec<String> = match question.kind {
        QuestionKind::Text => Vec::new(),
        QuestionKind::Single | QuestionKind::Multiple => (0..question.options.len()).map(|i| i.to_string()).collect(),
        QuestionKind::Scale => Agreement::ALL.iter().map(|a| a.code().to_string()).collect(),
    };
    if let Some(unknown) = answer.choices.iter().find(|c| !allowed.contains(c)) {
        return Err(Refusal::UnknownChoice { choice: unknown.clone() });
    }
    if matches!(question.kind, QuestionKind::Single | QuestionKind::Scale) && answer.choices.len() > 1 {
        return Err(Refusal::OneChoiceOnly);
    }
    Ok(())
}

/// Splits a draft text into the paragraphs people comment on: blocks separated by blank lines.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n").split("\n\n").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect()
}

/// Reads the Secretariat's list of choices: one per line, blank lines dropped.
pub fn options(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

/// Who sent an input, as far as counting goes.
#[derive(Debug, Clone, Copy)]
pub struct Contributor<'a> {
    pub stakeholder_group: &'a str,
    pub country: &'a str,
}

/// Inputs counted by stakeholder group, UN regional group and development status.
#[derive(Debug, Clone, Serialize)]
pub struct Breakdown {
    pub stakeholder_groups: Tally,
    pub regions: Tally,
    pub development: Tally,
}

/// Counts contributors for the synthesis. Submissions are public (or counted only when confidential), so no
/// count is suppressed here; a region or status is derived from the country, as in participation statistics.
pub fn breakdown(contributors: &[Contributor]) -> Breakdown {
    let groups: Vec<&str> = StakeholderGroup::ALL.iter().map(|g| g.code()).collect();
    let regions: Vec<&str> = UnRegionalGroup::ALL.iter().map(|g| g.code()).collect();
    let statuses = ["developing", "not-listed"];
    let region = |c: &Contributor| country(c.country).map_or(UnRegionalGroup::NoGroup.code(), |c| c.un_regional_group.code());
    let status = |c: &Contributor| if country(c.country).is_some_and(|c| c.is_developing()) { "developing" } else { "not-listed" };
    Breakdown {
        stakeholder_groups: tally(&groups, contributors.iter().map(|c| c.stakeholder_group), 1),
        regions: tally(&regions, contributors.iter().map(region), 1),
        development: tally(&statuses, contributors.iter().map(status), 1),
    }
}

/// The development lists a country is on, for the synthesis' detail table.
pub fn development_lists(iso2: &str) -> Vec<DevelopmentStatus> {
    country(iso2).map(|c| c.development_statuses()).unwrap_or_default()
}

/// Counts the choices of one question: `(choice, count)` in the question's order.
pub fn choice_tally(question: &Question, answers: &[Answer]) -> Vec<(String, u64)> {
    let keys: Vec<String> = match question.kind {
        QuestionKind::Text => return Vec::new(),
        QuestionKind::Scale => Agreement::ALL.iter().map(|a| a.code().to_string()).collect(),
        _ => (0..question.options.len()).map(|i| i.to_string()).collect(),
    };
    keys.into_iter()
        .map(|key| {
            let n = answers.iter().filter(|a| a.choices.contains(&key)).count() as u64;
            (key, n)
        })
        .collect()
}

/// A question as the Secretariat typed it in the questionnaire box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub kind: QuestionKind,
    pub text: String,
    pub options: Vec<String>,
}

/// Why the questionnaire box could not be read: the question's number and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionnaireError {
    pub question: usize,
    pub code: &'static str,
}

/// Reads the questionnaire box: one question per block (blocks separated by blank lines); a block starts with
/// its kind in brackets — `[text]`, `[single]`, `[multiple]` or `[scale]` (text when omitted) — then the
/// question, and a choice question lists its choices on the following lines, each starting with `- `.
pub fn parse_questionnaire(text: &str) -> Result<Vec<QuestionText>, QuestionnaireError> {
    paragraphs(text).iter().enumerate().map(|(i, block)| parse_question(i + 1, block)).collect()
}

fn parse_question(number: usize, block: &str) -> Result<QuestionText, QuestionnaireError> {
    let error = |code| QuestionnaireError { question: number, code };
    let mut lines = block.lines().map(str::trim);
    let first = lines.next().unwrap_or_default();
    let (kind, rest) = match first.strip_prefix('[').and_then(|r| r.split_once(']')) {
        Some((tag, rest)) => (QuestionKind::from_code(tag.trim()).ok_or(error("unknown-kind"))?, rest.trim()),
        None => (QuestionKind::Text, first),
    };
    let mut text = vec![rest.to_string()];
    let mut options = Vec::new();
    for line in lines {
        match line.strip_prefix("- ") {
            Some(option) => options.push(option.trim().to_string()),
            None => text.push(line.to_string()),
        }
    }
    let text = text.join("\n").trim().to_string();
    if text.is_empty() {
        return Err(error("no-text"));
    }
    let choices = matches!(kind, QuestionKind::Single | QuestionKind::Multiple);
    if choices && options.len() < 2 {
        return Err(error("too-few-choices"));
    }
    if !choices && !options.is_empty() {
        return Err(error("choices-not-allowed"));
    }
    Ok(QuestionText { kind, text, options })
}

/// Writes questions back in the questionnaire box's format (for editing).
pub fn questionnaire_text(questions: &[QuestionText]) -> String {
    questions
        .iter()
        .map(|q| {
            let mut block = format!("[{}] {}", q.kind.code(), q.text);
            for option in &q.options {
                block.push_str(&format!("\n- {option}"));
            }
            block
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The fingerprint of an input's text, equal for texts that differ only in case, spacing and punctuation:
/// the duplicate-submission guard compares these.
pub fn fingerprint(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(duplicates::normalise(text).as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn calendar() -> Calendar {
        Calendar { opens_at: 100, closes_at: 200, replies_until: Some(250), synthesis_published: false }
    }

    #[test]
    fn input_is_taken_only_while_open_and_replies_during_the_reply_period() {
        let c = calendar();
        assert_eq!(accepts_input(&c, 50, false), Err(Refusal::NotYetOpen { opens_at: 100 }));
        assert_eq!(accepts_input(&c, 150, false), Ok(()));
        assert_eq!(accepts_input(&c, 220, false), Err(Refusal::Closed { closed_at: 200 }));
        assert_eq!(accepts_input(&c, 220, true), Ok(()));
        assert_eq!(accepts_input(&c, 260, true), Err(Refusal::Closed { closed_at: 200 }));
        assert_eq!(Calendar { synthesis_published: true, ..c }.status(150), Status::SynthesisPublished);
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        assert_eq!(within_limit("互联网治理", 5), Ok(()));
        assert_eq!(within_limit("互联网治理论坛", 5), Err(Refusal::TooLong { limit: 5, length: 7 }));
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        let single = Question { kind: QuestionKind::Single, options: vec!["Yes".into(), "No".into()] };
        let pick = |c: &[&str]| Answer { text: String::new(), choices: c.iter().map(|s| s.to_string()).collect() };
        assert_eq!(check_answer(&single, &pick(&["1"]), 100), Ok(()));
        assert_eq!(check_answer(&single, &pick(&["0", "1"]), 100), Err(Refusal::OneChoiceOnly));
        assert_eq!(check_answer(&single, &pick(&["2"]), 100), Err(Refusal::UnknownChoice { choice: "2".into() }));
        let scale = Question { kind: QuestionKind::Scale, options: vec![] };
        assert_eq!(check_answer(&scale, &pick(&["agree"]), 100), Ok(()));
        assert!(check_answer(&scale, &pick(&["0"]), 100).is_err());
        assert_eq!(check_answer(&single, &Answer::default(), 100), Ok(()));
    }

    #[test]
    fn a_draft_splits_into_paragraphs_at_blank_lines() {
        assert_eq!(paragraphs("One\nline two\r\n\r\n\n\nTwo\n\n  "), vec!["One\nline two", "Two"]);
    }

    #[test]
    fn breakdown_counts_regions_and_developing_countries() {
        let people = [
            Contributor { stakeholder_group: "civil-society", country: "NP" },
            Contributor { stakeholder_group: "government", country: "FR" },
            Contributor { stakeholder_group: "civil-society", country: "BR" },
        ];
        let b = breakdown(&people);
        let count = |t: &Tally, k: &str| t.cells.iter().find(|c| c.key == k).and_then(|c| c.count);
        assert_eq!(count(&b.stakeholder_groups, "civil-society"), Some(2));
        assert_eq!(count(&b.regions, "asia-pacific"), Some(1));
        assert_eq!(count(&b.development, "developing"), Some(1));
        assert_eq!(b.development.total, 3);
    }

    #[test]
    fn a_questionnaire_reads_kinds_and_choices() {
        let text =
            "[single] Has the IGF met its mandate?\n- Yes\n- Partly\n- No\n\nWhat should change?\n\n[scale] The IGF should be permanent.";
        let questions = parse_questionnaire(text).unwrap();
        assert_eq!(questions.len(), 3);
        assert_eq!(questions[0].options, vec!["Yes", "Partly", "No"]);
        assert_eq!(questions[1].kind, QuestionKind::Text);
        assert_eq!(questions[2].kind, QuestionKind::Scale);
        assert_eq!(parse_questionnaire(&questionnaire_text(&questions)).unwrap(), questions);
        assert_eq!(parse_questionnaire("[single] Only one?\n- Yes"), Err(QuestionnaireError { question: 1, code: "too-few-choices" }));
        assert_eq!(parse_questionnaire("Fine\n\n[poll] What?"), Err(QuestionnaireError { question: 2, code: "unknown-kind" }));
    }

    proptest! {
        #[test]
        fn every_choice_counted_once(picks in proptest::collection::vec(0usize..3, 0..50)) {
            let q = Question { kind: QuestionKind::Single, options: vec!["a".into(), "b".into(), "c".into()] };
            let answers: Vec<Answer> = picks.iter().map(|p| Answer { text: String::new(), choices: vec![p.to_string()] }).collect();
            let total: u64 = choice_tally(&q, &answers).iter().map(|(_, n)| n).sum();
            prop_assert_eq!(total, picks.len() as u64);
        }
    }
}
