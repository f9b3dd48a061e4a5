//! A group's documents, each with every version kept: saving never overwrites, it adds a version and bumps
//! the document's current number, so any earlier text can be read again with its author and change note.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Document {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Version {
    pub document_id: i64,
    pub version: i64,
    pub title: String,
    pub body: String,
    pub note: String,
    pub author_id: Option<i64>,
    pub author: String,
    pub at: i64,
}

/// Creates a document with its first version.
pub async fn create(conn: &mut Conn, group_id: i64, title: &str, body: &str, note: &str, author_id: Option<i64>) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO group_documents (group_id, title, version, created_at, updated_at) VALUES ($1, $2, 1, $3, $3) RETURNING id",
    )
    .bind(group_id)
    .bind(title)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    insert_version(conn, id, 1, title, body, note, author_id, at).await?;
    record::append(conn, "document.created", "group", group_id, &serde_json::json!({ "document": id, "title": title })).await?;
    Ok(id)
}

/// Saves a new version; the earlier ones stay as they were. Returns the new version's number.
pub async fn save_version(conn: &mut Conn, id: i64, title: &str, body: &str, note: &str, author_id: Option<i64>) -> Result<i64> {
    let at = now();
    // Bumping first takes the row's write lock, so two saves at once get two numbers, never the same one.
    let version: Option<i64> =
        sqlx::query_scalar("UPDATE group_documents SET version = version + 1, title = $2, updated_at = $3 WHERE id = $1 RETURNING version")
            .bind(id)
            .bind(title)
            .bind(at)
            .fetch_optional(&mut *conn)
            .await?;
    let version = version.ok_or(StoreError::NotFound)?;
    insert_version(conn, id, version, title, body, note, author_id, at).await?;
    record::append(
        conn,
        "document.version-saved",
        "document",
        id,
        &serde_json::json!({ "version": version, "title": title, "note": note }),
    )
    .await?;
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
async fn insert_version(
    conn: &mut Conn,
    id: i64,
    version: i64,
    title: &str,
    body: &str,
    note: &str,
    author_id: Option<i64>,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO document_versions (document_id, version, title, body, note, author_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(id)
    .bind(version)
    .bind(title)
    .bind(body)
    .bind(note)
    .bind(author_id)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Document> {
    sqlx::query_as("SELECT id, group_id, title, version, created_at, updated_at FROM group_documents WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A group's documents, the most recently changed first.
pub async fn list(conn: &mut Conn, group_id: i64) -> Result<Vec<Document>> {
    Ok(sqlx::query_as(
        "SELECT id, group_id, title, version, created_at, updated_at FROM group_documents WHERE group_id = $1 ORDER BY updated_at DESC, id DESC",
    )
    .bind(group_id)
    .fetch_all(conn)
    .await?)
}

pub async fn version(conn: &mut Conn, id: i64, version: i64) -> Result<Version> {
    sqlx::query_as(
        "SELECT v.document_id, v.version, v.title, v.body, v.note, v.author_id, COALESCE(p.name, '') AS author, v.at
         FROM document_versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = $1 AND v.version = $2",
    )
    .bind(id)
    .bind(version)
    .fetch_optional(conn)
    .await?
    .ok_or(StoreError::NotFound)
}

/// Every version of a document, the newest first.
pub async fn versions(conn: &mut Conn, id: i64) -> Result<Vec<Version>> {
    Ok(sqlx::query_as(
        "SELECT v.document_id, v.version, v.title, v.body, v.note, v.author_id, COALESCE(p.name, '') AS author, v.at
         FROM document_versions v LEFT JOIN participants p ON p.id = v.author_id WHERE v.document_id = $1 ORDER BY v.version DESC",
    )
    .bind(id)
    .fetch_all(conn)
    .await?)
}
