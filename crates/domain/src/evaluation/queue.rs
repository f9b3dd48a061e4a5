//! A MAG member's evaluation queue: the proposals assigned to them in a fixed order, how far they are, and where
//! to go after saving a score (the next proposal still to evaluate).

/// One assigned proposal, in the order of the queue, and whether the member has scored it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueItem {
    pub proposal: i64,
    pub scored: bool,
}

/// `(evaluated, assigned)`.
pub fn progress(queue: &[QueueItem]) -> (usize, usize) {
    (queue.iter().filter(|i| i.scored).count(), queue.len())
}

/// The proposal to evaluate after `current`: the first one still to score after it in the queue, else the first
/// one before it; `None` when everything else is scored.
pub fn next_to_score(queue: &[QueueItem], current: i64) -> Option<i64> {
    let at = queue.iter().position(|i| i.proposal == current).map_or(0, |p| p + 1);
    queue[at..].iter().chain(&queue[..at]).find(|i| !i.scored && i.proposal != current).map(|i| i.proposal)
}

/// The proposals before and after `current` in the queue, scored or not.
pub fn neighbours(queue: &[QueueItem], current: i64) -> (Option<i64>, Option<i64>) {
    match queue.iter().position(|i| i.proposal == current) {
        None => (None, None),
        Some(at) => (at.checked_sub(1).map(|p| queue[p].proposal), queue.get(at + 1).map(|i| i.proposal)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn queue(scored: &[bool]) -> Vec<QueueItem> {
        scored.iter().enumerate().map(|(i, s)| QueueItem { proposal: 10 + i as i64, scored: *s }).collect()
    }

    #[test]
    fn after_saving_the_next_unscored_comes_then_the_skipped_ones() {
        let q = queue(&[false, true, true, false, false]);
        assert_eq!(next_to_score(&q, 11), Some(13));
        assert_eq!(next_to_score(&q, 13), Some(14));
        assert_eq!(next_to_score(&q, 14), Some(10), "back to the start for one skipped earlier");
        assert_eq!(next_to_score(&queue(&[true, true, false]), 12), None, "the last one done");
        assert_eq!(progress(&q), (2, 5));
    }

    #[test]
    fn neighbours_are_the_queue_order() {
        let q = queue(&[true, false, true]);
        assert_eq!(neighbours(&q, 10), (None, Some(11)));
        assert_eq!(neighbours(&q, 11), (Some(10), Some(12)));
        assert_eq!(neighbours(&q, 12), (Some(11), None));
        assert_eq!(neighbours(&q, 99), (None, None));
    }

    proptest! {
        /// The next proposal is never the current one nor a scored one, and there is one whenever another
        /// proposal is still to score.
        #[test]
        fn the_next_one_is_still_to_score(scored in proptest::collection::vec(any::<bool>(), 0..20), at in 0usize..20) {
            let q = queue(&scored);
            let current = 10 + at as i64;
            match next_to_score(&q, current) {
                Some(next) => prop_assert!(next != current && q.iter().any(|i| i.proposal == next && !i.scored)),
                None => prop_assert!(q.iter().all(|i| i.scored || i.proposal == current)),
            }
        }
    }
}
