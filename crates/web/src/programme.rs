//! The programme: the venue (rooms and time slots), sessions from approved workshops or created directly,
//! schedule versions computed by the scheduler (drafts, one published), the public programme and session pages,
//! participants' interests ("my agenda", which feed the scheduler; its page flags clashes and offers a private
//! calendar address), and iCalendar exports.

use crate::dates::{day, parse_day};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::programme::scheduler::Weights;
use agora_domain::reports::Turn;
use agora_store::cycles::{Cycle, Theme};
use agora_store::programme::{self as store, Room, Session, SessionPerson, Slot, Version};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use std::collections::BTreeMap;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/venue", get(venue).post(venue_save))
        .route("/cycles/{id}/sessions", get(sessions_page).post(sessions_save))
        .route("/cycles/{id}/schedule", get(schedule_page).post(compute))
        .route("/schedule-versions/{id}/publish", post(publish))
        .route("/schedule-versions/{id}/move", post(move_session))
        .route("/cycles/{id}/programme/changes", get(changes))
        .route("/cycles/{id}/programme", get(programme))
        .route("/cycles/{id}/programme.ics", get(programme_ics))
        .route("/cycles/{id}/programme.csv", get(programme_csv))
        .route("/sessions/{id}", get(session_page))
        .route("/sessions/{id}/interest", post(interest))
        .route("/sessions/{id}/details", post(session_details))
        .route("/cycles/{id}/availability", get(availability).post(availability_save))
        .route("/sessions/{id}/calendar.ics", get(session_ics))
        .route("/me/agenda.ics", get(agenda_ics))
        .route("/me/agenda", get(agenda_page))
        .route("/me/agenda/calendar-address", post(calendar_address))
        .route("/agenda/{token}/calendar.ics", get(agenda_feed))
}

pub const SESSION_TYPES: &[&str] = &[
    "workshop",
    "main-session",
    "open-forum",
    "dynamic-coalition",
    "best-practice-forum",
    "policy-network",
    "nri-session",
    "day-0",
    "town-hall",
    "lightning-talk",
    "opening",
    "closing",
];

pub use agora_app::programme::Programme;

/// A cycle's programme, loaded once for a page or an export.
pub async fn load_programme(app: &App, cycle_id: i64) -> Result<Programme, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(Programme::load_from(&mut conn, cycle_id).await?)
}

/// When a placed session starts and ends: the one rule every page and export of the programme uses.
pub fn held(session: &Session, slot: &Slot) -> (i64, i64) {
    agora_domain::programme::agenda::held(slot.starts_at, slot.minutes, session.minutes)
}

fn time_of(unix: i64) -> String {
    crate::dates::time_of_day(unix)
}

#[derive(Template)]
#[template(path = "programme/venue.html")]
struct VenuePage {
    page: Page,
    cycle: Cycle,
    types: &'static [&'static str],
    rooms: Vec<Room>,
    slots: Vec<(Slot, String, String)>,
    error: Option<String>,
}

async fn venue_page(app: &App, page: Page, cycle_id: i64, error: Option<String>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let p = load_programme(app, cycle_id).await?;
    let slots = p.slots.into_iter().map(|s| (s.clone(), day(s.starts_at), time_of(s.starts_at))).collect();
    let status = if error.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok((status, html(&VenuePage { page, cycle: p.cycle, types: SESSION_TYPES, rooms: p.rooms, slots, error })).into_response())
}

async fn venue(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    venue_page(&app, page, cycle_id, None).await
}

/// Adds a room, or a day of slots ("09:00 10:45 14:00" with a length in minutes).
async fn venue_save(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let mut tx = app.db.begin().await?;
    if form.get("action") == "room" {
        let name = form.get("name").trim();
        let capacity = form.get("capacity").trim().parse::<i64>().ok().filter(|c| (1..=100_000).contains(c));
        let (false, Some(capacity)) = (name.is_empty(), capacity) else {
            let error = page.t("venue-error-room");
            drop(tx);
            return venue_page(&app, page, cycle_id, Some(error)).await;
        };
        let types: Vec<String> = form.all("session_types").into_iter().filter(|t| SESSION_TYPES.contains(&t.as_str())).collect();
        store::add_room_for(&mut tx, cycle_id, name, capacity, form.checked("hybrid"), form.get("interpretation").trim(), &types.join(","))
            .await?;
    } else {
        let date = parse_day(form.get("date"));
        let minutes = form.get("minutes").trim().parse::<i64>().ok().filter(|m| (15..=480).contains(m));
        let day_number = form.get("day").trim().parse::<i64>().ok().filter(|d| (0..=30).contains(d));
        let times: Option<Vec<i64>> = form
            .get("times")
            .split_whitespace()
            .map(|t| {
                let (h, m) = t.split_once(':')?;
                let (h, m) = (h.parse::<i64>().ok()?, m.parse::<i64>().ok()?);
                (h < 24 && m < 60).then_some(h * 3600 + m * 60)
            })
            .collect();
        let (Some(date), Some(minutes), Some(day_number), Some(times)) = (date, minutes, day_number, times.filter(|t| !t.is_empty()))
        else {
            let error = page.t("venue-error-slots");
            drop(tx);
            return venue_page(&app, page, cycle_id, Some(error)).await;
        };
        for t in times {
            store::add_slot(&mut tx, cycle_id, day_number, date + t, minutes).await?;
        }
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/venue"))).into_response())
}

#[derive(Template)]
#[template(path = "programme/sessions.html")]
struct SessionsPage {
    page: Page,
    programme: Programme,
    types: &'static [&'static str],
}

async fn sessions_page(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let programme = load_programme(&app, cycle_id).await?;
    Ok(html(&SessionsPage { page, programme, types: SESSION_TYPES }))
}

/// Creates sessions for the approved workshops, or one session directly (main sessions, open forums …).
async fn sessions_save(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let mut tx = app.db.begin().await?;
    if form.get("action") == "import" {
        store::import_approved(&mut tx, cycle_id).await?;
    } else {
        let title = form.get("title").trim();
        let session_type = form.get("session_type");
        let minutes = form.get("minutes").trim().parse::<i64>().ok().filter(|m| (15..=480).contains(m));
        let audience = form.get("expected_audience").trim().parse::<i64>().ok().filter(|a| *a > 0);
        let (false, true, Some(minutes), Some(audience)) = (title.is_empty(), SESSION_TYPES.contains(&session_type), minutes, audience)
        else {
            return Err(AppError::BadRequest("a session needs a title, a known type, 15 to 480 minutes and an expected audience".into()));
        };
        let fixed = form.get("fixed_room").parse::<i64>().ok().zip(form.get("fixed_slot").parse::<i64>().ok());
        let new = store::NewSession {
            session_type,
            title,
            description: form.get("description").trim(),
            theme_id: form.get("theme_id").parse().ok(),
            minutes,
            expected_audience: audience,
            needs_hybrid: form.checked("needs_hybrid"),
            fixed,
            proposal_id: None,
        };
        store::add_session(&mut tx, cycle_id, &new, &[]).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/sessions"))).into_response())
}

/// A schedule shown as a grid: for each day, rows of slots and a cell per room.
pub struct Grid {
    pub days: Vec<GridDay>,
}

pub struct GridDay {
    pub day: i64,
    pub date: String,
    pub rows: Vec<(String, Vec<Option<(i64, String, String)>>)>,
    /// The same day as a list, by time then room: what a phone shows instead of the grid.
    pub list: Vec<ListedSession>,
}

/// One session in the list view of a day: its time range, room, id, title and type.
pub struct ListedSession {
    pub time: String,
    pub room: String,
    pub id: i64,
    pub title: String,
    pub kind: String,
}

fn grid(p: &Programme, placements: &[store::Placement]) -> Grid {
    let mut days: Vec<GridDay> = Vec::new();
    for slot in &p.slots {
        let cells: Vec<Option<(i64, String, String)>> = p
            .rooms
            .iter()
            .map(|room| {
                placements.iter().find(|(_, r, t)| *r == room.id && *t == slot.id).and_then(|(s, _, _)| {
                    let session = p.sessions.iter().find(|x| x.id == *s)?;
                    Some((session.id, session.title.clone(), session.session_type.clone()))
                })
            })
            .collect();
        let time = format!("{}–{}", time_of(slot.starts_at), time_of(slot.starts_at + slot.minutes * 60));
        let listed: Vec<ListedSession> = p
            .rooms
            .iter()
            .zip(&cells)
            .filter_map(|(room, cell)| {
                cell.as_ref().map(|(id, title, kind)| ListedSession {
                    time: time.clone(),
                    room: room.name.clone(),
                    id: *id,
                    title: title.clone(),
                    kind: kind.clone(),
                })
            })
            .collect();
        let row = (time, cells);
        match days.iter_mut().find(|d| d.day == slot.day) {
            Some(d) => {
                d.rows.push(row);
                d.list.extend(listed);
            }
            None => days.push(GridDay { day: slot.day, date: day(slot.starts_at), rows: vec![row], list: listed }),
        }
    }
    Grid { days }
}

#[derive(Template)]
#[template(path = "programme/schedule.html")]
struct SchedulePage {
    page: Page,
    programme: Programme,
    versions: Vec<Version>,
    shown: Option<Version>,
    grid: Grid,
    violations: Vec<String>,
    /// Against another version: what differs, as sentences.
    differences: Vec<String>,
    compared: Option<i64>,
    /// A move that would break hard constraints, waiting for confirmation: (session, room, slot, warnings).
    pending: Option<(i64, i64, i64, Vec<String>)>,
}

async fn schedule_page(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let version = q.get("version").and_then(|v| v.parse::<i64>().ok());
    let compare = q.get("compare").and_then(|v| v.parse::<i64>().ok());
    schedule_view(&app, page, cycle_id, version, compare, None).await
}

async fn schedule_view(
    app: &App,
    page: Page,
    cycle_id: i64,
    version: Option<i64>,
    compare: Option<i64>,
    pending: Option<(i64, i64, i64, Vec<String>)>,
) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let programme = load_programme(app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let versions = store::versions(&mut conn, cycle_id).await?;
    let shown = match version {
        Some(id) => versions.iter().find(|v| v.id == id).cloned(),
        None => versions.first().cloned(),
    };
    let placements = match &shown {
        Some(v) => store::placements(&mut conn, v.id).await?,
        None => Vec::new(),
    };
    let differences = match compare.filter(|c| versions.iter().any(|v| v.id == *c)) {
        Some(other) => {
            let before = store::placements(&mut conn, other).await?;
            store::diff(&before, &placements).iter().map(|change| change_line(&page, &programme, change)).collect()
        }
        None => Vec::new(),
    };
    drop(conn);
    let violations = shown.as_ref().map(|v| violation_lines(&page, &programme, &v.violations)).unwrap_or_default();
    let grid = grid(&programme, &placements);
    let status = if pending.is_some() { axum::http::StatusCode::CONFLICT } else { axum::http::StatusCode::OK };
    Ok((status, html(&SchedulePage { page, programme, versions, shown, grid, violations, differences, compared: compare, pending }))
        .into_response())
}

/// A change of placement as a sentence: "Title: Day 1 09:00 Room A → Day 2 11:00 Room B".
fn change_line(page: &Page, p: &Programme, (session, before, after): &store::Change) -> String {
    let title = p.sessions.iter().find(|s| s.id == *session).map(|s| s.title.clone()).unwrap_or_default();
    let place = |cell: &Option<(i64, i64)>| match cell {
        Some((room, slot)) => {
            let room = p.rooms.iter().find(|r| r.id == *room).map(|r| r.name.clone()).unwrap_or_default();
            let slot = p.slots.iter().find(|s| s.id == *slot).map(|s| crate::dates::day_time(s.starts_at)).unwrap_or_default();
            format!("{slot}, {room}")
        }
        None => page.t("schedule-not-placed"),
    };
    format!("{title}: {} → {}", place(before), place(after))
}

/// Moves a session by hand (swapping with the session in its new place, if any). A published version is first
/// copied into a new draft. A move that breaks a hard constraint is shown with its warnings and needs confirming.
async fn move_session(State(app): State<App>, page: Page, Path(version_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let (Ok(session), Ok(room), Ok(slot)) =
        (form.get("session").parse::<i64>(), form.get("room").parse::<i64>(), form.get("slot").parse::<i64>())
    else {
        return Err(AppError::BadRequest("choose a session, a room and a time".into()));
    };
    let mut tx = app.db.begin().await?;
    let version = store::version(&mut tx, version_id).await?;
    let programme = Programme::load_from(&mut tx, version.cycle_id).await?;
    let mut placements = store::placements(&mut tx, version_id).await?;
    if !programme.sessions.iter().any(|s| s.id == session)
        || !programme.rooms.iter().any(|r| r.id == room)
        || !programme.slots.iter().any(|t| t.id == slot)
    {
        return Err(AppError::BadRequest("that session, room or time is not of this cycle".into()));
    }
    let old = placements.iter().find(|p| p.0 == session).map(|p| (p.1, p.2));
    placements.retain(|p| p.0 != session);
    if let Some(pos) = placements.iter().position(|p| p.1 == room && p.2 == slot) {
        let (other, _, _) = placements.remove(pos);
        if let Some((r, t)) = old {
            placements.push((other, r, t));
        }
    }
    placements.push((session, room, slot));
    let interests = store::interests_of_cycle(&mut tx, version.cycle_id).await?;
    let unavailable = store::unavailability_of_cycle(&mut tx, version.cycle_id).await?;
    let instance = programme.instance(&interests, &unavailable);
    let cells: Vec<Option<(usize, usize)>> = programme
        .sessions
        .iter()
        .map(|s| {
            let (_, r, t) = placements.iter().find(|p| p.0 == s.id)?;
            Some((programme.rooms.iter().position(|x| x.id == *r)?, programme.slots.iter().position(|x| x.id == *t)?))
        })
        .collect();
    let result = agora_domain::programme::scheduler::assess(&instance, Weights::default(), &cells);
    let violations: Vec<serde_json::Value> = result
        .violations
        .iter()
        .map(|v| serde_json::json!({ "code": v.code, "hard": v.hard, "sessions": v.sessions.iter().map(|s| programme.sessions[*s].id).collect::<Vec<_>>() }))
        .collect();
    if result.hard_violations as i64 > version.hard_violations && !form.checked("confirm") {
        drop(tx);
        let warnings = violation_lines(
            &page,
            &programme,
            &serde_json::Value::from(violations.iter().filter(|v| v["hard"] == true).cloned().collect::<Vec<_>>()).to_string(),
        );
        return schedule_view(&app, page, version.cycle_id, Some(version_id), None, Some((session, room, slot, warnings))).await;
    }
    let target = if version.published_at.is_some() {
        store::copy_version(&mut tx, version_id, &format!("{} (edited)", version.name)).await?
    } else {
        version_id
    };
    store::replace_placements(&mut tx, target, &placements, result.hard_violations as i64, result.soft_cost, &violations.into()).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{}/schedule?version={target}", version.cycle_id))).into_response())
}

impl SchedulePage {
    fn is_compared(&self, id: &i64) -> bool {
        self.compared == Some(*id)
    }

    /// Whether the pending move's `field` (0 session, 1 room, 2 slot) is `id`, to keep the form as typed.
    fn pending_is(&self, field: usize, id: &i64) -> bool {
        self.pending.as_ref().is_some_and(|(s, r, t, _)| [*s, *r, *t][field] == *id)
    }
}

/// The stored violations as sentences naming the sessions.
fn violation_lines(page: &Page, p: &Programme, json: &str) -> Vec<String> {
    let list: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    list.iter()
        .map(|v| {
            let titles: Vec<String> = v["sessions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_i64())
                .filter_map(|id| p.sessions.iter().find(|x| x.id == id))
                .map(|s| s.title.clone())
                .collect();
            crate::i18n::text_with(
                page.lang,
                &format!("violation-{}", v["code"].as_str().unwrap_or("")),
                &[("sessions", titles.join(" / "))],
            )
        })
        .collect()
}

/// Computes a new draft with the scheduler; the published version is untouched.
async fn compute(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let name = match form.get("name").trim() {
        "" => format!("Draft {}", crate::dates::day_time(agora_store::now())),
        n => n.to_string(),
    };
    let seed = form.get("seed").parse::<u64>().unwrap_or(1);
    let mut tx = app.db.begin().await?;
    let id = agora_app::programme::compute_version(&mut tx, cycle_id, &name, seed).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/schedule?version={id}"))).into_response())
}

async fn publish(State(app): State<App>, page: Page, Path(version_id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let mut tx = app.db.begin().await?;
    let version = store::version(&mut tx, version_id).await?;
    if version.hard_violations > 0 {
        return Err(AppError::BadRequest(format!(
            "version {version_id} still has {} hard violations: fix them before publishing",
            version.hard_violations
        )));
    }
    let changes = store::publish(&mut tx, version_id).await?;
    // Everyone with a role in a session that moved is told where and when it now is.
    let programme = Programme::load_from(&mut tx, version.cycle_id).await?;
    for change in &changes {
        let line = change_line(&page, &programme, change);
        for person in programme.people_of(change.0).iter().filter_map(|p| p.participant_id) {
            let Ok(participant) = agora_store::participants::get(&mut tx, person).await else { continue };
            let link = format!("{}{}", app.config.public_url, page.href(&format!("/sessions/{}", change.0)));
            let body = crate::i18n::text_with(
                page.lang,
                "mail-session-moved-body",
                &[("name", participant.name.clone()), ("change", line.clone()), ("link", link)],
            );
            crate::mail::queue(
                &mut tx,
                &participant.email,
                &page.t1("mail-session-moved-subject", "forum", page.identity.display_name()),
                &body,
            )
            .await?;
        }
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&page.href(&format!("/cycles/{}/programme", version.cycle_id))).into_response())
}

#[derive(Template)]
#[template(path = "programme/changes.html")]
struct ChangesPage {
    page: Page,
    cycle: Cycle,
    changes: Vec<(String, String)>,
}

/// The public changelog: what moved in the programme after it was first published.
async fn changes(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let programme = load_programme(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let rows = store::changes(&mut conn, cycle_id).await?;
    drop(conn);
    let changes = rows
        .iter()
        .map(|c| {
            let change = (c.session_id, c.before_room.zip(c.before_slot), c.after_room.zip(c.after_slot));
            (crate::dates::day_time(c.at), change_line(&page, &programme, &change))
        })
        .collect();
    Ok(html(&ChangesPage { page, cycle: programme.cycle, changes }))
}

/// The published programme and its placements, or none yet.
pub async fn published(app: &App, cycle_id: i64) -> Result<(Programme, Vec<store::Placement>), AppError> {
    let programme = load_programme(app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let placements = match store::published(&mut conn, cycle_id).await? {
        Some(v) => store::placements(&mut conn, v.id).await?,
        None => Vec::new(),
    };
    Ok((programme, placements))
}

#[derive(Template)]
#[template(path = "programme/programme.html")]
struct ProgrammePage {
    page: Page,
    cycle: Cycle,
    grid: Grid,
    rooms: Vec<Room>,
    empty: bool,
    themes: Vec<Theme>,
    days: Vec<i64>,
    filter: ProgrammeFilter,
    types: &'static [&'static str],
}

/// Filters of the public programme: a day, a session type, a theme.
#[derive(Debug, Default, Clone, serde::Deserialize)]
#[serde(default)]
pub struct ProgrammeFilter {
    pub day: String,
    pub session_type: String,
    pub theme: String,
}

impl ProgrammeFilter {
    fn keeps(&self, p: &Programme, (session, _, slot): &store::Placement) -> bool {
        let s = p.sessions.iter().find(|x| x.id == *session);
        let t = p.slots.iter().find(|x| x.id == *slot);
        (self.day.is_empty() || t.is_some_and(|t| t.day.to_string() == self.day))
            && (self.session_type.is_empty() || s.is_some_and(|s| s.session_type == self.session_type))
            && (self.theme.is_empty() || s.is_some_and(|s| s.theme_id.map(|x| x.to_string()) == Some(self.theme.clone())))
    }
}

async fn programme(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    axum::extract::Query(filter): axum::extract::Query<ProgrammeFilter>,
) -> Result<Response, AppError> {
    // Anonymous readers all get the same page: from memory until the public record moves.
    if page.user.is_none() {
        let key =
            format!("programme:{cycle_id}:{}:{}:{}:{}:{}", page.lang.code(), page.prefix, filter.day, filter.session_type, filter.theme);
        return Ok(app
            .cache
            .respond(&app, key, "text/html; charset=utf-8", || async { render_programme(&app, page, cycle_id, filter).await })
            .await?);
    }
    let body = render_programme(&app, page, cycle_id, filter).await?;
    Ok(crate::export::bytes_response("text/html; charset=utf-8", body))
}

async fn render_programme(app: &App, page: Page, cycle_id: i64, filter: ProgrammeFilter) -> Result<Vec<u8>, AppError> {
    let (p, all) = published(app, cycle_id).await?;
    let placements: Vec<store::Placement> = all.iter().filter(|pl| filter.keeps(&p, pl)).copied().collect();
    let mut grid = grid(&p, &placements);
    if !filter.day.is_empty() {
        grid.days.retain(|d| d.day.to_string() == filter.day);
    }
    let mut days: Vec<i64> = p.slots.iter().map(|s| s.day).collect();
    days.dedup();
    let view = ProgrammePage {
        page,
        empty: all.is_empty(),
        grid,
        rooms: p.rooms,
        themes: p.themes,
        days,
        filter,
        types: SESSION_TYPES,
        cycle: p.cycle,
    };
    view.render().map(String::into_bytes).map_err(|e| AppError::Internal(e.to_string()))
}

#[derive(Template)]
#[template(path = "programme/session.html")]
struct SessionPage {
    page: Page,
    materials_html: String,
    session: Session,
    theme: String,
    /// Streamed and open to remote participation by rule (a Day 0 event).
    streamed: bool,
    people: Vec<SessionPerson>,
    when: Option<(String, String, String)>,
    interested: bool,
    /// The key takeaways of the session's report, once filed.
    takeaways: Vec<String>,
    /// The venue's days (number, date) and whether the organizers prefer each.
    days: Vec<(i64, String, bool)>,
    /// The transcript's speaker turns (imported captions, else the report's transcript) and its speakers.
    turns: Vec<Turn>,
    speakers: Vec<(String, usize)>,
    related: Vec<agora_search::Hit>,
}

pub(crate) async fn session_data(app: &App, id: i64) -> Result<(Session, Programme, Option<(Room, Slot)>), AppError> {
    let mut conn = app.db.acquire().await?;
    let session = store::session(&mut conn, id).await?;
    drop(conn);
    let (p, placements) = published(app, session.cycle_id).await?;
    let at = placements
        .iter()
        .find(|(s, _, _)| *s == id)
        .and_then(|(_, r, t)| Some((p.rooms.iter().find(|x| x.id == *r)?.clone(), p.slots.iter().find(|x| x.id == *t)?.clone())));
    Ok((session, p, at))
}

async fn session_page(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    if page.user.is_none() {
        let key = format!("session:{id}:{}:{}", page.lang.code(), page.prefix);
        return Ok(app.cache.respond(&app, key, "text/html; charset=utf-8", || async { render_session(&app, page, id).await }).await?);
    }
    let body = render_session(&app, page, id).await?;
    Ok(crate::export::bytes_response("text/html; charset=utf-8", body))
}

async fn render_session(app: &App, page: Page, id: i64) -> Result<Vec<u8>, AppError> {
    let (session, p, at) = session_data(app, id).await?;
    let interested = match &page.user {
        Some(u) => {
            let mut conn = app.db.acquire().await?;
            store::interests_of(&mut conn, u.id).await?.contains(&id)
        }
        None => false,
    };
    let when = at.map(|(room, slot)| {
        let (start, end) = held(&session, &slot);
        let zone = crate::dates::zone_abbreviation(start);
        (day(start), format!("{}–{} {zone}", time_of(start), time_of(end)), room.name)
    });
    let people = p.people_of(id).into_iter().cloned().collect();
    let theme = p.theme_name(session.theme_id);
    let streamed = p.streamed(&session);
    let materials_html = agora_domain::markdown::render(&session.materials);
    let mut conn = app.db.acquire().await?;
    let report = agora_store::reports::of_session(&mut conn, id).await?;
    let transcript = agora_store::transcripts::shown(&mut conn, id).await?.map(|t| t.transcript).unwrap_or_default();
    let turns = agora_domain::reports::turns(&transcript);
    let takeaways = report.map(|r| r.text().takeaways).unwrap_or_default();
    let preferred: Vec<&str> = session.preferred_days.split(',').collect();
    let mut days: Vec<(i64, String, bool)> = Vec::new();
    for slot in &p.slots {
        if !days.iter().any(|(d, _, _)| *d == slot.day) {
            days.push((slot.day, day(slot.starts_at), preferred.contains(&slot.day.to_string().as_str())));
        }
    }
    drop(conn);
    let related = crate::search::related(app, "session", id).await;
    let speakers = agora_domain::reports::speakers(&turns);
    let view =
        SessionPage { page, materials_html, session, theme, streamed, people, when, interested, takeaways, days, turns, speakers, related };
    view.render().map(String::into_bytes).map_err(|e| AppError::Internal(e.to_string()))
}

/// The Secretariat sets a session's remote-participation link and materials.
async fn session_details(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let remote = form.get("remote_url").trim();
    if !agora_domain::is_web_link_or_empty(remote) {
        return Err(AppError::BadRequest("the remote participation link must start with https:// or http://".into()));
    }
    let materials = form.get("materials").trim();
    if materials.chars().count() > 20_000 {
        return Err(AppError::BadRequest("materials: at most 20,000 characters".into()));
    }
    let days: Vec<String> = form.all("preferred_days").into_iter().filter(|d| d.parse::<u32>().is_ok()).collect();
    let mut tx = app.db.begin().await?;
    store::session(&mut tx, id).await?;
    store::set_details(&mut tx, id, remote, materials, &days.join(",")).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/sessions/{id}"))).into_response())
}

#[derive(Template)]
#[template(path = "programme/availability.html")]
struct AvailabilityPage {
    page: Page,
    cycle: Cycle,
    slots: Vec<(i64, String, bool)>,
}

/// A participant says which slots of a cycle they cannot attend; the scheduler keeps their sessions out of them.
async fn availability(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let p = load_programme(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let away = store::unavailable_slots(&mut conn, user.id, cycle_id).await?;
    let slots = p
        .slots
        .iter()
        .map(|s| {
            let zone = crate::dates::zone_abbreviation(s.starts_at);
            (
                s.id,
                format!("{} {}–{} {zone}", day(s.starts_at), time_of(s.starts_at), time_of(s.starts_at + s.minutes * 60)),
                away.contains(&s.id),
            )
        })
        .collect();
    Ok(html(&AvailabilityPage { page, cycle: p.cycle, slots }))
}

async fn availability_save(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let slots: Vec<i64> = form.all("away").iter().filter_map(|s| s.parse().ok()).collect();
    let mut tx = app.db.begin().await?;
    store::set_unavailable(&mut tx, user.id, cycle_id, &slots).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/availability"))).into_response())
}

/// Marks or unmarks interest: it builds the participant's agenda and tells the scheduler about audience overlap.
async fn interest(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    store::session(&mut tx, id).await?;
    store::set_interest(&mut tx, user.id, id, form.get("interested") == "yes").await?;
    tx.commit().await?;
    // The agenda page's remove buttons come back to it.
    let back = if form.get("return") == "agenda" { "/me/agenda".to_string() } else { format!("/sessions/{id}") };
    Ok(Redirect::to(&page.href(&back)).into_response())
}

/// iCalendar text (RFC 5545) of placed sessions.
fn calendar(app: &App, name: &str, events: &[(&Session, &Room, &Slot)]) -> String {
    let stamp = |unix: i64| {
        time::OffsetDateTime::from_unix_timestamp(unix)
            .map(|t| format!("{:04}{:02}{:02}T{:02}{:02}{:02}Z", t.year(), t.month() as u8, t.day(), t.hour(), t.minute(), t.second()))
            .unwrap_or_default()
    };
    let escape = |s: &str| s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n");
    let host = app.config.public_url.split("://").nth(1).unwrap_or("agora").split('/').next().unwrap_or("agora").to_string();
    let mut out = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agora//Programme//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:{}\r\n",
        escape(name)
    );
    for (session, room, slot) in events {
        out.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:session-{}@{host}\r\nDTSTAMP:{}\r\nDTSTART:{}\r\nDTEND:{}\r\nSUMMARY:{}\r\nLOCATION:{}\r\nURL:{}/sessions/{}\r\nEND:VEVENT\r\n",
            session.id,
            stamp(agora_store::now()),
            stamp(held(session, slot).0),
            stamp(held(session, slot).1),
            escape(&session.title),
            escape(&room.name),
            app.config.public_url,
            session.id,
        ));
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

fn ics_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"))], body).into_response()
}

fn placed<'a>(p: &'a Programme, placements: &[store::Placement], keep: impl Fn(i64) -> bool) -> Vec<(&'a Session, &'a Room, &'a Slot)> {
    placements
        .iter()
        .filter(|(s, _, _)| keep(*s))
        .filter_map(|(s, r, t)| {
            Some((p.sessions.iter().find(|x| x.id == *s)?, p.rooms.iter().find(|x| x.id == *r)?, p.slots.iter().find(|x| x.id == *t)?))
        })
        .collect()
}

async fn programme_csv(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    // Its times are in the forum's zone, loaded with the identity (this export may be the first request served).
    app.cache.identity(&app).await;
    let (p, placements) = published(&app, cycle_id).await?;
    let rows = placed(&p, &placements, |_| true).into_iter().map(|(s, r, t)| {
        let people = p.people_of(s.id).iter().map(|x| x.name.clone()).collect::<Vec<_>>().join("; ");
        vec![
            s.id.to_string(),
            s.title.clone(),
            s.session_type.clone(),
            p.theme_name(s.theme_id),
            t.day.to_string(),
            crate::dates::day_time(t.starts_at),
            s.minutes.to_string(),
            r.name.clone(),
            people,
        ]
    });
    let header = ["id", "title", "type", "theme", "day", "starts_at", "minutes", "room", "people"];
    Ok(crate::export::csv_response("programme.csv", crate::export::csv_document(&header, rows)))
}

async fn programme_ics(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let (p, placements) = published(&app, cycle_id).await?;
    Ok(ics_response(calendar(&app, &p.cycle.name, &placed(&p, &placements, |_| true))))
}

async fn session_ics(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (session, p, _) = session_data(&app, id).await?;
    let (_, placements) = published(&app, session.cycle_id).await?;
    Ok(ics_response(calendar(&app, &session.title, &placed(&p, &placements, |s| s == id))))
}

fn agenda_events(agenda: &agora_app::programme::Agenda) -> Vec<(&Session, &Room, &Slot)> {
    agenda.entries.iter().map(|e| (&e.session, &e.room, &e.slot)).collect()
}

/// The sessions the participant marked, across every cycle's published programme.
async fn agenda_ics(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut conn = app.db.acquire().await?;
    let agenda = agora_app::programme::agenda(&mut conn, user.id).await?;
    Ok(ics_response(calendar(&app, &page.t("agenda-title"), &agenda_events(&agenda))))
}

/// The same calendar at a participant's private address, for calendar apps that subscribe without a login.
async fn agenda_feed(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let agenda = agora_app::programme::agenda_at_calendar_address(&mut conn, &crate::auth::token_hash(&token)).await?;
    let agenda = agenda.ok_or(AppError::NotFound)?;
    let mut response = ics_response(calendar(&app, &page.t("agenda-title"), &agenda_events(&agenda)));
    // Private: no shared cache keeps it, and the address is not sent on as a referrer.
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}

/// A session of the agenda page, as shown.
pub struct AgendaItem {
    pub id: i64,
    pub title: String,
    pub session_type: String,
    pub room: String,
    /// "09:00–10:00" in the forum's zone, with its abbreviation apart.
    pub time: String,
    pub zone: String,
    pub start_iso: String,
    pub end_iso: String,
    pub offset: i32,
    pub date: String,
    /// The sessions it overlaps: (id, title, time).
    pub clashes: Vec<(i64, String, String)>,
}

#[derive(Template)]
#[template(path = "programme/agenda.html")]
struct AgendaPage {
    page: Page,
    /// Days in order, each with its sessions in time order.
    days: Vec<(String, Vec<AgendaItem>)>,
    unplaced: Vec<Session>,
    clash_count: usize,
    has_calendar_address: bool,
    /// The private calendar address, shown once: right after it is made.
    new_address: Option<String>,
}

fn agenda_view(page: Page, agenda: agora_app::programme::Agenda, new_address: Option<String>) -> Response {
    let span = |e: &agora_app::programme::AgendaEntry| format!("{}–{}", time_of(e.starts_at), time_of(e.ends_at));
    let mut days: Vec<(String, Vec<AgendaItem>)> = Vec::new();
    for e in &agenda.entries {
        let item = AgendaItem {
            id: e.session.id,
            title: e.session.title.clone(),
            session_type: e.session.session_type.clone(),
            room: e.room.name.clone(),
            time: span(e),
            zone: crate::dates::zone_abbreviation(e.starts_at),
            start_iso: crate::dates::iso_utc(e.starts_at),
            end_iso: crate::dates::iso_utc(e.ends_at),
            offset: crate::dates::offset_minutes(e.starts_at),
            date: day(e.starts_at),
            clashes: e.clashes_with.iter().map(|i| &agenda.entries[*i]).map(|o| (o.session.id, o.session.title.clone(), span(o))).collect(),
        };
        match days.last_mut() {
            Some((date, items)) if *date == item.date => items.push(item),
            _ => days.push((item.date.clone(), vec![item])),
        }
    }
    let clash_count = agenda.entries.iter().filter(|e| !e.clashes_with.is_empty()).count();
    html(&AgendaPage { page, days, unplaced: agenda.unplaced, clash_count, has_calendar_address: agenda.has_calendar_address, new_address })
}

/// My agenda: the sessions the participant added, by day and time, with clashes flagged.
async fn agenda_page(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut conn = app.db.acquire().await?;
    let agenda = agora_app::programme::agenda(&mut conn, user.id).await?;
    Ok(agenda_view(page, agenda, None))
}

/// Makes (or remakes) the participant's private calendar address and shows it once; an older one stops working.
async fn calendar_address(State(app): State<App>, page: Page, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let token = crate::auth::random_token(24);
    let mut tx = app.db.begin().await?;
    let agenda = agora_app::programme::new_calendar_address(&mut tx, user.id, &crate::auth::token_hash(&token)).await?;
    tx.commit().await?;
    let address = format!("{}/agenda/{token}/calendar.ics", app.config.public_url.trim_end_matches('/'));
    Ok(agenda_view(page, agenda, Some(address)))
}
