//! Session reports: filed (or updated) by the session's rapporteur, organizers or the Secretariat, with their
//! due date and lateness; when each scheduled session ended; which reports are overdue; reminders sent.

use crate::{Conn, Result, StoreError, now, record};
use agora_domain::reports::{CallToAction, ReportText};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct StoredReport {
    pub id: i64,
    pub session_id: i64,
    pub rapporteur: String,
    pub moderator: String,
    pub takeaways: String,
    pub calls: String,
    pub summary: String,
    pub onsite: i64,
    pub online: i64,
    pub women: i64,
    pub by_group: String,
    pub transcript_url: String,
    pub recording_url: String,
    #[serde(skip)]
    pub transcript: String,
    pub due_at: i64,
    pub filed_at: i64,
    pub updated_at: i64,
    pub late: i64,
    pub version: i64,
}

impl StoredReport {
    pub fn text(&self) -> ReportText {
        ReportText {
            takeaways: serde_json::from_str(&self.takeaways).unwrap_or_default(),
            calls: serde_json::from_str::<Vec<CallToAction>>(&self.calls).unwrap_or_default(),
            summary: self.summary.clone(),
            onsite: self.onsite,
            online: self.online,
            women: self.women,
            by_group: serde_json::from_str(&self.by_group).unwrap_or_default(),
            transcript_url: self.transcript_url.clone(),
            recording_url: self.recording_url.clone(),
        }
    }
}

const COLUMNS: &str = "id, session_id, rapporteur, moderator, takeaways, calls, summary, onsite, online, women, by_group, transcript_url,
    recording_url, transcript, due_at, filed_at, updated_at, late, version";

/// Who wrote the report and when it was due, beside its text.
pub struct Filing<'a> {
    pub session_id: i64,
    pub filed_by: i64,
    pub rapporteur: &'a str,
    pub moderator: &'a str,
    pub report: &'a ReportText,
    pub transcript: &'a str,
    pub due_at: i64,
    /// When it is filed (now, except for imported and demo reports).
    pub at: i64,
}

/// Files a report, or saves a new version of it; a report first filed after its due date stays marked late.
pub async fn file(conn: &mut Conn, f: &Filing<'_>) -> Result<i64> {
    let at = f.at;
    let r = f.report;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO session_reports (session_id, filed_by, rapporteur, moderator, takeaways, calls, summary, onsite, online, women, by_group,
            transcript_url, recording_url, transcript, due_at, filed_at, updated_at, late)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16, $17)
         ON CONFLICT (session_id) DO UPDATE SET rapporteur = excluded.rapporteur, moderator = excluded.moderator,
            takeaways = excluded.takeaways, calls = excluded.calls, summary = excluded.summary, onsite = excluded.onsite,
            online = excluded.online, women = excluded.women, by_group = excluded.by_group, transcript_url = excluded.transcript_url,
            recording_url = excluded.recording_url, transcript = excluded.transcript, updated_at = excluded.updated_at,
            version = session_reports.version + 1
         RETURNING id",
    )
    .bind(f.session_id)
    .bind(f.filed_by)
    .bind(f.rapporteur)
    .bind(f.moderator)
    .bind(json(&r.takeaways))
    .bind(json(&r.calls))
    .bind(&r.summary)
    .bind(r.onsite)
    .bind(r.online)
    .bind(r.women)
    .bind(json(&r.by_group))
    .bind(&r.transcript_url)
    .bind(&r.recording_url)
    .bind(f.transcript)
    .bind(f.due_at)
    .bind(at)
    .bind(agora_domain::reports::is_late(at, f.due_at) as i64)
    .fetch_one(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "session": f.session_id, "takeaways": r.takeaways, "calls": r.calls });
    record::append(conn, "report.filed", "session", f.session_id, &payload).await?;
    Ok(id)
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

pub async fn of_session(conn: &mut Conn, session_id: i64) -> Result<Option<StoredReport>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM session_reports WHERE session_id = $1")))
        .bind(session_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<StoredReport> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM session_reports WHERE id = $1")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Every report of a cycle's sessions.
pub async fn of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<StoredReport>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM session_reports WHERE session_id IN (SELECT id FROM sessions WHERE cycle_id = $1) ORDER BY session_id"
    )))
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// When each session of the cycle's published schedule ends: `(session, ends_at)`.
pub async fn session_ends(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.session_id, t.starts_at + s.minutes * 60 FROM schedule_placements p
         JOIN slots t ON t.id = p.slot_id JOIN sessions s ON s.id = p.session_id
         WHERE p.version_id = (SELECT id FROM schedule_versions WHERE cycle_id = $1 AND published_at IS NOT NULL
                               ORDER BY published_at DESC, id DESC LIMIT 1)
         ORDER BY p.session_id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// The last reminder sent for a session's report.
pub async fn reminded(conn: &mut Conn, session_id: i64) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("SELECT sent_at FROM report_reminders WHERE session_id = $1").bind(session_id).fetch_optional(conn).await?)
}

pub async fn note_reminder(conn: &mut Conn, session_id: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO report_reminders (session_id, sent_at) VALUES ($1, $2)
         ON CONFLICT (session_id) DO UPDATE SET sent_at = excluded.sent_at, reminders = report_reminders.reminders + 1",
    )
    .bind(session_id)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The addresses a session's overdue report is reminded to: its organizers and rapporteurs who have one.
pub async fn people_to_remind(conn: &mut Conn, session_id: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT p.email FROM session_people sp JOIN participants p ON p.id = sp.participant_id
         WHERE sp.session_id = $1 AND sp.role IN ('organizer', 'rapporteur') AND p.email <> ''",
    )
    .bind(session_id)
    .fetch_all(conn)
    .await?)
}

/// The sessions a participant organizes or reports on that have taken place (in a published schedule) and whose
/// report is not filed yet: `(session, title)`.
pub async fn unfiled_of(conn: &mut Conn, participant_id: i64, now: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT DISTINCT s.id, s.title FROM session_people sp JOIN sessions s ON s.id = sp.session_id
         WHERE sp.participant_id = $1 AND sp.role IN ('organizer', 'rapporteur')
           AND NOT EXISTS (SELECT 1 FROM session_reports r WHERE r.session_id = s.id)
           AND EXISTS (SELECT 1 FROM schedule_placements p JOIN schedule_versions v ON v.id = p.version_id
                       JOIN slots t ON t.id = p.slot_id
                       WHERE p.session_id = s.id AND v.published_at IS NOT NULL AND t.starts_at + s.minutes * 60 <= $2)
         ORDER BY s.id",
    )
    .bind(participant_id)
    .bind(now)
    .fetch_all(conn)
    .await?)
}
