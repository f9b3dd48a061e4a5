//! The opinion map of a consultation's statements, computed from its votes (Polis-style groups plus Agora's
//! multistakeholder consensus) and stored with the settings and votes it came from.

use agora_domain::consultations::opinion::{
    GroupVote, MultistakeholderSettings, OpinionMap, OpinionSettings, StatementConsensus, Vote, multistakeholder_consensus, opinion_map,
};
use agora_store::consultations as store;
use agora_store::{Db, StoreError};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
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

/// The stable public id of a voter on a consultation's map, so that anyone can compare the map with another
/// tool: an imported Polis voter keeps the export's own participant id; anyone else gets a pseudonym, an HMAC of
/// the consultation and the voter under the forum's secret (the same on every recomputation, unlinkable across
/// consultations, and no way back to the account or browser).
pub fn public_id(secret: &[u8], consultation_id: i64, voter: &str) -> String {
    if let Some(polis) = voter.strip_prefix("polis:") {
        return polis.to_string();
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(format!("opinion-participant:{consultation_id}:{voter}").as_bytes());
    let digest = mac.finalize().into_bytes();
    format!("agora-{}", digest[..8].iter().map(|b| format!("{b:02x}")).collect::<String>())
}

/// The forum's secret, as agora-web keeps it (created here if the web server never ran).
async fn forum_secret(conn: &mut agora_store::Conn) -> Result<Vec<u8>, OpinionError> {
    let secret = agora_store::settings::get_or_init(conn, "server.secret", || {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system's random source");
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    })
    .await?;
    Ok(secret.into_bytes())
}

/// Computes and stores the opinion map of a consultation from its current votes, with the product's settings
/// (`OpinionSettings::default()`): votes on hidden statements count only towards who is in the conversation, as
/// in Polis. Each placed participant is named by [`public_id`]. Returns the map's id.
pub async fn compute(db: &Db, consultation_id: i64) -> Result<i64, OpinionError> {
    let mut conn = db.acquire().await?;
    let stored_votes = store::votes(&mut conn, consultation_id).await?;
    let hidden: Vec<i64> =
        store::statements(&mut conn, consultation_id).await?.into_iter().filter(|s| s.hidden_reason.is_some()).map(|s| s.id).collect();
    let secret = forum_secret(&mut conn).await?;
    drop(conn);
    let mut numbers: HashMap<String, i64> = HashMap::new();
    let mut voters: Vec<String> = Vec::new();
    let votes: Vec<Vote> = stored_votes
        .iter()
        .map(|v| {
            let participant = *numbers.entry(v.voter.clone()).or_insert_with(|| {
                voters.push(v.voter.clone());
                voters.len() as i64 - 1
            });
            Vote { participant, statement: v.statement_id, value: v.vote as i8, at: v.at }
        })
        .collect();
    let group_votes: Vec<(i64, String, i8)> = stored_votes
        .iter()
        .filter(|v| !v.stakeholder_group.is_empty() && !hidden.contains(&v.statement_id))
        .map(|v| (v.statement_id, v.stakeholder_group.clone(), v.vote as i8))
        .collect();
    let settings = OpinionSettings::default();
    let ms_settings = MultistakeholderSettings::default();
    let compute_error = |e: &dyn std::fmt::Display| OpinionError::Compute(e.to_string());
    let inputs = serde_json::to_string(&votes.iter().map(|v| (v.participant, v.statement, v.value)).collect::<Vec<_>>())
        .map_err(|e| compute_error(&e))?;
    let (result, settings) = tokio::task::spawn_blocking(move || {
        let mut map = opinion_map(&votes, &hidden, &settings);
        for p in &mut map.participants {
            p.id = public_id(&secret, consultation_id, &voters[p.participant as usize]);
        }
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

#[cfg(test)]
mod tests {
    use super::public_id;

    #[test]
    fn polis_voters_keep_their_id_and_others_get_a_stable_unlinkable_pseudonym() {
        assert_eq!(public_id(b"secret", 1, "polis:1234"), "1234");
        let a = public_id(b"secret", 1, "p:7");
        assert!(a.starts_with("agora-") && a.len() == 22, "{a}");
        assert_eq!(a, public_id(b"secret", 1, "p:7"));
        assert_ne!(a, public_id(b"secret", 2, "p:7"));
        assert_ne!(a, public_id(b"other", 1, "p:7"));
        assert_ne!(a, public_id(b"secret", 1, "p:8"));
    }
}
