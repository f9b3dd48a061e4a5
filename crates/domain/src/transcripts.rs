//! Caption files imported as session transcripts (`agora import transcripts DIR`): which session a file is for,
//! and whether it holds speaker turns. Pure: the caller reads the files and lists the sessions.
//!
//! A file names its session by a first line `Session: REF`, or else by its own name without the extension. REF is
//! the session's number (`12`, or its address `…/sessions/12`), its frab slug (`igf2025-12-community-networks`, as
//! `schedule.xml` gives it) or its title (`Community networks in East Africa`, matched on its slug, so case and
//! punctuation do not matter; a title two sessions share is refused as ambiguous).

use crate::programme::frab::slugify;
use crate::reports::turns;
use std::fmt;

/// The longest transcript accepted: a full day of captions is about 400,000 characters.
pub const MAX_CHARS: usize = 1_000_000;

/// A session a file may be for.
#[derive(Debug, Clone)]
pub struct SessionName {
    pub id: i64,
    pub title: String,
}

/// A caption file ready to store: its session, its text (without the `Session:` line) and its number of turns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captions {
    pub session_id: i64,
    pub text: String,
    pub turns: usize,
}

/// Why a file is refused, and the line (from 1) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub reason: Reason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Nothing in the file but blank lines.
    Empty,
    /// No session has this number, slug or title.
    UnknownSession(String),
    /// Several sessions have this title.
    AmbiguousTitle(String, Vec<i64>),
    /// No line starts with `>> NAME:`.
    NoTurns,
    TooLong,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.reason {
            Reason::Empty => write!(f, "the file is empty"),
            Reason::UnknownSession(name) => write!(
                f,
                "no session is named {name:?} (name the file by the session's number, frab slug or title, \
                 or start it with a line `Session: 12`)"
            ),
            Reason::AmbiguousTitle(name, ids) => {
                write!(f, "{} sessions are titled {name:?} (sessions {ids:?}): name the file by the session's number", ids.len())
            }
            Reason::NoTurns => write!(f, "no speaker turns: captions need lines starting with `>> NAME:`"),
            Reason::TooLong => write!(f, "longer than {MAX_CHARS} characters"),
        }
    }
}

/// Reads one caption file: `stem` is its name without the extension.
pub fn read(stem: &str, text: &str, sessions: &[SessionName]) -> Result<Captions, Refusal> {
    let text = text.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let Some((first_line, first)) = text.lines().enumerate().find(|(_, l)| !l.trim().is_empty()) else {
        return Err(Refusal { line: 1, reason: Reason::Empty });
    };
    let header = first.trim().trim_start_matches('#').trim();
    let (name, line, body) = match header.split_once(':').filter(|(k, _)| k.trim().eq_ignore_ascii_case("session")) {
        Some((_, name)) => (name.trim(), first_line + 1, text.lines().skip(first_line + 1).collect::<Vec<_>>().join("\n")),
        None => (stem.trim(), 1, text.clone()),
    };
    let session_id = session_named(name, sessions).map_err(|reason| Refusal { line, reason })?;
    let body = body.trim().to_string();
    if body.chars().count() > MAX_CHARS {
        return Err(Refusal { line: 1, reason: Reason::TooLong });
    }
    let turns = turns(&body).iter().filter(|t| !t.speaker.is_empty()).count();
    if turns == 0 {
        let line = text.lines().enumerate().skip(line).find(|(_, l)| !l.trim().is_empty()).map_or(line, |(i, _)| i + 1);
        return Err(Refusal { line, reason: Reason::NoTurns });
    }
    Ok(Captions { session_id, text: body, turns })
}

/// The session a reference names: its number or address, its frab slug, or its title.
fn session_named(name: &str, sessions: &[SessionName]) -> Result<i64, Reason> {
    let unknown = || Reason::UnknownSession(name.to_string());
    let number = name.rsplit_once("/sessions/").map_or(name, |(_, n)| n.trim_end_matches('/'));
    if let Ok(id) = number.parse::<i64>() {
        return sessions.iter().find(|s| s.id == id).map(|s| s.id).ok_or_else(unknown);
    }
    // A frab slug: the cycle's acronym, the session's number, then its title's slug.
    let slug = slugify(name);
    let words: Vec<&str> = slug.split('-').collect();
    for (i, word) in words.iter().enumerate() {
        let Ok(id) = word.parse::<i64>() else { continue };
        let rest = words[i + 1..].join("-");
        if let Some(s) = sessions.iter().find(|s| s.id == id && (rest.is_empty() || slugify(&s.title).starts_with(&rest))) {
            return Ok(s.id);
        }
    }
    let titled: Vec<i64> = sessions.iter().filter(|s| slugify(&s.title) == slug).map(|s| s.id).collect();
    match titled.as_slice() {
        [id] => Ok(*id),
        [] => Err(unknown()),
        ids => Err(Reason::AmbiguousTitle(name.to_string(), ids.to_vec())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sessions() -> Vec<SessionName> {
        vec![
            SessionName { id: 12, title: "Community networks in East Africa".into() },
            SessionName { id: 13, title: "Opening ceremony".into() },
            SessionName { id: 14, title: "Opening ceremony".into() },
        ]
    }

    const CAPTIONS: &str = ">> MODERATOR: Welcome.\n>> AMINA: Thank you.\nMore words.";

    #[test]
    fn a_file_names_its_session_by_number_slug_title_or_header() {
        let s = sessions();
        for stem in ["12", "igf2025-12-community-networks-in-east-africa", "Community Networks in East Africa", "whatever"] {
            let text =
                if stem == "whatever" { format!("Session: https://igf.example.org/sessions/12\n{CAPTIONS}") } else { CAPTIONS.into() };
            let read = read(stem, &text, &s).unwrap_or_else(|e| panic!("{stem}: {e}"));
            assert_eq!((read.session_id, read.turns), (12, 2), "{stem}");
            assert!(read.text.starts_with(">> MODERATOR"), "the header is not part of the transcript");
        }
    }

    #[test]
    fn bad_files_are_refused_with_their_line() {
        let s = sessions();
        assert_eq!(read("12", " \n\n", &s).unwrap_err().reason, Reason::Empty);
        assert_eq!(read("99", CAPTIONS, &s).unwrap_err().reason, Reason::UnknownSession("99".into()));
        let ambiguous = read("opening-ceremony", CAPTIONS, &s).unwrap_err();
        assert_eq!(ambiguous.reason, Reason::AmbiguousTitle("opening-ceremony".into(), vec![13, 14]));
        let header = read("12", "\n# Session: nowhere\n>> A: b", &s).unwrap_err();
        assert_eq!((header.line, header.reason), (2, Reason::UnknownSession("nowhere".into())));
        let no_turns = read("12", "Session: 12\n\nJust prose, nobody speaking.\n", &s).unwrap_err();
        assert_eq!((no_turns.line, no_turns.reason.clone()), (3, Reason::NoTurns));
        assert!(no_turns.to_string().starts_with("line 3: no speaker turns"), "{no_turns}");
    }
}
