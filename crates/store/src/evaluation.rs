//! MAG evaluation records: members' issue areas, declared conflicts, assignments (computed or by hand),
//! evaluations (scores per criterion with a comment), and the MAG's decisions.

use crate::{Conn, Result, now, record};
use agora_domain::evaluation::{Evaluator, Pair};
use serde::Serialize;

/// The MAG members of the forum as evaluators for a cycle (issue areas from that cycle).
pub async fn evaluators(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Evaluator>> {
    let members: Vec<(i64, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT p.id, p.stakeholder_group, p.organization_id FROM participants p JOIN participant_roles r ON r.participant_id = p.id
         WHERE r.role = 'mag' AND p.deleted_at IS NULL ORDER BY p.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let areas: Vec<(i64, i64)> = sqlx::query_as("SELECT participant_id, theme_id FROM evaluator_areas WHERE cycle_id = $1")
        .bind(cycle_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(members
        .into_iter()
        .map(|(id, group, organization_id)| Evaluator {
            id,
            stakeholder_group: group.unwrap_or_default(),
            organization_id,
            issue_areas: areas.iter().filter(|(p, _)| *p == id).map(|(_, t)| t.to_string()).collect(),
            country: String::new(),
        })
        .collect())
}

pub async fn set_areas(conn: &mut Conn, cycle_id: i64, participant_id: i64, themes: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM evaluator_areas WHERE cycle_id = $1 AND participant_id = $2")
        .bind(cycle_id)
        .bind(participant_id)
        .execute(&mut *conn)
        .await?;
    for theme in themes {
        sqlx::query("INSERT INTO evaluator_areas (cycle_id, participant_id, theme_id) VALUES ($1, $2, $3)")
            .bind(cycle_id)
            .bind(participant_id)
            .bind(theme)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn declare_conflict(conn: &mut Conn, participant_id: i64, proposal_id: i64, reason: &str) -> Result<()> {
    sqlx::query("INSERT INTO conflicts (participant_id, proposal_id, reason, declared_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
        .bind(participant_id)
        .bind(proposal_id)
        .bind(reason)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM assignments WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(proposal_id)
        .bind(participant_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM evaluations WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(proposal_id)
        .bind(participant_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Declared conflicts of a cycle as (evaluator, proposal) pairs.
pub async fn declared_conflicts(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT c.participant_id, c.proposal_id FROM conflicts c JOIN proposals p ON p.id = c.proposal_id WHERE p.cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn has_declared_conflict(conn: &mut Conn, participant_id: i64, proposal_id: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM conflicts WHERE participant_id = $1 AND proposal_id = $2")
        .bind(participant_id)
        .bind(proposal_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Replaces the computed assignment of a cycle (pairs set by hand are kept) and drops evaluations of pairs that
/// are no longer assigned.
pub async fn replace_assignments(conn: &mut Conn, cycle_id: i64, pairs: &[Pair]) -> Result<()> {
    sqlx::query("DELETE FROM assignments WHERE by_hand = 0 AND proposal_id IN (SELECT id FROM proposals WHERE cycle_id = $1)")
        .bind(cycle_id)
        .execute(&mut *conn)
        .await?;
    let at = now();
    for pair in pairs {
        sqlx::query(
            "INSERT INTO assignments (proposal_id, evaluator_id, by_hand, assigned_at) VALUES ($1, $2, 0, $3) ON CONFLICT DO NOTHING",
        )
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "DELETE FROM evaluations WHERE proposal_id IN (SELECT id FROM proposals WHERE cycle_id = $1)
           AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.proposal_id = evaluations.proposal_id AND a.evaluator_id = evaluations.evaluator_id)",
    )
    .bind(cycle_id)
    .execute(&mut *conn)
    .await?;
    record::append(conn, "evaluation.assigned", "cycle", cycle_id, &serde_json::json!({ "pairs": pairs.len() })).await?;
    Ok(())
}

pub async fn assign_by_hand(conn: &mut Conn, pair: Pair) -> Result<()> {
    sqlx::query("INSERT INTO assignments (proposal_id, evaluator_id, by_hand, assigned_at) VALUES ($1, $2, 1, $3) ON CONFLICT (proposal_id, evaluator_id) DO UPDATE SET by_hand = 1")
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn unassign(conn: &mut Conn, pair: Pair) -> Result<()> {
    sqlx::query("DELETE FROM assignments WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM evaluations WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn assignments(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Pair>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT a.proposal_id, a.evaluator_id FROM assignments a JOIN proposals p ON p.id = a.proposal_id WHERE p.cycle_id = $1 ORDER BY a.proposal_id, a.evaluator_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(proposal, evaluator)| Pair { proposal, evaluator }).collect())
}

/// An evaluator's work per cycle: `(cycle, proposals assigned, of them evaluated)`.
pub async fn progress_of(conn: &mut Conn, evaluator_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.cycle_id, COUNT(*), COUNT(e.proposal_id) FROM assignments a JOIN proposals p ON p.id = a.proposal_id
         LEFT JOIN evaluations e ON e.proposal_id = a.proposal_id AND e.evaluator_id = a.evaluator_id
         WHERE a.evaluator_id = $1 GROUP BY p.cycle_id ORDER BY p.cycle_id",
    )
    .bind(evaluator_id)
    .fetch_all(conn)
    .await?)
}

pub async fn is_assigned(conn: &mut Conn, pair: Pair) -> Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM assignments WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Evaluation {
    pub proposal_id: i64,
    pub evaluator_id: i64,
    pub scores: String,
    pub overall: f64,
    pub comment: String,
    pub submitted_at: i64,
}

/// Saves one evaluator's scores of one proposal, all criteria at once (never half).
pub async fn save_evaluation(conn: &mut Conn, pair: Pair, scores: &[(String, u32)], comment: &str) -> Result<()> {
    let overall = scores.iter().map(|(_, v)| *v as f64).sum::<f64>() / scores.len().max(1) as f64;
    let json = serde_json::to_string(scores).expect("scores serialise");
    sqlx::query(
        "INSERT INTO evaluations (proposal_id, evaluator_id, scores, overall, comment, submitted_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (proposal_id, evaluator_id) DO UPDATE SET scores = excluded.scores, overall = excluded.overall, comment = excluded.comment,
           submitted_at = excluded.submitted_at",
    )
    .bind(pair.proposal)
    .bind(pair.evaluator)
    .bind(json)
    .bind(overall)
    .bind(comment)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn evaluation(conn: &mut Conn, pair: Pair) -> Result<Option<Evaluation>> {
    Ok(sqlx::query_as("SELECT proposal_id, evaluator_id, scores, overall, comment, submitted_at FROM evaluations WHERE proposal_id = $1 AND evaluator_id = $2")
        .bind(pair.proposal)
        .bind(pair.evaluator)
        .fetch_optional(conn)
        .await?)
}

pub async fn evaluations(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Evaluation>> {
    Ok(sqlx::query_as(
        "SELECT e.proposal_id, e.evaluator_id, e.scores, e.overall, e.comment, e.submitted_at FROM evaluations e
         JOIN proposals p ON p.id = e.proposal_id WHERE p.cycle_id = $1 ORDER BY e.proposal_id, e.evaluator_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Decision {
    pub proposal_id: i64,
    pub outcome: String,
    pub merge_with: Option<i64>,
    pub rationale: String,
    pub decided_at: i64,
}

pub async fn decide(conn: &mut Conn, proposal_id: i64, outcome: &str, merge_with: Option<i64>, rationale: &str, by: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO decisions (proposal_id, outcome, merge_with, rationale, decided_at, decided_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (proposal_id) DO UPDATE SET outcome = excluded.outcome, merge_with = excluded.merge_with, rationale = excluded.rationale,
           decided_at = excluded.decided_at, decided_by = excluded.decided_by",
    )
    .bind(proposal_id)
    .bind(outcome)
    .bind(merge_with)
    .bind(rationale)
    .bind(now())
    .bind(by)
    .execute(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "outcome": outcome, "merge_with": merge_with, "rationale": rationale });
    record::append(conn, "proposal.decided", "proposal", proposal_id, &payload).await?;
    Ok(())
}

/// A decision staged for review: what will be published, mailed and recorded when the cycle's decisions are.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StagedDecision {
    pub proposal_id: i64,
    pub outcome: String,
    pub merge_with: Option<i64>,
    pub rationale: String,
}

/// Stages (or restages) a decision; nothing public changes.
pub async fn stage(conn: &mut Conn, d: &StagedDecision, by: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO staged_decisions (proposal_id, outcome, merge_with, rationale, staged_at, staged_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (proposal_id) DO UPDATE SET outcome = excluded.outcome, merge_with = excluded.merge_with, rationale = excluded.rationale,
           staged_at = excluded.staged_at, staged_by = excluded.staged_by",
    )
    .bind(d.proposal_id)
    .bind(&d.outcome)
    .bind(d.merge_with)
    .bind(&d.rationale)
    .bind(now())
    .bind(by)
    .execute(conn)
    .await?;
    Ok(())
}

/// The cycle's staged decisions, by proposal.
pub async fn staged(conn: &mut Conn, cycle_id: i64) -> Result<Vec<StagedDecision>> {
    Ok(sqlx::query_as(
        "SELECT d.proposal_id, d.outcome, d.merge_with, d.rationale FROM staged_decisions d JOIN proposals p ON p.id = d.proposal_id
         WHERE p.cycle_id = $1 ORDER BY d.proposal_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// Clears the cycle's staged decisions (after they are published).
pub async fn clear_staged(conn: &mut Conn, cycle_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM staged_decisions WHERE proposal_id IN (SELECT id FROM proposals WHERE cycle_id = $1)")
        .bind(cycle_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn decisions(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Decision>> {
    Ok(sqlx::query_as(
        "SELECT d.proposal_id, d.outcome, d.merge_with, d.rationale, d.decided_at FROM decisions d JOIN proposals p ON p.id = d.proposal_id
         WHERE p.cycle_id = $1 ORDER BY d.proposal_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn decision(conn: &mut Conn, proposal_id: i64) -> Result<Option<Decision>> {
    Ok(sqlx::query_as("SELECT proposal_id, outcome, merge_with, rationale, decided_at FROM decisions WHERE proposal_id = $1")
        .bind(proposal_id)
        .fetch_optional(conn)
        .await?)
}

/// A MAG member's queue in a cycle: the proposals assigned to them, in proposal order, with their titles and
/// whether they have scored each.
pub async fn queue(conn: &mut Conn, cycle_id: i64, evaluator_id: i64) -> Result<Vec<(i64, String, bool)>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT p.id, p.title, CAST(CASE WHEN e.proposal_id IS NULL THEN 0 ELSE 1 END AS BIGINT)
         FROM assignments a JOIN proposals p ON p.id = a.proposal_id
         LEFT JOIN evaluations e ON e.proposal_id = a.proposal_id AND e.evaluator_id = a.evaluator_id
         WHERE p.cycle_id = $1 AND a.evaluator_id = $2 ORDER BY p.id",
    )
    .bind(cycle_id)
    .bind(evaluator_id)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, title, scored)| (id, title, scored == 1)).collect())
}
