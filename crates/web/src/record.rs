//! The public record made checkable: a sequencer-signer that gives new entries their place in the Merkle tree
//! and signs tree heads with the forum's ed25519 key (every `record_sign_every` entries or seconds), the API of
//! heads, entries and proofs that `agora verify` and any monitor use, and the /record page.

use crate::export::json_response;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::record::{consistency_proof, inclusion_proof, to_hex, tree_head_message};
use agora_store::record::{self, Entry, TreeHead};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::Response;
use axum::routing::get;
use ed25519_dalek::{Signer, SigningKey};
use serde::Deserialize;
use std::time::{Duration, Instant};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/record", get(page))
        .route("/api/record/head", get(head))
        .route("/api/record/entries", get(entries))
        .route("/api/record/proof/inclusion", get(inclusion))
        .route("/api/record/proof/consistency", get(consistency))
}

/// Entries per signed head at most, and the most entries one API call returns.
pub const SIGN_EVERY_ENTRIES: i64 = 100;
pub const MAX_ENTRIES_PER_CALL: i64 = 1000;

/// The forum's signing key, made on first run and kept in the settings (so every node signs alike).
pub async fn signing_key(app: &App) -> Result<SigningKey, AppError> {
    let mut conn = app.db.acquire().await?;
    let seed = agora_store::settings::get_or_init(&mut conn, "record.signing-key", || crate::auth::random_token(32)).await?;
    let bytes: [u8; 32] = agora_domain::record::from_hex(&seed)
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| AppError::Internal("the record signing key is damaged".into()))?;
    Ok(SigningKey::from_bytes(&bytes))
}

/// Sequences pending entries and signs a new tree head, in one transaction.
pub async fn sign_now(app: &App) -> Result<Option<TreeHead>, AppError> {
    let key = signing_key(app).await?;
    let mut tx = app.db.begin().await?;
    let (size, root_hash) = record::sequence(&mut tx, app.db.backend).await?;
    if record::latest_head(&mut tx).await?.is_some_and(|h| h.tree_size == size) {
        tx.commit().await?;
        return Ok(None);
    }
    let signed_at = agora_store::now();
    let signature = key.sign(&tree_head_message(size as u64, signed_at, &root_hash));
    let head = TreeHead { tree_size: size, root_hash: to_hex(&root_hash), signed_at, signature: to_hex(&signature.to_bytes()) };
    record::store_head(&mut tx, &head).await?;
    tx.commit().await?;
    Ok(Some(head))
}

/// Signs a head when `SIGN_EVERY_ENTRIES` entries wait, or when any wait and the interval has passed.
pub async fn signer(app: App) {
    let mut last = Instant::now() - app.config.record_sign_interval;
    loop {
        let pending = match app.db.acquire().await {
            Ok(mut conn) => record::unsequenced(&mut conn).await.unwrap_or(0),
            Err(_) => 0,
        };
        if pending >= SIGN_EVERY_ENTRIES || (pending > 0 && last.elapsed() >= app.config.record_sign_interval) {
            match sign_now(&app).await {
                Ok(_) => last = Instant::now(),
                Err(e) => tracing::warn!(error = %e, "signing the record failed; will retry"),
            }
        }
        tokio::time::sleep(Duration::from_millis(500).min(app.config.record_sign_interval)).await;
    }
}

async fn latest(app: &App) -> Result<TreeHead, AppError> {
    let mut conn = app.db.acquire().await?;
    record::latest_head(&mut conn).await?.ok_or_else(|| AppError::NotFoundBecause("no tree head has been signed yet".into()))
}

fn head_json(head: &TreeHead, public_key: &str) -> serde_json::Value {
    serde_json::json!({
        "tree_size": head.tree_size,
        "timestamp": head.signed_at,
        "root_hash": head.root_hash,
        "signature": head.signature,
        "public_key": public_key,
        "algorithm": "ed25519 over \"agora-tree-head-v1\" ‖ tree_size (u64, big-endian) ‖ timestamp (i64, big-endian) ‖ root_hash (32 bytes); SHA-256 Merkle tree per RFC 9162; leaf = entry fields joined by newlines: id, at, kind, subject_type, subject_id, payload",
    })
}

/// The latest signed tree head of the public record, with the forum's public key.
#[utoipa::path(get, path = "/api/record/head", tag = "record", responses((status = 200, description = "the signed tree head"), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn head(State(app): State<App>) -> Result<Response, AppError> {
    let head = latest(&app).await?;
    let key = to_hex(signing_key(&app).await?.verifying_key().as_bytes());
    Ok(json_response(&head_json(&head, &key)))
}

#[derive(Deserialize)]
pub(crate) struct Range {
    start: i64,
    end: i64,
}

/// Entries of the public record by their place in the tree (start inclusive, end exclusive, at most 1000).
#[utoipa::path(get, path = "/api/record/entries", tag = "record", params(("start" = i64, Query), ("end" = i64, Query)), responses((status = 200, body = [agora_store::record::Leaf]), (status = 400, body = crate::json_api::ApiError)))]
pub(crate) async fn entries(State(app): State<App>, Query(range): Query<Range>) -> Result<Response, AppError> {
    if range.start < 0 || range.end < range.start || range.end - range.start > MAX_ENTRIES_PER_CALL {
        return Err(AppError::BadRequest(format!("ask for 0 ≤ start ≤ end, at most {MAX_ENTRIES_PER_CALL} entries at a time")));
    }
    let mut conn = app.db.acquire().await?;
    Ok(json_response(&record::leaf_range(&mut conn, range.start, range.end).await?))
}

#[derive(Deserialize)]
pub(crate) struct InclusionQuery {
    leaf_index: i64,
    tree_size: i64,
}

/// A proof is only given for a size a head was signed for, so it can be checked against a signature.
async fn signed_leaves(app: &App, tree_size: i64) -> Result<Vec<agora_domain::record::Hash>, AppError> {
    let latest = latest(app).await?;
    if tree_size < 1 || tree_size > latest.tree_size {
        return Err(AppError::NotFoundBecause(format!(
            "no tree of size {tree_size}: the latest signed tree has {} entries",
            latest.tree_size
        )));
    }
    let mut conn = app.db.acquire().await?;
    Ok(record::leaves(&mut conn, tree_size).await?)
}

/// The audit path of an entry in a signed tree (RFC 9162).
#[utoipa::path(get, path = "/api/record/proof/inclusion", tag = "record", params(("leaf_index" = i64, Query), ("tree_size" = i64, Query)), responses((status = 200, description = "the audit path"), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn inclusion(State(app): State<App>, Query(q): Query<InclusionQuery>) -> Result<Response, AppError> {
    let leaves = signed_leaves(&app, q.tree_size).await?;
    let path = usize::try_from(q.leaf_index).ok().and_then(|i| inclusion_proof(&leaves, i));
    let path = path.ok_or_else(|| AppError::NotFoundBecause(format!("no entry {} in the tree of size {}", q.leaf_index, q.tree_size)))?;
    let path: Vec<String> = path.iter().map(|h| to_hex(h)).collect();
    Ok(json_response(&serde_json::json!({ "leaf_index": q.leaf_index, "tree_size": q.tree_size, "audit_path": path })))
}

#[derive(Deserialize)]
pub(crate) struct ConsistencyQuery {
    first: i64,
    second: i64,
}

/// The consistency proof between two signed tree sizes (RFC 9162).
#[utoipa::path(get, path = "/api/record/proof/consistency", tag = "record", params(("first" = i64, Query), ("second" = i64, Query)), responses((status = 200, description = "the consistency proof"), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn consistency(State(app): State<App>, Query(q): Query<ConsistencyQuery>) -> Result<Response, AppError> {
    let leaves = signed_leaves(&app, q.second).await?;
    let proof = usize::try_from(q.first).ok().and_then(|m| consistency_proof(&leaves, m));
    let proof =
        proof.ok_or_else(|| AppError::NotFoundBecause(format!("no consistency proof from size {} to size {}", q.first, q.second)))?;
    let proof: Vec<String> = proof.iter().map(|h| to_hex(h)).collect();
    Ok(json_response(&serde_json::json!({ "first": q.first, "second": q.second, "proof": proof })))
}

#[derive(Template)]
#[template(path = "record/index.html")]
struct RecordPage {
    page: Page,
    head: Option<TreeHead>,
    public_key: String,
    entries: Vec<(Entry, String)>,
    url: String,
}

impl RecordPage {
    fn when(&self, at: &i64) -> String {
        crate::dates::day_time(*at)
    }
}

async fn page(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let head = record::latest_head(&mut conn).await?;
    let entries = record::recent(&mut conn, 50)
        .await?
        .into_iter()
        .map(|e| {
            let at = crate::dates::day_time(e.at);
            (e, at)
        })
        .collect();
    drop(conn);
    let public_key = to_hex(signing_key(&app).await?.verifying_key().as_bytes());
    let url = app.config.public_url.clone();
    Ok(html(&RecordPage { page, head, public_key, entries, url }))
}
