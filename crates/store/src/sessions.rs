//! Server-side login sessions. The cookie holds a random token; the database holds only its hash, so a leaked
//! database does not let anyone in.

use crate::{Conn, Result, now};

pub async fn create(conn: &mut Conn, token_hash: &str, participant_id: i64, lifetime_secs: i64) -> Result<()> {
    let at = now();
    sqlx::query("INSERT INTO login_sessions (token_hash, participant_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(participant_id)
        .bind(at)
        .bind(at + lifetime_secs)
        .execute(conn)
        .await?;
    Ok(())
}

/// The participant a live session belongs to.
pub async fn participant(conn: &mut Conn, token_hash: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT participant_id FROM login_sessions WHERE token_hash = $1 AND expires_at > $2")
        .bind(token_hash)
        .bind(now())
        .fetch_optional(conn)
        .await?)
}

pub async fn delete(conn: &mut Conn, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM login_sessions WHERE token_hash = $1").bind(token_hash).execute(conn).await?;
    Ok(())
}

/// Ends every session of a participant: after a password reset or account deletion.
pub async fn delete_all_of(conn: &mut Conn, participant_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM login_sessions WHERE participant_id = $1").bind(participant_id).execute(conn).await?;
    Ok(())
}

pub async fn delete_expired(conn: &mut Conn) -> Result<u64> {
    Ok(sqlx::query("DELETE FROM login_sessions WHERE expires_at <= $1").bind(now()).execute(conn).await?.rows_affected())
}
