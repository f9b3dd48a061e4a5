//! `agora verify URL`: checks a running forum's public record from outside, as a monitor would. It checks the
//! signed tree head against the forum's key, reads every entry (a page of a thousand at a time), recomputes the
//! Merkle tree and compares its root with the signed one. Only when they differ does it look for the entries
//! that changed, by a binary search down the tree (`locate`): an honest record costs one request per thousand
//! entries, a tampered one a few dozen more, never one per entry.
//!
//! With `--state FILE` it keeps the head it verified and every leaf hash under it. The next run checks the new
//! tree extends that one, and names any entry changed since, even one whose stored leaf hash was rewritten to
//! match: the forum's proofs are made from those stored hashes, so they cannot single such an entry out.

mod entries;
mod locate;

use agora_domain::record::{Hash, from_hex, hash_from_hex, root, to_hex, tree_head_message, verify_consistency};
use anyhow::{Context, bail};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use entries::{Leaf, missing_message, missing_runs, place, places};
use locate::{AuditPaths, Finding, locate};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Head {
    pub tree_size: u64,
    pub timestamp: i64,
    pub root_hash: String,
    pub signature: String,
    pub public_key: String,
}

/// Verifies the forum at `url`; returns the problems found (empty when the record checks out).
pub async fn verify(url: &str, pinned_key: Option<&str>, state_file: Option<&Path>) -> anyhow::Result<Vec<String>> {
    let forum = Forum { base: url.trim_end_matches('/').to_string(), http: reqwest::Client::new() };
    let head: Head = forum.get("/api/record/head").await?;
    let state = state_file.filter(|path| path.exists()).map(State::read).transpose()?;
    let key_hex = pinned_key
        .map(str::to_string)
        .or_else(|| state.as_ref().map(|s| s.head.public_key.clone()))
        .unwrap_or_else(|| head.public_key.clone());
    if key_hex != head.public_key {
        return Ok(vec![format!("the forum now signs with key {} instead of {key_hex}", head.public_key)]);
    }
    let Some(root_hash) = signed_root(&head, &key_hex)? else {
        return Ok(vec![format!("the signature of the tree head (size {}) does not verify with key {key_hex}", head.tree_size)]);
    };

    let tree_size = usize::try_from(head.tree_size).context("the tree is too large for this machine")?;
    let (slots, mut problems) = place(forum.entries(head.tree_size).await?, tree_size);
    problems.extend(missing_runs(&slots).iter().map(missing_message));
    let served: Vec<Option<Hash>> = slots.iter().map(|slot| slot.as_ref().map(Leaf::hash)).collect();
    let kept = state.as_ref().and_then(State::leaves);
    if let Some(kept) = &kept {
        problems.extend(changed_since(kept, &slots, &served));
    }
    let signed_leaves = if let Some(leaves) = complete(&served).filter(|leaves| root(leaves) == root_hash) {
        println!("verified: {} entries, root {}, signed at {} with key {key_hex}", head.tree_size, head.root_hash, head.timestamp);
        Some(leaves)
    } else {
        let (found, leaves) = find_differences(&forum, &head, root_hash, &slots, &served, kept.as_deref()).await?;
        problems.extend(found);
        if problems.is_empty() {
            problems.push("the entries do not hash to the signed root".into());
        }
        leaves
    };

    if let Some(previous) = state.as_ref().map(|s| &s.head) {
        problems.extend(check_extends(&forum, previous, &head, root_hash, signed_leaves.as_deref()).await?);
    }
    if let (true, Some(path), Some(leaves)) = (problems.is_empty(), state_file, &signed_leaves) {
        State::write(path, &head, leaves)?;
    }
    Ok(problems)
}

/// The root the head signs, if its signature verifies with the trusted key.
fn signed_root(head: &Head, key_hex: &str) -> anyhow::Result<Option<Hash>> {
    let key_bytes = from_hex(key_hex).and_then(|b| b.try_into().ok()).context("the public key is not 32 bytes of hex")?;
    let key = VerifyingKey::from_bytes(&key_bytes)?;
    let root_hash = hash_from_hex(&head.root_hash).context("the root hash is not 32 bytes of hex")?;
    let signature = Signature::from_slice(&from_hex(&head.signature).context("the signature is not hex")?)?;
    Ok(key.verify(&tree_head_message(head.tree_size, head.timestamp, &root_hash), &signature).is_ok().then_some(root_hash))
}

/// Every leaf hash, if no entry is missing.
fn complete(leaves: &[Option<Hash>]) -> Option<Vec<Hash>> {
    leaves.iter().copied().collect()
}

/// The served entries that are not the ones verified before, where the kept leaf hashes reach.
fn changed_since(kept: &[Hash], slots: &[Option<Leaf>], served: &[Option<Hash>]) -> Vec<String> {
    let mut changed = Vec::new();
    for ((kept, slot), hash) in kept.iter().zip(slots).zip(served) {
        if let (Some(leaf), Some(hash)) = (slot, hash)
            && hash != kept
        {
            changed.push(format!("{} is not the entry verified before: edited or moved", entries::describe(leaf)));
        }
    }
    changed
}

/// Names the entries that differ from the signed tree, searching from the leaves kept from the last verification
/// where there are some (an entry changed since then is named by `changed_since` already), else from those served.
/// Returns the problems and, when the search came to know the whole signed tree, its leaves.
async fn find_differences(
    forum: &Forum,
    head: &Head,
    root_hash: Hash,
    slots: &[Option<Leaf>],
    served: &[Option<Hash>],
    kept: Option<&[Hash]>,
) -> anyhow::Result<(Vec<String>, Option<Vec<Hash>>)> {
    let mut known = served.to_vec();
    for (known, kept) in known.iter_mut().zip(kept.unwrap_or_default()) {
        *known = Some(*kept);
    }
    let mut paths = SignedPaths { forum, tree_size: head.tree_size };
    let findings = locate(served, &mut known, root_hash, &mut paths).await?;
    let problems = findings.iter().map(|finding| describe(finding, slots)).collect();
    Ok((problems, complete(&known).filter(|leaves| root(leaves) == root_hash)))
}

fn describe(finding: &Finding, slots: &[Option<Leaf>]) -> String {
    match finding {
        Finding::Differs(i) => {
            let entry = slots[*i].as_ref().map_or_else(|| format!("entry {i}"), entries::describe);
            format!("{entry} does not match the signed tree head: edited or moved")
        }
        Finding::Unlocated(range) => format!(
            "{} the signed tree head, and neither do the forum's own hashes of them: an entry there was edited and its \
             stored leaf hash rewritten to match, which its proofs cannot single out (a --state file keeps the leaf \
             hashes it verified, so a later run with it names such an entry among them)",
            places(range, "does not match", "do not match")
        ),
    }
}

/// Checks the tree verified before is a prefix of today's: from the leaves when the whole signed tree is known
/// (its first leaves must hash to the old root), else with the forum's consistency proof.
async fn check_extends(
    forum: &Forum,
    previous: &Head,
    head: &Head,
    root_hash: Hash,
    signed_leaves: Option<&[Hash]>,
) -> anyhow::Result<Option<String>> {
    let old_root = hash_from_hex(&previous.root_hash).context("the saved root is not hex")?;
    if previous.tree_size > head.tree_size {
        return Ok(Some(format!("the tree shrank from {} to {} entries", previous.tree_size, head.tree_size)));
    }
    if previous.tree_size == 0 {
        return Ok(None);
    }
    let extends = match signed_leaves {
        Some(leaves) => root(&leaves[..previous.tree_size as usize]) == old_root,
        None => {
            let path = format!("/api/record/proof/consistency?first={}&second={}", previous.tree_size, head.tree_size);
            let proof: Consistency = forum.get(&path).await?;
            verify_consistency(previous.tree_size, head.tree_size, &hashes(&proof.proof)?, &old_root, &root_hash)
        }
    };
    if !extends {
        return Ok(Some(format!(
            "the tree of {} entries seen before is not a prefix of today's: history was rewritten",
            previous.tree_size
        )));
    }
    println!("consistent with the head seen before ({} entries, root {})", previous.tree_size, previous.root_hash);
    Ok(None)
}

/// What `--state` keeps between runs: the last verified head and the leaf hashes of its tree. A state file of
/// an older version, with the head alone, still reads.
#[derive(Deserialize, Serialize)]
struct State {
    #[serde(flatten)]
    head: Head,
    /// The leaf hashes in order, 64 hex digits each, run together.
    #[serde(default)]
    leaf_hashes: String,
}

impl State {
    fn read(path: &Path) -> anyhow::Result<State> {
        serde_json::from_str(&std::fs::read_to_string(path)?).context("reading the saved head")
    }

    fn write(path: &Path, head: &Head, leaves: &[Hash]) -> anyhow::Result<()> {
        let state = State { head: head.clone(), leaf_hashes: to_hex(leaves.as_flattened()) };
        Ok(std::fs::write(path, serde_json::to_string_pretty(&state)?)?)
    }

    /// The kept leaf hashes, if they are those of the kept head (an older state file keeps none).
    fn leaves(&self) -> Option<Vec<Hash>> {
        let bytes = from_hex(&self.leaf_hashes)?;
        let leaves: Vec<Hash> = bytes.chunks_exact(32).map(|c| c.try_into().unwrap_or_default()).collect();
        let whole = leaves.len() as u64 == self.head.tree_size && bytes.len() == leaves.len() * 32;
        (whole && Some(root(&leaves)) == hash_from_hex(&self.head.root_hash)).then_some(leaves)
    }
}

#[derive(Debug, Deserialize)]
struct Inclusion {
    audit_path: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Consistency {
    proof: Vec<String>,
}

fn hashes(hex: &[String]) -> anyhow::Result<Vec<Hash>> {
    hex.iter().map(|h| hash_from_hex(h).context("a proof hash is not 32 bytes of hex")).collect()
}

/// The forum's record API.
struct Forum {
    base: String,
    http: reqwest::Client,
}

/// The most entries the forum serves per request.
const PAGE: u64 = 1000;

impl Forum {
    async fn get<T: DeserializeOwned>(&self, path: &str) -> anyhow::Result<T> {
        let response = self.http.get(format!("{}{path}", self.base)).send().await.with_context(|| format!("GET {path}"))?;
        if !response.status().is_success() {
            bail!("GET {path}: {} {}", response.status(), response.text().await.unwrap_or_default());
        }
        response.json().await.with_context(|| format!("GET {path}: unexpected answer"))
    }

    /// The entries of the tree's places `0..tree_size`, by pages of places (a page with a deleted entry comes
    /// back short; the next page still starts where this one ends).
    async fn entries(&self, tree_size: u64) -> anyhow::Result<Vec<Leaf>> {
        let mut entries = Vec::new();
        for start in (0..tree_size).step_by(PAGE as usize) {
            let end = (start + PAGE).min(tree_size);
            entries.extend(self.get::<Vec<Leaf>>(&format!("/api/record/entries?start={start}&end={end}")).await?);
        }
        Ok(entries)
    }
}

/// The forum's audit paths in the tree of the signed head.
struct SignedPaths<'a> {
    forum: &'a Forum,
    tree_size: u64,
}

impl AuditPaths for SignedPaths<'_> {
    async fn audit_path(&mut self, leaf: usize) -> anyhow::Result<Vec<Hash>> {
        let path = format!("/api/record/proof/inclusion?leaf_index={leaf}&tree_size={}", self.tree_size);
        hashes(&self.forum.get::<Inclusion>(&path).await?.audit_path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use agora_domain::record::leaf_hash;

    fn head_of(leaves: &[Hash]) -> Head {
        let root_hash = to_hex(&root(leaves));
        Head { tree_size: leaves.len() as u64, timestamp: 1, root_hash, signature: "00".into(), public_key: "11".into() }
    }

    #[test]
    fn the_state_keeps_the_leaf_hashes_of_its_head_and_an_older_state_without_them_still_reads() {
        let leaves: Vec<Hash> = (0..5u8).map(|i| leaf_hash(&[i])).collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        State::write(&path, &head_of(&leaves), &leaves).unwrap();
        assert_eq!(State::read(&path).unwrap().leaves(), Some(leaves.clone()));

        let older = serde_json::to_string(&head_of(&leaves)).unwrap();
        std::fs::write(&path, older).unwrap();
        let state = State::read(&path).unwrap();
        assert_eq!((state.head.tree_size, state.leaves()), (5, None));

        // Leaf hashes that are not those of the kept head are not believed.
        let damaged = State { head: head_of(&leaves), leaf_hashes: to_hex(leaves[..4].as_flattened()) };
        assert_eq!(damaged.leaves(), None);
    }
}
