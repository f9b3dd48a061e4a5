//! The annual meeting: registration and accreditation per cycle (the badge photo uploaded with the form and
//! checked by `agora_domain::meeting::check_photo`), the Secretariat's approval queue, printable badges with a
//! signed QR code, the check-in desk (a plain form a phone can use), certificates of attendance and visa letters
//! with a public verification page. Badge photos are served only to their owner and to staff, never cached.

use crate::auth::{csrf_binding, csrf_matches};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_app::meeting::{self as use_case, MeetingError};
use agora_domain::accounts::Action;
use agora_domain::meeting::{DocumentKind, PhotoRefused, RegistrationForm, RegistrationRefused, Status};
use agora_domain::people::{Language, StakeholderGroup};
use agora_store::cycles::Cycle;
use agora_store::meeting::{self as store, Counts, Registration};
use askama::Template;
use axum::Router;
use axum::extract::{FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use base64::Engine;
use serde::Deserialize;

/// The largest request the registration form may send (the photo and the fields); the photo's own limit is a
/// cycle setting (1 MB by default) and is checked, with its reason, below this.
pub const MAX_UPLOAD_BYTES: usize = 4 * 1024 * 1024;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/meeting", get(overview))
        .route("/cycles/{id}/meeting/queue", get(queue))
        .route("/cycles/{id}/meeting/check-in", get(check_in_form).post(check_in))
        .route("/cycles/{id}/meeting/retention", post(retention))
        .route("/meeting/registrations/{id}/photo", get(photo))
        .route("/meeting/registrations/{id}/decision", post(decide))
        .route("/meeting/registrations/{id}/badge", get(badge))
        .route("/meeting/registrations/{id}/certificate", get(certificate).post(issue_certificate))
        .route("/meeting/registrations/{id}/visa-letter", get(visa_letter).post(issue_visa_letter))
        .route("/meeting/verify", get(verify))
}

/// The registration form's route, served with its own body limit (a photo is larger than the site's forms).
pub fn upload_routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/meeting/registration", post(register))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_UPLOAD_BYTES))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_UPLOAD_BYTES))
}

/// A person's language for the mail they are sent: the first of their languages, else English.
fn language_of(registration: &Registration) -> Language {
    registration.languages.split(',').find_map(Language::from_code).unwrap_or(Language::English)
}

fn day(unix: i64) -> String {
    crate::dates::day(unix)
}

/// The meeting's first and last day, as dates.
fn meeting_days(cycle: &Cycle) -> Option<(String, String)> {
    use_case::meeting_dates(cycle).map(|(start, end)| (day(start), day(end - 1)))
}

fn is_staff(page: &Page) -> bool {
    page.may(Action::ManageMeeting)
}

/// A registration the reader may see: their own, or any for staff.
async fn registration_for(app: &App, page: &Page, id: i64) -> Result<(Registration, Cycle), AppError> {
    let user = page.require_user()?;
    let mut conn = app.db.acquire().await?;
    let registration = store::get(&mut conn, id).await?;
    if registration.participant_id != user.id && !user.may(Action::ManageMeeting) {
        return Err(AppError::NotFound);
    }
    let cycle = agora_store::cycles::get(&mut conn, registration.cycle_id).await?;
    Ok((registration, cycle))
}

/// What the registration form shows again after a refusal: what was typed, and the reason by its field.
#[derive(Default)]
struct Typed {
    attendance: String,
    organization: String,
    stakeholder_group: String,
    error: Option<(&'static str, String)>,
}

impl Typed {
    fn error_for(&self, field: &str) -> Option<String> {
        self.error.as_ref().filter(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }
}

#[derive(Template)]
#[template(path = "meeting/overview.html")]
struct OverviewPage {
    page: Page,
    cycle: Cycle,
    days: Option<(String, String)>,
    open: bool,
    mine: Option<Registration>,
    typed: Typed,
    groups: Vec<&'static str>,
    counts: Option<Counts>,
    /// The reader's sessions followed online or from a hub with verified attendance (the live pages).
    sessions_followed: i64,
    cap: u32,
    /// The photo's limits as the hint states them: megabytes, and the smallest width × height.
    photo_size: String,
    photo_min: String,
}

impl OverviewPage {
    fn show_form(&self) -> bool {
        self.open && self.mine.as_ref().is_none_or(|r| matches!(r.status.as_str(), "submitted" | "more-information"))
    }
}

async fn overview_page(app: &App, page: Page, cycle_id: i64, typed: Option<Typed>) -> Result<OverviewPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let mine = match &page.user {
        Some(user) => store::of_participant(&mut conn, cycle_id, user.id).await?,
        None => None,
    };
    let now = agora_store::now();
    let counts = if is_staff(&page) { Some(store::counts(&mut conn, cycle_id, &day(now)).await?) } else { None };
    let sessions_followed = match &mine {
        Some(r) => agora_store::floor::verified_remote_sessions(&mut conn, cycle_id, r.participant_id).await?,
        None => 0,
    };
    let typed = match typed {
        Some(typed) => typed,
        None => match (&mine, &page.user) {
            (Some(r), _) => Typed {
                attendance: r.attendance.clone(),
                organization: r.organization.clone(),
                stakeholder_group: r.stakeholder_group.clone(),
                error: None,
            },
            (None, Some(user)) => {
                let me = agora_store::participants::get(&mut conn, user.id).await?;
                Typed {
                    attendance: "onsite".into(),
                    organization: me.organization.unwrap_or_default(),
                    stakeholder_group: me.stakeholder_group,
                    error: None,
                }
            }
            (None, None) => Typed::default(),
        },
    };
    Ok(OverviewPage {
        open: use_case::meeting_dates(&cycle).is_some_and(|(_, end)| now < end),
        days: meeting_days(&cycle),
        cap: cycle.rules.meeting.delegates_per_organization,
        photo_size: format!("{:.1}", f64::from(cycle.rules.meeting.photo.max_bytes) / 1e6),
        photo_min: format!("{} × {}", cycle.rules.meeting.photo.min_width, cycle.rules.meeting.photo.min_height),
        groups: StakeholderGroup::ALL.iter().map(|g| g.code()).collect(),
        page,
        cycle,
        mine,
        typed,
        counts,
        sessions_followed,
    })
}

async fn overview(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&overview_page(&app, page, id, None).await?))
}

/// The sentence of a registration's refusal, and the field it belongs to.
fn refusal_sentence(page: &Page, refused: &RegistrationRefused) -> (&'static str, String) {
    match refused {
        RegistrationRefused::Closed => ("form", page.t("meeting-closed")),
        RegistrationRefused::Field(field) => (*field, page.t(&format!("meeting-error-{}", field.replace('_', "-")))),
        RegistrationRefused::CapReached { cap } => ("organization", page.t1("meeting-cap-reached", "max", cap)),
        RegistrationRefused::Photo(reason) => {
            let sentence = match *reason {
                PhotoRefused::TooLarge { max_bytes } => {
                    page.t1("meeting-photo-too-large", "size", format!("{:.1}", f64::from(max_bytes) / 1e6))
                }
                PhotoRefused::TooSmall { min_width, min_height } => {
                    page.t_with("meeting-photo-too-small", &[("min", format!("{min_width} × {min_height}"))])
                }
                PhotoRefused::TooBig { max_width, max_height } => {
                    page.t_with("meeting-photo-too-big", &[("max", format!("{max_width} × {max_height}"))])
                }
                PhotoRefused::Aspect { min_milli, max_milli } => page.t_with(
                    "meeting-photo-aspect",
                    &[("min", format!("{:.2}", f64::from(min_milli) / 1000.0)), ("max", format!("{:.2}", f64::from(max_milli) / 1000.0))],
                ),
                other => page.t(&format!("meeting-{}", other.code())),
            };
            ("photo", sentence)
        }
    }
}

/// A one-line text field of the multipart form: controls refused, spaces trimmed.
fn one_line(name: &str, value: &str) -> Result<String, AppError> {
    if value.chars().any(char::is_control) {
        return Err(AppError::BadRequest(format!("{name}: control characters are not accepted")));
    }
    Ok(value.trim().to_string())
}

/// Registers the reader for the meeting (multipart: the fields and the badge photo), or updates the registration.
async fn register(State(app): State<App>, page: Page, Path(id): Path<i64>, request: Request) -> Result<Response, AppError> {
    let user_id = page.require_user()?.id;
    let binding = csrf_binding(request.headers(), request.extensions());
    // The whole body is read before any answer, so that a refusal (not a multipart form, say) reaches a client
    // still sending rather than a closed connection.
    let (parts, body) = request.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_UPLOAD_BYTES)
        .await
        .map_err(|_| AppError::BadRequest(format!("the form is larger than {MAX_UPLOAD_BYTES} bytes or could not be read")))?;
    let request = Request::from_parts(parts, axum::body::Body::from(bytes));
    let mut multipart =
        Multipart::from_request(request, &app).await.map_err(|e| AppError::BadRequest(format!("expected a multipart form: {e}")))?;
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut photo: Vec<u8> = Vec::new();
    while let Some(field) = multipart.next_field().await.map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))? {
        let name = field.name().unwrap_or("").to_string();
        let bytes = field.bytes().await.map_err(|e| AppError::BadRequest(format!("the form could not be read: {e}")))?;
        if name == "photo" {
            photo = bytes.to_vec();
        } else {
            let text = String::from_utf8(bytes.to_vec()).map_err(|_| AppError::BadRequest(format!("{name}: not UTF-8 text")))?;
            fields.push((name.clone(), one_line(&name, &text)?));
        }
    }
    let get = |name: &str| fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    if !csrf_matches(&app, &binding, get("csrf")) {
        return Err(AppError::Csrf);
    }
    let typed = Typed {
        attendance: get("attendance").into(),
        organization: get("organization").into(),
        stakeholder_group: get("stakeholder_group").into(),
        error: None,
    };
    let input = use_case::Register {
        cycle_id: id,
        participant_id: user_id,
        form: RegistrationForm {
            attendance: &typed.attendance,
            organization: &typed.organization,
            stakeholder_group: &typed.stakeholder_group,
        },
        photo: if photo.is_empty() { None } else { Some(&photo) },
        now: agora_store::now(),
    };
    let mut tx = app.db.begin().await?;
    match use_case::register(&mut tx, &input).await {
        Ok(registration) => {
            let cycle = agora_store::cycles::get(&mut tx, id).await?;
            mail_status(&app, &mut tx, &registration, &cycle).await?;
            tx.commit().await?;
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/meeting"))).into_response())
        }
        Err(MeetingError::Refused(refused)) => {
            drop(tx);
            let error = refusal_sentence(&page, &refused);
            let view = overview_page(&app, page, id, Some(Typed { error: Some(error), ..typed })).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Mails the person their registration's status (received, approved, more information needed, refused).
async fn mail_status(app: &App, conn: &mut agora_store::Conn, registration: &Registration, cycle: &Cycle) -> Result<(), AppError> {
    if registration.email.is_empty() {
        return Ok(());
    }
    let language = language_of(registration);
    let args = [
        ("name", registration.name.clone()),
        ("title", cycle.name.clone()),
        ("reason", registration.reason.clone()),
        ("link", format!("{}/cycles/{}/meeting", app.config.public_url, cycle.id)),
    ];
    let key = format!("mail-meeting-{}", registration.status);
    let subject = crate::i18n::text_with(language, &format!("{key}-subject"), &args);
    let body = crate::i18n::text_with(language, &format!("{key}-body"), &args);
    mail::queue(conn, &registration.email, &subject, &body).await?;
    Ok(())
}

/// The badge photo, to its owner and to staff only; never stored by a cache.
async fn photo(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    registration_for(&app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let Some((encoded, kind)) = store::photo(&mut conn, id).await? else { return Err(AppError::NotFound) };
    let bytes = base64::engine::general_purpose::STANDARD.decode(encoded).map_err(|e| AppError::Internal(format!("photo {id}: {e}")))?;
    let kind = agora_domain::meeting::PhotoType::from_mime(&kind).map_or("application/octet-stream", |k| k.mime());
    Ok(([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "private, no-store")], bytes).into_response())
}

#[derive(Deserialize)]
struct QueueQuery {
    #[serde(default)]
    status: String,
}

#[derive(Template)]
#[template(path = "meeting/queue.html")]
struct QueuePage {
    page: Page,
    cycle: Cycle,
    status: String,
    statuses: Vec<&'static str>,
    registrations: Vec<Registration>,
    counts: Counts,
    runs: Vec<(String, i64)>,
    retention_days: u32,
    error: Option<(i64, String)>,
}

impl QueuePage {
    fn error_for(&self, id: &i64) -> Option<String> {
        self.error.as_ref().filter(|(e, _)| e == id).map(|(_, m)| m.clone())
    }
}

async fn queue_page(app: &App, page: Page, cycle_id: i64, status: &str, error: Option<(i64, String)>) -> Result<QueuePage, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let status = if status == "all" || Status::from_code(status).is_some() { status.to_string() } else { "submitted".to_string() };
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let registrations = store::list(&mut conn, cycle_id, if status == "all" { None } else { Some(&status) }).await?;
    let counts = store::counts(&mut conn, cycle_id, &day(agora_store::now())).await?;
    let runs = store::retention_runs(&mut conn, cycle_id).await?.into_iter().map(|(at, n)| (crate::dates::day_time(at), n)).collect();
    Ok(QueuePage {
        retention_days: cycle.rules.meeting.photo_retention_days,
        page,
        cycle,
        status,
        statuses: vec!["submitted", "more-information", "approved", "refused", "all"],
        registrations,
        counts,
        runs,
        error,
    })
}

async fn queue(State(app): State<App>, page: Page, Path(id): Path<i64>, Query(query): Query<QueueQuery>) -> Result<Response, AppError> {
    Ok(html(&queue_page(&app, page, id, &query.status, None).await?))
}

/// A staff decision on a registration, mailed to the person.
async fn decide(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let staff = page.require_user()?;
    staff.require(Action::ManageMeeting)?;
    let to = Status::from_code(form.get("status")).filter(|s| *s != Status::Submitted);
    let Some(to) = to else { return Err(AppError::BadRequest(format!("choose a decision (not {:?})", form.get("status")))) };
    let back = form.get("return");
    let mut tx = app.db.begin().await?;
    match use_case::decide(&mut tx, id, to, form.get("reason"), staff.id).await {
        Ok(registration) => {
            let cycle = agora_store::cycles::get(&mut tx, registration.cycle_id).await?;
            mail_status(&app, &mut tx, &registration, &cycle).await?;
            tx.commit().await?;
            app.wake_mail();
            let status = if Status::from_code(back).is_some() || back == "all" { back } else { "submitted" };
            Ok(Redirect::to(&page.href(&format!("/cycles/{}/meeting/queue?status={status}", cycle.id))).into_response())
        }
        Err(MeetingError::Decision(refused)) => {
            let registration = store::get(&mut tx, id).await?;
            drop(tx);
            let sentence = match refused {
                agora_domain::meeting::DecisionRefused::ReasonRequired => page.t("meeting-reason-required"),
                agora_domain::meeting::DecisionRefused::NotFrom(status) => {
                    page.t1("meeting-decision-not-from", "value", page.t(&format!("meeting-status-{}", status.code())))
                }
            };
            let view = queue_page(&app, page, registration.cycle_id, back, Some((id, sentence))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// Runs the photo retention rule now for this cycle (the same job `agora meeting retention` runs).
async fn retention(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut tx = app.db.begin().await?;
    agora_store::cycles::get(&mut tx, id).await?;
    use_case::apply_retention(&mut tx, agora_store::now(), Some(id), false).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/meeting/queue"))).into_response())
}

/// The QR code of a badge's code as inline SVG (no image file, nothing to fetch).
fn qr_svg(code: &str) -> Result<String, AppError> {
    let qr = qrcode::QrCode::new(code.as_bytes()).map_err(|e| AppError::Internal(format!("QR code: {e}")))?;
    let svg = qr.render::<qrcode::render::svg::Color>().min_dimensions(180, 180).quiet_zone(true).build();
    let start = svg.find("<svg").unwrap_or(0);
    Ok(svg[start..].replacen("<svg", "<svg role=\"img\" aria-labelledby=\"badge-code\"", 1))
}

#[derive(Template)]
#[template(path = "meeting/badge.html")]
struct BadgePage {
    page: Page,
    cycle: Cycle,
    registration: Registration,
    code: String,
    qr: String,
}

async fn badge(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (registration, cycle) = registration_for(&app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let Some(code) = use_case::badge_code(&mut conn, &app.secret, &registration).await? else {
        return Err(AppError::ForbiddenBecause("meeting-badge-not-approved".into()));
    };
    let qr = qr_svg(&code)?;
    Ok(html(&BadgePage { page, cycle, registration, code, qr }))
}

#[derive(Deserialize)]
struct CodeQuery {
    #[serde(default)]
    code: String,
}

/// What the desk shows after a code: who was checked in, or why not.
enum Outcome {
    CheckedIn { registration: Registration, first_today: bool },
    Refused(String),
}

#[derive(Template)]
#[template(path = "meeting/check-in.html")]
struct CheckInPage {
    page: Page,
    cycle: Cycle,
    today: String,
    counts: Counts,
    outcome: Option<Outcome>,
}

async fn check_in_page(app: &App, page: Page, cycle_id: i64, outcome: Option<Outcome>) -> Result<CheckInPage, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let today = day(agora_store::now());
    let counts = store::counts(&mut conn, cycle_id, &today).await?;
    Ok(CheckInPage { page, cycle, today, counts, outcome })
}

async fn check_in_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&check_in_page(&app, page, id, None).await?))
}

/// Checks a badge in by its code (typed, pasted, or read from the QR code by a scanner that types it).
async fn check_in(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let staff = page.require_user()?;
    staff.require(Action::ManageMeeting)?;
    let now = agora_store::now();
    let mut tx = app.db.begin().await?;
    let result = use_case::check_in(&mut tx, &app.secret, id, form.get("code"), &day(now), now, staff.id).await;
    let (status, outcome) = match result {
        Ok(done) => {
            tx.commit().await?;
            (StatusCode::OK, Outcome::CheckedIn { registration: done.registration, first_today: done.first_today })
        }
        Err(e) => {
            drop(tx);
            let key = match e {
                MeetingError::Token(reason) => format!("meeting-{}", reason.code()),
                MeetingError::NotMeetingDay => "meeting-not-a-meeting-day".into(),
                MeetingError::NotApproved | MeetingError::Store(agora_store::StoreError::NotFound) => "meeting-badge-withdrawn".into(),
                other => return Err(other.into()),
            };
            (StatusCode::UNPROCESSABLE_ENTITY, Outcome::Refused(page.t(&key)))
        }
    };
    Ok((status, html(&check_in_page(&app, page, id, Some(outcome)).await?)).into_response())
}

#[derive(Template)]
#[template(path = "meeting/document.html")]
struct DocumentPage {
    page: Page,
    cycle: Cycle,
    registration: Registration,
    kind: &'static str,
    days: Vec<String>,
    meeting: Option<(String, String)>,
    country: String,
    document: Option<store::Document>,
    refusal: Option<String>,
    verify_url: String,
    issued: String,
}

async fn document_page(app: &App, page: Page, id: i64, kind: DocumentKind) -> Result<DocumentPage, AppError> {
    let (registration, cycle) = registration_for(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let document = store::document_of(&mut conn, id, kind.code()).await?;
    let days = store::days_of(&mut conn, id).await?;
    let status = Status::from_code(&registration.status).unwrap_or(Status::Submitted);
    let attendance =
        agora_domain::meeting::Attendance::from_code(&registration.attendance).unwrap_or(agora_domain::meeting::Attendance::Online);
    let refusal = match agora_domain::meeting::may_issue(kind, status, attendance, days.len() as u32) {
        Ok(()) => None,
        Err(agora_domain::meeting::DocumentRefused::NoAttendance) => Some(page.t("meeting-certificate-no-attendance")),
        Err(agora_domain::meeting::DocumentRefused::NotApprovedOnsite) => Some(page.t("meeting-letter-not-approved")),
    };
    Ok(DocumentPage {
        kind: kind.code(),
        meeting: meeting_days(&cycle),
        country: page.country_name(&registration.country),
        verify_url: format!("{}/meeting/verify", app.config.public_url),
        issued: document.as_ref().map(|d| day(d.issued_at)).unwrap_or_default(),
        page,
        cycle,
        registration,
        days,
        document,
        refusal,
    })
}

async fn certificate(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&document_page(&app, page, id, DocumentKind::Certificate).await?))
}

async fn visa_letter(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&document_page(&app, page, id, DocumentKind::VisaLetter).await?))
}

async fn issue_document(app: App, page: Page, id: i64, kind: DocumentKind) -> Result<Response, AppError> {
    let (registration, _) = registration_for(&app, &page, id).await?;
    let mut random = [0u8; 10];
    getrandom::fill(&mut random).map_err(|e| AppError::Internal(format!("random: {e}")))?;
    let mut tx = app.db.begin().await?;
    match use_case::issue(&mut tx, &registration, kind, &random).await {
        Ok(_) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/meeting/registrations/{id}/{}", kind.code()))).into_response())
        }
        Err(MeetingError::Document(_)) => {
            drop(tx);
            let view = document_page(&app, page, id, kind).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn issue_certificate(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    issue_document(app, page, id, DocumentKind::Certificate).await
}

async fn issue_visa_letter(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    issue_document(app, page, id, DocumentKind::VisaLetter).await
}

/// What the public verification page found for a code.
struct Verified {
    kind: String,
    name: String,
    organization: String,
    cycle: String,
    issued: String,
    days: Vec<String>,
    meeting: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "meeting/verify.html")]
struct VerifyPage {
    page: Page,
    code: String,
    found: Option<Verified>,
}

/// The public page where a consulate or an employer checks a certificate's or a visa letter's code.
async fn verify(State(app): State<App>, page: Page, Query(query): Query<CodeQuery>) -> Result<Response, AppError> {
    let code = agora_domain::meeting::normalize_code(&query.code);
    if code.is_empty() {
        return Ok(html(&VerifyPage { page, code, found: None }));
    }
    let mut conn = app.db.acquire().await?;
    let Some(document) = store::document(&mut conn, &code).await? else {
        return Ok((StatusCode::NOT_FOUND, html(&VerifyPage { page, code, found: None })).into_response());
    };
    let registration = store::get(&mut conn, document.registration_id).await?;
    let cycle = agora_store::cycles::get(&mut conn, registration.cycle_id).await?;
    let days = store::days_of(&mut conn, registration.id).await?;
    let found = Verified {
        kind: document.kind,
        name: registration.name,
        organization: registration.organization,
        cycle: cycle.name.clone(),
        issued: day(document.issued_at),
        days,
        meeting: meeting_days(&cycle),
    };
    Ok(html(&VerifyPage { page, code, found: Some(found) }))
}
