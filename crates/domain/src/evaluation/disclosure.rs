//! When the MAG's scores may be read, and by whom, and the pseudonyms they are published under.
//!
//! While the evaluation runs, scores belong to the Secretariat and the Chair: a proposer who saw them could lobby
//! evaluators, and an evaluator who saw the others' could follow them. Once the selection is published they are
//! open data, each evaluator under a pseudonym drawn from a secret so that the numbering says nothing about who is
//! who (numbering in id or first-score order would tell an insider which pseudonym is the earliest-appointed member).

use crate::accounts::{Action, Role, permits};
use crate::cycles::{Phase, PhaseDates};
use std::collections::BTreeMap;

/// Why scores are not shown to this reader now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withheld {
    /// The selection is not published yet and the reader is neither the Secretariat nor the Chair.
    UntilSelectionPublished,
}

impl Withheld {
    /// The translation key of the sentence shown to the reader.
    pub fn code(self) -> &'static str {
        match self {
            Withheld::UntilSelectionPublished => "scores-confidential",
        }
    }
}

/// The selection is published when the cycle's selection phase has ended; a cycle without a dated selection
/// phase keeps its scores confidential.
pub fn selection_published(phases: &[(Phase, PhaseDates)], now: i64) -> bool {
    phases.iter().any(|(phase, dates)| *phase == Phase::Selection && now >= dates.end)
}

/// Why a cycle's staged decisions cannot be published now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicationHeld {
    /// The MAG is still scoring: a decision published now would be taken before the evaluation it rests on.
    EvaluationOpen { ends_at: i64 },
}

/// Decisions are published once the evaluation phase has ended (at any time for a cycle without a dated one).
pub fn may_publish_decisions(phases: &[(Phase, PhaseDates)], now: i64) -> Result<(), PublicationHeld> {
    match phases.iter().find(|(phase, _)| *phase == Phase::Evaluation) {
        Some((_, dates)) if now < dates.end => Err(PublicationHeld::EvaluationOpen { ends_at: dates.end }),
        _ => Ok(()),
    }
}

/// Whether a reader with these roles (none when anonymous) may read a cycle's scores now.
pub fn may_read_scores(roles: &[Role], phases: &[(Phase, PhaseDates)], now: i64) -> Result<(), Withheld> {
    if selection_published(phases, now) || permits(roles, Action::ReadConfidentialScores) {
        Ok(())
    } else {
        Err(Withheld::UntilSelectionPublished)
    }
}

/// Pseudonyms `E1 … En` for the evaluators, numbered in the order of `draw` (a keyed hash of the evaluator's id):
/// stable for the same key, unrelated to ids or to the order in which scores were saved.
pub fn pseudonyms<D: Ord>(evaluators: impl IntoIterator<Item = i64>, draw: impl Fn(i64) -> D) -> BTreeMap<i64, String> {
    let mut drawn: Vec<(D, i64)> =
        evaluators.into_iter().collect::<std::collections::BTreeSet<_>>().into_iter().map(|id| (draw(id), id)).collect();
    drawn.sort();
    drawn.into_iter().enumerate().map(|(n, (_, id))| (id, format!("E{}", n + 1))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SELECTION: (Phase, PhaseDates) = (Phase::Selection, PhaseDates { start: 100, end: 200 });

    #[test]
    fn decisions_wait_for_the_end_of_the_evaluation() {
        let evaluation = [(Phase::Evaluation, PhaseDates { start: 10, end: 20 })];
        assert_eq!(may_publish_decisions(&evaluation, 19), Err(PublicationHeld::EvaluationOpen { ends_at: 20 }));
        assert_eq!(may_publish_decisions(&evaluation, 5), Err(PublicationHeld::EvaluationOpen { ends_at: 20 }), "nor before it");
        assert_eq!(may_publish_decisions(&evaluation, 20), Ok(()));
        assert_eq!(may_publish_decisions(&[], 0), Ok(()), "no dated evaluation: the Secretariat decides when");
    }

    #[test]
    fn scores_are_confidential_until_the_selection_phase_ends() {
        assert_eq!(may_read_scores(&[], &[SELECTION], 199), Err(Withheld::UntilSelectionPublished));
        assert_eq!(may_read_scores(&[Role::Mag], &[SELECTION], 150), Err(Withheld::UntilSelectionPublished));
        assert_eq!(may_read_scores(&[Role::Admin], &[SELECTION], 150), Err(Withheld::UntilSelectionPublished));
        assert_eq!(may_read_scores(&[], &[SELECTION], 200), Ok(()));
        assert_eq!(may_read_scores(&[], &[], i64::MAX), Err(Withheld::UntilSelectionPublished), "no selection date, no publication");
    }

    #[test]
    fn the_secretariat_and_the_chair_read_them_during_evaluation() {
        assert_eq!(may_read_scores(&[Role::Secretariat], &[SELECTION], 0), Ok(()));
        assert_eq!(may_read_scores(&[Role::Mag, Role::Chair], &[SELECTION], 0), Ok(()));
    }

    proptest! {
        #[test]
        fn pseudonyms_name_each_evaluator_once(ids in proptest::collection::vec(-1000i64..1000, 0..40), key in any::<u64>()) {
            let names = pseudonyms(ids.iter().copied(), |id| (id as u64 ^ key).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let distinct: std::collections::BTreeSet<i64> = ids.iter().copied().collect();
            prop_assert_eq!(names.len(), distinct.len());
            let mut numbers: Vec<usize> = names.values().map(|n| n[1..].parse().unwrap()).collect();
            numbers.sort();
            prop_assert_eq!(numbers, (1..=distinct.len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_numbering_follows_the_draw_not_the_ids() {
        let names = pseudonyms([1, 2, 3], |id| -id);
        assert_eq!(names[&3], "E1");
        assert_eq!(names[&1], "E3");
    }
}
