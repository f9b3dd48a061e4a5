//! A group's meetings and their speaking queue: the IGF's open-mic practice of "one queue plus online", where
//! people in the room and people online ask for the floor on an equal footing. The order of speakers is a pure
//! function of who waits, in which mode, since when, and which mode spoke last.

use serde::Serialize;

vocabulary! {
    /// A group's own meeting, or one of the MAG's open consultations (open to everyone).
    MeetingKind {
        Meeting = "meeting",
        OpenConsultation = "open-consultation",
    }
}

vocabulary! {
    /// Where a speaker is: in the room or online.
    SpeakingMode {
        Onsite = "onsite",
        Online = "online",
    }
}

impl SpeakingMode {
    pub fn other(self) -> SpeakingMode {
        match self {
            SpeakingMode::Onsite => SpeakingMode::Online,
            SpeakingMode::Online => SpeakingMode::Onsite,
        }
    }
}

/// A request to speak that is still waiting (neither called nor withdrawn).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub mode: SpeakingMode,
    /// When it was made; ties are broken by `id`, the order of arrival.
    pub requested_at: i64,
}

/// The order in which the waiting requests will be called, as their ids.
///
/// Each mode is its own first-come-first-served queue, and the two alternate so that neither waits behind
/// the other: after a speaker of one mode (`last`), the other mode's turn comes if anyone waits there. With no
/// one called yet, the mode whose first request has waited longest starts. Once one queue is empty the other
/// continues alone.
pub fn speaking_order(waiting: &[Waiting], last: Option<SpeakingMode>) -> Vec<i64> {
    let queue = |mode: SpeakingMode| {
        let mut q: Vec<&Waiting> = waiting.iter().filter(|w| w.mode == mode).collect();
        q.sort_by_key(|w| (w.requested_at, w.id));
        q
    };
    let onsite = queue(SpeakingMode::Onsite);
    let online = queue(SpeakingMode::Online);
    let first = match (last, onsite.first(), online.first()) {
        (Some(mode), _, _) => mode.other(),
        (None, Some(a), Some(b)) if (b.requested_at, b.id) < (a.requested_at, a.id) => SpeakingMode::Online,
        _ => SpeakingMode::Onsite,
    };
    let (mut turn, mut i, mut j) = (first, 0, 0);
    let mut order = Vec::with_capacity(waiting.len());
    while i < onsite.len() || j < online.len() {
        let take_onsite = match turn {
            SpeakingMode::Onsite => i < onsite.len(),
            SpeakingMode::Online => j >= online.len(),
        };
        if take_onsite {
            order.push(onsite[i].id);
            i += 1;
        } else {
            order.push(online[j].id);
            j += 1;
        }
        turn = turn.other();
    }
    order
}

/// The next speaker to call, if anyone waits.
pub fn next_speaker(waiting: &[Waiting], last: Option<SpeakingMode>) -> Option<i64> {
    speaking_order(waiting, last).first().copied()
}

#[cfg(test)]
mod tests {
    use super::SpeakingMode::{Online, Onsite};
    use super::*;
    use proptest::prelude::*;

    fn w(id: i64, mode: SpeakingMode, requested_at: i64) -> Waiting {
        Waiting { id, mode, requested_at }
    }

    #[test]
    fn alternates_starting_with_the_longest_wait() {
        let waiting = [w(1, Onsite, 10), w(2, Onsite, 11), w(3, Onsite, 12), w(4, Online, 13), w(5, Online, 14)];
        assert_eq!(speaking_order(&waiting, None), vec![1, 4, 2, 5, 3]);
        let waiting = [w(1, Onsite, 20), w(2, Online, 5), w(3, Online, 6)];
        assert_eq!(speaking_order(&waiting, None), vec![2, 1, 3]);
    }

    #[test]
    fn after_an_onsite_speaker_online_goes_next_even_if_later() {
        let waiting = [w(2, Onsite, 11), w(3, Onsite, 12), w(4, Online, 13)];
        assert_eq!(speaking_order(&waiting, Some(Onsite)), vec![4, 2, 3]);
        assert_eq!(next_speaker(&[], Some(Onsite)), None);
        assert_eq!(speaking_order(&[w(7, Onsite, 1)], Some(Onsite)), vec![7]);
    }

    fn arbitrary_waiting() -> impl Strategy<Value = Vec<Waiting>> {
        proptest::collection::vec((any::<bool>(), 0i64..20), 0..40).prop_map(|v| {
            v.into_iter().enumerate().map(|(i, (onsite, at))| w(i as i64 + 1, if onsite { Onsite } else { Online }, at)).collect()
        })
    }

    fn arbitrary_last() -> impl Strategy<Value = Option<SpeakingMode>> {
        prop_oneof![Just(None), Just(Some(Onsite)), Just(Some(Online))]
    }

    proptest! {
        #[test]
        fn every_waiting_request_is_called_exactly_once(waiting in arbitrary_waiting(), last in arbitrary_last()) {
            let mut order = speaking_order(&waiting, last);
            order.sort_unstable();
            let mut ids: Vec<i64> = waiting.iter().map(|w| w.id).collect();
            ids.sort_unstable();
            prop_assert_eq!(order, ids);
        }

        #[test]
        fn order_within_a_mode_is_first_come_first_served(waiting in arbitrary_waiting(), last in arbitrary_last()) {
            let order = speaking_order(&waiting, last);
            let at = |id: i64| { let r = waiting.iter().find(|w| w.id == id).unwrap(); (r.requested_at, r.id) };
            for mode in [Onsite, Online] {
                let of_mode: Vec<(i64, i64)> =
                    order.iter().filter(|id| waiting.iter().any(|w| w.id == **id && w.mode == mode)).map(|id| at(*id)).collect();
                prop_assert!(of_mode.windows(2).all(|p| p[0] < p[1]), "{:?}", of_mode);
            }
        }

        #[test]
        fn no_mode_waits_more_than_one_turn_while_the_other_has_people(waiting in arbitrary_waiting(), last in arbitrary_last()) {
            let order = speaking_order(&waiting, last);
            let mode = |id: i64| waiting.iter().find(|w| w.id == id).unwrap().mode;
            let modes: Vec<SpeakingMode> = order.iter().map(|id| mode(*id)).collect();
            // Whoever spoke before the queue (`last`) counts as the previous turn.
            let before: Vec<SpeakingMode> = last.into_iter().chain(modes.iter().copied()).collect();
            let offset = before.len() - modes.len();
            for k in 1..before.len() {
                if before[k] == before[k - 1] {
                    // Two turns in a row for one mode: the other must have had no one left waiting.
                    let other = before[k].other();
                    prop_assert!(!modes[k - offset..].contains(&other), "{:?} after {:?}", modes, last);
                }
            }
        }

        #[test]
        fn the_next_speaker_is_the_head_of_the_order(waiting in arbitrary_waiting(), last in arbitrary_last()) {
            prop_assert_eq!(next_speaker(&waiting, last), speaking_order(&waiting, last).first().copied());
        }
    }
}
