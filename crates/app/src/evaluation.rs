//! MAG evaluation: which proposals are up for evaluation, and the optimal assignment of evaluators to them
//! (`agora_domain::evaluation::assignment`).

use agora_domain::evaluation::Reviewable;
use agora_domain::evaluation::assignment::{Weights, assign as optimal_assignment};
use agora_store::cycles::Cycle;
use agora_store::evaluation as store;
use agora_store::proposals::{self, Proposal};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum EvaluationError {
    #[error(transparent)]
    Store(#[from] StoreError),
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
