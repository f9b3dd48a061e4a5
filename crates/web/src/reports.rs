//! Session reports: the IGF template filed by a session's rapporteur, organizers or the Secretariat (late ones
//! accepted and marked), its transcript's speaker turns, the cycle's list of reports with the overdue ones, its
//! CSV and JSON, and the reminders mailed when a report is overdue.

use crate::dates::{day, day_time};
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_domain::accounts::Action;
use agora_domain::people::StakeholderGroup;
use agora_domain::reports::{CallToAction, MAX_CALLS, MAX_TAKEAWAYS, ReportText, Turn, check, due_at, speakers, turns};
use agora_store::bodies::{self, Body};
use agora_store::programme::{self, Session, SessionPerson};
use agora_store::reports::{self as store, Filing, StoredReport};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/sessions/{id}/report", get(report_page).post(file))
        .route("/cycles/{id}/reports", get(list))
        .route("/cycles/{id}/reports.csv", get(list_csv))
        .route("/api/cycles/{id}/reports", get(list_api))
        .route("/api/sessions/{id}/transcript", get(transcript_api))
}

/// The roles of a session's people who may file its report (with the Secretariat).
const REPORTERS: [&str; 4] = ["organizer", "rapporteur", "onsite-moderator", "online-moderator"];

fn may_file(page: &Page, people: &[SessionPerson]) -> bool {
    page.may(Action::ManageCycle)
        || page.user.as_ref().is_some_and(|u| people.iter().any(|p| p.participant_id == Some(u.id) && REPORTERS.contains(&p.role.as_str())))
}

/// When the report of a session is due, if the session is on the published schedule.
async fn due(conn: &mut agora_store::Conn, session: &Session) -> Result<Option<i64>, AppError> {
    let cycle = agora_store::cycles::get(conn, session.cycle_id).await?;
    let ends = store::session_ends(conn, session.cycle_id).await?;
    Ok(ends.iter().find(|(s, _)| *s == session.id).map(|(_, end)| due_at(*end, cycle.rules.report_due_days)))
}

/// The report form as typed, with its errors.
#[derive(Default)]
pub struct ReportForm {
    pub rapporteur: String,
    pub moderator: String,
    pub report: ReportText,
    pub transcript: String,
    pub errors: Vec<(String, String)>,
}

impl ReportForm {
    fn from_form(form: &FormData) -> ReportForm {
        let number = |name: &str| form.get(name).trim().parse::<i64>().unwrap_or(if form.get(name).trim().is_empty() { 0 } else { -1 });
        let report = ReportText {
            takeaways: (0..MAX_TAKEAWAYS)
                .map(|i| form.get(&format!("takeaway_{i}")).trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            calls: (0..MAX_CALLS)
                .map(|i| CallToAction {
                    text: form.get(&format!("call_{i}")).trim().into(),
                    addressee: form.get(&format!("call_to_{i}")).into(),
                })
                .filter(|c| !c.text.is_empty())
                .collect(),
            summary: form.get("summary").trim().into(),
            onsite: number("onsite"),
            online: number("online"),
            women: number("women"),
            by_group: StakeholderGroup::ALL.iter().map(|g| number(&format!("group_{}", g.code()))).collect(),
            transcript_url: form.get("transcript_url").trim().into(),
            recording_url: form.get("recording_url").trim().into(),
        };
        ReportForm {
            rapporteur: form.get("rapporteur").trim().into(),
            moderator: form.get("moderator").trim().into(),
            report,
            transcript: form.get("transcript").replace("\r\n", "\n").trim().to_string(),
            errors: Vec::new(),
        }
    }

    fn from_stored(r: &StoredReport) -> ReportForm {
        ReportForm {
            rapporteur: r.rapporteur.clone(),
            moderator: r.moderator.clone(),
            report: r.text(),
            transcript: r.transcript.clone(),
            errors: Vec::new(),
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    pub fn takeaway(&self, i: &usize) -> &str {
        self.report.takeaways.get(*i).map_or("", String::as_str)
    }

    pub fn call(&self, i: &usize) -> (&str, &str) {
        self.report.calls.get(*i).map_or(("", ""), |c| (c.text.as_str(), c.addressee.as_str()))
    }

    pub fn group(&self, i: &usize) -> i64 {
        self.report.by_group.get(*i).copied().unwrap_or(0)
    }
}

#[derive(Template)]
#[template(path = "reports/report.html")]
struct ReportPage {
    page: Page,
    session: Session,
    people: Vec<SessionPerson>,
    stored: Option<StoredReport>,
    form: ReportForm,
    may_file: bool,
    due: String,
    late: bool,
    bodies: Vec<Body>,
    turns: Vec<Turn>,
    speakers: Vec<(String, usize)>,
    related: Vec<agora_search::Hit>,
}

impl ReportPage {
    fn addressees(&self) -> Vec<(String, String)> {
        let groups = StakeholderGroup::ALL.iter().map(|g| (g.code().to_string(), self.page.term("stakeholder-group", g.code())));
        groups.chain(self.bodies.iter().map(|b| (format!("body:{}", b.id), b.label()))).collect()
    }

    fn addressee_name(&self, code: &str) -> String {
        match code.strip_prefix("body:").and_then(|id| id.parse::<i64>().ok()) {
            Some(id) => self.bodies.iter().find(|b| b.id == id).map(Body::label).unwrap_or_default(),
            None => self.page.term("stakeholder-group", code),
        }
    }

    fn groups(&self) -> Vec<(usize, &'static str)> {
        StakeholderGroup::ALL.iter().enumerate().map(|(i, g)| (i, g.code())).collect()
    }

    fn takeaway_slots(&self) -> Vec<usize> {
        (0..MAX_TAKEAWAYS).collect()
    }

    fn call_slots(&self) -> Vec<usize> {
        (0..MAX_CALLS).collect()
    }
}

async fn page_data(app: &App, page: Page, id: i64, form: Option<ReportForm>) -> Result<ReportPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let session = programme::session(&mut conn, id).await?;
    let people: Vec<SessionPerson> =
        programme::people_of_cycle(&mut conn, session.cycle_id).await?.into_iter().filter(|p| p.session_id == id).collect();
    let stored = store::of_session(&mut conn, id).await?;
    let due = due(&mut conn, &session).await?;
    let bodies = bodies::list(&mut conn).await?;
    let form = match form.or_else(|| stored.as_ref().map(ReportForm::from_stored)) {
        Some(form) => form,
        None => {
            // A new report starts from the live page's verified attendance: the room, and online with the hubs.
            let attendance = agora_app::floor::attendance(&mut conn, id).await?;
            let mut form = ReportForm::default();
            form.report.onsite = attendance.onsite;
            form.report.online = attendance.online + attendance.hub;
            form
        }
    };
    // The session's transcript, as its page shows it: imported captions, else what the report's author typed.
    let t = agora_store::transcripts::shown(&mut conn, id).await?.map(|shown| turns(&shown.transcript)).unwrap_or_default();
    drop(conn);
    let related = match &stored {
        Some(r) => crate::search::related(app, "report", r.id).await,
        None => Vec::new(),
    };
    Ok(ReportPage {
        related,
        may_file: may_file(&page, &people),
        due: due.map(day_time).unwrap_or_default(),
        late: stored.as_ref().is_some_and(|r| r.late == 1),
        speakers: speakers(&t),
        turns: t,
        page,
        session,
        people,
        stored,
        form,
        bodies,
    })
}

async fn report_page(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&page_data(&app, page, id, None).await?))
}

/// A transcript is plain text; an hour of captions is about 60,000 characters.
const MAX_TRANSCRIPT: usize = 200_000;

async fn file(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut typed = ReportForm::from_form(&form);
    let mut conn = app.db.acquire().await?;
    let session = programme::session(&mut conn, id).await?;
    let people: Vec<SessionPerson> =
        programme::people_of_cycle(&mut conn, session.cycle_id).await?.into_iter().filter(|p| p.session_id == id).collect();
    if !may_file(&page, &people) {
        return Err(AppError::ForbiddenBecause("report-not-yours".into()));
    }
    let known: Vec<i64> = bodies::list(&mut conn).await?.iter().map(|b| b.id).collect();
    let due = due(&mut conn, &session).await?;
    drop(conn);
    for problem in check(&typed.report, |id| known.contains(&id)) {
        typed.errors.push((problem.field.to_string(), page.t(&format!("report-error-{}", problem.code))));
    }
    if typed.transcript.chars().count() > MAX_TRANSCRIPT {
        typed.errors.push(("transcript".into(), page.t1("report-error-transcript-long", "limit", MAX_TRANSCRIPT)));
    }
    if !typed.errors.is_empty() {
        let view = page_data(&app, page, id, Some(typed)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let filing = Filing {
        session_id: id,
        filed_by: user.id,
        rapporteur: &typed.rapporteur,
        moderator: &typed.moderator,
        report: &typed.report,
        transcript: &typed.transcript,
        // An unscheduled session's report is never late.
        due_at: due.unwrap_or(i64::MAX / 2),
        at: agora_store::now(),
    };
    let mut tx = app.db.begin().await?;
    store::file(&mut tx, &filing).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/sessions/{id}/report"))).into_response())
}

/// A session of the cycle's published schedule and where its report stands.
#[derive(Serialize)]
pub struct ReportRow {
    pub session_id: i64,
    pub report_id: Option<i64>,
    pub title: String,
    pub ended: String,
    pub due: String,
    /// filed, filed-late, overdue or not-due.
    pub state: &'static str,
    pub takeaways: Vec<String>,
    pub onsite: i64,
    pub online: i64,
}

pub async fn rows(app: &App, cycle_id: i64) -> Result<Vec<ReportRow>, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let sessions = programme::sessions(&mut conn, cycle_id).await?;
    let reports = store::of_cycle(&mut conn, cycle_id).await?;
    let now = agora_store::now();
    Ok(store::session_ends(&mut conn, cycle_id)
        .await?
        .into_iter()
        .filter_map(|(session_id, ended)| {
            let session = sessions.iter().find(|s| s.id == session_id)?;
            let due = due_at(ended, cycle.rules.report_due_days);
            let report = reports.iter().find(|r| r.session_id == session_id);
            let state = match report {
                Some(r) if r.late == 1 => "filed-late",
                Some(_) => "filed",
                None if now > due => "overdue",
                None => "not-due",
            };
            Some(ReportRow {
                session_id,
                report_id: report.map(|r| r.id),
                title: session.title.clone(),
                ended: day(ended),
                due: day(due),
                state,
                takeaways: report.map(|r| r.text().takeaways).unwrap_or_default(),
                onsite: report.map_or(0, |r| r.onsite),
                online: report.map_or(0, |r| r.online),
            })
        })
        .collect())
}

#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListPage {
    page: Page,
    cycle: agora_store::cycles::Cycle,
    rows: Vec<ReportRow>,
    overdue: usize,
    filed: usize,
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let cycle = crate::cycles::load(&app, id).await?;
    let rows = rows(&app, id).await?;
    let overdue = rows.iter().filter(|r| r.state == "overdue").count();
    let filed = rows.iter().filter(|r| r.state.starts_with("filed")).count();
    Ok(html(&ListPage { page, cycle, rows, overdue, filed }))
}

async fn list_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(axum::Json(rows(&app, id).await?).into_response())
}

/// `GET /api/sessions/{id}/transcript`: the session's transcript as speaker turns.
#[utoipa::path(get, path = "/api/sessions/{id}/transcript", tag = "outcomes", params(("id" = i64, Path, description = "the session")),
    responses((status = 200, description = "the speaker turns of the session's imported captions (else of the transcript typed into its report), with the file they came from and when"),
              (status = 404, body = crate::json_api::ApiError, description = "no such session, or no transcript")))]
pub(crate) async fn transcript_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let t = agora_store::transcripts::shown(&mut conn, id).await?.ok_or(AppError::NotFound)?;
    Ok(axum::Json(serde_json::json!({ "session": id, "source": t.source, "at": t.imported_at, "turns": turns(&t.transcript) }))
        .into_response())
}

async fn list_csv(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let header = ["session", "title", "ended", "due", "state", "onsite", "online", "takeaways"];
    let rows = rows(&app, id).await?.into_iter().map(|r| {
        vec![
            r.session_id.to_string(),
            r.title,
            r.ended,
            r.due,
            r.state.into(),
            r.onsite.to_string(),
            r.online.to_string(),
            r.takeaways.join(" | "),
        ]
    });
    Ok(csv_response(&format!("cycle-{id}-reports.csv"), csv_document(&header, rows)))
}

/// Mails the people of sessions whose report is overdue, at most once a week each; returns how many were reminded.
pub async fn remind_overdue(app: &App) -> Result<usize, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycles = agora_store::cycles::list(&mut conn).await?;
    drop(conn);
    let now = agora_store::now();
    let mut reminded = 0;
    for cycle in cycles {
        for row in rows(app, cycle.id).await?.into_iter().filter(|r| r.state == "overdue") {
            let mut tx = app.db.begin().await?;
            agora_store::lock_job(&mut tx, app.db.backend, "report-reminders").await?;
            if store::reminded(&mut tx, row.session_id).await?.is_some_and(|at| now - at < 7 * 24 * 3600) {
                continue;
            }
            let emails = store::people_to_remind(&mut tx, row.session_id).await?;
            let link = format!("{}/sessions/{}/report", app.config.public_url, row.session_id);
            let args = [("title", row.title.clone()), ("date", row.due.clone()), ("link", link)];
            for email in &emails {
                let language = agora_domain::people::Language::English;
                let subject = crate::i18n::text_with(language, "mail-report-reminder-subject", &args);
                mail::queue(&mut tx, email, &subject, &crate::i18n::text_with(language, "mail-report-reminder-body", &args)).await?;
            }
            store::note_reminder(&mut tx, row.session_id).await?;
            tx.commit().await?;
            reminded += 1;
        }
    }
    if reminded > 0 {
        app.wake_mail();
    }
    Ok(reminded)
}
