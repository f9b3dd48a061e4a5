//! MAG evaluation: which proposals are up for evaluation, the optimal assignment of evaluators to them
//! (`agora_domain::evaluation::assignment`), and the decisions — staged one by one or from the suggested
//! selection, then published together once the evaluation has ended.

use agora_domain::evaluation::Reviewable;
use agora_domain::evaluation::assignment::{Weights, assign as optimal_assignment};
use agora_domain::evaluation::disclosure::{PublicationHeld, may_publish_decisions};
use agora_store::cycles::Cycle;
use agora_store::evaluation::{self as store, StagedDecision};
use agora_store::proposals::{self, Proposal};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum EvaluationError {
    #[error("decisions are published once the evaluation has ended")]
    PublicationHeld(PublicationHeld),
    #[error("no decision is staged")]
    NothingStaged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Stages the suggested selection: approved for each proposal it selects, not approved for every other one it
/// ranked, leaving alone a decision already published. Returns how many decisions were staged.
pub async fn stage_selection(conn: &mut Conn, cycle_id: i64, ranked: &[i64], selected: &[i64], by: i64) -> Result<usize, EvaluationError> {
    let published = store::decisions(&mut *conn, cycle_id).await?;
    let mut staged = 0;
    for &proposal_id in ranked.iter().filter(|id| !published.iter().any(|d| d.proposal_id == **id)) {
        let outcome = if selected.contains(&proposal_id) { "approved" } else { "not-approved" };
        let decision = StagedDecision { proposal_id, outcome: outcome.into(), merge_with: None, rationale: String::new() };
        store::stage(&mut *conn, &decision, by).await?;
        staged += 1;
    }
    Ok(staged)
}

/// Publishes the cycle's staged decisions together: each recorded (and on the public record), the staging
/// cleared. Returns what was published, for the caller to tell each proposer once. Call it in a transaction.
pub async fn publish_decisions(conn: &mut Conn, cycle: &Cycle, by: i64, now: i64) -> Result<Vec<StagedDecision>, EvaluationError> {
    may_publish_decisions(&cycle.phases, now).map_err(EvaluationError::PublicationHeld)?;
    let staged = store::staged(&mut *conn, cycle.id).await?;
    if staged.is_empty() {
        return Err(EvaluationError::NothingStaged);
    }
    for d in &staged {
        store::decide(&mut *conn, d.proposal_id, &d.outcome, d.merge_with, &d.rationale, by).await?;
    }
    store::clear_staged(&mut *conn, cycle.id).await?;
    Ok(staged)
}

/// The cycle's proposals that passed screening (as overridden), each with who and what an evaluator must not
/// be tied to: the people listed on it, its proposer and its organization.
pub async fn reviewables(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(Proposal, Reviewable)>, EvaluationError> {
    let screenings = proposals::screenings(&mut *conn, cycle_id).await?;
    let mut result = Vec::new();
    for p in proposals::list(&mut *conn, cycle_id, "submitted").await? {
        if !screenings.iter().any(|s| s.proposal_id == p.id && s.effective_pass()) {
            continue;
        }
        let people = proposals::people(&mut *conn, p.id).await?;
        let mut ids: Vec<i64> = people.iter().filter_map(|x| x.participant_id).collect();
        ids.push(p.proposer_id);
        let reviewable = Reviewable {
            id: p.id,
            theme: p.theme_id.map(|t| t.to_string()).unwrap_or_default(),
            people: ids,
            organizations: p.organization_id.into_iter().collect(),
            countries: Vec::new(),
        };
        result.push((p, reviewable));
    }
    Ok(result)
}

/// Computes the optimal assignment of the cycle's evaluators and replaces the stored one.
pub async fn assign(conn: &mut Conn, cycle: &Cycle) -> Result<(), EvaluationError> {
    let reviewables: Vec<Reviewable> = reviewables(&mut *conn, cycle.id).await?.into_iter().map(|(_, r)| r).collect();
    let evaluators = store::evaluators(&mut *conn, cycle.id).await?;
    let declared = store::declared_conflicts(&mut *conn, cycle.id).await?;
    let result = optimal_assignment(&reviewables, &evaluators, &declared, cycle.rules.evaluators_per_proposal, Weights::default());
    store::replace_assignments(conn, cycle.id, &result.pairs).await?;
    Ok(())
}
