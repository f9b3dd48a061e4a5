//! The `agora` command: serve the forum, migrate its database, fill a demo forum, grant roles.

mod demo;
mod doctor;
mod operate;
mod transcripts;
mod verify;

use agora_store::Db;
use agora_web::{App, Config};
use anyhow::{Context, bail};
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "agora", version, about = "Agora: a multistakeholder governance forum (IGF / WSIS)")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Log as JSON lines (for log collectors) instead of text.
    #[arg(long, global = true, env = "AGORA_LOG_JSON")]
    log_json: bool,
}

#[derive(Args)]
struct DatabaseArgs {
    /// sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "AGORA_DATABASE_URL", default_value = "sqlite://agora.db")]
    database: String,
    /// Before applying migrations to a database that has data, write an online backup of it (true or false).
    #[arg(long, env = "AGORA_BACKUP_BEFORE_MIGRATE", default_value = "true", value_name = "BOOL", action = ArgAction::Set,
          value_parser = clap::builder::BoolishValueParser::new())]
    backup_before_migrate: bool,
    /// The folder of the backups taken before migrations; default `backups` beside the SQLite file, or in the
    /// current folder with PostgreSQL.
    #[arg(long, env = "AGORA_BACKUP_DIR")]
    backup_dir: Option<PathBuf>,
}

impl DatabaseArgs {
    /// Opens the database and brings its schema up to date: refused, changing nothing, when a newer Agora migrated
    /// it; backed up first (unless switched off) when migrations are pending on a database that has data.
    async fn open(&self) -> anyhow::Result<Db> {
        operate::open(&self.database, self.backup_before_migrate.then(|| self.backup_folder())).await
    }

    fn backup_folder(&self) -> PathBuf {
        self.backup_dir.clone().unwrap_or_else(|| beside_database(&self.database, "backups"))
    }
}

/// A folder beside the SQLite file, or in the current folder with PostgreSQL.
fn beside_database(database: &str, name: &str) -> PathBuf {
    match agora_store::sqlite_file(database) {
        Some(file) => file.parent().unwrap_or(std::path::Path::new("")).join(name),
        None => PathBuf::from(name),
    }
}

#[derive(Args)]
struct IndexArgs {
    /// The folder of this node's search index (a copy, rebuilt from the database when missing); default
    /// agora-index beside the SQLite file, or in the current folder with PostgreSQL.
    #[arg(long, env = "AGORA_INDEX")]
    index: Option<PathBuf>,
}

impl IndexArgs {
    fn dir(&self, database: &str) -> PathBuf {
        self.index.clone().unwrap_or_else(|| beside_database(database, "agora-index"))
    }
}

/// Attempts per client and window, counted by each node on its own (see docs/operations.md).
#[derive(Args)]
struct LimitArgs {
    /// Logins per address, as MAX/SECONDS.
    #[arg(long, env = "AGORA_LOGIN_LIMIT", default_value = "10/60")]
    login_limit: agora_web::Limit,
    /// Registrations per address, as MAX/SECONDS.
    #[arg(long, env = "AGORA_REGISTER_LIMIT", default_value = "10/3600")]
    register_limit: agora_web::Limit,
    /// Password-reset requests per address, as MAX/SECONDS.
    #[arg(long, env = "AGORA_RESET_LIMIT", default_value = "5/3600")]
    reset_limit: agora_web::Limit,
    /// Consultation inputs (submissions, comments, statements, votes) per address and per account, as MAX/SECONDS.
    #[arg(long, env = "AGORA_INPUT_LIMIT", default_value = "60/60")]
    input_limit: agora_web::Limit,
    /// Mails to addresses a sender typed (invited speakers, endorsing organizations), per account or anonymous
    /// address, as MAX/SECONDS.
    #[arg(long, env = "AGORA_TYPED_ADDRESS_MAIL_LIMIT", default_value = "50/86400")]
    typed_address_mail_limit: agora_web::Limit,
}

impl From<LimitArgs> for agora_web::RateLimits {
    fn from(args: LimitArgs) -> Self {
        agora_web::RateLimits {
            login: args.login_limit,
            register: args.register_limit,
            password_reset: args.reset_limit,
            consultation_input: args.input_limit,
            typed_address_mail: args.typed_address_mail_limit,
        }
    }
}

/// Where the forum's mail goes.
#[derive(Args)]
struct MailArgs {
    /// SMTP server for mail, e.g. smtp://127.0.0.1:25 or smtps://user:password@mail.example.org.
    #[arg(long, env = "AGORA_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender address of the forum's mail.
    #[arg(long, env = "AGORA_MAIL_FROM", default_value = "Agora <agora@localhost>")]
    mail_from: String,
    /// Folder for mail when no SMTP server is set.
    #[arg(long, env = "AGORA_OUTBOX", default_value = "outbox")]
    outbox: PathBuf,
}

impl MailArgs {
    fn smtp(&self) -> Option<&str> {
        self.smtp_url.as_deref().filter(|u| !u.is_empty())
    }
}

/// Every setting of `agora serve` (also read by `agora config`).
#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    db: DatabaseArgs,
    /// Address and port to listen on.
    #[arg(long, env = "AGORA_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// The address people reach the forum at, used in links in mails.
    #[arg(long, env = "AGORA_PUBLIC_URL")]
    public_url: Option<String>,
    #[command(flatten)]
    mail: MailArgs,
    /// Behind one reverse proxy: the same as --trusted-proxies 1.
    #[arg(long, env = "AGORA_TRUST_FORWARDED_FOR")]
    trust_forwarded_for: bool,
    /// How many reverse proxies in front of this node append to X-Forwarded-For; the client address is the
    /// entry the outermost of them appended (0: the header is ignored).
    #[arg(long, env = "AGORA_TRUSTED_PROXIES", default_value_t = 0)]
    trusted_proxies: usize,
    /// Sign the public record's tree head at least this often (seconds) when entries wait.
    #[arg(long, env = "AGORA_RECORD_SIGN_SECS", default_value_t = 60)]
    record_sign_secs: u64,
    /// How often overdue reports and unanswered recommendations are looked for (reminders are mailed at most
    /// weekly per report, every N days per body as the cycle sets).
    #[arg(long, env = "AGORA_REMINDER_SECS", default_value_t = 900)]
    reminder_secs: u64,
    /// How often (seconds) the feeds of the NRIs this forum subscribes to are fetched and verified.
    #[arg(long, env = "AGORA_FEED_SECS", default_value_t = 3600)]
    feed_secs: u64,
    /// Fill an empty database with the demo forum first.
    #[arg(long)]
    demo: bool,
    #[command(flatten)]
    index: IndexArgs,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrating the database first, after a backup; see `migrate`).
    Serve(ServeArgs),
    /// Print the settings `agora serve` would run with (these flags and this environment), each with its source:
    /// a flag, the environment or the default. Passwords in URLs are masked.
    Config(ServeArgs),
    /// Check this installation: the database answers and is migrated, the search index is sound, the public record
    /// is signed and consistent, mail can be delivered, disk space, the clock. One line per check (ok, warn or
    /// fail); the exit status is 1 when a check fails.
    Doctor {
        #[command(flatten)]
        db: DatabaseArgs,
        #[command(flatten)]
        index: IndexArgs,
        #[command(flatten)]
        mail: MailArgs,
        /// Also send a test message to this address (over SMTP, or into the outbox folder).
        #[arg(long, value_name = "ADDRESS")]
        send_test: Option<String>,
    },
    /// Rebuild this node's search index from the database (stop the server using it first).
    Reindex {
        #[command(flatten)]
        db: DatabaseArgs,
        #[command(flatten)]
        index: IndexArgs,
    },
    /// Check a running forum's public record: signed head, every entry, and consistency with the head seen before.
    Verify {
        /// The forum's address, e.g. https://igf.example.org
        url: String,
        /// The forum's public key (hex) to trust; without it, the key the forum announces (or the one saved in --state).
        #[arg(long)]
        key: Option<String>,
        /// A file keeping the last verified head and its leaf hashes (64 bytes an entry), to check the next head
        /// extends it and to name an entry changed since, even one whose stored leaf hash was rewritten with it.
        #[arg(long)]
        state: Option<PathBuf>,
    },
    /// Create or update the database schema (after a backup of a database that has data), then exit.
    Migrate {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Only say which migrations would apply; change nothing (a missing SQLite file is not created).
        #[arg(long)]
        check: bool,
    },
    /// Fill an empty database with a realistic demo forum, then exit.
    Demo {
        #[command(flatten)]
        db: DatabaseArgs,
    },
    /// Write a consistent backup of every table as JSON lines, while the forum keeps running.
    Backup {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The file to write; `-` for standard output.
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Restore a backup into a new, empty database (SQLite or PostgreSQL, whichever made the backup).
    Restore {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The backup file; `-` for standard input.
        #[arg(long, short)]
        input: PathBuf,
    },
    /// Import data into the forum.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Administration tasks: participants' roles.
    Admin {
        #[command(subcommand)]
        task: AdminTask,
    },
    /// Print a shell completion script, e.g. `agora completions bash > /usr/share/bash-completion/completions/agora`.
    Completions {
        /// bash, zsh, fish, elvish or powershell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or with --dir write one page per command into a folder.
    Man {
        /// Write agora.1 and a page per subcommand (agora-serve.1, …) into this folder.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// The annual meeting's jobs.
    Meeting {
        #[command(subcommand)]
        task: MeetingTask,
    },
}

#[derive(Subcommand)]
enum MeetingTask {
    /// Delete the badge photos of every cycle whose meeting ended its retention period ago (a cycle setting), and
    /// record the run; run it daily (a systemd timer or cron). `--cycle N --now` deletes one cycle's photos at once.
    Retention {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Only this cycle.
        #[arg(long)]
        cycle: Option<i64>,
        /// Delete now, whatever the retention period (needs --cycle).
        #[arg(long, requires = "cycle")]
        now: bool,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// A frab / pretalx schedule.xml, as a draft schedule version of a cycle (lenient with real files). Each event
    /// starts at the instant of its own <date> and offset, or its local <start> in the file's <time_zone_name>
    /// (the forum's zone when the file names none).
    Schedule {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The schedule.xml file.
        file: PathBuf,
        /// The cycle to import into.
        #[arg(long)]
        cycle: i64,
    },
    /// A Polis open-data export (a folder with comments.csv and votes.csv) as a new consultation, or
    /// submissions as JSON lines into an existing one. A broken file imports nothing and names its line.
    Consultation {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The Polis export folder.
        #[arg(long, conflicts_with_all = ["jsonl", "into"])]
        polis: Option<PathBuf>,
        /// A file of submissions, one JSON object per line (see docs/consultations.md).
        #[arg(long, requires = "into")]
        jsonl: Option<PathBuf>,
        /// The consultation the JSON lines go into.
        #[arg(long)]
        into: Option<i64>,
    },
    /// Caption files (`.txt`, speaker turns as `>> NAME:` lines) as session transcripts, each named by its session's
    /// number, frab slug or title, or by a first line `Session: 12`. A refused file imports nothing and is named
    /// with its line.
    Transcripts {
        #[command(flatten)]
        db: DatabaseArgs,
        /// The folder of caption files.
        dir: PathBuf,
    },
}

/// Whose role, and which.
#[derive(Args)]
struct RoleArgs {
    #[command(flatten)]
    db: DatabaseArgs,
    #[arg(long)]
    email: String,
    /// secretariat, mag, chair or admin.
    #[arg(long)]
    role: String,
}

#[derive(Subcommand)]
enum AdminTask {
    /// Give a registered participant a role.
    Grant(RoleArgs),
    /// Take a role from a participant.
    Revoke(RoleArgs),
    /// List the participants who hold a role, one line per role: email, role, name, when granted.
    List {
        #[command(flatten)]
        db: DatabaseArgs,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches)?;
    init_logging(cli.log_json);
    match cli.command {
        Command::Serve(args) => serve(args).await?,
        Command::Config(_) => {
            let sub = matches.subcommand_matches("config").expect("the config subcommand's arguments");
            print!("{}", operate::config(&Cli::command(), sub));
        }
        Command::Doctor { db, index, mail, send_test } => {
            let settings = doctor::Settings {
                database: db.database.clone(),
                index: index.dir(&db.database),
                backup_dir: db.backup_folder(),
                smtp_url: mail.smtp().map(str::to_string),
                mail_from: mail.mail_from.clone(),
                outbox: mail.outbox.clone(),
                send_test,
            };
            let report = doctor::run(&settings).await;
            print!("{report}");
            if report.failed() {
                std::process::exit(1);
            }
        }
        Command::Reindex { db, index } => reindex(&db.open().await?, &index.dir(&db.database)).await?,
        Command::Migrate { db, check: true } => {
            if !operate::check(&db.database).await? {
                std::process::exit(1);
            }
        }
        Command::Migrate { db, check: false } => {
            db.open().await?;
        }
        Command::Verify { url, key, state } => {
            let problems = verify::verify(&url, key.as_deref(), state.as_deref()).await?;
            if !problems.is_empty() {
                for p in &problems {
                    eprintln!("FAILED: {p}");
                }
                std::process::exit(1);
            }
        }
        Command::Demo { db } => demo::fill(&db.open().await?).await?,
        Command::Backup { db, output } => backup(&db.open().await?, &output).await?,
        Command::Restore { db, input } => restore(&db.open().await?, &input).await?,
        Command::Import { what: ImportWhat::Schedule { db, file, cycle } } => import_schedule(&db.open().await?, &file, cycle).await?,
        Command::Import { what: ImportWhat::Consultation { db, polis, jsonl, into } } => {
            import_consultation(&db.open().await?, polis, jsonl, into).await?
        }
        Command::Import { what: ImportWhat::Transcripts { db, dir } } => {
            let done = transcripts::import(&db.open().await?, &dir).await?;
            println!("imported {} transcripts ({} speaker turns)", done.files, done.turns);
        }
        Command::Admin { task: AdminTask::Grant(who) } => grant(&who.db.open().await?, &who.email, &who.role).await?,
        Command::Admin { task: AdminTask::Revoke(who) } => revoke(&who.db.open().await?, &who.email, &who.role).await?,
        Command::Admin { task: AdminTask::List { db } } => list_roles(&db.open().await?).await?,
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "agora", &mut std::io::stdout());
        }
        Command::Man { dir: None } => clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?,
        Command::Man { dir: Some(dir) } => {
            std::fs::create_dir_all(&dir)?;
            clap_mangen::generate_to(Cli::command(), &dir)?;
        }
        Command::Meeting { task: MeetingTask::Retention { db, cycle, now } } => {
            let db = db.open().await?;
            let mut tx = db.begin().await?;
            let runs = agora_app::meeting::apply_retention(&mut tx, agora_store::now(), cycle, now).await?;
            tx.commit().await?;
            if runs.is_empty() {
                println!("no cycle's badge photos are due for deletion");
            }
            for (cycle, deleted) in runs {
                println!("cycle {cycle}: {deleted} badge photos deleted (run recorded)");
            }
        }
    }
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let ServeArgs {
        db,
        bind,
        public_url,
        mail,
        trust_forwarded_for,
        trusted_proxies,
        record_sign_secs,
        reminder_secs,
        feed_secs,
        demo,
        index,
        limits,
    } = args;
    let db_url = db.database.clone();
    let index_dir = index.dir(&db_url);
    let db = db.open().await?;
    if demo {
        // In a child process: the server then never holds the memory the fill used (its RSS stays small).
        let status = std::process::Command::new(std::env::current_exe()?).args(["demo", "--database", &db_url]).status()?;
        if !status.success() {
            bail!("filling the demo forum failed");
        }
    }
    let listener = tokio::net::TcpListener::bind(&bind).await.with_context(|| format!("cannot listen on {bind}"))?;
    let address = listener.local_addr()?;
    let mut config = Config::new(&public_url.unwrap_or_else(|| format!("http://{address}")));
    config.smtp_url = mail.smtp().map(str::to_string);
    config.mail_from = mail.mail_from;
    config.outbox_dir = mail.outbox;
    config.trusted_proxies = if trust_forwarded_for { trusted_proxies.max(1) } else { trusted_proxies };
    config.record_sign_interval = std::time::Duration::from_secs(record_sign_secs.max(1));
    config.reminder_interval = std::time::Duration::from_secs(reminder_secs.max(1));
    config.index_dir = Some(index_dir);
    config.feed_interval = std::time::Duration::from_secs(feed_secs.max(1));
    config.rate_limits = limits.into();
    let app = App::new(db, config).await?;
    tracing::info!("Agora is listening on http://{address}");
    agora_web::serve(app, listener).await?;
    Ok(())
}

async fn backup(db: &Db, output: &std::path::Path) -> anyhow::Result<()> {
    let summary = if output.as_os_str() == "-" {
        agora_store::backup::backup(db, &mut std::io::BufWriter::new(std::io::stdout().lock())).await?
    } else {
        // Written beside the target and renamed once complete, so a crash never leaves half a backup under its name.
        let partial = output.with_extension("partial");
        let file = std::fs::File::create(&partial).with_context(|| format!("cannot create {}", partial.display()))?;
        let mut out = std::io::BufWriter::new(file);
        let summary = agora_store::backup::backup(db, &mut out).await?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&partial, output)?;
        summary
    };
    tracing::info!(tables = summary.tables, rows = summary.rows, "backup written");
    Ok(())
}

async fn restore(db: &Db, input: &std::path::Path) -> anyhow::Result<()> {
    let summary = if input.as_os_str() == "-" {
        agora_store::backup::restore(db, std::io::stdin().lock()).await?
    } else {
        let file = std::fs::File::open(input).with_context(|| format!("cannot read {}", input.display()))?;
        agora_store::backup::restore(db, std::io::BufReader::new(file)).await?
    };
    tracing::info!(tables = summary.tables, rows = summary.rows, "backup restored");
    Ok(())
}

/// Rebuilds the search index from the database, one source after another.
async fn reindex(db: &Db, dir: &std::path::Path) -> anyhow::Result<()> {
    let archive = std::sync::Arc::new(
        agora_search::Archive::open(dir)
            .with_context(|| format!("cannot open the search index {} (is a server using it?)", dir.display()))?,
    );
    let bar = progress_bar("indexing");
    bar.set_length(agora_search::sources::SOURCES.len() as u64);
    let total = agora_app::search::rebuild(db, &archive, |source, n| {
        bar.set_message(format!("{source:?}: {n} documents"));
        bar.inc(1);
    })
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    bar.finish_and_clear();
    println!("indexed {total} documents into {}", dir.display());
    Ok(())
}

/// Imports a schedule.xml in one transaction: a file that is not a schedule imports nothing and names its line.
async fn import_schedule(db: &Db, file: &std::path::Path, cycle: i64) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut tx = db.begin().await?;
    // Local times of a file that names no zone are the forum's.
    let forum_zone = agora_store::settings::get(&mut tx, "forum.time_zone").await?.unwrap_or_default();
    let schedule = agora_domain::programme::frab::parse_in(&text, &forum_zone).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    agora_store::cycles::get(&mut tx, cycle).await.with_context(|| format!("no cycle {cycle}"))?;
    let (rooms, slots, sessions, version) = agora_store::programme::import(&mut tx, cycle, &schedule).await?;
    tx.commit().await?;
    println!(
        "imported {sessions} sessions, {rooms} new rooms and {slots} time slots into cycle {cycle} as draft version {version} (\"Imported: {}\")",
        schedule.title
    );
    Ok(())
}

/// A progress bar on the terminal for a long import.
fn progress_bar(what: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(0);
    let style = indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} ({eta})")
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

async fn import_consultation(db: &Db, polis: Option<PathBuf>, jsonl: Option<PathBuf>, into: Option<i64>) -> anyhow::Result<()> {
    use agora_app::consultations::import;
    let bar = progress_bar("importing");
    let progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
    };
    match (polis, jsonl, into) {
        (Some(dir), _, _) => {
            let done = import::import_polis(db, &dir, &progress).await?;
            bar.finish_and_clear();
            println!(
                "imported {} statements and {} votes as consultation {} (opinion map computed)",
                done.statements, done.votes, done.consultation_id
            );
        }
        (None, Some(file), Some(id)) => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let n = import::import_jsonl(db, id, &text, &progress)
                .await
                .map_err(|e| anyhow::anyhow!("{}: {e}; nothing was imported", file.display()))?;
            bar.finish_and_clear();
            println!("imported {n} submissions into consultation {id}");
        }
        _ => bail!("give --polis DIR, or --jsonl FILE --into CONSULTATION"),
    }
    Ok(())
}

async fn grant(db: &Db, email: &str, role: &str) -> anyhow::Result<()> {
    if agora_domain::accounts::Role::from_code(role).is_none() {
        bail!("unknown role {role:?}: use secretariat, mag, chair or admin");
    }
    let mut tx = db.begin().await?;
    let Some((id, _)) = agora_store::participants::credentials(&mut tx, email).await? else {
        bail!("no participant is registered with {email}");
    };
    agora_store::participants::grant(&mut tx, id, role).await?;
    tx.commit().await?;
    println!("{email} is now {role}");
    Ok(())
}

async fn revoke(db: &Db, email: &str, role: &str) -> anyhow::Result<()> {
    if agora_domain::accounts::Role::from_code(role).is_none() {
        bail!("unknown role {role:?}: use secretariat, mag, chair or admin");
    }
    let mut tx = db.begin().await?;
    let Some((id, _)) = agora_store::participants::credentials(&mut tx, email).await? else {
        bail!("no participant is registered with {email}");
    };
    if !agora_store::participants::revoke(&mut tx, id, role).await? {
        bail!("{email} is not {role}");
    }
    tx.commit().await?;
    println!("{email} is no longer {role}");
    Ok(())
}

async fn list_roles(db: &Db) -> anyhow::Result<()> {
    let mut conn = db.acquire().await?;
    let holders = agora_store::participants::role_holders(&mut conn).await?;
    let width = holders.iter().map(|h| h.email.chars().count()).max().unwrap_or(0);
    for h in &holders {
        println!("{:width$}  {:11}  {}  (granted {})", h.email, h.role, h.name, operate::utc(h.granted_at));
    }
    if holders.is_empty() {
        println!("no participant holds a role: grant one with `agora admin grant --email ADDRESS --role admin`");
    }
    Ok(())
}

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("AGORA_LOG").unwrap_or_else(|_| "info,sqlx=warn".into());
    // The log goes to standard error: standard output is for what a command produces (`agora backup -o -`).
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json { builder.json().init() } else { builder.init() }
}
