//! Recommendations addressed to bodies: each addressed body's status with its dated events (the Secretariat's
//! moves and the body's answers), the response link a body answers through (one use, then a fresh one), and
//! the links already spent, so a reused link can say so.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Recommendation {
    pub id: i64,
    pub cycle_id: Option<i64>,
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub source: String,
    pub source_id: Option<i64>,
    pub action_lines: String,
    pub sdgs: String,
    pub issues: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, cycle_id, title, text, rationale, source, source_id, action_lines, sdgs, issues, created_at, updated_at";

#[derive(Debug, Clone, Default)]
pub struct NewRecommendation {
    pub cycle_id: Option<i64>,
    pub title: String,
    pub text: String,
    pub rationale: String,
    pub source: String,
    pub source_id: Option<i64>,
    pub action_lines: String,
    pub sdgs: String,
    pub issues: String,
    pub created_by: Option<i64>,
}

/// Where one addressed body stands.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Addressed {
    pub recommendation_id: i64,
    pub body_id: i64,
    pub status: String,
    #[serde(skip)]
    pub token_expires_at: Option<i64>,
    pub last_contact_at: Option<i64>,
    pub updated_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Event {
    pub id: i64,
    pub recommendation_id: i64,
    pub body_id: i64,
    pub status: String,
    pub response: String,
    pub link: String,
    pub actor: String,
    pub at: i64,
}

pub async fn create(conn: &mut Conn, r: &NewRecommendation, bodies: &[i64]) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO recommendations (cycle_id, title, text, rationale, source, source_id, action_lines, sdgs, issues, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(r.cycle_id)
    .bind(&r.title)
    .bind(&r.text)
    .bind(&r.rationale)
    .bind(&r.source)
    .bind(r.source_id)
    .bind(&r.action_lines)
    .bind(&r.sdgs)
    .bind(&r.issues)
    .bind(r.created_by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    for body in bodies {
        sqlx::query("INSERT INTO recommendation_bodies (recommendation_id, body_id, status, updated_at) VALUES ($1, $2, 'drafted', $3)")
            .bind(id)
            .bind(body)
            .bind(at)
            .execute(&mut *conn)
            .await?;
        add_event(conn, id, *body, "drafted", "", "", "secretariat", at).await?;
    }
    let payload = serde_json::json!({ "title": r.title, "bodies": bodies, "action_lines": r.action_lines, "sdgs": r.sdgs });
    record::append(conn, "recommendation.drafted", "recommendation", id, &payload).await?;
    Ok(id)
}

#[allow(clippy::too_many_arguments)]
async fn add_event(conn: &mut Conn, id: i64, body: i64, status: &str, response: &str, link: &str, actor: &str, at: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO recommendation_events (recommendation_id, body_id, status, response, link, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(body)
    .bind(status)
    .bind(response)
    .bind(link)
    .bind(actor)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Moves an addressed body to `status` with what it said, dated now. The caller checked the move is allowed.
pub async fn move_to(conn: &mut Conn, id: i64, body: i64, status: &str, actor: &str, response: &str, link: &str) -> Result<()> {
    let at = now();
    let changed = sqlx::query(
        "UPDATE recommendation_bodies SET status = $3, updated_at = $4, last_contact_at = $4 WHERE recommendation_id = $1 AND body_id = $2",
    )
    .bind(id)
    .bind(body)
    .bind(status)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    add_event(conn, id, body, status, response, link, actor, at).await?;
    sqlx::query("UPDATE recommendations SET updated_at = $2 WHERE id = $1").bind(id).bind(at).execute(&mut *conn).await?;
    let payload = serde_json::json!({ "body": body, "status": status, "actor": actor, "response": response, "link": link });
    record::append(conn, "recommendation.status", "recommendation", id, &payload).await?;
    Ok(())
}

/// Gives a body a fresh response link (its hash and expiry), replacing any unused one.
pub async fn issue_link(conn: &mut Conn, id: i64, body: i64, token_hash: &str, expires_at: i64) -> Result<()> {
    sqlx::query("UPDATE recommendation_bodies SET token_hash = $3, token_expires_at = $4 WHERE recommendation_id = $1 AND body_id = $2")
        .bind(id)
        .bind(body)
        .bind(token_hash)
        .bind(expires_at)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn by_link(conn: &mut Conn, token_hash: &str) -> Result<Option<Addressed>> {
    Ok(sqlx::query_as(
        "SELECT recommendation_id, body_id, status, token_expires_at, last_contact_at, updated_at FROM recommendation_bodies WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

/// Marks a link used: it no longer answers, and says when it was used. False when another request spent it
/// first (the UPDATE waits for that one's commit and then finds no row), so only one use of a link ever counts.
pub async fn spend_link(conn: &mut Conn, token_hash: &str, id: i64, body: i64) -> Result<bool> {
    let spent = sqlx::query("UPDATE recommendation_bodies SET token_hash = NULL WHERE token_hash = $1")
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    if spent.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO spent_response_links (token_hash, recommendation_id, body_id, spent_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(id)
        .bind(body)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(true)
}

/// When a link was spent, if it was.
pub async fn spent_at(conn: &mut Conn, token_hash: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT spent_at FROM spent_response_links WHERE token_hash = $1").bind(token_hash).fetch_optional(conn).await?)
}

pub async fn note_reminder(conn: &mut Conn, id: i64, body: i64) -> Result<()> {
    sqlx::query("UPDATE recommendation_bodies SET last_contact_at = $3 WHERE recommendation_id = $1 AND body_id = $2")
        .bind(id)
        .bind(body)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Recommendation> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM recommendations WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Recommendation>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM recommendations ORDER BY id DESC"))).fetch_all(conn).await?)
}

/// Every addressed body of every recommendation, or of one.
pub async fn addressed(conn: &mut Conn, recommendation_id: Option<i64>) -> Result<Vec<Addressed>> {
    Ok(sqlx::query_as(
        "SELECT recommendation_id, body_id, status, token_expires_at, last_contact_at, updated_at FROM recommendation_bodies
         WHERE ($1 IS NULL OR recommendation_id = $1) ORDER BY recommendation_id, body_id",
    )
    .bind(recommendation_id)
    .fetch_all(conn)
    .await?)
}

pub async fn events(conn: &mut Conn, recommendation_id: Option<i64>) -> Result<Vec<Event>> {
    Ok(sqlx::query_as(
        "SELECT id, recommendation_id, body_id, status, response, link, actor, at FROM recommendation_events
         WHERE ($1 IS NULL OR recommendation_id = $1) ORDER BY at DESC, id DESC",
    )
    .bind(recommendation_id)
    .fetch_all(conn)
    .await?)
}
