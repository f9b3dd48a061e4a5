//! Bilateral meeting rooms: a day's grid of rooms and slots (public; who holds a slot is shown to signed-in
//! participants), the booking form, a person's bookings with confirm, release and an iCal file each, the
//! Secretariat's settings of the rooms, and the release job's runs with a button to run it now. The rules are
//! `agora_domain::bilaterals`; the operations `agora_app::bilaterals`.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_app::bilaterals::{self as use_case, BilateralError};
use agora_domain::accounts::Action;
use agora_domain::bilaterals::{BilateralRules, BookingStatus, ChangeRefused, Outcome, Refused, Request, clock, parse_clock, waitlist};
use agora_domain::people::{Language, StakeholderGroup};
use agora_store::bilaterals::{self as store, Booking};
use agora_store::cycles::Cycle;
use askama::Template;
use axum::Json;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/bilaterals", get(grid).post(book))
        .route("/cycles/{id}/bilaterals/settings", get(settings_form).post(settings_save))
        .route("/cycles/{id}/bilaterals/release", post(run_release))
        .route("/bilaterals/{id}/confirm", post(confirm))
        .route("/bilaterals/{id}/release", post(release))
        .route("/bilaterals/{id}/booking.ics", get(calendar))
        .route("/api/cycles/{id}/bilaterals", get(api_availability))
}

/// The meeting's days, `YYYY-MM-DD` in the forum's zone (none until its dates are set).
pub fn meeting_days(cycle: &Cycle) -> Vec<String> {
    let Some(dates) = cycle.phase(agora_domain::cycles::Phase::Meeting) else { return Vec::new() };
    let mut days: Vec<String> = (0..).map(|d| dates.start + d * 86_400).take_while(|t| *t < dates.end).map(crate::dates::day).collect();
    days.dedup();
    days
}

fn language_of(booking: &Booking) -> Language {
    booking.languages.split(',').find_map(Language::from_code).unwrap_or(Language::English)
}

/// One room at one time on the grid.
struct Cell {
    status: &'static str,
    holder: String,
    waiting: usize,
    mine: bool,
}

struct Row {
    time: String,
    cells: Vec<Cell>,
}

/// What the booking form shows again after a refusal: what was typed, and the sentence.
#[derive(Default)]
struct Typed {
    start: String,
    room: String,
    organization: String,
    stakeholder_group: String,
    purpose: String,
    wait: bool,
    error: Option<(&'static str, String)>,
}

impl Typed {
    fn error_for(&self, field: &str) -> Option<String> {
        self.error.as_ref().filter(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }
}

/// A person's booking as listed: its time as shown and its place on the waitlist.
struct Mine {
    booking: Booking,
    time: String,
    confirm_by: String,
    position: usize,
}

#[derive(Template)]
#[template(path = "bilaterals/grid.html")]
struct GridPage {
    page: Page,
    cycle: Cycle,
    days: Vec<String>,
    day: String,
    rules: BilateralRules,
    rows: Vec<Row>,
    mine: Vec<Mine>,
    typed: Typed,
    groups: Vec<&'static str>,
    staff: bool,
    runs: Vec<(String, i64, i64)>,
    notice: Option<String>,
    precedence: String,
}

#[derive(Deserialize, Default)]
struct DayQuery {
    #[serde(default)]
    day: String,
    #[serde(default)]
    done: String,
}

async fn grid_page(
    app: &App,
    page: Page,
    cycle_id: i64,
    day: &str,
    typed: Option<Typed>,
    notice: Option<String>,
) -> Result<GridPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let days = meeting_days(&cycle);
    let day = days.iter().find(|d| *d == day).or(days.first()).cloned().unwrap_or_default();
    let rules = cycle.rules.bilaterals.clone();
    let bookings = if day.is_empty() { Vec::new() } else { store::of_day(&mut conn, cycle_id, &day).await? };
    let user = page.user.as_ref().map(|u| u.id);
    let rows = rules
        .starts()
        .into_iter()
        .map(|start| Row {
            time: clock(start),
            cells: rules
                .rooms
                .iter()
                .map(|room| {
                    let slot: Vec<&Booking> = bookings.iter().filter(|b| b.start_minute == i64::from(start) && &b.room == room).collect();
                    let holder = slot.iter().find(|b| matches!(b.status.as_str(), "held" | "confirmed"));
                    Cell {
                        status: holder.map_or("free", |b| if b.status == "confirmed" { "confirmed" } else { "held" }),
                        holder: holder.map(|b| b.organization.clone()).unwrap_or_default(),
                        waiting: slot.iter().filter(|b| b.status == "waiting").count(),
                        mine: slot.iter().any(|b| {
                            Some(b.participant_id) == user && BookingStatus::from_code(&b.status).is_some_and(BookingStatus::counts)
                        }),
                    }
                })
                .collect(),
        })
        .collect();
    let mut mine = Vec::new();
    if let Some(user) = &page.user {
        for booking in store::of_participant(&mut conn, cycle_id, user.id).await? {
            let position = if booking.status == "waiting" {
                let slot: Vec<agora_domain::bilaterals::Booking> = store::of_day(&mut conn, cycle_id, &booking.day)
                    .await?
                    .iter()
                    .filter(|b| b.start_minute == booking.start_minute && b.room == booking.room)
                    .map(use_case::as_rule)
                    .collect();
                waitlist(&slot, &rules.precedence).iter().position(|b| b.id == booking.id).map_or(0, |p| p + 1)
            } else {
                0
            };
            let time = format!(
                "{} {}–{}",
                booking.day,
                clock(booking.start_minute as u32),
                clock(booking.start_minute as u32 + rules.slot_minutes)
            );
            let confirm_by = booking.confirm_by.map(crate::dates::day_time).unwrap_or_default();
            mine.push(Mine { booking, time, confirm_by, position });
        }
    }
    let typed = match typed {
        Some(typed) => typed,
        None => match &page.user {
            Some(user) => {
                let me = agora_store::participants::get(&mut conn, user.id).await?;
                Typed { organization: me.organization.unwrap_or_default(), stakeholder_group: me.stakeholder_group, ..Typed::default() }
            }
            None => Typed::default(),
        },
    };
    let staff = page.may(Action::ManageMeeting);
    let runs = if staff {
        store::runs(&mut conn, cycle_id)
            .await?
            .into_iter()
            .map(|(at, released, moved)| (crate::dates::day_time(at), released, moved))
            .collect()
    } else {
        Vec::new()
    };
    let precedence = rules.precedence.iter().map(|g| page.term("stakeholder-group", g)).collect::<Vec<_>>().join(", ");
    Ok(GridPage {
        groups: StakeholderGroup::ALL.iter().map(|g| g.code()).collect(),
        page,
        cycle,
        days,
        day,
        rules,
        rows,
        mine,
        typed,
        staff,
        runs,
        notice,
        precedence,
    })
}

async fn grid(State(app): State<App>, page: Page, Path(id): Path<i64>, Query(query): Query<DayQuery>) -> Result<Response, AppError> {
    let notice = match query.done.as_str() {
        "held" | "waiting" | "confirmed" | "released" => Some(page.t(&format!("bilaterals-done-{}", query.done))),
        _ => None,
    };
    Ok(html(&grid_page(&app, page, id, &query.day, None, notice).await?))
}

/// The sentence of a refusal, and the field it belongs to.
fn refusal_sentence(page: &Page, refused: &Refused) -> (&'static str, String) {
    match refused {
        Refused::Field(field) => (*field, page.t(&format!("bilaterals-error-{}", field.replace('_', "-")))),
        Refused::NotASlot => ("start", page.t("bilaterals-not-a-slot")),
        Refused::DailyCap { cap, day } => ("form", page.t_with("bilaterals-cap", &[("max", cap.to_string()), ("date", day.clone())])),
        Refused::Clash { room, start, holder, own } => (
            "form",
            page.t_with(
                if *own { "bilaterals-clash-own" } else { "bilaterals-clash" },
                &[("room", room.clone()), ("time", clock(*start)), ("organization", holder.clone())],
            ),
        ),
    }
}

/// Books a room's slot for the reader's organization, or puts it on the slot's waitlist.
async fn book(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user_id = page.require_user()?.id;
    let day = form.get("day").to_string();
    let typed = Typed {
        start: form.get("start").into(),
        room: form.get("room").into(),
        organization: form.get("organization").into(),
        stakeholder_group: form.get("stakeholder_group").into(),
        purpose: form.get("purpose").into(),
        wait: form.checked("wait"),
        error: None,
    };
    let mut tx = app.db.begin().await?;
    let cycle = agora_store::cycles::get(&mut tx, id).await?;
    let days = meeting_days(&cycle);
    let input = use_case::Book {
        cycle_id: id,
        participant_id: user_id,
        days: &days,
        request: Request {
            organization: &typed.organization,
            stakeholder_group: &typed.stakeholder_group,
            day: &day,
            start: parse_clock(&typed.start).unwrap_or(u32::MAX),
            room: &typed.room,
            wait: typed.wait,
        },
        purpose: &typed.purpose,
        now: agora_store::now(),
    };
    match use_case::book(&mut tx, &input).await {
        Ok(booked) => {
            tx.commit().await?;
            let done = match booked.outcome {
                Outcome::Held => "held",
                Outcome::Waiting { .. } => "waiting",
            };
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/bilaterals?day={day}&done={done}"))).into_response())
        }
        Err(BilateralError::Refused(refused)) => {
            drop(tx);
            let error = Some(refusal_sentence(&page, &refused));
            let view = grid_page(&app, page, id, &day, Some(Typed { error, ..typed }), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(BilateralError::Store(agora_store::StoreError::Conflict)) => {
            // Another request took the room between the reading and the writing: said as the clash it is.
            drop(tx);
            let error = Some(("form", page.t("bilaterals-taken-meanwhile")));
            let view = grid_page(&app, page, id, &day, Some(Typed { error, ..typed }), None).await?;
            Ok((StatusCode::CONFLICT, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Mails the person whose booking moved up from a waitlist, or was released for want of confirmation.
async fn mail_booking(app: &App, conn: &mut agora_store::Conn, booking: &Booking, what: &str, slot_minutes: u32) -> Result<(), AppError> {
    if booking.email.is_empty() {
        return Ok(());
    }
    let start = booking.start_minute as u32;
    let args = [
        ("name", booking.name.clone()),
        ("room", booking.room.clone()),
        ("date", booking.day.clone()),
        ("time", format!("{}–{}", clock(start), clock(start + slot_minutes))),
        ("limit", booking.confirm_by.map(crate::dates::day_time).unwrap_or_default()),
        ("link", format!("{}/cycles/{}/bilaterals?day={}", app.config.public_url, booking.cycle_id, booking.day)),
    ];
    let language = language_of(booking);
    let subject = crate::i18n::text_with(language, &format!("mail-bilaterals-{what}-subject"), &args);
    let body = crate::i18n::text_with(language, &format!("mail-bilaterals-{what}-body"), &args);
    mail::queue(conn, &booking.email, &subject, &body).await?;
    Ok(())
}

/// A confirmation or release refused: the grid again with the sentence.
async fn change_refused(app: &App, page: Page, booking: &Booking, refused: ChangeRefused) -> Result<Response, AppError> {
    let sentence = match refused {
        ChangeRefused::TooLate => page.t("bilaterals-too-late"),
        ChangeRefused::NotFrom(status) => page.t1("bilaterals-not-from", "value", page.t(&format!("bilaterals-status-{}", status.code()))),
    };
    let typed = Typed { error: Some(("mine", sentence)), ..Typed::default() };
    let view = grid_page(app, page, booking.cycle_id, &booking.day, Some(typed), None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
}

/// A confirmation or release that failed: the day's grid again with the reason (422) when it was refused, not
/// found for someone else's booking.
async fn change_failed(app: &App, page: Page, mut tx: agora_store::Tx, id: i64, e: BilateralError) -> Result<Response, AppError> {
    match e {
        BilateralError::Change(refused) => {
            let booking = store::get(&mut tx, id).await?;
            drop(tx);
            change_refused(app, page, &booking, refused).await
        }
        BilateralError::NotYours => Err(AppError::NotFound),
        e => Err(e.into()),
    }
}

async fn confirm(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let staff = user.may(Action::ManageMeeting);
    let mut tx = app.db.begin().await?;
    match use_case::confirm(&mut tx, id, user.id, staff, agora_store::now()).await {
        Ok(booking) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/cycles/{}/bilaterals?day={}&done=confirmed", booking.cycle_id, booking.day)))
                .into_response())
        }
        Err(e) => change_failed(&app, page, tx, id, e).await,
    }
}

async fn release(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let staff = user.may(Action::ManageMeeting);
    let mut tx = app.db.begin().await?;
    match use_case::release(&mut tx, id, user.id, staff, agora_store::now()).await {
        Ok(moved_up) => {
            let booking = store::get(&mut tx, id).await?;
            if let Some(next) = &moved_up {
                let cycle = agora_store::cycles::get(&mut tx, booking.cycle_id).await?;
                mail_booking(&app, &mut tx, next, "moved-up", cycle.rules.bilaterals.slot_minutes).await?;
            }
            tx.commit().await?;
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/cycles/{}/bilaterals?day={}&done=released", booking.cycle_id, booking.day)))
                .into_response())
        }
        Err(e) => change_failed(&app, page, tx, id, e).await,
    }
}

/// Runs the release job now and mails whom it concerns; the same job the reminder worker runs by itself.
pub async fn release_and_mail(app: &App, only_cycle: Option<i64>) -> Result<usize, AppError> {
    let mut tx = app.db.begin().await?;
    let runs = use_case::release_unconfirmed(&mut tx, agora_store::now(), only_cycle).await?;
    let mut mailed = 0;
    for run in &runs {
        let slot_minutes = agora_store::cycles::get(&mut tx, run.cycle_id).await?.rules.bilaterals.slot_minutes;
        for booking in &run.released {
            mail_booking(app, &mut tx, booking, "expired", slot_minutes).await?;
            mailed += 1;
        }
        for booking in &run.moved_up {
            mail_booking(app, &mut tx, booking, "moved-up", slot_minutes).await?;
            mailed += 1;
        }
    }
    tx.commit().await?;
    if mailed > 0 {
        app.wake_mail();
    }
    Ok(mailed)
}

async fn run_release(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut conn = app.db.acquire().await?;
    agora_store::cycles::get(&mut conn, id).await?;
    drop(conn);
    release_and_mail(&app, Some(id)).await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/bilaterals"))).into_response())
}

/// The booking as an iCalendar event (RFC 5545), for its holder and staff.
async fn calendar(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let mut conn = app.db.acquire().await?;
    let booking = store::get(&mut conn, id).await?;
    if booking.participant_id != user.id && !user.may(Action::ManageMeeting) {
        return Err(AppError::NotFound);
    }
    let cycle = agora_store::cycles::get(&mut conn, booking.cycle_id).await?;
    let start = booking.start_minute as u32;
    let at = |minute: u32| crate::dates::parse_day_time(&booking.day, &clock(minute)).map(crate::dates::iso_utc).unwrap_or_default();
    let stamp = |iso: String| iso.replace(['-', ':'], "");
    let escape = |s: &str| s.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n");
    let host = app.config.public_url.split("://").nth(1).unwrap_or("agora").split('/').next().unwrap_or("agora").to_string();
    let summary = if booking.purpose.is_empty() { format!("{} · {}", booking.room, cycle.name) } else { booking.purpose.clone() };
    let status = if booking.status == "confirmed" { "CONFIRMED" } else { "TENTATIVE" };
    let body = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Agora//Bilaterals//EN\r\nCALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:bilateral-{}@{host}\r\n\
         DTSTAMP:{}\r\nDTSTART:{}\r\nDTEND:{}\r\nSUMMARY:{}\r\nLOCATION:{}\r\nSTATUS:{status}\r\nURL:{}/cycles/{}/bilaterals?day={}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        booking.id,
        stamp(crate::dates::iso_utc(agora_store::now())),
        stamp(at(start)),
        stamp(at(start + cycle.rules.bilaterals.slot_minutes)),
        escape(&summary),
        escape(&format!("{} — {}", booking.room, cycle.name)),
        app.config.public_url,
        booking.cycle_id,
        booking.day,
    );
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("private, no-store")),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "bilaterals/settings.html")]
struct SettingsPage {
    page: Page,
    cycle: Cycle,
    rooms: String,
    slot_minutes: String,
    opens: String,
    closes: String,
    cap: String,
    confirm_hours: String,
    precedence: Vec<String>,
    groups: Vec<&'static str>,
    errors: Vec<String>,
}

impl SettingsPage {
    fn new(page: Page, cycle: Cycle) -> SettingsPage {
        let r = &cycle.rules.bilaterals;
        SettingsPage {
            rooms: r.rooms.join("\n"),
            slot_minutes: r.slot_minutes.to_string(),
            opens: clock(r.opens),
            closes: clock(r.closes),
            cap: r.per_organization_per_day.to_string(),
            confirm_hours: r.confirm_hours.to_string(),
            precedence: r.precedence.clone(),
            groups: StakeholderGroup::ALL.iter().map(|g| g.code()).collect(),
            errors: Vec::new(),
            page,
            cycle,
        }
    }

    /// The group chosen at a place of the precedence order ("" for none).
    fn chosen(&self, place: impl std::borrow::Borrow<usize>) -> &str {
        self.precedence.get(*place.borrow()).map_or("", String::as_str)
    }
}

async fn settings_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, id).await?;
    Ok(html(&SettingsPage::new(page, cycle)))
}

async fn settings_save(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut tx = app.db.begin().await?;
    let cycle = agora_store::cycles::get(&mut tx, id).await?;
    let number = |name: &str| form.get(name).trim().parse::<u32>().ok().filter(|n| *n <= 100_000);
    let mut problems: Vec<&str> = Vec::new();
    let mut read = |value: Option<u32>, problem: &'static str| {
        value.unwrap_or_else(|| {
            problems.push(problem);
            0
        })
    };
    let new = BilateralRules {
        rooms: form.get("rooms_text").lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect(),
        slot_minutes: read(number("slot_minutes"), "slot-minutes"),
        opens: read(parse_clock(form.get("opens")), "hours"),
        closes: read(parse_clock(form.get("closes")), "hours"),
        per_organization_per_day: read(number("cap"), "cap"),
        confirm_hours: read(number("confirm_hours"), "confirm-hours"),
        precedence: (0..StakeholderGroup::ALL.len())
            .map(|i| form.get(&format!("precedence_{i}")).to_string())
            .filter(|g| !g.is_empty())
            .collect(),
    };
    problems.extend(new.problems());
    let mut seen = Vec::new();
    problems.retain(|p| {
        !seen.contains(p) && {
            seen.push(*p);
            true
        }
    });
    if !problems.is_empty() {
        drop(tx);
        let mut view = SettingsPage::new(page, cycle);
        view.errors = problems.iter().map(|p| view.page.t(&format!("bilaterals-settings-error-{p}"))).collect();
        view.rooms = form.get("rooms_text").to_string();
        view.slot_minutes = form.get("slot_minutes").to_string();
        view.opens = form.get("opens").to_string();
        view.closes = form.get("closes").to_string();
        view.cap = form.get("cap").to_string();
        view.confirm_hours = form.get("confirm_hours").to_string();
        view.precedence = (0..StakeholderGroup::ALL.len()).map(|i| form.get(&format!("precedence_{i}")).to_string()).collect();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut rules = cycle.rules.clone();
    rules.bilaterals = new;
    agora_store::cycles::set_rules(&mut tx, id, &rules).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/bilaterals"))).into_response())
}

/// One slot of one room as the API gives it: free or taken, and how many wait (who holds it is not public).
#[derive(Serialize, utoipa::ToSchema)]
pub struct SlotAvailability {
    pub day: String,
    pub start: String,
    pub end: String,
    pub room: String,
    /// "free", "held" (not yet confirmed) or "confirmed".
    pub status: String,
    pub waiting: usize,
}

/// The bilateral rooms' availability over the meeting's days.
#[utoipa::path(get, path = "/api/cycles/{id}/bilaterals", tag = "meeting",
    params(("id" = i64, Path, description = "The cycle")),
    responses((status = 200, body = [SlotAvailability]), (status = 404, description = "No such cycle")))]
pub(crate) async fn api_availability(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, id).await?;
    let rules = &cycle.rules.bilaterals;
    let bookings = store::of_day(&mut conn, id, "").await?;
    let mut slots = Vec::new();
    for day in meeting_days(&cycle) {
        for start in rules.starts() {
            for room in &rules.rooms {
                let slot: Vec<&Booking> =
                    bookings.iter().filter(|b| b.day == day && b.start_minute == i64::from(start) && &b.room == room).collect();
                let status = slot.iter().find(|b| matches!(b.status.as_str(), "held" | "confirmed")).map_or("free", |b| b.status.as_str());
                slots.push(SlotAvailability {
                    day: day.clone(),
                    start: clock(start),
                    end: clock(start + rules.slot_minutes),
                    room: room.clone(),
                    status: status.to_string(),
                    waiting: slot.iter().filter(|b| b.status == "waiting").count(),
                });
            }
        }
    }
    Ok(Json(slots).into_response())
}
