//! A group's meetings (agenda, minutes, action points) and their speaking queue: requests to speak, onsite or
//! online, withdrawn by their authors or called by the meeting's leads. The order of the queue is the domain's
//! (agora_domain::meetings); this module only keeps what happened.

use crate::{AnyQuery, Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Meeting {
    pub id: i64,
    pub group_id: i64,
    pub kind: String,
    pub title: String,
    pub starts_at: i64,
    pub location: String,
    pub online_url: String,
    pub agenda: String,
    pub minutes: String,
    pub action_points: String,
    pub queue_open: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Meeting {
    pub fn queue_is_open(&self) -> bool {
        self.queue_open == 1
    }
}

/// What the meeting's form edits.
#[derive(Debug, Clone, Default)]
pub struct MeetingFields {
    pub kind: String,
    pub title: String,
    pub starts_at: i64,
    pub location: String,
    pub online_url: String,
    pub agenda: String,
    pub minutes: String,
    pub action_points: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Request {
    pub id: i64,
    pub meeting_id: i64,
    #[serde(skip)]
    pub participant_id: Option<i64>,
    pub name: String,
    pub mode: String,
    pub requested_at: i64,
    pub spoke_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
}

impl Request {
    pub fn is_waiting(&self) -> bool {
        self.spoke_at.is_none() && self.withdrawn_at.is_none()
    }
}

const COLUMNS: &str =
    "id, group_id, kind, title, starts_at, location, online_url, agenda, minutes, action_points, queue_open, created_at, updated_at";

/// Binds a meeting's fields as `$1`…`$8` of the INSERT and the UPDATE alike.
fn bind_fields<'q>(query: AnyQuery<'q>, m: &'q MeetingFields) -> AnyQuery<'q> {
    query
        .bind(&m.kind)
        .bind(&m.title)
        .bind(m.starts_at)
        .bind(&m.location)
        .bind(&m.online_url)
        .bind(&m.agenda)
        .bind(&m.minutes)
        .bind(&m.action_points)
}

pub async fn create(conn: &mut Conn, group_id: i64, m: &MeetingFields) -> Result<i64> {
    use sqlx::Row;
    let insert = sqlx::query(
        "INSERT INTO group_meetings (kind, title, starts_at, location, online_url, agenda, minutes, action_points, group_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    );
    let id: i64 = bind_fields(insert, m).bind(group_id).bind(now()).fetch_one(&mut *conn).await?.try_get(0)?;
    record::append(
        conn,
        "meeting.scheduled",
        "group",
        group_id,
        &serde_json::json!({ "meeting": id, "kind": m.kind, "title": m.title, "starts_at": m.starts_at }),
    )
    .await?;
    Ok(id)
}

pub async fn update(conn: &mut Conn, id: i64, m: &MeetingFields) -> Result<()> {
    let update = sqlx::query(
        "UPDATE group_meetings SET kind = $1, title = $2, starts_at = $3, location = $4, online_url = $5, agenda = $6, minutes = $7,
            action_points = $8, updated_at = $9 WHERE id = $10",
    );
    let done = bind_fields(update, m).bind(now()).bind(id).execute(&mut *conn).await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(
        conn,
        "meeting.updated",
        "meeting",
        id,
        &serde_json::json!({ "kind": m.kind, "title": m.title, "starts_at": m.starts_at, "agenda": m.agenda, "minutes": m.minutes, "action_points": m.action_points }),
    )
    .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Meeting> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM group_meetings WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A group's meetings in time order.
pub async fn list(conn: &mut Conn, group_id: i64) -> Result<Vec<Meeting>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM group_meetings WHERE group_id = $1 ORDER BY starts_at, id")))
        .bind(group_id)
        .fetch_all(conn)
        .await?)
}

/// Opens or closes the queue to new requests.
pub async fn set_queue_open(conn: &mut Conn, id: i64, open: bool) -> Result<()> {
    let done = sqlx::query("UPDATE group_meetings SET queue_open = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(open as i64)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    let kind = if open { "meeting.queue-opened" } else { "meeting.queue-closed" };
    record::append(conn, kind, "meeting", id, &serde_json::json!({})).await?;
    Ok(())
}

/// Every request of a meeting (waiting, called and withdrawn) in the order they were made.
pub async fn requests(conn: &mut Conn, meeting_id: i64) -> Result<Vec<Request>> {
    Ok(sqlx::query_as(
        "SELECT id, meeting_id, participant_id, name, mode, requested_at, spoke_at, withdrawn_at
         FROM speaking_requests WHERE meeting_id = $1 ORDER BY requested_at, id",
    )
    .bind(meeting_id)
    .fetch_all(conn)
    .await?)
}

/// Asks for the floor. A participant waits in the queue once: a second request while the first waits is a
/// conflict.
pub async fn request(conn: &mut Conn, meeting_id: i64, participant_id: i64, name: &str, mode: &str) -> Result<i64> {
    let waiting: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM speaking_requests WHERE meeting_id = $1 AND participant_id = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL",
    )
    .bind(meeting_id)
    .bind(participant_id)
    .fetch_one(&mut *conn)
    .await?;
    if waiting > 0 {
        return Err(StoreError::Conflict);
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO speaking_requests (meeting_id, participant_id, name, mode, requested_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(meeting_id)
    .bind(participant_id)
    .bind(name)
    .bind(mode)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "speaking.requested", "meeting", meeting_id, &serde_json::json!({ "request": id, "name": name, "mode": mode }))
        .await?;
    Ok(id)
}

/// Withdraws the participant's waiting request, if any.
pub async fn withdraw(conn: &mut Conn, meeting_id: i64, participant_id: i64) -> Result<()> {
    let id: Option<i64> = sqlx::query_scalar(
        "UPDATE speaking_requests SET withdrawn_at = $3
         WHERE meeting_id = $1 AND participant_id = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL RETURNING id",
    )
    .bind(meeting_id)
    .bind(participant_id)
    .bind(now())
    .fetch_optional(&mut *conn)
    .await?;
    let id = id.ok_or(StoreError::NotFound)?;
    record::append(conn, "speaking.withdrawn", "meeting", meeting_id, &serde_json::json!({ "request": id })).await?;
    Ok(())
}

/// Gives the floor to a waiting request; NotFound when it no longer waits (called or withdrawn meanwhile).
///
/// Call times strictly increase within a meeting (a second later than the previous call if a chair calls
/// faster than the clock ticks), so the latest call always names who has the floor.
pub async fn call(conn: &mut Conn, meeting_id: i64, request_id: i64) -> Result<()> {
    let previous: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(spoke_at), 0) FROM speaking_requests WHERE meeting_id = $1")
        .bind(meeting_id)
        .fetch_one(&mut *conn)
        .await?;
    let done = sqlx::query(
        "UPDATE speaking_requests SET spoke_at = $3 WHERE id = $1 AND meeting_id = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL",
    )
    .bind(request_id)
    .bind(meeting_id)
    .bind(now().max(previous + 1))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "speaking.called", "meeting", meeting_id, &serde_json::json!({ "request": request_id })).await?;
    Ok(())
}
