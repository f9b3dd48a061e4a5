//! What an operator relies on around the schema and the settings: opening a database refuses one a newer Agora
//! migrated and backs up one about to be migrated; `agora migrate --check` says what would change; `agora config`
//! prints the effective settings with their sources.

use agora_store::Db;
use agora_store::migrations::{self, Status};
use anyhow::{Context, bail};
use clap::parser::ValueSource;
use std::path::{Path, PathBuf};

/// Opens the database and migrates it. A database with a migration this build does not know (a newer Agora
/// migrated it), or one whose migrations were changed or left half done, is refused before anything is written.
/// With `backup_dir`, a database that has migrations applied and some pending is backed up there first (online,
/// with `agora backup`'s code); the backup's file is logged.
pub async fn open(url: &str, backup_dir: Option<PathBuf>) -> anyhow::Result<Db> {
    let db = Db::connect(url).await.with_context(|| format!("cannot open the database {}", mask(url)))?;
    let status = migrations::status(&db).await.context("cannot read the database's migrations")?;
    refuse_unusable(&status)?;
    if !status.pending.is_empty() {
        if let (Some(dir), Some(latest)) = (backup_dir, status.latest()) {
            let file = backup_before_migrating(&db, &dir, latest, &status).await?;
            tracing::info!(file = %file.display(), "backed up the database before migrating");
        }
        db.migrate().await.context("migrating the database failed (the backup taken before it can be restored)")?;
        for m in &status.pending {
            tracing::info!(migration = %m, "applied");
        }
    }
    let latest = status.pending.last().map(|m| m.version).or(status.latest()).unwrap_or(0);
    if status.pending.is_empty() {
        tracing::debug!(schema = latest, "database is up to date");
    } else {
        tracing::info!(schema = latest, "database is up to date");
    }
    Ok(db)
}

pub fn refuse_unusable(status: &Status) -> anyhow::Result<()> {
    if !status.unknown.is_empty() {
        let names: Vec<String> = status.unknown.iter().map(ToString::to_string).collect();
        let known = status.applied.last().map(|m| m.version).unwrap_or(0);
        bail!(
            "this database is newer than this Agora (version {}): it has migration{} {} that this version does not know \
             (its newest is {known:04}). Nothing was changed. Run the newer Agora that migrated it, or, to go back, \
             restore the backup taken before that upgrade into a new database (see docs/operations.md, \"Upgrades\").",
            env!("CARGO_PKG_VERSION"),
            if names.len() == 1 { "" } else { "s" },
            names.join(", ")
        );
    }
    if !status.changed.is_empty() {
        let names: Vec<String> = status.changed.iter().map(ToString::to_string).collect();
        bail!(
            "the database applied migration {} with a different text than this Agora's: a migration was edited after \
             release. Nothing was changed; run the version that migrated it.",
            names.join(", ")
        );
    }
    if !status.failed.is_empty() {
        let names: Vec<String> = status.failed.iter().map(ToString::to_string).collect();
        bail!(
            "migration {} started and did not finish. Nothing was changed; restore the backup taken before it into a \
             new database.",
            names.join(", ")
        );
    }
    Ok(())
}

/// Writes an `agora backup` of the database into `dir` as it is before migrating (FILE.partial, renamed once
/// complete); returns the file.
async fn backup_before_migrating(db: &Db, dir: &Path, latest: i64, status: &Status) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create the backup folder {}", dir.display()))?;
    let next = status.pending.first().map(|m| m.version).unwrap_or(latest + 1);
    let file = dir.join(format!("agora-schema-{latest:04}-before-{next:04}-{}.jsonl", compact_utc(agora_store::now())));
    let partial = file.with_extension("partial");
    let out = std::fs::File::create(&partial).with_context(|| format!("cannot create {}", partial.display()))?;
    let mut out = std::io::BufWriter::new(out);
    let summary = agora_store::backup::backup(db, &mut out).await.context("the backup before migrating failed; nothing was migrated")?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    std::fs::rename(&partial, &file)?;
    tracing::info!(tables = summary.tables, rows = summary.rows, "backup written");
    Ok(file)
}

/// `agora migrate --check`: prints where the database stands and what would apply; false when this build cannot
/// run on it. Changes nothing, and does not create a missing SQLite file.
pub async fn check(url: &str) -> anyhow::Result<bool> {
    if let Some(file) = agora_store::sqlite_file(url).filter(|f| !f.exists()) {
        let all = migrations::all(agora_store::Backend::Sqlite)?;
        println!("no database at {} yet: all {} migrations would apply", file.display(), all.len());
        for m in &all {
            println!("would apply {m}");
        }
        return Ok(true);
    }
    let db = Db::connect(url).await.with_context(|| format!("cannot open the database {}", mask(url)))?;
    let status = migrations::status(&db).await?;
    match status.applied.last() {
        Some(latest) => println!("{} migrations applied, the newest {latest}", status.applied.len()),
        None => println!("an empty database: no migration applied"),
    }
    for m in &status.pending {
        println!("would apply {m}");
    }
    if status.pending.is_empty() && status.usable() {
        println!("nothing to apply: the schema is up to date");
    }
    if let Err(e) = refuse_unusable(&status) {
        println!("cannot migrate: {e}");
        return Ok(false);
    }
    db.close().await;
    Ok(true)
}

/// `agora config`: one line per setting of the `config` subcommand (the same as `serve`'s): its environment
/// variable (or flag), its effective value, and where the value comes from.
pub fn config(cli: &clap::Command, matches: &clap::ArgMatches) -> String {
    let mut cli = cli.clone();
    cli.build();
    let Some(command) = cli.find_subcommand("config") else {
        return String::new();
    };
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for arg in command.get_arguments() {
        let id = arg.get_id().as_str();
        if matches!(id, "help" | "version") {
            continue;
        }
        let name = match (arg.get_env(), arg.get_long()) {
            (Some(env), _) => env.to_string_lossy().into_owned(),
            (None, Some(long)) => format!("--{long}"),
            (None, None) => id.to_string(),
        };
        let value = matches
            .get_raw(id)
            .map(|values| values.map(|v| v.to_string_lossy().into_owned()).collect::<Vec<_>>().join(","))
            .unwrap_or_default();
        let source = match matches.value_source(id) {
            Some(ValueSource::CommandLine) => format!("flag --{}", arg.get_long().unwrap_or(id)),
            Some(ValueSource::EnvVariable) => "environment".to_string(),
            Some(ValueSource::DefaultValue) => "default".to_string(),
            _ => "unset".to_string(),
        };
        let value = if value.is_empty() && source == "unset" { "(unset)".to_string() } else { mask(&value) };
        rows.push((name, value, source));
    }
    // The log filter is read from the environment by the logger, not by the command line.
    match std::env::var("AGORA_LOG") {
        Ok(filter) => rows.push(("AGORA_LOG".into(), filter, "environment".into())),
        Err(_) => rows.push(("AGORA_LOG".into(), "info,sqlx=warn".into(), "default".into())),
    }
    let name_width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let value_width = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0).min(48);
    rows.iter().map(|(name, value, source)| format!("{name:name_width$}  {value:value_width$}  {source}\n")).collect()
}

/// A URL with its password replaced by `****` (`smtps://user:****@host`), anything else unchanged.
pub fn mask(value: &str) -> String {
    let Some((scheme, rest)) = value.split_once("://") else {
        return value.to_string();
    };
    let Some(at) = rest.find('@') else {
        return value.to_string();
    };
    match rest[..at].split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:****{}", &rest[at..]),
        None => value.to_string(),
    }
}

/// A Unix time as `2026-12-04 21:40 UTC`.
pub fn utc(seconds: i64) -> String {
    in_utc(seconds, "%Y-%m-%d %H:%M UTC")
}

/// A Unix time as `20261204T214005Z`, for file names.
fn compact_utc(seconds: i64) -> String {
    in_utc(seconds, "%Y%m%dT%H%M%SZ")
}

fn in_utc(seconds: i64, pattern: &str) -> String {
    jiff::Timestamp::from_second(seconds).map(|t| t.strftime(pattern).to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_utc() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(compact_utc(1_796_420_405), "20261204T214005Z");
    }

    #[test]
    fn passwords_in_urls_are_masked() {
        assert_eq!(mask("smtps://agora:secret@mail.example.org"), "smtps://agora:****@mail.example.org");
        assert_eq!(mask("postgres://agora@db/agora"), "postgres://agora@db/agora");
        assert_eq!(mask("sqlite:///var/lib/agora/agora.db"), "sqlite:///var/lib/agora/agora.db");
        assert_eq!(mask("127.0.0.1:8080"), "127.0.0.1:8080");
    }
}
