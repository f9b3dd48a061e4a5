//! Workshop proposals: drafts and submissions with their people and co-organizers, every saved version kept,
//! speaker invitations, the facts Stage-1 screening needs, and screening results with overrides.

use crate::{Conn, Result, StoreError, now, record};
use agora_domain::proposals::{ListedPerson, ProposalText, ScreeningContext};
use agora_domain::screening::{Outcome, QueueSort};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Proposal {
    pub id: i64,
    pub cycle_id: i64,
    pub proposer_id: i64,
    pub organization_id: Option<i64>,
    pub status: String,
    pub title: String,
    pub theme_id: Option<i64>,
    pub format: String,
    pub duration: i64,
    pub description: String,
    pub policy_questions: String,
    pub expected_outcomes: String,
    pub hybrid_plan: String,
    pub sdgs: String,
    pub action_lines: String,
    pub previous_report_url: String,
    pub version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    pub submitted_at: Option<i64>,
}

impl Proposal {
    pub fn text(&self) -> ProposalText {
        ProposalText {
            title: self.title.clone(),
            theme: self.theme_id.map(|t| t.to_string()).unwrap_or_default(),
            format: self.format.clone(),
            duration_minutes: self.duration.max(0) as u32,
            description: self.description.clone(),
            policy_questions: self.policy_questions.clone(),
            expected_outcomes: self.expected_outcomes.clone(),
            hybrid_plan: self.hybrid_plan.clone(),
        }
    }
}

const COLUMNS: &str =
    "id, cycle_id, proposer_id, organization_id, status, title, theme_id, format, duration, description, policy_questions,
    expected_outcomes, hybrid_plan, sdgs, action_lines, previous_report_url, version, created_at, updated_at, submitted_at";

/// A person listed on a proposal, with the profile facts of their account once they confirmed.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Person {
    pub id: i64,
    pub position: i64,
    pub role: String,
    pub name: String,
    #[serde(skip)]
    pub email: String,
    pub onsite: i64,
    pub status: String,
    pub participant_id: Option<i64>,
    pub stakeholder_group: Option<String>,
    pub country: Option<String>,
    #[serde(skip)]
    pub gender: Option<String>,
    pub first_time: Option<i64>,
}

impl Person {
    pub fn listed(&self) -> ListedPerson {
        ListedPerson {
            participant_id: self.participant_id,
            role: self.role.clone(),
            onsite: self.onsite == 1,
            status: self.status.clone(),
            stakeholder_group: self.stakeholder_group.clone().unwrap_or_default(),
            country: self.country.clone().unwrap_or_default(),
            gender: self.gender.clone(),
            first_time: self.first_time == Some(1),
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Organizer {
    pub position: i64,
    pub organization: String,
    pub stakeholder_group: String,
    pub country: String,
}

/// A person as typed in the form; `invitation_hash` is used if they are new to the proposal.
#[derive(Debug, Clone)]
pub struct NewPerson {
    pub role: String,
    pub name: String,
    pub email: String,
    pub onsite: bool,
    pub invitation_hash: String,
}

/// The form's content, validated by the web layer.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    pub title: String,
    pub theme_id: Option<i64>,
    pub format: String,
    pub duration: i64,
    pub description: String,
    pub policy_questions: String,
    pub expected_outcomes: String,
    pub hybrid_plan: String,
    pub sdgs: String,
    pub action_lines: String,
    pub previous_report_url: String,
    pub people: Vec<NewPerson>,
    pub organizers: Vec<Organizer>,
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Proposal> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM proposals WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Proposals of a cycle with the given status ("" for every status but drafts).
pub async fn list(conn: &mut Conn, cycle_id: i64, status: &str) -> Result<Vec<Proposal>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM proposals WHERE cycle_id = $1 AND (($2 = '' AND status <> 'draft') OR status = $2) ORDER BY id"
    )))
    .bind(cycle_id)
    .bind(status)
    .fetch_all(conn)
    .await?)
}

pub async fn of_proposer(conn: &mut Conn, proposer_id: i64) -> Result<Vec<Proposal>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM proposals WHERE proposer_id = $1 ORDER BY id DESC")))
        .bind(proposer_id)
        .fetch_all(conn)
        .await?)
}

pub async fn people(conn: &mut Conn, proposal_id: i64) -> Result<Vec<Person>> {
    Ok(sqlx::query_as(
        "SELECT pp.id, pp.position, pp.role, pp.name, pp.email, pp.onsite, pp.status, pp.participant_id,
                p.stakeholder_group, p.country, p.gender, p.first_time
         FROM proposal_people pp LEFT JOIN participants p ON p.id = pp.participant_id AND p.deleted_at IS NULL
         WHERE pp.proposal_id = $1 ORDER BY pp.position",
    )
    .bind(proposal_id)
    .fetch_all(conn)
    .await?)
}

pub async fn organizers(conn: &mut Conn, proposal_id: i64) -> Result<Vec<Organizer>> {
    Ok(sqlx::query_as(
        "SELECT position, organization, stakeholder_group, country FROM proposal_organizers WHERE proposal_id = $1 ORDER BY position",
    )
    .bind(proposal_id)
    .fetch_all(conn)
    .await?)
}

/// Creates (`id = None`) or updates a proposal, keeps the previous version, and returns its id and the people
/// newly listed (who need an invitation). People already listed keep their status.
pub async fn save(
    conn: &mut Conn,
    id: Option<i64>,
    cycle_id: i64,
    proposer_id: i64,
    organization_id: Option<i64>,
    draft: &Draft,
    submit: bool,
) -> Result<(i64, Vec<NewPerson>)> {
    let at = now();
    let id = match id {
        Some(id) => {
            let current = get(&mut *conn, id).await?;
            keep_version(conn, &current, proposer_id).await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO proposals (cycle_id, proposer_id, organization_id, status, version, created_at, updated_at) VALUES ($1, $2, $3, 'draft', 0, $4, $4) RETURNING id",
            )
            .bind(cycle_id)
            .bind(proposer_id)
            .bind(organization_id)
            .bind(at)
            .fetch_one(&mut *conn)
            .await?
        }
    };
    // Once submitted, a proposal stays submitted: later saves are edits before the deadline.
    sqlx::query(
        "UPDATE proposals SET status = CASE WHEN $1 = 1 OR status = 'submitted' THEN 'submitted' ELSE 'draft' END, title = $2, theme_id = $3, format = $4,
            duration = $5, description = $6, policy_questions = $7, expected_outcomes = $8, hybrid_plan = $9, sdgs = $10, action_lines = $11,
            previous_report_url = $12, version = version + 1, updated_at = $13, submitted_at = COALESCE(submitted_at, $14) WHERE id = $15",
    )
    .bind(submit as i64)
    .bind(&draft.title)
    .bind(draft.theme_id)
    .bind(&draft.format)
    .bind(draft.duration)
    .bind(&draft.description)
    .bind(&draft.policy_questions)
    .bind(&draft.expected_outcomes)
    .bind(&draft.hybrid_plan)
    .bind(&draft.sdgs)
    .bind(&draft.action_lines)
    .bind(&draft.previous_report_url)
    .bind(at)
    .bind(submit.then_some(at))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    save_organizers(conn, id, &draft.organizers).await?;
    let invited = save_people(conn, id, &draft.people).await?;
    let status: String = sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1").bind(id).fetch_one(&mut *conn).await?;
    if status == "submitted" {
        record::append(conn, "proposal.submitted", "proposal", id, &serde_json::json!({ "cycle": cycle_id, "title": draft.title })).await?;
    }
    Ok((id, invited))
}

async fn keep_version(conn: &mut Conn, current: &Proposal, by: i64) -> Result<()> {
    let people = people(&mut *conn, current.id).await?;
    let organizers = organizers(&mut *conn, current.id).await?;
    let snapshot = serde_json::json!({ "proposal": current, "people": people, "organizers": organizers });
    sqlx::query("INSERT INTO proposal_versions (proposal_id, version, saved_at, saved_by, snapshot) VALUES ($1, $2, $3, $4, $5)")
        .bind(current.id)
        .bind(current.version)
        .bind(now())
        .bind(by)
        .bind(snapshot.to_string())
        .execute(conn)
        .await?;
    Ok(())
}

async fn save_organizers(conn: &mut Conn, id: i64, organizers: &[Organizer]) -> Result<()> {
    sqlx::query("DELETE FROM proposal_organizers WHERE proposal_id = $1").bind(id).execute(&mut *conn).await?;
    for (position, o) in organizers.iter().enumerate() {
        sqlx::query(
            "INSERT INTO proposal_organizers (proposal_id, position, organization, stakeholder_group, country) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&o.organization)
        .bind(&o.stakeholder_group)
        .bind(&o.country)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Replaces the listed people, keeping the rows (status, account link) of people still listed in the same role.
async fn save_people(conn: &mut Conn, id: i64, wanted: &[NewPerson]) -> Result<Vec<NewPerson>> {
    let existing = people(&mut *conn, id).await?;
    let same = |p: &Person, n: &NewPerson| p.email.eq_ignore_ascii_case(&n.email) && p.role == n.role;
    for gone in existing.iter().filter(|p| !wanted.iter().any(|n| same(p, n))) {
        sqlx::query("DELETE FROM proposal_people WHERE id = $1").bind(gone.id).execute(&mut *conn).await?;
    }
    let mut invited = Vec::new();
    for (position, person) in wanted.iter().enumerate() {
        match existing.iter().find(|p| same(p, person)) {
            Some(kept) => {
                sqlx::query("UPDATE proposal_people SET position = $1, name = $2, onsite = $3 WHERE id = $4")
                    .bind(position as i64)
                    .bind(&person.name)
                    .bind(person.onsite as i64)
                    .bind(kept.id)
                    .execute(&mut *conn)
                    .await?;
            }
            None => {
                sqlx::query(
                    "INSERT INTO proposal_people (proposal_id, position, role, name, email, onsite, status, invitation_hash) VALUES ($1, $2, $3, $4, $5, $6, 'invited', $7)",
                )
                .bind(id)
                .bind(position as i64)
                .bind(&person.role)
                .bind(&person.name)
                .bind(&person.email)
                .bind(person.onsite as i64)
                .bind(&person.invitation_hash)
                .execute(&mut *conn)
                .await?;
                invited.push(person.clone());
            }
        }
    }
    Ok(invited)
}

/// The listed person an invitation link belongs to.
pub async fn invitation(conn: &mut Conn, invitation_hash: &str) -> Result<Option<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT id, proposal_id FROM proposal_people WHERE invitation_hash = $1")
        .bind(invitation_hash)
        .fetch_optional(conn)
        .await?)
}

/// Records a listed person's answer, linking their account.
pub async fn answer_invitation(conn: &mut Conn, person_id: i64, participant_id: i64, confirmed: bool) -> Result<()> {
    sqlx::query("UPDATE proposal_people SET status = $1, participant_id = $2 WHERE id = $3")
        .bind(if confirmed { "confirmed" } else { "declined" })
        .bind(participant_id)
        .bind(person_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Everything Stage-1 screening needs to know about the proposer's situation in the cycle.
pub async fn screening_context(conn: &mut Conn, proposal: &Proposal, people: &[Person]) -> Result<ScreeningContext> {
    let is_mag: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM participant_roles WHERE participant_id = $1 AND role = 'mag'")
        .bind(proposal.proposer_id)
        .fetch_one(&mut *conn)
        .await?;
    let by_proposer: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE cycle_id = $1 AND proposer_id = $2 AND status <> 'draft'")
            .bind(proposal.cycle_id)
            .bind(proposal.proposer_id)
            .fetch_one(&mut *conn)
            .await?;
    let by_institution: i64 = match proposal.organization_id {
        Some(org) => {
            sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE cycle_id = $1 AND organization_id = $2 AND status <> 'draft'")
                .bind(proposal.cycle_id)
                .bind(org)
                .fetch_one(&mut *conn)
                .await?
        }
        None => by_proposer,
    };
    // Organised an approved workshop in an earlier cycle whose session has no report filed here (and gave no link
    // to a report published elsewhere, as for years before the forum used Agora).
    let approved_before: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposals p JOIN decisions d ON d.proposal_id = p.id
         LEFT JOIN sessions s ON s.proposal_id = p.id LEFT JOIN session_reports r ON r.session_id = s.id
         WHERE p.proposer_id = $1 AND p.cycle_id < $2 AND d.outcome IN ('approved', 'approved-if-merged') AND r.id IS NULL",
    )
    .bind(proposal.proposer_id)
    .bind(proposal.cycle_id)
    .fetch_one(&mut *conn)
    .await?;
    let mut speaker_sessions = Vec::new();
    for participant in people.iter().filter(|p| p.status == "confirmed").filter_map(|p| p.participant_id) {
        let sessions: i64 = sqlx::query_scalar(
            "SELECT COUNT(DISTINCT pp.proposal_id) FROM proposal_people pp JOIN proposals p ON p.id = pp.proposal_id
             WHERE pp.participant_id = $1 AND pp.status = 'confirmed' AND p.cycle_id = $2 AND p.status <> 'draft'",
        )
        .bind(participant)
        .bind(proposal.cycle_id)
        .fetch_one(&mut *conn)
        .await?;
        speaker_sessions.push((participant, sessions as u32));
    }
    Ok(ScreeningContext {
        proposer_is_mag_member: is_mag > 0,
        proposals_by_proposer: by_proposer as u32,
        proposals_by_institution: by_institution as u32,
        owes_previous_report: approved_before > 0 && proposal.previous_report_url.trim().is_empty(),
        speaker_sessions,
    })
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ScreeningRow {
    pub proposal_id: i64,
    pub passed: i64,
    pub checks: String,
    pub screened_at: i64,
    pub override_passed: Option<i64>,
    pub override_reason: String,
}

impl ScreeningRow {
    /// The outcome that counts: the Secretariat's override when there is one.
    pub fn effective_pass(&self) -> bool {
        self.override_passed.map_or(self.passed == 1, |o| o == 1)
    }
}

pub async fn store_screening(conn: &mut Conn, proposal_id: i64, passed: bool, checks: &serde_json::Value) -> Result<()> {
    sqlx::query(
        "INSERT INTO screenings (proposal_id, passed, checks, screened_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (proposal_id) DO UPDATE SET passed = excluded.passed, checks = excluded.checks, screened_at = excluded.screened_at",
    )
    .bind(proposal_id)
    .bind(passed as i64)
    .bind(checks.to_string())
    .bind(now())
    .execute(&mut *conn)
    .await?;
    record::append(conn, "proposal.screened", "proposal", proposal_id, &serde_json::json!({ "passed": passed, "checks": checks })).await?;
    Ok(())
}

pub async fn override_screening(conn: &mut Conn, proposal_id: i64, passed: bool, reason: &str, by: i64) -> Result<()> {
    let updated = sqlx::query("UPDATE screenings SET override_passed = $1, override_reason = $2, override_by = $3 WHERE proposal_id = $4")
        .bind(passed as i64)
        .bind(reason)
        .bind(by)
        .bind(proposal_id)
        .execute(&mut *conn)
        .await?;
    if updated.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    record::append(
        conn,
        "proposal.screening-overridden",
        "proposal",
        proposal_id,
        &serde_json::json!({ "passed": passed, "reason": reason }),
    )
    .await?;
    Ok(())
}

pub async fn screening(conn: &mut Conn, proposal_id: i64) -> Result<Option<ScreeningRow>> {
    Ok(sqlx::query_as(
        "SELECT proposal_id, passed, checks, screened_at, override_passed, override_reason FROM screenings WHERE proposal_id = $1",
    )
    .bind(proposal_id)
    .fetch_optional(conn)
    .await?)
}

pub async fn screenings(conn: &mut Conn, cycle_id: i64) -> Result<Vec<ScreeningRow>> {
    Ok(sqlx::query_as(
        "SELECT s.proposal_id, s.passed, s.checks, s.screened_at, s.override_passed, s.override_reason
         FROM screenings s JOIN proposals p ON p.id = s.proposal_id WHERE p.cycle_id = $1 ORDER BY s.proposal_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn versions(conn: &mut Conn, proposal_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT version, saved_at FROM proposal_versions WHERE proposal_id = $1 ORDER BY version DESC")
        .bind(proposal_id)
        .fetch_all(conn)
        .await?)
}

/// Submitted proposals of the cycle in which this email is a confirmed speaker or moderator.
/// Serialises the savings of a cycle's proposals, so the speaker cap counted in one is not passed by another
/// committed in between: on PostgreSQL a transaction-scoped advisory lock; on SQLite every write transaction
/// begins IMMEDIATE and already holds the database's one write lock.
pub async fn lock_speakers(conn: &mut Conn, cycle_id: i64) -> Result<()> {
    if conn.backend_name() == "PostgreSQL" {
        sqlx::query("SELECT pg_advisory_xact_lock($1, $2)").bind(0x5eac_i32).bind(cycle_id as i32).execute(conn).await?;
    }
    Ok(())
}

pub async fn confirmed_sessions_of(conn: &mut Conn, cycle_id: i64, email: &str) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(DISTINCT pp.proposal_id) FROM proposal_people pp JOIN proposals p ON p.id = pp.proposal_id
         JOIN participants a ON a.id = pp.participant_id
         WHERE a.email_key = $1 AND pp.status = 'confirmed' AND p.cycle_id = $2 AND p.status <> 'draft'",
    )
    .bind(email.trim().to_lowercase())
    .bind(cycle_id)
    .fetch_one(conn)
    .await?)
}

/// A line of the screening queue: the proposal and its screening, if any.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct QueueRow {
    pub id: i64,
    pub title: String,
    pub passed: Option<i64>,
    pub checks: Option<String>,
    pub override_passed: Option<i64>,
    pub override_reason: Option<String>,
}

impl QueueRow {
    /// `None` when not screened, else the checks' outcome and the override.
    pub fn screened(&self) -> Option<(bool, Option<bool>)> {
        self.passed.map(|p| (p == 1, self.override_passed.map(|o| o == 1)))
    }
}

/// The submitted proposals of a cycle per screening outcome (a proposal overridden also counts as passed or failed).
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow, Serialize)]
pub struct ScreeningCounts {
    pub total: i64,
    pub passed: i64,
    pub failed: i64,
    pub overridden: i64,
    pub not_screened: i64,
}

/// The SQL condition of an outcome filter, on `s` (screenings, left-joined).
fn outcome_condition(outcome: Option<Outcome>) -> &'static str {
    match outcome {
        None => "1 = 1",
        Some(Outcome::Passed) => "s.proposal_id IS NOT NULL AND COALESCE(s.override_passed, s.passed) = 1",
        Some(Outcome::Failed) => "s.proposal_id IS NOT NULL AND COALESCE(s.override_passed, s.passed) = 0",
        Some(Outcome::Overridden) => "s.override_passed IS NOT NULL",
        Some(Outcome::NotScreened) => "s.proposal_id IS NULL",
    }
}

/// A `LIKE` pattern for a title containing the typed text (any case); empty stays empty (no filter).
fn title_pattern(typed: &str) -> String {
    let text = typed.trim().to_lowercase().replace(['%', '_'], "");
    if text.is_empty() { String::new() } else { format!("%{text}%") }
}

/// One page of the screening queue of a cycle (submitted proposals, drafts aside), filtered by outcome and by
/// a text in the title, sorted; with the number of proposals the filter matches.
pub async fn screening_queue(
    conn: &mut Conn,
    cycle_id: i64,
    outcome: Option<Outcome>,
    title: &str,
    sort: QueueSort,
    limit: i64,
    offset: i64,
) -> Result<(Vec<QueueRow>, i64)> {
    let condition = outcome_condition(outcome);
    let from = format!(
        "FROM proposals p LEFT JOIN screenings s ON s.proposal_id = p.id
         WHERE p.cycle_id = $1 AND p.status <> 'draft' AND ($2 = '' OR LOWER(p.title) LIKE $2) AND {condition}"
    );
    let order = match sort {
        QueueSort::Id => "p.id",
        QueueSort::Title => "LOWER(p.title), p.id",
        QueueSort::Outcome => {
            "CASE WHEN s.proposal_id IS NULL THEN 3 WHEN s.override_passed IS NOT NULL THEN 2
                  WHEN s.passed = 0 THEN 0 ELSE 1 END, p.id"
        }
    };
    let pattern = title_pattern(title);
    let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) {from}")))
        .bind(cycle_id)
        .bind(&pattern)
        .fetch_one(&mut *conn)
        .await?;
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT p.id, p.title, s.passed, s.checks, s.override_passed, s.override_reason {from} ORDER BY {order} LIMIT $3 OFFSET $4"
    )))
    .bind(cycle_id)
    .bind(&pattern)
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?;
    Ok((rows, total))
}

/// How many submitted proposals of the cycle have each screening outcome.
pub async fn screening_counts(conn: &mut Conn, cycle_id: i64) -> Result<ScreeningCounts> {
    Ok(sqlx::query_as(
        "SELECT COUNT(*) AS total,
                COALESCE(SUM(CASE WHEN s.proposal_id IS NOT NULL AND COALESCE(s.override_passed, s.passed) = 1 THEN 1 ELSE 0 END), 0) AS passed,
                COALESCE(SUM(CASE WHEN s.proposal_id IS NOT NULL AND COALESCE(s.override_passed, s.passed) = 0 THEN 1 ELSE 0 END), 0) AS failed,
                COALESCE(SUM(CASE WHEN s.override_passed IS NOT NULL THEN 1 ELSE 0 END), 0) AS overridden,
                COALESCE(SUM(CASE WHEN s.proposal_id IS NULL THEN 1 ELSE 0 END), 0) AS not_screened
         FROM proposals p LEFT JOIN screenings s ON s.proposal_id = p.id WHERE p.cycle_id = $1 AND p.status <> 'draft'",
    )
    .bind(cycle_id)
    .fetch_one(conn)
    .await?)
}
