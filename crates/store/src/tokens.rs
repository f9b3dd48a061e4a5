//! API tokens: named, scoped, revocable credentials for integrations; the database keeps only their hash.

use crate::{Conn, Result, now};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Token {
    pub id: i64,
    pub name: String,
    pub scopes: String,
    pub created_at: i64,
}

pub async fn create(conn: &mut Conn, participant_id: i64, name: &str, token_hash: &str, scopes: &[&str]) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO api_tokens (participant_id, name, token_hash, scopes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(participant_id)
    .bind(name)
    .bind(token_hash)
    .bind(scopes.join(" "))
    .bind(now())
    .fetch_one(conn)
    .await?)
}

/// The participant and scopes of a live token.
pub async fn resolve(conn: &mut Conn, token_hash: &str) -> Result<Option<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT t.participant_id, t.scopes FROM api_tokens t JOIN participants p ON p.id = t.participant_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND p.deleted_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?)
}

pub async fn of(conn: &mut Conn, participant_id: i64) -> Result<Vec<Token>> {
    Ok(sqlx::query_as("SELECT id, name, scopes, created_at FROM api_tokens WHERE participant_id = $1 AND revoked_at IS NULL ORDER BY id")
        .bind(participant_id)
        .fetch_all(conn)
        .await?)
}

pub async fn revoke(conn: &mut Conn, participant_id: i64, id: i64) -> Result<()> {
    sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND participant_id = $3")
        .bind(now())
        .bind(id)
        .bind(participant_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Revokes every live token of a participant (after a password reset): whoever held the old password may have
/// made one. Returns how many were revoked.
pub async fn revoke_all_of(conn: &mut Conn, participant_id: i64) -> Result<u64> {
    let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE participant_id = $2 AND revoked_at IS NULL")
        .bind(now())
        .bind(participant_id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
