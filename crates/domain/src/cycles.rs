//! A forum's yearly cycle: its phases with dates and the rules of its call for proposals, screening and
//! evaluation — all settings the Secretariat edits, with the IGF's published values as defaults.

use serde::{Deserialize, Serialize};

vocabulary! {
    /// The phases of an IGF year, in order.
    Phase {
        CallForIssues = "call-for-issues",
        CallForProposals = "call-for-proposals",
        Screening = "screening",
        Evaluation = "evaluation",
        Selection = "selection",
        Scheduling = "scheduling",
        Meeting = "meeting",
        Reporting = "reporting",
    }
}

vocabulary! {
    /// Workshop formats of the IGF call (2015 template onwards).
    Format {
        Panel = "panel",
        Roundtable = "roundtable",
        Debate = "debate",
        BreakOut = "break-out",
        BirdsOfAFeather = "birds-of-a-feather",
        Flash = "flash",
        Other = "other",
    }
}

/// The dates of one phase, as UTC Unix seconds (start inclusive, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseDates {
    pub start: i64,
    pub end: i64,
}

/// The rules of a cycle. Every field is a setting; the defaults are the IGF's (../shared/domain/igf-process.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CycleRules {
    pub min_confirmed_speakers: u32,
    pub gender_diverse_speakers: bool,
    pub min_onsite_speakers: u32,
    pub min_onsite_moderators: u32,
    pub max_proposals_per_person: u32,
    pub max_proposals_per_institution: u32,
    pub max_sessions_per_speaker: u32,
    pub previous_report_required: bool,
    pub title_max_chars: u32,
    pub description_max_words: u32,
    /// Formats offered, each with its allowed durations in minutes.
    pub formats: Vec<(String, Vec<u32>)>,
    pub score_min: u32,
    pub score_max: u32,
    /// What evaluators weigh; each is scored on the scale.
    pub criteria: Vec<String>,
    pub evaluators_per_proposal: u32,
    pub slots: u32,
    pub per_theme_cap: u32,
    /// Balance targets of the suggested selection, in percent of the slots.
    pub target_developing_percent: u32,
    pub target_first_time_percent: u32,
    pub target_gender_diverse_percent: u32,
    /// Every UN regional group among the organizers of at least this many selected workshops.
    pub target_per_region: u32,
    /// A session's report is due this many days after the session.
    pub report_due_days: u32,
    /// A body that has not answered a recommendation is reminded every this many days.
    pub recommendation_reminder_days: u32,
    /// The MAG's composition (igf-process.md §6): its size, the governments' largest share, how far each other
    /// group may stray from an equal split, the consecutive terms allowed and the yearly rotation.
    pub mag_size: u32,
    pub mag_max_government_percent: u32,
    pub mag_balance_tolerance: u32,
    pub mag_max_consecutive_terms: u32,
    pub mag_min_rotation_percent: u32,
    /// A consensus call suggests rough consensus while blocks are at most this share of the positions.
    pub rough_consensus_block_percent: u32,
    /// The annual meeting's accreditation: delegates per organization, badge photos and their retention.
    pub meeting: crate::meeting::MeetingRules,
    /// The bilateral meeting rooms: rooms, slot length, opening hours, the daily cap, confirmation and precedence.
    pub bilaterals: crate::bilaterals::BilateralRules,
    /// The lighter Stage-1 rules of the Day 0 track's proposals.
    pub day0_screening: crate::tracks::LightScreening,
    /// The travel-support call: its dates, budget, priorities and conflicts.
    pub travel_support: crate::travel_support::TravelRules,
}

impl Default for CycleRules {
    fn default() -> Self {
        let all = |d: &[u32]| d.to_vec();
        CycleRules {
            min_confirmed_speakers: 3,
            gender_diverse_speakers: true,
            min_onsite_speakers: 2,
            min_onsite_moderators: 1,
            max_proposals_per_person: 3,
            max_proposals_per_institution: 3,
            max_sessions_per_speaker: 3,
            previous_report_required: true,
            title_max_chars: 100,
            description_max_words: 500,
            formats: vec![
                ("panel".into(), all(&[60, 90])),
                ("roundtable".into(), all(&[60, 90])),
                ("debate".into(), all(&[60, 90])),
                ("break-out".into(), all(&[60, 90])),
                ("birds-of-a-feather".into(), all(&[30, 60])),
                ("flash".into(), all(&[30])),
                ("other".into(), all(&[60, 90])),
            ],
            score_min: 1,
            score_max: 5,
            criteria: vec!["policy-question".into(), "relevance".into(), "content".into(), "interaction".into(), "diversity".into()],
            evaluators_per_proposal: 5,
            slots: 80,
            per_theme_cap: 20,
            target_developing_percent: 40,
            target_first_time_percent: 20,
            target_gender_diverse_percent: 90,
            target_per_region: 3,
            report_due_days: 14,
            recommendation_reminder_days: 30,
            mag_size: 55,
            mag_max_government_percent: 40,
            mag_balance_tolerance: 2,
            mag_max_consecutive_terms: 3,
            mag_min_rotation_percent: 30,
            rough_consensus_block_percent: 10,
            meeting: crate::meeting::MeetingRules::default(),
            bilaterals: crate::bilaterals::BilateralRules::default(),
            day0_screening: crate::tracks::LightScreening::default(),
            travel_support: crate::travel_support::TravelRules::default(),
        }
    }
}

impl CycleRules {
    pub fn mag_rules(&self) -> crate::groups::MagRules {
        crate::groups::MagRules {
            target_size: self.mag_size as usize,
            max_government_percent: self.mag_max_government_percent,
            balance_tolerance: self.mag_balance_tolerance as usize,
            max_consecutive_terms: self.mag_max_consecutive_terms,
            min_rotation_percent: self.mag_min_rotation_percent,
        }
    }

    pub fn durations_of(&self, format: &str) -> &[u32] {
        self.formats.iter().find(|(f, _)| f == format).map_or(&[], |(_, d)| d.as_slice())
    }

    /// Checks the settings themselves, so a typo cannot make every proposal fail.
    pub fn problems(&self) -> Vec<&'static str> {
        let mut problems = Vec::new();
        if self.score_min >= self.score_max {
            problems.push("score-scale");
        }
        if self.evaluators_per_proposal == 0 {
            problems.push("evaluators-per-proposal");
        }
        if self.formats.is_empty() || self.formats.iter().any(|(f, d)| Format::from_code(f).is_none() || d.is_empty()) {
            problems.push("formats");
        }
        if self.criteria.is_empty() {
            problems.push("criteria");
        }
        if self.per_theme_cap == 0 || self.slots == 0 {
            problems.push("slots");
        }
        if [self.target_developing_percent, self.target_first_time_percent, self.target_gender_diverse_percent].iter().any(|p| *p > 100) {
            problems.push("targets");
        }
        if !self.day0_screening.unknown_rules().is_empty() {
            problems.push("day0-screening");
        }
        problems
    }
}

/// The phase a moment falls in, if any.
/// The longest issue a participant may submit to the call for issues, in characters.
pub const ISSUE_MAX_CHARS: usize = 2000;

/// Why an issue is not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueRefused {
    /// The call for issues ended at this instant (exclusive).
    Closed { ended_at: i64 },
    /// Empty, or longer than [`ISSUE_MAX_CHARS`].
    Length,
}

/// The one rule of the call for issues, for the web form and the API alike: open until its phase ends (always,
/// for a cycle that has no such phase), 1 to 2,000 characters. Returns the text trimmed.
pub fn accept_issue<'a>(phases: &[(Phase, PhaseDates)], now: i64, text: &'a str) -> Result<&'a str, IssueRefused> {
    if let Some((_, dates)) = phases.iter().find(|(p, _)| *p == Phase::CallForIssues)
        && now >= dates.end
    {
        return Err(IssueRefused::Closed { ended_at: dates.end });
    }
    let text = text.trim();
    if text.is_empty() || text.chars().count() > ISSUE_MAX_CHARS {
        return Err(IssueRefused::Length);
    }
    Ok(text)
}

/// What a reader should be told of a cycle at an instant: the phase open now and the next one to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NowAndNext {
    pub current: Option<(Phase, PhaseDates)>,
    pub next: Option<(Phase, PhaseDates)>,
}

impl NowAndNext {
    /// Whether every phase of the cycle has ended (nothing to announce).
    pub fn is_over(&self) -> bool {
        self.current.is_none() && self.next.is_none()
    }
}

/// The phase open at `now` (the one that ends first, where two overlap) and the first phase that opens after
/// `now`.
pub fn now_and_next(phases: &[(Phase, PhaseDates)], now: i64) -> NowAndNext {
    let current = phases.iter().filter(|(_, d)| d.start <= now && now < d.end).min_by_key(|(_, d)| d.end).copied();
    let next = phases.iter().filter(|(_, d)| d.start > now).min_by_key(|(_, d)| d.start).copied();
    NowAndNext { current, next }
}

pub fn phase_at(phases: &[(Phase, PhaseDates)], now: i64) -> Option<Phase> {
    phases.iter().find(|(_, d)| d.start <= now && now < d.end).map(|(p, _)| *p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_the_igfs_and_valid() {
        let rules = CycleRules::default();
        assert!(rules.problems().is_empty());
        assert_eq!(rules.min_confirmed_speakers, 3);
        assert_eq!(rules.durations_of("flash"), [30]);
        assert!(rules.durations_of("keynote").is_empty());
        let broken = CycleRules { score_min: 5, score_max: 5, formats: vec![("keynote".into(), vec![60])], ..rules };
        assert_eq!(broken.problems(), ["score-scale", "formats"]);
    }

    #[test]
    fn issues_are_taken_until_the_call_ends_and_within_the_length() {
        let call = [(Phase::CallForIssues, PhaseDates { start: 10, end: 20 })];
        assert_eq!(accept_issue(&call, 19, "  Access  "), Ok("Access"));
        assert_eq!(accept_issue(&call, 20, "Access"), Err(IssueRefused::Closed { ended_at: 20 }));
        assert_eq!(accept_issue(&call, 15, "   "), Err(IssueRefused::Length));
        assert_eq!(accept_issue(&call, 15, &"x".repeat(ISSUE_MAX_CHARS + 1)), Err(IssueRefused::Length));
        assert_eq!(accept_issue(&[], i64::MAX, "Access"), Ok("Access"), "no dated call: always open");
    }

    #[test]
    fn now_and_next_names_the_open_phase_and_the_next_to_open() {
        let phases = [
            (Phase::CallForIssues, PhaseDates { start: 0, end: 10 }),
            (Phase::CallForProposals, PhaseDates { start: 5, end: 30 }),
            (Phase::Meeting, PhaseDates { start: 50, end: 60 }),
        ];
        let at = |now| now_and_next(&phases, now);
        assert_eq!(at(7).current.map(|c| c.0), Some(Phase::CallForIssues), "of two open, the one closing first");
        assert_eq!(at(7).next.map(|n| n.0), Some(Phase::Meeting));
        assert_eq!(at(40).current, None);
        assert_eq!(at(40).next.map(|n| n.1.start), Some(50));
        assert!(at(60).is_over());
        assert!(!at(-1).is_over() && at(-1).next.map(|n| n.0) == Some(Phase::CallForIssues));
    }

    #[test]
    fn phases_are_found_by_date() {
        let phases = [(Phase::CallForProposals, PhaseDates { start: 10, end: 20 }), (Phase::Screening, PhaseDates { start: 20, end: 30 })];
        assert_eq!(phase_at(&phases, 19), Some(Phase::CallForProposals));
        assert_eq!(phase_at(&phases, 20), Some(Phase::Screening));
        assert_eq!(phase_at(&phases, 30), None);
    }
}
