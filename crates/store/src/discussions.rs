//! A group's public discussion archive: threads and their posts.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Thread {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub created_at: i64,
    pub last_post_at: i64,
    pub posts: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Post {
    pub id: i64,
    pub thread_id: i64,
    pub author_id: Option<i64>,
    pub author: String,
    pub body: String,
    pub created_at: i64,
}

/// Starts a thread with its first post.
pub async fn start(conn: &mut Conn, group_id: i64, title: &str, author_id: Option<i64>, body: &str) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO group_threads (group_id, title, created_by, created_at, last_post_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(group_id)
    .bind(title)
    .bind(author_id)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "thread.started", "group", group_id, &serde_json::json!({ "thread": id, "title": title })).await?;
    reply(conn, id, author_id, body).await?;
    Ok(id)
}

/// Adds a post to a thread.
pub async fn reply(conn: &mut Conn, thread_id: i64, author_id: Option<i64>, body: &str) -> Result<i64> {
    let at = now();
    let done = sqlx::query("UPDATE group_threads SET posts = posts + 1, last_post_at = $2 WHERE id = $1")
        .bind(thread_id)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    let id: i64 =
        sqlx::query_scalar("INSERT INTO group_posts (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(thread_id)
            .bind(author_id)
            .bind(body)
            .bind(at)
            .fetch_one(&mut *conn)
            .await?;
    record::append(conn, "post.added", "thread", thread_id, &serde_json::json!({ "post": id })).await?;
    Ok(id)
}

pub async fn thread(conn: &mut Conn, id: i64) -> Result<Thread> {
    sqlx::query_as("SELECT id, group_id, title, created_at, last_post_at, posts FROM group_threads WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn threads(conn: &mut Conn, group_id: i64) -> Result<Vec<Thread>> {
    Ok(sqlx::query_as(
        "SELECT id, group_id, title, created_at, last_post_at, posts FROM group_threads WHERE group_id = $1 ORDER BY last_post_at DESC, id DESC",
    )
    .bind(group_id)
    .fetch_all(conn)
    .await?)
}

const POST_COLUMNS: &str = "SELECT g.id, g.thread_id, g.author_id, COALESCE(p.name, '') AS author, g.body, g.created_at
    FROM group_posts g LEFT JOIN participants p ON p.id = g.author_id";

pub async fn posts(conn: &mut Conn, thread_id: i64) -> Result<Vec<Post>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{POST_COLUMNS} WHERE g.thread_id = $1 ORDER BY g.id")))
        .bind(thread_id)
        .fetch_all(conn)
        .await?)
}

/// The posts a participant wrote, for their own data export.
pub async fn posts_of(conn: &mut Conn, author_id: i64) -> Result<Vec<Post>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{POST_COLUMNS} WHERE g.author_id = $1 ORDER BY g.id")))
        .bind(author_id)
        .fetch_all(conn)
        .await?)
}

/// Who is told of a new post: every current member of the group (observers follow too) but its author, with
/// the languages they speak so the mail can be in one of them.
pub async fn recipients(conn: &mut Conn, group_id: i64, author_id: i64) -> Result<Vec<(String, String)>> {
    Ok(sqlx::query_as(
        "SELECT p.email, p.languages FROM group_members m JOIN participants p ON p.id = m.participant_id
         WHERE m.group_id = $1 AND m.left_at IS NULL AND p.deleted_at IS NULL AND p.email IS NOT NULL AND p.email <> ''
           AND p.id <> $2
         ORDER BY p.id",
    )
    .bind(group_id)
    .bind(author_id)
    .fetch_all(conn)
    .await?)
}
