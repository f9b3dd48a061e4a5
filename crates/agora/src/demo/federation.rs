//! The demo forum as a national IGF in the federation: Kenya, national level, with the annual reports of its last
//! two meetings, so that its signed feed (/federation/feed.json) has something to say.

use agora_store::Db;
use agora_store::federation::{file_report, set_identity};

pub async fn fill(db: &Db, secretariat: i64) -> anyhow::Result<()> {
    let year = 1970 + agora_store::now() / 31_556_952;
    let mut tx = db.begin().await?;
    set_identity(&mut tx, "KE", "national").await?;
    for (year, venue, sessions) in [(year - 2, "Mombasa", 24), (year - 1, "Nairobi", 31)] {
        let text = format!(
            "**Demo National IGF {year}** (DNIGF), held in {venue} over two days, in person and online.\n\n\
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
