//! A participant's agenda: when a placed session is held, and which sessions of an agenda clash.
//!
//! A session is placed in a slot that may be longer than the session (a 60-minute workshop in a 90-minute slot):
//! it is held from the slot's start for its own length, never past the slot's end. Every view of a placed
//! session — its page, the iCalendar files, frab's schedule.xml / schedule.json, the agenda — takes its times
//! from [`held`], so they cannot disagree.

/// How many minutes a placed session runs: its own length, cut at its slot's end (and never negative).
pub fn held_minutes(session_minutes: i64, slot_minutes: i64) -> i64 {
    session_minutes.min(slot_minutes).max(0)
}

/// When a session placed in a slot starts and ends (Unix seconds, the end excluded).
pub fn held(slot_starts_at: i64, slot_minutes: i64, session_minutes: i64) -> (i64, i64) {
    (slot_starts_at, slot_starts_at + held_minutes(session_minutes, slot_minutes) * 60)
}

/// Whether two spans `[start, end)` share some time. One that ends when the other starts does not clash with
/// it, and an empty span clashes with nothing.
pub fn overlap(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < a.1 && b.0 < b.1 && a.0 < b.1 && b.0 < a.1
}

/// For each span of an agenda, the indexes of the other spans it overlaps, in increasing order.
///
/// A sweep over the spans sorted by start: each span is compared only with those still running when it starts.
pub fn clashes(spans: &[(i64, i64)]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..spans.len()).filter(|i| spans[*i].0 < spans[*i].1).collect();
    order.sort_by_key(|i| (spans[*i].0, *i));
    let mut found: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
    let mut running: Vec<usize> = Vec::new();
    for i in order {
        running.retain(|r| spans[*r].1 > spans[i].0);
        for r in &running {
            found[*r].push(i);
            found[i].push(*r);
        }
        running.push(i);
    }
    for list in &mut found {
        list.sort_unstable();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NINE: i64 = 1_781_514_000; // 2026-06-15 09:00 UTC

    #[test]
    fn a_session_shorter_than_its_slot_ends_before_the_slot() {
        assert_eq!(held(NINE, 90, 60), (NINE, NINE + 3600));
        assert_eq!(held(NINE, 90, 120), (NINE, NINE + 90 * 60), "never past the slot's end");
        assert_eq!(held_minutes(45, 45), 45);
        assert_eq!(held_minutes(-5, 30), 0);
    }

    #[test]
    fn overlapping_sessions_clash_and_back_to_back_ones_do_not() {
        let spans = [
            held(NINE, 90, 60),                     // 09:00–10:00
            held(NINE + 30 * 60, 60, 60),           // 09:30–10:30: clashes with both neighbours
            held(NINE + 3600, 30, 30),              // 10:00–10:30: back to back with the first
            held(NINE + 3 * 3600, 60, 60),          // 12:00–13:00: alone
            (NINE + 3600 + 600, NINE + 3600 + 600), // empty: clashes with nothing
        ];
        assert_eq!(clashes(&spans), vec![vec![1], vec![0, 2], vec![1], vec![], vec![]]);
        assert!(!overlap(spans[0], spans[2]));
        assert!(overlap(spans[0], spans[0]), "two sessions at the same time clash");
    }

    proptest! {
        /// The sweep finds exactly the pairs that overlap, each seen from both sides, and never a span with itself.
        #[test]
        fn clashes_are_exactly_the_overlapping_pairs(raw in prop::collection::vec((0i64..48, 0i64..8), 0..24)) {
            let spans: Vec<(i64, i64)> = raw.iter().map(|(start, length)| (NINE + start * 900, NINE + (start + length) * 900)).collect();
            let found = clashes(&spans);
            prop_assert_eq!(found.len(), spans.len());
            for (i, list) in found.iter().enumerate() {
                let expected: Vec<usize> = (0..spans.len()).filter(|j| *j != i && overlap(spans[i], spans[*j])).collect();
                prop_assert_eq!(list, &expected, "span {} {:?} in {:?}", i, spans[i], &spans);
                for j in list {
                    prop_assert!(found[*j].contains(&i), "a clash is seen from both sides");
                }
            }
        }

        /// A held session starts at its slot's start and ends within the slot, after at most its own length.
        #[test]
        fn a_held_session_stays_in_its_slot(start in 0i64..2_000_000_000, slot in 0i64..600, session in 0i64..600) {
            let (from, to) = held(start, slot, session);
            prop_assert_eq!(from, start);
            prop_assert!(to >= from && to <= start + slot * 60 && to <= start + session * 60);
            prop_assert_eq!(to - from, 60 * slot.min(session));
        }
    }
}
