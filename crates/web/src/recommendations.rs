//! Recommendations to the bodies that make policy: the Secretariat drafts one from a Message, a report, a
//! coalition or a forum, addresses it to bodies of the registry and sends it; each body answers through a
//! response link without an account (used once; a fresh one follows each answer); the public tracker with its
//! filters, CSV, JSON and Atom feed; reminders to bodies that have not answered.

use crate::auth::{random_token, token_hash};
use crate::dates::{day, day_time};
use crate::export::{AtomEntry, atom_feed, csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_domain::accounts::Action;
use agora_domain::bodies::issues;
use agora_domain::recommendations::{Actor, Source, Status, allowed, reminder_due};
use agora_domain::reference::{action_lines, sdgs};
use agora_store::bodies::{self, Body};
use agora_store::recommendations::{self as store, Addressed, Event, NewRecommendation, Recommendation};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/recommendations", get(tracker).post(create))
        .route("/recommendations.csv", get(tracker_csv))
        .route("/recommendations.atom", get(feed))
        .route("/api/recommendations", get(tracker_api))
        .route("/recommendations/new", get(new_form))
        .route("/recommendations/{id}", get(view))
        .route("/recommendations/{id}/send", post(send))
        .route("/recommendations/{id}/no-response", post(no_response))
        .route("/respond/{token}", get(respond_page).post(respond))
}

/// How long a response link stays valid.
const LINK_DAYS: i64 = 120;
const DAY: i64 = 24 * 3600;

/// The tracker's filters, from the query string.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub action_line: String,
    #[serde(default)]
    pub sdg: String,
    #[serde(default)]
    pub cycle: String,
}

/// A recommendation as the tracker lists it: where each addressed body stands.
#[derive(Serialize)]
pub struct TrackerRow {
    pub id: i64,
    pub title: String,
    pub source: String,
    pub cycle_id: Option<i64>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<String>,
    pub bodies: Vec<(String, String)>,
    pub updated: String,
    pub url: String,
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

impl Filter {
    fn keeps(&self, r: &Recommendation, addressed: &[&Addressed]) -> bool {
        (self.status.is_empty() || addressed.iter().any(|a| a.status == self.status))
            && (self.body.is_empty() || addressed.iter().any(|a| a.body_id.to_string() == self.body))
            && (self.action_line.is_empty() || list(&r.action_lines).contains(&self.action_line))
            && (self.sdg.is_empty() || list(&r.sdgs).contains(&self.sdg))
            && (self.cycle.is_empty() || r.cycle_id.map(|c| c.to_string()) == Some(self.cycle.clone()))
    }
}

async fn rows(app: &App, filter: &Filter) -> Result<Vec<TrackerRow>, AppError> {
    let mut conn = app.db.acquire().await?;
    let bodies = bodies::list(&mut conn).await?;
    let addressed = store::addressed(&mut conn, None).await?;
    Ok(store::list(&mut conn)
        .await?
        .into_iter()
        .filter_map(|r| {
            let mine: Vec<&Addressed> = addressed.iter().filter(|a| a.recommendation_id == r.id).collect();
            if !filter.keeps(&r, &mine) {
                return None;
            }
            let name =
                |id: i64| bodies.iter().find(|b| b.id == id).map(|b| if b.acronym.is_empty() { b.name.clone() } else { b.acronym.clone() });
            Some(TrackerRow {
                bodies: mine.iter().map(|a| (name(a.body_id).unwrap_or_default(), a.status.clone())).collect(),
                action_lines: list(&r.action_lines),
                sdgs: list(&r.sdgs),
                updated: day(r.updated_at),
                url: format!("{}/recommendations/{}", app.config.public_url, r.id),
                id: r.id,
                title: r.title,
                source: r.source,
                cycle_id: r.cycle_id,
            })
        })
        .collect())
}

#[derive(Template)]
#[template(path = "recommendations/tracker.html")]
struct TrackerPage {
    page: Page,
    rows: Vec<TrackerRow>,
    filter: Filter,
    bodies: Vec<Body>,
    query: String,
}

impl TrackerPage {
    fn statuses(&self) -> Vec<(&'static str, String)> {
        Status::ALL.iter().map(|s| (s.code(), self.page.term("recommendation-status", s.code()))).collect()
    }

    fn action_lines(&self) -> Vec<String> {
        action_lines().iter().map(|l| l.id()).collect()
    }

    fn goals(&self) -> Vec<String> {
        sdgs().iter().map(|g| g.goal.to_string()).collect()
    }
}

fn query_of(filter: &Filter) -> String {
    let pairs = [
        ("status", &filter.status),
        ("body", &filter.body),
        ("action_line", &filter.action_line),
        ("sdg", &filter.sdg),
        ("cycle", &filter.cycle),
    ];
    pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", crate::query_value(v))).collect::<Vec<_>>().join("&")
}

async fn tracker(State(app): State<App>, page: Page, Query(filter): Query<Filter>) -> Result<Response, AppError> {
    let rows = rows(&app, &filter).await?;
    let mut conn = app.db.acquire().await?;
    let bodies = bodies::list(&mut conn).await?;
    Ok(html(&TrackerPage { page, rows, query: query_of(&filter), filter, bodies }))
}

async fn tracker_api(State(app): State<App>, Query(filter): Query<Filter>) -> Result<Response, AppError> {
    Ok(axum::Json(rows(&app, &filter).await?).into_response())
}

async fn tracker_csv(State(app): State<App>, Query(filter): Query<Filter>) -> Result<Response, AppError> {
    let header = ["id", "title", "source", "cycle", "action_lines", "sdgs", "bodies", "updated", "url"];
    let rows = rows(&app, &filter).await?.into_iter().map(|r| {
        vec![
            r.id.to_string(),
            r.title,
            r.source,
            r.cycle_id.map(|c| c.to_string()).unwrap_or_default(),
            r.action_lines.join(" "),
            r.sdgs.join(" "),
            r.bodies.iter().map(|(b, s)| format!("{b}: {s}")).collect::<Vec<_>>().join("; "),
            r.updated,
            r.url,
        ]
    });
    Ok(csv_response("recommendations.csv", csv_document(&header, rows)))
}

/// Every dated step of every recommendation, newest first.
async fn feed(State(app): State<App>) -> Result<Response, AppError> {
    Ok(app
        .cache
        .respond(&app, "feed:recommendations".into(), "application/atom+xml; charset=utf-8", || async {
            let mut conn = app.db.acquire().await?;
            let bodies = bodies::list(&mut conn).await?;
            let recommendations = store::list(&mut conn).await?;
            let entries: Vec<AtomEntry> = store::events(&mut conn, None)
                .await?
                .into_iter()
                .take(200)
                .map(|e| {
                    let title = recommendations.iter().find(|r| r.id == e.recommendation_id).map(|r| r.title.clone()).unwrap_or_default();
                    let body = bodies.iter().find(|b| b.id == e.body_id).map(Body::label).unwrap_or_default();
                    AtomEntry {
                        id: format!("{}/recommendations/{}#event-{}", app.config.public_url, e.recommendation_id, e.id),
                        title: format!("{title} — {body}: {}", e.status),
                        updated: e.at,
                        link: format!("/recommendations/{}", e.recommendation_id),
                        content: [e.response, e.link].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join("\n"),
                    }
                })
                .collect();
            let title = format!("{} — recommendations", app.cache.identity(&app).await.display_name());
            Ok(atom_feed(&app.config.public_url, &title, "/recommendations.atom", "/recommendations", &entries))
        })
        .await?)
}

/// The Secretariat's recommendation form as typed.
#[derive(Default)]
pub struct RecommendationForm {
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub source: String,
    pub source_id: String,
    pub cycle: String,
    pub bodies: Vec<String>,
    pub action_lines: Vec<String>,
    pub sdgs: Vec<String>,
    pub issues: String,
    pub errors: Vec<(String, String)>,
}

impl RecommendationForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    pub fn has(list: &[String], value: &str) -> bool {
        list.iter().any(|v| v == value)
    }
}

#[derive(Template)]
#[template(path = "recommendations/form.html")]
struct FormPage {
    page: Page,
    form: RecommendationForm,
    bodies: Vec<Body>,
    cycles: Vec<(i64, String)>,
}

impl FormPage {
    fn sources(&self) -> Vec<(&'static str, String)> {
        Source::ALL.iter().map(|s| (s.code(), self.page.term("recommendation-source", s.code()))).collect()
    }

    fn lines(&self) -> Vec<(String, &'static str)> {
        crate::reference::action_line_choices(true)
    }

    fn goals(&self) -> Vec<(String, &'static str)> {
        crate::reference::goal_choices(&self.page)
    }
}

async fn form_page(app: &App, page: Page, form: RecommendationForm) -> Result<FormPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let bodies = bodies::list(&mut conn).await?;
    let cycles = agora_store::cycles::list(&mut conn).await?.into_iter().map(|c| (c.id, c.name)).collect();
    Ok(FormPage { page, form, bodies, cycles })
}

/// What a link may fill in the new recommendation's form (an emerging issue's "draft a recommendation"): nothing
/// is stored until the form is sent.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct Prefill {
    title: String,
    cycle: String,
    /// Body numbers, comma-separated.
    bodies: String,
}

async fn new_form(State(app): State<App>, page: Page, Query(prefill): Query<Prefill>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let form = RecommendationForm {
        source: Source::Message.code().into(),
        title: prefill.title.chars().take(200).collect(),
        cycle: prefill.cycle,
        bodies: prefill.bodies.split(',').filter(|b| !b.is_empty()).map(String::from).collect(),
        ..RecommendationForm::default()
    };
    Ok(html(&form_page(&app, page, form).await?))
}

async fn create(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::ManageConsultations)?;
    let mut typed = RecommendationForm {
        title: form.get("title").trim().into(),
        text: form.get("text").trim().into(),
        rationale: form.get("rationale").trim().into(),
        source: form.get("source").into(),
        source_id: form.get("source_id").trim().into(),
        cycle: form.get("cycle").into(),
        bodies: form.all("bodies"),
        action_lines: form.all("action_lines"),
        sdgs: form.all("sdgs"),
        issues: issues(form.get("issues")).join(", "),
        errors: Vec::new(),
    };
    let mut conn = app.db.acquire().await?;
    let registry: Vec<i64> = bodies::list(&mut conn).await?.iter().map(|b| b.id).collect();
    drop(conn);
    let mut error = |field: &str, key: &str| typed.errors.push((field.to_string(), page.t(key)));
    if typed.title.is_empty() || typed.title.chars().count() > 200 {
        error("title", "recommendation-error-title");
    }
    if typed.text.is_empty() {
        error("text", "recommendation-error-text");
    }
    if Source::from_code(&typed.source).is_none() {
        error("source", "recommendation-error-source");
    }
    let body_ids: Vec<i64> = typed.bodies.iter().filter_map(|b| b.parse().ok()).collect();
    if body_ids.is_empty() {
        error("bodies", "recommendation-error-no-body");
    } else if body_ids.len() != typed.bodies.len() || body_ids.iter().any(|b| !registry.contains(b)) {
        error("bodies", "recommendation-error-unknown-body");
    }
    let source_id = if typed.source_id.is_empty() { Ok(None) } else { typed.source_id.trim_start_matches('#').parse().map(Some) };
    if source_id.is_err() {
        error("source_id", "recommendation-error-source-id");
    }
    if !typed.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&form_page(&app, page, typed).await?)).into_response());
    }
    let known_lines: Vec<String> = action_lines().iter().map(|l| l.id()).collect();
    let recommendation = NewRecommendation {
        cycle_id: typed.cycle.parse().ok(),
        title: typed.title.clone(),
        text: typed.text.clone(),
        rationale: typed.rationale.clone(),
        source: typed.source.clone(),
        source_id: source_id.ok().flatten(),
        action_lines: typed.action_lines.iter().filter(|l| known_lines.contains(l)).cloned().collect::<Vec<_>>().join(","),
        sdgs: typed.sdgs.iter().filter(|g| g.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))).cloned().collect::<Vec<_>>().join(","),
        issues: typed.issues.clone(),
        created_by: Some(user.id),
    };
    let mut tx = app.db.begin().await?;
    let id = store::create(&mut tx, &recommendation, &body_ids).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/recommendations/{id}"))).into_response())
}

/// One addressed body on the recommendation's page, with its dated steps.
pub struct BodyView {
    pub body: Body,
    pub status: String,
    pub events: Vec<Event>,
}

#[derive(Template)]
#[template(path = "recommendations/view.html")]
struct ViewPage {
    page: Page,
    recommendation: Recommendation,
    text_html: String,
    bodies: Vec<BodyView>,
    source_link: String,
    notice: String,
    related: Vec<agora_search::Hit>,
}

impl ViewPage {
    fn date(&self, at: &i64) -> String {
        day(*at)
    }
}

fn source_link(r: &Recommendation) -> String {
    match (r.source.as_str(), r.source_id) {
        ("message", Some(id)) => format!("/messages/{id}"),
        ("report", Some(id)) => format!("/sessions/{id}/report"),
        _ => String::new(),
    }
}

async fn view_page(app: &App, page: Page, id: i64, notice: String) -> Result<ViewPage, AppError> {
    let related = crate::search::related(app, "recommendation", id).await;
    let mut conn = app.db.acquire().await?;
    let recommendation = store::get(&mut conn, id).await?;
    let registry = bodies::list(&mut conn).await?;
    let events = store::events(&mut conn, Some(id)).await?;
    let bodies = store::addressed(&mut conn, Some(id))
        .await?
        .into_iter()
        .filter_map(|a| {
            let body = registry.iter().find(|b| b.id == a.body_id)?.clone();
            let events = events.iter().filter(|e| e.body_id == a.body_id).cloned().collect();
            Some(BodyView { body, status: a.status, events })
        })
        .collect();
    Ok(ViewPage {
        related,
        text_html: agora_domain::markdown::render(&recommendation.text),
        source_link: source_link(&recommendation),
        recommendation,
        bodies,
        page,
        notice,
    })
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, String::new()).await?))
}

/// Gives a body a fresh response link and mails it to the body's contact with `subject_key` / `body_key`.
async fn mail_link(
    app: &App,
    tx: &mut agora_store::Tx,
    r: &Recommendation,
    body: &Body,
    subject_key: &str,
    body_key: &str,
) -> Result<(), AppError> {
    let token = random_token(24);
    store::issue_link(tx, r.id, body.id, &token_hash(&token), agora_store::now() + LINK_DAYS * DAY).await?;
    if body.contact_email.is_empty() {
        return Ok(());
    }
    let forum = app.cache.identity(app).await.display_name().to_string();
    let args = [
        ("forum", forum),
        ("title", r.title.clone()),
        ("name", body.label()),
        ("link", format!("{}/respond/{token}", app.config.public_url)),
        ("date", day(agora_store::now() + LINK_DAYS * DAY)),
    ];
    let language = agora_domain::people::Language::English;
    let subject = crate::i18n::text_with(language, subject_key, &args);
    mail::queue(tx, &body.contact_email, &subject, &crate::i18n::text_with(language, body_key, &args)).await?;
    Ok(())
}

async fn send(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let mut tx = app.db.begin().await?;
    let r = store::get(&mut tx, id).await?;
    let registry = bodies::list(&mut tx).await?;
    let mut sent = 0;
    for a in store::addressed(&mut tx, Some(id)).await? {
        let status = Status::from_code(&a.status).unwrap_or(Status::Drafted);
        if allowed(status, Status::Sent, Actor::Secretariat).is_err() {
            continue;
        }
        let Some(body) = registry.iter().find(|b| b.id == a.body_id) else { continue };
        store::move_to(&mut tx, id, body.id, Status::Sent.code(), "secretariat", "", "").await?;
        mail_link(&app, &mut tx, &r, body, "mail-recommendation-subject", "mail-recommendation-body").await?;
        sent += 1;
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    let notice = view_page(&app, page, id, String::new()).await?;
    let text = notice.page.t1("recommendation-sent-n", "count", sent);
    Ok(html(&ViewPage { notice: text, ..notice }))
}

async fn no_response(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let body: i64 = form.get("body").parse().map_err(|_| AppError::BadRequest("no body".into()))?;
    let mut tx = app.db.begin().await?;
    let a = store::addressed(&mut tx, Some(id)).await?.into_iter().find(|a| a.body_id == body).ok_or(AppError::NotFound)?;
    let from = Status::from_code(&a.status).unwrap_or(Status::Drafted);
    if allowed(from, Status::NoResponse, Actor::Secretariat).is_err() {
        return Err(AppError::ForbiddenBecause("recommendation-move".into()));
    }
    store::move_to(&mut tx, id, body, Status::NoResponse.code(), "secretariat", "", "").await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/recommendations/{id}"))).into_response())
}

/// Why a response link does not open the form.
enum LinkProblem {
    Unknown,
    Spent(i64),
    Expired(i64),
}

async fn addressed_by_link(app: &App, token: &str) -> Result<Result<Addressed, LinkProblem>, AppError> {
    let mut conn = app.db.acquire().await?;
    let hash = token_hash(token);
    if let Some(a) = store::by_link(&mut conn, &hash).await? {
        return Ok(match a.token_expires_at {
            Some(expiry) if expiry < agora_store::now() => Err(LinkProblem::Expired(expiry)),
            _ => Ok(a),
        });
    }
    Ok(Err(match store::spent_at(&mut conn, &hash).await? {
        Some(at) => LinkProblem::Spent(at),
        None => LinkProblem::Unknown,
    }))
}

#[derive(Template)]
#[template(path = "recommendations/respond.html")]
struct RespondPage {
    page: Page,
    recommendation: Option<Recommendation>,
    body: Option<Body>,
    status: String,
    problem: String,
    token: String,
    error: String,
    typed: (String, String, String),
}

impl RespondPage {
    fn answers(&self) -> Vec<(&'static str, String)> {
        let from = Status::from_code(&self.status).unwrap_or(Status::Sent);
        Status::ANSWERS
            .iter()
            .filter(|a| allowed(from, **a, Actor::Body).is_ok())
            .map(|a| (a.code(), self.page.term("recommendation-status", a.code())))
            .collect()
    }
}

async fn respond_view(app: &App, page: Page, token: String, error: String, typed: (String, String, String)) -> Result<Response, AppError> {
    let problem = match addressed_by_link(app, &token).await? {
        Ok(a) => {
            let mut conn = app.db.acquire().await?;
            let recommendation = Some(store::get(&mut conn, a.recommendation_id).await?);
            let body = Some(bodies::get(&mut conn, a.body_id).await?);
            let status = if error.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
            let view = RespondPage { page, recommendation, body, status: a.status, problem: String::new(), token, error, typed };
            return Ok((status, html(&view)).into_response());
        }
        Err(LinkProblem::Unknown) => page.t("respond-unknown"),
        Err(LinkProblem::Spent(at)) => page.t1("respond-spent", "date", day_time(at)),
        Err(LinkProblem::Expired(at)) => page.t1("respond-expired", "date", day(at)),
    };
    let view = RespondPage { page, recommendation: None, body: None, status: String::new(), problem, token, error, typed };
    Ok((StatusCode::GONE, html(&view)).into_response())
}

async fn respond_page(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    respond_view(&app, page, token, String::new(), Default::default()).await
}

async fn respond(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    let typed = (form.get("status").to_string(), form.get("response").trim().to_string(), form.get("link").trim().to_string());
    let Ok(a) = addressed_by_link(&app, &token).await? else {
        return respond_view(&app, page, token, String::new(), typed).await;
    };
    let from = Status::from_code(&a.status).unwrap_or(Status::Sent);
    let error = match Status::from_code(&typed.0) {
        None => page.t("respond-error-status"),
        Some(to) if allowed(from, to, Actor::Body).is_err() => page.t("respond-error-status"),
        _ if typed.1.chars().count() > 10_000 => page.t1("respond-error-long", "limit", 10_000),
        _ if !agora_domain::is_web_link_or_empty(&typed.2) => page.t("respond-error-link"),
        _ => String::new(),
    };
    if !error.is_empty() {
        return respond_view(&app, page, token, error, typed).await;
    }
    let to = Status::from_code(&typed.0).unwrap_or(from);
    let mut tx = app.db.begin().await?;
    let r = store::get(&mut tx, a.recommendation_id).await?;
    let body = bodies::get(&mut tx, a.body_id).await?;
    if !store::spend_link(&mut tx, &token_hash(&token), a.recommendation_id, a.body_id).await? {
        drop(tx);
        return respond_view(&app, page, token, String::new(), typed).await;
    }
    store::move_to(&mut tx, a.recommendation_id, a.body_id, to.code(), "body", &typed.1, &typed.2).await?;
    if !to.is_final() {
        mail_link(&app, &mut tx, &r, &body, "mail-recommendation-next-subject", "mail-recommendation-next-body").await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&page.href(&format!("/recommendations/{}", a.recommendation_id))).into_response())
}

/// Reminds bodies that were sent a recommendation and have not answered (a fresh link each time); returns how many.
pub async fn remind_bodies(app: &App) -> Result<usize, AppError> {
    let mut tx = app.db.begin().await?;
    agora_store::lock_job(&mut tx, app.db.backend, "recommendation-reminders").await?;
    let registry = bodies::list(&mut tx).await?;
    let recommendations = store::list(&mut tx).await?;
    let cycles = agora_store::cycles::list(&mut tx).await?;
    let now = agora_store::now();
    let mut reminded = 0;
    for a in store::addressed(&mut tx, None).await? {
        let Some(r) = recommendations.iter().find(|r| r.id == a.recommendation_id) else { continue };
        let days = match r.cycle_id {
            Some(c) if cycles.iter().any(|x| x.id == c) => agora_store::cycles::get(&mut tx, c).await?.rules.recommendation_reminder_days,
            _ => agora_domain::cycles::CycleRules::default().recommendation_reminder_days,
        };
        let status = Status::from_code(&a.status).unwrap_or(Status::Drafted);
        if !reminder_due(status, a.last_contact_at.unwrap_or(a.updated_at), now, days) {
            continue;
        }
        let Some(body) = registry.iter().find(|b| b.id == a.body_id) else { continue };
        mail_link(app, &mut tx, r, body, "mail-recommendation-reminder-subject", "mail-recommendation-reminder-body").await?;
        store::note_reminder(&mut tx, r.id, body.id).await?;
        reminded += 1;
    }
    tx.commit().await?;
    if reminded > 0 {
        app.wake_mail();
    }
    Ok(reminded)
}
