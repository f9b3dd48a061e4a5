//! WSIS stocktaking and the accountability tracker: a signed-in participant registers a project; the
//! Secretariat validates it from a queue; the public register with its facets (action line, SDG, GDC objective,
//! region, stakeholder group, status), counts by region, CSV / JSON and the API; commitments with milestones their
//! owners update through a one-time link; the tracker of commitments and recommendations with percent complete,
//! last update, evidence and stale items flagged.

use crate::auth::{random_token, token_hash};
use crate::dates::{day, day_time};
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_app::stocktaking::{self as app_stocktaking, MilestoneUpdate, StocktakingError};
use agora_domain::accounts::Action;
use agora_domain::people::{StakeholderGroup, UnRegionalGroup};
use agora_domain::recommendations::Status as RecommendationStatus;
use agora_domain::reference::{action_lines, gdc_objectives, sdgs_in};
use agora_domain::stocktaking::{
    FacetCounts, FacetFilter, Facets, FieldError, MilestoneState, OwnerKind, ProjectStatus, RawCommitment, RawProject, facet_search,
    is_stale, percent_complete, recommendation_percent,
};
use agora_store::stocktaking::{self as store, Commitment, Milestone, Project, Update, split};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/stocktaking", get(register).post(submit))
        .route("/stocktaking.csv", get(register_csv))
        .route("/stocktaking.json", get(register_json))
        .route("/api/stocktaking", get(register_api))
        .route("/stocktaking/new", get(new_project))
        .route("/stocktaking/queue", get(queue))
        .route("/stocktaking/{id}", get(view_project))
        .route("/stocktaking/{id}/review", post(review))
        .route("/commitments", post(record_commitment))
        .route("/commitments/new", get(new_commitment))
        .route("/commitments/{id}", get(view_commitment))
        .route("/commitments/update/{token}", get(update_page).post(update))
        .route("/tracker", get(tracker))
        .route("/tracker.csv", get(tracker_csv))
        .route("/api/tracker", get(tracker_api))
        .route("/tracker/settings", post(tracker_settings))
}

/// How long a commitment's update link stays valid.
const LINK_DAYS: i64 = 365;
const DAY: i64 = 24 * 3600;
/// Days without an update after which an unfinished item is flagged, unless the Secretariat set another number.
pub const DEFAULT_STALE_DAYS: u32 = 90;
const STALE_SETTING: &str = "tracker.stale_days";
/// Projects shown per page of the register.
const PER_PAGE: usize = 50;

/// The register's filter, from the query string: each facet's value, or empty.
#[derive(Debug, Default, Deserialize, Clone)]
pub struct RegisterQuery {
    #[serde(default)]
    pub action_line: String,
    #[serde(default)]
    pub sdg: String,
    #[serde(default)]
    pub gdc: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub page: Option<usize>,
    /// The API's page size and cursor.
    #[serde(default)]
    pub limit: Option<i64>,
    #[serde(default)]
    pub cursor: Option<String>,
}

impl RegisterQuery {
    fn filter(&self) -> FacetFilter {
        FacetFilter {
            action_line: self.action_line.trim_start_matches('C').parse().ok(),
            sdg: self.sdg.trim_start_matches("sdg-").parse().ok(),
            gdc: self.gdc.trim_start_matches("gdc-").parse().ok(),
            region: UnRegionalGroup::from_code(&self.region),
            group: StakeholderGroup::from_code(&self.group),
            status: ProjectStatus::from_code(&self.status),
        }
    }

    fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("action_line", &self.action_line),
            ("sdg", &self.sdg),
            ("gdc", &self.gdc),
            ("region", &self.region),
            ("group", &self.group),
            ("status", &self.status),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| (k, v.clone()))
        .collect()
    }

    /// The query string with `param` set to `value` (or removed when empty), without the page.
    fn with(&self, param: &str, value: &str) -> String {
        let mut pairs: Vec<(&str, String)> = self.pairs().into_iter().filter(|(k, _)| *k != param).collect();
        if !value.is_empty() {
            pairs.push((param, value.to_string()));
        }
        pairs.iter().map(|(k, v)| format!("{k}={}", crate::query_value(v))).collect::<Vec<_>>().join("&")
    }
}

/// One validated project as the register and its exports list it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ProjectRow {
    pub id: i64,
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
    pub links: Vec<String>,
    pub language: String,
    pub url: String,
}

fn row(app: &App, p: Project) -> ProjectRow {
    ProjectRow {
        url: format!("{}/stocktaking/{}", app.config.public_url, p.id),
        countries: split(&p.countries),
        action_lines: split(&p.action_lines),
        sdgs: split(&p.sdgs),
        gdc_objectives: split(&p.gdc_objectives),
        links: p.links.lines().map(String::from).collect(),
        id: p.id,
        title: p.title,
        description: p.description,
        organization: p.organization,
        stakeholder_group: p.stakeholder_group,
        starts_on: p.starts_on,
        ends_on: p.ends_on,
        status: p.status,
        language: p.language,
    }
}

fn numbers(list: &str) -> Vec<u8> {
    split(list).iter().filter_map(|n| n.parse().ok()).collect()
}

/// The validated projects' ids (newest first) with their facets.
async fn all_facets(app: &App) -> Result<(Vec<i64>, Vec<Facets>), AppError> {
    let mut conn = app.db.acquire().await?;
    let rows = store::validated_facets(&mut conn).await?;
    let facets = rows
        .iter()
        .map(|r| {
            Facets::from_parts(
                &split(&r.action_lines),
                &numbers(&r.sdgs),
                &numbers(&r.gdc_objectives),
                &split(&r.countries),
                StakeholderGroup::from_code(&r.stakeholder_group).unwrap_or(StakeholderGroup::CivilSociety),
                ProjectStatus::from_code(&r.status).unwrap_or(ProjectStatus::Ongoing),
            )
        })
        .collect();
    Ok((rows.iter().map(|r| r.id).collect(), facets))
}

/// The ids of the validated projects the query keeps, newest first, and the facet counts over them. The facets
/// are kept in memory while the public record does not change.
async fn search(app: &App, query: &RegisterQuery) -> Result<(Vec<i64>, FacetCounts, usize), AppError> {
    let index = app.cache.register(app, || all_facets(app)).await?;
    let (ids, facets) = (&index.0, &index.1);
    let (kept, counts) = facet_search(facets, &query.filter());
    Ok((kept.into_iter().map(|i| ids[i]).collect(), counts, ids.len()))
}

/// One facet value as a link that sets it (or, chosen, clears it), with its count.
pub struct FacetOption {
    pub label: String,
    pub count: usize,
    pub href: String,
    pub selected: bool,
}

pub struct FacetGroup {
    pub name: String,
    pub options: Vec<FacetOption>,
}

#[derive(Template)]
#[template(path = "stocktaking/register.html")]
struct RegisterPage {
    page: Page,
    query: RegisterQuery,
    projects: Vec<ProjectRow>,
    counts: FacetCounts,
    total: usize,
    page_number: usize,
    pages: usize,
}

impl RegisterPage {
    fn option(&self, param: &str, value: String, label: String, count: usize, current: &str) -> FacetOption {
        let selected = current == value;
        let query = self.query.with(param, if selected { "" } else { &value });
        FacetOption { label, count, href: format!("{}?{query}", self.page.href("/stocktaking")), selected }
    }

    fn facets(&self) -> Vec<FacetGroup> {
        let q = &self.query;
        let c = &self.counts;
        let lines = action_lines()
            .iter()
            .filter(|l| l.sub_line.is_empty())
            .enumerate()
            .map(|(i, l)| {
                self.option("action_line", l.code.to_string(), format!("{} {}", l.code, l.title), c.action_lines[i], &q.action_line)
            })
            .collect();
        let goals = sdgs_in(self.page.lang.code())
            .iter()
            .map(|g| self.option("sdg", g.goal.to_string(), format!("{}. {}", g.goal, g.short), c.sdgs[g.goal as usize - 1], &q.sdg))
            .collect();
        let gdc = gdc_objectives()
            .iter()
            .map(|o| {
                self.option(
                    "gdc",
                    o.number.to_string(),
                    self.page.t(&format!("gdc-objective-{}", o.number)),
                    c.gdc[o.number as usize - 1],
                    &q.gdc,
                )
            })
            .collect();
        let regions = UnRegionalGroup::ALL
            .iter()
            .enumerate()
            .filter(|(_, r)| **r != UnRegionalGroup::IntergovernmentalOrganizations)
            .map(|(i, r)| self.option("region", r.code().into(), self.page.term("regional-group", r.code()), c.regions[i], &q.region))
            .collect();
        let groups = StakeholderGroup::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| self.option("group", g.code().into(), self.page.term("stakeholder-group", g.code()), c.groups[i], &q.group))
            .collect();
        let statuses = ProjectStatus::ALL
            .iter()
            .enumerate()
            .map(|(i, s)| self.option("status", s.code().into(), self.page.term("project-status", s.code()), c.statuses[i], &q.status))
            .collect();
        let t = |k: &str| self.page.t(k);
        vec![
            FacetGroup { name: t("stocktaking-facet-action-line"), options: lines },
            FacetGroup { name: t("stocktaking-facet-sdg"), options: goals },
            FacetGroup { name: t("stocktaking-facet-gdc"), options: gdc },
            FacetGroup { name: t("stocktaking-facet-region"), options: regions },
            FacetGroup { name: t("stocktaking-facet-group"), options: groups },
            FacetGroup { name: t("stocktaking-facet-status"), options: statuses },
        ]
    }

    /// Counts by UN regional group (a project counts once in each region of its countries), with a bar's share.
    fn regions(&self) -> Vec<(String, usize, usize)> {
        let max = self.counts.regions.iter().copied().max().unwrap_or(0).max(1);
        UnRegionalGroup::ALL
            .iter()
            .enumerate()
            .filter(|(_, r)| **r != UnRegionalGroup::IntergovernmentalOrganizations)
            .map(|(i, r)| (self.page.term("regional-group", r.code()), self.counts.regions[i], self.counts.regions[i] * 100 / max))
            .collect()
    }

    fn export_query(&self) -> String {
        self.query.with("", "")
    }

    fn page_href(&self, n: usize) -> String {
        let q = self.query.with("page", &n.to_string());
        format!("{}?{q}", self.page.href("/stocktaking"))
    }

    fn gdc_label(&self, n: &str) -> String {
        self.page.t(&format!("gdc-objective-{n}"))
    }

    fn matching(&self) -> String {
        self.page.t_with("stocktaking-matching", &[("count", self.counts.total.to_string()), ("total", self.total.to_string())])
    }

    fn page_of(&self) -> String {
        self.page.t_with("stocktaking-page-of", &[("n", self.page_number.to_string()), ("total", self.pages.to_string())])
    }
}

async fn register(State(app): State<App>, page: Page, Query(query): Query<RegisterQuery>) -> Result<Response, AppError> {
    let (ids, counts, total) = search(&app, &query).await?;
    let pages = ids.len().div_ceil(PER_PAGE).max(1);
    let page_number = query.page.unwrap_or(1).clamp(1, pages);
    let shown: Vec<i64> = ids.iter().skip((page_number - 1) * PER_PAGE).take(PER_PAGE).copied().collect();
    let mut conn = app.db.acquire().await?;
    let projects = store::projects_by_id(&mut conn, &shown).await?.into_iter().map(|p| row(&app, p)).collect();
    Ok(html(&RegisterPage { page, query, projects, counts, total, page_number, pages }))
}

async fn matching_rows(app: &App, query: &RegisterQuery) -> Result<Vec<ProjectRow>, AppError> {
    let (ids, _, _) = search(app, query).await?;
    let mut conn = app.db.acquire().await?;
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        rows.extend(store::projects_by_id(&mut conn, chunk).await?.into_iter().map(|p| row(app, p)));
    }
    Ok(rows)
}

async fn register_csv(State(app): State<App>, Query(query): Query<RegisterQuery>) -> Result<Response, AppError> {
    let header = [
        "id",
        "title",
        "organization",
        "stakeholder_group",
        "countries",
        "action_lines",
        "sdgs",
        "gdc_objectives",
        "starts_on",
        "ends_on",
        "status",
        "language",
        "links",
        "url",
    ];
    let rows = matching_rows(&app, &query).await?.into_iter().map(|r| {
        vec![
            r.id.to_string(),
            r.title,
            r.organization,
            r.stakeholder_group,
            r.countries.join(" "),
            r.action_lines.join(" "),
            r.sdgs.join(" "),
            r.gdc_objectives.join(" "),
            r.starts_on,
            r.ends_on,
            r.status,
            r.language,
            r.links.join(" "),
            r.url,
        ]
    });
    Ok(csv_response("stocktaking.csv", csv_document(&header, rows)))
}

async fn register_json(State(app): State<App>, Query(query): Query<RegisterQuery>) -> Result<Response, AppError> {
    Ok(axum::Json(matching_rows(&app, &query).await?).into_response())
}

/// The API's answer: the facet counts over every match, and one page of the matching projects.
#[derive(Serialize, utoipa::ToSchema)]
pub struct RegisterJson {
    pub total: usize,
    #[schema(value_type = Object)]
    pub counts: FacetCounts,
    pub projects: Vec<ProjectRow>,
    pub next_cursor: Option<String>,
}

#[utoipa::path(get, path = "/api/stocktaking", tag = "stocktaking",
    params(
        ("action_line" = Option<String>, Query, description = "a WSIS action line, C1 to C11 (a C7 sub-line counts for C7)"),
        ("sdg" = Option<u8>, Query, description = "a Sustainable Development Goal, 1 to 17"),
        ("gdc" = Option<u8>, Query, description = "a Global Digital Compact objective, 1 to 5"),
        ("region" = Option<String>, Query, description = "a UN regional group: african, asia-pacific, eastern-european, latin-american-caribbean, western-european-others, no-group"),
        ("group" = Option<String>, Query, description = "the registering organization's stakeholder group"),
        ("status" = Option<String>, Query, description = "planned, ongoing or completed"),
        ("limit" = Option<i64>, Query, description = "projects per page, 1 to 500 (100)"),
        ("cursor" = Option<String>, Query, description = "the next_cursor of the previous page"),
    ),
    responses((status = 200, description = "the validated projects that match, newest first, with the facet counts over all of them", body = RegisterJson),
              (status = 400, body = crate::json_api::ApiError)))]
pub(crate) async fn register_api(State(app): State<App>, Query(query): Query<RegisterQuery>) -> Result<Response, AppError> {
    let limit = query.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(AppError::BadRequest("limit must be between 1 and 500".into()));
    }
    let after = query.cursor.as_deref().map(crate::json_api::decode_cursor).transpose()?;
    let (ids, counts, _) = search(&app, &query).await?;
    let page: Vec<i64> = ids.iter().copied().filter(|id| after.is_none_or(|a| *id < a)).take(limit as usize).collect();
    let next_cursor = (page.len() as i64 == limit).then(|| page.last().map(|id| crate::json_api::encode_cursor(*id))).flatten();
    let mut conn = app.db.acquire().await?;
    let projects = store::projects_by_id(&mut conn, &page).await?.into_iter().map(|p| row(&app, p)).collect();
    Ok(axum::Json(RegisterJson { total: counts.total, counts, projects, next_cursor }).into_response())
}

/// The project form as typed, with its refusals as (field, sentence).
#[derive(Default)]
pub struct ProjectForm {
    pub raw: RawProject,
    pub countries: String,
    pub errors: Vec<(String, String)>,
}

impl ProjectForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    pub fn has(list: &[String], value: &str) -> bool {
        list.iter().any(|v| v == value)
    }
}

/// A refusal's sentence: the field's own (`stocktaking-error-FIELD-CODE`) if the catalogs have one, else the code's.
fn error_text(page: &Page, e: &FieldError) -> String {
    let args = [("value", e.value.clone())];
    let specific = format!("stocktaking-error-{}-{}", e.field.replace('_', "-"), e.code);
    let text = page.t_with(&specific, &args);
    if text != specific { text } else { page.t_with(&format!("stocktaking-error-{}", e.code), &args) }
}

fn field_errors(page: &Page, errors: &[FieldError]) -> Vec<(String, String)> {
    errors.iter().map(|e| (e.field.to_string(), error_text(page, e))).collect()
}

#[derive(Template)]
#[template(path = "stocktaking/project-form.html")]
struct ProjectFormPage {
    page: Page,
    form: ProjectForm,
}

impl ProjectFormPage {
    fn lines(&self) -> Vec<(String, &'static str)> {
        crate::reference::action_line_choices(false)
    }

    fn goals(&self) -> Vec<(String, &'static str)> {
        crate::reference::goal_choices(&self.page)
    }

    fn objectives(&self) -> Vec<(String, String)> {
        crate::reference::objective_choices(&self.page)
    }

    fn groups(&self) -> Vec<(&'static str, String)> {
        StakeholderGroup::ALL.iter().map(|g| (g.code(), self.page.term("stakeholder-group", g.code()))).collect()
    }

    fn statuses(&self) -> Vec<(&'static str, String)> {
        ProjectStatus::ALL.iter().map(|s| (s.code(), self.page.term("project-status", s.code()))).collect()
    }
}

/// The signed-in participant's address, to fill a form's contact.
async fn email_of(app: &App, participant_id: i64) -> Result<String, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(agora_store::participants::get(&mut conn, participant_id).await?.email)
}

async fn new_project(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let raw = RawProject {
        status: "ongoing".into(),
        contact_email: email_of(&app, user.id).await?,
        language: page.lang_code().into(),
        ..RawProject::default()
    };
    Ok(html(&ProjectFormPage { page, form: ProjectForm { raw, ..ProjectForm::default() } }))
}

async fn submit(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let countries = form.get("countries").to_string();
    let raw = RawProject {
        title: form.get("title").into(),
        description: form.get("description").into(),
        organization: form.get("organization").into(),
        stakeholder_group: form.get("stakeholder_group").into(),
        countries: countries.split([',', ' ', ';']).map(String::from).collect(),
        action_lines: form.all("action_lines"),
        sdgs: form.all("sdgs"),
        gdc_objectives: form.all("gdc_objectives"),
        starts_on: form.get("starts_on").into(),
        ends_on: form.get("ends_on").into(),
        status: form.get("status").into(),
        links: form.get("links").into(),
        contact_email: form.get("contact_email").into(),
        language: form.get("language").into(),
    };
    let mut tx = app.db.begin().await?;
    match app_stocktaking::register_project(&mut tx, user.id, &raw).await {
        Ok(id) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/stocktaking/{id}"))).into_response())
        }
        Err(StocktakingError::Invalid(errors)) => {
            let errors = field_errors(&page, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&ProjectFormPage { page, form: ProjectForm { raw, countries, errors } }))
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "stocktaking/project.html")]
struct ProjectPage {
    page: Page,
    project: ProjectRow,
    review: String,
    review_note: String,
    may_review: bool,
    submitted: String,
}

impl ProjectPage {
    fn line_title(&self, id: &str) -> String {
        action_lines().iter().find(|l| l.id() == id).map(|l| l.title.to_string()).unwrap_or_default()
    }

    fn gdc_label(&self, n: &str) -> String {
        self.page.t(&format!("gdc-objective-{n}"))
    }
}

async fn view_project(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let p = store::get(&mut conn, id).await?;
    let may_review = page.may(Action::ManageConsultations);
    let mine = page.user.as_ref().is_some_and(|u| Some(u.id) == p.submitted_by);
    if p.review != "validated" && !(may_review || mine) {
        return Err(AppError::NotFound);
    }
    let (review, review_note, submitted) = (p.review.clone(), p.review_note.clone(), day(p.submitted_at));
    Ok(html(&ProjectPage { project: row(&app, p), review, review_note, may_review, submitted, page }))
}

#[derive(Template)]
#[template(path = "stocktaking/queue.html")]
struct QueuePage {
    page: Page,
    pending: Vec<ProjectRow>,
    notice: String,
}

async fn queue_page(app: &App, page: Page, notice: String) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let mut conn = app.db.acquire().await?;
    let pending = store::by_review(&mut conn, "pending").await?.into_iter().map(|p| row(app, p)).collect();
    Ok(html(&QueuePage { page, pending, notice }))
}

async fn queue(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    queue_page(&app, page, String::new()).await
}

async fn review(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::ManageConsultations)?;
    let validate = match form.get("decision") {
        "validate" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest("decision must be validate or reject".into())),
    };
    let mut tx = app.db.begin().await?;
    match app_stocktaking::review_project(&mut tx, id, validate, form.get("note"), user.id).await {
        Ok(()) => {
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href("/stocktaking/queue")).into_response())
        }
        Err(StocktakingError::Invalid(_)) => {
            drop(tx);
            let notice = page.t("stocktaking-reject-needs-reason");
            Ok((StatusCode::UNPROCESSABLE_ENTITY, queue_page(&app, page, notice).await?).into_response())
        }
        Err(StocktakingError::AlreadyReviewed) => Err(AppError::Store(agora_store::StoreError::Conflict)),
        Err(e) => Err(e.into()),
    }
}

/// The commitment form as typed.
#[derive(Default)]
pub struct CommitmentForm {
    pub raw: RawCommitment,
    pub errors: Vec<(String, String)>,
}

impl CommitmentForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }
}

#[derive(Template)]
#[template(path = "stocktaking/commitment-form.html")]
struct CommitmentFormPage {
    page: Page,
    form: CommitmentForm,
}

impl CommitmentFormPage {
    fn lines(&self) -> Vec<(String, &'static str)> {
        crate::reference::action_line_choices(false)
    }

    fn goals(&self) -> Vec<(String, &'static str)> {
        crate::reference::goal_choices(&self.page)
    }

    fn objectives(&self) -> Vec<(String, String)> {
        crate::reference::objective_choices(&self.page)
    }

    fn kinds(&self) -> Vec<(&'static str, String)> {
        OwnerKind::ALL.iter().map(|k| (k.code(), self.page.term("commitment-owner-kind", k.code()))).collect()
    }
}

async fn new_commitment(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let raw =
        RawCommitment { owner_kind: "organization".into(), contact_email: email_of(&app, user.id).await?, ..RawCommitment::default() };
    Ok(html(&CommitmentFormPage { page, form: CommitmentForm { raw, errors: Vec::new() } }))
}

/// Mails a commitment's owner its update link (`token`) with `subject_key` / `body_key`.
async fn mail_link(
    app: &App,
    tx: &mut agora_store::Tx,
    email: &str,
    title: &str,
    owner: &str,
    token: &str,
    keys: (&str, &str),
) -> Result<(), AppError> {
    let forum = app.cache.identity(app).await.display_name().to_string();
    let args = [
        ("forum", forum),
        ("title", title.to_string()),
        ("name", owner.to_string()),
        ("link", format!("{}/commitments/update/{token}", app.config.public_url)),
        ("date", day(agora_store::now() + LINK_DAYS * DAY)),
    ];
    let language = agora_domain::people::Language::English;
    let subject = crate::i18n::text_with(language, keys.0, &args);
    mail::queue(tx, email, &subject, &crate::i18n::text_with(language, keys.1, &args)).await?;
    Ok(())
}

async fn record_commitment(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let raw = RawCommitment {
        owner: form.get("owner").into(),
        owner_kind: form.get("owner_kind").into(),
        contact_email: form.get("contact_email").into(),
        title: form.get("title").into(),
        description: form.get("description").into(),
        due_on: form.get("due_on").into(),
        gdc_objective: form.get("gdc_objective").into(),
        action_line: form.get("action_line").into(),
        sdg: form.get("sdg").into(),
        milestones: form.get("milestones").into(),
    };
    let token = random_token(24);
    let mut tx = app.db.begin().await?;
    match app_stocktaking::record_commitment(&mut tx, Some(user.id), &raw, &token_hash(&token), agora_store::now() + LINK_DAYS * DAY).await
    {
        Ok((id, c)) => {
            mail_link(&app, &mut tx, &c.contact_email, &c.title, &c.owner, &token, ("mail-commitment-subject", "mail-commitment-body"))
                .await?;
            tx.commit().await?;
            app.cache.invalidate();
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/commitments/{id}"))).into_response())
        }
        Err(StocktakingError::Invalid(errors)) => {
            let errors = field_errors(&page, &errors);
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&CommitmentFormPage { page, form: CommitmentForm { raw, errors } })).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "stocktaking/commitment.html")]
struct CommitmentPage {
    page: Page,
    commitment: Commitment,
    milestones: Vec<Milestone>,
    updates: Vec<Update>,
    percent: u8,
}

impl CommitmentPage {
    fn date(&self, at: &i64) -> String {
        day_time(*at)
    }

    fn gdc_label(&self) -> String {
        self.page.t(&format!("gdc-objective-{}", self.commitment.gdc_objective))
    }

    fn milestone_title(&self, id: &i64) -> String {
        self.milestones.iter().find(|m| m.id == *id).map(|m| m.title.clone()).unwrap_or_default()
    }
}

fn states(milestones: &[Milestone]) -> Vec<MilestoneState> {
    milestones.iter().map(|m| MilestoneState::from_code(&m.state).unwrap_or(MilestoneState::Planned)).collect()
}

async fn view_commitment(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let commitment = store::commitment(&mut conn, id).await?;
    let milestones = store::milestones(&mut conn, Some(id)).await?;
    let updates = store::updates(&mut conn, id).await?;
    let percent = percent_complete(&states(&milestones));
    Ok(html(&CommitmentPage { page, commitment, milestones, updates, percent }))
}

#[derive(Template)]
#[template(path = "stocktaking/update.html")]
struct UpdatePage {
    page: Page,
    token: String,
    problem: String,
    error: String,
    commitment: Option<Commitment>,
    milestones: Vec<Milestone>,
    typed: (String, String, String, String),
}

impl UpdatePage {
    fn states(&self) -> Vec<(&'static str, String)> {
        MilestoneState::ALL.iter().map(|s| (s.code(), self.page.term("milestone-state", s.code()))).collect()
    }

    fn open(&self) -> Vec<&Milestone> {
        self.milestones.iter().filter(|m| m.state != "done" && m.state != "dropped").collect()
    }
}

fn link_problem(page: &Page, e: &StocktakingError) -> Option<String> {
    match e {
        StocktakingError::UnknownLink => Some(page.t("commitment-link-unknown")),
        StocktakingError::LinkSpent(at) => Some(page.t1("commitment-link-spent", "date", day_time(*at))),
        StocktakingError::LinkExpired(at) => Some(page.t1("commitment-link-expired", "date", day(*at))),
        _ => None,
    }
}

async fn update_view(
    app: &App,
    page: Page,
    token: String,
    error: String,
    typed: (String, String, String, String),
) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    match app_stocktaking::commitment_by_link(&mut conn, &token_hash(&token), agora_store::now()).await {
        Ok(c) => {
            let milestones = store::milestones(&mut conn, Some(c.id)).await?;
            let status = if error.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
            let view = UpdatePage { page, token, problem: String::new(), error, commitment: Some(c), milestones, typed };
            Ok((status, html(&view)).into_response())
        }
        Err(e) => {
            let Some(problem) = link_problem(&page, &e) else { return Err(e.into()) };
            let view = UpdatePage { page, token, problem, error, commitment: None, milestones: Vec::new(), typed };
            Ok((StatusCode::GONE, html(&view)).into_response())
        }
    }
}

async fn update_page(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    update_view(&app, page, token, String::new(), Default::default()).await
}

async fn update(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    let typed = (
        form.get("milestone").to_string(),
        form.get("state").to_string(),
        form.get("evidence").trim().to_string(),
        form.get("note").trim().to_string(),
    );
    let Ok(milestone_id) = typed.0.parse::<i64>() else {
        let error = page.t("commitment-update-error-milestone");
        return update_view(&app, page, token, error, typed).await;
    };
    let input = MilestoneUpdate { milestone_id, state: typed.1.clone(), evidence: typed.2.clone(), note: typed.3.clone() };
    let next = random_token(24);
    let mut tx = app.db.begin().await?;
    let result = app_stocktaking::update_milestone(
        &mut tx,
        &token_hash(&token),
        &input,
        &token_hash(&next),
        agora_store::now() + LINK_DAYS * DAY,
        agora_store::now(),
    )
    .await;
    let error = match result {
        Ok(id) => {
            let c = store::commitment(&mut tx, id).await?;
            mail_link(
                &app,
                &mut tx,
                &c.contact_email,
                &c.title,
                &c.owner,
                &next,
                ("mail-commitment-next-subject", "mail-commitment-next-body"),
            )
            .await?;
            tx.commit().await?;
            app.cache.invalidate();
            app.wake_mail();
            return Ok(Redirect::to(&page.href(&format!("/commitments/{id}"))).into_response());
        }
        Err(StocktakingError::NoMilestone) => page.t("commitment-update-error-milestone"),
        Err(StocktakingError::Refused(code)) => page.t(&format!("commitment-update-error-{code}")),
        Err(e) => {
            drop(tx);
            if link_problem(&page, &e).is_some() {
                return update_view(&app, page, token, String::new(), typed).await;
            }
            return Err(e.into());
        }
    };
    drop(tx);
    update_view(&app, page, token, error, typed).await
}

/// One line of the accountability tracker: a commitment or a recommendation.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TrackerItem {
    pub kind: String,
    pub id: i64,
    pub title: String,
    /// The commitment's owner, or the bodies a recommendation is addressed to.
    pub owner: String,
    pub due_on: String,
    pub percent: u8,
    /// Steps: done / counted milestones, or bodies that implemented / bodies addressed.
    pub steps: String,
    pub last_update: i64,
    pub last_update_day: String,
    pub evidence: Vec<String>,
    pub stale: bool,
    pub gdc_objective: Option<i64>,
    pub url: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct TrackerQuery {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub stale_days: Option<u32>,
    #[serde(default)]
    pub stale: String,
}

async fn stale_days(app: &App, query: &TrackerQuery) -> Result<u32, AppError> {
    if let Some(days) = query.stale_days.filter(|d| *d >= 1) {
        return Ok(days);
    }
    let mut conn = app.db.acquire().await?;
    Ok(agora_store::settings::get(&mut conn, STALE_SETTING).await?.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_STALE_DAYS))
}

async fn tracker_items(app: &App, query: &TrackerQuery, days: u32) -> Result<Vec<TrackerItem>, AppError> {
    let now = agora_store::now();
    let mut conn = app.db.acquire().await?;
    let mut items = Vec::new();
    if query.kind.is_empty() || query.kind == "commitment" {
        let milestones = store::milestones(&mut conn, None).await?;
        for c in store::commitments(&mut conn).await? {
            let mine: Vec<Milestone> = milestones.iter().filter(|m| m.commitment_id == c.id).cloned().collect();
            let states = states(&mine);
            let percent = percent_complete(&states);
            let counted = states.iter().filter(|s| **s != MilestoneState::Dropped).count();
            let done = states.iter().filter(|s| **s == MilestoneState::Done).count();
            items.push(TrackerItem {
                kind: "commitment".into(),
                id: c.id,
                owner: c.owner.clone(),
                due_on: c.due_on.clone(),
                percent,
                steps: format!("{done}/{counted}"),
                last_update: c.updated_at,
                last_update_day: day(c.updated_at),
                evidence: mine.iter().filter(|m| !m.evidence.is_empty()).map(|m| m.evidence.clone()).collect(),
                stale: is_stale(percent, c.updated_at, now, days),
                gdc_objective: Some(c.gdc_objective),
                url: format!("/commitments/{}", c.id),
                title: c.title,
            });
        }
    }
    if query.kind.is_empty() || query.kind == "recommendation" {
        let bodies = agora_store::bodies::list(&mut conn).await?;
        let addressed = agora_store::recommendations::addressed(&mut conn, None).await?;
        let events = agora_store::recommendations::events(&mut conn, None).await?;
        for r in agora_store::recommendations::list(&mut conn).await? {
            let mine: Vec<_> = addressed.iter().filter(|a| a.recommendation_id == r.id).collect();
            let statuses: Vec<RecommendationStatus> =
                mine.iter().map(|a| RecommendationStatus::from_code(&a.status).unwrap_or(RecommendationStatus::Drafted)).collect();
            let percent = recommendation_percent(&statuses);
            let implemented = statuses.iter().filter(|s| **s == RecommendationStatus::Implemented).count();
            let owner = mine
                .iter()
                .filter_map(|a| bodies.iter().find(|b| b.id == a.body_id))
                .map(|b| if b.acronym.is_empty() { b.name.clone() } else { b.acronym.clone() })
                .collect::<Vec<_>>()
                .join(", ");
            let evidence =
                events.iter().filter(|e| e.recommendation_id == r.id && !e.link.is_empty()).map(|e| e.link.clone()).collect::<Vec<_>>();
            items.push(TrackerItem {
                kind: "recommendation".into(),
                id: r.id,
                owner,
                due_on: String::new(),
                percent,
                steps: format!("{implemented}/{}", statuses.len()),
                last_update: r.updated_at,
                last_update_day: day(r.updated_at),
                evidence,
                stale: !statuses.iter().all(|s| s.is_final()) && is_stale(percent, r.updated_at, now, days),
                gdc_objective: None,
                url: format!("/recommendations/{}", r.id),
                title: r.title,
            });
        }
    }
    if query.stale == "yes" {
        items.retain(|i| i.stale);
    }
    items.sort_by(|a, b| b.stale.cmp(&a.stale).then(b.last_update.cmp(&a.last_update)));
    Ok(items)
}

#[derive(Template)]
#[template(path = "stocktaking/tracker.html")]
struct TrackerPage {
    page: Page,
    items: Vec<TrackerItem>,
    query: TrackerQuery,
    days: u32,
}

impl TrackerPage {
    fn summary_args(&self) -> Vec<(&'static str, String)> {
        let stale = self.items.iter().filter(|i| i.stale).count();
        vec![("count", self.items.len().to_string()), ("n", stale.to_string()), ("days", self.days.to_string())]
    }
}

async fn tracker(State(app): State<App>, page: Page, Query(query): Query<TrackerQuery>) -> Result<Response, AppError> {
    let days = stale_days(&app, &query).await?;
    let items = tracker_items(&app, &query, days).await?;
    Ok(html(&TrackerPage { page, items, query, days }))
}

#[utoipa::path(get, path = "/api/tracker", tag = "stocktaking",
    params(
        ("kind" = Option<String>, Query, description = "commitment or recommendation (both when absent)"),
        ("stale_days" = Option<u32>, Query, description = "days without an update after which an unfinished item is stale (the forum's setting when absent)"),
        ("stale" = Option<String>, Query, description = "yes: only the stale items"),
    ),
    responses((status = 200, description = "commitments and recommendations with percent complete, last update, evidence links and the stale flag", body = [TrackerItem])))]
pub(crate) async fn tracker_api(State(app): State<App>, Query(query): Query<TrackerQuery>) -> Result<Response, AppError> {
    let days = stale_days(&app, &query).await?;
    Ok(axum::Json(tracker_items(&app, &query, days).await?).into_response())
}

async fn tracker_csv(State(app): State<App>, Query(query): Query<TrackerQuery>) -> Result<Response, AppError> {
    let days = stale_days(&app, &query).await?;
    let header = ["kind", "id", "title", "owner", "due_on", "percent", "steps", "last_update", "stale", "evidence", "url"];
    let base = app.config.public_url.clone();
    let rows = tracker_items(&app, &query, days).await?.into_iter().map(|i| {
        vec![
            i.kind,
            i.id.to_string(),
            i.title,
            i.owner,
            i.due_on,
            i.percent.to_string(),
            i.steps,
            i.last_update_day,
            i.stale.to_string(),
            i.evidence.join(" "),
            format!("{base}{}", i.url),
        ]
    });
    Ok(csv_response("tracker.csv", csv_document(&header, rows)))
}

/// The Secretariat sets after how many days without an update an item is flagged.
async fn tracker_settings(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let days: u32 = form
        .get("stale_days")
        .trim()
        .parse()
        .ok()
        .filter(|d| (1..=3650).contains(d))
        .ok_or_else(|| AppError::BadRequest("stale_days must be 1 to 3650".into()))?;
    let mut tx = app.db.begin().await?;
    agora_store::settings::set(&mut tx, STALE_SETTING, &days.to_string()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href("/tracker")).into_response())
}
