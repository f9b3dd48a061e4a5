//! A group's meetings — agenda, minutes and action points, written by its leads — and their speaking queue,
//! where people onsite and online ask for the floor on an equal footing (the order is
//! agora_domain::meetings::speaking_order). A group's meeting is for its members; an open consultation (the
//! MAG's) lets anyone logged in ask to speak. Everything works with plain forms, without JavaScript.

use crate::dates::{day, day_time, parse_day, parse_day_time, time_of_day};
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::groups::{Viewer, viewer};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::floor::{Moderation, Queue, queue_of};
use agora_domain::meetings::{MeetingKind, SpeakingMode};
use agora_store::meetings::{self as store, Floor, Meeting, MeetingFields, Request};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

const MAX_TEXT: usize = 50_000;
const MAX_TITLE: usize = 200;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/groups/{id}/meetings", get(list).post(create))
        .route("/groups/{id}/meetings.csv", get(list_csv))
        .route("/groups/{id}/meetings.ics", get(list_ics))
        .route("/api/groups/{id}/meetings", get(list_api))
        .route("/groups/{id}/meetings/{mid}", get(view).post(edit))
        .route("/api/groups/{id}/meetings/{mid}", get(view_api))
        .route("/groups/{id}/meetings/{mid}/queue", post(queue))
}

/// A meeting's form, as typed.
#[derive(Default)]
pub struct MeetingForm {
    pub kind: String,
    pub title: String,
    pub day: String,
    pub time: String,
    pub location: String,
    pub online_url: String,
    pub agenda: String,
    pub minutes: String,
    pub action_points: String,
    pub errors: Vec<(String, String)>,
}

impl MeetingForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    fn of(m: &Meeting) -> MeetingForm {
        MeetingForm {
            kind: m.kind.clone(),
            title: m.title.clone(),
            day: day(m.starts_at),
            time: time_of_day(m.starts_at),
            location: m.location.clone(),
            online_url: m.online_url.clone(),
            agenda: m.agenda.clone(),
            minutes: m.minutes.clone(),
            action_points: m.action_points.clone(),
            errors: Vec::new(),
        }
    }

    fn read(form: &FormData, page: &Page) -> MeetingForm {
        let mut typed = MeetingForm {
            kind: form.get("kind").into(),
            title: form.get("title").trim().into(),
            day: form.get("day").trim().into(),
            time: form.get("time").trim().into(),
            location: form.get("location").trim().into(),
            online_url: form.get("online_url").trim().into(),
            agenda: form.get("agenda").trim().into(),
            minutes: form.get("minutes").trim().into(),
            action_points: form.get("action_points").trim().into(),
            errors: Vec::new(),
        };
        let mut errors = Vec::new();
        if MeetingKind::from_code(&typed.kind).is_none() {
            errors.push(("kind", page.t("spaces-error-meeting-kind")));
        }
        if typed.title.is_empty() || typed.title.chars().count() > MAX_TITLE {
            errors.push(("title", page.t("spaces-error-title")));
        }
        if parse_day(&typed.day).is_none() {
            errors.push(("day", page.t("spaces-error-day")));
        } else if parse_day_time(&typed.day, &typed.time).is_none() {
            errors.push(("time", page.t("spaces-error-time")));
        }
        if typed.location.chars().count() > MAX_TITLE {
            errors.push(("location", page.t1("spaces-error-too-long", "max", MAX_TITLE)));
        }
        if !agora_domain::is_web_link_or_empty(&typed.online_url) {
            errors.push(("online_url", page.t("spaces-error-link")));
        }
        for (field, text) in [("agenda", &typed.agenda), ("minutes", &typed.minutes), ("action_points", &typed.action_points)] {
            if text.chars().count() > MAX_TEXT {
                errors.push((field, page.t1("spaces-error-too-long", "max", MAX_TEXT)));
            }
        }
        typed.errors = errors.into_iter().map(|(f, e)| (f.to_string(), e)).collect();
        typed
    }

    fn fields(&self) -> MeetingFields {
        MeetingFields {
            kind: self.kind.clone(),
            title: self.title.clone(),
            starts_at: parse_day_time(&self.day, &self.time).unwrap_or_default(),
            location: self.location.clone(),
            online_url: self.online_url.clone(),
            agenda: self.agenda.clone(),
            minutes: self.minutes.clone(),
            action_points: self.action_points.clone(),
        }
    }
}

/// Meetings from today on (in the forum's time zone) are upcoming; earlier ones are past.
fn split(meetings: Vec<Meeting>) -> (Vec<Meeting>, Vec<Meeting>) {
    let today = parse_day(&day(agora_store::now())).unwrap_or_default();
    let (upcoming, mut past): (Vec<Meeting>, Vec<Meeting>) = meetings.into_iter().partition(|m| m.starts_at >= today);
    past.reverse();
    (upcoming, past)
}

#[derive(Template)]
#[template(path = "meetings/list.html")]
struct ListPage {
    page: Page,
    viewer: Viewer,
    upcoming: Vec<Meeting>,
    past: Vec<Meeting>,
    form: MeetingForm,
}

impl ListPage {
    fn kinds(&self) -> Vec<(&'static str, String)> {
        kinds(&self.page)
    }

    fn action(&self) -> String {
        format!("/groups/{}/meetings", self.viewer.group.id)
    }

    /// The upcoming and past meetings under their headings' ids and texts.
    fn sections(&self) -> Vec<(&'static str, String, &Vec<Meeting>)> {
        vec![("upcoming", self.page.t("spaces-upcoming"), &self.upcoming), ("past", self.page.t("spaces-past"), &self.past)]
    }

    /// The list page schedules; the agenda is written there, the minutes afterwards on the meeting's page.
    fn with_minutes(&self) -> bool {
        false
    }
}

fn kinds(page: &Page) -> Vec<(&'static str, String)> {
    MeetingKind::ALL.iter().map(|k| (k.code(), page.term("meeting-kind", k.code()))).collect()
}

async fn list_page(app: &App, page: Page, id: i64, form: MeetingForm) -> Result<ListPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let (upcoming, past) = split(store::list(&mut conn, id).await?);
    Ok(ListPage { page, viewer, upcoming, past, form })
}

fn new_form() -> MeetingForm {
    MeetingForm { kind: MeetingKind::Meeting.code().into(), time: "14:00".into(), ..MeetingForm::default() }
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, new_form()).await?))
}

/// A meeting as the exports show it.
#[derive(Serialize)]
struct MeetingJson {
    id: i64,
    kind: String,
    title: String,
    starts_at: i64,
    starts: String,
    location: String,
    online_url: String,
    agenda: String,
    minutes: String,
    action_points: String,
    url: String,
}

fn meeting_json(app: &App, m: &Meeting) -> MeetingJson {
    MeetingJson {
        id: m.id,
        kind: m.kind.clone(),
        title: m.title.clone(),
        starts_at: m.starts_at,
        starts: crate::export::rfc3339(m.starts_at),
        location: m.location.clone(),
        online_url: m.online_url.clone(),
        agenda: m.agenda.clone(),
        minutes: m.minutes.clone(),
        action_points: m.action_points.clone(),
        url: format!("{}/groups/{}/meetings/{}", app.config.public_url, m.group_id, m.id),
    }
}

async fn all_meetings(app: &App, page: &Page, id: i64) -> Result<(Viewer, Vec<Meeting>), AppError> {
    let viewer = viewer(app, page, id).await?;
    let mut conn = app.db.acquire().await?;
    Ok((viewer, store::list(&mut conn, id).await?))
}

async fn list_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, meetings) = all_meetings(&app, &page, id).await?;
    Ok(axum::Json(meetings.iter().map(|m| meeting_json(&app, m)).collect::<Vec<_>>()).into_response())
}

async fn list_csv(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, meetings) = all_meetings(&app, &page, id).await?;
    let header = ["id", "kind", "title", "starts_at", "location", "online_url", "url"];
    let rows = meetings.iter().map(|m| {
        let j = meeting_json(&app, m);
        vec![j.id.to_string(), j.kind, j.title, day_time(m.starts_at), j.location, j.online_url, j.url]
    });
    Ok(csv_response(&format!("group-{id}-meetings.csv"), csv_document(&header, rows)))
}

/// The group's meetings as an iCalendar file (RFC 5545) to subscribe to.
async fn list_ics(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (viewer, meetings) = all_meetings(&app, &page, id).await?;
    let stamp = |unix: i64| crate::export::rfc3339(unix).replace(['-', ':'], "");
    let escape = |s: &str| s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n");
    let host = app.config.public_url.split("://").nth(1).unwrap_or("agora").split('/').next().unwrap_or("agora").to_string();
    let mut out = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agora//Meetings//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:{}\r\n",
        escape(&viewer.group.name)
    );
    for m in &meetings {
        let j = meeting_json(&app, m);
        let location = if m.location.is_empty() { m.online_url.clone() } else { m.location.clone() };
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:meeting-{}@{host}\r\nDTSTAMP:{}\r\nDTSTART:{}\r\nSUMMARY:{}\r\nLOCATION:{}\r\nURL:{}\r\nEND:VEVENT\r\n",
            m.id,
            stamp(m.updated_at),
            stamp(m.starts_at),
            escape(&m.title),
            escape(&location),
            j.url,
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"))], out).into_response())
}

/// Schedules a meeting; leads only.
async fn create(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let typed = MeetingForm::read(&form, &page);
    let view = list_page(&app, page, id, typed).await?;
    view.viewer.require_lead()?;
    if !view.form.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    let mid = store::create(&mut tx, id, &view.form.fields()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/meetings/{mid}"))).into_response())
}

#[derive(Template)]
#[template(path = "meetings/view.html")]
struct ViewPage {
    page: Page,
    viewer: Viewer,
    meeting: Meeting,
    queue: Queue,
    form: MeetingForm,
    queue_error: Option<String>,
}

impl ViewPage {
    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn kinds(&self) -> Vec<(&'static str, String)> {
        kinds(&self.page)
    }

    fn action(&self) -> String {
        format!("/groups/{}/meetings/{}", self.viewer.group.id, self.meeting.id)
    }

    fn with_minutes(&self) -> bool {
        true
    }

    /// Whether the reader may ask for the floor: anyone logged in at an open consultation, members otherwise.
    fn may_ask(&self) -> bool {
        may_ask(&self.page, &self.viewer, &self.meeting)
    }

    fn modes(&self) -> Vec<(&'static str, String)> {
        SpeakingMode::ALL.iter().map(|m| (m.code(), self.page.term("speaking-mode", m.code()))).collect()
    }

    /// What the shared queue markup (`meetings/queue.html`) needs.
    fn queue_action(&self) -> String {
        format!("{}/queue", self.action())
    }

    fn queue_open(&self) -> bool {
        self.meeting.queue_is_open()
    }

    fn moderates(&self) -> bool {
        self.viewer.leads
    }
}

fn may_ask(page: &Page, viewer: &Viewer, meeting: &Meeting) -> bool {
    page.user.is_some() && (meeting.kind == MeetingKind::OpenConsultation.code() || viewer.is_member() || viewer.leads)
}

async fn view_page(app: &App, page: Page, id: i64, mid: i64) -> Result<ViewPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let meeting = store::get(&mut conn, mid).await?;
    if meeting.group_id != id {
        return Err(AppError::NotFound);
    }
    let queue = queue_of(store::requests(&mut conn, Floor::Meeting(mid)).await?, page.user.as_ref().map(|u| u.id));
    let form = MeetingForm::of(&meeting);
    Ok(ViewPage { page, viewer, meeting, queue, form, queue_error: None })
}

async fn view(State(app): State<App>, page: Page, Path((id, mid)): Path<(i64, i64)>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, mid).await?))
}

#[derive(Serialize)]
struct QueueJson {
    open: bool,
    speaking: Option<Request>,
    waiting: Vec<Request>,
}

#[derive(Serialize)]
struct MeetingWithQueue {
    #[serde(flatten)]
    meeting: MeetingJson,
    queue: QueueJson,
}

async fn view_api(State(app): State<App>, page: Page, Path((id, mid)): Path<(i64, i64)>) -> Result<Response, AppError> {
    let view = view_page(&app, page, id, mid).await?;
    let queue = QueueJson { open: view.meeting.queue_is_open(), speaking: view.queue.speaking, waiting: view.queue.waiting };
    Ok(axum::Json(MeetingWithQueue { meeting: meeting_json(&app, &view.meeting), queue }).into_response())
}

/// Edits the meeting: agenda before, minutes and action points after; leads only.
async fn edit(State(app): State<App>, page: Page, Path((id, mid)): Path<(i64, i64)>, form: FormData) -> Result<Response, AppError> {
    let typed = MeetingForm::read(&form, &page);
    let mut view = view_page(&app, page, id, mid).await?;
    view.viewer.require_lead()?;
    if !typed.errors.is_empty() {
        view.form = typed;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::update(&mut tx, mid, &typed.fields()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/meetings/{mid}"))).into_response())
}

/// The queue's buttons: ask to speak, withdraw; and for leads, open, close and call the next speaker.
async fn queue(State(app): State<App>, page: Page, Path((id, mid)): Path<(i64, i64)>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut view = view_page(&app, page, id, mid).await?;
    let mut tx = app.db.begin().await?;
    match form.get("action") {
        "ask" => {
            if !view.may_ask() {
                return Err(AppError::ForbiddenBecause("spaces-queue-members-only".into()));
            }
            let refused = match SpeakingMode::from_code(form.get("mode")) {
                None => Some("spaces-error-mode"),
                Some(_) if !view.meeting.queue_is_open() => Some("spaces-error-queue-closed"),
                Some(mode) => match store::request(&mut tx, Floor::Meeting(mid), user.id, &user.name, mode.code(), None).await {
                    Err(agora_store::StoreError::Conflict) => Some("spaces-error-already-waiting"),
                    other => other.map(|_| None)?,
                },
            };
            if let Some(key) = refused {
                view.queue_error = Some(view.page.t(key));
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
            }
        }
        "withdraw" => match store::withdraw(&mut tx, Floor::Meeting(mid), user.id).await {
            Err(agora_store::StoreError::NotFound) => {}
            other => other?,
        },
        action @ ("open" | "close" | "next" | "done") => {
            view.viewer.require_lead()?;
            let action = match action {
                "open" => Moderation::Open,
                "close" => Moderation::Close,
                "next" => Moderation::Next,
                _ => Moderation::Done,
            };
            agora_app::floor::moderate(&mut tx, Floor::Meeting(mid), action).await?;
        }
        _ => return Err(AppError::BadRequest("unknown queue action".into())),
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/meetings/{mid}#queue"))).into_response())
}
