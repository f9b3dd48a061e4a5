//! The meeting's hybrid floor: a session's live page settings (its queue open or closed, its captions link),
//! remote hubs and the sessions they follow, and who followed a session from where. The speaking queue's rows are
//! the groups' meetings' (`meetings::Floor::Session`). Hubs are public and on the record; attendance is personal
//! data and is not.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, Default, sqlx::FromRow, Serialize)]
pub struct SessionFloor {
    pub session_id: i64,
    pub queue_open: i64,
    pub captions_url: String,
}

impl SessionFloor {
    pub fn queue_is_open(&self) -> bool {
        self.queue_open == 1
    }
}

/// A session's floor; closed and without captions until a moderator changes it.
pub async fn session_floor(conn: &mut Conn, session_id: i64) -> Result<SessionFloor> {
    let found: Option<SessionFloor> =
        sqlx::query_as("SELECT session_id, queue_open, captions_url FROM session_floors WHERE session_id = $1")
            .bind(session_id)
            .fetch_optional(conn)
            .await?;
    Ok(found.unwrap_or(SessionFloor { session_id, ..SessionFloor::default() }))
}

async fn ensure_floor(conn: &mut Conn, session_id: i64) -> Result<()> {
    sqlx::query("INSERT INTO session_floors (session_id) VALUES ($1) ON CONFLICT (session_id) DO NOTHING")
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Opens or closes a session's queue to new requests.
pub async fn set_queue_open(conn: &mut Conn, session_id: i64, open: bool) -> Result<()> {
    ensure_floor(&mut *conn, session_id).await?;
    sqlx::query("UPDATE session_floors SET queue_open = $2 WHERE session_id = $1")
        .bind(session_id)
        .bind(open as i64)
        .execute(&mut *conn)
        .await?;
    let kind = if open { "floor.queue-opened" } else { "floor.queue-closed" };
    record::append(conn, kind, "session", session_id, &serde_json::json!({})).await?;
    Ok(())
}

/// Sets a session's captions or transcript link (empty for none).
pub async fn set_captions(conn: &mut Conn, session_id: i64, url: &str) -> Result<()> {
    ensure_floor(&mut *conn, session_id).await?;
    sqlx::query("UPDATE session_floors SET captions_url = $2 WHERE session_id = $1").bind(session_id).bind(url).execute(&mut *conn).await?;
    record::append(conn, "floor.captions", "session", session_id, &serde_json::json!({ "url": url })).await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Hub {
    pub id: i64,
    pub cycle_id: i64,
    pub city: String,
    /// ISO 3166 alpha-2.
    pub country: String,
    pub host: String,
    pub coordinator: String,
    pub technical_lead: String,
    pub expected_attendance: i64,
    #[serde(skip)]
    pub registered_by: Option<i64>,
    pub created_at: i64,
}

pub struct NewHub<'a> {
    pub cycle_id: i64,
    pub city: &'a str,
    pub country: &'a str,
    pub host: &'a str,
    pub coordinator: &'a str,
    pub technical_lead: &'a str,
    pub expected_attendance: i64,
    pub registered_by: i64,
    pub sessions: &'a [i64],
}

const HUB: &str = "id, cycle_id, city, country, host, coordinator, technical_lead, expected_attendance, registered_by, created_at";

/// Registers a hub and the sessions it follows (only the cycle's own sessions are kept); on the public record.
pub async fn add_hub(conn: &mut Conn, hub: &NewHub<'_>) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO meeting_hubs (cycle_id, city, country, host, coordinator, technical_lead, expected_attendance, registered_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(hub.cycle_id)
    .bind(hub.city)
    .bind(hub.country)
    .bind(hub.host)
    .bind(hub.coordinator)
    .bind(hub.technical_lead)
    .bind(hub.expected_attendance)
    .bind(hub.registered_by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    for session in hub.sessions {
        sqlx::query(
            "INSERT INTO meeting_hub_sessions (hub_id, session_id) SELECT $1, id FROM sessions WHERE id = $2 AND cycle_id = $3
             ON CONFLICT (hub_id, session_id) DO NOTHING",
        )
        .bind(id)
        .bind(session)
        .bind(hub.cycle_id)
        .execute(&mut *conn)
        .await?;
    }
    record::append(
        conn,
        "hub.registered",
        "cycle",
        hub.cycle_id,
        &serde_json::json!({ "hub": id, "city": hub.city, "country": hub.country, "host": hub.host, "expected_attendance": hub.expected_attendance }),
    )
    .await?;
    Ok(id)
}

pub async fn hub(conn: &mut Conn, id: i64) -> Result<Hub> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {HUB} FROM meeting_hubs WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A cycle's hubs by country and city.
pub async fn hubs(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Hub>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {HUB} FROM meeting_hubs WHERE cycle_id = $1 ORDER BY country, city, id")))
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

/// The hubs that follow a session.
pub async fn hubs_of_session(conn: &mut Conn, session_id: i64) -> Result<Vec<Hub>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {HUB} FROM meeting_hubs WHERE id IN (SELECT hub_id FROM meeting_hub_sessions WHERE session_id = $1) ORDER BY country, city, id"
    )))
    .bind(session_id)
    .fetch_all(conn)
    .await?)
}

/// Every (hub, session) a cycle's hubs follow.
pub async fn hub_sessions(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT hs.hub_id, hs.session_id FROM meeting_hub_sessions hs JOIN meeting_hubs h ON h.id = hs.hub_id WHERE h.cycle_id = $1
         ORDER BY hs.hub_id, hs.session_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// Where a person follows a session from.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Joined {
    pub session_id: i64,
    pub participant_id: i64,
    pub mode: String,
    pub hub_id: Option<i64>,
    pub joined_at: i64,
    pub verified: i64,
}

/// Records that a person follows a session from here since `at` (a second join changes where from; attendance
/// once verified stays verified).
pub async fn join(
    conn: &mut Conn,
    session_id: i64,
    participant_id: i64,
    mode: &str,
    hub_id: Option<i64>,
    at: i64,
    verified: bool,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_attendance (session_id, participant_id, mode, hub_id, joined_at, verified) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (session_id, participant_id) DO UPDATE SET mode = excluded.mode, hub_id = excluded.hub_id,
            joined_at = excluded.joined_at, verified = CASE WHEN session_attendance.verified = 1 THEN 1 ELSE excluded.verified END",
    )
    .bind(session_id)
    .bind(participant_id)
    .bind(mode)
    .bind(hub_id)
    .bind(at)
    .bind(verified as i64)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn joined(conn: &mut Conn, session_id: i64, participant_id: i64) -> Result<Option<Joined>> {
    Ok(sqlx::query_as(
        "SELECT session_id, participant_id, mode, hub_id, joined_at, verified FROM session_attendance WHERE session_id = $1 AND participant_id = $2",
    )
    .bind(session_id)
    .bind(participant_id)
    .fetch_optional(conn)
    .await?)
}

/// A session's attendance rows: (where from, verified).
pub async fn attendance(conn: &mut Conn, session_id: i64) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as("SELECT mode, verified FROM session_attendance WHERE session_id = $1").bind(session_id).fetch_all(conn).await?)
}

/// How many sessions of a cycle a person followed online or from a hub with verified attendance.
pub async fn verified_remote_sessions(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM session_attendance a JOIN sessions s ON s.id = a.session_id
         WHERE s.cycle_id = $1 AND a.participant_id = $2 AND a.verified = 1 AND a.mode <> 'onsite'",
    )
    .bind(cycle_id)
    .bind(participant_id)
    .fetch_one(conn)
    .await?)
}

/// A cycle's verified attendance of sessions: distinct people by where from ("onsite", "online", "hub").
pub async fn cycle_attendance(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT a.mode, COUNT(DISTINCT a.participant_id) FROM session_attendance a JOIN sessions s ON s.id = a.session_id
         WHERE s.cycle_id = $1 AND a.verified = 1 GROUP BY a.mode ORDER BY a.mode",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}
