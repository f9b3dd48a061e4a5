//! WSIS stocktaking's operations: registering a project, the Secretariat's review, recording a commitment, and a
//! milestone update through the owner's one-time link. Each runs on the transaction it is given.

use agora_domain::stocktaking::{
    Commitment, FieldError, MilestoneState, Project, RawCommitment, RawProject, Review, milestone_move, parse_commitment, parse_project,
};
use agora_store::stocktaking as store;
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum StocktakingError {
    /// The typed project or commitment broke rules; each error names its field.
    #[error("refused: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<FieldError>),
    /// A review of a project that was already reviewed.
    #[error("already reviewed")]
    AlreadyReviewed,
    /// No commitment has this update link (and it was never one).
    #[error("unknown link")]
    UnknownLink,
    /// The link was used, at this time.
    #[error("link used at {0}")]
    LinkSpent(i64),
    /// The link expired, at this time.
    #[error("link expired at {0}")]
    LinkExpired(i64),
    /// The milestone does not belong to the link's commitment.
    #[error("no such milestone")]
    NoMilestone,
    /// The move the owner asked for is not allowed ("final", "no-change") or its evidence is not a link.
    #[error("milestone update refused: {0}")]
    Refused(&'static str),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Registers a participant's project for the Secretariat's review. Returns the project's id.
pub async fn register_project(conn: &mut Conn, participant_id: i64, raw: &RawProject) -> Result<i64, StocktakingError> {
    let project = parse_project(raw).map_err(StocktakingError::Invalid)?;
    Ok(store::register(conn, &project, Some(participant_id), Review::Pending.code()).await?)
}

/// A project that is public from the start (the demo, an import the Secretariat vouches for).
pub async fn register_validated(conn: &mut Conn, project: &Project) -> Result<i64, StocktakingError> {
    Ok(store::register(conn, project, None, Review::Validated.code()).await?)
}

/// The Secretariat validates or rejects a pending project (a rejection says why).
pub async fn review_project(conn: &mut Conn, id: i64, validate: bool, note: &str, by: i64) -> Result<(), StocktakingError> {
    let review = if validate { Review::Validated } else { Review::Rejected };
    if !validate && note.trim().is_empty() {
        return Err(StocktakingError::Invalid(vec![FieldError { field: "note", code: "required", value: String::new() }]));
    }
    match store::review(conn, id, review.code(), note.trim(), by).await {
        Err(StoreError::Conflict) => Err(StocktakingError::AlreadyReviewed),
        other => Ok(other?),
    }
}

/// Records a commitment with its milestones and its first update link (given as its hash, with its expiry).
pub async fn record_commitment(
    conn: &mut Conn,
    by: Option<i64>,
    raw: &RawCommitment,
    token_hash: &str,
    expires_at: i64,
) -> Result<(i64, Commitment), StocktakingError> {
    let commitment = parse_commitment(raw).map_err(StocktakingError::Invalid)?;
    let id = store::create_commitment(conn, &commitment, by, token_hash, expires_at).await?;
    Ok((id, commitment))
}

/// The commitment an update link opens, or why it does not.
pub async fn commitment_by_link(conn: &mut Conn, token_hash: &str, now: i64) -> Result<store::Commitment, StocktakingError> {
    if let Some(c) = store::by_link(conn, token_hash).await? {
        return match c.token_expires_at {
            Some(expiry) if expiry < now => Err(StocktakingError::LinkExpired(expiry)),
            _ => Ok(c),
        };
    }
    match store::link_spent_at(conn, token_hash).await? {
        Some(at) => Err(StocktakingError::LinkSpent(at)),
        None => Err(StocktakingError::UnknownLink),
    }
}

/// What the owner sends through the link.
#[derive(Debug, Clone)]
pub struct MilestoneUpdate {
    pub milestone_id: i64,
    pub state: String,
    pub evidence: String,
    pub note: String,
}

/// Updates one milestone through the owner's link: spends the link (one use only; a second use says when the
/// first was) and puts the next link's hash in its place. Returns the commitment's id.
pub async fn update_milestone(
    conn: &mut Conn,
    token_hash: &str,
    update: &MilestoneUpdate,
    next_hash: &str,
    next_expires_at: i64,
    now: i64,
) -> Result<i64, StocktakingError> {
    let commitment = commitment_by_link(conn, token_hash, now).await?;
    let milestone = store::milestones(conn, Some(commitment.id))
        .await?
        .into_iter()
        .find(|m| m.id == update.milestone_id)
        .ok_or(StocktakingError::NoMilestone)?;
    let to = MilestoneState::from_code(&update.state).ok_or(StocktakingError::Refused("state"))?;
    let from = MilestoneState::from_code(&milestone.state).unwrap_or(MilestoneState::Planned);
    let evidence = update.evidence.trim();
    if !agora_domain::is_web_link_or_empty(evidence) || evidence.contains(char::is_whitespace) {
        return Err(StocktakingError::Refused("evidence"));
    }
    if update.note.chars().count() > 2_000 {
        return Err(StocktakingError::Refused("note"));
    }
    milestone_move(from, to, !evidence.is_empty() || !update.note.trim().is_empty()).map_err(StocktakingError::Refused)?;
    if !store::spend_link(conn, token_hash, commitment.id, next_hash, next_expires_at).await? {
        return Err(match store::link_spent_at(conn, token_hash).await? {
            Some(at) => StocktakingError::LinkSpent(at),
            None => StocktakingError::UnknownLink,
        });
    }
    store::update_milestone(conn, commitment.id, milestone.id, to.code(), evidence, update.note.trim()).await?;
    Ok(commitment.id)
}
