//! The mail outbox: a message is queued in the same transaction as the action that causes it, and a worker
//! delivers it afterwards, so a crash neither loses an acknowledged mail nor sends one for a rolled-back action.

use crate::{Backend, Conn, Result, now};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Mail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

pub async fn enqueue(conn: &mut Conn, recipient: &str, subject: &str, body: &str) -> Result<i64> {
    let at = now();
    Ok(sqlx::query_scalar(
        "INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(at)
    .fetch_one(conn)
    .await?)
}

/// Claims up to `limit` mails that are due, for `lease_secs`: their next attempt moves past the lease, so no other
/// worker — on this node or another — takes them meanwhile, and a worker that dies leaves them to be retried
/// once the lease ends. On PostgreSQL the rows another node is claiming are skipped, not waited for.
pub async fn claim(conn: &mut Conn, backend: Backend, limit: i64, lease_secs: i64) -> Result<Vec<Mail>> {
    let skip_locked = if backend == Backend::Postgres { "FOR UPDATE SKIP LOCKED" } else { "" };
    let sql = format!(
        "UPDATE mail_outbox SET next_attempt_at = $1
         WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $2 ORDER BY id LIMIT $3 {skip_locked})
         RETURNING id, recipient, subject, body, attempts"
    );
    let at = now();
    let mut mails: Vec<Mail> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(at + lease_secs).bind(at).bind(limit).fetch_all(conn).await?;
    mails.sort_by_key(|m| m.id);
    Ok(mails)
}

/// Marks a mail sent; false if another worker got there first.
pub async fn mark_sent(conn: &mut Conn, id: i64) -> Result<bool> {
    let done = sqlx::query("UPDATE mail_outbox SET sent_at = $1, attempts = attempts + 1 WHERE id = $2 AND sent_at IS NULL")
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a failed attempt and backs off exponentially (1 min, 2, 4 … capped at 6 h).
pub async fn mark_failed(conn: &mut Conn, mail: &Mail, error: &str) -> Result<()> {
    let backoff = 60i64 << mail.attempts.clamp(0, 8);
    sqlx::query("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2 WHERE id = $3")
        .bind(now() + backoff.min(6 * 3600))
        .bind(error)
        .bind(mail.id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn pending_count(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").fetch_one(conn).await?)
}
