//! Consensus decisions: a proposal discussed in its thread, then a consensus call with a deadline where
//! members state their positions with reasons, then the chair's determination with its rationale. The store
//! refuses any change to a closed decision, so a race cannot reopen the record.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Decision {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub proposal: String,
    pub status: String,
    pub thread_id: Option<i64>,
    pub deadline: Option<i64>,
    pub call_opened_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub determination: Option<String>,
    pub rationale: String,
    pub early_reason: String,
    pub created_at: i64,
}

const COLUMNS: &str = "id, group_id, title, proposal, status, thread_id, deadline, call_opened_at, closed_at, determination, rationale, early_reason, created_at";

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StatedPosition {
    pub participant_id: i64,
    pub name: String,
    pub stakeholder_group: String,
    pub position: String,
    pub reason: String,
    pub at: i64,
}

/// Puts a proposal to the group, with a discussion thread that opens on its text.
pub async fn propose(conn: &mut Conn, group_id: i64, title: &str, proposal: &str, by: Option<i64>) -> Result<i64> {
    let thread = crate::discussions::start(conn, group_id, title, by, proposal).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consensus_decisions (group_id, title, proposal, thread_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group_id)
    .bind(title)
    .bind(proposal)
    .bind(thread)
    .bind(by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    record::append(
        conn,
        "decision.proposed",
        "decision",
        id,
        &serde_json::json!({ "group": group_id, "title": title, "proposal": proposal }),
    )
    .await?;
    Ok(id)
}

/// Opens the consensus call until `deadline`.
pub async fn open_call(conn: &mut Conn, id: i64, deadline: i64) -> Result<()> {
    let done = sqlx::query(
        "UPDATE consensus_decisions SET status = 'open', deadline = $2, call_opened_at = $3 WHERE id = $1 AND status = 'discussion'",
    )
    .bind(id)
    .bind(deadline)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict);
    }
    record::append(conn, "decision.call-opened", "decision", id, &serde_json::json!({ "deadline": deadline })).await?;
    Ok(())
}

/// Records a member's position (replacing an earlier one) while the call is open.
pub async fn state_position(
    conn: &mut Conn,
    id: i64,
    participant_id: i64,
    stakeholder_group: &str,
    position: &str,
    reason: &str,
) -> Result<()> {
    let done = sqlx::query(
        "INSERT INTO consensus_positions (decision_id, participant_id, stakeholder_group, position, reason, at)
         SELECT $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM consensus_decisions WHERE id = $1 AND status = 'open')
         ON CONFLICT (decision_id, participant_id) DO UPDATE SET stakeholder_group = excluded.stakeholder_group,
            position = excluded.position, reason = excluded.reason, at = excluded.at",
    )
    .bind(id)
    .bind(participant_id)
    .bind(stakeholder_group)
    .bind(position)
    .bind(reason)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict);
    }
    record::append(
        conn,
        "decision.position",
        "decision",
        id,
        &serde_json::json!({ "participant": participant_id, "stakeholder_group": stakeholder_group, "position": position, "reason": reason }),
    )
    .await?;
    Ok(())
}

/// Closes the call with the chair's determination; only an open call closes, and only once.
pub async fn close(conn: &mut Conn, id: i64, determination: &str, rationale: &str, early_reason: &str) -> Result<()> {
    let done = sqlx::query(
        "UPDATE consensus_decisions SET status = 'closed', closed_at = $2, determination = $3, rationale = $4, early_reason = $5
         WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(now())
    .bind(determination)
    .bind(rationale)
    .bind(early_reason)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::Conflict);
    }
    let positions = positions(conn, id).await?;
    record::append(
        conn,
        "decision.closed",
        "decision",
        id,
        &serde_json::json!({
            "determination": determination, "rationale": rationale, "early_reason": early_reason,
            "positions": positions.iter().map(|p| serde_json::json!({ "participant": p.participant_id, "stakeholder_group": p.stakeholder_group, "position": p.position, "reason": p.reason })).collect::<Vec<_>>(),
        }),
    )
    .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Decision> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM consensus_decisions WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A group's decisions (or every group's), newest first.
pub async fn list(conn: &mut Conn, group_id: Option<i64>) -> Result<Vec<Decision>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM consensus_decisions WHERE ($1 = 0 OR group_id = $1) ORDER BY created_at DESC, id DESC"
    )))
    .bind(group_id.unwrap_or(0))
    .fetch_all(conn)
    .await?)
}

pub async fn positions(conn: &mut Conn, id: i64) -> Result<Vec<StatedPosition>> {
    Ok(sqlx::query_as(
        "SELECT d.participant_id, COALESCE(p.name, '') AS name, d.stakeholder_group, d.position, d.reason, d.at
         FROM consensus_positions d JOIN participants p ON p.id = d.participant_id WHERE d.decision_id = $1
         ORDER BY d.stakeholder_group, d.at",
    )
    .bind(id)
    .fetch_all(conn)
    .await?)
}

/// The positions a participant stated, with the decision each was on (their data export).
pub async fn of_participant(conn: &mut Conn, participant_id: i64) -> Result<Vec<serde_json::Value>> {
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(
        "SELECT d.id, d.title, p.position, p.reason, p.at FROM consensus_positions p JOIN consensus_decisions d ON d.id = p.decision_id
         WHERE p.participant_id = $1 ORDER BY p.at",
    )
    .bind(participant_id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(decision, title, position, reason, at)| {
            serde_json::json!({ "decision": decision, "title": title, "position": position, "reason": reason, "at": at })
        })
        .collect())
}
