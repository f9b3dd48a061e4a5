//! A forum's year: the operations of its call for issues.

use agora_domain::cycles::{IssueRefused, accept_issue};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum IssueError {
    /// The call rule refused the issue (closed, or empty or too long): the web form and the API each say why.
    #[error("issue refused: {0:?}")]
    Refused(IssueRefused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Submits a participant's issue to a cycle's call for issues: the call's one rule (`accept_issue`), then the
/// issue stored with the participant's stakeholder group and country as they are today, and its record entry.
/// Call it in a transaction: the cycle is read and the issue written in it.
pub async fn submit_issue(conn: &mut Conn, cycle_id: i64, participant_id: i64, text: &str, now: i64) -> Result<i64, IssueError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let text = accept_issue(&cycle.phases, now, text).map_err(IssueError::Refused)?;
    let me = agora_store::participants::get(&mut *conn, participant_id).await?;
    Ok(agora_store::cycles::submit_issue(&mut *conn, cycle_id, participant_id, text, &me.stakeholder_group, &me.country).await?)
}
