//! Agora's storage: one set of portable SQL queries (`$1` placeholders, `RETURNING`) run through sqlx's `Any`
//! driver on an embedded SQLite file or on PostgreSQL, migrations for each backend, and the public record.
//!
//! Every user action is one transaction; every public change appends to the public record in it.

pub mod alignment;
pub mod archive;
pub mod backup;
pub mod bilaterals;
pub mod bodies;
pub mod consultations;
pub mod cycles;
pub mod decisions;
pub mod discussions;
pub mod documents;
pub mod evaluation;
pub mod federation;
pub mod floor;
pub mod groups;
pub mod insights;
pub mod mail;
pub mod meeting;
pub mod meetings;
pub mod messages;
pub mod migrations;
pub mod organizations;
pub mod participants;
pub mod programme;
pub mod proposals;
pub mod recommendations;
pub mod record;
pub mod reports;
pub mod schema;
pub mod sessions;
pub mod settings;
pub mod stats;
pub mod stocktaking;
pub mod tokens;
pub mod transcripts;
pub mod translations;
pub mod travel_support;
pub mod village;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Executor};
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub type Conn = AnyConnection;
/// A pooled connection, for reads outside a transaction.
pub type PooledConn = sqlx::pool::PoolConnection<sqlx::Any>;

/// A user action's transaction: every read and write of the operation, committed together or, dropped, not at all.
/// It is used wherever a connection is (`&mut tx`).
pub struct Tx(sqlx::Transaction<'static, sqlx::Any>);

impl Tx {
    pub async fn commit(self) -> Result<()> {
        Ok(self.0.commit().await?)
    }
}

impl std::ops::Deref for Tx {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        &self.0
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.0
    }
}
/// A query with its arguments, for the helpers that bind the same fields to an INSERT and an UPDATE.
pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration error: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// An SQLite migration the PostgreSQL translation has no rule for (see `schema`).
    #[error("schema: {0}")]
    Schema(String),
    #[error("unsupported database URL {0:?}: use sqlite://FILE or postgres://…")]
    UnsupportedUrl(String),
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    Conflict,
}

pub type Result<T> = std::result::Result<T, StoreError>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database: a connection pool and which backend it talks to.
#[derive(Clone)]
pub struct Db {
    pool: AnyPool,
    pub backend: Backend,
}

impl Db {
    /// Connects (creating an SQLite file if missing) and runs the pending migrations.
    pub async fn open(url: &str) -> Result<Db> {
        let db = Db::connect(url).await?;
        db.migrate().await?;
        Ok(db)
    }

    pub async fn connect(url: &str) -> Result<Db> {
        sqlx::any::install_default_drivers();
        let (backend, url) = normalise_url(url)?;
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers run beside the writer; FULL syncs every commit, so an acknowledged write
                        // survives a crash or power loss; the busy timeout queues writers instead of failing them.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        Ok(Db { pool, backend })
    }

    pub async fn migrate(&self) -> Result<()> {
        migrations::migrator(self.backend)?.run(&self.pool).await?;
        Ok(())
    }

    /// Applies the pending migrations up to `version` only: an older schema, for upgrade tests.
    pub async fn migrate_to(&self, version: i64) -> Result<()> {
        migrations::migrator(self.backend)?.run_to(version, &self.pool).await?;
        Ok(())
    }

    pub async fn acquire(&self) -> Result<PooledConn> {
        Ok(self.pool.acquire().await?)
    }

    /// The pool's open connections and how many of them are idle, for the metrics.
    pub fn connections(&self) -> (u32, usize) {
        (self.pool.size(), self.pool.num_idle())
    }

    /// Closes every connection (an SQLite file can then be copied or removed).
    pub async fn close(&self) {
        self.pool.close().await
    }

    /// Begins a user action's transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE): a
    /// transaction that reads first and writes later cannot upgrade its lock if another writer committed in
    /// between, and SQLite then fails at once instead of waiting.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(Tx(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        }))
    }
}

/// The file of an SQLite URL (`sqlite://FILE?…`, `sqlite:FILE` or a bare path); `None` for PostgreSQL.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    match normalise_url(url) {
        Ok((Backend::Sqlite, _)) => {
            let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
            Some(std::path::PathBuf::from(path.split('?').next().unwrap_or(path)))
        }
        _ => None,
    }
}

/// `sqlite://agora.db`, `sqlite:agora.db` or a bare path open (and create) an SQLite file; `postgres://` and
/// `postgresql://` open PostgreSQL.
fn normalise_url(url: &str) -> Result<(Backend, String)> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok((Backend::Postgres, url.to_string()));
    }
    let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
    if path.is_empty() || path.contains("://") {
        return Err(StoreError::UnsupportedUrl(url.to_string()));
    }
    let separator = if path.contains('?') { '&' } else { '?' };
    let mode = if path.contains("mode=") { String::new() } else { format!("{separator}mode=rwc") };
    Ok((Backend::Sqlite, format!("sqlite://{path}{mode}")))
}

/// The current time as UTC Unix seconds, the one timestamp format of the store.
pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or_default()
}

/// Serialises a background job's transaction across nodes: on PostgreSQL a transaction-scoped advisory lock
/// named by `job`, so a second node waits and then reads what the first committed; on SQLite, where every write
/// transaction begins IMMEDIATE, the database lock already does it.
pub async fn lock_job(conn: &mut Conn, backend: Backend, job: &str) -> Result<()> {
    if backend == Backend::Postgres {
        let key = job.bytes().fold(0x0a60_7a00_i64, |h, b| h.wrapping_mul(31).wrapping_add(b as i64));
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(key).execute(conn).await?;
    }
    Ok(())
}

/// Whether an error is a uniqueness violation, on either backend.
pub(crate) fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(normalise_url("sqlite://agora.db").unwrap(), (Backend::Sqlite, "sqlite://agora.db?mode=rwc".into()));
        assert_eq!(normalise_url("/tmp/x.db").unwrap().1, "sqlite:///tmp/x.db?mode=rwc");
        assert_eq!(normalise_url("postgres://u@h/db").unwrap().0, Backend::Postgres);
        assert!(normalise_url("mysql://x").is_err());
        assert_eq!(sqlite_file("sqlite:///var/lib/agora/agora.db?mode=rw"), Some("/var/lib/agora/agora.db".into()));
        assert_eq!(sqlite_file("agora.db"), Some("agora.db".into()));
        assert_eq!(sqlite_file("postgres://u@h/db"), None);
    }
}
