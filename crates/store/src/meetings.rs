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

/// Whose speaking queue: a group's meeting, or a session of the annual meeting's programme (its live page). Both
/// keep the same rows, in their own table, and share every query below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Floor {
    Meeting(i64),
    Session(i64),
}

impl Floor {
    fn table(self) -> &'static str {
        match self {
            Floor::Meeting(_) => "speaking_requests",
            Floor::Session(_) => "session_speaking_requests",
        }
    }

    fn column(self) -> &'static str {
        match self {
            Floor::Meeting(_) => "meeting_id",
            Floor::Session(_) => "session_id",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            Floor::Meeting(id) | Floor::Session(id) => id,
        }
    }

    /// The record's subject of the queue's entries.
    fn subject(self) -> &'static str {
        match self {
            Floor::Meeting(_) => "meeting",
            Floor::Session(_) => "session",
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Request {
    pub id: i64,
    /// The meeting's or the session's id.
    #[serde(skip)]
    pub floor_id: i64,
    #[serde(skip)]
    pub participant_id: Option<i64>,
    pub name: String,
    pub mode: String,
    /// The remote hub the request speaks for, if any, and its city.
    pub hub_id: Option<i64>,
    pub hub: Option<String>,
    pub requested_at: i64,
    pub spoke_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
    /// When the speaker finished (a moderator marked it done).
    pub done_at: Option<i64>,
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

/// Every request of a queue (waiting, called and withdrawn) in the order they were made.
pub async fn requests(conn: &mut Conn, floor: Floor) -> Result<Vec<Request>> {
    let (table, column) = (floor.table(), floor.column());
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT r.id, r.{column} AS floor_id, r.participant_id, r.name, r.mode, r.hub_id, h.city AS hub, r.requested_at, r.spoke_at,
                r.withdrawn_at, r.done_at
         FROM {table} r LEFT JOIN meeting_hubs h ON h.id = r.hub_id WHERE r.{column} = $1 ORDER BY r.requested_at, r.id"
    )))
    .bind(floor.id())
    .fetch_all(conn)
    .await?)
}

/// Whether the participant waits in the queue.
pub async fn is_waiting(conn: &mut Conn, floor: Floor, participant_id: i64) -> Result<bool> {
    let (table, column) = (floor.table(), floor.column());
    let waiting: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT COUNT(*) FROM {table} WHERE {column} = $1 AND participant_id = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL"
    )))
    .bind(floor.id())
    .bind(participant_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(waiting > 0)
}

/// Asks for the floor, in the room or online, or for a hub. A participant waits in the queue once: a second
/// request while the first waits is a conflict.
pub async fn request(conn: &mut Conn, floor: Floor, participant_id: i64, name: &str, mode: &str, hub_id: Option<i64>) -> Result<i64> {
    if is_waiting(&mut *conn, floor, participant_id).await? {
        return Err(StoreError::Conflict);
    }
    let (table, column) = (floor.table(), floor.column());
    let id: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({column}, participant_id, name, mode, hub_id, requested_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )))
    .bind(floor.id())
    .bind(participant_id)
    .bind(name)
    .bind(mode)
    .bind(hub_id)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    let mut entry = serde_json::json!({ "request": id, "name": name, "mode": mode });
    if let Some(hub) = hub_id {
        entry["hub"] = hub.into();
    }
    record::append(conn, "speaking.requested", floor.subject(), floor.id(), &entry).await?;
    Ok(id)
}

/// Withdraws the participant's waiting request, if any.
pub async fn withdraw(conn: &mut Conn, floor: Floor, participant_id: i64) -> Result<()> {
    let (table, column) = (floor.table(), floor.column());
    let id: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET withdrawn_at = $3
         WHERE {column} = $1 AND participant_id = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL RETURNING id"
    )))
    .bind(floor.id())
    .bind(participant_id)
    .bind(now())
    .fetch_optional(&mut *conn)
    .await?;
    let id = id.ok_or(StoreError::NotFound)?;
    record::append(conn, "speaking.withdrawn", floor.subject(), floor.id(), &serde_json::json!({ "request": id })).await?;
    Ok(())
}

/// Gives the floor to a waiting request; NotFound when it no longer waits (called or withdrawn meanwhile).
///
/// Call times strictly increase within a queue (a second later than the previous call if a chair calls faster
/// than the clock ticks), so the latest call always names who has the floor.
pub async fn call(conn: &mut Conn, floor: Floor, request_id: i64) -> Result<()> {
    let (table, column) = (floor.table(), floor.column());
    let previous: i64 =
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COALESCE(MAX(spoke_at), 0) FROM {table} WHERE {column} = $1")))
            .bind(floor.id())
            .fetch_one(&mut *conn)
            .await?;
    let done = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET spoke_at = $3 WHERE id = $1 AND {column} = $2 AND spoke_at IS NULL AND withdrawn_at IS NULL"
    )))
    .bind(request_id)
    .bind(floor.id())
    .bind(now().max(previous + 1))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "speaking.called", floor.subject(), floor.id(), &serde_json::json!({ "request": request_id })).await?;
    Ok(())
}

/// Marks a called speaker as done: the floor is free until the next call. NotFound unless it was called and
/// not yet done.
pub async fn done(conn: &mut Conn, floor: Floor, request_id: i64) -> Result<()> {
    let (table, column) = (floor.table(), floor.column());
    let done = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET done_at = $3 WHERE id = $1 AND {column} = $2 AND spoke_at IS NOT NULL AND done_at IS NULL"
    )))
    .bind(request_id)
    .bind(floor.id())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "speaking.done", floor.subject(), floor.id(), &serde_json::json!({ "request": request_id })).await?;
    Ok(())
}
