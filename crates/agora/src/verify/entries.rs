//! The entries a forum serves, put at their places in the tree: which places are missing (deleted rows), and
//! anything served where it cannot be. Pages are asked for by place, never by how many entries came back, so a
//! deleted row cannot shift the next page onto entries already read.

use std::ops::Range;

pub use agora_store::record::Leaf;

/// How a report names an entry: its place, and what it is about.
pub fn describe(leaf: &Leaf) -> String {
    format!("entry {} (record id {}, {} {} {})", leaf.leaf_index, leaf.id, leaf.kind, leaf.subject_type, leaf.subject_id)
}

/// The entries of a tree of `tree_size` leaves by place (None where none was served), and what was served wrongly:
/// an entry outside the tree, or two at one place (the database's unique index forbids both, so only a forum
/// answering falsely does it).
pub fn place(served: Vec<Leaf>, tree_size: usize) -> (Vec<Option<Leaf>>, Vec<String>) {
    let mut slots: Vec<Option<Leaf>> = vec![None; tree_size];
    let mut problems = Vec::new();
    for leaf in served {
        match usize::try_from(leaf.leaf_index).ok().and_then(|i| slots.get_mut(i)) {
            None => problems.push(format!("the forum served {} outside its tree of {tree_size} entries", describe(&leaf))),
            Some(Some(_)) => problems.push(format!("the forum served two entries at place {}", leaf.leaf_index)),
            Some(slot) => *slot = Some(leaf),
        }
    }
    (slots, problems)
}

/// The runs of places no entry was served for, in order; each non-empty.
pub fn missing_runs<T>(slots: &[Option<T>]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (i, _) in slots.iter().enumerate().filter(|(_, slot)| slot.is_none()) {
        match runs.last_mut() {
            Some(run) if run.end == i => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs
}

/// "entry 4 is missing" or "entries 4 to 6 are missing", for a non-empty run of places.
pub fn missing_message(run: &Range<usize>) -> String {
    format!("{}: deleted from the record", places(run, "is missing", "are missing"))
}

/// Names a non-empty run of places, with the verb that agrees with it.
pub fn places(run: &Range<usize>, one: &str, many: &str) -> String {
    if run.len() == 1 { format!("entry {} {one}", run.start) } else { format!("entries {} to {} {many}", run.start, run.end - 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(leaf_index: i64) -> Leaf {
        Leaf { leaf_index, id: leaf_index + 1, at: 0, kind: "k".into(), subject_type: "s".into(), subject_id: 1, payload: "{}".into() }
    }

    #[test]
    fn missing_places_are_named_once_each_as_single_entries_or_ascending_ranges() {
        let served = [0, 1, 3, 7, 8].map(leaf).to_vec();
        let (slots, problems) = place(served, 10);
        assert!(problems.is_empty());
        let messages: Vec<String> = missing_runs(&slots).iter().map(missing_message).collect();
        assert_eq!(
            messages,
            [
                "entry 2 is missing: deleted from the record",
                "entries 4 to 6 are missing: deleted from the record",
                "entry 9 is missing: deleted from the record"
            ]
        );
    }

    #[test]
    fn an_entry_served_twice_or_outside_the_tree_is_a_problem_not_a_shifted_range() {
        // What the old pager did after a deleted row: the next page started one place early and re-read an entry.
        let served = [0, 2, 2, 3, 5].map(leaf).to_vec();
        let (slots, problems) = place(served, 4);
        assert_eq!(
            problems,
            ["the forum served two entries at place 2", "the forum served entry 5 (record id 6, k s 1) outside its tree of 4 entries"]
        );
        assert_eq!(missing_runs(&slots), vec![Range { start: 1, end: 2 }]);
        assert!(missing_runs::<Leaf>(&[]).is_empty() && missing_runs(&[Some(1)]).is_empty());
    }
}
