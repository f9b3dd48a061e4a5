//! Forum-wide settings as key/value text: the forum's identity (name, intro, privacy notice, time zone …)
//! and the server secret that signs CSRF tokens, made on first run and shared by every node.

use crate::{Conn, Result};

pub async fn get(conn: &mut Conn, key: &str) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT value FROM settings WHERE key = $1").bind(key).fetch_optional(conn).await?)
}

pub async fn set(conn: &mut Conn, key: &str, value: &str) -> Result<()> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(key)
        .bind(value)
        .execute(conn)
        .await?;
    Ok(())
}

/// Returns the stored value, or stores `make()` if there is none; two nodes starting together agree on one.
pub async fn get_or_init(conn: &mut Conn, key: &str, make: impl FnOnce() -> String) -> Result<String> {
    sqlx::query("INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
        .bind(key)
        .bind(make())
        .execute(&mut *conn)
        .await?;
    Ok(get(conn, key).await?.unwrap_or_default())
}

pub async fn all(conn: &mut Conn) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as("SELECT key, value FROM settings ORDER BY key").fetch_all(conn).await?)
}
