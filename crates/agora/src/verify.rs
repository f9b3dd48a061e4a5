//! `agora verify URL`: checks a running forum's public record from outside, as a monitor would. It checks the
//! signed tree head against the forum's key, reads every entry (a page of a thousand at a time), recomputes the
//! Merkle tree and compares its root with the signed one. Only when they differ does it look for the entries
//! that changed, by a binary search down the tree (`locate`): an honest record costs one request per thousand
//! entries, a tampered one a few dozen more, never one per entry. Given the head it saw last time
//! (`--state FILE`), it checks the new tree extends the old one (a consistency proof).

mod entries;
mod locate;

use agora_domain::record::{Hash, from_hex, hash_from_hex, root, tree_head_message, verify_consistency};
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
    let previous: Option<Head> = match state_file {
        Some(path) if path.exists() => Some(serde_json::from_str(&std::fs::read_to_string(path)?).context("reading the saved head")?),
        _ => None,
    };
    let key_hex = pinned_key
        .map(str::to_string)
        .or_else(|| previous.as_ref().map(|p| p.public_key.clone()))
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
    if complete(&served).is_some_and(|leaves| root(&leaves) == root_hash) {
        println!("verified: {} entries, root {}, signed at {} with key {key_hex}", head.tree_size, head.root_hash, head.timestamp);
    } else {
        problems.extend(find_differences(&forum, &head, root_hash, &slots, &served).await?);
        if problems.is_empty() {
            problems.push("the entries do not hash to the signed root".into());
        }
    }

    if let Some(previous) = &previous {
        problems.extend(check_extends(&forum, previous, &head, root_hash).await?);
    }
    if let (true, Some(path)) = (problems.is_empty(), state_file) {
        std::fs::write(path, serde_json::to_string_pretty(&head)?)?;
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

/// Names the entries that differ from the signed tree.
async fn find_differences(
    forum: &Forum,
    head: &Head,
    root_hash: Hash,
    slots: &[Option<Leaf>],
    served: &[Option<Hash>],
) -> anyhow::Result<Vec<String>> {
    let mut known = served.to_vec();
    let mut paths = SignedPaths { forum, tree_size: head.tree_size };
    let findings = locate(served, &mut known, root_hash, &mut paths).await?;
    Ok(findings.iter().map(|finding| describe(finding, slots)).collect())
}

fn describe(finding: &Finding, slots: &[Option<Leaf>]) -> String {
    match finding {
        Finding::Differs(i) => {
            let entry = slots[*i].as_ref().map_or_else(|| format!("entry {i}"), Leaf::describe);
            format!("{entry} does not match the signed tree head: edited or moved")
        }
        Finding::Unlocated(range) => format!(
            "{} the signed tree head, and neither do the forum's own hashes of them: an entry there was edited and its \
             stored leaf hash rewritten to match, which its proofs cannot single out",
            places(range, "does not match", "do not match")
        ),
    }
}

/// Checks the tree verified before is a prefix of today's, with the forum's consistency proof.
async fn check_extends(forum: &Forum, previous: &Head, head: &Head, root_hash: Hash) -> anyhow::Result<Option<String>> {
    let old_root = hash_from_hex(&previous.root_hash).context("the saved root is not hex")?;
    if previous.tree_size > head.tree_size {
        return Ok(Some(format!("the tree shrank from {} to {} entries", previous.tree_size, head.tree_size)));
    }
    if previous.tree_size == 0 {
        return Ok(None);
    }
    let path = format!("/api/record/proof/consistency?first={}&second={}", previous.tree_size, head.tree_size);
    let proof: Consistency = forum.get(&path).await?;
    if !verify_consistency(previous.tree_size, head.tree_size, &hashes(&proof.proof)?, &old_root, &root_hash) {
        return Ok(Some(format!(
            "the tree of {} entries seen before is not a prefix of today's: history was rewritten",
            previous.tree_size
        )));
    }
    println!("consistent with the head seen before ({} entries, root {})", previous.tree_size, previous.root_hash);
    Ok(None)
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
