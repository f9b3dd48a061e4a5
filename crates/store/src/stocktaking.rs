//! WSIS stocktaking: registered projects and their review; commitments with their milestones, the dated updates
//! their owners make through a one-time link (spent links kept, so a reused one says when it was used).
//! Lists are stored comma-separated, as recommendations' tags are.

use crate::{Conn, Result, StoreError, now, record};
use agora_domain::stocktaking::{Commitment as NewCommitment, Project as NewProject};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Project {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub countries: String,
    pub action_lines: String,
    pub sdgs: String,
    pub gdc_objectives: String,
    pub starts_on: String,
    pub ends_on: String,
    pub status: String,
    pub links: String,
    #[serde(skip)]
    pub contact_email: String,
    pub language: String,
    pub review: String,
    #[serde(skip)]
    pub review_note: String,
    #[serde(skip)]
    pub submitted_by: Option<i64>,
    pub submitted_at: i64,
    pub reviewed_at: Option<i64>,
}

const PROJECT_COLUMNS: &str = "id, title, description, organization, stakeholder_group, countries, action_lines, sdgs, gdc_objectives, \
     starts_on, ends_on, status, links, contact_email, language, review, review_note, submitted_by, submitted_at, reviewed_at";

fn join<T: ToString>(items: &[T]) -> String {
    items.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

/// Splits a stored comma-separated list.
pub fn split(list: &str) -> Vec<String> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

/// Registers a project for review (pending: not public, not on the record until validated).
pub async fn register(conn: &mut Conn, p: &NewProject, submitted_by: Option<i64>, review: &str) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO projects (title, description, organization, stakeholder_group, countries, action_lines, sdgs, gdc_objectives,
            starts_on, ends_on, status, links, contact_email, language, review, review_note, submitted_by, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, '', $16, $17) RETURNING id",
    )
    .bind(&p.title)
    .bind(&p.description)
    .bind(&p.organization)
    .bind(p.stakeholder_group.code())
    .bind(join(&p.countries))
    .bind(join(&p.action_lines))
    .bind(join(&p.sdgs))
    .bind(join(&p.gdc_objectives))
    .bind(&p.starts_on)
    .bind(&p.ends_on)
    .bind(p.status.code())
    .bind(p.links.join("\n"))
    .bind(&p.contact_email)
    .bind(&p.language)
    .bind(review)
    .bind(submitted_by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    if review == "validated" {
        append_validated(conn, id).await?;
    }
    Ok(id)
}

async fn append_validated(conn: &mut Conn, id: i64) -> Result<()> {
    let p = get(conn, id).await?;
    let payload = serde_json::json!({
        "title": p.title, "organization": p.organization, "countries": p.countries, "action_lines": p.action_lines,
        "sdgs": p.sdgs, "gdc_objectives": p.gdc_objectives, "status": p.status,
    });
    record::append(conn, "project.validated", "project", id, &payload).await?;
    Ok(())
}

/// Records the Secretariat's review of a pending project. Conflict when it was already reviewed.
pub async fn review(conn: &mut Conn, id: i64, review: &str, note: &str, by: i64) -> Result<()> {
    let changed = sqlx::query(
        "UPDATE projects SET review = $2, review_note = $3, reviewed_by = $4, reviewed_at = $5 WHERE id = $1 AND review = 'pending'",
    )
    .bind(id)
    .bind(review)
    .bind(note)
    .bind(by)
    .bind(now())
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        get(conn, id).await?;
        return Err(StoreError::Conflict);
    }
    if review == "validated" {
        append_validated(conn, id).await?;
    }
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Project> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Projects under one review state, oldest first for the queue, newest first otherwise.
pub async fn by_review(conn: &mut Conn, review: &str) -> Result<Vec<Project>> {
    let order = if review == "pending" { "ASC" } else { "DESC" };
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {PROJECT_COLUMNS} FROM projects WHERE review = $1 ORDER BY id {order}")))
        .bind(review)
        .fetch_all(conn)
        .await?)
}

/// A validated project's facet columns only: what the register searches.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FacetRow {
    pub id: i64,
    pub stakeholder_group: String,
    pub countries: String,
    pub action_lines: String,
    pub sdgs: String,
    pub gdc_objectives: String,
    pub status: String,
}

pub async fn validated_facets(conn: &mut Conn) -> Result<Vec<FacetRow>> {
    Ok(sqlx::query_as(
        "SELECT id, stakeholder_group, countries, action_lines, sdgs, gdc_objectives, status FROM projects
         WHERE review = 'validated' ORDER BY id DESC",
    )
    .fetch_all(conn)
    .await?)
}

/// The validated projects with these ids, in the order given.
pub async fn projects_by_id(conn: &mut Conn, ids: &[i64]) -> Result<Vec<Project>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows: Vec<Project> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {PROJECT_COLUMNS} FROM projects WHERE review = 'validated' AND id IN ({list})"
    )))
    .fetch_all(conn)
    .await?;
    Ok(ids.iter().filter_map(|id| rows.iter().find(|r| r.id == *id).cloned()).collect())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Commitment {
    pub id: i64,
    pub owner: String,
    pub owner_kind: String,
    #[serde(skip)]
    pub contact_email: String,
    pub title: String,
    pub description: String,
    pub due_on: String,
    pub gdc_objective: i64,
    pub action_line: String,
    pub sdg: i64,
    #[serde(skip)]
    pub token_expires_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

const COMMITMENT_COLUMNS: &str = "id, owner, owner_kind, contact_email, title, description, due_on, gdc_objective, action_line, sdg, token_expires_at, created_at, updated_at";

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Milestone {
    pub id: i64,
    pub commitment_id: i64,
    pub position: i64,
    pub title: String,
    pub due_on: String,
    pub state: String,
    pub evidence: String,
    pub updated_at: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Update {
    pub id: i64,
    pub commitment_id: i64,
    pub milestone_id: i64,
    pub state: String,
    pub evidence: String,
    pub note: String,
    pub at: i64,
}

/// Records a commitment with its milestones (all planned) and its first update link.
pub async fn create_commitment(conn: &mut Conn, c: &NewCommitment, by: Option<i64>, token_hash: &str, expires_at: i64) -> Result<i64> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO commitments (owner, owner_kind, contact_email, title, description, due_on, gdc_objective, action_line, sdg,
            token_hash, token_expires_at, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
    )
    .bind(&c.owner)
    .bind(c.owner_kind.code())
    .bind(&c.contact_email)
    .bind(&c.title)
    .bind(&c.description)
    .bind(&c.due_on)
    .bind(i64::from(c.gdc_objective))
    .bind(&c.action_line)
    .bind(i64::from(c.sdg))
    .bind(token_hash)
    .bind(expires_at)
    .bind(by)
    .bind(at)
    .fetch_one(&mut *conn)
    .await?;
    for (position, m) in c.milestones.iter().enumerate() {
        sqlx::query(
            "INSERT INTO commitment_milestones (commitment_id, position, title, due_on, state, evidence, updated_at)
             VALUES ($1, $2, $3, $4, 'planned', '', $5)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&m.title)
        .bind(&m.due_on)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    let payload = serde_json::json!({
        "owner": c.owner, "title": c.title, "due_on": c.due_on, "gdc_objective": c.gdc_objective,
        "action_line": c.action_line, "sdg": c.sdg, "milestones": c.milestones,
    });
    record::append(conn, "commitment.recorded", "commitment", id, &payload).await?;
    Ok(id)
}

pub async fn commitment(conn: &mut Conn, id: i64) -> Result<Commitment> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn commitments(conn: &mut Conn) -> Result<Vec<Commitment>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COMMITMENT_COLUMNS} FROM commitments ORDER BY id DESC")))
        .fetch_all(conn)
        .await?)
}

/// Milestones of one commitment, or of all.
pub async fn milestones(conn: &mut Conn, commitment_id: Option<i64>) -> Result<Vec<Milestone>> {
    Ok(sqlx::query_as(
        "SELECT id, commitment_id, position, title, due_on, state, evidence, updated_at FROM commitment_milestones
         WHERE ($1 IS NULL OR commitment_id = $1) ORDER BY commitment_id, position",
    )
    .bind(commitment_id)
    .fetch_all(conn)
    .await?)
}

pub async fn updates(conn: &mut Conn, commitment_id: i64) -> Result<Vec<Update>> {
    Ok(sqlx::query_as(
        "SELECT id, commitment_id, milestone_id, state, evidence, note, at FROM commitment_updates WHERE commitment_id = $1 ORDER BY at DESC, id DESC",
    )
    .bind(commitment_id)
    .fetch_all(conn)
    .await?)
}

pub async fn by_link(conn: &mut Conn, token_hash: &str) -> Result<Option<Commitment>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE token_hash = $1")))
        .bind(token_hash)
        .fetch_optional(conn)
        .await?)
}

/// When an update link was spent, if it was.
pub async fn link_spent_at(conn: &mut Conn, token_hash: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT spent_at FROM spent_commitment_links WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(conn)
        .await?)
}

/// Spends a link and puts the next one in its place. False when another request spent it first (the UPDATE
/// waits for that one's commit and then finds no row), so only one use of a link ever counts.
pub async fn spend_link(conn: &mut Conn, token_hash: &str, id: i64, next_hash: &str, next_expires_at: i64) -> Result<bool> {
    let spent = sqlx::query("UPDATE commitments SET token_hash = $3, token_expires_at = $4 WHERE id = $2 AND token_hash = $1")
        .bind(token_hash)
        .bind(id)
        .bind(next_hash)
        .bind(next_expires_at)
        .execute(&mut *conn)
        .await?;
    if spent.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("INSERT INTO spent_commitment_links (token_hash, commitment_id, spent_at) VALUES ($1, $2, $3)")
        .bind(token_hash)
        .bind(id)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(true)
}

/// Moves a milestone (the caller checked the move), dates the update and puts it on the record.
pub async fn update_milestone(
    conn: &mut Conn,
    commitment_id: i64,
    milestone_id: i64,
    state: &str,
    evidence: &str,
    note: &str,
) -> Result<()> {
    move_milestone(&mut *conn, commitment_id, milestone_id, state, evidence, note, now()).await?;
    let payload = serde_json::json!({ "milestone": milestone_id, "state": state, "evidence": evidence, "note": note });
    record::append(conn, "commitment.milestone", "commitment", commitment_id, &payload).await?;
    Ok(())
}

/// Moves a milestone as of `at`: its state and evidence (kept when none is given), the dated update, and the
/// commitment's last update. The demo calls it directly to date its history in the past.
pub async fn move_milestone(
    conn: &mut Conn,
    commitment_id: i64,
    milestone_id: i64,
    state: &str,
    evidence: &str,
    note: &str,
    at: i64,
) -> Result<()> {
    let changed = sqlx::query(
        "UPDATE commitment_milestones SET state = $3, evidence = CASE WHEN $4 = '' THEN evidence ELSE $4 END, updated_at = $5
         WHERE id = $2 AND commitment_id = $1",
    )
    .bind(commitment_id)
    .bind(milestone_id)
    .bind(state)
    .bind(evidence)
    .bind(at)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    sqlx::query("INSERT INTO commitment_updates (commitment_id, milestone_id, state, evidence, note, at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(commitment_id)
        .bind(milestone_id)
        .bind(state)
        .bind(evidence)
        .bind(note)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE commitments SET updated_at = $2 WHERE id = $1").bind(commitment_id).bind(at).execute(conn).await?;
    Ok(())
}

/// For the demo: when a commitment was last updated.
pub async fn set_commitment_dates(conn: &mut Conn, id: i64, created_at: i64, updated_at: i64) -> Result<()> {
    sqlx::query("UPDATE commitments SET created_at = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(created_at)
        .bind(updated_at)
        .execute(conn)
        .await?;
    Ok(())
}
