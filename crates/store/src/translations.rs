//! Content translations: the requests of a text in a language (with the translator who claimed each) and the
//! translated units (title 0, paragraphs 1…) with the hash of the original unit each was made from. A text is
//! named by its kind and id (`message`, 12); every step appends to the public record under that text, so the
//! search index makes the text's documents again.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

/// A request of a text in a language, with who holds it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Request {
    pub id: i64,
    pub text_kind: String,
    pub text_id: i64,
    pub language: String,
    pub requested_at: i64,
    pub claimed_by: Option<i64>,
    /// The claimant's name ("" while unclaimed).
    pub claimant: String,
    pub claimed_at: Option<i64>,
}

const REQUEST: &str = "SELECT r.id, r.text_kind, r.text_id, r.language, r.requested_at, r.claimed_by,
        COALESCE(p.name, '') AS claimant, r.claimed_at
    FROM translation_requests r LEFT JOIN participants p ON p.id = r.claimed_by";

/// One translated unit.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Unit {
    pub text_id: i64,
    pub language: String,
    pub unit: i64,
    pub text: String,
    pub source_hash: String,
    pub translator_id: Option<i64>,
    /// The translator's name.
    pub translator: String,
    pub status: String,
    pub updated_at: i64,
}

const UNIT: &str = "SELECT t.text_id, t.language, t.unit, t.text, t.source_hash, t.translator_id,
        COALESCE(p.name, '') AS translator, t.status, t.updated_at
    FROM translations t LEFT JOIN participants p ON p.id = t.translator_id";

/// Requests a text in a language; whether it is new (a second request of the same is a no-op).
pub async fn request(conn: &mut Conn, kind: &str, text_id: i64, language: &str, by: i64) -> Result<bool> {
    let added = sqlx::query(
        "INSERT INTO translation_requests (text_kind, text_id, language, requested_by, requested_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (text_kind, text_id, language) DO NOTHING",
    )
    .bind(kind)
    .bind(text_id)
    .bind(language)
    .bind(by)
    .bind(now())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if added > 0 {
        record::append(conn, "translation.requested", kind, text_id, &serde_json::json!({ "language": language })).await?;
    }
    Ok(added > 0)
}

/// Every request, oldest first.
pub async fn requests(conn: &mut Conn) -> Result<Vec<Request>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{REQUEST} ORDER BY r.requested_at, r.id"))).fetch_all(conn).await?)
}

/// A text's requests, by language.
pub async fn requests_of(conn: &mut Conn, kind: &str, text_id: i64) -> Result<Vec<Request>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{REQUEST} WHERE r.text_kind = $1 AND r.text_id = $2 ORDER BY r.language")))
        .bind(kind)
        .bind(text_id)
        .fetch_all(conn)
        .await?)
}

pub async fn get_request(conn: &mut Conn, kind: &str, text_id: i64, language: &str) -> Result<Request> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{REQUEST} WHERE r.text_kind = $1 AND r.text_id = $2 AND r.language = $3")))
        .bind(kind)
        .bind(text_id)
        .bind(language)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Gives an unclaimed request to a translator; a request claimed meanwhile is a conflict.
pub async fn claim(conn: &mut Conn, request: &Request, by: i64) -> Result<()> {
    let done = sqlx::query("UPDATE translation_requests SET claimed_by = $2, claimed_at = $3 WHERE id = $1 AND claimed_by IS NULL")
        .bind(request.id)
        .bind(by)
        .bind(now())
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if done == 0 {
        return Err(StoreError::Conflict);
    }
    record::append(conn, "translation.claimed", &request.text_kind, request.text_id, &serde_json::json!({ "language": request.language }))
        .await?;
    Ok(())
}

/// A unit as the translator saves it.
pub struct NewUnit<'a> {
    pub kind: &'a str,
    pub text_id: i64,
    pub language: &'a str,
    pub unit: i64,
    pub text: &'a str,
    pub source_hash: &'a str,
    pub translator_id: i64,
    pub status: &'a str,
}

/// Saves one translated unit (a new version replaces the last: the original's hash says which it follows).
pub async fn save_unit(conn: &mut Conn, unit: &NewUnit<'_>) -> Result<()> {
    sqlx::query(
        "INSERT INTO translations (text_kind, text_id, unit, language, text, source_hash, translator_id, status, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (text_kind, text_id, language, unit) DO UPDATE SET text = excluded.text, source_hash = excluded.source_hash,
            translator_id = excluded.translator_id, status = excluded.status, updated_at = excluded.updated_at",
    )
    .bind(unit.kind)
    .bind(unit.text_id)
    .bind(unit.unit)
    .bind(unit.language)
    .bind(unit.text)
    .bind(unit.source_hash)
    .bind(unit.translator_id)
    .bind(unit.status)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if unit.status != "draft" {
        let payload = serde_json::json!({ "language": unit.language, "unit": unit.unit, "status": unit.status });
        record::append(conn, "translation.submitted", unit.kind, unit.text_id, &payload).await?;
    }
    Ok(())
}

/// A text's translated units in one language, by unit.
pub async fn units(conn: &mut Conn, kind: &str, text_id: i64, language: &str) -> Result<Vec<Unit>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{UNIT} WHERE t.text_kind = $1 AND t.text_id = $2 AND t.language = $3 ORDER BY t.unit")))
        .bind(kind)
        .bind(text_id)
        .bind(language)
        .fetch_all(conn)
        .await?)
}

/// Every translated unit of a kind of text (`text_id` 0) or of one text, by text, language and unit.
pub async fn all_units(conn: &mut Conn, kind: &str, text_id: i64) -> Result<Vec<Unit>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{UNIT} WHERE t.text_kind = $1 AND ($2 = 0 OR t.text_id = $2) ORDER BY t.text_id, t.language, t.unit"
    )))
    .bind(kind)
    .bind(text_id)
    .fetch_all(conn)
    .await?)
}

/// Approves the submitted units of a text in a language; how many.
pub async fn approve(conn: &mut Conn, kind: &str, text_id: i64, language: &str, reviewer: i64) -> Result<u64> {
    let approved = sqlx::query(
        "UPDATE translations SET status = 'approved', updated_at = $4
         WHERE text_kind = $1 AND text_id = $2 AND language = $3 AND status = 'submitted'",
    )
    .bind(kind)
    .bind(text_id)
    .bind(language)
    .bind(now())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    sqlx::query("UPDATE translation_requests SET reviewed_by = $4 WHERE text_kind = $1 AND text_id = $2 AND language = $3")
        .bind(kind)
        .bind(text_id)
        .bind(language)
        .bind(reviewer)
        .execute(&mut *conn)
        .await?;
    let payload = serde_json::json!({ "language": language, "units": approved });
    record::append(conn, "translation.approved", kind, text_id, &payload).await?;
    Ok(approved)
}
