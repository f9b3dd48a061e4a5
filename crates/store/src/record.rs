//! The public record: an append-only log of every public change, written in the same transaction as the change.
//! Search, feeds and caches are fed from it, and it is a Merkle tree
//! (RFC 9162) whose signed heads let anyone check it was only ever appended to. It never holds personal data: a participant
//! appears only by id, so erasing an account leaves the record true.

use crate::{Backend, Conn, Result, now};
use agora_domain::record::{Frontier, Hash, entry_bytes, hash_from_hex, leaf_hash, to_hex};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub kind: String,
    pub subject_type: String,
    pub subject_id: i64,
    pub payload: String,
}

pub async fn append(conn: &mut Conn, kind: &str, subject_type: &str, subject_id: i64, payload: &serde_json::Value) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO public_record (at, kind, subject_type, subject_id, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(now())
    .bind(kind)
    .bind(subject_type)
    .bind(subject_id)
    .bind(payload.to_string())
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// The id of the newest entry: caches of public pages are valid while it is unchanged.
pub async fn head(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM public_record").fetch_one(conn).await?)
}

pub async fn after(conn: &mut Conn, after_id: i64, limit: i64) -> Result<Vec<Entry>> {
    Ok(sqlx::query_as("SELECT id, at, kind, subject_type, subject_id, payload FROM public_record WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after_id)
        .bind(limit)
        .fetch_all(conn)
        .await?)
}

/// An entry with its place in the Merkle tree, as the API serves it for verification (and `agora verify` reads it).
#[derive(Debug, Clone, sqlx::FromRow, Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct Leaf {
    pub leaf_index: i64,
    pub id: i64,
    pub at: i64,
    pub kind: String,
    pub subject_type: String,
    pub subject_id: i64,
    pub payload: String,
}

impl Leaf {
    pub fn hash(&self) -> Hash {
        leaf_hash(&entry_bytes(self.id, self.at, &self.kind, &self.subject_type, self.subject_id, &self.payload))
    }
}

/// Gives every entry not yet in the tree its place, in id order, with its leaf hash; returns the new tree size
/// and root. The tree's right edge (its frontier) is kept beside it, so this costs O(log n) per new entry
/// whatever the record's size; it is rebuilt from the leaves only if it is missing or does not match them.
/// One sequencer at a time: SQLite's write lock, or a PostgreSQL advisory lock for several nodes.
pub async fn sequence(conn: &mut Conn, backend: Backend) -> Result<(i64, Hash)> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock(9162)").execute(&mut *conn).await?;
    }
    let size: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM record_leaves").fetch_one(&mut *conn).await?;
    let kept = crate::settings::get(conn, FRONTIER).await?.and_then(|f| Frontier::decode(&f));
    let mut frontier = match kept {
        Some(f) if f.size == size as u64 => f,
        _ => Frontier::of(&leaves(conn, size).await?),
    };
    // Places in id order, set in one statement (under a flood thousands of entries wait, and the write lock must
    // not be held for a round trip per entry); the entries are then read back by place, so an entry committed by
    // another node meanwhile waits for the next round instead of getting a place without its hash.
    sqlx::query(
        "UPDATE public_record SET leaf_index = ranked.place
         FROM (SELECT id, $1 + ROW_NUMBER() OVER (ORDER BY id) - 1 AS place FROM public_record WHERE leaf_index IS NULL) AS ranked
         WHERE public_record.id = ranked.id",
    )
    .bind(size)
    .execute(&mut *conn)
    .await?;
    let pending: Vec<Entry> = sqlx::query_as(
        "SELECT id, at, kind, subject_type, subject_id, payload FROM public_record WHERE leaf_index >= $1 ORDER BY leaf_index",
    )
    .bind(size)
    .fetch_all(&mut *conn)
    .await?;
    if pending.is_empty() {
        crate::settings::set(conn, FRONTIER, &frontier.encode()).await?;
        return Ok((frontier.size as i64, frontier.root()));
    }
    let hashes: Vec<Hash> =
        pending.iter().map(|e| leaf_hash(&entry_bytes(e.id, e.at, &e.kind, &e.subject_type, e.subject_id, &e.payload))).collect();
    for (batch, chunk) in hashes.chunks(400).enumerate() {
        let placeholders: Vec<String> = (0..chunk.len()).map(|i| format!("(${}, ${})", i * 2 + 1, i * 2 + 2)).collect();
        let sql = format!("INSERT INTO record_leaves (leaf_index, leaf_hash) VALUES {}", placeholders.join(", "));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (i, hash) in chunk.iter().enumerate() {
            query = query.bind(size + (batch * 400 + i) as i64).bind(to_hex(hash));
        }
        query.execute(&mut *conn).await?;
    }
    for hash in hashes {
        frontier.push(hash);
    }
    crate::settings::set(conn, FRONTIER, &frontier.encode()).await?;
    Ok((frontier.size as i64, frontier.root()))
}

/// The settings key of the tree's frontier.
const FRONTIER: &str = "record.frontier";

pub async fn unsequenced(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM public_record WHERE leaf_index IS NULL").fetch_one(conn).await?)
}

/// The tree's own leaf hashes, of its first `size` leaves.
pub async fn leaves(conn: &mut Conn, size: i64) -> Result<Vec<Hash>> {
    let rows: Vec<String> = sqlx::query_scalar("SELECT leaf_hash FROM record_leaves WHERE leaf_index < $1 ORDER BY leaf_index")
        .bind(size)
        .fetch_all(conn)
        .await?;
    Ok(rows.iter().map(|h| hash_from_hex(h).unwrap_or([0; 32])).collect())
}

pub async fn leaf_range(conn: &mut Conn, start: i64, end: i64) -> Result<Vec<Leaf>> {
    Ok(sqlx::query_as(
        "SELECT leaf_index, id, at, kind, subject_type, subject_id, payload FROM public_record WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index",
    )
    .bind(start)
    .bind(end)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct TreeHead {
    pub tree_size: i64,
    pub root_hash: String,
    pub signed_at: i64,
    pub signature: String,
}

pub async fn store_head(conn: &mut Conn, head: &TreeHead) -> Result<()> {
    sqlx::query(
        "INSERT INTO tree_heads (tree_size, root_hash, signed_at, signature) VALUES ($1, $2, $3, $4) ON CONFLICT (tree_size) DO NOTHING",
    )
    .bind(head.tree_size)
    .bind(&head.root_hash)
    .bind(head.signed_at)
    .bind(&head.signature)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn latest_head(conn: &mut Conn) -> Result<Option<TreeHead>> {
    Ok(sqlx::query_as("SELECT tree_size, root_hash, signed_at, signature FROM tree_heads ORDER BY tree_size DESC LIMIT 1")
        .fetch_optional(conn)
        .await?)
}

/// The newest entries about subjects of the given types (of any type when none are given), newest first: a feed
/// of one kind of subject stays full however many entries of other kinds came after.
pub async fn recent_about(conn: &mut Conn, subject_types: &[&str], limit: i64) -> Result<Vec<Entry>> {
    if subject_types.is_empty() {
        return recent(conn, limit).await;
    }
    let placeholders: Vec<String> = (1..=subject_types.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT id, at, kind, subject_type, subject_id, payload FROM public_record WHERE subject_type IN ({}) ORDER BY id DESC LIMIT ${}",
        placeholders.join(", "),
        subject_types.len() + 1
    );
    // Only numbered placeholders are formatted in; every value is bound.
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    for subject_type in subject_types {
        query = query.bind(*subject_type);
    }
    Ok(query.bind(limit).fetch_all(conn).await?)
}

pub async fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<Entry>> {
    Ok(sqlx::query_as("SELECT id, at, kind, subject_type, subject_id, payload FROM public_record ORDER BY id DESC LIMIT $1")
        .bind(limit)
        .fetch_all(conn)
        .await?)
}
