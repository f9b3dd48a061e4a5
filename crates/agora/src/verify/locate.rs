//! Finding the entries that differ from a signed tree without asking for a proof per entry: a binary search down
//! the RFC 9162 tree, from the signed root to the leaves that differ, asking the forum only for the hashes of the
//! subtrees on the way (read from inclusion proofs; a few dozen requests for thousands of entries).
//!
//! The forum's hashes are not believed as such: they come from its stored leaf hashes, which whoever edited an
//! entry in the database may have rewritten too. A child's hash is trusted only when, with its sibling's, it
//! hashes to the trusted parent. Where no pair does, the forum's tree disagrees with its own signature and the
//! edit cannot be narrowed down further from its answers: the range is reported as such.

use agora_domain::record::{Hash, node_hash, root};
use std::collections::HashMap;
use std::ops::Range;

/// Where the forum's audit paths come from (the HTTP API, or a tree in memory in tests).
pub trait AuditPaths {
    /// The audit path of the leaf at `leaf` in the signed tree, from the leaf up (RFC 9162 §2.1.3.1).
    async fn audit_path(&mut self, leaf: usize) -> anyhow::Result<Vec<Hash>>;
}

/// What the search found.
#[derive(Debug, PartialEq, Eq)]
pub enum Finding {
    /// The entry served at this place is not the one the signed tree holds: edited, or moved here.
    Differs(usize),
    /// An entry among these differs, but the forum's own hashes of them disagree with the signed tree as well (its
    /// stored leaf hashes were rewritten with the entry), so its answers cannot tell which.
    Unlocated(Range<usize>),
}

/// The search over a tree of `known.len()` leaves with the signed root `signed_root`. `served` holds the leaf
/// hashes of the entries as served (None for a missing entry); `known` starts as the best knowledge of the signed
/// leaves (the served ones, or those kept from an earlier verification) and ends with every leaf the search
/// reached replaced by the signed one, so the caller can tell whether the whole signed tree is now known.
pub async fn locate(
    served: &[Option<Hash>],
    known: &mut [Option<Hash>],
    signed_root: Hash,
    paths: &mut impl AuditPaths,
) -> anyhow::Result<Vec<Finding>> {
    let mut forum = ForumHashes { paths, size: known.len(), hashes: HashMap::new() };
    let mut findings = Vec::new();
    let whole = 0..known.len();
    // An empty tree has no leaf to blame: the caller reports that its root is wrong.
    let mut pending = if !whole.is_empty() && differs(known, &whole, &signed_root) { vec![(whole, signed_root)] } else { vec![] };
    while let Some((node, trusted)) = pending.pop() {
        if node.len() == 1 {
            // An entry that matches is still reached when `known` held something else there (a leaf kept from
            // an earlier verification that the forum has since re-signed differently): the consistency check
            // with that verification reports it, not this one.
            if served[node.start].is_some_and(|hash| hash != trusted) {
                findings.push(Finding::Differs(node.start));
            }
            known[node.start] = Some(trusted);
            continue;
        }
        match trusted_children(&node, trusted, known, &mut forum).await? {
            Some(children) => pending.extend(children.into_iter().rev().filter(|(child, hash)| differs(known, child, hash))),
            None => findings.push(Finding::Unlocated(node)),
        }
    }
    findings.sort_by_key(|f| match f {
        Finding::Differs(i) => *i,
        Finding::Unlocated(range) => range.start,
    });
    Ok(findings)
}

/// The two children of `node` with hashes trusted because they hash to the parent's `trusted` hash: a child's
/// own leaves with the forum's hash of its sibling (that child is then unchanged), or else both of the forum's
/// hashes. None when neither holds.
async fn trusted_children(
    node: &Range<usize>,
    trusted: Hash,
    known: &[Option<Hash>],
    forum: &mut ForumHashes<'_, impl AuditPaths>,
) -> anyhow::Result<Option<[(Range<usize>, Hash); 2]>> {
    let (left, right) = children(node);
    let (ours_left, ours_right) = (local_root(known, &left), local_root(known, &right));
    if let Some(ours) = ours_left
        && let Some(theirs) = forum.hash_of(&right, &left).await?
        && node_hash(&ours, &theirs) == trusted
    {
        return Ok(Some([(left, ours), (right, theirs)]));
    }
    let theirs_left = forum.hash_of(&left, &right).await?;
    if let (Some(theirs), Some(ours)) = (theirs_left, ours_right)
        && node_hash(&theirs, &ours) == trusted
    {
        return Ok(Some([(left, theirs), (right, ours)]));
    }
    let theirs_right = forum.hash_of(&right, &left).await?;
    Ok(match (theirs_left, theirs_right) {
        (Some(l), Some(r)) if node_hash(&l, &r) == trusted => Some([(left, l), (right, r)]),
        _ => None,
    })
}

/// Whether the subtree over `node` still needs searching: its leaves do not hash to `trusted`, or some are
/// missing. A larger subtree whose entries are all missing is not searched: they are reported as missing
/// already, and finding their signed leaves would cost requests (a lone one's is `trusted`, free).
fn differs(known: &[Option<Hash>], node: &Range<usize>, trusted: &Hash) -> bool {
    match local_root(known, node) {
        Some(ours) => ours != *trusted,
        None => node.len() == 1 || known[node.clone()].iter().any(Option::is_some),
    }
}

fn local_root(known: &[Option<Hash>], node: &Range<usize>) -> Option<Hash> {
    let leaves: Option<Vec<Hash>> = known[node.clone()].iter().copied().collect();
    leaves.map(|leaves| root(&leaves))
}

/// RFC 9162 splits a tree of n ≥ 2 leaves after the largest power of two smaller than n.
fn children(node: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let split = node.start + (1 << (usize::BITS - 1 - (node.len() - 1).leading_zeros()));
    (node.start..split, split..node.end)
}

/// The forum's hashes of subtrees, each read from the audit path of a leaf beside it and kept, since one path
/// holds the hashes of every sibling on its way up: most steps of the search need no new request.
struct ForumHashes<'a, P> {
    paths: &'a mut P,
    size: usize,
    hashes: HashMap<(usize, usize), Hash>,
}

impl<P: AuditPaths> ForumHashes<'_, P> {
    /// The forum's hash of `node`, whose sibling is `sibling`; None if its audit path is not of the right length.
    async fn hash_of(&mut self, node: &Range<usize>, sibling: &Range<usize>) -> anyhow::Result<Option<Hash>> {
        if !self.hashes.contains_key(&(node.start, node.end)) {
            let path = self.paths.audit_path(sibling.start).await?;
            let nodes = path_siblings(sibling.start, self.size);
            if path.len() == nodes.len() {
                self.hashes.extend(nodes.into_iter().map(|n| (n.start, n.end)).zip(path));
            }
        }
        Ok(self.hashes.get(&(node.start, node.end)).copied())
    }
}

/// The subtrees whose hashes the audit path of `leaf` in a tree of `size` leaves holds, from the leaf up.
fn path_siblings(leaf: usize, size: usize) -> Vec<Range<usize>> {
    let mut siblings = Vec::new();
    let mut node = 0..size;
    while node.len() > 1 {
        let (left, right) = children(&node);
        if leaf < left.end {
            siblings.push(right);
            node = left;
        } else {
            siblings.push(left);
            node = right;
        }
    }
    siblings.reverse();
    siblings
}

#[cfg(test)]
mod tests {
    use super::*;
    use agora_domain::record::{inclusion_proof, leaf_hash};

    /// A forum in memory: audit paths from its stored leaf hashes, counting the requests.
    struct Forum {
        stored: Vec<Hash>,
        requests: usize,
    }

    impl AuditPaths for Forum {
        async fn audit_path(&mut self, leaf: usize) -> anyhow::Result<Vec<Hash>> {
            self.requests += 1;
            Ok(inclusion_proof(&self.stored, leaf).unwrap())
        }
    }

    fn leaves(n: usize) -> Vec<Hash> {
        (0..n).map(|i| leaf_hash(format!("entry {i}").as_bytes())).collect()
    }

    /// Searches `served` against the tree of `signed`, the forum answering from `stored`.
    fn search(signed: &[Hash], served: &[Option<Hash>], stored: Vec<Hash>) -> (Vec<Finding>, Vec<Option<Hash>>, usize) {
        let mut forum = Forum { stored, requests: 0 };
        let mut known = served.to_vec();
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let findings = runtime.block_on(locate(served, &mut known, root(signed), &mut forum)).unwrap();
        (findings, known, forum.requests)
    }

    #[test]
    fn the_paths_siblings_are_the_subtrees_of_the_proof() {
        assert_eq!(path_siblings(0, 1), Vec::<Range<usize>>::new());
        assert_eq!(path_siblings(2, 7), [3..4, 0..2, 4..7]);
        assert_eq!(path_siblings(6, 7), [4..6, 0..4]);
        assert_eq!(children(&(4..7)), (4..6, 6..7));
    }

    #[test]
    fn edited_and_swapped_entries_are_found_with_a_few_requests_each() {
        for size in [1, 2, 3, 7, 64, 1000, 3001] {
            let signed = leaves(size);
            let mut served: Vec<Option<Hash>> = signed.iter().copied().map(Some).collect();
            let edited = [size / 3, size - 1];
            for &i in &edited {
                served[i] = Some(leaf_hash(b"edited"));
            }
            let (findings, known, requests) = search(&signed, &served, signed.clone());
            let mut expected: Vec<Finding> = edited.iter().map(|&i| Finding::Differs(i)).collect();
            expected.dedup();
            assert_eq!(findings, expected, "size {size}");
            assert_eq!(known, signed.iter().copied().map(Some).collect::<Vec<_>>(), "the signed tree is known after");
            assert!(requests <= 2 * 2 * (usize::BITS - size.leading_zeros()) as usize, "size {size}: {requests} requests");
        }
    }

    #[test]
    fn missing_entries_are_not_findings_but_their_signed_leaves_become_known() {
        let signed = leaves(10);
        let mut served: Vec<Option<Hash>> = signed.iter().copied().map(Some).collect();
        served[4] = None;
        let (findings, known, _) = search(&signed, &served, signed.clone());
        assert!(findings.is_empty());
        assert_eq!(known[4], Some(signed[4]));
    }

    #[test]
    fn a_rewritten_stored_leaf_hash_leaves_the_edit_unlocated_unless_the_earlier_leaves_are_known() {
        let signed = leaves(100);
        let mut served: Vec<Option<Hash>> = signed.iter().copied().map(Some).collect();
        served[42] = Some(leaf_hash(b"edited"));
        let stored: Vec<Hash> = served.iter().map(|h| h.unwrap()).collect();
        let (findings, _, _) = search(&signed, &served, stored.clone());
        assert_eq!(findings, [Finding::Unlocated(0..100)]);

        // With the first 50 leaves kept from an earlier verification, an edit after them is still found.
        served[80] = Some(leaf_hash(b"edited too"));
        let mut known = served.clone();
        known[..50].copy_from_slice(&signed[..50].iter().copied().map(Some).collect::<Vec<_>>());
        let mut forum = Forum { stored: stored.clone(), requests: 0 };
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let findings = runtime.block_on(locate(&served, &mut known, root(&signed), &mut forum)).unwrap();
        assert_eq!(findings, [Finding::Differs(80)]);
    }
}
