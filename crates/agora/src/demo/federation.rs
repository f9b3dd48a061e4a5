//! The demo forum as a national IGF in the federation: Kenya, national level, with the annual reports of its last
//! two meetings, so that its signed feed (/federation/feed.json) has something to say.

use agora_store::Db;
use agora_store::federation::{file_report, set_identity};

pub async fn fill(db: &Db, secretariat: i64) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    set_identity(&mut tx, "KE", "national").await?;
    // Each report says what the demo's own cycle of that year says: where it met and how many sessions it had.
    let cycles = agora_store::cycles::list(&mut tx).await?;
    for year in [2024, 2025] {
        let Some(cycle) = cycles.iter().find(|c| c.name == format!("Demo National IGF {year}")) else { continue };
        let sessions = agora_store::programme::sessions(&mut tx, cycle.id).await?.len();
        let venue = cycle.host.trim_end_matches(", Kenya");
        let text = format!(
            "**Demo National IGF {year}** (DNIGF), held in {venue}, in person and online.\n\n\
             ## Preparatory process\n\nAn open call for issues, a multistakeholder organizing committee from all six \
             stakeholder groups, public consultation on the agenda, an open mailing list.\n\n\
             ## The event and its outcomes\n\n{sessions} sessions; the Messages and recommendations are published \
             on the forum and carried in its feed."
        );
        file_report(&mut tx, year, &text, secretariat).await?;
    }
    tx.commit().await?;
    Ok(())
}
