//! Bulk imports: a Polis open-data export as a closed consultation of statements and votes, with its opinion
//! map computed; and submissions as JSON lines. Each file is read and checked whole before anything is
//! written, and written in one transaction, so a broken file imports nothing and names the line to fix.

use agora_domain::consultations::{OnBehalf, duplicates, fingerprint, polis, within_limit};
use agora_domain::people::{StakeholderGroup, country};
use agora_store::consultations::{self as store, NewSubmission, Settings};
use agora_store::{Db, StoreError};
use serde::Deserialize;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{0}")]
    Polis(#[from] polis::PolisError),
    #[error("line {line}: {reason}")]
    Line { line: usize, reason: String },
    #[error("no consultation {0}")]
    NoConsultation(i64),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the opinion map could not be computed: {0}")]
    Map(String),
}

/// Reports how far an import got: `(done, total)`.
pub type Progress<'a> = &'a (dyn Fn(u64, u64) + Sync);

/// The attribution the Polis open data requires (CC BY 4.0), kept on the imported consultation.
const POLIS_ATTRIBUTION: &str = "Data was gathered using the Polis software (compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with Attribution to The Computational Democracy Project.";

fn read(path: &Path) -> Result<String, ImportError> {
    std::fs::read_to_string(path).map_err(|source| ImportError::Read { path: path.display().to_string(), source })
}

/// What a Polis import brought in.
pub struct PolisImport {
    pub consultation_id: i64,
    pub statements: usize,
    pub votes: usize,
}

/// Imports the Polis export in `dir` (comments.csv, votes.csv, and summary.csv when present) as a closed
/// consultation that anyone could answer, then computes its opinion map.
pub async fn import_polis(db: &Db, dir: &Path, progress: Progress<'_>) -> Result<PolisImport, ImportError> {
    let optional = |name: &str| std::fs::read_to_string(dir.join(name)).ok();
    let name = dir.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let (comments, votes) = (read(&dir.join("comments.csv"))?, read(&dir.join("votes.csv"))?);
    import_polis_export(db, &name, &comments, &votes, optional("summary.csv").as_deref(), progress).await
}

/// Imports one Polis export given as the text of its files; `name` titles it when the summary has no topic.
pub async fn import_polis_export(
    db: &Db,
    name: &str,
    comments: &str,
    votes: &str,
    summary: Option<&str>,
    progress: Progress<'_>,
) -> Result<PolisImport, ImportError> {
    let conversation = polis::parse(comments, votes, None, summary)?;
    let first = conversation.statements.iter().map(|s| s.created_at).min().unwrap_or_else(agora_store::now);
    let last = conversation.votes.iter().map(|v| v.at / 1000).max().unwrap_or(first).max(first);
    let title = if conversation.topic.is_empty() { name.to_string() } else { conversation.topic.clone() };
    let mut description = conversation.description.clone();
    if !conversation.url.is_empty() {
        description.push_str(&format!("\n\nImported from the Polis conversation <{}>.", conversation.url));
    }
    let settings = Settings {
        title,
        description,
        opens_at: first,
        closes_at: last + 1,
        eligibility: "anyone".into(),
        languages: String::new(),
        max_text: 20000,
        inquiry_days: 30,
        attribution: POLIS_ATTRIBUTION.into(),
        origin: "polis".into(),
        ..Settings::default()
    };
    let total = (conversation.statements.len() + conversation.votes.len()) as u64;
    let mut tx = db.begin().await?;
    let consultation_id = store::create(&mut tx, &settings, None).await?;
    let mut ids = std::collections::HashMap::new();
    for (i, s) in conversation.statements.iter().enumerate() {
        let id = store::add_statement(&mut tx, consultation_id, None, &s.text).await?;
        if s.moderated < 0 {
            store::hide(&mut tx, store::Hideable::Statement, id, Some("Hidden by the conversation's Polis moderators")).await?;
        }
        ids.insert(s.id, id);
        progress(i as u64 + 1, total);
    }
    let rows: Vec<(i64, String, String, i64, i64)> = conversation
        .votes
        .iter()
        .filter_map(|v| Some((*ids.get(&v.statement)?, format!("polis:{}", v.participant), String::new(), v.value as i64, v.at / 1000)))
        .collect();
    for (done, chunk) in rows.chunks(5000).enumerate() {
        store::import_votes(&mut tx, consultation_id, chunk).await?;
        progress((conversation.statements.len() + (done * 5000 + chunk.len())) as u64, total);
    }
    tx.commit().await?;
    super::opinion::compute(db, consultation_id).await.map_err(|e| ImportError::Map(e.to_string()))?;
    Ok(PolisImport { consultation_id, statements: conversation.statements.len(), votes: rows.len() })
}

/// One submission of a JSON-lines import.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionLine {
    pub author_name: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub on_behalf: Option<String>,
    pub stakeholder_group: String,
    pub country: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub confidential: bool,
    /// Answers by question number: `{"1": {"text": "…", "choices": ["0"]}}`.
    #[serde(default)]
    pub answers: std::collections::BTreeMap<i64, LineAnswer>,
    /// Where it came from, for burst detection (an address or a network); "import" when absent.
    #[serde(default)]
    pub network: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineAnswer {
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub choices: Vec<String>,
}

/// Imports submissions, one JSON object per line, into a consultation; returns how many.
pub async fn import_jsonl(db: &Db, consultation_id: i64, text: &str, progress: Progress<'_>) -> Result<usize, ImportError> {
    let mut conn = db.acquire().await?;
    let c = store::get(&mut conn, consultation_id).await.map_err(|_| ImportError::NoConsultation(consultation_id))?;
    let questions = store::questions(&mut conn, consultation_id).await?;
    drop(conn);
    let limit = c.max_text.max(1) as usize;
    let mut submissions = Vec::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let fail = |reason: String| ImportError::Line { line: i + 1, reason };
        let row: SubmissionLine = serde_json::from_str(line).map_err(|e| fail(e.to_string()))?;
        let on_behalf = match &row.on_behalf {
            None => OnBehalf::Individual,
            Some(code) => OnBehalf::from_code(code).ok_or_else(|| fail(format!("unknown on_behalf {code:?}")))?,
        };
        if row.author_name.trim().is_empty() {
            return Err(fail("author_name is empty".into()));
        }
        StakeholderGroup::from_code(&row.stakeholder_group)
            .ok_or_else(|| fail(format!("unknown stakeholder_group {:?}", row.stakeholder_group)))?;
        country(&row.country).ok_or_else(|| fail(format!("unknown country {:?} (use ISO 3166 alpha-2)", row.country)))?;
        within_limit(&row.text, limit).map_err(|_| fail(format!("text longer than {limit} characters")))?;
        let mut answers = Vec::new();
        let mut all_text = row.text.clone();
        for (number, answer) in &row.answers {
            let q = questions.iter().find(|q| q.position == *number).ok_or_else(|| fail(format!("no question {number}")))?;
            within_limit(&answer.text, limit).map_err(|_| fail(format!("answer {number} longer than {limit} characters")))?;
            all_text.push('\n');
            all_text.push_str(&answer.text);
            answers.push((q.id, answer.text.clone(), answer.choices.join(",")));
        }
        submissions.push(NewSubmission {
            consultation_id,
            participant_id: None,
            on_behalf: on_behalf.code().into(),
            author_name: row.author_name.trim().into(),
            organization: row.organization,
            stakeholder_group: row.stakeholder_group,
            country: row.country,
            text: row.text,
            confidential: row.confidential && c.allow_confidential == 1,
            network: row.network.map(|n| duplicates::network_of(&n)).unwrap_or_else(|| "import".into()),
            fingerprint: fingerprint(&all_text),
            answers,
            edit_token_hash: None,
            edit_of: None,
        });
    }
    let total = submissions.len() as u64;
    let mut tx = db.begin().await?;
    for (i, s) in submissions.iter().enumerate() {
        store::save_submission(&mut tx, s).await?;
        if i % 500 == 0 {
            progress(i as u64, total);
        }
    }
    tx.commit().await?;
    progress(total, total);
    Ok(submissions.len())
}
