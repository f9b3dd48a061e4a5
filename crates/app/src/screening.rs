//! Stage-1 screening: every submitted proposal of a cycle checked against the cycle's rules
//! (`agora_domain::proposals::screen`), each result stored with its reasons. A proposal in a lightly screened
//! track (Day 0) is checked by the cycle's lighter rule set instead (`CycleRules::day0_screening`).

use agora_domain::proposals::screen;
use agora_domain::tracks::TrackKind;
use agora_store::cycles::Cycle;
use agora_store::proposals::{self, Person};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Screens every submitted proposal of the cycle; call it in a transaction so the results land together.
pub async fn run(conn: &mut Conn, cycle: &Cycle) -> Result<(), ScreeningError> {
    let themes = agora_store::cycles::themes(&mut *conn, cycle.id).await?;
    for proposal in proposals::list(&mut *conn, cycle.id, "submitted").await? {
        let people = proposals::people(&mut *conn, proposal.id).await?;
        let context = proposals::screening_context(&mut *conn, &proposal, &people).await?;
        let listed: Vec<_> = people.iter().map(Person::listed).collect();
        let kind = themes.iter().find(|t| Some(t.id) == proposal.theme_id).map_or(TrackKind::Theme, |t| TrackKind::of(&t.kind));
        let result = if kind.lightly_screened() {
            let light = &cycle.rules.day0_screening;
            light.keep(screen(&proposal.text(), &listed, &context, &light.rules_for(&cycle.rules)))
        } else {
            screen(&proposal.text(), &listed, &context, &cycle.rules)
        };
        let checks = serde_json::to_value(&result.checks).unwrap_or_default();
        proposals::store_screening(&mut *conn, proposal.id, result.passed, &checks).await?;
    }
    Ok(())
}
