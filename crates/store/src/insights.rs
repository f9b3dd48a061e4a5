//! The public texts insights are distilled from: filed session reports, session transcripts with the session's
//! people (for the speakers' stakeholder groups) and published Messages. Read-only.

use crate::{Conn, Result};

/// A filed report: `takeaways` and `calls` as stored (JSON lists).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReportRow {
    pub session_id: i64,
    pub cycle_id: i64,
    pub cycle: String,
    pub title: String,
    pub takeaways: String,
    pub calls: String,
    pub summary: String,
    pub date: i64,
}

/// A session's transcript: its imported captions, else the one typed into its report.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TranscriptRow {
    pub session_id: i64,
    pub cycle_id: i64,
    pub cycle: String,
    pub title: String,
    pub transcript: String,
    pub date: i64,
}

/// A person of a session with their stakeholder group when it is public: their own if they are listed in the
/// directory, else their organisation's (else '').
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PersonRow {
    pub session_id: i64,
    pub name: String,
    pub stakeholder_group: String,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub cycle_id: i64,
    pub cycle: String,
    pub title: String,
    pub body: String,
    pub date: i64,
}

pub async fn reports(conn: &mut Conn) -> Result<Vec<ReportRow>> {
    Ok(sqlx::query_as(
        "SELECT r.session_id, s.cycle_id, c.name AS cycle, s.title, r.takeaways, r.calls, r.summary, r.filed_at AS date
         FROM session_reports r JOIN sessions s ON s.id = r.session_id JOIN cycles c ON c.id = s.cycle_id ORDER BY r.session_id",
    )
    .fetch_all(conn)
    .await?)
}

pub async fn transcripts(conn: &mut Conn) -> Result<Vec<TranscriptRow>> {
    Ok(sqlx::query_as(
        "SELECT s.id AS session_id, s.cycle_id, c.name AS cycle, s.title, COALESCE(st.transcript, r.transcript) AS transcript,
            COALESCE(st.imported_at, r.updated_at) AS date
         FROM sessions s JOIN cycles c ON c.id = s.cycle_id
            LEFT JOIN session_transcripts st ON st.session_id = s.id LEFT JOIN session_reports r ON r.session_id = s.id
         WHERE COALESCE(st.transcript, r.transcript, '') <> '' ORDER BY s.id",
    )
    .fetch_all(conn)
    .await?)
}

pub async fn people(conn: &mut Conn) -> Result<Vec<PersonRow>> {
    Ok(sqlx::query_as(
        "SELECT sp.session_id, sp.name,
            COALESCE(CASE WHEN p.listed = 1 AND p.deleted_at IS NULL THEN p.stakeholder_group END, o.stakeholder_group, '') AS stakeholder_group
         FROM session_people sp LEFT JOIN participants p ON p.id = sp.participant_id LEFT JOIN organizations o ON o.id = p.organization_id
         ORDER BY sp.session_id, sp.position",
    )
    .fetch_all(conn)
    .await?)
}

/// Published Messages.
pub async fn messages(conn: &mut Conn) -> Result<Vec<MessageRow>> {
    Ok(sqlx::query_as(
        "SELECT m.id, m.cycle_id, c.name AS cycle, m.title, m.body, COALESCE(m.published_at, m.updated_at) AS date
         FROM messages m JOIN cycles c ON c.id = m.cycle_id WHERE m.status = 'published' ORDER BY m.id",
    )
    .fetch_all(conn)
    .await?)
}
