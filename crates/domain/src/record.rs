//! The public record as a Merkle tree (RFC 9162, Certificate Transparency 2.0): leaf and node hashing, the
//! tree head, inclusion and consistency proofs, and their verification — so anyone can check that the forum's
//! log of public changes was only ever appended to.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// RFC 9162 §2.1.1: a leaf is H(0x00 ‖ entry).
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(entry);
    h.finalize().into()
}

/// An interior node is H(0x01 ‖ left ‖ right).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The hash of the empty tree: H() of nothing.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// The largest power of two smaller than `n` (n ≥ 2): where RFC 9162 splits a tree.
fn split(n: usize) -> usize {
    let mut k = 1;
    while k * 2 < n {
        k *= 2;
    }
    k
}

/// The Merkle tree hash of the leaves (MTH in RFC 9162 §2.1.1).
pub fn root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(),
        1 => leaves[0],
        n => {
            let k = split(n);
            node_hash(&root(&leaves[..k]), &root(&leaves[k..]))
        }
    }
}

/// The right edge of a Merkle tree: the roots of its perfect subtrees, largest first, with their heights —
/// enough to add a leaf and to compute the tree's root in O(log n), without reading the leaves again. The
/// signer keeps it, so signing a head costs the same at ten entries or at twenty million.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier {
    pub size: u64,
    pub nodes: Vec<(u32, Hash)>,
}

impl Frontier {
    pub fn of(leaves: &[Hash]) -> Frontier {
        let mut frontier = Frontier::default();
        for leaf in leaves {
            frontier.push(*leaf);
        }
        frontier
    }

    pub fn push(&mut self, leaf: Hash) {
        self.size += 1;
        self.nodes.push((0, leaf));
        while let [.., (left_height, left), (right_height, right)] = self.nodes[..] {
            if left_height != right_height {
                break;
            }
            self.nodes.truncate(self.nodes.len() - 2);
            self.nodes.push((left_height + 1, node_hash(&left, &right)));
        }
    }

    /// The Merkle tree hash of the leaves pushed so far: RFC 9162 splits at the largest power of two, so the
    /// subtrees of the edge, folded from the right, give the same root.
    pub fn root(&self) -> Hash {
        let mut nodes = self.nodes.iter().rev();
        let Some((_, last)) = nodes.next() else { return empty_root() };
        nodes.fold(*last, |acc, (_, left)| node_hash(left, &acc))
    }

    /// `size;height:hex,height:hex…`, for keeping it between runs.
    pub fn encode(&self) -> String {
        let nodes: Vec<String> = self.nodes.iter().map(|(h, hash)| format!("{h}:{}", to_hex(hash))).collect();
        format!("{};{}", self.size, nodes.join(","))
    }

    pub fn decode(text: &str) -> Option<Frontier> {
        let (size, nodes) = text.split_once(';')?;
        let nodes = nodes
            .split(',')
            .filter(|n| !n.is_empty())
            .map(|n| {
                let (height, hash) = n.split_once(':')?;
                Some((height.parse().ok()?, hash_from_hex(hash)?))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Frontier { size: size.parse().ok()?, nodes })
    }
}

/// The audit path of leaf `index` in the tree of `leaves` (PATH, RFC 9162 §2.1.3.1); None when out of range.
pub fn inclusion_proof(leaves: &[Hash], index: usize) -> Option<Vec<Hash>> {
    if index >= leaves.len() {
        return None;
    }
    let mut path = Vec::new();
    let (mut leaves, mut index) = (leaves, index);
    let mut parts = Vec::new();
    while leaves.len() > 1 {
        let k = split(leaves.len());
        if index < k {
            parts.push(root(&leaves[k..]));
            leaves = &leaves[..k];
        } else {
            parts.push(root(&leaves[..k]));
            leaves = &leaves[k..];
            index -= k;
        }
    }
    // Collected from the root down; the path runs from the leaf up.
    path.extend(parts.into_iter().rev());
    Some(path)
}

/// Checks an audit path (RFC 9162 §2.1.3.2).
pub fn verify_inclusion(leaf: &Hash, index: u64, tree_size: u64, path: &[Hash], expected_root: &Hash) -> bool {
    if index >= tree_size {
        return false;
    }
    let (mut f_n, mut s_n) = (index, tree_size - 1);
    let mut r = *leaf;
    for p in path {
        if s_n == 0 {
            return false;
        }
        if f_n & 1 == 1 || f_n == s_n {
            r = node_hash(p, &r);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            r = node_hash(&r, p);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    s_n == 0 && &r == expected_root
}

/// The consistency proof between the tree of the first `first` leaves and the whole tree (PROOF, §2.1.4.1).
pub fn consistency_proof(leaves: &[Hash], first: usize) -> Option<Vec<Hash>> {
    if first == 0 || first > leaves.len() {
        return None;
    }
    Some(subproof(first, leaves, true))
}

fn subproof(m: usize, leaves: &[Hash], complete: bool) -> Vec<Hash> {
    let n = leaves.len();
    if m == n {
        return if complete { Vec::new() } else { vec![root(leaves)] };
    }
    let k = split(n);
    if m <= k {
        let mut proof = subproof(m, &leaves[..k], complete);
        proof.push(root(&leaves[k..]));
        proof
    } else {
        let mut proof = subproof(m - k, &leaves[k..], false);
        proof.push(root(&leaves[..k]));
        proof
    }
}

/// Checks that the tree of size `first` with root `first_root` is a prefix of the tree of size `second` with
/// root `second_root` (RFC 9162 §2.1.4.2).
pub fn verify_consistency(first: u64, second: u64, proof: &[Hash], first_root: &Hash, second_root: &Hash) -> bool {
    if first == 0 || first > second {
        return false;
    }
    if first == second {
        return proof.is_empty() && first_root == second_root;
    }
    let mut path: Vec<Hash> = proof.to_vec();
    if first.is_power_of_two() {
        path.insert(0, *first_root);
    }
    let (mut f_n, mut s_n) = (first - 1, second - 1);
    while f_n & 1 == 1 {
        f_n >>= 1;
        s_n >>= 1;
    }
    let Some((first_hash, rest)) = path.split_first() else { return false };
    let (mut f_r, mut s_r) = (*first_hash, *first_hash);
    for c in rest {
        if s_n == 0 {
            return false;
        }
        if f_n & 1 == 1 || f_n == s_n {
            f_r = node_hash(c, &f_r);
            s_r = node_hash(c, &s_r);
            if f_n & 1 == 0 {
                while f_n & 1 == 0 && f_n != 0 {
                    f_n >>= 1;
                    s_n >>= 1;
                }
            }
        } else {
            s_r = node_hash(&s_r, c);
        }
        f_n >>= 1;
        s_n >>= 1;
    }
    &f_r == first_root && &s_r == second_root && s_n == 0
}

/// The bytes of a record entry that its leaf hashes: its fields one per line, the payload (JSON text exactly as
/// stored) last, so no field can run into another and no JSON canonicalisation is needed.
pub fn entry_bytes(id: i64, at: i64, kind: &str, subject_type: &str, subject_id: i64, payload: &str) -> Vec<u8> {
    format!("{id}\n{at}\n{kind}\n{subject_type}\n{subject_id}\n{payload}").into_bytes()
}

/// What a signed tree head signs: a fixed, versioned byte string, so a signature cannot be reused for anything else.
pub fn tree_head_message(tree_size: u64, timestamp: i64, root: &Hash) -> Vec<u8> {
    let mut message = b"agora-tree-head-v1".to_vec();
    message.extend(tree_size.to_be_bytes());
    message.extend(timestamp.to_be_bytes());
    message.extend(root);
    message
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

pub fn hash_from_hex(text: &str) -> Option<Hash> {
    from_hex(text)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn leaves(n: usize) -> Vec<Hash> {
        (0..n).map(|i| leaf_hash(format!("entry {i}").as_bytes())).collect()
    }

    #[test]
    fn known_answers_from_the_certificate_transparency_test_vectors() {
        // The empty tree and the one-leaf tree of the empty entry (RFC 6962 test data, same hashing in 9162).
        assert_eq!(to_hex(&empty_root()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(to_hex(&root(&[leaf_hash(b"")])), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        // The tree of the eight standard leaves.
        let data: [&[u8]; 8] = [
            b"",
            b"\x00",
            b"\x10",
            b"\x20\x21",
            b"\x30\x31",
            b"\x40\x41\x42\x43",
            b"\x50\x51\x52\x53\x54\x55\x56\x57",
            b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f",
        ];
        let leaves: Vec<Hash> = data.iter().map(|d| leaf_hash(d)).collect();
        assert_eq!(to_hex(&root(&leaves)), "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        assert_eq!(to_hex(&root(&leaves[..3])), "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77");
    }

    proptest! {
        #[test]
        fn the_frontier_gives_every_prefix_its_root(count in 0usize..70) {
            let leaves: Vec<Hash> = (0..count).map(|i| leaf_hash(&i.to_le_bytes())).collect();
            let mut frontier = Frontier::default();
            prop_assert_eq!(frontier.root(), root(&[]));
            for (n, leaf) in leaves.iter().enumerate() {
                frontier.push(*leaf);
                prop_assert_eq!(frontier.root(), root(&leaves[..=n]));
            }
            prop_assert_eq!(Frontier::decode(&frontier.encode()), Some(frontier));
        }

        #[test]
        fn every_inclusion_proof_verifies_and_a_changed_leaf_does_not(n in 1usize..70, pick in 0usize..70) {
            let all = leaves(n);
            let index = pick % n;
            let r = root(&all);
            let proof = inclusion_proof(&all, index).unwrap();
            prop_assert!(verify_inclusion(&all[index], index as u64, n as u64, &proof, &r));
            prop_assert!(!verify_inclusion(&leaf_hash(b"forged"), index as u64, n as u64, &proof, &r));
            if n > 1 {
                prop_assert!(!verify_inclusion(&all[index], ((index + 1) % n) as u64, n as u64, &proof, &r));
            }
        }

        #[test]
        fn every_prefix_is_consistent_and_a_rewritten_one_is_not(n in 1usize..70, pick in 1usize..70, change in 0usize..70) {
            let all = leaves(n);
            let m = 1 + (pick - 1) % n;
            let proof = consistency_proof(&all, m).unwrap();
            prop_assert!(verify_consistency(m as u64, n as u64, &proof, &root(&all[..m]), &root(&all)));
            let mut rewritten = all[..m].to_vec();
            rewritten[change % m] = leaf_hash(b"rewritten");
            prop_assert!(!verify_consistency(m as u64, n as u64, &proof, &root(&rewritten), &root(&all)));
        }
    }

    #[test]
    fn out_of_range_proofs_are_refused() {
        assert!(inclusion_proof(&leaves(3), 3).is_none());
        assert!(consistency_proof(&leaves(3), 4).is_none());
        assert!(consistency_proof(&leaves(3), 0).is_none());
        assert_eq!(hash_from_hex(&to_hex(&leaves(1)[0])), Some(leaves(1)[0]));
    }
}
