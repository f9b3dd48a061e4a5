//! A cycle's tracks: the youth, parliamentary, newcomers, high-level and Day 0 tracks and any other the
//! Secretariat adds. A track is a theme of the cycle with a kind — the one notion the programme, the proposals
//! call and the frab / JSON exports already know (frab's `<track>` is the session's theme) — so a proposal names
//! its track by its theme, the programme filters by it and the exports carry it, with nothing copied.
//!
//! Day 0 is lighter: its proposals are screened by a rule set of the cycle's own (`CycleRules::day0_screening`),
//! and its sessions are streamed and open to remote participation.

use crate::cycles::CycleRules;
use crate::proposals::Screening;
use serde::{Deserialize, Serialize};

vocabulary! {
    /// What a track is. `Theme` is a thematic track of the call (the MAG's themes); the others are the meeting's
    /// other tracks; `Other` is any track the Secretariat adds.
    TrackKind {
        Theme = "theme",
        Youth = "youth",
        Parliamentary = "parliamentary",
        Newcomers = "newcomers",
        HighLevel = "high-level",
        DayZero = "day-0",
        Other = "other",
    }
}

impl TrackKind {
    /// Whether the track's proposals are screened by the cycle's lighter rule set instead of every rule.
    pub fn lightly_screened(self) -> bool {
        self == TrackKind::DayZero
    }

    /// Whether the track's sessions are streamed and open to remote participation, whatever their room.
    pub fn streamed_and_remote(self) -> bool {
        self == TrackKind::DayZero
    }

    /// The session type a selected proposal of the track becomes: a Day 0 event, else a workshop.
    pub fn session_type(self) -> &'static str {
        if self == TrackKind::DayZero { "day-0" } else { "workshop" }
    }

    /// The kind a stored code names; an unknown code (a track imported from a schedule) is a thematic track.
    pub fn of(code: &str) -> TrackKind {
        TrackKind::from_code(code).unwrap_or(TrackKind::Theme)
    }
}

/// Whether a session is streamed and open to remote participation by rule: it is in a Day 0 track, or it is a
/// Day 0 event (a session of the type `day-0`, as a schedule import or the Secretariat made it).
pub fn streamed_and_remote(track: TrackKind, session_type: &str) -> bool {
    track.streamed_and_remote() || session_type == "day-0"
}

/// The Stage-1 rules that apply to a Day 0 proposal, a setting of the cycle. The defaults keep what a reader of
/// the programme needs (a complete form, the lengths of the call) and one confirmed speaker; they drop the
/// workshop rules a Day 0 event does not follow (gender-diverse panel, on-site quorum, caps per person and
/// institution, the MAG exclusion, last year's report).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LightScreening {
    /// The codes of the screening rules applied (the codes `proposals::screen` names its checks by).
    pub rules: Vec<String>,
    /// The confirmed speakers a Day 0 event needs, when `confirmed-speakers` applies.
    pub min_confirmed_speakers: u32,
}

impl Default for LightScreening {
    fn default() -> Self {
        LightScreening {
            rules: ["complete", "title-length", "description-length", "confirmed-speakers"].map(String::from).to_vec(),
            min_confirmed_speakers: 1,
        }
    }
}

/// Every rule code of Stage-1 screening, in the order `proposals::screen` checks them.
pub const SCREENING_RULES: &[&str] = &[
    "complete",
    "title-length",
    "description-length",
    "format-duration",
    "confirmed-speakers",
    "gender-diverse",
    "onsite",
    "not-mag-member",
    "proposals-per-person",
    "proposals-per-institution",
    "sessions-per-speaker",
    "previous-report",
];

impl LightScreening {
    /// The rule codes of the set that Stage-1 screening does not know (a typo would silently drop a rule).
    pub fn unknown_rules(&self) -> Vec<&str> {
        self.rules.iter().map(String::as_str).filter(|r| !SCREENING_RULES.contains(r)).collect()
    }

    /// The cycle's rules as the light set applies them: its speaker minimum in place of the workshops'.
    pub fn rules_for(&self, rules: &CycleRules) -> CycleRules {
        CycleRules { min_confirmed_speakers: self.min_confirmed_speakers, ..rules.clone() }
    }

    /// A full screening cut down to the set's rules: only those checks are kept, and they alone decide.
    pub fn keep(&self, full: Screening) -> Screening {
        let checks: Vec<_> = full.checks.into_iter().filter(|c| self.rules.iter().any(|r| r == c.rule)).collect();
        Screening { passed: checks.iter().all(|c| c.passed), checks }
    }
}

/// Why a new track is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackRefused {
    /// The name is empty or longer than `max` characters.
    Name { max: usize },
    /// The description is longer than `max` characters.
    Description { max: usize },
    /// The kind is not one of the track kinds.
    Kind,
    /// The cycle already has a track of this name.
    Taken,
}

impl TrackRefused {
    /// The catalog key of the sentence explaining the refusal.
    pub fn key(self) -> &'static str {
        match self {
            TrackRefused::Name { .. } => "track-error-name",
            TrackRefused::Description { .. } => "track-error-description",
            TrackRefused::Kind => "track-error-kind",
            TrackRefused::Taken => "track-error-taken",
        }
    }
}

pub const TRACK_NAME_MAX: usize = 200;
pub const TRACK_DESCRIPTION_MAX: usize = 4000;

/// A new track as it will be stored: its name and description trimmed, its kind known, its name not already a
/// track of the cycle (compared without case or surrounding spaces).
pub fn new_track<'a>(
    name: &'a str,
    description: &'a str,
    kind: &str,
    existing: &[&str],
) -> Result<(&'a str, &'a str, TrackKind), TrackRefused> {
    let (name, description) = (name.trim(), description.trim());
    if name.is_empty() || name.chars().count() > TRACK_NAME_MAX {
        return Err(TrackRefused::Name { max: TRACK_NAME_MAX });
    }
    if description.chars().count() > TRACK_DESCRIPTION_MAX {
        return Err(TrackRefused::Description { max: TRACK_DESCRIPTION_MAX });
    }
    let kind = TrackKind::from_code(kind).ok_or(TrackRefused::Kind)?;
    if existing.iter().any(|e| e.trim().to_lowercase() == name.to_lowercase()) {
        return Err(TrackRefused::Taken);
    }
    Ok((name, description, kind))
}

/// Why a track's output document is refused: it needs a title (at most `OUTPUT_TITLE_MAX` characters) and a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputRefused {
    Title,
    Body,
}

impl OutputRefused {
    pub fn key(self) -> &'static str {
        match self {
            OutputRefused::Title => "track-output-error-title",
            OutputRefused::Body => "track-output-error-body",
        }
    }
}

pub const OUTPUT_TITLE_MAX: usize = 200;

/// A draft output's title and text as they will be stored: trimmed, the text's line ends made `\n` (its
/// paragraphs are what the consultation numbers).
pub fn output_text(title: &str, body: &str) -> Result<(String, String), OutputRefused> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > OUTPUT_TITLE_MAX {
        return Err(OutputRefused::Title);
    }
    let body = body.replace("\r\n", "\n").trim().to_string();
    if body.is_empty() {
        return Err(OutputRefused::Body);
    }
    Ok((title.to_string(), body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proposals::{Check, ListedPerson, ProposalText, ScreeningContext, screen};
    use proptest::prelude::*;

    fn text() -> ProposalText {
        ProposalText {
            title: "Youth voices on AI".into(),
            theme: "1".into(),
            format: "panel".into(),
            duration_minutes: 60,
            description: "A conversation.".into(),
            policy_questions: "Which?".into(),
            expected_outcomes: "A list.".into(),
            hybrid_plan: "Online queue.".into(),
        }
    }

    fn speaker() -> ListedPerson {
        ListedPerson {
            role: "speaker".into(),
            status: "confirmed".into(),
            onsite: false,
            gender: Some("female".into()),
            ..Default::default()
        }
    }

    #[test]
    fn day_zero_is_lightly_screened_and_streamed() {
        assert!(TrackKind::DayZero.lightly_screened() && TrackKind::DayZero.streamed_and_remote());
        assert!(TrackKind::ALL.iter().filter(|k| **k != TrackKind::DayZero).all(|k| !k.lightly_screened() && !k.streamed_and_remote()));
        assert_eq!(TrackKind::of("day-0"), TrackKind::DayZero);
        assert_eq!(TrackKind::of("Main"), TrackKind::Theme);
        assert_eq!(TrackKind::DayZero.session_type(), "day-0");
        assert_eq!(TrackKind::Youth.session_type(), "workshop");
        assert!(streamed_and_remote(TrackKind::Theme, "day-0") && streamed_and_remote(TrackKind::DayZero, "workshop"));
        assert!(!streamed_and_remote(TrackKind::Youth, "workshop"));
    }

    #[test]
    fn one_online_speaker_passes_the_light_set_but_not_the_workshop_rules() {
        let rules = CycleRules::default();
        let context = ScreeningContext { proposer_is_mag_member: true, ..Default::default() };
        let full = screen(&text(), &[speaker()], &context, &rules);
        assert!(!full.passed);
        let light = LightScreening::default();
        let kept = light.keep(screen(&text(), &[speaker()], &context, &light.rules_for(&rules)));
        assert!(kept.passed, "{kept:?}");
        let rules_kept: Vec<&str> = kept.checks.iter().map(|c| c.rule).collect();
        assert_eq!(rules_kept, ["complete", "title-length", "description-length", "confirmed-speakers"]);
    }

    #[test]
    fn the_light_set_still_refuses_an_incomplete_form_with_its_reason() {
        let rules = CycleRules::default();
        let light = LightScreening::default();
        let mut empty = text();
        empty.expected_outcomes.clear();
        let kept = light.keep(screen(&empty, &[speaker()], &ScreeningContext::default(), &light.rules_for(&rules)));
        assert!(!kept.passed);
        let failed: Vec<&Check> = kept.failures().collect();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].rule, "complete");
        assert_eq!(failed[0].values, vec![("missing", "expected_outcomes".to_string())]);
    }

    #[test]
    fn a_typo_in_the_set_is_named() {
        let light = LightScreening { rules: vec!["complete".into(), "compleat".into()], min_confirmed_speakers: 1 };
        assert_eq!(light.unknown_rules(), ["compleat"]);
        assert!(LightScreening::default().unknown_rules().is_empty());
    }

    #[test]
    fn a_new_track_needs_a_name_a_kind_and_its_own_name() {
        assert_eq!(new_track("  Youth  ", " young people ", "youth", &[]), Ok(("Youth", "young people", TrackKind::Youth)));
        assert_eq!(new_track(" ", "", "youth", &[]), Err(TrackRefused::Name { max: TRACK_NAME_MAX }));
        assert_eq!(new_track("Y", "", "juniors", &[]), Err(TrackRefused::Kind));
        assert_eq!(new_track("youth ", "", "youth", &["Youth"]), Err(TrackRefused::Taken));
        assert_eq!(new_track("Y", &"d".repeat(4001), "youth", &[]), Err(TrackRefused::Description { max: 4000 }));
    }

    #[test]
    fn an_output_needs_a_title_and_a_text() {
        assert_eq!(output_text(" Youth statement ", "One.\r\n\r\nTwo. "), Ok(("Youth statement".into(), "One.\n\nTwo.".into())));
        assert_eq!(output_text("", "One."), Err(OutputRefused::Title));
        assert_eq!(output_text(&"t".repeat(201), "One."), Err(OutputRefused::Title));
        assert_eq!(output_text("T", " \n "), Err(OutputRefused::Body));
    }

    proptest! {
        /// The light set never keeps a rule it does not list, and passes exactly when every kept check passes.
        #[test]
        fn the_light_set_keeps_only_its_rules(mask in proptest::collection::vec(any::<bool>(), SCREENING_RULES.len()), passes in proptest::collection::vec(any::<bool>(), SCREENING_RULES.len())) {
            let light = LightScreening {
                rules: SCREENING_RULES.iter().zip(&mask).filter(|(_, m)| **m).map(|(r, _)| r.to_string()).collect(),
                min_confirmed_speakers: 1,
            };
            let full = Screening {
                passed: passes.iter().all(|p| *p),
                checks: SCREENING_RULES.iter().zip(&passes).map(|(r, p)| Check { rule: r, passed: *p, values: vec![] }).collect(),
            };
            let kept = light.keep(full);
            prop_assert!(kept.checks.iter().all(|c| light.rules.iter().any(|r| r == c.rule)));
            prop_assert_eq!(kept.checks.len(), mask.iter().filter(|m| **m).count());
            prop_assert_eq!(kept.passed, kept.checks.iter().all(|c| c.passed));
        }

        /// Whatever is typed, an accepted track's name is trimmed, non-empty and within the limit.
        #[test]
        fn an_accepted_name_is_trimmed_and_bounded(name in ".{0,250}", kind in prop::sample::select(vec!["youth", "day-0", "x"])) {
            if let Ok((n, _, _)) = new_track(&name, "", kind, &[]) {
                prop_assert!(!n.is_empty() && n == n.trim() && n.chars().count() <= TRACK_NAME_MAX);
            }
        }
    }
}
