//! A database's schema next to the migrations this build of Agora carries: which are applied, which would apply,
//! and which the database has that this build does not know (a newer Agora migrated it). Read without changing
//! anything, for `agora migrate --check`, `agora doctor` and the checks `agora serve` makes before migrating.

use crate::{Backend, Db, Result, StoreError, schema};
use sqlx::migrate::Migrator;

/// The migrations of this build for a backend (PostgreSQL's are translated from SQLite's, see `schema`).
pub fn migrator(backend: Backend) -> Result<Migrator> {
    Ok(match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite"),
        Backend::Postgres => schema::postgres_migrator().map_err(StoreError::Schema)?,
    })
}

/// One migration, by its number and the words of its file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    pub version: i64,
    pub description: String,
}

impl std::fmt::Display for Migration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04} {}", self.version, self.description)
    }
}

/// Where a database stands.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// Applied, and known to this build with the same text.
    pub applied: Vec<Migration>,
    /// Known to this build and not yet applied: what `agora migrate` would do.
    pub pending: Vec<Migration>,
    /// Applied, but not known to this build: the database was migrated by a newer Agora.
    pub unknown: Vec<Migration>,
    /// Applied with a text other than this build's (its checksum differs): a migration was edited after release.
    pub changed: Vec<Migration>,
    /// Started and not finished: the database needs an operator (restore the backup taken before it).
    pub failed: Vec<Migration>,
}

impl Status {
    /// Whether this build can run on the database, migrating it if needed.
    pub fn usable(&self) -> bool {
        self.unknown.is_empty() && self.changed.is_empty() && self.failed.is_empty()
    }

    /// The newest migration applied, if any.
    pub fn latest(&self) -> Option<i64> {
        self.applied.iter().chain(&self.unknown).chain(&self.changed).map(|m| m.version).max()
    }
}

/// Compares the database's migrations table with this build's migrations; changes nothing.
pub async fn status(db: &Db) -> Result<Status> {
    let known = migrator(db.backend)?;
    let mut conn = db.acquire().await?;
    let exists_sql = match db.backend {
        Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
        Backend::Postgres => {
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'"
        }
    };
    let exists: i64 = sqlx::query_scalar(exists_sql).fetch_one(&mut *conn).await?;
    let rows: Vec<(i64, String, i64, Vec<u8>)> = if exists > 0 {
        sqlx::query_as("SELECT version, description, CASE WHEN success THEN 1 ELSE 0 END, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await?
    } else {
        Vec::new()
    };
    let mut status = Status::default();
    for (version, description, success, checksum) in &rows {
        let migration = Migration { version: *version, description: description.clone() };
        match known.iter().find(|m| m.version == *version) {
            _ if *success == 0 => status.failed.push(migration),
            None => status.unknown.push(migration),
            Some(m) if m.checksum.as_ref() != checksum.as_slice() => status.changed.push(migration),
            Some(_) => status.applied.push(migration),
        }
    }
    status.pending = known
        .iter()
        .filter(|m| m.migration_type.is_up_migration() && !rows.iter().any(|(v, ..)| *v == m.version))
        .map(|m| Migration { version: m.version, description: m.description.to_string() })
        .collect();
    Ok(status)
}

/// The migrations this build carries, for a database that does not exist yet (all of them would apply).
pub fn all(backend: Backend) -> Result<Vec<Migration>> {
    Ok(migrator(backend)?
        .iter()
        .filter(|m| m.migration_type.is_up_migration())
        .map(|m| Migration { version: m.version, description: m.description.to_string() })
        .collect())
}
