//! `agora doctor`: checks an installation the way an operator would, one line per check (ok, warn or fail): the
//! database answers and is migrated, the search index is sound and current, the public record is signed and its
//! entries hash to the signed root, mail can be delivered, there is disk space, and the clock is sane. It reads;
//! the only thing it may write is the test message it is asked to send.

use agora_domain::record::{from_hex, hash_from_hex, root, to_hex, tree_head_message};
use agora_store::migrations;
use agora_store::{Backend, Db};
use ed25519_dalek::{Signature, SigningKey, Verifier};
use std::fmt;
use std::path::{Path, PathBuf};

/// The settings the checks look at (those `agora serve` runs with).
pub struct Settings {
    pub database: String,
    pub index: PathBuf,
    pub backup_dir: PathBuf,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub outbox: PathBuf,
    pub send_test: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Ok,
    Warn,
    Fail,
}

pub struct Check {
    pub level: Level,
    pub name: &'static str,
    pub detail: String,
}

#[derive(Default)]
pub struct Report(pub Vec<Check>);

impl Report {
    fn add(&mut self, level: Level, name: &'static str, detail: impl Into<String>) {
        self.0.push(Check { level, name, detail: detail.into() });
    }

    pub fn failed(&self) -> bool {
        self.0.iter().any(|c| c.level == Level::Fail)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for check in &self.0 {
            let level = match check.level {
                Level::Ok => "ok",
                Level::Warn => "warn",
                Level::Fail => "fail",
            };
            writeln!(f, "{level:4}  {:10}  {}", check.name, check.detail)?;
        }
        Ok(())
    }
}

/// Runs every check; a check that cannot run (no database) says so and fails.
pub async fn run(settings: &Settings) -> Report {
    let mut report = Report::default();
    let db = database(settings, &mut report).await;
    let migrated = match &db {
        Some(db) => schema(db, &mut report).await,
        None => {
            report.add(Level::Fail, "migrations", "not checked: no database");
            false
        }
    };
    let db = db.filter(|_| migrated);
    index(settings, db.as_ref(), &mut report).await;
    match &db {
        Some(db) => {
            if let Err(e) = record(db, &mut report).await {
                report.add(Level::Fail, "record", format!("cannot be read: {e}"));
            }
        }
        None => report.add(Level::Fail, "record", "not checked: no migrated database"),
    }
    mail(settings, db.as_ref(), &mut report).await;
    disk(settings, &mut report);
    clock(db.as_ref(), &mut report).await;
    report
}

async fn database(settings: &Settings, report: &mut Report) -> Option<Db> {
    let url = crate::operate::mask(&settings.database);
    if let Some(file) = agora_store::sqlite_file(&settings.database).filter(|f| !f.exists()) {
        report.add(Level::Fail, "database", format!("no database at {}: run `agora migrate` or start the server", file.display()));
        return None;
    }
    let db = match Db::connect(&settings.database).await {
        Ok(db) => db,
        Err(e) => {
            report.add(Level::Fail, "database", format!("{url} does not answer: {e}"));
            return None;
        }
    };
    let version = async {
        let mut conn = db.acquire().await?;
        let sql = match db.backend {
            Backend::Sqlite => "SELECT 'SQLite ' || sqlite_version()",
            Backend::Postgres => "SELECT 'PostgreSQL ' || current_setting('server_version')",
        };
        Ok::<String, agora_store::StoreError>(sqlx::query_scalar(sql).fetch_one(&mut *conn).await?)
    };
    match version.await {
        Ok(version) => {
            report.add(Level::Ok, "database", format!("{url} answers ({version})"));
            Some(db)
        }
        Err(e) => {
            report.add(Level::Fail, "database", format!("{url} does not answer: {e}"));
            None
        }
    }
}

/// The migrations check; whether the schema is there to read (migrated, maybe with some pending).
async fn schema(db: &Db, report: &mut Report) -> bool {
    let status = match migrations::status(db).await {
        Ok(status) => status,
        Err(e) => {
            report.add(Level::Fail, "migrations", format!("cannot be read: {e}"));
            return false;
        }
    };
    if let Err(e) = crate::operate::refuse_unusable(&status) {
        report.add(Level::Fail, "migrations", e.to_string());
        return false;
    }
    match (status.applied.last(), status.pending.as_slice()) {
        (None, _) => {
            report.add(Level::Fail, "migrations", "the database is empty: run `agora migrate` or start the server");
            false
        }
        (Some(latest), []) => {
            report.add(Level::Ok, "migrations", format!("up to date: {} applied, the newest {latest}", status.applied.len()));
            true
        }
        (Some(latest), pending) => {
            let names: Vec<String> = pending.iter().map(ToString::to_string).collect();
            report.add(
                Level::Warn,
                "migrations",
                format!(
                    "{} pending ({}) after {latest}: `agora migrate` or restarting the server applies them, after a backup",
                    pending.len(),
                    names.join(", ")
                ),
            );
            true
        }
    }
}

async fn index(settings: &Settings, db: Option<&Db>, report: &mut Report) {
    let dir = settings.index.display();
    let health = match agora_search::inspect(&settings.index) {
        Ok(health) => health,
        Err(e) => return report.add(Level::Fail, "index", format!("{dir} cannot be read: {e}")),
    };
    match health {
        agora_search::Health::Missing => {
            report.add(Level::Warn, "index", format!("no index at {dir} yet: the server builds it from the database when it starts"))
        }
        agora_search::Health::OtherSchema => {
            report.add(Level::Warn, "index", format!("{dir} was made by another version of Agora: the server rebuilds it when it starts"))
        }
        agora_search::Health::Damaged(files) => report.add(
            Level::Fail,
            "index",
            format!("{dir} has damaged files ({}): stop the server and run `agora reindex`", files.join(", ")),
        ),
        agora_search::Health::Healthy { documents, position } => {
            let head = match db {
                Some(db) => match db.acquire().await {
                    Ok(mut conn) => agora_store::record::head(&mut conn).await.ok(),
                    Err(_) => None,
                },
                None => None,
            };
            match head {
                Some(head) if position < head => report.add(
                    Level::Warn,
                    "index",
                    format!(
                        "{dir}: {documents} documents, up to record entry {position} of {head} (a running server catches up within seconds; else `agora reindex`)"
                    ),
                ),
                Some(_) => report.add(Level::Ok, "index", format!("{dir}: {documents} documents, current with the public record")),
                None => report.add(Level::Ok, "index", format!("{dir}: {documents} documents, files sound")),
            }
        }
    }
}

/// The record check: the newest tree head's signature verifies with the forum's key, and the entries under it
/// hash, leaf by leaf, to the stored leaves and to the signed root.
async fn record(db: &Db, report: &mut Report) -> anyhow::Result<()> {
    let mut conn = db.acquire().await?;
    let entries = agora_store::record::head(&mut conn).await?;
    let waiting = agora_store::record::unsequenced(&mut conn).await?;
    let Some(head) = agora_store::record::latest_head(&mut conn).await? else {
        if entries == 0 {
            report.add(Level::Ok, "record", "empty: nothing has been made public yet");
        } else {
            report.add(
                Level::Warn,
                "record",
                format!("{entries} entries and no signed tree head yet: a running server signs one within a minute"),
            );
        }
        return Ok(());
    };
    let Some(seed) = agora_store::settings::get(&mut conn, "record.signing-key").await? else {
        report.add(Level::Fail, "record", "a tree head is signed but the forum's signing key is missing");
        return Ok(());
    };
    let Some(key) = from_hex(&seed).and_then(|b| <[u8; 32]>::try_from(b).ok()).map(|b| SigningKey::from_bytes(&b).verifying_key()) else {
        report.add(Level::Fail, "record", "the forum's signing key is damaged");
        return Ok(());
    };
    let (Some(root_hash), Some(signature)) =
        (hash_from_hex(&head.root_hash), from_hex(&head.signature).and_then(|b| Signature::from_slice(&b).ok()))
    else {
        report.add(Level::Fail, "record", format!("the tree head of size {} is malformed", head.tree_size));
        return Ok(());
    };
    if key.verify(&tree_head_message(head.tree_size as u64, head.signed_at, &root_hash), &signature).is_err() {
        report.add(
            Level::Fail,
            "record",
            format!("the signature of the tree head of size {} does not verify with the forum's key", head.tree_size),
        );
        return Ok(());
    }
    let stored = agora_store::record::leaves(&mut conn, head.tree_size).await?;
    let mut computed = Vec::with_capacity(head.tree_size as usize);
    let mut start = 0;
    while start < head.tree_size {
        let end = (start + 1000).min(head.tree_size);
        let leaves = agora_store::record::leaf_range(&mut conn, start, end).await?;
        if leaves.len() as i64 != end - start {
            report.add(Level::Fail, "record", format!("entries are missing between places {start} and {end} of the tree"));
            return Ok(());
        }
        computed.extend(leaves.iter().map(|leaf| leaf.hash()));
        start = end;
    }
    if let Some(place) = computed.iter().zip(&stored).position(|(a, b)| a != b) {
        report.add(
            Level::Fail,
            "record",
            format!("the entry at place {place} does not hash to its leaf: it was changed after it was recorded"),
        );
        return Ok(());
    }
    if root(&computed) != root_hash {
        report.add(Level::Fail, "record", format!("the {} entries do not hash to the signed root", head.tree_size));
        return Ok(());
    }
    let key_hex = to_hex(key.as_bytes());
    report.add(
        Level::Ok,
        "record",
        format!(
            "{} entries hash to the root signed at {} with key {}…; {waiting} waiting to be signed",
            head.tree_size,
            crate::operate::utc(head.signed_at),
            &key_hex[..16]
        ),
    );
    Ok(())
}

async fn mail(settings: &Settings, db: Option<&Db>, report: &mut Report) {
    use lettre::message::{Mailbox, header::ContentType};
    use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
    let from: Mailbox = match settings.mail_from.parse() {
        Ok(from) => from,
        Err(e) => return report.add(Level::Fail, "mail", format!("the sender {:?} is not an address: {e}", settings.mail_from)),
    };
    let queued = match db {
        Some(db) => match db.acquire().await {
            Ok(mut conn) => agora_store::mail::pending_count(&mut conn).await.unwrap_or(0),
            Err(_) => 0,
        },
        None => 0,
    };
    let queued = if queued > 0 { format!("; {queued} mails queued") } else { String::new() };
    let message = match &settings.send_test {
        Some(to) => {
            let to: Mailbox = match to.parse() {
                Ok(to) => to,
                Err(e) => return report.add(Level::Fail, "mail", format!("the test address {to:?} is not an address: {e}")),
            };
            let body = format!("This is a test message from `agora doctor` on {}.\n", crate::operate::utc(agora_store::now()));
            match Message::builder().from(from).to(to).subject("Agora: test message").header(ContentType::TEXT_PLAIN).body(body) {
                Ok(message) => Some(message),
                Err(e) => return report.add(Level::Fail, "mail", format!("cannot build the test message: {e}")),
            }
        }
        None => None,
    };
    let Some(url) = &settings.smtp_url else {
        let dir = settings.outbox.display();
        if let Some(message) = message {
            let file = settings.outbox.join(format!("{}-doctor.eml", agora_store::now()));
            let written = std::fs::create_dir_all(&settings.outbox).and_then(|()| std::fs::write(&file, message.formatted()));
            return match written {
                Ok(()) => report.add(Level::Warn, "mail", format!("no SMTP server set: the test message is in {}{queued}", file.display())),
                Err(e) => report.add(Level::Fail, "mail", format!("no SMTP server set and the outbox {dir} is not writable: {e}")),
            };
        }
        return report.add(Level::Warn, "mail", format!("no SMTP server set (AGORA_SMTP_URL): mail is written as files to {dir}{queued}"));
    };
    let masked = crate::operate::mask(url);
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(url) {
        Ok(builder) => builder.timeout(Some(std::time::Duration::from_secs(20))).build(),
        Err(e) => return report.add(Level::Fail, "mail", format!("the SMTP URL {masked} is invalid: {e}")),
    };
    match message {
        Some(message) => match transport.send(message).await {
            Ok(_) => report.add(Level::Ok, "mail", format!("{masked} accepted the test message{queued}")),
            Err(e) => report.add(Level::Fail, "mail", format!("{masked} refused the test message: {e}")),
        },
        None => match transport.test_connection().await {
            Ok(true) => report.add(Level::Ok, "mail", format!("{masked} answers (--send-test ADDRESS sends a message){queued}")),
            Ok(false) => report.add(Level::Fail, "mail", format!("{masked} does not answer{queued}")),
            Err(e) => report.add(Level::Fail, "mail", format!("{masked} does not answer: {e}{queued}")),
        },
    }
}

const MIB: u64 = 1 << 20;
const GIB: u64 = 1 << 30;

/// Free space where the database, the index, the backups and the outbox live (each file system once).
fn disk(settings: &Settings, report: &mut Report) {
    let database_file = agora_store::sqlite_file(&settings.database);
    let database_size = database_file.as_ref().and_then(|f| std::fs::metadata(f).ok()).map_or(0, |m| m.len());
    let mut places: Vec<PathBuf> = database_file.iter().map(|f| f.parent().unwrap_or(Path::new("")).to_path_buf()).collect();
    places.extend([settings.index.clone(), settings.backup_dir.clone(), settings.outbox.clone()]);
    let mut seen = Vec::new();
    for place in places {
        let existing = existing_ancestor(&place);
        let stat = match rustix::fs::statvfs(&existing) {
            Ok(stat) => stat,
            Err(e) => {
                report.add(Level::Fail, "disk", format!("{}: {e}", existing.display()));
                continue;
            }
        };
        if seen.contains(&stat.f_fsid) {
            continue;
        }
        seen.push(stat.f_fsid);
        let free = stat.f_bavail * stat.f_frsize;
        let total = (stat.f_blocks * stat.f_frsize).max(1);
        let percent = free * 100 / total;
        let detail = format!("{}: {} free of {} ({percent} %)", existing.display(), size(free), size(total));
        // A backup before a migration needs about the database's size again (JSON lines are a little larger).
        if free < 100 * MIB {
            report.add(Level::Fail, "disk", detail);
        } else if free < GIB || percent < 10 || free < database_size * 2 {
            report.add(Level::Warn, "disk", format!("{detail}; the database takes {}", size(database_size)));
        } else {
            report.add(Level::Ok, "disk", detail);
        }
    }
}

fn existing_ancestor(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    absolute.ancestors().find(|p| p.exists()).unwrap_or(Path::new("/")).to_path_buf()
}

fn size(bytes: u64) -> String {
    if bytes >= GIB { format!("{:.1} GiB", bytes as f64 / GIB as f64) } else { format!("{:.0} MiB", bytes as f64 / MIB as f64) }
}

/// The clock: not before the newest thing the forum recorded (a clock set back would date new entries before old
/// ones), and on PostgreSQL within a few seconds of the database server's.
async fn clock(db: Option<&Db>, report: &mut Report) {
    let now = agora_store::now();
    let mut detail = format!("{}", crate::operate::utc(now));
    if now < 1_704_067_200 {
        return report.add(Level::Fail, "clock", format!("{detail} is before 2024: set the system clock (NTP)"));
    }
    let Some(db) = db else {
        return report.add(Level::Ok, "clock", detail);
    };
    let Ok(mut conn) = db.acquire().await else {
        return report.add(Level::Ok, "clock", detail);
    };
    let newest: Option<i64> = sqlx::query_scalar(
        "SELECT MAX(t) FROM (SELECT MAX(at) AS t FROM public_record UNION ALL SELECT MAX(signed_at) AS t FROM tree_heads) newest",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap_or(None);
    if let Some(newest) = newest {
        if now + 5 < newest {
            return report.add(
                Level::Fail,
                "clock",
                format!(
                    "{detail} is {} s before the record's newest entry ({}): set the system clock (NTP)",
                    newest - now,
                    crate::operate::utc(newest)
                ),
            );
        }
        detail.push_str(", after the record's newest entry");
    }
    if db.backend == Backend::Postgres {
        let server: Option<i64> =
            sqlx::query_scalar("SELECT CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) AS BIGINT)").fetch_one(&mut *conn).await.ok();
        if let Some(server) = server {
            let skew = (server - now).abs();
            if skew > 5 {
                return report.add(Level::Warn, "clock", format!("{detail}; {skew} s apart from the PostgreSQL server's: run NTP on both"));
            }
            detail.push_str(&format!(", within {skew} s of PostgreSQL's"));
        }
    }
    report.add(Level::Ok, "clock", detail);
}
