//! Public consultations: the consultation with its questions, draft paragraphs and statements; submissions
//! (with answers and endorsing organizations), paragraph comments and statement votes; moderation; the
//! synthesis with its citations and the inquiries after it; opinion maps stored with their inputs.
//!
//! Every public change appends to the public record in the caller's transaction; a confidential submission
//! is recorded as counted, never with its content.

use crate::{AnyQuery, Conn, Result, StoreError, now, record};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct Consultation {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub documents: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub replies_until: Option<i64>,
    pub eligibility: String,
    pub languages: String,
    pub allow_confidential: i64,
    pub max_text: i64,
    pub inquiry_days: i64,
    pub synthesis: String,
    pub synthesis_status: String,
    pub synthesis_published_at: Option<i64>,
    pub attribution: String,
    pub origin: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str = "id, title, description, documents, opens_at, closes_at, replies_until, eligibility, languages, allow_confidential,
    max_text, inquiry_days, synthesis, synthesis_status, synthesis_published_at, attribution, origin, created_at, updated_at";

/// What the Secretariat sets on a consultation.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub title: String,
    pub description: String,
    pub documents: String,
    pub opens_at: i64,
    pub closes_at: i64,
    pub replies_until: Option<i64>,
    pub eligibility: String,
    pub languages: String,
    pub allow_confidential: bool,
    pub max_text: i64,
    pub inquiry_days: i64,
    pub attribution: String,
    pub origin: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize, Deserialize)]
pub struct Question {
    pub id: i64,
    pub position: i64,
    pub kind: String,
    pub text: String,
    pub options: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Paragraph {
    pub id: i64,
    pub position: i64,
    pub text: String,
}

/// Binds what the Secretariat sets, in the order both the insert and the update list them.
fn bind_settings<'q>(query: AnyQuery<'q>, s: &'q Settings) -> AnyQuery<'q> {
    query
        .bind(&s.title)
        .bind(&s.description)
        .bind(&s.documents)
        .bind(s.opens_at)
        .bind(s.closes_at)
        .bind(s.replies_until)
        .bind(&s.eligibility)
        .bind(&s.languages)
        .bind(s.allow_confidential as i64)
        .bind(s.max_text)
        .bind(s.inquiry_days)
}

pub async fn create(conn: &mut Conn, settings: &Settings, created_by: Option<i64>) -> Result<i64> {
    use sqlx::Row;
    let insert = sqlx::query(
        "INSERT INTO consultations (title, description, documents, opens_at, closes_at, replies_until, eligibility, languages,
            allow_confidential, max_text, inquiry_days, attribution, origin, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id",
    );
    let row = bind_settings(insert, settings)
        .bind(&settings.attribution)
        .bind(&settings.origin)
        .bind(created_by)
        .bind(now())
        .fetch_one(&mut *conn)
        .await?;
    let id: i64 = row.try_get(0)?;
    record::append(conn, "consultation.created", "consultation", id, &serde_json::json!({ "title": settings.title })).await?;
    Ok(id)
}

pub async fn update(conn: &mut Conn, id: i64, settings: &Settings) -> Result<()> {
    let update = sqlx::query(
        "UPDATE consultations SET title = $2, description = $3, documents = $4, opens_at = $5, closes_at = $6, replies_until = $7,
            eligibility = $8, languages = $9, allow_confidential = $10, max_text = $11, inquiry_days = $12, updated_at = $13
         WHERE id = $1",
    );
    let changed = bind_settings(update.bind(id), settings).bind(now()).execute(&mut *conn).await?.rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(conn, "consultation.updated", "consultation", id, &serde_json::json!({ "title": settings.title })).await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Consultation> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM consultations WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn list(conn: &mut Conn) -> Result<Vec<Consultation>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM consultations ORDER BY closes_at DESC, id DESC")))
        .fetch_all(conn)
        .await?)
}

/// How much input a consultation has, for lists.
#[derive(Debug, Clone, Default, sqlx::FromRow, Serialize)]
pub struct Counts {
    pub consultation_id: i64,
    pub submissions: i64,
    pub comments: i64,
    pub statements: i64,
    pub votes: i64,
}

/// The input counts of every consultation, or of one.
pub async fn counts(conn: &mut Conn, consultation_id: Option<i64>) -> Result<Vec<Counts>> {
    Ok(sqlx::query_as(
        "SELECT c.id AS consultation_id,
            (SELECT COUNT(*) FROM consultation_submissions s WHERE s.consultation_id = c.id) AS submissions,
            (SELECT COUNT(*) FROM consultation_comments m WHERE m.consultation_id = c.id) AS comments,
            (SELECT COUNT(*) FROM consultation_statements t WHERE t.consultation_id = c.id) AS statements,
            (SELECT COUNT(*) FROM consultation_votes v JOIN consultation_statements t ON t.id = v.statement_id
              WHERE t.consultation_id = c.id) AS votes
         FROM consultations c WHERE ($1 IS NULL OR c.id = $1)",
    )
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

/// Sets the questionnaire and the draft text; refused once inputs exist, since answers and comments point at
/// them by position.
pub async fn set_content(conn: &mut Conn, id: i64, questions: &[(String, String, String)], paragraphs: &[String]) -> Result<()> {
    let inputs: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM consultation_submissions WHERE consultation_id = $1)
              + (SELECT COUNT(*) FROM consultation_comments WHERE consultation_id = $1)",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    if inputs > 0 {
        return Err(StoreError::Conflict);
    }
    sqlx::query("DELETE FROM consultation_questions WHERE consultation_id = $1").bind(id).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM consultation_paragraphs WHERE consultation_id = $1").bind(id).execute(&mut *conn).await?;
    for (i, (kind, text, options)) in questions.iter().enumerate() {
        sqlx::query("INSERT INTO consultation_questions (consultation_id, position, kind, text, options) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(kind)
            .bind(text)
            .bind(options)
            .execute(&mut *conn)
            .await?;
    }
    for (i, text) in paragraphs.iter().enumerate() {
        sqlx::query("INSERT INTO consultation_paragraphs (consultation_id, position, text) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(text)
            .execute(&mut *conn)
            .await?;
    }
    let payload = serde_json::json!({ "questions": questions.len(), "paragraphs": paragraphs.len() });
    record::append(conn, "consultation.content-set", "consultation", id, &payload).await?;
    Ok(())
}

pub async fn questions(conn: &mut Conn, id: i64) -> Result<Vec<Question>> {
    Ok(sqlx::query_as("SELECT id, position, kind, text, options FROM consultation_questions WHERE consultation_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(conn)
        .await?)
}

pub async fn paragraphs(conn: &mut Conn, id: i64) -> Result<Vec<Paragraph>> {
    Ok(sqlx::query_as("SELECT id, position, text FROM consultation_paragraphs WHERE consultation_id = $1 ORDER BY position")
        .bind(id)
        .fetch_all(conn)
        .await?)
}

/// A submission as stored; `participant_id` and the network are never shown or exported.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Submission {
    pub id: i64,
    pub consultation_id: i64,
    #[serde(skip)]
    pub participant_id: Option<i64>,
    pub on_behalf: String,
    pub author_name: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub country: String,
    pub text: String,
    pub confidential: i64,
    pub hidden_reason: Option<String>,
    #[serde(skip)]
    pub network: String,
    #[serde(skip)]
    pub fingerprint: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

const SUBMISSION_COLUMNS: &str = "id, consultation_id, participant_id, on_behalf, author_name, organization, stakeholder_group, country,
    text, confidential, hidden_reason, network, fingerprint, version, created_at, updated_at";

/// A submission as typed, with its answers `(question id, text, choices joined by commas)`.
#[derive(Debug, Clone, Default)]
pub struct NewSubmission {
    pub consultation_id: i64,
    pub participant_id: Option<i64>,
    pub on_behalf: String,
    pub author_name: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub country: String,
    pub text: String,
    pub confidential: bool,
    pub network: String,
    pub fingerprint: String,
    pub answers: Vec<(i64, String, String)>,
    /// For a new anonymous submission: the hash of the private link that lets its sender edit it.
    pub edit_token_hash: Option<String>,
    /// The anonymous submission this one replaces (found through its edit link).
    pub edit_of: Option<i64>,
}

/// Stores a new submission, or replaces the participant's earlier one (a new version), with its answers.
pub async fn save_submission(conn: &mut Conn, s: &NewSubmission) -> Result<i64> {
    let at = now();
    let existing: Option<i64> = match (s.edit_of, s.participant_id) {
        (Some(id), _) => Some(id),
        (None, Some(p)) => {
            sqlx::query_scalar("SELECT id FROM consultation_submissions WHERE consultation_id = $1 AND participant_id = $2")
                .bind(s.consultation_id)
                .bind(p)
                .fetch_optional(&mut *conn)
                .await?
        }
        (None, None) => None,
    };
    let id: i64 = match existing {
        Some(id) => {
            sqlx::query(
                "UPDATE consultation_submissions SET on_behalf = $2, author_name = $3, organization = $4, stakeholder_group = $5,
                    country = $6, text = $7, confidential = $8, network = $9, fingerprint = $10, version = version + 1, updated_at = $11
                 WHERE id = $1",
            )
            .bind(id)
            .bind(&s.on_behalf)
            .bind(&s.author_name)
            .bind(&s.organization)
            .bind(&s.stakeholder_group)
            .bind(&s.country)
            .bind(&s.text)
            .bind(s.confidential as i64)
            .bind(&s.network)
            .bind(&s.fingerprint)
            .bind(at)
            .execute(&mut *conn)
            .await?;
            sqlx::query("DELETE FROM consultation_answers WHERE submission_id = $1").bind(id).execute(&mut *conn).await?;
            id
        }
        None => insert_submission(conn, s, at).await?,
    };
    for (question_id, text, choices) in &s.answers {
        sqlx::query("INSERT INTO consultation_answers (submission_id, question_id, text, choices) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(question_id)
            .bind(text)
            .bind(choices)
            .execute(&mut *conn)
            .await?;
    }
    let kind = if existing.is_some() { "submission.updated" } else { "submission.received" };
    let payload = serde_json::json!({ "consultation": s.consultation_id, "confidential": s.confidential });
    record::append(conn, kind, "submission", id, &payload).await?;
    Ok(id)
}

async fn insert_submission(conn: &mut Conn, s: &NewSubmission, at: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO consultation_submissions (consultation_id, participant_id, on_behalf, author_name, organization, stakeholder_group,
            country, text, confidential, network, fingerprint, created_at, updated_at, edit_token_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id",
    )
    .bind(s.consultation_id)
    .bind(s.participant_id)
    .bind(&s.on_behalf)
    .bind(&s.author_name)
    .bind(&s.organization)
    .bind(&s.stakeholder_group)
    .bind(&s.country)
    .bind(&s.text)
    .bind(s.confidential as i64)
    .bind(&s.network)
    .bind(&s.fingerprint)
    .bind(at)
    .bind(&s.edit_token_hash)
    .fetch_one(conn)
    .await?)
}

/// Whether the same text came from the same network since `since` — the guard against a double-posted
/// anonymous submission (a participant has one submission per consultation anyway).
pub async fn is_repeat(conn: &mut Conn, consultation_id: i64, fingerprint: &str, network: &str, since: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM consultation_submissions
         WHERE consultation_id = $1 AND fingerprint = $2 AND network = $3 AND participant_id IS NULL AND created_at >= $4",
    )
    .bind(consultation_id)
    .bind(fingerprint)
    .bind(network)
    .bind(since)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}

pub async fn submission(conn: &mut Conn, id: i64) -> Result<Submission> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// The anonymous submission an edit link opens, if the link is one.
pub async fn by_edit_token(conn: &mut Conn, token_hash: &str) -> Result<Option<Submission>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE edit_token_hash = $1")))
        .bind(token_hash)
        .fetch_optional(conn)
        .await?)
}

pub async fn submission_of(conn: &mut Conn, consultation_id: i64, participant_id: i64) -> Result<Option<Submission>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE consultation_id = $1 AND participant_id = $2"
    )))
    .bind(consultation_id)
    .bind(participant_id)
    .fetch_optional(conn)
    .await?)
}

/// Every submission of a consultation, oldest first, confidential and hidden ones included (callers decide
/// what to show).
pub async fn submissions(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Submission>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE consultation_id = $1 ORDER BY id"
    )))
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

/// A consultation's submissions counted: all, confidential, hidden.
pub async fn submission_counts(conn: &mut Conn, consultation_id: i64) -> Result<(i64, i64, i64)> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*), COUNT(CASE WHEN confidential = 1 THEN 1 END), COUNT(hidden_reason)
         FROM consultation_submissions WHERE consultation_id = $1",
    )
    .bind(consultation_id)
    .fetch_one(conn)
    .await?)
}

/// One page of a consultation's submissions that may be shown (confidential ones are only counted).
pub async fn public_submissions(conn: &mut Conn, consultation_id: i64, limit: i64, offset: i64) -> Result<Vec<Submission>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE consultation_id = $1 AND confidential = 0 ORDER BY id LIMIT $2 OFFSET $3"
    )))
    .bind(consultation_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StoredAnswer {
    pub submission_id: i64,
    pub question_id: i64,
    pub text: String,
    pub choices: String,
}

/// The answers of a consultation's submissions, or of one submission.
pub async fn answers(conn: &mut Conn, consultation_id: i64, submission_id: Option<i64>) -> Result<Vec<StoredAnswer>> {
    Ok(sqlx::query_as(
        "SELECT a.submission_id, a.question_id, a.text, a.choices FROM consultation_answers a
         JOIN consultation_submissions s ON s.id = a.submission_id
         WHERE s.consultation_id = $1 AND ($2 IS NULL OR a.submission_id = $2) ORDER BY a.submission_id, a.question_id",
    )
    .bind(consultation_id)
    .bind(submission_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Endorsement {
    pub id: i64,
    pub submission_id: i64,
    pub organization: String,
    #[serde(skip)]
    pub email: String,
    pub confirmed_at: Option<i64>,
}

/// Invites an organization to endorse a joint submission; the mail carries the token whose hash is stored.
pub async fn invite_endorser(conn: &mut Conn, submission_id: i64, organization: &str, email: &str, token_hash: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO consultation_endorsements (submission_id, organization, email, token_hash) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(submission_id)
    .bind(organization)
    .bind(email)
    .bind(token_hash)
    .fetch_one(conn)
    .await?)
}

pub async fn endorsement_by_token(conn: &mut Conn, token_hash: &str) -> Result<Endorsement> {
    sqlx::query_as("SELECT id, submission_id, organization, email, confirmed_at FROM consultation_endorsements WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn confirm_endorsement(conn: &mut Conn, id: i64) -> Result<()> {
    let e: Endorsement =
        sqlx::query_as("UPDATE consultation_endorsements SET confirmed_at = $2 WHERE id = $1 RETURNING id, submission_id, organization, email, confirmed_at")
            .bind(id)
            .bind(now())
            .fetch_one(&mut *conn)
            .await?;
    record::append(conn, "submission.endorsed", "submission", e.submission_id, &serde_json::json!({ "organization": e.organization }))
        .await?;
    Ok(())
}

pub async fn endorsements(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Endorsement>> {
    Ok(sqlx::query_as(
        "SELECT e.id, e.submission_id, e.organization, e.email, e.confirmed_at FROM consultation_endorsements e
         JOIN consultation_submissions s ON s.id = e.submission_id WHERE s.consultation_id = $1 ORDER BY e.id",
    )
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Comment {
    pub id: i64,
    pub paragraph_id: i64,
    pub parent_id: Option<i64>,
    #[serde(skip)]
    pub participant_id: Option<i64>,
    pub author_name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub text: String,
    pub hidden_reason: Option<String>,
    #[serde(skip)]
    pub network: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Default)]
pub struct NewComment {
    pub consultation_id: i64,
    pub paragraph_id: i64,
    pub parent_id: Option<i64>,
    pub participant_id: Option<i64>,
    pub author_name: String,
    pub stakeholder_group: String,
    pub country: String,
    pub text: String,
    pub network: String,
}

pub async fn add_comment(conn: &mut Conn, c: &NewComment) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consultation_comments (consultation_id, paragraph_id, parent_id, participant_id, author_name, stakeholder_group,
            country, text, network, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(c.consultation_id)
    .bind(c.paragraph_id)
    .bind(c.parent_id)
    .bind(c.participant_id)
    .bind(&c.author_name)
    .bind(&c.stakeholder_group)
    .bind(&c.country)
    .bind(&c.text)
    .bind(&c.network)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "consultation": c.consultation_id, "paragraph": c.paragraph_id, "reply_to": c.parent_id });
    record::append(conn, "comment.added", "comment", id, &payload).await?;
    Ok(id)
}

/// Whether a comment exists on this paragraph of this consultation (what a reply must answer).
pub async fn comment_on(conn: &mut Conn, consultation_id: i64, paragraph_id: i64, comment_id: i64) -> Result<bool> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM consultation_comments WHERE id = $1 AND consultation_id = $2 AND paragraph_id = $3")
            .bind(comment_id)
            .bind(consultation_id)
            .bind(paragraph_id)
            .fetch_optional(conn)
            .await?;
    Ok(found.is_some())
}

pub async fn comments(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Comment>> {
    Ok(sqlx::query_as(
        "SELECT id, paragraph_id, parent_id, participant_id, author_name, stakeholder_group, country, text, hidden_reason, network, created_at
         FROM consultation_comments WHERE consultation_id = $1 ORDER BY id",
    )
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Statement {
    pub id: i64,
    pub text: String,
    pub hidden_reason: Option<String>,
    pub created_at: i64,
    pub agree: i64,
    pub disagree: i64,
    pub pass: i64,
}

pub async fn add_statement(conn: &mut Conn, consultation_id: i64, participant_id: Option<i64>, text: &str) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consultation_statements (consultation_id, participant_id, text, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(consultation_id)
    .bind(participant_id)
    .bind(text)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "statement.added", "statement", id, &serde_json::json!({ "consultation": consultation_id, "text": text })).await?;
    Ok(id)
}

/// The consultation a statement belongs to, if the statement exists.
pub async fn statement_consultation(conn: &mut Conn, statement_id: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT consultation_id FROM consultation_statements WHERE id = $1")
        .bind(statement_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn statements(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Statement>> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.text, t.hidden_reason, t.created_at,
            COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0) AS agree,
            COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0) AS disagree,
            COALESCE(SUM(CASE WHEN v.vote = 0 THEN 1 ELSE 0 END), 0) AS pass
         FROM consultation_statements t LEFT JOIN consultation_votes v ON v.statement_id = t.id
         WHERE t.consultation_id = $1 GROUP BY t.id, t.text, t.hidden_reason, t.created_at ORDER BY t.id",
    )
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

/// Records a vote, replacing the voter's earlier vote on the statement. `voter` is `p:ID` for a participant,
/// `v:ID` for an anonymous browser, `polis:ID` for an imported one.
pub async fn vote(conn: &mut Conn, statement_id: i64, voter: &str, stakeholder_group: &str, value: i8) -> Result<()> {
    sqlx::query(
        "INSERT INTO consultation_votes (statement_id, voter, stakeholder_group, vote, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (statement_id, voter) DO UPDATE SET vote = excluded.vote, stakeholder_group = excluded.stakeholder_group, at = excluded.at",
    )
    .bind(statement_id)
    .bind(voter)
    .bind(stakeholder_group)
    .bind(value as i64)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    record::append(conn, "statement.voted", "statement", statement_id, &serde_json::json!({ "vote": value })).await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StoredVote {
    pub statement_id: i64,
    pub voter: String,
    pub stakeholder_group: String,
    pub vote: i64,
    /// When it was cast (unix seconds; a changed vote takes the time of the change). Read by [`votes`] only.
    #[sqlx(default)]
    #[serde(skip)]
    pub at: i64,
}

pub async fn votes(conn: &mut Conn, consultation_id: i64) -> Result<Vec<StoredVote>> {
    Ok(sqlx::query_as(
        "SELECT v.statement_id, v.voter, v.stakeholder_group, v.vote, v.at FROM consultation_votes v
         JOIN consultation_statements t ON t.id = v.statement_id WHERE t.consultation_id = $1 ORDER BY v.statement_id, v.voter",
    )
    .bind(consultation_id)
    .fetch_all(conn)
    .await?)
}

/// The votes one voter cast in a consultation: `(statement, vote)`.
pub async fn votes_of(conn: &mut Conn, consultation_id: i64, voter: &str) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT v.statement_id, v.vote FROM consultation_votes v JOIN consultation_statements t ON t.id = v.statement_id
         WHERE t.consultation_id = $1 AND v.voter = $2",
    )
    .bind(consultation_id)
    .bind(voter)
    .fetch_all(conn)
    .await?)
}

/// What a moderator can hide: the input stays counted and listed as hidden, with the reason.
#[derive(Debug, Clone, Copy)]
pub enum Hideable {
    Submission,
    Comment,
    Statement,
}

impl Hideable {
    fn table(self) -> &'static str {
        match self {
            Hideable::Submission => "consultation_submissions",
            Hideable::Comment => "consultation_comments",
            Hideable::Statement => "consultation_statements",
        }
    }

    fn subject(self) -> &'static str {
        match self {
            Hideable::Submission => "submission",
            Hideable::Comment => "comment",
            Hideable::Statement => "statement",
        }
    }
}

/// Hides an input with a reason (or shows it again with `None`); returns its consultation.
pub async fn hide(conn: &mut Conn, what: Hideable, id: i64, reason: Option<&str>) -> Result<i64> {
    let consultation_id: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "UPDATE {} SET hidden_reason = $2 WHERE id = $1 RETURNING consultation_id",
        what.table()
    )))
    .bind(id)
    .bind(reason)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    let kind = if reason.is_some() { "moderation.hidden" } else { "moderation.shown" };
    record::append(conn, kind, what.subject(), id, &serde_json::json!({ "reason": reason })).await?;
    Ok(consultation_id)
}

/// Saves the synthesis report; publishing dates it and opens the inquiry window.
pub async fn save_synthesis(conn: &mut Conn, id: i64, text: &str, publish: bool) -> Result<()> {
    let status = if publish { "published" } else { "draft" };
    sqlx::query(
        "UPDATE consultations SET synthesis = $2, synthesis_status = $3,
            synthesis_published_at = CASE WHEN $3 = 'published' THEN COALESCE(synthesis_published_at, $4) ELSE NULL END, updated_at = $4
         WHERE id = $1",
    )
    .bind(id)
    .bind(text)
    .bind(status)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    record::append(conn, &format!("synthesis.{status}"), "consultation", id, &serde_json::json!({ "length": text.len() })).await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Citation {
    pub submission_id: i64,
    pub used: String,
}

/// Records how the synthesis used a submission (an empty text removes the citation).
pub async fn cite(conn: &mut Conn, consultation_id: i64, submission_id: i64, used: &str) -> Result<()> {
    sqlx::query("DELETE FROM consultation_citations WHERE consultation_id = $1 AND submission_id = $2")
        .bind(consultation_id)
        .bind(submission_id)
        .execute(&mut *conn)
        .await?;
    if !used.is_empty() {
        sqlx::query("INSERT INTO consultation_citations (consultation_id, submission_id, used) VALUES ($1, $2, $3)")
            .bind(consultation_id)
            .bind(submission_id)
            .bind(used)
            .execute(&mut *conn)
            .await?;
    }
    record::append(conn, "synthesis.cited", "submission", submission_id, &serde_json::json!({ "used": used })).await?;
    Ok(())
}

pub async fn citations(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Citation>> {
    Ok(sqlx::query_as("SELECT submission_id, used FROM consultation_citations WHERE consultation_id = $1 ORDER BY submission_id")
        .bind(consultation_id)
        .fetch_all(conn)
        .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Inquiry {
    pub id: i64,
    pub text: String,
    pub created_at: i64,
}

pub async fn add_inquiry(conn: &mut Conn, consultation_id: i64, participant_id: i64, text: &str) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consultation_inquiries (consultation_id, participant_id, text, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(consultation_id)
    .bind(participant_id)
    .bind(text)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "synthesis.inquiry", "consultation", consultation_id, &serde_json::json!({ "inquiry": id })).await?;
    Ok(id)
}

pub async fn inquiries(conn: &mut Conn, consultation_id: i64) -> Result<Vec<Inquiry>> {
    Ok(sqlx::query_as("SELECT id, text, created_at FROM consultation_inquiries WHERE consultation_id = $1 ORDER BY id")
        .bind(consultation_id)
        .fetch_all(conn)
        .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StoredMap {
    pub id: i64,
    pub computed_at: i64,
    pub settings: String,
    pub inputs: String,
    pub result: String,
}

/// Stores an opinion map with the settings and the votes it was computed from, so it can be recomputed and checked.
pub async fn save_map(conn: &mut Conn, consultation_id: i64, settings: &str, inputs: &str, result: &str) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO opinion_maps (consultation_id, computed_at, settings, inputs, result) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(consultation_id)
    .bind(now())
    .bind(settings)
    .bind(inputs)
    .bind(result)
    .fetch_one(&mut *conn)
    .await?;
    record::append(conn, "opinion-map.computed", "consultation", consultation_id, &serde_json::json!({ "map": id })).await?;
    Ok(id)
}

pub async fn latest_map(conn: &mut Conn, consultation_id: i64) -> Result<Option<StoredMap>> {
    Ok(sqlx::query_as(
        "SELECT id, computed_at, settings, inputs, result FROM opinion_maps WHERE consultation_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(consultation_id)
    .fetch_optional(conn)
    .await?)
}

/// Adds many votes at once (an import): rows of `(statement, voter, stakeholder group, vote, at)`, inserted in
/// batches, with one record entry for the lot instead of one per vote.
pub async fn import_votes(conn: &mut Conn, consultation_id: i64, rows: &[(i64, String, String, i64, i64)]) -> Result<()> {
    for batch in rows.chunks(400) {
        let placeholders: Vec<String> =
            (0..batch.len()).map(|i| format!("(${}, ${}, ${}, ${}, ${})", i * 5 + 1, i * 5 + 2, i * 5 + 3, i * 5 + 4, i * 5 + 5)).collect();
        let sql = format!(
            "INSERT INTO consultation_votes (statement_id, voter, stakeholder_group, vote, at) VALUES {}
             ON CONFLICT (statement_id, voter) DO UPDATE SET vote = excluded.vote, at = excluded.at",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (statement, voter, group, vote, at) in batch {
            query = query.bind(*statement).bind(voter.clone()).bind(group.clone()).bind(*vote).bind(*at);
        }
        query.execute(&mut *conn).await?;
    }
    record::append(conn, "consultation.votes-imported", "consultation", consultation_id, &serde_json::json!({ "votes": rows.len() }))
        .await?;
    Ok(())
}

/// A participant's own consultation inputs, for "download my data": submissions, comments and votes.
pub async fn of_participant(conn: &mut Conn, participant_id: i64) -> Result<(Vec<Submission>, Vec<Comment>, Vec<StoredVote>)> {
    let submissions = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {SUBMISSION_COLUMNS} FROM consultation_submissions WHERE participant_id = $1 ORDER BY id"
    )))
    .bind(participant_id)
    .fetch_all(&mut *conn)
    .await?;
    let comments = sqlx::query_as(
        "SELECT id, paragraph_id, parent_id, participant_id, author_name, stakeholder_group, country, text, hidden_reason, network, created_at
         FROM consultation_comments WHERE participant_id = $1 ORDER BY id",
    )
    .bind(participant_id)
    .fetch_all(&mut *conn)
    .await?;
    let votes = sqlx::query_as(
        "SELECT statement_id, voter, stakeholder_group, vote FROM consultation_votes WHERE voter = $1 ORDER BY statement_id",
    )
    .bind(format!("p:{participant_id}"))
    .fetch_all(&mut *conn)
    .await?;
    Ok((submissions, comments, votes))
}
