//! The public rows the searchable archive is made from, one query per kind, in one shape ([`Row`]). Each query
//! returns only what anyone may read (no draft proposal, confidential or hidden submission or comment,
//! unpublished Message, or group that is not published) and takes two ids that narrow it to the rows one
//! public-record subject names; both 0 means every row.

use crate::{Conn, Result};

/// A public row as the archive reads it; columns a kind lacks are 0 or ''.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    /// The session of a report, the consultation of a submission or comment, the thread of a post.
    pub parent_id: i64,
    pub group_id: i64,
    pub cycle_id: i64,
    pub cycle: String,
    pub title: String,
    pub body: String,
    /// The transcript of a report, the session type, the group kind of a group report.
    pub extra: String,
    pub theme: String,
    pub stakeholder_group: String,
    pub country: String,
    pub region: String,
    /// WSIS action lines and SDGs, comma-separated as stored.
    pub action_lines: String,
    pub sdgs: String,
    pub year: i64,
    pub date: i64,
}

async fn rows(conn: &mut Conn, sql: &'static str, a: i64, b: i64) -> Result<Vec<Row>> {
    Ok(sqlx::query_as(sql).bind(a).bind(b).fetch_all(conn).await?)
}

/// Submitted proposals (`a` = proposal id), with the proposer's organisation's or own group and country.
pub async fn proposals(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT p.id, CAST(0 AS BIGINT) AS parent_id, CAST(0 AS BIGINT) AS group_id, p.cycle_id, c.name AS cycle, p.title,
            p.description || ' ' || p.policy_questions || ' ' || p.expected_outcomes AS body, p.format AS extra,
            COALESCE(t.name, '') AS theme, COALESCE(o.stakeholder_group, pa.stakeholder_group, '') AS stakeholder_group,
            COALESCE(o.country, pa.country, '') AS country, '' AS region, CAST(0 AS BIGINT) AS year, COALESCE(p.submitted_at, p.updated_at) AS date,
            p.action_lines AS action_lines, p.sdgs AS sdgs
         FROM proposals p JOIN cycles c ON c.id = p.cycle_id LEFT JOIN themes t ON t.id = p.theme_id
            LEFT JOIN organizations o ON o.id = p.organization_id LEFT JOIN participants pa ON pa.id = p.proposer_id
         WHERE p.status <> 'draft' AND ($1 = 0 OR p.id = $1) AND ($2 = 0 OR p.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// Sessions of the programme (`a` = session id, `b` = cycle id).
pub async fn sessions(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT s.id, CAST(0 AS BIGINT) AS parent_id, CAST(0 AS BIGINT) AS group_id, s.cycle_id, c.name AS cycle, s.title, s.description AS body,
            s.session_type AS extra, COALESCE(t.name, '') AS theme, '' AS stakeholder_group, '' AS country, '' AS region,
            CAST(0 AS BIGINT) AS year, s.created_at AS date,
            COALESCE(pr.action_lines, '') AS action_lines, COALESCE(pr.sdgs, '') AS sdgs
         FROM sessions s JOIN cycles c ON c.id = s.cycle_id LEFT JOIN proposals pr ON pr.id = s.proposal_id LEFT JOIN themes t ON t.id = s.theme_id
         WHERE ($1 = 0 OR s.id = $1) AND ($2 = 0 OR s.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// Filed session reports (`a` = session id); `body` is the summary, then the takeaways as stored (a JSON list).
pub async fn reports(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT r.id, r.session_id AS parent_id, CAST(0 AS BIGINT) AS group_id, s.cycle_id, c.name AS cycle, s.title,
            r.summary || ' ' || r.takeaways AS body, '' AS extra, COALESCE(t.name, '') AS theme,
            '' AS stakeholder_group, '' AS country, '' AS region, CAST(0 AS BIGINT) AS year, r.updated_at AS date,
            COALESCE(pr.action_lines, '') AS action_lines, COALESCE(pr.sdgs, '') AS sdgs
         FROM session_reports r JOIN sessions s ON s.id = r.session_id JOIN cycles c ON c.id = s.cycle_id
            LEFT JOIN proposals pr ON pr.id = s.proposal_id LEFT JOIN themes t ON t.id = s.theme_id
         WHERE ($1 = 0 OR r.session_id = $1) AND ($2 = 0 OR s.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// Session transcripts (`a` = session id, `b` = cycle id): the imported captions, else the transcript typed into
/// the session's report.
pub async fn transcripts(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT s.id, s.id AS parent_id, CAST(0 AS BIGINT) AS group_id, s.cycle_id, c.name AS cycle, s.title,
            COALESCE(st.transcript, r.transcript) AS body, '' AS extra, COALESCE(t.name, '') AS theme, '' AS stakeholder_group,
            '' AS country, '' AS region, CAST(0 AS BIGINT) AS year, COALESCE(st.imported_at, r.updated_at) AS date,
            COALESCE(pr.action_lines, '') AS action_lines, COALESCE(pr.sdgs, '') AS sdgs
         FROM sessions s JOIN cycles c ON c.id = s.cycle_id LEFT JOIN proposals pr ON pr.id = s.proposal_id LEFT JOIN themes t ON t.id = s.theme_id
            LEFT JOIN session_transcripts st ON st.session_id = s.id LEFT JOIN session_reports r ON r.session_id = s.id
         WHERE COALESCE(st.transcript, r.transcript, '') <> '' AND ($1 = 0 OR s.id = $1) AND ($2 = 0 OR s.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// Consultations themselves: their title, description and the documents they put to comment (`a` = consultation).
pub async fn consultations(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT co.id, CAST(0 AS BIGINT) AS parent_id, CAST(0 AS BIGINT) AS group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle, co.title,
            co.description || ' ' || co.documents AS body, '' AS extra, '' AS theme, '' AS stakeholder_group, '' AS country, '' AS region,
            CAST(0 AS BIGINT) AS year, co.opens_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM consultations co
         WHERE ($1 = 0 OR co.id = $1) AND ($2 = 0 OR co.id = $2)",
        a,
        b,
    )
    .await
}

/// Consultation submissions that are neither confidential nor hidden (`a` = submission, `b` = consultation).
pub async fn submissions(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT cs.id, cs.consultation_id AS parent_id, CAST(0 AS BIGINT) AS group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle, co.title, cs.text AS body,
            cs.organization AS extra, '' AS theme, cs.stakeholder_group, cs.country, '' AS region, CAST(0 AS BIGINT) AS year, cs.updated_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM consultation_submissions cs JOIN consultations co ON co.id = cs.consultation_id
         WHERE cs.confidential = 0 AND cs.hidden_reason IS NULL AND ($1 = 0 OR cs.id = $1) AND ($2 = 0 OR cs.consultation_id = $2)",
        a,
        b,
    )
    .await
}

/// The written answers of the public submissions to a consultation's questionnaire, by submission in question
/// order (`a` = submission, `b` = consultation), for the search document of each submission.
pub async fn submission_answers(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT an.submission_id, an.text FROM consultation_answers an JOIN consultation_submissions cs ON cs.id = an.submission_id
         WHERE an.text <> '' AND cs.confidential = 0 AND cs.hidden_reason IS NULL AND ($1 = 0 OR cs.id = $1) AND ($2 = 0 OR cs.consultation_id = $2)
         ORDER BY an.submission_id, an.question_id",
    )
    .bind(a)
    .bind(b)
    .fetch_all(conn)
    .await?)
}

/// Paragraph comments that are not hidden (`a` = comment, `b` = consultation).
pub async fn comments(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT cc.id, cc.consultation_id AS parent_id, CAST(0 AS BIGINT) AS group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle, co.title, cc.text AS body,
            '' AS extra, '' AS theme, cc.stakeholder_group, cc.country, '' AS region, CAST(0 AS BIGINT) AS year, cc.created_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM consultation_comments cc JOIN consultations co ON co.id = cc.consultation_id
         WHERE cc.hidden_reason IS NULL AND ($1 = 0 OR cc.id = $1) AND ($2 = 0 OR cc.consultation_id = $2)",
        a,
        b,
    )
    .await
}

/// Published Messages (`a` = message id).
pub async fn messages(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT m.id, CAST(0 AS BIGINT) AS parent_id, CAST(0 AS BIGINT) AS group_id, m.cycle_id, c.name AS cycle, m.title, m.body, m.kind AS extra,
            COALESCE(t.name, '') AS theme, '' AS stakeholder_group, '' AS country, '' AS region, CAST(0 AS BIGINT) AS year,
            COALESCE(m.published_at, m.updated_at) AS date,
            '' AS action_lines, '' AS sdgs
         FROM messages m JOIN cycles c ON c.id = m.cycle_id LEFT JOIN themes t ON t.id = m.theme_id
         WHERE m.status = 'published' AND ($1 = 0 OR m.id = $1) AND ($2 = 0 OR m.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// Recommendations (`a` = recommendation id); their bodies' responses come from [`responses`].
pub async fn recommendations(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT r.id, CAST(0 AS BIGINT) AS parent_id, CAST(0 AS BIGINT) AS group_id, COALESCE(r.cycle_id, 0) AS cycle_id, COALESCE(c.name, '') AS cycle, r.title,
            r.text || ' ' || r.rationale AS body, r.issues AS extra, '' AS theme, '' AS stakeholder_group, '' AS country,
            '' AS region, CAST(0 AS BIGINT) AS year, r.updated_at AS date,
            r.action_lines AS action_lines, r.sdgs AS sdgs
         FROM recommendations r LEFT JOIN cycles c ON c.id = r.cycle_id
         WHERE ($1 = 0 OR r.id = $1) AND ($2 = 0 OR r.cycle_id = $2)",
        a,
        b,
    )
    .await
}

/// The bodies' public responses to recommendations (`a` = recommendation id): (recommendation, response).
pub async fn responses(conn: &mut Conn, a: i64) -> Result<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT recommendation_id, response FROM recommendation_events WHERE response <> '' AND ($1 = 0 OR recommendation_id = $1)
         ORDER BY id",
    )
    .bind(a)
    .fetch_all(conn)
    .await?)
}

/// The current version of the documents of published groups (`a` = document, `b` = group).
pub async fn group_documents(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT d.id, CAST(0 AS BIGINT) AS parent_id, d.group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle, d.title, v.body, g.name AS extra, '' AS theme,
            '' AS stakeholder_group, g.country, g.region, CAST(0 AS BIGINT) AS year, d.updated_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM group_documents d JOIN document_versions v ON v.document_id = d.id AND v.version = d.version
            JOIN forum_groups g ON g.id = d.group_id
         WHERE g.status = 'published' AND ($1 = 0 OR d.id = $1) AND ($2 = 0 OR d.group_id = $2)",
        a,
        b,
    )
    .await
}

/// Posts in the threads of published groups (`a` = thread, `b` = group).
pub async fn posts(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT p.id, p.thread_id AS parent_id, t.group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle, t.title, p.body, g.name AS extra,
            '' AS theme, '' AS stakeholder_group, g.country, g.region, CAST(0 AS BIGINT) AS year, p.created_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM group_posts p JOIN group_threads t ON t.id = p.thread_id JOIN forum_groups g ON g.id = t.group_id
         WHERE g.status = 'published' AND ($1 = 0 OR p.thread_id = $1) AND ($2 = 0 OR t.group_id = $2)",
        a,
        b,
    )
    .await
}

/// Annual and other reports of published groups, NRIs' among them (`a` = group); `extra` is the group's kind.
pub async fn group_reports(conn: &mut Conn, a: i64, b: i64) -> Result<Vec<Row>> {
    rows(
        conn,
        "SELECT r.group_id * 10000 + r.year AS id, CAST(0 AS BIGINT) AS parent_id, r.group_id, CAST(0 AS BIGINT) AS cycle_id, '' AS cycle,
            g.name || ' ' || r.kind || ' ' || r.year AS title, r.body, g.kind AS extra, '' AS theme, '' AS stakeholder_group,
            g.country, g.region, r.year, r.filed_at AS date,
            '' AS action_lines, '' AS sdgs
         FROM group_reports r JOIN forum_groups g ON g.id = r.group_id
         WHERE g.status = 'published' AND ($1 = 0 OR r.group_id = $1) AND ($2 = 0 OR r.group_id = $2)",
        a,
        b,
    )
    .await
}
