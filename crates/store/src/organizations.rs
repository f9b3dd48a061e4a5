//! Organizations participants belong to: public by nature, listed in the directory, recorded publicly.

use crate::{Conn, Result, StoreError, is_unique_violation, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize, utoipa::ToSchema)]
pub struct Organization {
    pub id: i64,
    pub name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub website: String,
    pub participants: i64,
}

#[derive(Debug, Clone)]
pub struct NewOrganization {
    pub name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub website: String,
}

/// The key two organization names collide on: case, spacing and punctuation do not make a new organization.
pub fn name_key(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

const SELECT: &str = "SELECT o.id, o.name, o.stakeholder_group, o.country, o.website,
    (SELECT COUNT(*) FROM participants p WHERE p.organization_id = o.id AND p.deleted_at IS NULL) AS participants
    FROM organizations o";

pub async fn by_name(conn: &mut Conn, name: &str) -> Result<Option<Organization>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.name_key = $1"))).bind(name_key(name)).fetch_optional(conn).await?)
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Organization> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE o.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn create(conn: &mut Conn, org: &NewOrganization) -> Result<i64> {
    let inserted = sqlx::query_scalar("INSERT INTO organizations (name, name_key, stakeholder_group, country, website, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
        .bind(&org.name)
        .bind(name_key(&org.name))
        .bind(&org.stakeholder_group)
        .bind(&org.country)
        .bind(&org.website)
        .bind(now())
        .fetch_one(&mut *conn)
        .await;
    let id: i64 = match inserted {
        Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict),
        other => other?,
    };
    let payload =
        serde_json::json!({ "name": org.name, "stakeholder_group": org.stakeholder_group, "country": org.country, "website": org.website });
    record::append(conn, "organization.created", "organization", id, &payload).await?;
    Ok(id)
}

/// The organization of that name, created with the given details if it does not exist yet.
pub async fn find_or_create(conn: &mut Conn, org: &NewOrganization) -> Result<i64> {
    if let Some(existing) = by_name(&mut *conn, &org.name).await? {
        return Ok(existing.id);
    }
    create(conn, org).await
}

/// Filters of the public directory; empty strings mean "any".
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub stakeholder_group: String,
    pub country: String,
    pub name: String,
    /// Cursor pagination for the API: only ids after this one, in id order (else by name).
    pub after_id: Option<i64>,
}

pub async fn list(conn: &mut Conn, filter: &Filter, limit: i64, offset: i64) -> Result<Vec<Organization>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE ($1 = '' OR o.stakeholder_group = $1) AND ($2 = '' OR o.country = $2) AND ($3 = '' OR o.name_key LIKE $3)
           AND ($6 < 0 OR o.id > $6)
         ORDER BY CASE WHEN $6 < 0 THEN o.name_key ELSE '' END, o.id LIMIT $4 OFFSET $5"
    )))
    .bind(&filter.stakeholder_group)
    .bind(&filter.country)
    .bind(like_pattern(&filter.name))
    .bind(limit)
    .bind(offset)
    .bind(filter.after_id.unwrap_or(-1))
    .fetch_all(conn)
    .await?)
}

/// A `LIKE` pattern matching a name key containing the typed words; empty stays empty (no filter).
pub(crate) fn like_pattern(typed: &str) -> String {
    let key = name_key(typed).replace(['%', '_'], "");
    if key.is_empty() { String::new() } else { format!("%{key}%") }
}
