//! Session reports with the IGF template: what a complete report holds (up to three key takeaways, up to
//! three calls to action each addressed to someone, attendance), when it is due and whether it came late, and
//! the speaker turns of a transcript (`>> NAME:` captions).

use crate::people::StakeholderGroup;
use serde::{Deserialize, Serialize};

/// The IGF template allows at most this many key takeaways and calls to action.
pub const MAX_TAKEAWAYS: usize = 3;
pub const MAX_CALLS: usize = 3;

/// A call to action and whom it is addressed to: a stakeholder group code or a body of the registry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallToAction {
    pub text: String,
    /// A stakeholder group code (`government` …), or `body:ID`.
    pub addressee: String,
}

/// A report as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportText {
    pub takeaways: Vec<String>,
    pub calls: Vec<CallToAction>,
    pub summary: String,
    pub onsite: i64,
    pub online: i64,
    pub women: i64,
    /// Estimated attendees per stakeholder group, in the order of `StakeholderGroup::ALL`.
    pub by_group: Vec<i64>,
    pub transcript_url: String,
    pub recording_url: String,
}

/// What is wrong with a report, by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportProblem {
    pub field: &'static str,
    pub code: &'static str,
}

/// Checks a report: at least one takeaway and a summary, at most three takeaways and calls, every call addressed,
/// attendance figures that are not negative and estimates that do not exceed the attendance.
pub fn check(report: &ReportText, body_exists: impl Fn(i64) -> bool) -> Vec<ReportProblem> {
    let mut problems = Vec::new();
    let mut problem = |field, code| problems.push(ReportProblem { field, code });
    let takeaways = report.takeaways.iter().filter(|t| !t.trim().is_empty()).count();
    if takeaways == 0 {
        problem("takeaway_0", "no-takeaway");
    }
    if takeaways > MAX_TAKEAWAYS {
        problem("takeaway_0", "too-many-takeaways");
    }
    if report.calls.len() > MAX_CALLS {
        problem("call_0", "too-many-calls");
    }
    for call in report.calls.iter().filter(|c| !c.text.trim().is_empty()) {
        if !addressee_valid(&call.addressee, &body_exists) {
            problem("call_0", "call-without-addressee");
        }
    }
    if report.summary.trim().is_empty() {
        problem("summary", "no-summary");
    }
    if report.onsite < 0 || report.online < 0 || report.women < 0 || report.by_group.iter().any(|n| *n < 0) {
        problem("onsite", "negative-count");
    }
    let attendance = report.onsite + report.online;
    if report.women > attendance || report.by_group.iter().sum::<i64>() > attendance {
        problem("women", "estimates-exceed-attendance");
    }
    for url in [&report.transcript_url, &report.recording_url] {
        if !crate::is_web_link_or_empty(url) {
            problem("transcript_url", "bad-link");
        }
    }
    problems
}

fn addressee_valid(addressee: &str, body_exists: &impl Fn(i64) -> bool) -> bool {
    if StakeholderGroup::from_code(addressee).is_some() {
        return true;
    }
    addressee.strip_prefix("body:").and_then(|id| id.parse().ok()).is_some_and(body_exists)
}

/// When a session's report is due: `days` after the session ends.
pub fn due_at(session_ends_at: i64, days: u32) -> i64 {
    session_ends_at + i64::from(days) * 24 * 3600
}

/// A report filed after its due date is accepted, but marked late.
pub fn is_late(filed_at: i64, due: i64) -> bool {
    filed_at > due
}

/// One speaker turn of a transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Turn {
    pub speaker: String,
    pub text: String,
}

/// Splits captions into speaker turns. A line starting with `>>` opens a turn; the speaker is what precedes the
/// first colon (captioners write `>> NAME:` or `>> MODERATOR:`); other lines continue the current turn. Text
/// before the first marker is a turn with no speaker.
pub fn turns(transcript: &str) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    for line in transcript.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix(">>") {
            let (speaker, text) = match rest.split_once(':') {
                Some((name, text)) if name.trim().chars().count() <= 60 => (name.trim().to_string(), text.trim().to_string()),
                _ => (String::new(), rest.trim().to_string()),
            };
            turns.push(Turn { speaker, text });
        } else if let Some(last) = turns.last_mut() {
            if !last.text.is_empty() {
                last.text.push(' ');
            }
            last.text.push_str(line);
        } else {
            turns.push(Turn { speaker: String::new(), text: line.to_string() });
        }
    }
    turns
}

/// The speakers of a transcript with their number of turns, most frequent first.
pub fn speakers(turns: &[Turn]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for turn in turns.iter().filter(|t| !t.speaker.is_empty()) {
        match counts.iter_mut().find(|(s, _)| s.eq_ignore_ascii_case(&turn.speaker)) {
            Some((_, n)) => *n += 1,
            None => counts.push((turn.speaker.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn report() -> ReportText {
        ReportText {
            takeaways: vec!["Community networks need spectrum.".into()],
            calls: vec![CallToAction { text: "License community networks simply.".into(), addressee: "government".into() }],
            summary: "A lively debate.".into(),
            onsite: 40,
            online: 25,
            women: 30,
            by_group: vec![10, 10, 20, 10, 10, 5],
            ..ReportText::default()
        }
    }

    #[test]
    fn a_complete_report_passes() {
        assert_eq!(check(&report(), |_| false), vec![]);
    }

    #[test]
    fn each_rule_names_its_field() {
        let codes = |r: ReportText| check(&r, |id| id == 7).into_iter().map(|p| p.code).collect::<Vec<_>>();
        assert_eq!(codes(ReportText { takeaways: vec![" ".into()], ..report() }), ["no-takeaway"]);
        assert_eq!(codes(ReportText { takeaways: vec!["a".into(); 4], ..report() }), ["too-many-takeaways"]);
        let call = |addressee: &str| vec![CallToAction { text: "Do it".into(), addressee: addressee.into() }];
        assert_eq!(codes(ReportText { calls: call("body:7"), ..report() }), Vec::<&str>::new());
        assert_eq!(codes(ReportText { calls: call("body:8"), ..report() }), ["call-without-addressee"]);
        assert_eq!(codes(ReportText { calls: call(""), ..report() }), ["call-without-addressee"]);
        assert_eq!(codes(ReportText { women: 100, ..report() }), ["estimates-exceed-attendance"]);
        assert_eq!(codes(ReportText { transcript_url: "javascript:alert(1)".into(), ..report() }), ["bad-link"]);
    }

    #[test]
    fn late_is_after_the_due_date() {
        let due = due_at(1_000, 14);
        assert_eq!(due, 1_000 + 14 * 86_400);
        assert!(!is_late(due, due));
        assert!(is_late(due + 1, due));
    }

    #[test]
    fn transcripts_split_into_speaker_turns() {
        let text = "Welcome, everyone.\n>> MODERATOR: Let us begin.\nThe floor is open.\n>> ANJA KOVACS: Thank you.\n>> moderator: Next.";
        let t = turns(text);
        assert_eq!(t.len(), 4);
        assert_eq!(t[1], Turn { speaker: "MODERATOR".into(), text: "Let us begin. The floor is open.".into() });
        assert_eq!(speakers(&t), vec![("MODERATOR".to_string(), 2), ("ANJA KOVACS".to_string(), 1)]);
    }

    proptest! {
        #[test]
        fn turns_keep_every_word(lines in proptest::collection::vec("[a-z ]{0,20}", 0..20)) {
            let text = lines.iter().enumerate().map(|(i, l)| if i % 3 == 0 { format!(">> S{i}: {l}") } else { l.clone() }).collect::<Vec<_>>().join("\n");
            let words = |s: &str| s.split_whitespace().filter(|w| !w.starts_with('S') || !w.ends_with(':')).count();
            let kept: usize = turns(&text).iter().map(|t| t.text.split_whitespace().count()).sum();
            prop_assert_eq!(kept, words(&text.replace(">>", "")));
        }
    }
}
