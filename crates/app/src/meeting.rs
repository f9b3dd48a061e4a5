//! The annual meeting's operations: register (with the badge photo's checks and the organization's cap, in the
//! writing transaction), decide a registration, check a badge in, issue a certificate or a visa letter, and delete
//! the photos whose retention has run out.

use agora_domain::cycles::Phase;
use agora_domain::meeting::{
    self, Attendance, BadgeToken, DecisionRefused, DocumentKind, DocumentRefused, RegistrationForm, RegistrationRefused, Status,
    TokenRefused,
};
use agora_store::meeting::{self as store, NewRegistration, Registration};
use agora_store::{Conn, StoreError};
use base64::Engine;

#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    #[error("registration refused: {0:?}")]
    Refused(RegistrationRefused),
    #[error("decision refused: {0:?}")]
    Decision(DecisionRefused),
    #[error("badge refused: {0:?}")]
    Token(TokenRefused),
    /// The badge is genuine but its registration is no longer approved (a badge withdrawn).
    #[error("the registration is not approved")]
    NotApproved,
    /// Check-in happens on the meeting's days only.
    #[error("not a day of the meeting")]
    NotMeetingDay,
    #[error("document refused: {0:?}")]
    Document(DocumentRefused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The meeting's dates of a cycle: its "meeting" phase.
pub fn meeting_dates(cycle: &agora_store::cycles::Cycle) -> Option<(i64, i64)> {
    cycle.phase(Phase::Meeting).map(|d| (d.start, d.end))
}

pub struct Register<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub form: RegistrationForm<'a>,
    pub photo: Option<&'a [u8]>,
    pub now: i64,
}

/// Registers a participant for a cycle's meeting, or updates the registration (which goes back to the queue).
/// Call it in a transaction: the organization's delegates are counted where the registration is written.
pub async fn register(conn: &mut Conn, input: &Register<'_>) -> Result<Registration, MeetingError> {
    let cycle = agora_store::cycles::get(&mut *conn, input.cycle_id).await?;
    let existing = store::of_participant(&mut *conn, input.cycle_id, input.participant_id).await?;
    let key = meeting::organization_key(input.form.organization);
    let delegates = store::onsite_delegates(&mut *conn, input.cycle_id, &key, input.participant_id).await?;
    let has_photo = existing.as_ref().is_some_and(|r| r.has_photo == 1);
    let (attendance, kind) = meeting::accept_registration(
        &input.form,
        input.photo,
        has_photo,
        &cycle.rules.meeting,
        meeting_dates(&cycle).map(|(_, end)| end),
        input.now,
        u32::try_from(delegates).unwrap_or(u32::MAX),
    )
    .map_err(MeetingError::Refused)?;
    let photo = match (kind, input.photo) {
        (Some(kind), Some(bytes)) => Some((base64::engine::general_purpose::STANDARD.encode(bytes), kind.mime())),
        _ => None,
    };
    let id = store::save(
        &mut *conn,
        &NewRegistration {
            cycle_id: input.cycle_id,
            participant_id: input.participant_id,
            attendance: attendance.code(),
            organization: input.form.organization.trim(),
            organization_key: &key,
            stakeholder_group: input.form.stakeholder_group,
            photo,
        },
    )
    .await?;
    Ok(store::get(&mut *conn, id).await?)
}

/// Staff decide a registration; the registration as decided (the caller mails the person).
pub async fn decide(conn: &mut Conn, registration_id: i64, to: Status, reason: &str, by: i64) -> Result<Registration, MeetingError> {
    let registration = store::get(&mut *conn, registration_id).await?;
    let current = Status::from_code(&registration.status).unwrap_or(Status::Submitted);
    meeting::decide(current, to, reason).map_err(MeetingError::Decision)?;
    let reason = if to == Status::Approved { "" } else { reason.trim() };
    store::set_status(&mut *conn, registration_id, to.code(), reason, by).await?;
    Ok(store::get(&mut *conn, registration_id).await?)
}

/// The badge code of an approved onsite registration, valid until the meeting ends.
pub async fn badge_code(conn: &mut Conn, key: &[u8], registration: &Registration) -> Result<Option<String>, MeetingError> {
    if registration.status != Status::Approved.code() || registration.attendance != Attendance::Onsite.code() {
        return Ok(None);
    }
    let cycle = agora_store::cycles::get(&mut *conn, registration.cycle_id).await?;
    let Some((_, end)) = meeting_dates(&cycle) else { return Ok(None) };
    let token = BadgeToken { cycle_id: registration.cycle_id, registration_id: registration.id, expires_at: end };
    Ok(Some(meeting::sign_badge(key, &token)))
}

/// What a check-in did.
pub struct CheckedIn {
    pub registration: Registration,
    /// False when the person had already been checked in that day.
    pub first_today: bool,
}

/// Checks a badge in at a desk of `cycle_id`'s meeting on `day` (the forum's local date of `now`).
pub async fn check_in(
    conn: &mut Conn,
    key: &[u8],
    cycle_id: i64,
    code: &str,
    day: &str,
    now: i64,
    by: i64,
) -> Result<CheckedIn, MeetingError> {
    let token = meeting::verify_badge(key, code, cycle_id, now).map_err(MeetingError::Token)?;
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    if !meeting_dates(&cycle).is_some_and(|(start, end)| now >= start && now < end) {
        return Err(MeetingError::NotMeetingDay);
    }
    let registration = store::get(&mut *conn, token.registration_id).await?;
    if registration.cycle_id != cycle_id || registration.status != Status::Approved.code() {
        return Err(MeetingError::NotApproved);
    }
    let first_today = store::check_in(&mut *conn, registration.id, day, by).await?;
    let registration = store::get(&mut *conn, registration.id).await?;
    Ok(CheckedIn { registration, first_today })
}

/// Issues (or returns the already issued) certificate of attendance or visa letter of a registration.
pub async fn issue(
    conn: &mut Conn,
    registration: &Registration,
    kind: DocumentKind,
    random: &[u8; 10],
) -> Result<store::Document, MeetingError> {
    if let Some(document) = store::document_of(&mut *conn, registration.id, kind.code()).await? {
        return Ok(document);
    }
    let status = Status::from_code(&registration.status).unwrap_or(Status::Submitted);
    let attendance = Attendance::from_code(&registration.attendance).unwrap_or(Attendance::Online);
    // Verified attendance: the days checked in at the desk and the sessions followed online or from a hub.
    let remote = agora_store::floor::verified_remote_sessions(&mut *conn, registration.cycle_id, registration.participant_id).await?;
    let verified = u32::try_from(registration.days_checked_in + remote).unwrap_or(u32::MAX);
    meeting::may_issue(kind, status, attendance, verified).map_err(MeetingError::Document)?;
    store::issue_document(&mut *conn, registration.id, kind.code(), &meeting::verification_code(random)).await?;
    store::document_of(&mut *conn, registration.id, kind.code()).await?.ok_or(StoreError::NotFound).map_err(MeetingError::Store)
}

/// Deletes the badge photos of every cycle whose meeting ended its retention period ago, and records each run
/// (also when `force` deletes a cycle's photos early, or when there was nothing left to delete); (cycle, deleted).
pub async fn apply_retention(conn: &mut Conn, now: i64, only_cycle: Option<i64>, force: bool) -> Result<Vec<(i64, i64)>, MeetingError> {
    let mut done = Vec::new();
    for row in agora_store::cycles::list(&mut *conn).await? {
        if only_cycle.is_some_and(|c| c != row.id) {
            continue;
        }
        let cycle = agora_store::cycles::get(&mut *conn, row.id).await?;
        let end = meeting_dates(&cycle).map(|(_, end)| end);
        if force || meeting::photos_due_for_deletion(end, cycle.rules.meeting.photo_retention_days, now) {
            done.push((row.id, store::delete_photos(&mut *conn, row.id).await?));
        }
    }
    Ok(done)
}
