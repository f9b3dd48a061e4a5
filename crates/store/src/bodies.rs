//! The ecosystem registry: bodies with their kind, scope, contact and the issues they handle.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Body {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub scope: String,
    pub issues: String,
    #[serde(skip)]
    pub contact_email: String,
    pub website: String,
}

impl Body {
    pub fn label(&self) -> String {
        if self.acronym.is_empty() { self.name.clone() } else { format!("{} ({})", self.name, self.acronym) }
    }
}

const COLUMNS: &str = "id, name, acronym, kind, scope, issues, contact_email, website";

#[derive(Debug, Clone, Default)]
pub struct NewBody {
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub scope: String,
    pub issues: String,
    pub contact_email: String,
    pub website: String,
}

/// Adds a body, or updates the one with the same name.
pub async fn save(conn: &mut Conn, b: &NewBody) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO bodies (name, acronym, kind, scope, issues, contact_email, website, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (name) DO UPDATE SET acronym = excluded.acronym, kind = excluded.kind, scope = excluded.scope,
            issues = excluded.issues, contact_email = excluded.contact_email, website = excluded.website, updated_at = excluded.updated_at
         RETURNING id",
    )
    .bind(&b.name)
    .bind(&b.acronym)
    .bind(&b.kind)
    .bind(&b.scope)
    .bind(&b.issues)
    .bind(&b.contact_email)
    .bind(&b.website)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "body.saved", "body", id, &serde_json::json!({ "name": b.name, "kind": b.kind, "issues": b.issues })).await?;
    Ok(id)
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Body>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM bodies ORDER BY name"))).fetch_all(conn).await?)
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Body> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM bodies WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Seeds the registry with the main Internet bodies when it is empty (a new forum starts with them).
pub async fn seed(conn: &mut Conn) -> Result<()> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM bodies").fetch_one(&mut *conn).await?;
    if count > 0 {
        return Ok(());
    }
    for b in agora_domain::bodies::SEED {
        let body = NewBody {
            name: b.name.into(),
            acronym: b.acronym.into(),
            kind: b.kind.code().into(),
            scope: b.scope.into(),
            issues: b.issues.into(),
            contact_email: String::new(),
            website: b.website.into(),
        };
        save(conn, &body).await?;
    }
    Ok(())
}
