//! `agora verify URL`: checks a running forum's public record from outside, as a monitor would. It checks the
//! signed tree head against the forum's key, recomputes the Merkle tree from the entries the forum serves, names
//! any entry that was edited, deleted or reordered (each entry's inclusion proof fails against the signed root),
//! and, given the head it saw last time, checks the new tree extends the old one (a consistency proof).

mod entries;

use agora_domain::record::{Hash, from_hex, hash_from_hex, root, tree_head_message, verify_consistency, verify_inclusion};
use anyhow::{Context, bail};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use entries::{Leaf, missing_message, missing_runs, place};
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

/// The most entries the forum serves per request.
const PAGE: u64 = 1000;

/// Verifies the forum at `url`; returns the problems found (empty when the record checks out).
pub async fn verify(url: &str, pinned_key: Option<&str>, state: Option<&Path>) -> anyhow::Result<Vec<String>> {
    let base = url.trim_end_matches('/');
    let http = reqwest::Client::new();
    let get = |path: String| {
        let http = http.clone();
        async move {
            let response = http.get(format!("{base}{path}")).send().await.with_context(|| format!("GET {path}"))?;
            if !response.status().is_success() {
                bail!("GET {path}: {} {}", response.status(), response.text().await.unwrap_or_default());
            }
            Ok::<_, anyhow::Error>(response)
        }
    };
    let head: Head = get("/api/record/head".into()).await?.json().await?;
    let previous: Option<Head> = match state {
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
    let key =
        VerifyingKey::from_bytes(&from_hex(&key_hex).and_then(|b| b.try_into().ok()).context("the public key is not 32 bytes of hex")?)?;
    let root_hash = hash_from_hex(&head.root_hash).context("the root hash is not 32 bytes of hex")?;
    let signature = Signature::from_slice(&from_hex(&head.signature).context("the signature is not hex")?)?;
    let mut problems = Vec::new();
    if key.verify(&tree_head_message(head.tree_size, head.timestamp, &root_hash), &signature).is_err() {
        problems.push(format!("the signature of the tree head (size {}) does not verify with key {key_hex}", head.tree_size));
        return Ok(problems);
    }

    // Pages are asked for by place, never by how many entries came back: a page with a deleted entry comes back
    // short, and the next one must still start where it ends, not re-read entries already read.
    let mut served: Vec<Leaf> = Vec::new();
    for start in (0..head.tree_size).step_by(PAGE as usize) {
        let end = (start + PAGE).min(head.tree_size);
        served.extend(get(format!("/api/record/entries?start={start}&end={end}")).await?.json::<Vec<Leaf>>().await?);
    }
    let (slots, misplaced) = place(served, usize::try_from(head.tree_size).context("the tree is too large for this machine")?);
    problems.extend(misplaced);
    problems.extend(missing_runs(&slots).iter().map(missing_message));
    let leaves: Vec<&Leaf> = slots.iter().flatten().collect();
    let hashes_of: Vec<Hash> = leaves.iter().map(|leaf| leaf.hash()).collect();
    if problems.is_empty() && root(&hashes_of) == root_hash {
        println!("verified: {} entries, root {}, signed at {} with key {key_hex}", head.tree_size, head.root_hash, head.timestamp);
    } else {
        // Name the entries whose content no longer matches the signed tree.
        for (leaf, hash) in leaves.iter().zip(&hashes_of) {
            let proof: Inclusion = get(format!("/api/record/proof/inclusion?leaf_index={}&tree_size={}", leaf.leaf_index, head.tree_size))
                .await?
                .json()
                .await?;
            if !verify_inclusion(hash, leaf.leaf_index as u64, head.tree_size, &hashes(&proof.audit_path)?, &root_hash) {
                problems.push(format!("{} does not match the signed tree head: edited or moved", leaf.describe()));
            }
        }
        if problems.is_empty() {
            problems.push("the entries do not hash to the signed root".into());
        }
    }

    if let Some(previous) = &previous {
        let old_root = hash_from_hex(&previous.root_hash).context("the saved root is not hex")?;
        if previous.tree_size > head.tree_size {
            problems.push(format!("the tree shrank from {} to {} entries", previous.tree_size, head.tree_size));
        } else if previous.tree_size > 0 {
            let proof: Consistency =
                get(format!("/api/record/proof/consistency?first={}&second={}", previous.tree_size, head.tree_size)).await?.json().await?;
            if !verify_consistency(previous.tree_size, head.tree_size, &hashes(&proof.proof)?, &old_root, &root_hash) {
                problems.push(format!(
                    "the tree of {} entries seen before is not a prefix of today's: history was rewritten",
                    previous.tree_size
                ));
            } else {
                println!("consistent with the head seen before ({} entries, root {})", previous.tree_size, previous.root_hash);
            }
        }
    }
    if problems.is_empty() {
        if let Some(path) = state {
            std::fs::write(path, serde_json::to_string_pretty(&head)?)?;
        }
    }
    Ok(problems)
}
