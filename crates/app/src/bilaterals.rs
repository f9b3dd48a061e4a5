//! Bilateral meeting rooms' operations: request a room's slot (held, or a place on its waitlist), confirm a
//! booking, release it (the next in line moves up), and the release job that takes back the bookings not
//! confirmed by their deadline, with a record of each run. Each runs in the transaction it is given, so that the
//! day's bookings are read where the new one is written.

use agora_domain::bilaterals::{self as rules, BookingStatus, ChangeRefused, Outcome, Refused, Request};
use agora_store::bilaterals::{self as store, Booking, NewBooking};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum BilateralError {
    #[error("booking refused: {0:?}")]
    Refused(Refused),
    #[error("change refused: {0:?}")]
    Change(ChangeRefused),
    /// Only the person who booked (or staff) changes a booking.
    #[error("not your booking")]
    NotYours,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A store booking as the rules see it.
pub fn as_rule(b: &Booking) -> rules::Booking {
    rules::Booking {
        id: b.id,
        organization: b.organization.clone(),
        organization_key: b.organization_key.clone(),
        stakeholder_group: b.stakeholder_group.clone(),
        day: b.day.clone(),
        start: u32::try_from(b.start_minute).unwrap_or(u32::MAX),
        room: b.room.clone(),
        status: BookingStatus::from_code(&b.status).unwrap_or(BookingStatus::Released),
        requested_at: b.requested_at,
    }
}

pub struct Book<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    /// The meeting's days, `YYYY-MM-DD` in the forum's zone.
    pub days: &'a [String],
    pub request: Request<'a>,
    pub purpose: &'a str,
    pub now: i64,
}

/// What a request became.
pub struct Booked {
    pub booking: Booking,
    pub outcome: Outcome,
}

/// Requests a room's slot for the participant's organization. Call it in a transaction.
pub async fn book(conn: &mut Conn, input: &Book<'_>) -> Result<Booked, BilateralError> {
    let cycle = agora_store::cycles::get(&mut *conn, input.cycle_id).await?;
    let settings = &cycle.rules.bilaterals;
    let day: Vec<rules::Booking> = store::of_day(&mut *conn, input.cycle_id, input.request.day).await?.iter().map(as_rule).collect();
    let outcome = rules::request(settings, input.days, &day, &input.request).map_err(BilateralError::Refused)?;
    let organization = input.request.organization.trim();
    let purpose: String = input.purpose.trim().chars().take(300).collect();
    let (status, confirm_by) = match outcome {
        Outcome::Held => ("held", Some(rules::confirm_by(settings, input.now))),
        Outcome::Waiting { .. } => ("waiting", None),
    };
    let id = store::insert(
        &mut *conn,
        &NewBooking {
            cycle_id: input.cycle_id,
            participant_id: input.participant_id,
            organization,
            organization_key: &agora_domain::meeting::organization_key(organization),
            stakeholder_group: input.request.stakeholder_group,
            day: input.request.day,
            start_minute: i64::from(input.request.start),
            room: input.request.room,
            purpose: &purpose,
            status,
            confirm_by,
            at: input.now,
        },
    )
    .await?;
    Ok(Booked { booking: store::get(&mut *conn, id).await?, outcome })
}

/// A booking the person may change: their own, or any for staff.
async fn changeable(conn: &mut Conn, id: i64, by: i64, staff: bool) -> Result<Booking, BilateralError> {
    let booking = store::get(&mut *conn, id).await?;
    if booking.participant_id != by && !staff {
        return Err(BilateralError::NotYours);
    }
    Ok(booking)
}

pub async fn confirm(conn: &mut Conn, id: i64, by: i64, staff: bool, now: i64) -> Result<Booking, BilateralError> {
    let booking = changeable(&mut *conn, id, by, staff).await?;
    let status = BookingStatus::from_code(&booking.status).unwrap_or(BookingStatus::Released);
    rules::may_confirm(status, booking.confirm_by, now).map_err(BilateralError::Change)?;
    store::confirm(&mut *conn, id).await?;
    Ok(store::get(&mut *conn, id).await?)
}

/// Ends a booking and, when it held its room, moves the next in line up; the booking moved up, if any.
async fn end_and_move_up(conn: &mut Conn, booking: &Booking, to: BookingStatus, now: i64) -> Result<Option<Booking>, BilateralError> {
    let was = BookingStatus::from_code(&booking.status).unwrap_or(BookingStatus::Released);
    store::end(&mut *conn, booking.id, to.code(), now).await?;
    if !was.occupies() {
        return Ok(None);
    }
    let cycle = agora_store::cycles::get(&mut *conn, booking.cycle_id).await?;
    let slot: Vec<rules::Booking> = store::of_day(&mut *conn, booking.cycle_id, &booking.day)
        .await?
        .iter()
        .filter(|b| b.start_minute == booking.start_minute && b.room == booking.room)
        .map(as_rule)
        .collect();
    let Some(next) = rules::next_in_line(&slot, &cycle.rules.bilaterals.precedence) else { return Ok(None) };
    store::move_up(&mut *conn, next.id, rules::confirm_by(&cycle.rules.bilaterals, now), now).await?;
    Ok(Some(store::get(&mut *conn, next.id).await?))
}

/// Releases a booking (held, confirmed or waiting); the booking that moved up into its slot, if any (to mail).
pub async fn release(conn: &mut Conn, id: i64, by: i64, staff: bool, now: i64) -> Result<Option<Booking>, BilateralError> {
    let booking = changeable(&mut *conn, id, by, staff).await?;
    let status = BookingStatus::from_code(&booking.status).unwrap_or(BookingStatus::Released);
    rules::may_release(status).map_err(BilateralError::Change)?;
    end_and_move_up(conn, &booking, BookingStatus::Released, now).await
}

/// What a run of the release job did in one cycle.
pub struct Run {
    pub cycle_id: i64,
    pub released: Vec<Booking>,
    pub moved_up: Vec<Booking>,
}

/// The release job: in every cycle (or one), the held bookings past their confirmation deadline expire and their
/// waitlists move up. Each cycle's run is recorded, also when there was nothing to release.
pub async fn release_unconfirmed(conn: &mut Conn, now: i64, only_cycle: Option<i64>) -> Result<Vec<Run>, BilateralError> {
    let mut runs = Vec::new();
    for row in agora_store::cycles::list(&mut *conn).await? {
        if only_cycle.is_some_and(|c| c != row.id) {
            continue;
        }
        let overdue = store::overdue(&mut *conn, row.id, now).await?;
        if overdue.is_empty() && only_cycle.is_none() {
            continue;
        }
        let mut run = Run { cycle_id: row.id, released: Vec::new(), moved_up: Vec::new() };
        for id in overdue {
            let booking = store::get(&mut *conn, id).await?;
            let status = BookingStatus::from_code(&booking.status).unwrap_or(BookingStatus::Released);
            if !rules::due_for_release(status, booking.confirm_by, now) {
                continue;
            }
            run.moved_up.extend(end_and_move_up(conn, &booking, BookingStatus::Expired, now).await?);
            run.released.push(store::get(&mut *conn, id).await?);
        }
        store::record_run(&mut *conn, row.id, now, run.released.len() as i64, run.moved_up.len() as i64).await?;
        runs.push(run);
    }
    Ok(runs)
}
