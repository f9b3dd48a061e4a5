//! Session transcripts imported from caption files: one per session, replaced by a later import of the same
//! session, each import appended to the public record (so the archive indexes it).

use crate::{Conn, Result, record};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredTranscript {
    pub session_id: i64,
    pub transcript: String,
    pub source: String,
    pub turns: i64,
    pub imported_at: i64,
}

/// Every session's number and title, for naming the session of a caption file.
pub async fn session_names(conn: &mut Conn) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as("SELECT id, title FROM sessions ORDER BY id").fetch_all(conn).await?)
}

/// Stores (or replaces) a session's transcript and records the import.
pub async fn save(conn: &mut Conn, t: &StoredTranscript) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_transcripts (session_id, transcript, source, turns, imported_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id) DO UPDATE SET transcript = excluded.transcript, source = excluded.source, turns = excluded.turns,
            imported_at = excluded.imported_at",
    )
    .bind(t.session_id)
    .bind(&t.transcript)
    .bind(&t.source)
    .bind(t.turns)
    .bind(t.imported_at)
    .execute(&mut *conn)
    .await?;
    let payload =
        serde_json::json!({ "session": t.session_id, "source": t.source, "turns": t.turns, "characters": t.transcript.chars().count() });
    record::append(conn, "transcript.imported", "session", t.session_id, &payload).await?;
    Ok(())
}

/// The transcript a session shows: its imported captions, else the transcript typed into its report (with the
/// source `report`), else none.
pub async fn shown(conn: &mut Conn, session_id: i64) -> Result<Option<StoredTranscript>> {
    if let Some(imported) = of_session(conn, session_id).await? {
        return Ok(Some(imported));
    }
    Ok(sqlx::query_as(
        "SELECT session_id, transcript, 'report' AS source, CAST(0 AS BIGINT) AS turns, updated_at AS imported_at FROM session_reports
         WHERE session_id = $1 AND transcript <> ''",
    )
    .bind(session_id)
    .fetch_optional(conn)
    .await?)
}

pub async fn of_session(conn: &mut Conn, session_id: i64) -> Result<Option<StoredTranscript>> {
    Ok(sqlx::query_as("SELECT session_id, transcript, source, turns, imported_at FROM session_transcripts WHERE session_id = $1")
        .bind(session_id)
        .fetch_optional(conn)
        .await?)
}
