//! Travel support: applications (with their request, contribution and recommendation), screening's outcome,
//! evaluators' assignments and scores, the staged and published selection, and the reports of the funded. Personal
//! data: only the publication's totals go on the public record.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Application {
    pub id: i64,
    pub cycle_id: i64,
    pub participant_id: i64,
    pub name: String,
    pub email: String,
    pub languages: String,
    pub gender: String,
    pub stakeholder_group: String,
    pub organization_id: Option<i64>,
    pub first_time: i64,
    pub country: String,
    pub contribution: String,
    pub contribution_detail: String,
    pub contribution_verified: i64,
    pub ticket_usd: i64,
    pub per_diem_usd: i64,
    pub visa_usd: i64,
    pub motivation: String,
    pub recommender_name: String,
    pub recommender_email: String,
    pub recommendation_letter: String,
    pub recommendation_confirmed_at: Option<i64>,
    pub status: String,
    pub failures: String,
    pub submitted_at: Option<i64>,
    pub staged: String,
    pub decision: String,
    pub decided_at: Option<i64>,
    pub report: String,
    pub report_filed_at: Option<i64>,
}

impl Application {
    pub fn amount_usd(&self) -> i64 {
        self.ticket_usd + self.per_diem_usd + self.visa_usd
    }
}

const SELECT: &str = "SELECT a.id, a.cycle_id, a.participant_id, COALESCE(p.name, '') AS name, COALESCE(p.email, '') AS email,
    p.languages, COALESCE(p.gender, '') AS gender, COALESCE(p.stakeholder_group, '') AS stakeholder_group, p.organization_id,
    p.first_time, a.country, a.contribution, a.contribution_detail, a.contribution_verified, a.ticket_usd, a.per_diem_usd,
    a.visa_usd, a.motivation, a.recommender_name, a.recommender_email, a.recommendation_letter, a.recommendation_confirmed_at,
    a.status, a.failures, a.submitted_at, a.staged, a.decision, a.decided_at, a.report, a.report_filed_at
    FROM travel_applications a JOIN participants p ON p.id = a.participant_id";

/// What an application's form writes.
pub struct NewApplication<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub country: &'a str,
    pub contribution: &'a str,
    pub contribution_detail: &'a str,
    pub contribution_verified: bool,
    pub ticket_usd: u32,
    pub per_diem_usd: u32,
    pub visa_usd: u32,
    pub motivation: &'a str,
    pub recommender_name: &'a str,
    pub recommender_email: &'a str,
    /// The hash of a new recommendation link, when the recommender changed (or on the first save): the
    /// confirmation is then cleared.
    pub recommendation_hash: Option<&'a str>,
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Application> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn of_participant(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<Option<Application>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.cycle_id = $1 AND a.participant_id = $2")))
        .bind(cycle_id)
        .bind(participant_id)
        .fetch_optional(conn)
        .await?)
}

/// A cycle's applications, drafts left out, in the order they were submitted.
pub async fn list(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Application>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE a.cycle_id = $1 AND a.status <> 'draft' ORDER BY a.submitted_at, a.id")))
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

/// Saves a draft (or updates one: a submitted application cannot be edited); the id. One statement: the update of
/// an existing row applies only while it is a draft, and returns nothing otherwise.
pub async fn save(conn: &mut Conn, new: &NewApplication<'_>) -> Result<i64> {
    let saved: Option<i64> = sqlx::query_scalar(
        "INSERT INTO travel_applications (cycle_id, participant_id, country, contribution, contribution_detail, contribution_verified,
         ticket_usd, per_diem_usd, visa_usd, motivation, recommender_name, recommender_email, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'draft', $13)
         ON CONFLICT (cycle_id, participant_id) DO UPDATE SET country = excluded.country, contribution = excluded.contribution,
         contribution_detail = excluded.contribution_detail, contribution_verified = excluded.contribution_verified,
         ticket_usd = excluded.ticket_usd, per_diem_usd = excluded.per_diem_usd, visa_usd = excluded.visa_usd,
         motivation = excluded.motivation, recommender_name = excluded.recommender_name, recommender_email = excluded.recommender_email
         WHERE travel_applications.status = 'draft'
         RETURNING id",
    )
    .bind(new.cycle_id)
    .bind(new.participant_id)
    .bind(new.country)
    .bind(new.contribution)
    .bind(new.contribution_detail)
    .bind(i64::from(new.contribution_verified))
    .bind(i64::from(new.ticket_usd))
    .bind(i64::from(new.per_diem_usd))
    .bind(i64::from(new.visa_usd))
    .bind(new.motivation)
    .bind(new.recommender_name)
    .bind(new.recommender_email)
    .bind(now())
    .fetch_optional(&mut *conn)
    .await?;
    let id = saved.ok_or(StoreError::Conflict)?;
    if let Some(hash) = new.recommendation_hash {
        sqlx::query(
            "UPDATE travel_applications SET recommendation_hash = $1, recommendation_letter = '', recommendation_confirmed_at = NULL WHERE id = $2",
        )
        .bind(hash)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// The application a recommendation link belongs to.
pub async fn by_recommendation(conn: &mut Conn, hash: &str) -> Result<Option<Application>> {
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM travel_applications WHERE recommendation_hash = $1")
        .bind(hash)
        .fetch_optional(&mut *conn)
        .await?;
    match id {
        Some(id) => Ok(Some(get(conn, id).await?)),
        None => Ok(None),
    }
}

pub async fn confirm_recommendation(conn: &mut Conn, id: i64, letter: &str) -> Result<()> {
    sqlx::query("UPDATE travel_applications SET recommendation_letter = $1, recommendation_confirmed_at = $2 WHERE id = $3")
        .bind(letter)
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn submit(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query("UPDATE travel_applications SET status = 'submitted', submitted_at = $1 WHERE id = $2 AND status = 'draft'")
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Screening's outcome: eligible, or ineligible with the rules failed.
pub async fn set_screening(conn: &mut Conn, id: i64, failures: &[&str]) -> Result<()> {
    sqlx::query("UPDATE travel_applications SET status = $1, failures = $2, screened_at = $3 WHERE id = $4")
        .bind(if failures.is_empty() { "eligible" } else { "ineligible" })
        .bind(failures.join(","))
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// What the forum's data says of a person's contributions in a cycle: a confirmed speaker or moderator on a
/// submitted proposal, a proposer, a MAG member, a member of an NRI group.
#[derive(Debug, Clone, Copy, Default)]
pub struct Contributions {
    pub speaker: bool,
    pub organizer: bool,
    pub mag: bool,
    pub nri: bool,
}

pub async fn contributions(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<Contributions> {
    let speaker: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposal_people pp JOIN proposals p ON p.id = pp.proposal_id
         WHERE pp.participant_id = $1 AND pp.status = 'confirmed' AND p.cycle_id = $2 AND p.status <> 'draft'",
    )
    .bind(participant_id)
    .bind(cycle_id)
    .fetch_one(&mut *conn)
    .await?;
    let organizer: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE proposer_id = $1 AND cycle_id = $2 AND status <> 'draft'")
            .bind(participant_id)
            .bind(cycle_id)
            .fetch_one(&mut *conn)
            .await?;
    let mag: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM participant_roles WHERE participant_id = $1 AND role = 'mag'")
        .bind(participant_id)
        .fetch_one(&mut *conn)
        .await?;
    let nri: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM group_members m JOIN forum_groups g ON g.id = m.group_id
         WHERE m.participant_id = $1 AND g.kind = 'nri' AND m.left_at IS NULL",
    )
    .bind(participant_id)
    .fetch_one(conn)
    .await?;
    Ok(Contributions { speaker: speaker > 0, organizer: organizer > 0, mag: mag > 0, nri: nri > 0 })
}

/// Whether the person was funded by another cycle's call and never filed its report.
pub async fn report_missing(conn: &mut Conn, cycle_id: i64, participant_id: i64) -> Result<bool> {
    let missing: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM travel_applications WHERE participant_id = $1 AND decision = 'funded'
         AND report_filed_at IS NULL AND cycle_id <> $2",
    )
    .bind(participant_id)
    .bind(cycle_id)
    .fetch_one(conn)
    .await?;
    Ok(missing > 0)
}

/// The forum's evaluators for travel support (the MAG's members) with their organization and country.
pub async fn evaluators(conn: &mut Conn) -> Result<Vec<agora_domain::evaluation::Evaluator>> {
    let members: Vec<(i64, Option<String>, Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT p.id, p.stakeholder_group, p.organization_id, p.country FROM participants p JOIN participant_roles r ON r.participant_id = p.id
         WHERE r.role = 'mag' AND p.deleted_at IS NULL ORDER BY p.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(members
        .into_iter()
        .map(|(id, group, organization_id, country)| agora_domain::evaluation::Evaluator {
            id,
            stakeholder_group: group.unwrap_or_default(),
            organization_id,
            issue_areas: Vec::new(),
            country: country.unwrap_or_default(),
        })
        .collect())
}

/// Replaces the assignments of a cycle's applications that have no score yet; scored pairs stay.
pub async fn replace_assignments(conn: &mut Conn, cycle_id: i64, pairs: &[(i64, i64)]) -> Result<()> {
    sqlx::query(
        "DELETE FROM travel_assignments WHERE score IS NULL AND application_id IN (SELECT id FROM travel_applications WHERE cycle_id = $1)",
    )
    .bind(cycle_id)
    .execute(&mut *conn)
    .await?;
    for (application, evaluator) in pairs {
        sqlx::query(
            "INSERT INTO travel_assignments (application_id, evaluator_id) VALUES ($1, $2) ON CONFLICT (application_id, evaluator_id) DO NOTHING",
        )
        .bind(application)
        .bind(evaluator)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Assignment {
    pub application_id: i64,
    pub evaluator_id: i64,
    pub evaluator_name: String,
    pub score: Option<i64>,
    pub comment: String,
}

pub async fn assignments(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Assignment>> {
    Ok(sqlx::query_as(
        "SELECT t.application_id, t.evaluator_id, COALESCE(p.name, '') AS evaluator_name, t.score, t.comment
         FROM travel_assignments t JOIN travel_applications a ON a.id = t.application_id JOIN participants p ON p.id = t.evaluator_id
         WHERE a.cycle_id = $1 ORDER BY t.application_id, t.evaluator_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// An evaluator's assignments in a cycle.
pub async fn assignments_of(conn: &mut Conn, cycle_id: i64, evaluator_id: i64) -> Result<Vec<Assignment>> {
    Ok(assignments(conn, cycle_id).await?.into_iter().filter(|a| a.evaluator_id == evaluator_id).collect())
}

/// Records a score; false when the pair is not assigned.
pub async fn score(conn: &mut Conn, application_id: i64, evaluator_id: i64, score: u32, comment: &str) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE travel_assignments SET score = $1, comment = $2, scored_at = $3 WHERE application_id = $4 AND evaluator_id = $5",
    )
    .bind(i64::from(score))
    .bind(comment)
    .bind(now())
    .bind(application_id)
    .bind(evaluator_id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct SelectionRow {
    pub cycle_id: i64,
    pub budget_usd: i64,
    pub amount_usd: i64,
    pub staged_at: i64,
    pub published_at: Option<i64>,
}

pub async fn selection(conn: &mut Conn, cycle_id: i64) -> Result<Option<SelectionRow>> {
    Ok(sqlx::query_as("SELECT cycle_id, budget_usd, amount_usd, staged_at, published_at FROM travel_selections WHERE cycle_id = $1")
        .bind(cycle_id)
        .fetch_optional(conn)
        .await?)
}

/// The sum of the requests of the given applications of a cycle, read in the writing transaction.
pub async fn amount_of(conn: &mut Conn, cycle_id: i64, ids: &[i64]) -> Result<i64> {
    let mut total = 0;
    for id in ids {
        let amount: Option<i64> = sqlx::query_scalar(
            "SELECT ticket_usd + per_diem_usd + visa_usd FROM travel_applications WHERE id = $1 AND cycle_id = $2 AND status = 'eligible'",
        )
        .bind(id)
        .bind(cycle_id)
        .fetch_optional(&mut *conn)
        .await?;
        total += amount.ok_or(StoreError::Conflict)?;
    }
    Ok(total)
}

/// Stages a draft selection: these applications funded, the cycle's others not; replaces an earlier draft.
pub async fn stage(conn: &mut Conn, cycle_id: i64, ids: &[i64], budget_usd: i64, amount_usd: i64, by: i64) -> Result<()> {
    sqlx::query("UPDATE travel_applications SET staged = '' WHERE cycle_id = $1").bind(cycle_id).execute(&mut *conn).await?;
    for id in ids {
        sqlx::query("UPDATE travel_applications SET staged = 'funded' WHERE id = $1 AND cycle_id = $2")
            .bind(id)
            .bind(cycle_id)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "INSERT INTO travel_selections (cycle_id, budget_usd, amount_usd, staged_by, staged_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (cycle_id) DO UPDATE SET budget_usd = $2, amount_usd = $3, staged_by = $4, staged_at = $5",
    )
    .bind(cycle_id)
    .bind(budget_usd)
    .bind(amount_usd)
    .bind(by)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The staged selection's ids.
pub async fn staged(conn: &mut Conn, cycle_id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM travel_applications WHERE cycle_id = $1 AND staged = 'funded' ORDER BY id")
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

/// Publishes the staged selection: every eligible application decided (funded or not), the publication on the
/// public record with its totals only. Conflict when already published.
pub async fn publish(conn: &mut Conn, cycle_id: i64, funded: i64, amount_usd: i64, budget_usd: i64) -> Result<()> {
    let done = sqlx::query("UPDATE travel_selections SET published_at = $1 WHERE cycle_id = $2 AND published_at IS NULL")
        .bind(now())
        .bind(cycle_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() != 1 {
        return Err(StoreError::Conflict);
    }
    sqlx::query(
        "UPDATE travel_applications SET decision = CASE WHEN staged = 'funded' THEN 'funded' ELSE 'not-funded' END, decided_at = $1
         WHERE cycle_id = $2 AND status = 'eligible'",
    )
    .bind(now())
    .bind(cycle_id)
    .execute(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "funded": funded, "amount_usd": amount_usd, "budget_usd": budget_usd });
    record::append(conn, "travel-support.published", "cycle", cycle_id, &payload).await?;
    Ok(())
}

pub async fn file_report(conn: &mut Conn, id: i64, report: &str) -> Result<()> {
    sqlx::query("UPDATE travel_applications SET report = $1, report_filed_at = $2 WHERE id = $3 AND decision = 'funded'")
        .bind(report)
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
