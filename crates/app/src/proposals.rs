//! Workshop proposals: saving a draft or submitting it. The rules that depend on what is stored — the call's
//! deadline and the speaker cap — are checked in the transaction that writes, under a lock on the cycle's
//! speakers, so two proposals saved at the same moment cannot both pass a cap only one of them fits.

use agora_domain::cycles::Phase;
use agora_store::cycles::Cycle;
use agora_store::proposals::{self, Draft, NewPerson};
use agora_store::{Conn, StoreError, participants};

/// A speaker who already has as many confirmed sessions in the cycle as its rules allow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerOverCap {
    pub email: String,
    pub name: String,
    pub sessions: i64,
    pub max: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum ProposalError {
    #[error("the call for proposals ended at {ended_at}")]
    Closed { ended_at: i64 },
    #[error("speakers at their cap of sessions: {0:?}")]
    SpeakersOverCap(Vec<SpeakerOverCap>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A saved proposal and the people it newly invites (each to be mailed their link).
pub struct Saved {
    pub id: i64,
    pub invited: Vec<NewPerson>,
}

/// Who is saving, and what: a new proposal (`existing` is `None`) or a new version of the proposer's own.
pub struct SaveProposal<'a> {
    pub cycle: &'a Cycle,
    pub existing: Option<i64>,
    pub proposer_id: i64,
    pub organization_id: Option<i64>,
    pub draft: &'a Draft,
    pub submit: bool,
    pub now: i64,
}

/// Whether proposals can still be submitted or edited at `now`: until the call for proposals ends (always, for a
/// cycle without one).
pub fn call_open(cycle: &Cycle, now: i64) -> Result<(), ProposalError> {
    match cycle.phase(Phase::CallForProposals) {
        Some(dates) if now >= dates.end => Err(ProposalError::Closed { ended_at: dates.end }),
        _ => Ok(()),
    }
}

/// Saves a draft, or submits it: the deadline, then the speaker cap counted inside this transaction, then the
/// version stored with its record entry. Call it in a transaction; on an error nothing of it is written.
pub async fn save(conn: &mut Conn, input: SaveProposal<'_>) -> Result<Saved, ProposalError> {
    call_open(input.cycle, input.now)?;
    proposals::lock_speakers(&mut *conn, input.cycle.id).await?;
    let over = speakers_over_cap(&mut *conn, input.cycle, &input.draft.people).await?;
    if !over.is_empty() {
        return Err(ProposalError::SpeakersOverCap(over));
    }
    let (id, mut invited) =
        proposals::save(&mut *conn, input.existing, input.cycle.id, input.proposer_id, input.organization_id, input.draft, input.submit)
            .await?;
    confirm_the_proposer(&mut *conn, input.proposer_id, &mut invited).await?;
    Ok(Saved { id, invited })
}

/// The proposer listed among the people is confirmed at once and not mailed: her address was verified when she
/// signed in, and an invitation to confirm herself is a step with no purpose.
async fn confirm_the_proposer(conn: &mut Conn, proposer_id: i64, invited: &mut Vec<NewPerson>) -> Result<(), ProposalError> {
    let proposer = participants::get(&mut *conn, proposer_id).await?;
    let (own, others): (Vec<NewPerson>, Vec<NewPerson>) = std::mem::take(invited)
        .into_iter()
        .partition(|p| !proposer.email.is_empty() && p.email.trim().eq_ignore_ascii_case(&proposer.email));
    for person in own {
        if let Some((person_id, _)) = proposals::invitation(&mut *conn, &person.invitation_hash).await? {
            proposals::answer_invitation(&mut *conn, person_id, proposer_id, true).await?;
        }
    }
    *invited = others;
    Ok(())
}

/// The people listed who already have the cycle's maximum of confirmed sessions.
async fn speakers_over_cap(conn: &mut Conn, cycle: &Cycle, people: &[NewPerson]) -> Result<Vec<SpeakerOverCap>, StoreError> {
    let max = cycle.rules.max_sessions_per_speaker;
    let mut over = Vec::new();
    for person in people {
        let sessions = proposals::confirmed_sessions_of(&mut *conn, cycle.id, &person.email).await?;
        if sessions >= max as i64 {
            over.push(SpeakerOverCap { email: person.email.clone(), name: person.name.clone(), sessions, max });
        }
    }
    Ok(over)
}
