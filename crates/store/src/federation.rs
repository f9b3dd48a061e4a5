//! NRI federation: the forum's own annual reports (what its signed feed publishes), and on the global instance
//! the subscriptions of NRI groups to their feeds with the items of the last feed that verified. A refused feed
//! stores nothing but the refusal.

use crate::{Conn, Result, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct AnnualReport {
    pub year: i64,
    pub text: String,
    pub filed_at: i64,
}

/// Files (or replaces) the forum's annual report for a year, on the public record.
pub async fn file_report(conn: &mut Conn, year: i64, text: &str, by: i64) -> Result<()> {
    let at = now();
    sqlx::query(
        "INSERT INTO forum_annual_reports (year, text, filed_by, filed_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (year) DO UPDATE SET text = excluded.text, filed_by = excluded.filed_by, filed_at = excluded.filed_at",
    )
    .bind(year)
    .bind(text)
    .bind(by)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    record::append(conn, "federation.annual-report", "forum", 0, &serde_json::json!({ "year": year, "by": by })).await?;
    Ok(())
}

/// The settings that say which NRI this forum is, published in its feed.
pub const COUNTRY_KEY: &str = "federation.country";
pub const LEVEL_KEY: &str = "federation.nri_level";

/// Sets the forum's country and NRI level, on the public record (its feed changes with them).
pub async fn set_identity(conn: &mut Conn, country: &str, nri_level: &str) -> Result<()> {
    crate::settings::set(conn, COUNTRY_KEY, country).await?;
    crate::settings::set(conn, LEVEL_KEY, nri_level).await?;
    record::append(conn, "federation.identity", "forum", 0, &serde_json::json!({ "country": country, "nri_level": nri_level })).await?;
    Ok(())
}

/// The forum's annual reports, newest year first.
pub async fn reports(conn: &mut Conn) -> Result<Vec<AnnualReport>> {
    Ok(sqlx::query_as("SELECT year, text, filed_at FROM forum_annual_reports ORDER BY year DESC").fetch_all(conn).await?)
}

/// An NRI group's subscription to its feed, with the outcome of the last fetches.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Subscription {
    pub group_id: i64,
    pub url: String,
    pub public_key: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub last_fetch_at: Option<i64>,
    pub last_ok_at: Option<i64>,
    pub payload_digest: String,
    pub forum_name: String,
    pub generated_at: Option<i64>,
    pub error_code: String,
    pub error_detail: String,
    pub error_at: Option<i64>,
}

impl Subscription {
    /// "ok" once a feed verified and none has been refused since; "error" after a refusal; "pending" before any fetch.
    pub fn status(&self) -> &'static str {
        if !self.error_code.is_empty() {
            "error"
        } else if self.last_ok_at.is_some() {
            "ok"
        } else {
            "pending"
        }
    }
}

const COLUMNS: &str = "group_id, url, public_key, created_at, updated_at, last_fetch_at, last_ok_at, payload_digest, forum_name, \
                       generated_at, error_code, error_detail, error_at";

/// Sets a group's feed URL and pinned key. A new URL or key starts afresh: what the old feed said is dropped.
pub async fn subscribe(conn: &mut Conn, group_id: i64, url: &str, public_key: &str, by: i64) -> Result<()> {
    let at = now();
    let changed = match get(conn, group_id).await? {
        Some(s) => s.url != url || s.public_key != public_key,
        None => true,
    };
    if !changed {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO nri_feeds (group_id, url, public_key, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (group_id) DO UPDATE SET url = excluded.url, public_key = excluded.public_key,
         updated_at = excluded.updated_at, last_fetch_at = NULL, last_ok_at = NULL, payload_digest = '', forum_name = '',
         generated_at = NULL, error_code = '', error_detail = '', error_at = NULL",
    )
    .bind(group_id)
    .bind(url)
    .bind(public_key)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM nri_feed_items WHERE group_id = $1").bind(group_id).execute(&mut *conn).await?;
    record::append(conn, "nri-feed.subscribed", "group", group_id, &serde_json::json!({ "url": url, "key": public_key, "by": by })).await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, group_id: i64) -> Result<Option<Subscription>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM nri_feeds WHERE group_id = $1")))
        .bind(group_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn subscriptions(conn: &mut Conn) -> Result<Vec<Subscription>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM nri_feeds ORDER BY group_id"))).fetch_all(conn).await?)
}

/// An item of a verified feed, as stored.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Item {
    pub kind: String,
    pub item_key: String,
    pub title: String,
    pub text: String,
    pub data: String,
    pub at: Option<i64>,
    pub received_at: i64,
}

/// An item to store from a verified feed.
pub struct NewItem {
    pub kind: &'static str,
    pub key: String,
    pub title: String,
    pub text: String,
    pub data: serde_json::Value,
    pub at: Option<i64>,
}

/// What a verified feed said about its forum.
pub struct Accepted<'a> {
    pub digest: &'a str,
    pub forum_name: &'a str,
    pub generated_at: i64,
    pub items: &'a [NewItem],
}

/// Stores a verified feed in place of the last one. A feed identical to the last accepted one only notes the fetch;
/// a changed one replaces the items and goes on the public record. Returns whether anything changed.
pub async fn accept(conn: &mut Conn, group_id: i64, feed: &Accepted<'_>) -> Result<bool> {
    let at = now();
    let before = get(conn, group_id).await?;
    let unchanged = before.as_ref().is_some_and(|s| s.payload_digest == feed.digest && s.error_code.is_empty());
    sqlx::query(
        "UPDATE nri_feeds SET last_fetch_at = $2, last_ok_at = $2, payload_digest = $3, forum_name = $4, generated_at = $5,
         error_code = '', error_detail = '', error_at = NULL WHERE group_id = $1",
    )
    .bind(group_id)
    .bind(at)
    .bind(feed.digest)
    .bind(feed.forum_name)
    .bind(feed.generated_at)
    .execute(&mut *conn)
    .await?;
    if unchanged {
        return Ok(false);
    }
    if before.as_ref().is_none_or(|s| s.payload_digest != feed.digest) {
        sqlx::query("DELETE FROM nri_feed_items WHERE group_id = $1").bind(group_id).execute(&mut *conn).await?;
        for item in feed.items {
            sqlx::query(
                // A fetch by another node at the same moment may have written the same items: the last one wins.
                "INSERT INTO nri_feed_items (group_id, kind, item_key, title, text, data, at, received_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                 ON CONFLICT (group_id, kind, item_key) DO UPDATE SET title = excluded.title, text = excluded.text,
                 data = excluded.data, at = excluded.at, received_at = excluded.received_at",
            )
            .bind(group_id)
            .bind(item.kind)
            .bind(&item.key)
            .bind(&item.title)
            .bind(&item.text)
            .bind(item.data.to_string())
            .bind(item.at)
            .bind(at)
            .execute(&mut *conn)
            .await?;
        }
    }
    let payload = serde_json::json!({ "digest": feed.digest, "generated_at": feed.generated_at, "items": feed.items.len() });
    record::append(conn, "nri-feed.accepted", "group", group_id, &payload).await?;
    Ok(true)
}

/// Notes a refused feed: nothing of it is kept but the reason. A refusal goes on the public record when it is new
/// (another reason than the last, or the first after a feed that verified), so a worker retrying does not flood it.
pub async fn refuse(conn: &mut Conn, group_id: i64, code: &str, detail: &str) -> Result<bool> {
    let at = now();
    let before = get(conn, group_id).await?;
    let new = before.as_ref().is_none_or(|s| s.error_code != code || s.error_detail != detail);
    sqlx::query("UPDATE nri_feeds SET last_fetch_at = $2, error_code = $3, error_detail = $4, error_at = $2 WHERE group_id = $1")
        .bind(group_id)
        .bind(at)
        .bind(code)
        .bind(detail)
        .execute(&mut *conn)
        .await?;
    if new {
        record::append(conn, "nri-feed.refused", "group", group_id, &serde_json::json!({ "reason": code, "detail": detail })).await?;
    }
    Ok(new)
}

/// The items of a group's last verified feed: reports by year (newest first), then the rest in feed order.
pub async fn items(conn: &mut Conn, group_id: i64) -> Result<Vec<Item>> {
    Ok(sqlx::query_as(
        "SELECT kind, item_key, title, text, data, at, received_at FROM nri_feed_items WHERE group_id = $1
         ORDER BY kind, at DESC, id",
    )
    .bind(group_id)
    .fetch_all(conn)
    .await?)
}
