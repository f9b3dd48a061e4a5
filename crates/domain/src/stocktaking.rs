//! WSIS stocktaking and the accountability tracker: a project registered by a stakeholder (parsed from what was
//! typed, refusals naming their field), the faceted register over validated projects, commitments with their
//! milestones, a commitment's or a recommendation's percent complete, and when an item is stale.

use crate::people::{StakeholderGroup, UnRegionalGroup, country};
use crate::recommendations::Status as RecommendationStatus;
use crate::reference::{action_lines, gdc_objectives};
use serde::Serialize;

vocabulary! {
    /// Where a registered project stands.
    ProjectStatus {
        Planned = "planned",
        Ongoing = "ongoing",
        Completed = "completed",
    }
}

vocabulary! {
    /// The Secretariat's review of a registered project: only validated ones are public.
    Review {
        Pending = "pending",
        Validated = "validated",
        Rejected = "rejected",
    }
}

vocabulary! {
    /// Who made a commitment.
    OwnerKind {
        Organization = "organization",
        Group = "group",
    }
}

vocabulary! {
    /// Where a commitment's milestone stands.
    MilestoneState {
        Planned = "planned",
        InProgress = "in-progress",
        Done = "done",
        Dropped = "dropped",
    }
}

/// A project's form as typed: every field a string, lists as their typed items.
#[derive(Debug, Clone, Default)]
pub struct RawProject {
    pub title: String,
    pub description: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub countries: Vec<String>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<String>,
    pub gdc_objectives: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    /// One link a line.
    pub links: String,
    pub contact_email: String,
    pub language: String,
}

/// A project that passed every rule: known countries (ISO 3166 alpha-2, upper case), action lines ("C5",
/// "C7/e-health"), goals 1–17, objectives 1–5, ISO dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Project {
    pub title: String,
    pub description: String,
    pub organization: String,
    pub stakeholder_group: StakeholderGroup,
    pub countries: Vec<String>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<u8>,
    pub gdc_objectives: Vec<u8>,
    pub starts_on: String,
    pub ends_on: String,
    pub status: ProjectStatus,
    pub links: Vec<String>,
    pub contact_email: String,
    pub language: String,
}

/// Why a field was refused: the field's name and the reason's code (a catalog key `stocktaking-error-CODE`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
    /// The offending value, when there is one to name ("XX" for an unknown country).
    pub value: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.value.is_empty() {
            write!(f, "{}: {}", self.field, self.code)
        } else {
            write!(f, "{}: {} ({})", self.field, self.code, self.value)
        }
    }
}

pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 10_000;
pub const MAX_LINKS: usize = 10;

fn field(field: &'static str, code: &'static str, value: &str) -> FieldError {
    FieldError { field, code, value: value.to_string() }
}

/// The distinct non-empty trimmed items of a list, in their first order.
fn items(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in list.iter().flat_map(|s| s.split(',')).map(str::trim).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o == item) {
            out.push(item.to_string());
        }
    }
    out
}

/// An ISO date (YYYY-MM-DD) between 1990 and 2100, or None.
pub fn iso_date(text: &str) -> Option<String> {
    let date: jiff::civil::Date = text.trim().parse().ok()?;
    (1990..=2100).contains(&date.year()).then(|| date.to_string())
}

fn one_line_text(errors: &mut Vec<FieldError>, name: &'static str, text: &str, max: usize) -> String {
    let text = text.trim();
    if text.is_empty() {
        errors.push(field(name, "required", ""));
    } else if text.chars().count() > max {
        errors.push(field(name, "too-long", ""));
    }
    text.to_string()
}

fn action_line_ids(errors: &mut Vec<FieldError>, name: &'static str, typed: &[String]) -> Vec<String> {
    let known: Vec<String> = action_lines().iter().map(|l| l.id()).collect();
    let lines = items(typed);
    if lines.is_empty() {
        errors.push(field(name, "required", ""));
    }
    for line in &lines {
        if !known.contains(line) {
            errors.push(field(name, "unknown", line));
        }
    }
    lines
}

fn numbers(errors: &mut Vec<FieldError>, name: &'static str, typed: &[String], max: u8) -> Vec<u8> {
    let mut out = Vec::new();
    for item in items(typed) {
        let digits = item.trim_start_matches("sdg-").trim_start_matches("gdc-");
        match digits.parse::<u8>() {
            Ok(n) if (1..=max).contains(&n) => out.push(n),
            _ => errors.push(field(name, "unknown", &item)),
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn links(errors: &mut Vec<FieldError>, text: &str) -> Vec<String> {
    let links: Vec<String> = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    if links.len() > MAX_LINKS {
        errors.push(field("links", "too-many", ""));
    }
    for link in &links {
        if !(link.starts_with("https://") || link.starts_with("http://")) || link.contains(char::is_whitespace) {
            errors.push(field("links", "not-a-link", link));
        }
    }
    links
}

/// Reads a typed project: every refusal, each naming its field (and the value, for a list item), or the project.
/// At least one WSIS action line and one country are required; countries must be known M49 areas; goals 1–17,
/// objectives 1–5; the end, if given, not before the start; links http(s); a contact address.
pub fn parse_project(raw: &RawProject) -> Result<Project, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = one_line_text(&mut errors, "title", &raw.title, MAX_TITLE);
    let description = one_line_text(&mut errors, "description", &raw.description, MAX_TEXT);
    let organization = one_line_text(&mut errors, "organization", &raw.organization, MAX_TITLE);
    let stakeholder_group = StakeholderGroup::from_code(raw.stakeholder_group.trim());
    if stakeholder_group.is_none() {
        errors.push(field("stakeholder_group", "unknown", raw.stakeholder_group.trim()));
    }
    let typed_countries = items(&raw.countries);
    if typed_countries.is_empty() {
        errors.push(field("countries", "required", ""));
    }
    let mut countries = Vec::new();
    for c in &typed_countries {
        match country(c) {
            Some(known) if c.len() == 2 => countries.push(known.iso2.to_string()),
            _ => errors.push(field("countries", "unknown", c)),
        }
    }
    let action_lines = action_line_ids(&mut errors, "action_lines", &raw.action_lines);
    let sdgs = numbers(&mut errors, "sdgs", &raw.sdgs, 17);
    let gdc = numbers(&mut errors, "gdc_objectives", &raw.gdc_objectives, gdc_objectives().len() as u8);
    let starts_on = iso_date(&raw.starts_on);
    if starts_on.is_none() {
        errors.push(field("starts_on", "date", raw.starts_on.trim()));
    }
    let ends_on = if raw.ends_on.trim().is_empty() { Some(String::new()) } else { iso_date(&raw.ends_on) };
    match (&starts_on, &ends_on) {
        (_, None) => errors.push(field("ends_on", "date", raw.ends_on.trim())),
        (Some(start), Some(end)) if !end.is_empty() && end < start => errors.push(field("ends_on", "before-start", end)),
        _ => {}
    }
    let status = ProjectStatus::from_code(raw.status.trim());
    if status.is_none() {
        errors.push(field("status", "unknown", raw.status.trim()));
    }
    let links = links(&mut errors, &raw.links);
    let contact_email = crate::accounts::normalise_email(raw.contact_email.trim()).unwrap_or_else(|_| {
        errors.push(field("contact_email", "email", raw.contact_email.trim()));
        String::new()
    });
    let language = raw.language.trim();
    let language = if language.is_empty() {
        "en".to_string()
    } else if crate::people::Language::from_code(language).is_some()
        || (language.len() == 2 && language.chars().all(|c| c.is_ascii_lowercase()))
    {
        language.to_string()
    } else {
        errors.push(field("language", "unknown", language));
        String::new()
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Project {
        title,
        description,
        organization,
        stakeholder_group: stakeholder_group.expect("checked"),
        countries,
        action_lines,
        sdgs,
        gdc_objectives: gdc,
        starts_on: starts_on.expect("checked"),
        ends_on: ends_on.expect("checked"),
        status: status.expect("checked"),
        links,
        contact_email,
        language,
    })
}

/// A commitment's form as typed. Milestones: one a line, "what | YYYY-MM-DD".
#[derive(Debug, Clone, Default)]
pub struct RawCommitment {
    pub owner: String,
    pub owner_kind: String,
    pub contact_email: String,
    pub title: String,
    pub description: String,
    pub due_on: String,
    pub gdc_objective: String,
    pub action_line: String,
    pub sdg: String,
    pub milestones: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub title: String,
    pub due_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Commitment {
    pub owner: String,
    pub owner_kind: OwnerKind,
    pub contact_email: String,
    pub title: String,
    pub description: String,
    pub due_on: String,
    pub gdc_objective: u8,
    pub action_line: String,
    pub sdg: u8,
    pub milestones: Vec<Milestone>,
}

pub const MAX_MILESTONES: usize = 20;

/// Reads a typed commitment: what, by when, its objective, action line and goal, and at least one measurable
/// milestone, each due by the commitment's date.
pub fn parse_commitment(raw: &RawCommitment) -> Result<Commitment, Vec<FieldError>> {
    let mut errors = Vec::new();
    let owner = one_line_text(&mut errors, "owner", &raw.owner, MAX_TITLE);
    let owner_kind = OwnerKind::from_code(raw.owner_kind.trim());
    if owner_kind.is_none() {
        errors.push(field("owner_kind", "unknown", raw.owner_kind.trim()));
    }
    let contact_email = crate::accounts::normalise_email(raw.contact_email.trim()).unwrap_or_else(|_| {
        errors.push(field("contact_email", "email", raw.contact_email.trim()));
        String::new()
    });
    let title = one_line_text(&mut errors, "title", &raw.title, MAX_TITLE);
    let description = raw.description.trim().to_string();
    if description.chars().count() > MAX_TEXT {
        errors.push(field("description", "too-long", ""));
    }
    let due_on = iso_date(&raw.due_on).unwrap_or_else(|| {
        errors.push(field("due_on", "date", raw.due_on.trim()));
        String::new()
    });
    let gdc = numbers(&mut errors, "gdc_objective", std::slice::from_ref(&raw.gdc_objective), 5);
    if gdc.len() != 1 && !errors.iter().any(|e| e.field == "gdc_objective") {
        errors.push(field("gdc_objective", "required", ""));
    }
    let lines = action_line_ids(&mut errors, "action_line", std::slice::from_ref(&raw.action_line));
    if lines.len() > 1 {
        errors.push(field("action_line", "one", ""));
    }
    let sdg = numbers(&mut errors, "sdg", std::slice::from_ref(&raw.sdg), 17);
    if sdg.len() != 1 && !errors.iter().any(|e| e.field == "sdg") {
        errors.push(field("sdg", "required", ""));
    }
    let mut milestones = Vec::new();
    for line in raw.milestones.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (what, when) = line.rsplit_once('|').unwrap_or((line, ""));
        let what = what.trim();
        match iso_date(when) {
            _ if what.is_empty() || what.chars().count() > MAX_TITLE => errors.push(field("milestones", "title", line)),
            None => errors.push(field("milestones", "date", line)),
            Some(date) if !due_on.is_empty() && date > due_on => errors.push(field("milestones", "after-due", line)),
            Some(date) => milestones.push(Milestone { title: what.to_string(), due_on: date }),
        }
    }
    if milestones.is_empty() && !errors.iter().any(|e| e.field == "milestones") {
        errors.push(field("milestones", "required", ""));
    }
    if milestones.len() > MAX_MILESTONES {
        errors.push(field("milestones", "too-many", ""));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Commitment {
        owner,
        owner_kind: owner_kind.expect("checked"),
        contact_email,
        title,
        description,
        due_on,
        gdc_objective: gdc[0],
        action_line: lines[0].clone(),
        sdg: sdg[0],
        milestones,
    })
}

/// A commitment's percent complete: its done milestones over those not dropped (0 when none is left).
pub fn percent_complete(states: &[MilestoneState]) -> u8 {
    let counted = states.iter().filter(|s| **s != MilestoneState::Dropped).count();
    let done = states.iter().filter(|s| **s == MilestoneState::Done).count();
    if counted == 0 { 0 } else { (done * 100 / counted) as u8 }
}

/// A recommendation's percent complete: the mean over its addressed bodies of 100 for implemented, 50 for partly
/// implemented, 0 otherwise (a declined recommendation stays at what it reached: 0).
pub fn recommendation_percent(statuses: &[RecommendationStatus]) -> u8 {
    if statuses.is_empty() {
        return 0;
    }
    let sum: usize = statuses
        .iter()
        .map(|s| match s {
            RecommendationStatus::Implemented => 100,
            RecommendationStatus::PartlyImplemented => 50,
            _ => 0,
        })
        .sum();
    (sum / statuses.len()) as u8
}

/// An item is stale when it is not complete and nothing was updated for `days` days or more.
pub fn is_stale(percent: u8, last_update: i64, now: i64, days: u32) -> bool {
    percent < 100 && now - last_update >= i64::from(days) * 24 * 3600
}

/// Whether the owner may move a milestone from `from` to `to` through their link: any move but out of "done" or
/// "dropped" (said once, kept), and not to the same state without evidence or a note to add.
pub fn milestone_move(from: MilestoneState, to: MilestoneState, adds_something: bool) -> Result<(), &'static str> {
    match (from, to) {
        (MilestoneState::Done | MilestoneState::Dropped, _) => Err("final"),
        (a, b) if a == b && !adds_something => Err("no-change"),
        _ => Ok(()),
    }
}

/// The facets of one validated project, packed for searching 100,000 of them in a few milliseconds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facets {
    /// Bit n-1 for main action line Cn (a C7 sub-line counts for C7).
    pub action_lines: u16,
    /// Bit n-1 for SDG n.
    pub sdgs: u32,
    /// Bit n-1 for GDC objective n.
    pub gdc: u8,
    /// Bit i for `UnRegionalGroup::ALL[i]`, from the project's countries.
    pub regions: u8,
    pub group: u8,
    pub status: u8,
}

fn main_line(id: &str) -> Option<u32> {
    id.split('/').next()?.strip_prefix('C')?.parse().ok().filter(|n| (1..=11).contains(n))
}

fn index_of<T: PartialEq>(all: &[T], value: T) -> u8 {
    all.iter().position(|v| *v == value).unwrap_or(0) as u8
}

impl Facets {
    pub fn of(project: &Project) -> Facets {
        Facets::from_parts(
            &project.action_lines,
            &project.sdgs,
            &project.gdc_objectives,
            &project.countries,
            project.stakeholder_group,
            project.status,
        )
    }

    /// From stored columns (lists as typed in `Project`).
    pub fn from_parts(
        lines: &[String],
        sdgs: &[u8],
        gdc: &[u8],
        countries: &[String],
        group: StakeholderGroup,
        status: ProjectStatus,
    ) -> Facets {
        let mut f =
            Facets { group: index_of(StakeholderGroup::ALL, group), status: index_of(ProjectStatus::ALL, status), ..Facets::default() };
        for n in lines.iter().filter_map(|l| main_line(l)) {
            f.action_lines |= 1 << (n - 1);
        }
        for g in sdgs.iter().filter(|g| (1..=17).contains(*g)) {
            f.sdgs |= 1 << (g - 1);
        }
        for o in gdc.iter().filter(|o| (1..=5).contains(*o)) {
            f.gdc |= 1 << (o - 1);
        }
        for c in countries.iter().filter_map(|c| country(c)) {
            f.regions |= 1 << index_of(UnRegionalGroup::ALL, c.un_regional_group);
        }
        f
    }
}

/// The register's filter: each facet chosen or not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FacetFilter {
    /// 1..=11
    pub action_line: Option<u8>,
    pub sdg: Option<u8>,
    pub gdc: Option<u8>,
    pub region: Option<UnRegionalGroup>,
    pub group: Option<StakeholderGroup>,
    pub status: Option<ProjectStatus>,
}

impl FacetFilter {
    pub fn keeps(&self, f: &Facets) -> bool {
        self.action_line.is_none_or(|n| n >= 1 && n <= 11 && f.action_lines & (1 << (n - 1)) != 0)
            && self.sdg.is_none_or(|n| n >= 1 && n <= 17 && f.sdgs & (1 << (n - 1)) != 0)
            && self.gdc.is_none_or(|n| n >= 1 && n <= 5 && f.gdc & (1 << (n - 1)) != 0)
            && self.region.is_none_or(|r| f.regions & (1 << index_of(UnRegionalGroup::ALL, r)) != 0)
            && self.group.is_none_or(|g| f.group == index_of(StakeholderGroup::ALL, g))
            && self.status.is_none_or(|s| f.status == index_of(ProjectStatus::ALL, s))
    }
}

/// How many of the matching projects carry each facet value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FacetCounts {
    pub total: usize,
    pub action_lines: [usize; 11],
    pub sdgs: [usize; 17],
    pub gdc: [usize; 5],
    /// In the order of `UnRegionalGroup::ALL`.
    pub regions: [usize; 7],
    pub groups: [usize; 6],
    pub statuses: [usize; 3],
}

/// The positions of the projects the filter keeps (in the order given), and the facet counts over them.
pub fn facet_search(all: &[Facets], filter: &FacetFilter) -> (Vec<usize>, FacetCounts) {
    let mut counts = FacetCounts::default();
    let mut kept = Vec::new();
    for (i, f) in all.iter().enumerate() {
        if !filter.keeps(f) {
            continue;
        }
        kept.push(i);
        counts.total += 1;
        for (bit, c) in counts.action_lines.iter_mut().enumerate() {
            *c += usize::from(f.action_lines >> bit & 1 == 1);
        }
        for (bit, c) in counts.sdgs.iter_mut().enumerate() {
            *c += usize::from(f.sdgs >> bit & 1 == 1);
        }
        for (bit, c) in counts.gdc.iter_mut().enumerate() {
            *c += usize::from(f.gdc >> bit & 1 == 1);
        }
        for (bit, c) in counts.regions.iter_mut().enumerate() {
            *c += usize::from(f.regions >> bit & 1 == 1);
        }
        if let Some(c) = counts.groups.get_mut(f.group as usize) {
            *c += 1;
        }
        if let Some(c) = counts.statuses.get_mut(f.status as usize) {
            *c += 1;
        }
    }
    (kept, counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn good() -> RawProject {
        RawProject {
            title: "Community networks for rural schools".into(),
            description: "Connecting 40 schools with community-run wireless networks.".into(),
            organization: "Rhizomatica".into(),
            stakeholder_group: "civil-society".into(),
            countries: vec!["MX".into(), "ke".into()],
            action_lines: vec!["C2".into(), "C7/e-learning".into()],
            sdgs: vec!["4".into(), "9".into()],
            gdc_objectives: vec!["1".into()],
            starts_on: "2024-01-15".into(),
            ends_on: "2026-12-31".into(),
            status: "ongoing".into(),
            links: "https://example.org/project\n".into(),
            contact_email: "Team@Example.org".into(),
            language: "es".into(),
        }
    }

    #[test]
    fn a_complete_project_is_read() {
        let p = parse_project(&good()).unwrap();
        assert_eq!(p.countries, ["MX", "KE"]);
        assert_eq!(p.action_lines, ["C2", "C7/e-learning"]);
        assert_eq!(p.gdc_objectives, [1]);
        assert_eq!(p.contact_email, "Team@example.org", "the domain is lower-cased, the local part kept");
        let f = Facets::of(&p);
        assert_eq!(f.action_lines, 0b100_0010);
        assert!(FacetFilter { action_line: Some(7), region: Some(UnRegionalGroup::African), ..Default::default() }.keeps(&f));
        assert!(!FacetFilter { gdc: Some(5), ..Default::default() }.keeps(&f));
    }

    #[test]
    fn refusals_name_their_field() {
        let mut raw = good();
        raw.action_lines.clear();
        raw.countries = vec!["XX".into()];
        let errors = parse_project(&raw).unwrap_err();
        assert!(errors.contains(&field("action_lines", "required", "")), "{errors:?}");
        assert!(errors.contains(&field("countries", "unknown", "XX")), "{errors:?}");
        let mut raw = good();
        raw.ends_on = "2020-01-01".into();
        raw.action_lines = vec!["C12".into()];
        raw.sdgs = vec!["18".into()];
        let errors = parse_project(&raw).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["action_lines", "sdgs", "ends_on"]);
    }

    #[test]
    fn commitments_need_a_milestone_due_by_their_date() {
        let raw = RawCommitment {
            owner: "Ministry of ICT".into(),
            owner_kind: "organization".into(),
            contact_email: "dg@ict.example".into(),
            title: "Connect every public school".into(),
            description: String::new(),
            due_on: "2027-12-31".into(),
            gdc_objective: "1".into(),
            action_line: "C2".into(),
            sdg: "4".into(),
            milestones: "Survey of schools | 2025-06-30\nTender | 2026-01-31".into(),
        };
        let c = parse_commitment(&raw).unwrap();
        assert_eq!(c.milestones.len(), 2);
        let late = RawCommitment { milestones: "Tender | 2028-01-31".into(), ..raw.clone() };
        assert_eq!(parse_commitment(&late).unwrap_err()[0].code, "after-due");
        let none = RawCommitment { milestones: String::new(), action_line: String::new(), ..raw };
        let fields: Vec<&str> = parse_commitment(&none).unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, ["action_line", "milestones"]);
    }

    #[test]
    fn percentages_and_staleness() {
        use MilestoneState::*;
        assert_eq!(percent_complete(&[Done, Planned, InProgress, Dropped]), 33);
        assert_eq!(percent_complete(&[Dropped]), 0);
        assert_eq!(percent_complete(&[Done, Done]), 100);
        use RecommendationStatus as S;
        assert_eq!(recommendation_percent(&[S::Implemented, S::PartlyImplemented]), 75);
        assert!(is_stale(50, 0, 90 * 86_400, 90));
        assert!(!is_stale(50, 0, 89 * 86_400, 90));
        assert!(!is_stale(100, 0, 900 * 86_400, 90));
        assert_eq!(milestone_move(Done, Planned, true), Err("final"));
        assert_eq!(milestone_move(InProgress, InProgress, false), Err("no-change"));
        assert_eq!(milestone_move(InProgress, InProgress, true), Ok(()));
    }

    fn raw_strategy() -> impl Strategy<Value = RawProject> {
        let country = prop_oneof![Just("FR".to_string()), Just("BR".to_string()), Just("XX".to_string()), "[A-Za-z]{0,3}"];
        let line = prop_oneof![Just("C1".to_string()), Just("C7/e-health".to_string()), Just("C12".to_string()), "[A-Z0-9/]{0,4}"];
        (
            proptest::collection::vec(country, 0..4),
            proptest::collection::vec(line, 0..4),
            proptest::collection::vec("[0-9]{1,2}", 0..4),
            proptest::collection::vec("[0-9]{1}", 0..3),
            prop_oneof![Just("2024-02-29".to_string()), Just("2023-02-29".to_string()), "[0-9-]{0,10}"],
            prop_oneof![Just("planned".to_string()), Just("done".to_string())],
            ".{0,30}",
        )
            .prop_map(|(countries, action_lines, sdgs, gdc_objectives, starts_on, status, title)| RawProject {
                countries,
                action_lines,
                sdgs,
                gdc_objectives,
                starts_on,
                status,
                title,
                ..good()
            })
    }

    proptest! {
        /// Whatever is typed: a project is accepted only with an action line, known countries, goals and objectives
        /// in range and a valid start date; every refusal names a field of the form; an accepted project's facets
        /// find it under each of its tags.
        #[test]
        fn the_parse_accepts_only_what_the_rules_allow(raw in raw_strategy()) {
            match parse_project(&raw) {
                Ok(p) => {
                    prop_assert!(!p.action_lines.is_empty() && !p.countries.is_empty());
                    prop_assert!(p.countries.iter().all(|c| country(c).is_some()));
                    prop_assert!(p.sdgs.iter().all(|g| (1..=17).contains(g)));
                    prop_assert!(p.gdc_objectives.iter().all(|o| (1..=5).contains(o)));
                    prop_assert!(iso_date(&p.starts_on).is_some());
                    let f = Facets::of(&p);
                    for o in &p.gdc_objectives {
                        let filter = FacetFilter { gdc: Some(*o), ..Default::default() };
                        prop_assert!(filter.keeps(&f));
                    }
                    for l in &p.action_lines {
                        let n = main_line(l).unwrap() as u8;
                        let filter = FacetFilter { action_line: Some(n), ..Default::default() };
                        prop_assert!(filter.keeps(&f));
                    }
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    let fields = ["title", "description", "organization", "stakeholder_group", "countries", "action_lines", "sdgs",
                        "gdc_objectives", "starts_on", "ends_on", "status", "links", "contact_email", "language"];
                    prop_assert!(errors.iter().all(|e| fields.contains(&e.field)));
                    if items(&raw.action_lines).is_empty() {
                        prop_assert!(errors.iter().any(|e| e.field == "action_lines"));
                    }
                    if items(&raw.countries).iter().any(|c| country(c).is_none()) {
                        prop_assert!(errors.iter().any(|e| e.field == "countries" && e.code == "unknown"));
                    }
                }
            }
        }

        /// Facet counts are counts over exactly the kept projects.
        #[test]
        fn facet_counts_match_the_kept_projects(
            packed in proptest::collection::vec((any::<u16>(), any::<u32>(), 0u8..32, 0u8..128, 0u8..6, 0u8..3), 0..60),
            line in proptest::option::of(1u8..12),
            gdc in proptest::option::of(1u8..6),
        ) {
            let all: Vec<Facets> = packed.iter().map(|(a, s, g, r, grp, st)| Facets {
                action_lines: a & 0x7ff, sdgs: s & 0x1ffff, gdc: *g, regions: *r, group: *grp, status: *st }).collect();
            let filter = FacetFilter { action_line: line, gdc, ..Default::default() };
            let (kept, counts) = facet_search(&all, &filter);
            prop_assert_eq!(kept.len(), counts.total);
            prop_assert_eq!(kept.len(), all.iter().filter(|f| filter.keeps(f)).count());
            if let Some(n) = line {
                prop_assert_eq!(counts.action_lines[n as usize - 1], counts.total);
            }
            prop_assert_eq!(counts.statuses.iter().sum::<usize>(), counts.total);
        }
    }
}
