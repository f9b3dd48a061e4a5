//! Workshop proposals as Stage-1 screening sees them, the screening rules themselves (each a pass or a fail
//! with the values a proposer needs to understand it), and the live diversity summary of a proposal's people.

use crate::cycles::CycleRules;
use crate::people::country;
use serde::Serialize;
use std::collections::BTreeSet;

vocabulary! {
    /// A person's part in a session.
    SessionRole {
        Speaker = "speaker",
        OnsiteModerator = "onsite-moderator",
        OnlineModerator = "online-moderator",
        Rapporteur = "rapporteur",
    }
}

vocabulary! {
    /// Where a speaker's invitation stands. Only confirmed people count for screening.
    InvitationStatus {
        Invited = "invited",
        Confirmed = "confirmed",
        Declined = "declined",
    }
}

/// A person listed on a proposal, with what screening and diversity need to know of them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ListedPerson {
    /// The participant's id once they confirmed with an account; speakers may be listed before they have one.
    pub participant_id: Option<i64>,
    pub role: String,
    pub onsite: bool,
    pub status: String,
    pub stakeholder_group: String,
    pub country: String,
    pub gender: Option<String>,
    pub first_time: bool,
}

impl ListedPerson {
    fn confirmed(&self) -> bool {
        self.status == InvitationStatus::Confirmed.code()
    }
}

/// The text fields of the IGF form that must all be filled.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ProposalText {
    pub title: String,
    pub theme: String,
    pub format: String,
    pub duration_minutes: u32,
    pub description: String,
    pub policy_questions: String,
    pub expected_outcomes: String,
    pub hybrid_plan: String,
}

/// What screening looks at beyond the proposal itself: the proposer's situation in this cycle.
#[derive(Debug, Clone, Default)]
pub struct ScreeningContext {
    pub proposer_is_mag_member: bool,
    /// Submitted proposals of this proposer in the cycle, this one included.
    pub proposals_by_proposer: u32,
    /// Submitted proposals of the proposer's institution in the cycle, this one included.
    pub proposals_by_institution: u32,
    /// The proposer organised a workshop in the previous cycle and has not filed its report.
    pub owes_previous_report: bool,
    /// For each confirmed speaker with an account: the sessions they are confirmed in across the cycle.
    pub speaker_sessions: Vec<(i64, u32)>,
}

/// One rule's verdict. `values` are what the sentence explaining it needs (counts, limits, field names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub rule: &'static str,
    pub passed: bool,
    pub values: Vec<(&'static str, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Screening {
    pub passed: bool,
    pub checks: Vec<Check>,
}

impl Screening {
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.passed)
    }
}

fn check(rule: &'static str, passed: bool, values: Vec<(&'static str, String)>) -> Check {
    Check { rule, passed, values }
}

/// A title's length as the call counts it: characters, without surrounding spaces.
pub fn title_length(title: &str) -> u32 {
    title.trim().chars().count() as u32
}

/// A description's length as the call counts it: words.
pub fn description_words(description: &str) -> u32 {
    description.split_whitespace().count() as u32
}

/// A length the cycle's call does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLong {
    Title { length: u32, max: u32 },
    Description { words: u32, max: u32 },
}

/// The call's length rules, in one place: the proposal form refuses with them (so a draft never holds what
/// screening would refuse) and screening applies them to what was submitted.
pub fn too_long(title: &str, description: &str, rules: &CycleRules) -> Vec<TooLong> {
    let (length, words) = (title_length(title), description_words(description));
    let mut problems = Vec::new();
    if length > rules.title_max_chars {
        problems.push(TooLong::Title { length, max: rules.title_max_chars });
    }
    if words > rules.description_max_words {
        problems.push(TooLong::Description { words, max: rules.description_max_words });
    }
    problems
}

/// Stage-1 screening: every rule of the cycle applied to one proposal.
pub fn screen(text: &ProposalText, people: &[ListedPerson], context: &ScreeningContext, rules: &CycleRules) -> Screening {
    let confirmed: Vec<&ListedPerson> = people.iter().filter(|p| p.confirmed()).collect();
    let speakers: Vec<&&ListedPerson> = confirmed.iter().filter(|p| p.role == SessionRole::Speaker.code()).collect();
    let missing = missing_fields(text);
    let (title_chars, words) = (title_length(&text.title), description_words(&text.description));
    let too_long = too_long(&text.title, &text.description, rules);
    let genders: BTreeSet<&str> =
        speakers.iter().filter_map(|p| p.gender.as_deref()).filter(|g| *g == "female" || *g == "male" || *g == "non-binary").collect();
    let onsite_speakers = speakers.iter().filter(|p| p.onsite).count() as u32;
    let onsite_moderators = confirmed.iter().filter(|p| p.role == SessionRole::OnsiteModerator.code()).count() as u32;
    let overbooked: Vec<String> =
        context.speaker_sessions.iter().filter(|(_, n)| *n > rules.max_sessions_per_speaker).map(|(id, n)| format!("{id}:{n}")).collect();
    let mut checks = vec![
        check("complete", missing.is_empty(), vec![("missing", missing.join(", "))]),
        check(
            "title-length",
            !too_long.iter().any(|p| matches!(p, TooLong::Title { .. })),
            vec![("length", title_chars.to_string()), ("max", rules.title_max_chars.to_string())],
        ),
        check(
            "description-length",
            !too_long.iter().any(|p| matches!(p, TooLong::Description { .. })),
            vec![("words", words.to_string()), ("max", rules.description_max_words.to_string())],
        ),
        check(
            "format-duration",
            rules.durations_of(&text.format).contains(&text.duration_minutes),
            vec![("format", text.format.clone()), ("duration", text.duration_minutes.to_string())],
        ),
        check(
            "confirmed-speakers",
            speakers.len() as u32 >= rules.min_confirmed_speakers,
            vec![("count", speakers.len().to_string()), ("min", rules.min_confirmed_speakers.to_string())],
        ),
    ];
    if rules.gender_diverse_speakers {
        checks.push(check("gender-diverse", genders.len() >= 2, vec![]));
    }
    checks.extend([
        check(
            "onsite",
            onsite_speakers >= rules.min_onsite_speakers && onsite_moderators >= rules.min_onsite_moderators,
            vec![
                ("speakers", onsite_speakers.to_string()),
                ("min_speakers", rules.min_onsite_speakers.to_string()),
                ("moderators", onsite_moderators.to_string()),
                ("min_moderators", rules.min_onsite_moderators.to_string()),
            ],
        ),
        check("not-mag-member", !context.proposer_is_mag_member, vec![]),
        check(
            "proposals-per-person",
            context.proposals_by_proposer <= rules.max_proposals_per_person,
            vec![("count", context.proposals_by_proposer.to_string()), ("max", rules.max_proposals_per_person.to_string())],
        ),
        check(
            "proposals-per-institution",
            context.proposals_by_institution <= rules.max_proposals_per_institution,
            vec![("count", context.proposals_by_institution.to_string()), ("max", rules.max_proposals_per_institution.to_string())],
        ),
        check("sessions-per-speaker", overbooked.is_empty(), vec![("max", rules.max_sessions_per_speaker.to_string())]),
    ]);
    if rules.previous_report_required {
        checks.push(check("previous-report", !context.owes_previous_report, vec![]));
    }
    Screening { passed: checks.iter().all(|c| c.passed), checks }
}

/// The form fields left empty, by their field names.
pub fn missing_fields(text: &ProposalText) -> Vec<&'static str> {
    let fields = [
        ("title", text.title.as_str()),
        ("theme", text.theme.as_str()),
        ("format", text.format.as_str()),
        ("description", text.description.as_str()),
        ("policy_questions", text.policy_questions.as_str()),
        ("expected_outcomes", text.expected_outcomes.as_str()),
        ("hybrid_plan", text.hybrid_plan.as_str()),
    ];
    let mut missing: Vec<&'static str> = fields.iter().filter(|(_, v)| v.trim().is_empty()).map(|(k, _)| *k).collect();
    if text.duration_minutes == 0 {
        missing.push("duration");
    }
    missing
}

/// The diversity of a proposal's confirmed and invited people, computed live as the form changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diversity {
    pub people: u32,
    pub stakeholder_groups: Vec<String>,
    pub regional_groups: Vec<String>,
    pub genders: Vec<(String, u32)>,
    pub from_developing_countries: u32,
    pub first_timers: u32,
}

pub fn diversity(people: &[ListedPerson]) -> Diversity {
    let active: Vec<&ListedPerson> = people.iter().filter(|p| p.status != InvitationStatus::Declined.code()).collect();
    let set =
        |f: &dyn Fn(&ListedPerson) -> Option<String>| active.iter().filter_map(|p| f(p)).collect::<BTreeSet<_>>().into_iter().collect();
    let mut genders: Vec<(String, u32)> = Vec::new();
    for gender in active.iter().map(|p| p.gender.clone().unwrap_or_else(|| "not-stated".into())) {
        match genders.iter_mut().find(|(g, _)| *g == gender) {
            Some((_, n)) => *n += 1,
            None => genders.push((gender, 1)),
        }
    }
    genders.sort();
    Diversity {
        people: active.len() as u32,
        stakeholder_groups: set(&|p| (!p.stakeholder_group.is_empty()).then(|| p.stakeholder_group.clone())),
        regional_groups: set(&|p| country(&p.country).map(|c| c.un_regional_group.code().to_string())),
        genders,
        from_developing_countries: active.iter().filter(|p| country(&p.country).is_some_and(|c| c.is_developing())).count() as u32,
        first_timers: active.iter().filter(|p| p.first_time).count() as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_and_screening_count_lengths_alike() {
        let rules = CycleRules { title_max_chars: 10, description_max_words: 3, ..CycleRules::default() };
        assert_eq!(
            too_long("  Twelve chars  ", "one two three", &rules),
            vec![TooLong::Title { length: 12, max: 10 }],
            "spaces around do not count"
        );
        assert_eq!(too_long("Short", "one two three four", &rules), vec![TooLong::Description { words: 4, max: 3 }]);
        assert!(too_long("Short", "one two three", &rules).is_empty());
    }
    use proptest::prelude::*;

    fn text() -> ProposalText {
        ProposalText {
            title: "Meaningful connectivity for rural schools".into(),
            theme: "1".into(),
            format: "roundtable".into(),
            duration_minutes: 60,
            description: "How can community networks and universal service funds bring schools online?".into(),
            policy_questions: "Which financing models work?".into(),
            expected_outcomes: "A toolkit for regulators.".into(),
            hybrid_plan: "Online moderator relays questions every 15 minutes.".into(),
        }
    }

    fn person(role: SessionRole, gender: &str, onsite: bool) -> ListedPerson {
        ListedPerson {
            participant_id: None,
            role: role.code().into(),
            onsite,
            status: "confirmed".into(),
            stakeholder_group: "civil-society".into(),
            country: "KE".into(),
            gender: Some(gender.into()),
            first_time: false,
        }
    }

    fn good_people() -> Vec<ListedPerson> {
        vec![
            person(SessionRole::Speaker, "female", true),
            person(SessionRole::Speaker, "male", true),
            person(SessionRole::Speaker, "female", false),
            person(SessionRole::OnsiteModerator, "male", true),
        ]
    }

    fn context() -> ScreeningContext {
        ScreeningContext { proposals_by_proposer: 1, proposals_by_institution: 1, ..Default::default() }
    }

    fn failed(s: &Screening) -> Vec<&'static str> {
        s.failures().map(|c| c.rule).collect()
    }

    #[test]
    fn a_complete_balanced_proposal_passes_every_rule() {
        let s = screen(&text(), &good_people(), &context(), &CycleRules::default());
        assert!(s.passed, "{:?}", failed(&s));
        assert_eq!(s.checks.len(), 12);
    }

    #[test]
    fn each_rule_fails_on_its_own_cause() {
        let rules = CycleRules::default();
        let cases: Vec<(&str, ProposalText, Vec<ListedPerson>, ScreeningContext)> = vec![
            ("complete", ProposalText { hybrid_plan: " ".into(), ..text() }, good_people(), context()),
            ("title-length", ProposalText { title: "x".repeat(101), ..text() }, good_people(), context()),
            ("description-length", ProposalText { description: "word ".repeat(501), ..text() }, good_people(), context()),
            ("format-duration", ProposalText { format: "flash".into(), duration_minutes: 90, ..text() }, good_people(), context()),
            (
                "confirmed-speakers",
                text(),
                good_people().into_iter().enumerate().filter(|(i, _)| *i != 2).map(|(_, p)| p).collect(),
                context(),
            ),
            (
                "gender-diverse",
                text(),
                good_people().into_iter().map(|p| ListedPerson { gender: Some("female".into()), ..p }).collect(),
                context(),
            ),
            ("onsite", text(), good_people().into_iter().map(|p| ListedPerson { onsite: false, ..p }).collect(), context()),
            ("not-mag-member", text(), good_people(), ScreeningContext { proposer_is_mag_member: true, ..context() }),
            ("proposals-per-person", text(), good_people(), ScreeningContext { proposals_by_proposer: 4, ..context() }),
            ("proposals-per-institution", text(), good_people(), ScreeningContext { proposals_by_institution: 4, ..context() }),
            ("sessions-per-speaker", text(), good_people(), ScreeningContext { speaker_sessions: vec![(7, 4)], ..context() }),
            ("previous-report", text(), good_people(), ScreeningContext { owes_previous_report: true, ..context() }),
        ];
        for (rule, text, people, context) in cases {
            let s = screen(&text, &people, &context, &rules);
            assert_eq!(failed(&s), [rule], "{rule}");
            assert!(!s.passed);
        }
    }

    #[test]
    fn invited_and_declined_speakers_do_not_count() {
        let mut people = good_people();
        people[0].status = "invited".into();
        people[1].status = "declined".into();
        let s = screen(&text(), &people, &context(), &CycleRules::default());
        assert!(failed(&s).contains(&"confirmed-speakers"));
        assert_eq!(diversity(&people).people, 3);
    }

    #[test]
    fn rules_switched_off_are_not_applied() {
        let rules = CycleRules { gender_diverse_speakers: false, previous_report_required: false, ..CycleRules::default() };
        let people: Vec<_> = good_people().into_iter().map(|p| ListedPerson { gender: None, ..p }).collect();
        let s = screen(&text(), &people, &ScreeningContext { owes_previous_report: true, ..context() }, &rules);
        assert!(s.passed, "{:?}", failed(&s));
    }

    #[test]
    fn diversity_counts_groups_regions_and_developing_countries() {
        let mut people = good_people();
        people[1].country = "FR".into();
        people[1].stakeholder_group = "government".into();
        people[2].country = "AF".into();
        people[2].first_time = true;
        let d = diversity(&people);
        assert_eq!(d.stakeholder_groups, ["civil-society", "government"]);
        assert_eq!(d.regional_groups, ["african", "asia-pacific", "western-european-others"]);
        assert_eq!(d.from_developing_countries, 1);
        assert_eq!(d.first_timers, 1);
        assert_eq!(d.genders, [("female".to_string(), 2), ("male".to_string(), 2)]);
    }

    proptest! {
        /// Raising a minimum never turns a failing proposal into a passing one.
        #[test]
        fn stricter_rules_never_pass_more(speakers in 0usize..6, min in 0u32..6, extra in 0u32..3) {
            let people: Vec<_> = good_people().into_iter().cycle().take(speakers).collect();
            let loose = CycleRules { min_confirmed_speakers: min, ..CycleRules::default() };
            let strict = CycleRules { min_confirmed_speakers: min + extra, ..CycleRules::default() };
            let l = screen(&text(), &people, &context(), &loose);
            let s = screen(&text(), &people, &context(), &strict);
            prop_assert!(!s.passed || l.passed);
        }
    }
}
