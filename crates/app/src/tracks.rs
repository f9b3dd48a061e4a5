//! A cycle's tracks: adding one (the youth track, Day 0 …) and drafting its output document, which then goes
//! through the Messages' consultation and publication (`agora-web`'s messages) like any Message.

use agora_domain::tracks::{OutputRefused, TrackRefused, new_track, output_text};
use agora_store::cycles::{self, NewTheme};
use agora_store::{Conn, StoreError, messages};

#[derive(Debug, thiserror::Error)]
pub enum TrackError {
    /// The track's name, description or kind was refused: the form says which.
    #[error("track refused: {0:?}")]
    Refused(TrackRefused),
    /// The output's title or text was refused.
    #[error("output refused: {0:?}")]
    Output(OutputRefused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The track as the Secretariat typed it.
pub struct NewTrack<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub kind: &'a str,
}

/// Adds a track to the cycle: the rule (`new_track`, against the cycle's tracks read in this transaction), then
/// the theme of that kind with its record entry. Call it in a transaction.
pub async fn add(conn: &mut Conn, cycle_id: i64, track: &NewTrack<'_>) -> Result<i64, TrackError> {
    cycles::get(&mut *conn, cycle_id).await?;
    let existing = cycles::themes(&mut *conn, cycle_id).await?;
    let names: Vec<&str> = existing.iter().map(|t| t.name.as_str()).collect();
    let (name, description, kind) = new_track(track.name, track.description, track.kind, &names).map_err(TrackError::Refused)?;
    let theme = NewTheme { name, description, sub_themes: "", policy_questions: "" };
    Ok(cycles::add_track(&mut *conn, cycle_id, &theme, kind.code()).await?)
}

/// Drafts the track's output document: a Message of the kind 'track-output' with the track as its theme, to be
/// opened for comment and published from its Message page. Call it in a transaction.
pub async fn draft_output(conn: &mut Conn, track_id: i64, title: &str, body: &str) -> Result<i64, TrackError> {
    let track = cycles::theme(&mut *conn, track_id).await?;
    let (title, body) = output_text(title, body).map_err(TrackError::Output)?;
    Ok(messages::create(&mut *conn, track.cycle_id, Some(track.id), "track-output", &title, &body, &[]).await?)
}
