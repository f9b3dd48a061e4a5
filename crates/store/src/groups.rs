//! Groups — the MAG, dynamic coalitions, best practice forums, policy networks, NRIs, working groups — with
//! their members and roles, and the yearly reports that keep a coalition or an NRI active.

use crate::{AnyQuery, Conn, Result, StoreError, is_unique_violation, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Group {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub acronym: String,
    pub description: String,
    pub statement_of_need: String,
    pub action_plan: String,
    #[serde(skip)]
    pub contact_email: String,
    pub website: String,
    pub country: String,
    pub region: String,
    pub nri_level: String,
    pub open_membership: i64,
    pub status: String,
    pub consultation_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    pub published_at: Option<i64>,
}

impl Group {
    pub fn label(&self) -> String {
        if self.acronym.is_empty() { self.name.clone() } else { format!("{} ({})", self.name, self.acronym) }
    }

    pub fn is_published(&self) -> bool {
        self.status == "published"
    }

    /// The fields its form edits.
    pub fn fields(&self) -> GroupFields {
        GroupFields {
            kind: self.kind.clone(),
            name: self.name.clone(),
            acronym: self.acronym.clone(),
            description: self.description.clone(),
            statement_of_need: self.statement_of_need.clone(),
            action_plan: self.action_plan.clone(),
            contact_email: self.contact_email.clone(),
            website: self.website.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            nri_level: self.nri_level.clone(),
            open_membership: self.open_membership == 1,
            consultation_id: self.consultation_id,
        }
    }
}

const COLUMNS: &str = "id, kind, name, acronym, description, statement_of_need, action_plan, contact_email, website, country, region,
    nri_level, open_membership, status, consultation_id, created_at, updated_at, published_at";

/// What the group's form edits.
#[derive(Debug, Clone, Default)]
pub struct GroupFields {
    pub kind: String,
    pub name: String,
    pub acronym: String,
    pub description: String,
    pub statement_of_need: String,
    pub action_plan: String,
    pub contact_email: String,
    pub website: String,
    pub country: String,
    pub region: String,
    pub nri_level: String,
    pub open_membership: bool,
    pub consultation_id: Option<i64>,
}

/// Binds the fields the form edits, as `$1`…`$12` of the INSERT and the UPDATE alike.
fn bind_fields<'q>(query: AnyQuery<'q>, g: &'q GroupFields) -> AnyQuery<'q> {
    query
        .bind(&g.name)
        .bind(&g.acronym)
        .bind(&g.description)
        .bind(&g.statement_of_need)
        .bind(&g.action_plan)
        .bind(&g.contact_email)
        .bind(&g.website)
        .bind(&g.country)
        .bind(&g.region)
        .bind(&g.nri_level)
        .bind(g.open_membership as i64)
        .bind(g.consultation_id)
}

fn conflict_on_name(e: sqlx::Error) -> StoreError {
    if is_unique_violation(&e) { StoreError::Conflict } else { e.into() }
}

/// Drafts a group; its creator becomes its chair. A name already taken is a conflict.
pub async fn create(conn: &mut Conn, g: &GroupFields, created_by: Option<i64>, year: i32) -> Result<i64> {
    use sqlx::Row;
    let insert = sqlx::query(
        "INSERT INTO forum_groups (name, acronym, description, statement_of_need, action_plan, contact_email, website, country,
            region, nri_level, open_membership, consultation_id, kind, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    );
    let row = bind_fields(insert, g).bind(&g.kind).bind(created_by).bind(now()).fetch_one(&mut *conn).await.map_err(conflict_on_name)?;
    let id: i64 = row.try_get(0)?;
    if let Some(by) = created_by {
        join(conn, id, by, "chair", year).await?;
    }
    Ok(id)
}

pub async fn update(conn: &mut Conn, id: i64, g: &GroupFields) -> Result<()> {
    let update = sqlx::query(
        "UPDATE forum_groups SET name = $1, acronym = $2, description = $3, statement_of_need = $4, action_plan = $5,
            contact_email = $6, website = $7, country = $8, region = $9, nri_level = $10, open_membership = $11,
            consultation_id = $12, updated_at = $13
         WHERE id = $14",
    );
    let done = bind_fields(update, g).bind(now()).bind(id).execute(&mut *conn).await.map_err(conflict_on_name)?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    let group = get(conn, id).await?;
    if group.is_published() {
        record::append(conn, "group.updated", "group", id, &public_summary(&group)).await?;
    }
    Ok(())
}

/// Publishes a draft; from then on every change of the group is on the public record.
pub async fn publish(conn: &mut Conn, id: i64) -> Result<()> {
    let at = now();
    sqlx::query("UPDATE forum_groups SET status = 'published', published_at = $2, updated_at = $2 WHERE id = $1 AND status = 'draft'")
        .bind(id)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    let group = get(conn, id).await?;
    record::append(conn, "group.published", "group", id, &public_summary(&group)).await?;
    Ok(())
}

fn public_summary(g: &Group) -> serde_json::Value {
    serde_json::json!({ "kind": g.kind, "name": g.name, "country": g.country, "region": g.region, "nri_level": g.nri_level })
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Group> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM forum_groups WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Groups of a kind (or every kind), published ones only unless drafts are asked for.
pub async fn list(conn: &mut Conn, kind: Option<&str>, with_drafts: bool) -> Result<Vec<Group>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM forum_groups WHERE ($1 = '' OR kind = $1) AND ($2 = 1 OR status = 'published') ORDER BY kind, name"
    )))
    .bind(kind.unwrap_or(""))
    .bind(with_drafts as i64)
    .fetch_all(conn)
    .await?)
}

/// A current member, with what the balance and the consensus record need.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Member {
    pub participant_id: i64,
    pub name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub role: String,
    pub first_year: i64,
    pub terms: i64,
    pub joined_at: i64,
}

pub async fn members(conn: &mut Conn, group_id: i64) -> Result<Vec<Member>> {
    Ok(sqlx::query_as(
        "SELECT m.participant_id, COALESCE(p.name, '') AS name, COALESCE(p.stakeholder_group, '') AS stakeholder_group,
                COALESCE(p.country, '') AS country, m.role, m.first_year, m.terms, m.joined_at
         FROM group_members m JOIN participants p ON p.id = m.participant_id
         WHERE m.group_id = $1 AND m.left_at IS NULL AND p.deleted_at IS NULL
         ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'coordinator' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, p.name",
    )
    .bind(group_id)
    .fetch_all(conn)
    .await?)
}

/// The participant's role in the group, if they are a current member.
pub async fn role_of(conn: &mut Conn, group_id: i64, participant_id: i64) -> Result<Option<String>> {
    Ok(sqlx::query_scalar("SELECT role FROM group_members WHERE group_id = $1 AND participant_id = $2 AND left_at IS NULL")
        .bind(group_id)
        .bind(participant_id)
        .fetch_optional(conn)
        .await?)
}

/// Adds a member, or brings back one who left (in their earlier role).
pub async fn join(conn: &mut Conn, group_id: i64, participant_id: i64, role: &str, year: i32) -> Result<()> {
    let at = now();
    sqlx::query(
        "INSERT INTO group_members (group_id, participant_id, role, first_year, joined_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (group_id, participant_id) DO UPDATE SET left_at = NULL, joined_at = excluded.joined_at",
    )
    .bind(group_id)
    .bind(participant_id)
    .bind(role)
    .bind(year as i64)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    record::append(conn, "group.joined", "group", group_id, &serde_json::json!({ "participant": participant_id, "role": role })).await?;
    Ok(())
}

/// Appoints a member with their term history (the MAG: first year of the current run, consecutive terms).
pub async fn appoint(conn: &mut Conn, group_id: i64, participant_id: i64, role: &str, first_year: i32, terms: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO group_members (group_id, participant_id, role, first_year, terms, joined_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (group_id, participant_id) DO UPDATE SET role = excluded.role, first_year = excluded.first_year,
            terms = excluded.terms, left_at = NULL",
    )
    .bind(group_id)
    .bind(participant_id)
    .bind(role)
    .bind(first_year as i64)
    .bind(terms)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    record::append(
        conn,
        "group.appointed",
        "group",
        group_id,
        &serde_json::json!({ "participant": participant_id, "role": role, "first_year": first_year, "terms": terms }),
    )
    .await?;
    Ok(())
}

pub async fn leave(conn: &mut Conn, group_id: i64, participant_id: i64) -> Result<()> {
    let done = sqlx::query("UPDATE group_members SET left_at = $3 WHERE group_id = $1 AND participant_id = $2 AND left_at IS NULL")
        .bind(group_id)
        .bind(participant_id)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "group.left", "group", group_id, &serde_json::json!({ "participant": participant_id })).await?;
    Ok(())
}

pub async fn set_role(conn: &mut Conn, group_id: i64, participant_id: i64, role: &str) -> Result<()> {
    let done = sqlx::query("UPDATE group_members SET role = $3 WHERE group_id = $1 AND participant_id = $2 AND left_at IS NULL")
        .bind(group_id)
        .bind(participant_id)
        .bind(role)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "group.role", "group", group_id, &serde_json::json!({ "participant": participant_id, "role": role })).await?;
    Ok(())
}

/// The groups a participant belongs to, with their role (their account page and data export).
pub async fn memberships(conn: &mut Conn, participant_id: i64) -> Result<Vec<(i64, String, String)>> {
    Ok(sqlx::query_as(
        "SELECT g.id, g.name, m.role FROM group_members m JOIN forum_groups g ON g.id = m.group_id
         WHERE m.participant_id = $1 AND m.left_at IS NULL ORDER BY g.name",
    )
    .bind(participant_id)
    .fetch_all(conn)
    .await?)
}

/// How many current members each group has.
pub async fn member_counts(conn: &mut Conn) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT group_id, COUNT(*) FROM group_members WHERE left_at IS NULL GROUP BY group_id").fetch_all(conn).await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Report {
    pub group_id: i64,
    pub year: i64,
    pub kind: String,
    pub body: String,
    pub filed_at: i64,
}

/// Files (or replaces) a group's report for a year: `annual`, or `final` when a BPF's or PN's work ends.
pub async fn file_report(conn: &mut Conn, group_id: i64, year: i32, kind: &str, body: &str, filed_by: Option<i64>) -> Result<()> {
    sqlx::query(
        "INSERT INTO group_reports (group_id, year, kind, body, filed_by, filed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (group_id, year, kind) DO UPDATE SET body = excluded.body, filed_by = excluded.filed_by, filed_at = excluded.filed_at",
    )
    .bind(group_id)
    .bind(year as i64)
    .bind(kind)
    .bind(body)
    .bind(filed_by)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    record::append(conn, "group.report", "group", group_id, &serde_json::json!({ "year": year, "kind": kind })).await?;
    Ok(())
}

pub async fn reports(conn: &mut Conn, group_id: i64) -> Result<Vec<Report>> {
    Ok(sqlx::query_as("SELECT group_id, year, kind, body, filed_at FROM group_reports WHERE group_id = $1 ORDER BY year DESC, kind")
        .bind(group_id)
        .fetch_all(conn)
        .await?)
}

/// Every published group's reports, newest first (the NRI feed and the archive).
pub async fn all_reports(conn: &mut Conn, kind: Option<&str>) -> Result<Vec<Report>> {
    Ok(sqlx::query_as(
        "SELECT r.group_id, r.year, r.kind, r.body, r.filed_at FROM group_reports r JOIN forum_groups g ON g.id = r.group_id
         WHERE g.status = 'published' AND ($1 = '' OR g.kind = $1) ORDER BY r.year DESC, r.group_id",
    )
    .bind(kind.unwrap_or(""))
    .fetch_all(conn)
    .await?)
}

/// The latest year each group filed its annual report.
pub async fn last_annual_reports(conn: &mut Conn) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT group_id, MAX(year) FROM group_reports WHERE kind = 'annual' GROUP BY group_id").fetch_all(conn).await?)
}
