//! The opinion map of a consultation's statements, computed from its votes (Polis-style groups plus Agora's
//! multistakeholder consensus) and stored with the settings and votes it came from.

use agora_domain::consultations::opinion::{
    GroupVote, MultistakeholderSettings, OpinionMap, OpinionSettings, StatementConsensus, Vote, multistakeholder_consensus, opinion_map,
};
use agora_store::consultations as store;
use agora_store::{Db, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum OpinionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the opinion map could not be computed: {0}")]
    Compute(String),
}

/// What is stored as an opinion map's result: the map and the multistakeholder consensus of every statement.
#[derive(Serialize, Deserialize)]
pub struct Stored {
    pub map: OpinionMap,
    pub multistakeholder: Vec<StatementConsensus>,
}

/// Computes and stores the opinion map of a consultation from its current votes (hidden statements left out);
/// returns the map's id.
pub async fn compute(db: &Db, consultation_id: i64, seed: u64) -> Result<i64, OpinionError> {
    let mut conn = db.acquire().await?;
    let stored_votes = store::votes(&mut conn, consultation_id).await?;
    let hidden: Vec<i64> =
        store::statements(&mut conn, consultation_id).await?.into_iter().filter(|s| s.hidden_reason.is_some()).map(|s| s.id).collect();
    drop(conn);
    let stored_votes: Vec<_> = stored_votes.into_iter().filter(|v| !hidden.contains(&v.statement_id)).collect();
    let mut voters: HashMap<String, i64> = HashMap::new();
    let votes: Vec<Vote> = stored_votes
        .iter()
        .map(|v| {
            let next = voters.len() as i64;
            let participant = *voters.entry(v.voter.clone()).or_insert(next);
            Vote { participant, statement: v.statement_id, value: v.vote as i8, at: 0 }
        })
        .collect();
    let group_votes: Vec<(i64, String, i8)> = stored_votes
        .iter()
        .filter(|v| !v.stakeholder_group.is_empty())
        .map(|v| (v.statement_id, v.stakeholder_group.clone(), v.vote as i8))
        .collect();
    let settings = OpinionSettings { seed, ..OpinionSettings::default() };
    let ms_settings = MultistakeholderSettings::default();
    let compute_error = |e: &dyn std::fmt::Display| OpinionError::Compute(e.to_string());
    let inputs = serde_json::to_string(&votes.iter().map(|v| (v.participant, v.statement, v.value)).collect::<Vec<_>>())
        .map_err(|e| compute_error(&e))?;
    let (result, settings) = tokio::task::spawn_blocking(move || {
        let map = opinion_map(&votes, &settings);
        let gv: Vec<GroupVote> = group_votes.iter().map(|(s, g, v)| GroupVote { statement: *s, stakeholder_group: g, value: *v }).collect();
        let multistakeholder = multistakeholder_consensus(&gv, &ms_settings);
        (serde_json::to_string(&Stored { map, multistakeholder }), serde_json::to_string(&settings))
    })
    .await
    .map_err(|e| compute_error(&e))?;
    let (result, settings) = (result.map_err(|e| compute_error(&e))?, settings.map_err(|e| compute_error(&e))?);
    let mut tx = db.begin().await?;
    let id = store::save_map(&mut tx, consultation_id, &settings, &inputs, &result).await?;
    tx.commit().await?;
    Ok(id)
}
