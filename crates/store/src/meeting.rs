//! The annual meeting's accreditation: registrations (with the badge photo, kept apart from every public list),
//! staff decisions, check-ins per day, certificates and visa letters with their codes, and the runs of the photo
//! retention job. Nothing here is on the public record: it is personal data.

use crate::{Conn, Result, StoreError, is_unique_violation, now};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Registration {
    pub id: i64,
    pub cycle_id: i64,
    pub participant_id: i64,
    pub name: String,
    pub email: String,
    pub languages: String,
    pub country: String,
    pub attendance: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub status: String,
    pub reason: String,
    pub has_photo: i64,
    pub submitted_at: i64,
    pub decided_at: Option<i64>,
    pub days_checked_in: i64,
}

const SELECT: &str = "SELECT r.id, r.cycle_id, r.participant_id, COALESCE(p.name, '') AS name, COALESCE(p.email, '') AS email,
    p.languages, COALESCE(p.country, '') AS country, r.attendance, r.organization, r.stakeholder_group, r.status, r.reason,
    CASE WHEN r.photo IS NULL THEN 0 ELSE 1 END AS has_photo, r.submitted_at, r.decided_at,
    (SELECT COUNT(*) FROM meeting_checkins c WHERE c.registration_id = r.id) AS days_checked_in
    FROM meeting_registrations r JOIN participants p ON p.id = r.participant_id";

/// What a registration writes: the photo (base64 and its type) only when a new one was given.
pub struct NewRegistration<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub attendance: &'a str,
    pub organization: &'a str,
    pub organization_key: &'a str,
    pub stakeholder_group: &'a str,
    pub photo: Option<(String, &'a str)>,
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Registration> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn of_participant(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<Option<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE r.cycle_id = $1 AND r.participant_id = $2")))
        .bind(cycle_id)
        .bind(participant_id)
        .fetch_optional(conn)
        .await?)
}

/// A cycle's registrations, optionally of one status, oldest first (the order of the queue).
pub async fn list(conn: &mut Conn, cycle_id: i64, status: Option<&str>) -> Result<Vec<Registration>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE r.cycle_id = $1 AND ($2 = '' OR r.status = $2) ORDER BY r.submitted_at, r.id"
    )))
    .bind(cycle_id)
    .bind(status.unwrap_or(""))
    .fetch_all(conn)
    .await?)
}

/// Onsite registrations of an organization in a cycle that are not refused, other than the given participant's.
pub async fn onsite_delegates(conn: &mut Conn, cycle_id: i64, organization_key: &str, except_participant: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM meeting_registrations WHERE cycle_id = $1 AND organization_key = $2 AND attendance = 'onsite'
         AND status <> 'refused' AND participant_id <> $3",
    )
    .bind(cycle_id)
    .bind(organization_key)
    .bind(except_participant)
    .fetch_one(conn)
    .await?)
}

/// Registers, or updates the person's registration (back to "submitted", its reason cleared); the id.
pub async fn save(conn: &mut Conn, new: &NewRegistration<'_>) -> Result<i64> {
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM meeting_registrations WHERE cycle_id = $1 AND participant_id = $2")
        .bind(new.cycle_id)
        .bind(new.participant_id)
        .fetch_optional(&mut *conn)
        .await?;
    let id = match existing {
        Some(id) => {
            sqlx::query(
                "UPDATE meeting_registrations SET attendance = $1, organization = $2, organization_key = $3, stakeholder_group = $4,
                 status = 'submitted', reason = '', submitted_at = $5, decided_at = NULL, decided_by = NULL WHERE id = $6",
            )
            .bind(new.attendance)
            .bind(new.organization)
            .bind(new.organization_key)
            .bind(new.stakeholder_group)
            .bind(now())
            .bind(id)
            .execute(&mut *conn)
            .await?;
            id
        }
        None => {
            let inserted = sqlx::query_scalar(
                "INSERT INTO meeting_registrations (cycle_id, participant_id, attendance, organization, organization_key, stakeholder_group,
                 status, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, 'submitted', $7) RETURNING id",
            )
            .bind(new.cycle_id)
            .bind(new.participant_id)
            .bind(new.attendance)
            .bind(new.organization)
            .bind(new.organization_key)
            .bind(new.stakeholder_group)
            .bind(now())
            .fetch_one(&mut *conn)
            .await;
            match inserted {
                Ok(id) => id,
                Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict),
                Err(e) => return Err(e.into()),
            }
        }
    };
    if let Some((photo, kind)) = &new.photo {
        sqlx::query("UPDATE meeting_registrations SET photo = $1, photo_type = $2 WHERE id = $3")
            .bind(photo)
            .bind(*kind)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    if new.attendance == "online" {
        sqlx::query("UPDATE meeting_registrations SET photo = NULL, photo_type = NULL WHERE id = $1").bind(id).execute(&mut *conn).await?;
    }
    Ok(id)
}

/// The badge photo (base64) and its type.
pub async fn photo(conn: &mut Conn, id: i64) -> Result<Option<(String, String)>> {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT photo, photo_type FROM meeting_registrations WHERE id = $1").bind(id).fetch_optional(conn).await?;
    match row {
        None => Err(StoreError::NotFound),
        Some((Some(photo), Some(kind))) => Ok(Some((photo, kind))),
        Some(_) => Ok(None),
    }
}

pub async fn set_status(conn: &mut Conn, id: i64, status: &str, reason: &str, by: i64) -> Result<()> {
    sqlx::query("UPDATE meeting_registrations SET status = $1, reason = $2, decided_at = $3, decided_by = $4 WHERE id = $5")
        .bind(status)
        .bind(reason)
        .bind(now())
        .bind(by)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records a check-in for a day; false when the person was already checked in that day (no error, so that the
/// transaction goes on: PostgreSQL aborts a transaction at a unique violation).
pub async fn check_in(conn: &mut Conn, registration_id: i64, day: &str, by: i64) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO meeting_checkins (registration_id, day, checked_at, checked_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (registration_id, day) DO NOTHING",
    )
    .bind(registration_id)
    .bind(day)
    .bind(now())
    .bind(by)
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// The days a registration was checked in, in order.
pub async fn days_of(conn: &mut Conn, registration_id: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT day FROM meeting_checkins WHERE registration_id = $1 ORDER BY day")
        .bind(registration_id)
        .fetch_all(conn)
        .await?)
}

/// The live counts of a cycle's meeting.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub checked_in_today: i64,
    pub checked_in_ever: i64,
    pub approved_onsite: i64,
    pub approved_online: i64,
    pub submitted: i64,
}

pub async fn counts(conn: &mut Conn, cycle_id: i64, today: &str) -> Result<Counts> {
    let (checked_in_today, checked_in_ever): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN c.day = $2 THEN 1 ELSE 0 END), 0), COUNT(DISTINCT c.registration_id)
         FROM meeting_checkins c JOIN meeting_registrations r ON r.id = c.registration_id WHERE r.cycle_id = $1",
    )
    .bind(cycle_id)
    .bind(today)
    .fetch_one(&mut *conn)
    .await?;
    let (approved_onsite, approved_online, submitted): (i64, i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN status = 'approved' AND attendance = 'onsite' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN status = 'approved' AND attendance = 'online' THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN status = 'submitted' THEN 1 ELSE 0 END), 0)
         FROM meeting_registrations WHERE cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_one(conn)
    .await?;
    Ok(Counts { checked_in_today, checked_in_ever, approved_onsite, approved_online, submitted })
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Document {
    pub code: String,
    pub kind: String,
    pub registration_id: i64,
    pub issued_at: i64,
}

pub async fn document_of(conn: &mut Conn, registration_id: i64, kind: &str) -> Result<Option<Document>> {
    Ok(sqlx::query_as("SELECT code, kind, registration_id, issued_at FROM meeting_documents WHERE registration_id = $1 AND kind = $2")
        .bind(registration_id)
        .bind(kind)
        .fetch_optional(conn)
        .await?)
}

pub async fn document(conn: &mut Conn, code: &str) -> Result<Option<Document>> {
    Ok(sqlx::query_as("SELECT code, kind, registration_id, issued_at FROM meeting_documents WHERE code = $1")
        .bind(code)
        .fetch_optional(conn)
        .await?)
}

pub async fn issue_document(conn: &mut Conn, registration_id: i64, kind: &str, code: &str) -> Result<()> {
    sqlx::query("INSERT INTO meeting_documents (code, kind, registration_id, issued_at) VALUES ($1, $2, $3, $4)")
        .bind(code)
        .bind(kind)
        .bind(registration_id)
        .bind(now())
        .execute(conn)
        .await
        .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { e.into() })?;
    Ok(())
}

/// Deletes a cycle's badge photos and records the run; the number deleted.
pub async fn delete_photos(conn: &mut Conn, cycle_id: i64) -> Result<i64> {
    let deleted = sqlx::query("UPDATE meeting_registrations SET photo = NULL, photo_type = NULL WHERE cycle_id = $1 AND photo IS NOT NULL")
        .bind(cycle_id)
        .execute(&mut *conn)
        .await?
        .rows_affected() as i64;
    sqlx::query("INSERT INTO meeting_retention_runs (cycle_id, ran_at, photos_deleted) VALUES ($1, $2, $3)")
        .bind(cycle_id)
        .bind(now())
        .bind(deleted)
        .execute(conn)
        .await?;
    Ok(deleted)
}

/// The last runs of the retention job for a cycle: (when, photos deleted), newest first.
pub async fn retention_runs(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT ran_at, photos_deleted FROM meeting_retention_runs WHERE cycle_id = $1 ORDER BY ran_at DESC, id DESC LIMIT 5",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}
