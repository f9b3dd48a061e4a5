//! Bilateral meeting rooms: bookings, the rooms' occupancy (one row per slot held, so that a room is never held
//! twice whatever the order or concurrency of requests) and the runs of the release job. Bookings are the
//! organizations' logistics, not the forum's public record.

use crate::{Conn, Result, StoreError, is_unique_violation, now};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Booking {
    pub id: i64,
    pub cycle_id: i64,
    pub participant_id: i64,
    pub name: String,
    pub email: String,
    pub languages: String,
    pub organization: String,
    pub organization_key: String,
    pub stakeholder_group: String,
    pub day: String,
    pub start_minute: i64,
    pub room: String,
    pub purpose: String,
    pub status: String,
    pub requested_at: i64,
    pub confirm_by: Option<i64>,
}

const SELECT: &str = "SELECT b.id, b.cycle_id, b.participant_id, COALESCE(p.name, '') AS name, COALESCE(p.email, '') AS email,
    p.languages, b.organization, b.organization_key, b.stakeholder_group, b.day, b.start_minute, b.room, b.purpose, b.status,
    b.requested_at, b.confirm_by
    FROM bilateral_bookings b JOIN participants p ON p.id = b.participant_id";

pub async fn get(conn: &mut Conn, id: i64) -> Result<Booking> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE b.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A cycle's bookings of a day (every day when `day` is empty), in the order of the day's grid.
pub async fn of_day(conn: &mut Conn, cycle_id: i64, day: &str) -> Result<Vec<Booking>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE b.cycle_id = $1 AND ($2 = '' OR b.day = $2) ORDER BY b.day, b.start_minute, b.room, b.requested_at, b.id"
    )))
    .bind(cycle_id)
    .bind(day)
    .fetch_all(conn)
    .await?)
}

/// A participant's bookings in a cycle, in the order of the meeting.
pub async fn of_participant(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<Vec<Booking>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE b.cycle_id = $1 AND b.participant_id = $2 ORDER BY b.day, b.start_minute, b.id"
    )))
    .bind(cycle_id)
    .bind(participant_id)
    .fetch_all(conn)
    .await?)
}

/// What a request writes.
pub struct NewBooking<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub organization: &'a str,
    pub organization_key: &'a str,
    pub stakeholder_group: &'a str,
    pub day: &'a str,
    pub start_minute: i64,
    pub room: &'a str,
    pub purpose: &'a str,
    /// "held" (with its confirmation deadline) or "waiting".
    pub status: &'a str,
    pub confirm_by: Option<i64>,
    pub at: i64,
}

/// Writes a booking, and its hold on the room when it is held; the id. A room already held at that slot is a
/// conflict (the transaction is to be dropped).
pub async fn insert(conn: &mut Conn, new: &NewBooking<'_>) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO bilateral_bookings (cycle_id, participant_id, organization, organization_key, stakeholder_group, day, start_minute,
         room, purpose, status, requested_at, held_at, confirm_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(new.cycle_id)
    .bind(new.participant_id)
    .bind(new.organization)
    .bind(new.organization_key)
    .bind(new.stakeholder_group)
    .bind(new.day)
    .bind(new.start_minute)
    .bind(new.room)
    .bind(new.purpose)
    .bind(new.status)
    .bind(new.at)
    .bind(if new.status == "held" { Some(new.at) } else { None })
    .bind(new.confirm_by)
    .fetch_one(&mut *conn)
    .await?;
    if new.status == "held" {
        hold(conn, id).await?;
    }
    Ok(id)
}

/// Puts a booking's hold on its room and slot; a conflict when another booking holds it.
async fn hold(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO bilateral_holds (cycle_id, day, start_minute, room, booking_id)
         SELECT cycle_id, day, start_minute, room, id FROM bilateral_bookings WHERE id = $1",
    )
    .bind(id)
    .execute(conn)
    .await
    .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { e.into() })?;
    Ok(())
}

/// Confirms a held booking.
pub async fn confirm(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query("UPDATE bilateral_bookings SET status = 'confirmed', confirmed_at = $1 WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends a booking ("released" or "expired") and lifts its hold on the room.
pub async fn end(conn: &mut Conn, id: i64, status: &str, at: i64) -> Result<()> {
    sqlx::query("UPDATE bilateral_bookings SET status = $1, ended_at = $2 WHERE id = $3")
        .bind(status)
        .bind(at)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM bilateral_holds WHERE booking_id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// Moves a waiting booking up: held, with its own confirmation deadline, and the room's hold.
pub async fn move_up(conn: &mut Conn, id: i64, confirm_by: i64, at: i64) -> Result<()> {
    sqlx::query("UPDATE bilateral_bookings SET status = 'held', held_at = $1, confirm_by = $2 WHERE id = $3")
        .bind(at)
        .bind(confirm_by)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    hold(conn, id).await
}

/// Held bookings of a cycle whose confirmation deadline has passed.
pub async fn overdue(conn: &mut Conn, cycle_id: i64, at: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM bilateral_bookings WHERE cycle_id = $1 AND status = 'held' AND confirm_by IS NOT NULL AND confirm_by <= $2 ORDER BY id",
    )
    .bind(cycle_id)
    .bind(at)
    .fetch_all(conn)
    .await?)
}

/// Records a run of the release job.
pub async fn record_run(conn: &mut Conn, cycle_id: i64, at: i64, released: i64, moved_up: i64) -> Result<()> {
    sqlx::query("INSERT INTO bilateral_release_runs (cycle_id, ran_at, released, moved_up) VALUES ($1, $2, $3, $4)")
        .bind(cycle_id)
        .bind(at)
        .bind(released)
        .bind(moved_up)
        .execute(conn)
        .await?;
    Ok(())
}

/// The last runs of the release job for a cycle: (when, released, moved up), newest first.
pub async fn runs(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT ran_at, released, moved_up FROM bilateral_release_runs WHERE cycle_id = $1 ORDER BY ran_at DESC, id DESC LIMIT 5",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}
