//! What addresses each WSIS action line and SDG: sessions (through their proposal), Messages (through the
//! reports they draw on) and recommendations, each with its cycle.

use crate::{Conn, Result};
use serde::Serialize;

/// One item and the action lines and SDGs it addresses (comma-separated, as stored).
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Fact {
    pub kind: String,
    pub id: i64,
    pub title: String,
    pub cycle_id: Option<i64>,
    pub action_lines: String,
    pub sdgs: String,
}

pub async fn facts(conn: &mut Conn) -> Result<Vec<Fact>> {
    Ok(sqlx::query_as(
        "SELECT 'session' AS kind, s.id, s.title, s.cycle_id, p.action_lines, p.sdgs
           FROM sessions s JOIN proposals p ON p.id = s.proposal_id
         UNION ALL
         SELECT DISTINCT 'message' AS kind, m.id, m.title, m.cycle_id, p.action_lines, p.sdgs
           FROM messages m JOIN message_sources ms ON ms.message_id = m.id JOIN session_reports r ON r.id = ms.report_id
           JOIN sessions s ON s.id = r.session_id JOIN proposals p ON p.id = s.proposal_id
         UNION ALL
         SELECT 'recommendation' AS kind, id, title, cycle_id, action_lines, sdgs FROM recommendations
         ORDER BY 1, 2",
    )
    .fetch_all(conn)
    .await?)
}
