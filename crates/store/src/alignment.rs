//! What addresses each WSIS action line and SDG: sessions (through their proposal), Messages (through the
//! reports they draw on) and recommendations, each with its cycle; validated stocktaking projects and commitments,
//! which belong to no cycle, with their Global Digital Compact objectives (comma-separated numbers).

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
    pub gdc: String,
}

pub async fn facts(conn: &mut Conn) -> Result<Vec<Fact>> {
    Ok(sqlx::query_as(
        "SELECT 'session' AS kind, s.id, s.title, s.cycle_id, p.action_lines, p.sdgs, '' AS gdc
           FROM sessions s JOIN proposals p ON p.id = s.proposal_id
         UNION ALL
         SELECT DISTINCT 'message' AS kind, m.id, m.title, m.cycle_id, p.action_lines, p.sdgs, '' AS gdc
           FROM messages m JOIN message_sources ms ON ms.message_id = m.id JOIN session_reports r ON r.id = ms.report_id
           JOIN sessions s ON s.id = r.session_id JOIN proposals p ON p.id = s.proposal_id
         UNION ALL
         SELECT 'recommendation' AS kind, id, title, cycle_id, action_lines, sdgs, '' AS gdc FROM recommendations
         UNION ALL
         SELECT 'project' AS kind, id, title, NULL AS cycle_id, action_lines, sdgs, gdc_objectives AS gdc FROM projects WHERE review = 'validated'
         UNION ALL
         SELECT 'commitment' AS kind, id, title, NULL AS cycle_id, action_line AS action_lines, CAST(sdg AS TEXT) AS sdgs,
                CAST(gdc_objective AS TEXT) AS gdc FROM commitments
         ORDER BY 1, 2",
    )
    .fetch_all(conn)
    .await?)
}
