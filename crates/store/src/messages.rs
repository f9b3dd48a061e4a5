//! IGF Messages and the Chair's summary: drafted by the Secretariat from report takeaways (each source kept),
//! opened for public comment as a consultation, published; every saved state is a version.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Message {
    pub id: i64,
    pub cycle_id: i64,
    pub theme_id: Option<i64>,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub status: String,
    pub consultation_id: Option<i64>,
    pub version: i64,
    pub published_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The language the Message is written in (a code of `agora_domain::people::Language`).
    pub language: String,
}

const COLUMNS: &str =
    "id, cycle_id, theme_id, kind, title, body, status, consultation_id, version, published_at, created_at, updated_at, language";

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Version {
    pub version: i64,
    pub status: String,
    pub title: String,
    pub body: String,
    pub note: String,
    pub at: i64,
}

async fn keep_version(conn: &mut Conn, id: i64, note: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO message_versions (message_id, version, status, title, body, note, at)
         SELECT id, version, status, title, body, $2, $3 FROM messages WHERE id = $1",
    )
    .bind(id)
    .bind(note)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Drafts a Message (or the Chair's summary) with the report takeaways it is built from: `(report, takeaway index)`.
pub async fn create(
    conn: &mut Conn,
    cycle_id: i64,
    theme_id: Option<i64>,
    kind: &str,
    title: &str,
    body: &str,
    sources: &[(i64, i64)],
) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO messages (cycle_id, theme_id, kind, title, body, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $6) RETURNING id",
    )
    .bind(cycle_id)
    .bind(theme_id)
    .bind(kind)
    .bind(title)
    .bind(body)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    set_sources(conn, id, sources).await?;
    keep_version(conn, id, "").await?;
    record::append(conn, "message.drafted", "message", id, &serde_json::json!({ "title": title, "sources": sources.len() })).await?;
    Ok(id)
}

async fn set_sources(conn: &mut Conn, id: i64, sources: &[(i64, i64)]) -> Result<()> {
    sqlx::query("DELETE FROM message_sources WHERE message_id = $1").bind(id).execute(&mut *conn).await?;
    for (report, takeaway) in sources {
        sqlx::query("INSERT INTO message_sources (message_id, report_id, takeaway) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(report)
            .bind(takeaway)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Saves a new text (a new version, with a note saying what changed), and optionally a new status.
pub async fn revise(
    conn: &mut Conn,
    id: i64,
    title: &str,
    body: &str,
    status: &str,
    note: &str,
    sources: Option<&[(i64, i64)]>,
) -> Result<()> {
    let at = now();
    let changed = sqlx::query(
        "UPDATE messages SET title = $2, body = $3, status = $4, version = version + 1, updated_at = $5,
            published_at = CASE WHEN $4 = 'published' THEN $5 ELSE published_at END
         WHERE id = $1",
    )
    .bind(id)
    .bind(title)
    .bind(body)
    .bind(status)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    if let Some(sources) = sources {
        set_sources(conn, id, sources).await?;
    }
    keep_version(conn, id, note).await?;
    record::append(conn, &format!("message.{status}"), "message", id, &serde_json::json!({ "title": title, "note": note })).await?;
    Ok(())
}

/// Records the language the Message is written in (chosen or confirmed by the Secretariat).
pub async fn set_language(conn: &mut Conn, id: i64, language: &str) -> Result<()> {
    let changed = sqlx::query("UPDATE messages SET language = $2 WHERE id = $1 AND language <> $2")
        .bind(id)
        .bind(language)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if changed > 0 {
        record::append(conn, "message.language", "message", id, &serde_json::json!({ "language": language })).await?;
    }
    Ok(())
}

pub async fn open_for_comment(conn: &mut Conn, id: i64, consultation_id: i64) -> Result<()> {
    sqlx::query("UPDATE messages SET consultation_id = $2, status = 'in-comment', updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(consultation_id)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    record::append(conn, "message.in-comment", "message", id, &serde_json::json!({ "consultation": consultation_id })).await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Message> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM messages WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Message>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM messages WHERE cycle_id = $1 ORDER BY kind DESC, id")))
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

pub async fn all(conn: &mut Conn) -> Result<Vec<Message>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM messages ORDER BY id"))).fetch_all(conn).await?)
}

pub async fn versions(conn: &mut Conn, id: i64) -> Result<Vec<Version>> {
    Ok(sqlx::query_as("SELECT version, status, title, body, note, at FROM message_versions WHERE message_id = $1 ORDER BY version DESC")
        .bind(id)
        .fetch_all(conn)
        .await?)
}

/// The takeaways a Message is built from: `(report, takeaway index, session id, session title)`.
pub async fn sources(conn: &mut Conn, id: i64) -> Result<Vec<(i64, i64, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT m.report_id, m.takeaway, r.session_id, s.title FROM message_sources m
         JOIN session_reports r ON r.id = m.report_id JOIN sessions s ON s.id = r.session_id
         WHERE m.message_id = $1 ORDER BY m.report_id, m.takeaway",
    )
    .bind(id)
    .fetch_all(conn)
    .await?)
}

/// A track's output documents (Messages of the kind 'track-output' whose theme is the track), oldest first.
pub async fn of_track(conn: &mut Conn, theme_id: i64) -> Result<Vec<Message>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM messages WHERE theme_id = $1 AND kind = 'track-output' ORDER BY id"
    )))
    .bind(theme_id)
    .fetch_all(conn)
    .await?)
}
