//! The meeting's hybrid floor (issue 19, parts 4 to 6): each session of the published programme has a live page
//! with its remote-participation and captions links and ONE speaking queue for the room, people online and remote
//! hubs — the groups' meetings' queue (`agora_app::floor`, `meetings/queue.html`), not a copy. Signed-in people
//! say where they follow the session from (verified attendance, `agora_domain::floor::verified_attendance`) and
//! ask for the floor; the session's organizers and moderators and the meeting's staff call the next speaker and
//! mark them done, and read the session's attendance. Everything is a plain form; `floor.js` polls a small JSON
//! document and refreshes the queue when it changes. The programme's "now" view lists what is on, and remote
//! hubs are registered and listed by region.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::floor::{self as use_case, FloorError, Held, Moderation, Queue, queue_of};
use agora_domain::accounts::Action;
use agora_domain::floor::{Attendance, HubForm, HubRefused, MAX_HUB_ATTENDANCE, MAX_HUB_FIELD, Presence};
use agora_domain::people::UnRegionalGroup;
use agora_store::floor::{self as store, Hub, Joined, SessionFloor};
use agora_store::meetings::{Floor, Request};
use agora_store::programme::{Room, Session, Slot};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/sessions/{id}/live", get(live))
        .route("/sessions/{id}/live/queue", post(queue))
        .route("/sessions/{id}/live/join", post(join))
        .route("/sessions/{id}/live/captions", post(captions))
        .route("/api/sessions/{id}/live", get(live_api))
        .route("/cycles/{id}/programme/now", get(now_view))
        .route("/cycles/{id}/hubs", get(hubs).post(register_hub))
        .route("/static/floor.js", get(script))
}

const SCRIPT: &str = include_str!("../static/floor.js");

async fn script() -> Response {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=86400")], SCRIPT).into_response()
}

/// A session of the published programme with its room and slot; 404 for a session that is not in it.
async fn placed(app: &App, id: i64) -> Result<(Session, Room, Slot, Vec<agora_store::programme::SessionPerson>), AppError> {
    let (session, programme, at) = crate::programme::session_data(app, id).await?;
    let (room, slot) = at.ok_or(AppError::NotFound)?;
    let people = programme.people_of(id).into_iter().cloned().collect();
    Ok((session, room, slot, people))
}

/// Whether the reader moderates the session's floor: the meeting's staff, or one of its organizers or moderators.
fn moderates(page: &Page, people: &[agora_store::programme::SessionPerson]) -> bool {
    let Some(user) = &page.user else { return false };
    user.may(Action::ManageMeeting)
        || people
            .iter()
            .any(|p| p.participant_id == Some(user.id) && matches!(p.role.as_str(), "organizer" | "onsite-moderator" | "online-moderator"))
}

#[derive(Template)]
#[template(path = "floor/live.html")]
struct LivePage {
    page: Page,
    session: Session,
    room: Room,
    /// Date and time as the programme shows them.
    when: (String, String),
    floor: SessionFloor,
    queue: Queue,
    queue_error: Option<String>,
    join_error: Option<String>,
    hubs: Vec<Hub>,
    joined: Option<Joined>,
    moderator: bool,
    /// The session's verified attendance, for its moderators.
    attendance: Option<Attendance>,
}

impl LivePage {
    fn queue_action(&self) -> String {
        format!("/sessions/{}/live/queue", self.session.id)
    }

    fn queue_open(&self) -> bool {
        self.floor.queue_is_open()
    }

    /// Anyone signed in asks for the floor here; the room, online, or the hub they joined from.
    fn may_ask(&self) -> bool {
        self.page.user.is_some()
    }

    fn moderates(&self) -> bool {
        self.moderator
    }

    fn modes(&self) -> Vec<(&'static str, String)> {
        let joined = self.joined.as_ref().and_then(|j| Presence::from_code(&j.mode));
        let mut modes: Vec<(&'static str, String)> =
            [Presence::Online, Presence::Onsite].iter().map(|p| (p.code(), self.page.term("floor-presence", p.code()))).collect();
        if joined == Some(Presence::Hub) {
            modes.insert(0, (Presence::Hub.code(), self.page.t1("floor-ask-as-hub", "hub", self.joined_hub())));
        } else if joined == Some(Presence::Onsite) {
            modes.reverse();
        }
        modes
    }

    fn joined_hub(&self) -> String {
        let hub = self.joined.as_ref().and_then(|j| j.hub_id);
        self.hubs.iter().find(|h| Some(h.id) == hub).map_or_else(String::new, |h| h.city.clone())
    }

    fn presences(&self) -> Vec<(&'static str, String)> {
        let mut all = vec![Presence::Online, Presence::Onsite];
        if !self.hubs.is_empty() {
            all.push(Presence::Hub);
        }
        all.iter().map(|p| (p.code(), self.page.term("floor-presence", p.code()))).collect()
    }

    fn hub_chosen(&self, hub: &i64) -> bool {
        self.joined.as_ref().is_some_and(|j| j.hub_id == Some(*hub))
    }

    fn joined_as(&self, code: &str) -> bool {
        self.joined.as_ref().map_or(code == "online", |j| j.mode == code)
    }

    fn api(&self) -> String {
        format!("/api/sessions/{}/live", self.session.id)
    }
}

async fn live_page(app: &App, page: Page, id: i64) -> Result<LivePage, AppError> {
    let (session, room, slot, people) = placed(app, id).await?;
    let (start, end) = crate::programme::held(&session, &slot);
    let when = (
        crate::dates::day(start),
        format!("{}–{} {}", crate::dates::time_of_day(start), crate::dates::time_of_day(end), crate::dates::zone_abbreviation(start)),
    );
    let moderator = moderates(&page, &people);
    let reader = page.user.as_ref().map(|u| u.id);
    let mut conn = app.db.acquire().await?;
    let floor = store::session_floor(&mut conn, id).await?;
    let queue = queue_of(agora_store::meetings::requests(&mut conn, Floor::Session(id)).await?, reader);
    let hubs = store::hubs_of_session(&mut conn, id).await?;
    let joined = match reader {
        Some(me) => store::joined(&mut conn, id, me).await?,
        None => None,
    };
    let attendance = if moderator { Some(use_case::attendance(&mut conn, id).await?) } else { None };
    Ok(LivePage { page, session, room, when, floor, queue, queue_error: None, join_error: None, hubs, joined, moderator, attendance })
}

async fn live(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&live_page(&app, page, id).await?))
}

fn refused_key(e: &FloorError) -> Option<&'static str> {
    match e {
        FloorError::Refused(r) => Some(r.key()),
        FloorError::UnknownHub => Some("floor-error-unknown-hub"),
        _ => None,
    }
}

/// The queue's buttons: ask, withdraw; and for moderators, open, close, call the next speaker, mark done.
async fn queue(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut view = live_page(&app, page, id).await?;
    let mut tx = app.db.begin().await?;
    match form.get("action") {
        "ask" => {
            let result = match Presence::from_code(form.get("mode")) {
                None => Err(None),
                Some(from) => use_case::ask(&mut tx, id, user.id, &user.name, from).await.map_err(Some),
            };
            match result {
                Ok(_) => {}
                Err(None) => {
                    view.queue_error = Some(view.page.t("spaces-error-mode"));
                    return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
                }
                Err(Some(e)) => match refused_key(&e) {
                    Some(key) => {
                        view.queue_error = Some(view.page.t(key));
                        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
                    }
                    None => return Err(e.into()),
                },
            }
        }
        "withdraw" => match agora_store::meetings::withdraw(&mut tx, Floor::Session(id), user.id).await {
            Err(agora_store::StoreError::NotFound) => {}
            other => other?,
        },
        action @ ("open" | "close" | "next" | "done") => {
            if !view.moderator {
                return Err(AppError::ForbiddenBecause("floor-moderators-only".into()));
            }
            let action = match action {
                "open" => Moderation::Open,
                "close" => Moderation::Close,
                "next" => Moderation::Next,
                _ => Moderation::Done,
            };
            use_case::moderate(&mut tx, Floor::Session(id), action).await?;
        }
        _ => return Err(AppError::BadRequest("unknown queue action".into())),
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/sessions/{id}/live#queue"))).into_response())
}

/// The reader follows the session from the room, online or a hub: their attendance.
async fn join(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut view = live_page(&app, page, id).await?;
    let Some(presence) = Presence::from_code(form.get("presence")) else {
        view.join_error = Some(view.page.t("floor-error-presence"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    };
    let hub = form.get("hub").parse::<i64>().ok();
    let (_, _, slot, _) = placed(&app, id).await?;
    let now = agora_store::now();
    let held =
        Held { cycle_id: view.session.cycle_id, span: Some(crate::programme::held(&view.session, &slot)), today: crate::dates::day(now) };
    let mut tx = app.db.begin().await?;
    match use_case::join(&mut tx, id, user.id, presence, hub, &held, now).await {
        Ok(_) => {}
        Err(e) => match refused_key(&e) {
            Some(key) => {
                view.join_error = Some(view.page.t(key));
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
            }
            None => return Err(e.into()),
        },
    }
    tx.commit().await?;
    Ok(Redirect::to(&view.page.href(&format!("/sessions/{id}/live#follow"))).into_response())
}

/// A moderator sets the captions or transcript link.
async fn captions(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?;
    let (_, _, _, people) = placed(&app, id).await?;
    if !moderates(&page, &people) {
        return Err(AppError::ForbiddenBecause("floor-moderators-only".into()));
    }
    let url = form.get("captions_url").trim();
    if !agora_domain::is_web_link_or_empty(url) {
        let mut view = live_page(&app, page, id).await?;
        view.join_error = None;
        view.queue_error = Some(view.page.t("floor-error-captions"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::set_captions(&mut tx, id, url).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/sessions/{id}/live"))).into_response())
}

/// A request as the live page's JSON shows it (no participant ids).
#[derive(Serialize, utoipa::ToSchema)]
pub struct SpeakerJson {
    name: String,
    /// onsite or online (a hub speaks from the remote side).
    mode: String,
    /// The hub's city, when the request speaks for a hub.
    hub: Option<String>,
    requested_at: i64,
}

fn speaker(r: &Request) -> SpeakerJson {
    SpeakerJson { name: r.name.clone(), mode: r.mode.clone(), hub: r.hub.clone(), requested_at: r.requested_at }
}

/// A session's floor now: its links, whether the queue is open, who has the floor and who waits, in order.
#[derive(Serialize, utoipa::ToSchema)]
pub struct LiveJson {
    session: i64,
    title: String,
    remote_url: String,
    captions_url: String,
    open: bool,
    speaking: Option<SpeakerJson>,
    waiting: Vec<SpeakerJson>,
    spoken: usize,
}

#[utoipa::path(get, path = "/api/sessions/{id}/live", tag = "meeting",
    params(("id" = i64, Path, description = "a session of the published programme")),
    responses((status = 200, description = "the session's floor: links, the queue's state, the speaker and the waiting requests in the order they will be called", body = LiveJson),
              (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn live_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    // Every viewer polls this: one rendering per change of the record, from memory in between.
    let key = format!("live:{id}");
    let render = || async {
        let (session, _, _, _) = placed(&app, id).await?;
        let mut conn = app.db.acquire().await?;
        let floor = store::session_floor(&mut conn, id).await?;
        let queue = queue_of(agora_store::meetings::requests(&mut conn, Floor::Session(id)).await?, None);
        let json = LiveJson {
            session: id,
            title: session.title,
            remote_url: session.remote_url,
            captions_url: floor.captions_url.clone(),
            open: floor.queue_is_open(),
            speaking: queue.speaking.as_ref().map(speaker),
            waiting: queue.waiting.iter().map(speaker).collect(),
            spoken: queue.spoken,
        };
        serde_json::to_vec(&json).map_err(|e| AppError::Internal(e.to_string()))
    };
    app.cache.respond(&app, key, "application/json", render).await
}

/// A session on the "now" view.
pub struct OnNow {
    session: Session,
    room: String,
    time: String,
}

#[derive(Template)]
#[template(path = "floor/now.html")]
struct NowPage {
    page: Page,
    cycle: agora_store::cycles::Cycle,
    now: Vec<OnNow>,
    next: Vec<OnNow>,
    published: bool,
}

impl NowPage {
    /// The sessions on now and next, under their headings' ids and texts.
    fn sections(&self) -> Vec<(&'static str, String, &Vec<OnNow>)> {
        vec![("now-on", self.page.t("floor-now-on"), &self.now), ("now-next", self.page.t("floor-now-next"), &self.next)]
    }
}

/// How far ahead the "now" view lists the next sessions.
const NEXT_SECONDS: i64 = 3 * 3600;

/// The programme's "now" view: the sessions being held, and those starting within three hours, each with its
/// live page.
async fn now_view(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let (p, placements) = crate::programme::published(&app, cycle_id).await?;
    let now = agora_store::now();
    let (mut on, mut next) = (Vec::new(), Vec::new());
    for (session_id, room_id, slot_id) in &placements {
        let (Some(session), Some(room), Some(slot)) = (
            p.sessions.iter().find(|s| s.id == *session_id),
            p.rooms.iter().find(|r| r.id == *room_id),
            p.slots.iter().find(|s| s.id == *slot_id),
        ) else {
            continue;
        };
        let (start, end) = crate::programme::held(session, slot);
        let item = || OnNow {
            session: session.clone(),
            room: room.name.clone(),
            time: format!("{}–{}", crate::dates::time_of_day(start), crate::dates::time_of_day(end)),
        };
        if start <= now && now < end {
            on.push((start, item()));
        } else if start > now && start <= now + NEXT_SECONDS {
            next.push((start, item()));
        }
    }
    on.sort_by_key(|(s, _)| *s);
    next.sort_by_key(|(s, _)| *s);
    let view = NowPage {
        page,
        published: !placements.is_empty(),
        cycle: p.cycle,
        now: on.into_iter().map(|(_, i)| i).collect(),
        next: next.into_iter().map(|(_, i)| i).collect(),
    };
    Ok(html(&view))
}

/// The hub form as typed, with its errors by field.
#[derive(Default)]
struct HubTyped {
    city: String,
    country: String,
    host: String,
    coordinator: String,
    technical_lead: String,
    expected_attendance: String,
    sessions: Vec<i64>,
    errors: Vec<(&'static str, String)>,
}

impl HubTyped {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }
}

#[derive(Template)]
#[template(path = "floor/hubs.html")]
struct HubsPage {
    page: Page,
    cycle: agora_store::cycles::Cycle,
    /// The hubs by UN regional group, with the number of sessions each follows.
    regions: Vec<(UnRegionalGroup, Vec<(Hub, usize)>)>,
    sessions: Vec<Session>,
    countries: Vec<(&'static str, String)>,
    typed: HubTyped,
}

async fn hubs_page(app: &App, page: Page, cycle_id: i64, typed: HubTyped) -> Result<HubsPage, AppError> {
    let cycle = crate::cycles::load(app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let hubs = store::hubs(&mut conn, cycle_id).await?;
    let followed = store::hub_sessions(&mut conn, cycle_id).await?;
    drop(conn);
    let (p, placements) = crate::programme::published(app, cycle_id).await?;
    let sessions = p.sessions.into_iter().filter(|s| placements.iter().any(|(id, _, _)| *id == s.id)).collect();
    let region = |h: &Hub| agora_domain::people::country(&h.country).map_or(UnRegionalGroup::NoGroup, |c| c.un_regional_group);
    let regions = UnRegionalGroup::ALL
        .iter()
        .map(|g| {
            let of: Vec<(Hub, usize)> = hubs
                .iter()
                .filter(|h| region(h) == *g)
                .map(|h| (h.clone(), followed.iter().filter(|(hub, _)| *hub == h.id).count()))
                .collect();
            (*g, of)
        })
        .filter(|(_, of)| !of.is_empty())
        .collect();
    let mut countries: Vec<(&'static str, String)> =
        agora_domain::people::countries().iter().map(|c| (c.iso2, c.name_in(page.lang).to_string())).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(HubsPage { page, cycle, regions, sessions, countries, typed })
}

async fn hubs(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&hubs_page(&app, page, id, HubTyped::default()).await?))
}

fn hub_error(page: &Page, refused: &HubRefused) -> (&'static str, String) {
    match refused {
        HubRefused::Missing(field) => (field, page.t1("floor-hub-error-required", "max", MAX_HUB_FIELD)),
        HubRefused::Country => ("country", page.t("floor-hub-error-country")),
        HubRefused::Attendance => ("expected_attendance", page.t1("floor-hub-error-attendance", "max", MAX_HUB_ATTENDANCE)),
    }
}

/// Registers a remote hub; signed-in people.
async fn register_hub(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut typed = HubTyped {
        city: form.get("city").trim().into(),
        country: form.get("country").trim().into(),
        host: form.get("host").trim().into(),
        coordinator: form.get("coordinator").trim().into(),
        technical_lead: form.get("technical_lead").trim().into(),
        expected_attendance: form.get("expected_attendance").trim().into(),
        sessions: form.all("sessions").into_iter().filter_map(|s| s.parse().ok()).collect(),
        errors: Vec::new(),
    };
    let hub_form = HubForm {
        city: &typed.city,
        country: &typed.country,
        host: &typed.host,
        coordinator: &typed.coordinator,
        technical_lead: &typed.technical_lead,
        expected_attendance: &typed.expected_attendance,
    };
    let mut tx = app.db.begin().await?;
    let input = use_case::RegisterHub { cycle_id: id, form: hub_form, sessions: &typed.sessions, registered_by: user.id };
    match use_case::register_hub(&mut tx, &input).await {
        Ok(hub) => {
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/hubs#hub-{hub}"))).into_response())
        }
        Err(FloorError::Hub(refused)) => {
            drop(tx);
            typed.errors = refused.iter().map(|r| hub_error(&page, r)).collect();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&hubs_page(&app, page, id, typed).await?)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use agora_domain::floor::FloorRefused;

    #[test]
    fn every_refusal_has_a_sentence_key_in_the_floor_catalog() {
        let catalog = include_str!("../i18n/en/floor.ftl");
        for refused in [FloorRefused::QueueClosed, FloorRefused::NotAtHub, FloorRefused::AlreadyWaiting] {
            assert!(catalog.contains(&format!("\n{} =", refused.key())), "{}", refused.key());
        }
        for key in ["floor-error-unknown-hub", "floor-error-presence", "floor-error-captions", "forbidden-floor-moderators-only"] {
            assert!(catalog.contains(&format!("\n{key} =")), "{key}");
        }
    }
}
