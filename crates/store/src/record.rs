//! The public record: an append-only log of every public change, written in the same transaction as the change.
//! Search, feeds, caches and (later) the Merkle log are fed from it. It never holds personal data: a participant
//! appears only by id, so erasing an account leaves the record true.

use crate::{Conn, Result, now};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub kind: String,
    pub subject_type: String,
    pub subject_id: i64,
    pub payload: String,
}

pub async fn append(conn: &mut Conn, kind: &str, subject_type: &str, subject_id: i64, payload: &serde_json::Value) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO public_record (at, kind, subject_type, subject_id, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(now())
    .bind(kind)
    .bind(subject_type)
    .bind(subject_id)
    .bind(payload.to_string())
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// The id of the newest entry: caches of public pages are valid while it is unchanged.
pub async fn head(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM public_record").fetch_one(conn).await?)
}

pub async fn after(conn: &mut Conn, after_id: i64, limit: i64) -> Result<Vec<Entry>> {
    Ok(sqlx::query_as("SELECT id, at, kind, subject_type, subject_id, payload FROM public_record WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after_id)
        .bind(limit)
        .fetch_all(conn)
        .await?)
}
