//! The IGF Village: booth applications with their staged and published decisions, the floor plan, and the booths
//! allocated. The published selection and the allocations are on the public record.

use crate::{Conn, Result, StoreError, is_unique_violation, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Application {
    pub id: i64,
    pub cycle_id: i64,
    pub participant_id: i64,
    pub name: String,
    pub email: String,
    pub languages: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub description: String,
    pub needs: String,
    pub status: String,
    pub staged: Option<String>,
    pub submitted_at: i64,
    pub booth: Option<i64>,
}

const SELECT: &str = "SELECT a.id, a.cycle_id, a.participant_id, COALESCE(p.name, '') AS name, COALESCE(p.email, '') AS email,
    p.languages, a.organization, a.stakeholder_group, a.description, a.needs, a.status, a.staged, a.submitted_at, a.booth
    FROM village_applications a JOIN participants p ON p.id = a.participant_id";

pub async fn get(conn: &mut Conn, id: i64) -> Result<Application> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A cycle's applications, optionally of one status, in the order they came.
pub async fn list(conn: &mut Conn, cycle_id: i64, status: Option<&str>) -> Result<Vec<Application>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE a.cycle_id = $1 AND ($2 = '' OR a.status = $2) ORDER BY a.submitted_at, a.id"
    )))
    .bind(cycle_id)
    .bind(status.unwrap_or(""))
    .fetch_all(conn)
    .await?)
}

pub async fn of_participant(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<Option<Application>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.cycle_id = $1 AND a.participant_id = $2")))
        .bind(cycle_id)
        .bind(participant_id)
        .fetch_optional(conn)
        .await?)
}

pub struct NewApplication<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub organization: &'a str,
    pub stakeholder_group: &'a str,
    pub description: &'a str,
    pub needs: &'a str,
}

/// Applies, or updates the participant's application while it is undecided; the id. A decided one is a conflict.
pub async fn save(conn: &mut Conn, new: &NewApplication<'_>) -> Result<i64> {
    let existing: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM village_applications WHERE cycle_id = $1 AND participant_id = $2")
            .bind(new.cycle_id)
            .bind(new.participant_id)
            .fetch_optional(&mut *conn)
            .await?;
    match existing {
        Some((_, status)) if status != "submitted" => Err(StoreError::Conflict),
        Some((id, _)) => {
            sqlx::query(
                "UPDATE village_applications SET organization = $1, stakeholder_group = $2, description = $3, needs = $4, submitted_at = $5
                 WHERE id = $6",
            )
            .bind(new.organization)
            .bind(new.stakeholder_group)
            .bind(new.description)
            .bind(new.needs)
            .bind(now())
            .bind(id)
            .execute(conn)
            .await?;
            Ok(id)
        }
        None => sqlx::query_scalar(
            "INSERT INTO village_applications (cycle_id, participant_id, organization, stakeholder_group, description, needs, status, submitted_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'submitted', $7) RETURNING id",
        )
        .bind(new.cycle_id)
        .bind(new.participant_id)
        .bind(new.organization)
        .bind(new.stakeholder_group)
        .bind(new.description)
        .bind(new.needs)
        .bind(now())
        .fetch_one(conn)
        .await
        .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { e.into() }),
    }
}

/// Stages a decision (or clears it with None) on an undecided application.
pub async fn stage(conn: &mut Conn, id: i64, staged: Option<&str>) -> Result<()> {
    sqlx::query("UPDATE village_applications SET staged = $1 WHERE id = $2 AND status = 'submitted'")
        .bind(staged)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Publishes every staged decision of a cycle; the applications decided, for their mail. On the public record:
/// the organizations selected.
pub async fn publish(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Application>> {
    let staged: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM village_applications WHERE cycle_id = $1 AND status = 'submitted' AND staged IS NOT NULL ORDER BY id",
    )
    .bind(cycle_id)
    .fetch_all(&mut *conn)
    .await?;
    let at = now();
    for id in &staged {
        sqlx::query("UPDATE village_applications SET status = staged, staged = NULL, decided_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&mut *conn)
            .await?;
    }
    let mut decided = Vec::new();
    for id in staged {
        decided.push(get(&mut *conn, id).await?);
    }
    let selected: Vec<&str> = decided.iter().filter(|a| a.status == "selected").map(|a| a.organization.as_str()).collect();
    if !decided.is_empty() {
        let payload = serde_json::json!({ "selected": selected, "decided": decided.len() });
        record::append(conn, "village.selection-published", "cycle", cycle_id, &payload).await?;
    }
    Ok(decided)
}

/// The floor plan of a cycle's Village: (rows, columns, unusable cells as typed, comma-separated).
pub async fn plan(conn: &mut Conn, cycle_id: i64) -> Result<Option<(i64, i64, String)>> {
    Ok(sqlx::query_as("SELECT rows_count, columns_count, unusable FROM village_plans WHERE cycle_id = $1")
        .bind(cycle_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn set_plan(conn: &mut Conn, cycle_id: i64, rows: i64, columns: i64, unusable: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO village_plans (cycle_id, rows_count, columns_count, unusable) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cycle_id) DO UPDATE SET rows_count = excluded.rows_count, columns_count = excluded.columns_count, unusable = excluded.unusable",
    )
    .bind(cycle_id)
    .bind(rows)
    .bind(columns)
    .bind(unusable)
    .execute(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "rows": rows, "columns": columns, "unusable": unusable });
    record::append(conn, "village.plan-set", "cycle", cycle_id, &payload).await?;
    Ok(())
}

/// Puts an exhibitor in a booth (or out of every booth with None); a booth held by another is a conflict.
pub async fn set_booth(conn: &mut Conn, id: i64, booth: Option<i64>) -> Result<()> {
    sqlx::query("UPDATE village_applications SET booth = $1 WHERE id = $2")
        .bind(booth)
        .bind(id)
        .execute(&mut *conn)
        .await
        .map_err(|e| if is_unique_violation(&e) { StoreError::Conflict } else { StoreError::from(e) })?;
    let application = get(&mut *conn, id).await?;
    let payload = serde_json::json!({ "organization": application.organization, "booth": booth });
    record::append(conn, "village.booth-allocated", "village-application", id, &payload).await?;
    Ok(())
}
