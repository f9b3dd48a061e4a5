//! `agora import transcripts DIR`: every `.txt` caption file of a folder becomes the transcript of the session it
//! names (see agora_domain::transcripts for how a file names its session). All or nothing: every file is read and
//! checked first, each refused one is named with its line, and only a folder without a refusal is stored, in one
//! transaction.

use agora_domain::transcripts::{self, Captions, SessionName};
use agora_store::Db;
use agora_store::transcripts::{self as store, StoredTranscript};
use anyhow::{Context, bail};
use std::path::{Path, PathBuf};

/// What an import stored.
pub struct Imported {
    pub files: usize,
    pub turns: usize,
}

pub async fn import(db: &Db, dir: &Path) -> anyhow::Result<Imported> {
    let files = caption_files(dir)?;
    if files.is_empty() {
        bail!("{}: no .txt caption files", dir.display());
    }
    let mut tx = db.begin().await?;
    let sessions: Vec<SessionName> =
        store::session_names(&mut tx).await?.into_iter().map(|(id, title)| SessionName { id, title }).collect();
    let mut read: Vec<(String, Captions)> = Vec::new();
    let mut refused: Vec<String> = Vec::new();
    for path in &files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let stem = path.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
                    refused.push(format!("{}: line {line}: not UTF-8 text", path.display()));
                    continue;
                }
            },
            Err(e) => {
                refused.push(format!("{}: cannot be read: {e}", path.display()));
                continue;
            }
        };
        match transcripts::read(&stem, &text, &sessions) {
            Ok(captions) => match read.iter().find(|(_, c)| c.session_id == captions.session_id) {
                Some((other, _)) => refused.push(format!("{}: is for session {}, as {other} is", path.display(), captions.session_id)),
                None => read.push((name, captions)),
            },
            Err(refusal) => refused.push(format!("{}: {refusal}", path.display())),
        }
    }
    if !refused.is_empty() {
        bail!("{} of {} files refused; nothing was imported:\n{}", refused.len(), files.len(), refused.join("\n"));
    }
    let at = agora_store::now();
    let mut turns = 0;
    for (source, captions) in &read {
        turns += captions.turns;
        let transcript = StoredTranscript {
            session_id: captions.session_id,
            transcript: captions.text.clone(),
            source: source.clone(),
            turns: captions.turns as i64,
            imported_at: at,
        };
        store::save(&mut tx, &transcript).await?;
    }
    tx.commit().await?;
    Ok(Imported { files: read.len(), turns })
}

/// The folder's `.txt` files, in name order (other files, such as a README or subtitles, are left alone).
fn caption_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    files.sort();
    Ok(files)
}
