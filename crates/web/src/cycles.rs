//! Cycles: the list of a forum's years, opening one, its overview (phases, themes), its settings (phases and
//! rules, edited by the Secretariat), and the call for issues with its tallies and the themes the MAG records.

use crate::dates::{day, parse_day};
use crate::forms::FormData;
use crate::json_api::{ApiCaller, ApiError, JsonBody};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::cycles::IssueError;
use agora_domain::accounts::Action;
use agora_domain::cycles::{CycleRules, IssueRefused, Phase, PhaseDates, phase_at};
use agora_domain::people::{StakeholderGroup, UnRegionalGroup, country};
use agora_store::cycles::{self, Cycle, CycleRow, IssueSubmission, NewCycle, Theme};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles", get(list).post(create))
        .route("/cycles/{id}", get(overview))
        .route("/cycles/{id}/settings", get(settings_form).post(settings_save))
        .route("/cycles/{id}/issues", get(issues).post(submit_issue))
        .route("/cycles/{id}/themes", post(add_theme))
        .route("/api/cycles", get(api_list))
        .route("/api/cycles/{id}", get(api_cycle))
        .route("/api/cycles/{id}/issues", post(submit_issue_api))
}

const DAY: i64 = 24 * 3600;

/// Default phases of a new cycle, from today: the IGF's rhythm (call ~6 weeks, screening 1 week, scoring 3 weeks …).
/// The calls for issues and for proposals both open at once; the Secretariat moves the dates in the settings.
pub fn default_phases(today: i64) -> Vec<(Phase, PhaseDates)> {
    let spans = [
        (Phase::CallForIssues, 0, 30),
        (Phase::CallForProposals, 0, 42),
        (Phase::Screening, 42, 49),
        (Phase::Evaluation, 49, 70),
        (Phase::Selection, 70, 77),
        (Phase::Scheduling, 77, 120),
        (Phase::Meeting, 120, 125),
        (Phase::Reporting, 125, 140),
    ];
    let midnight = today - today.rem_euclid(DAY);
    spans.iter().map(|(p, s, e)| (*p, PhaseDates { start: midnight + s * DAY, end: midnight + e * DAY })).collect()
}

pub async fn load(app: &App, id: i64) -> Result<Cycle, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(cycles::get(&mut conn, id).await?)
}

/// A phase as a row of the overview.
pub struct PhaseRow {
    pub code: &'static str,
    pub start: String,
    pub end: String,
    pub current: bool,
}

pub fn phase_rows(cycle: &Cycle) -> Vec<PhaseRow> {
    let current = phase_at(&cycle.phases, agora_store::now());
    cycle
        .phases
        .iter()
        .map(|(p, d)| PhaseRow { code: p.code(), start: day(d.start), end: day(d.end - 1), current: Some(*p) == current })
        .collect()
}

#[derive(Template)]
#[template(path = "cycles/list.html")]
struct ListPage {
    page: Page,
    cycles: Vec<CycleRow>,
}

async fn list(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycles = cycles::list(&mut conn).await?;
    Ok(html(&ListPage { page, cycles }))
}

async fn create(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let name = form.get("name").trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(AppError::BadRequest("a cycle needs a name of at most 120 characters".into()));
    }
    let cycle = NewCycle {
        name: name.into(),
        host: form.get("host").trim().into(),
        meeting_dates: form.get("meeting_dates").trim().into(),
        hybrid: form.checked("hybrid"),
    };
    let mut tx = app.db.begin().await?;
    let id = cycles::create(&mut tx, &cycle, &CycleRules::default(), &default_phases(agora_store::now())).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/settings"))).into_response())
}

#[derive(Template)]
#[template(path = "cycles/overview.html")]
struct OverviewPage {
    page: Page,
    cycle: Cycle,
    phases: Vec<PhaseRow>,
    themes: Vec<Theme>,
    json_ld: String,
    /// The meeting's first and last day, from its phase: shown as the dates, the announced text beside them.
    meeting: Option<(String, String)>,
    /// The cycle's year and the topics that emerged in it (from the insights' last build).
    year: i64,
    emerging: Vec<crate::insights::EmergingRow>,
    /// For the Secretariat: the registry's bodies, to address a recommendation on an emerging issue to those whose
    /// issues or scope name it.
    bodies: Vec<agora_store::bodies::Body>,
}

impl OverviewPage {
    fn emerged(&self, r: &crate::insights::EmergingRow) -> String {
        self.page.t_with(
            "insights-emerged-in",
            &[("year", self.year.to_string()), ("share", r.share.clone()), ("value", r.before_share.clone())],
        )
    }

    /// A new recommendation's form filled with the emerging issue and the bodies whose issues or scope name one of
    /// its label's words.
    fn recommend_href(&self, r: &crate::insights::EmergingRow) -> String {
        let words: Vec<String> = r.topic.label.split([' ', '·']).filter(|w| w.chars().count() > 3).map(str::to_lowercase).collect();
        let fits: Vec<String> = self
            .bodies
            .iter()
            .filter(|b| {
                let about = format!("{} {}", b.issues, b.scope).to_lowercase();
                words.iter().any(|w| about.contains(w.as_str()))
            })
            .map(|b| b.id.to_string())
            .collect();
        format!(
            "{}?title={}&cycle={}&bodies={}",
            self.page.href("/recommendations/new"),
            crate::query_value(&r.topic.label),
            self.cycle.id,
            fits.join(",")
        )
    }
}

async fn overview(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let cycle = load(&app, id).await?;
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, id).await?;
    let phases = phase_rows(&cycle);
    let meeting = cycle.phase(Phase::Meeting);
    let json_ld = crate::page::json_ld(serde_json::json!({
        "@type": "Event",
        "name": cycle.name,
        "location": { "@type": "Place", "name": cycle.host },
        "startDate": meeting.map(|d| day(d.start)),
        "endDate": meeting.map(|d| day(d.end - 1)),
        "eventAttendanceMode": if cycle.hybrid { "https://schema.org/MixedEventAttendanceMode" } else { "https://schema.org/OfflineEventAttendanceMode" },
        "about": themes.iter().map(|t| t.name.clone()).collect::<Vec<_>>(),
    }));
    let year = agora_app::insights::year_of(&cycle.name, meeting.map_or_else(agora_store::now, |d| d.start));
    let emerging = crate::insights::emerging_in(&app, year);
    let bodies = if page.may(Action::ManageConsultations) && !emerging.is_empty() {
        agora_store::bodies::list(&mut conn).await?
    } else {
        Vec::new()
    };
    let meeting = meeting.map(|d| (day(d.start), day(d.end - 1)));
    Ok(html(&OverviewPage { page, cycle, phases, themes, json_ld, meeting, year, emerging, bodies }))
}

#[derive(Template)]
#[template(path = "cycles/settings.html")]
struct SettingsPage {
    page: Page,
    cycle: Cycle,
    phases: Vec<PhaseRow>,
    formats: String,
    criteria: String,
    /// The Day 0 track's screening rules, comma-separated, and every rule code it may name.
    day0_rules: String,
    rule_codes: String,
    errors: Vec<String>,
}

impl SettingsPage {
    fn numbers(&self) -> Vec<(&'static str, u32)> {
        let mut rules = self.cycle.rules.clone();
        number_fields(&mut rules).into_iter().map(|(name, value)| (name, *value)).collect()
    }

    fn label(&self, name: &str) -> String {
        format!("settings-{}", name.replace('_', "-"))
    }

    fn new(page: Page, cycle: Cycle, errors: Vec<String>) -> SettingsPage {
        let formats = cycle
            .rules
            .formats
            .iter()
            .map(|(f, d)| format!("{f}: {}", d.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")))
            .collect::<Vec<_>>()
            .join("\n");
        let criteria = cycle.rules.criteria.join(", ");
        let day0_rules = cycle.rules.day0_screening.rules.join(", ");
        let rule_codes = agora_domain::tracks::SCREENING_RULES.join(", ");
        SettingsPage { phases: phase_rows(&cycle), page, cycle, formats, criteria, day0_rules, rule_codes, errors }
    }
}

async fn settings_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load(&app, id).await?;
    Ok(html(&SettingsPage::new(page, cycle, Vec::new())))
}

/// The numeric settings of the form, with their field names.
fn number_fields(rules: &mut CycleRules) -> Vec<(&'static str, &mut u32)> {
    vec![
        ("min_confirmed_speakers", &mut rules.min_confirmed_speakers),
        ("min_onsite_speakers", &mut rules.min_onsite_speakers),
        ("min_onsite_moderators", &mut rules.min_onsite_moderators),
        ("max_proposals_per_person", &mut rules.max_proposals_per_person),
        ("max_proposals_per_institution", &mut rules.max_proposals_per_institution),
        ("max_sessions_per_speaker", &mut rules.max_sessions_per_speaker),
        ("title_max_chars", &mut rules.title_max_chars),
        ("description_max_words", &mut rules.description_max_words),
        ("score_min", &mut rules.score_min),
        ("score_max", &mut rules.score_max),
        ("evaluators_per_proposal", &mut rules.evaluators_per_proposal),
        ("slots", &mut rules.slots),
        ("per_theme_cap", &mut rules.per_theme_cap),
        ("target_developing_percent", &mut rules.target_developing_percent),
        ("target_first_time_percent", &mut rules.target_first_time_percent),
        ("target_gender_diverse_percent", &mut rules.target_gender_diverse_percent),
        ("target_per_region", &mut rules.target_per_region),
        ("report_due_days", &mut rules.report_due_days),
        ("recommendation_reminder_days", &mut rules.recommendation_reminder_days),
        ("mag_size", &mut rules.mag_size),
        ("mag_max_government_percent", &mut rules.mag_max_government_percent),
        ("mag_balance_tolerance", &mut rules.mag_balance_tolerance),
        ("mag_max_consecutive_terms", &mut rules.mag_max_consecutive_terms),
        ("mag_min_rotation_percent", &mut rules.mag_min_rotation_percent),
        ("rough_consensus_block_percent", &mut rules.rough_consensus_block_percent),
        ("meeting_delegates_per_organization", &mut rules.meeting.delegates_per_organization),
        ("meeting_photo_retention_days", &mut rules.meeting.photo_retention_days),
    ]
}

/// Reads the settings form into rules and phases, or the problems found (as translation keys).
fn read_settings(form: &FormData, cycle: &Cycle) -> Result<(CycleRules, Vec<(Phase, PhaseDates)>), Vec<String>> {
    let mut rules = cycle.rules.clone();
    let mut errors = Vec::new();
    for (name, value) in number_fields(&mut rules) {
        match form.get(name).trim().parse::<u32>() {
            Ok(n) if n <= 100_000 => *value = n,
            _ => errors.push(format!("settings-error-number:{name}")),
        }
    }
    rules.gender_diverse_speakers = form.checked("gender_diverse_speakers");
    rules.previous_report_required = form.checked("previous_report_required");
    rules.formats = form
        .get("formats")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let (format, durations) = line.split_once(':').unwrap_or((line, ""));
            (format.trim().to_string(), durations.split_whitespace().filter_map(|d| d.parse().ok()).collect())
        })
        .collect();
    rules.criteria = form.get("criteria").split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    // The Day 0 track's lighter screening: left empty, the cycle keeps its set (a form from before it existed).
    let day0: Vec<String> = form.get("day0_rules").split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    if !day0.is_empty() {
        rules.day0_screening.rules = day0;
    }
    match form.get("day0_min_confirmed_speakers").trim() {
        "" => {}
        typed => match typed.parse::<u32>() {
            Ok(n) if n <= 100 => rules.day0_screening.min_confirmed_speakers = n,
            _ => errors.push("settings-error-number:day0_min_confirmed_speakers".into()),
        },
    }
    errors.extend(rules.problems().into_iter().map(|p| format!("settings-error-{p}")));
    let mut phases = Vec::new();
    for phase in Phase::ALL {
        let (start, end) = (form.get(&format!("{}_start", phase.code())), form.get(&format!("{}_end", phase.code())));
        if start.is_empty() && end.is_empty() {
            continue;
        }
        match (parse_day(start), parse_day(end)) {
            (Some(s), Some(e)) if s <= e => phases.push((*phase, PhaseDates { start: s, end: e + DAY })),
            _ => errors.push(format!("settings-error-phase:{}", phase.code())),
        }
    }
    if errors.is_empty() { Ok((rules, phases)) } else { Err(errors) }
}

async fn settings_save(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load(&app, id).await?;
    let (rules, phases) = match read_settings(&form, &cycle) {
        Ok(valid) => valid,
        Err(problems) => {
            let errors = problems
                .iter()
                .map(|p| match p.split_once(':') {
                    Some((key, field)) => page.t1(key, "field", page.t(&format!("settings-{}", field.replace('_', "-")))),
                    None => page.t(p),
                })
                .collect();
            return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&SettingsPage::new(page, cycle, errors))).into_response());
        }
    };
    let mut tx = app.db.begin().await?;
    cycles::set_rules(&mut tx, id, &rules).await?;
    cycles::set_phases(&mut tx, id, &phases).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}"))).into_response())
}

pub struct TallyRow {
    pub label: String,
    pub count: usize,
}

#[derive(Template)]
#[template(path = "cycles/issues.html")]
struct IssuesPage {
    page: Page,
    cycle: Cycle,
    issues: Vec<IssueSubmission>,
    by_group: Vec<TallyRow>,
    by_region: Vec<TallyRow>,
    themes: Vec<Theme>,
    open: bool,
    error: Option<String>,
}

async fn issues_page(app: &App, page: Page, id: i64, error: Option<String>) -> Result<Response, AppError> {
    let cycle = load(app, id).await?;
    let mut conn = app.db.acquire().await?;
    let issues = cycles::issues(&mut conn, id).await?;
    let themes = cycles::themes(&mut conn, id).await?;
    let by_group = StakeholderGroup::ALL
        .iter()
        .map(|g| TallyRow {
            label: page.term("stakeholder-group", g.code()),
            count: issues.iter().filter(|i| i.stakeholder_group == g.code()).count(),
        })
        .collect();
    let region_of = |i: &IssueSubmission| country(&i.country).map_or(UnRegionalGroup::NoGroup, |c| c.un_regional_group);
    let by_region = UnRegionalGroup::ALL
        .iter()
        .filter(|g| **g != UnRegionalGroup::IntergovernmentalOrganizations)
        .map(|g| TallyRow { label: page.term("regional-group", g.code()), count: issues.iter().filter(|i| region_of(i) == *g).count() })
        .collect();
    let open = cycle.phase(Phase::CallForIssues).is_none_or(|d| agora_store::now() < d.end);
    let status = if error.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((status, html(&IssuesPage { page, cycle, issues, by_group, by_region, themes, open, error })).into_response())
}

async fn issues(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    issues_page(&app, page, id, None).await
}

async fn submit_issue(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    let refusal = match agora_app::cycles::submit_issue(&mut tx, id, user.id, form.get("text"), agora_store::now()).await {
        Ok(_) => None,
        Err(IssueError::Refused(IssueRefused::Closed { ended_at })) => Some(page.t1("issues-closed", "date", day(ended_at - 1))),
        Err(IssueError::Refused(IssueRefused::Length)) => Some(page.t("issues-error-length")),
        Err(e) => return Err(e.into()),
    };
    if refusal.is_some() {
        drop(tx);
        return issues_page(&app, page, id, refusal).await;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/issues"))).into_response())
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewIssue {
    /// The issue, 1 to 2,000 characters.
    pub text: String,
}

/// Submits an issue to a cycle's call for issues, as the token's participant.
#[utoipa::path(post, path = "/api/cycles/{id}/issues", tag = "cycles", params(("id" = i64, Path)), request_body = NewIssue,
    security(("token" = ["issues:write"])),
    responses((status = 201, description = "the issue's id"), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError)))]
pub(crate) async fn submit_issue_api(
    State(app): State<App>,
    caller: ApiCaller,
    Path(cycle_id): Path<i64>,
    JsonBody(issue): JsonBody<NewIssue>,
) -> Result<Response, AppError> {
    caller.require("issues:write")?;
    let mut tx = app.db.begin().await?;
    let id = match agora_app::cycles::submit_issue(&mut tx, cycle_id, caller.participant_id, &issue.text, agora_store::now()).await {
        Ok(id) => id,
        Err(IssueError::Refused(IssueRefused::Closed { .. })) => return Err(AppError::ForbiddenBecause("issues-closed".into())),
        Err(IssueError::Refused(IssueRefused::Length)) => return Err(AppError::BadRequest("text: 1 to 2,000 characters".into())),
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    app.cache.invalidate();
    Ok((axum::http::StatusCode::CREATED, axum::Json(serde_json::json!({ "id": id }))).into_response())
}

async fn add_theme(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::RecordThemes)?;
    let name = form.get("name").trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::BadRequest("a theme needs a name of at most 200 characters".into()));
    }
    let mut tx = app.db.begin().await?;
    load(&app, id).await?;
    let theme = cycles::NewTheme {
        name,
        description: form.get("description").trim(),
        sub_themes: form.get("sub_themes").trim(),
        policy_questions: form.get("policy_questions").trim(),
    };
    cycles::add_theme(&mut tx, id, &theme).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/issues#themes"))).into_response())
}

/// The forum's cycles.
#[utoipa::path(get, path = "/api/cycles", tag = "cycles", responses((status = 200, description = "the cycles")))]
pub(crate) async fn api_list(State(app): State<App>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let rows = cycles::list(&mut conn).await?;
    Ok(crate::export::json_response(
        &rows
            .iter()
            .map(|c| serde_json::json!({ "id": c.id, "name": c.name, "host": c.host, "meeting_dates": c.meeting_dates }))
            .collect::<Vec<_>>(),
    ))
}

/// A cycle with its phases, rules and themes.
#[utoipa::path(get, path = "/api/cycles/{id}", tag = "cycles", params(("id" = i64, Path)), responses((status = 200, description = "the cycle and its themes"), (status = 404, body = ApiError)))]
pub(crate) async fn api_cycle(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let cycle = load(&app, id).await?;
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, id).await?;
    Ok(crate::export::json_response(&serde_json::json!({ "cycle": cycle, "themes": themes })))
}
