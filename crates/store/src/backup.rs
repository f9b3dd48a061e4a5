//! Backups as portable JSON lines: every table's rows read in one snapshot (consistent while writers go on, on
//! SQLite's WAL and on PostgreSQL's repeatable read), and restored into an empty database of either backend, in
//! the order the foreign keys need, with PostgreSQL's identity sequences moved past the restored ids.
//!
//! The file: a header line `{"format": "agora-backup/1", "schema": N, …}`, then for each table a line
//! `{"table": NAME, "columns": [...]}` followed by one JSON array per row, in primary-key order. The same data
//! gives the same lines on either backend, so two backups can be compared line by line.

use crate::{Backend, Db, Result, StoreError};
use futures_util::TryStreamExt;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};

pub const FORMAT: &str = "agora-backup/1";

/// What a backup or a restore did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub tables: usize,
    pub rows: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("reading or writing the backup: {0}")]
    Io(#[from] std::io::Error),
    #[error("line {line} of the backup: {reason}")]
    Malformed { line: usize, reason: String },
    #[error("the backup has schema {backup} and this version of Agora schema {current}: restore it with the version that made it")]
    SchemaMismatch { backup: i64, current: i64 },
    #[error("the target database already has participants: restore into a new, empty database")]
    NotEmpty,
}

fn malformed(line: usize, reason: impl Into<String>) -> BackupError {
    BackupError::Malformed { line, reason: reason.into() }
}

/// The column kinds a value is bound as; everything Agora stores is one of these.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Integer,
    Real,
    Text,
}

fn kind_of(declared: &str) -> Kind {
    let t = declared.to_ascii_lowercase();
    if t.contains("int") {
        Kind::Integer
    } else if t.contains("real") || t.contains("double") || t.contains("float") || t.contains("numeric") {
        Kind::Real
    } else {
        Kind::Text
    }
}

/// The application's tables (not the migrations' bookkeeping), parents before the tables that reference them.
async fn tables(conn: &mut crate::Conn, backend: Backend) -> Result<Vec<String>> {
    let (names, edges): (Vec<String>, Vec<(String, String)>) = match backend {
        Backend::Sqlite => {
            let names: Vec<String> = sqlx::query_scalar(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name",
            )
            .fetch_all(&mut *conn)
            .await?;
            let mut edges = Vec::new();
            for name in &names {
                let parents: Vec<String> =
                    sqlx::query_scalar("SELECT \"table\" FROM pragma_foreign_key_list($1)").bind(name).fetch_all(&mut *conn).await?;
                edges.extend(parents.into_iter().map(|p| (name.clone(), p)));
            }
            (names, edges)
        }
        Backend::Postgres => {
            let names = sqlx::query_scalar(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()
                 AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%' ORDER BY table_name",
            )
            .fetch_all(&mut *conn)
            .await?;
            let edges = sqlx::query_as(
                "SELECT tc.table_name::text, ccu.table_name::text FROM information_schema.table_constraints tc
                 JOIN information_schema.constraint_column_usage ccu
                   ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
                 WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()",
            )
            .fetch_all(&mut *conn)
            .await?;
            (names, edges)
        }
    };
    Ok(dependency_order(&names, &edges))
}

/// Tables ordered so each comes after the tables it references (self-references ignored; rows keep id order).
fn dependency_order(names: &[String], edges: &[(String, String)]) -> Vec<String> {
    let mut placed: Vec<String> = Vec::new();
    let mut left: BTreeSet<&String> = names.iter().collect();
    while !left.is_empty() {
        let ready: Vec<&String> = left
            .iter()
            .copied()
            .filter(|t| edges.iter().all(|(child, parent)| child != *t || parent == *t || !left.contains(parent)))
            .collect();
        // A cycle (none in Agora's schema) would stall: place the rest alphabetically rather than loop forever.
        let ready = if ready.is_empty() { left.iter().copied().collect() } else { ready };
        for t in ready {
            left.remove(t);
            placed.push(t.clone());
        }
    }
    placed
}

async fn columns(conn: &mut crate::Conn, backend: Backend, table: &str) -> Result<Vec<(String, Kind)>> {
    let rows: Vec<(String, String)> = match backend {
        Backend::Sqlite => sqlx::query_as("SELECT name, type FROM pragma_table_info($1) ORDER BY cid").bind(table).fetch_all(conn).await?,
        Backend::Postgres => {
            sqlx::query_as(
                "SELECT column_name::text, data_type::text FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(conn)
            .await?
        }
    };
    Ok(rows.into_iter().map(|(name, declared)| (name, kind_of(&declared))).collect())
}

async fn schema_version(conn: &mut crate::Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(conn).await?)
}

fn value(row: &sqlx::any::AnyRow, i: usize, kind: Kind) -> std::result::Result<serde_json::Value, sqlx::Error> {
    Ok(match kind {
        Kind::Integer => row.try_get::<Option<i64>, _>(i)?.map_or(serde_json::Value::Null, Into::into),
        Kind::Real => row.try_get::<Option<f64>, _>(i)?.map_or(serde_json::Value::Null, Into::into),
        Kind::Text => row.try_get::<Option<String>, _>(i)?.map_or(serde_json::Value::Null, Into::into),
    })
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

/// Writes every table to `out`, all read in one snapshot.
pub async fn backup(db: &Db, out: &mut impl Write) -> std::result::Result<Summary, BackupError> {
    // A deferred (not IMMEDIATE) transaction: it reads a snapshot and never blocks the writers.
    let mut tx = db.pool.begin().await?;
    if db.backend == Backend::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").execute(&mut *tx).await?;
    }
    let schema = schema_version(&mut tx).await?;
    let header = serde_json::json!({ "format": FORMAT, "schema": schema, "created_at": crate::now() });
    writeln!(out, "{header}")?;
    let mut summary = Summary::default();
    for table in tables(&mut tx, db.backend).await? {
        let columns = columns(&mut tx, db.backend, &table).await?;
        let names: Vec<&str> = columns.iter().map(|(n, _)| n.as_str()).collect();
        writeln!(out, "{}", serde_json::json!({ "table": table, "columns": names }))?;
        let list = names.iter().map(|n| quote(n)).collect::<Vec<_>>().join(", ");
        // Byte order for text on PostgreSQL too, so both backends list the rows alike whatever their collation.
        let order = columns
            .iter()
            .map(|(name, kind)| {
                if *kind == Kind::Text && db.backend == Backend::Postgres { format!("{} COLLATE \"C\"", quote(name)) } else { quote(name) }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!("SELECT {list} FROM {} ORDER BY {order}", quote(&table));
        let mut rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch(&mut *tx);
        while let Some(row) = rows.try_next().await? {
            let values =
                columns.iter().enumerate().map(|(i, (_, kind))| value(&row, i, *kind)).collect::<std::result::Result<Vec<_>, _>>()?;
            serde_json::to_writer(&mut *out, &values).map_err(std::io::Error::other)?;
            out.write_all(b"\n")?;
            summary.rows += 1;
        }
        summary.tables += 1;
    }
    drop(tx);
    out.flush()?;
    Ok(summary)
}

/// Restores a backup into a migrated database holding no participants (what a new forum seeds is replaced),
/// in one transaction: a restore that fails leaves the target as it was.
pub async fn restore(db: &Db, input: impl BufRead) -> std::result::Result<Summary, BackupError> {
    let mut lines = input.lines().enumerate();
    let (_, first) = lines.next().ok_or_else(|| malformed(1, "the file is empty"))?;
    let header: serde_json::Value = serde_json::from_str(&first?).map_err(|e| malformed(1, e.to_string()))?;
    if header["format"] != FORMAT {
        return Err(malformed(1, format!("not an Agora backup (format {})", header["format"])));
    }
    let mut tx = db.begin().await?;
    let current = schema_version(&mut tx).await?;
    let backup_schema = header["schema"].as_i64().unwrap_or(-1);
    if backup_schema != current {
        return Err(BackupError::SchemaMismatch { backup: backup_schema, current });
    }
    let participants: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM participants").fetch_one(&mut *tx).await?;
    if participants > 0 {
        return Err(BackupError::NotEmpty);
    }
    let order = tables(&mut tx, db.backend).await?;
    for table in order.iter().rev() {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", quote(table)))).execute(&mut *tx).await?;
    }
    let mut kinds: BTreeMap<String, Vec<(String, Kind)>> = BTreeMap::new();
    for table in &order {
        kinds.insert(table.clone(), columns(&mut tx, db.backend, table).await?);
    }
    let mut summary = Summary::default();
    let mut current_table: Option<(String, String, Vec<Kind>)> = None;
    for (n, line) in lines {
        let line = line?;
        let number = n + 1;
        let parsed: serde_json::Value = serde_json::from_str(&line).map_err(|e| malformed(number, e.to_string()))?;
        if let Some(table) = parsed.get("table").and_then(|t| t.as_str()) {
            let known = kinds.get(table).ok_or_else(|| malformed(number, format!("no table {table} in this database")))?;
            let names: Vec<&str> = parsed["columns"].as_array().into_iter().flatten().filter_map(|c| c.as_str()).collect();
            let column_kinds = names
                .iter()
                .map(|c| known.iter().find(|(k, _)| k == c).map(|(_, kind)| *kind))
                .collect::<Option<Vec<Kind>>>()
                .ok_or_else(|| malformed(number, format!("the columns of {table} differ from this database's")))?;
            let list = names.iter().map(|c| quote(c)).collect::<Vec<_>>().join(", ");
            let params = (1..=names.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
            let sql = format!("INSERT INTO {} ({list}) VALUES ({params})", quote(table));
            current_table = Some((table.to_string(), sql, column_kinds));
            summary.tables += 1;
            continue;
        }
        let (_, sql, column_kinds) = current_table.as_ref().ok_or_else(|| malformed(number, "a row before any table"))?;
        let values = parsed.as_array().ok_or_else(|| malformed(number, "a row is a JSON array"))?;
        if values.len() != column_kinds.len() {
            return Err(malformed(number, format!("{} values for {} columns", values.len(), column_kinds.len())));
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql.clone()));
        for (v, kind) in values.iter().zip(column_kinds) {
            query = match kind {
                Kind::Integer => query.bind(v.as_i64()),
                Kind::Real => query.bind(v.as_f64()),
                Kind::Text => query.bind(v.as_str().map(str::to_string)),
            };
        }
        query.execute(&mut *tx).await?;
        summary.rows += 1;
    }
    if db.backend == Backend::Postgres {
        advance_identities(&mut tx, &order).await?;
    }
    tx.commit().await?;
    Ok(summary)
}

/// Moves each identity column's sequence past the highest restored id, so new rows do not collide.
async fn advance_identities(tx: &mut crate::Tx, tables: &[String]) -> Result<()> {
    for table in tables {
        let identity: Option<String> = sqlx::query_scalar(
            "SELECT column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = $1 AND is_identity = 'YES'",
        )
        .bind(table)
        .fetch_optional(&mut **tx)
        .await?;
        if let Some(column) = identity {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE((SELECT MAX({c}) FROM {t}), 0) + 1, false)",
                c = quote(&column),
                t = quote(table),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut **tx).await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parents_come_before_their_children() {
        let names: Vec<String> = ["votes", "participants", "statements", "consultations"].iter().map(|s| s.to_string()).collect();
        let edges: Vec<(String, String)> =
            [("votes", "statements"), ("votes", "participants"), ("statements", "consultations"), ("statements", "statements")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
        let order = dependency_order(&names, &edges);
        let at = |t: &str| order.iter().position(|x| x == t).unwrap();
        assert!(at("consultations") < at("statements") && at("statements") < at("votes") && at("participants") < at("votes"));
        assert_eq!(order.len(), 4);
    }
}
