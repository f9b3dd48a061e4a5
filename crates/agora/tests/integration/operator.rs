//! The operator's commands over the real binary: `migrate --check`, the backup `serve` takes before migrating and
//! its refusal of a database a newer Agora migrated, `doctor`, `config`, `admin` and the generated completions and
//! manual page.

use crate::support::*;
use agora_store::Db;
use agora_store::migrations;
use std::time::{Duration, Instant};

fn text(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A database one migration behind this build, with a participant in it: what an upgrade finds. The versions of
/// the latest migration and of the one before it (numbers may skip: each change is given its own).
async fn database_one_migration_behind(dir: &std::path::Path) -> (String, i64, i64) {
    let database = fresh_database(dir).await;
    let db = Db::connect(&database).await.unwrap();
    let all = migrations::all(db.backend).unwrap();
    let (latest, previous) = (all[all.len() - 1].version, all[all.len() - 2].version);
    db.migrate_to(previous).await.unwrap();
    sqlx::query(
        "INSERT INTO participants (email, email_key, name, stakeholder_group, country, verified_at, created_at)
         VALUES ('kept@example.org', 'kept@example.org', 'Kept Person', 'civil-society', 'FR', 1, 1)",
    )
    .execute(&mut *db.acquire().await.unwrap())
    .await
    .unwrap();
    db.close().await;
    (database, latest, previous)
}

/// An upgrade: `migrate --check` names the migration that would apply and changes nothing; `serve` writes a backup
/// of the database as it was, then migrates, and every row is still there; the backup restores into a database at
/// the old schema (the downgrade path).
#[tokio::test]
async fn an_upgrade_is_checked_backed_up_then_applied_keeping_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let (database, latest, previous) = database_one_migration_behind(dir.path()).await;
    let would = format!("would apply {latest:04}");
    for _ in 0..2 {
        let check = agora().args(["migrate", "--check", "--database", &database]).output().unwrap();
        assert!(check.status.success(), "{}", text(&check));
        assert!(text(&check).contains(&would), "the second check sees the same: nothing changed\n{}", text(&check));
    }

    let backups = dir.path().join("backups");
    let server = Server::start_on(dir, &database, &[]).await;
    assert_eq!(server.client().get("/").await.status, 200);
    let files: Vec<_> = std::fs::read_dir(&backups).expect("a backup folder beside the database").map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1, "one backup: {files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with(&format!("agora-schema-{previous:04}-before-{latest:04}-")) && name.ends_with(".jsonl"), "{name}");
    let backup = std::fs::read_to_string(&files[0]).unwrap();
    let header: serde_json::Value = serde_json::from_str(backup.lines().next().unwrap()).unwrap();
    assert_eq!(header["schema"], previous, "the backup is of the database before the migration");
    assert!(tables_of(&backup)["participants"].iter().any(|row| row.to_string().contains("kept@example.org")));

    let after = table_rows(&server, &["participants"]);
    assert!(after["participants"].iter().any(|row| row["email"] == "kept@example.org"), "the row survived the migration");
    let check = agora_ok(&["migrate", "--check", "--database", &server.database]);
    assert!(text(&check).contains("nothing to apply"), "{}", text(&check));

    // Going back: the backup restores into a database at the schema it was made with, as the older Agora would.
    let target_dir = tempfile::tempdir().unwrap();
    let target = Db::connect(&fresh_database(target_dir.path()).await).await.unwrap();
    target.migrate_to(previous).await.unwrap();
    let restored = agora_store::backup::restore(&target, std::io::BufReader::new(std::fs::File::open(&files[0]).unwrap())).await.unwrap();
    assert!(restored.rows > 0);
    let email: String = sqlx::query_scalar("SELECT email FROM participants WHERE name = 'Kept Person'")
        .fetch_one(&mut *target.acquire().await.unwrap())
        .await
        .unwrap();
    assert_eq!(email, "kept@example.org");
}

/// With the backup switched off, `agora migrate` migrates without writing one.
#[tokio::test]
async fn the_backup_before_migrating_is_a_setting() {
    let dir = tempfile::tempdir().unwrap();
    let (database, _, _) = database_one_migration_behind(dir.path()).await;
    let backups = dir.path().join("elsewhere");
    let out = agora()
        .args(["migrate", "--database", &database, "--backup-dir"])
        .arg(&backups)
        .env("AGORA_BACKUP_BEFORE_MIGRATE", "false")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(!backups.exists(), "no backup was written");
    assert!(text(&agora_ok(&["migrate", "--check", "--database", &database])).contains("nothing to apply"));
}

/// A database with a migration this build does not know (a newer Agora migrated it) is refused by `serve`,
/// `migrate` and `migrate --check` with a message that says so, and left as it was; `doctor` fails on it.
#[tokio::test]
async fn a_database_newer_than_the_binary_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let database = fresh_database(dir.path()).await;
    agora_ok(&["migrate", "--database", &database]);
    let db = Db::connect(&database).await.unwrap();
    sqlx::query("INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (99999, 'from a newer agora', TRUE, $1, 0)")
        .bind(vec![0u8; 48])
        .execute(&mut *db.acquire().await.unwrap())
        .await
        .unwrap();
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(&mut *db.acquire().await.unwrap()).await.unwrap()
    };
    let before = count().await;

    let serve = agora().args(["serve", "--bind", "127.0.0.1:0", "--database", &database]).current_dir(dir.path()).output().unwrap();
    assert!(!serve.status.success());
    let said = text(&serve);
    assert!(said.contains("newer than this Agora") && said.contains("99999 from a newer agora"), "{said}");
    for args in [&["migrate"][..], &["migrate", "--check"]] {
        let out = agora().args(args).args(["--database", &database]).output().unwrap();
        assert!(!out.status.success(), "{args:?}: {}", text(&out));
        assert!(text(&out).contains("newer than this Agora"), "{}", text(&out));
    }
    let doctor = agora().args(["doctor", "--database", &database]).current_dir(dir.path()).output().unwrap();
    assert_eq!(doctor.status.code(), Some(1), "{}", text(&doctor));
    assert!(String::from_utf8_lossy(&doctor.stdout).lines().any(|l| l.starts_with("fail  migrations")), "{}", text(&doctor));
    assert_eq!(count().await, before, "nothing was migrated");
    assert!(!dir.path().join("backups").exists(), "nothing was backed up either");
}

/// `migrate --check` on an SQLite file that does not exist lists every migration and does not create the file.
#[tokio::test]
async fn migrate_check_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.db");
    let out = agora_ok(&["migrate", "--check", "--database", &format!("sqlite://{}", file.display())]);
    assert!(text(&out).contains("would apply 0001 foundation"), "{}", text(&out));
    assert!(!file.exists());
}

/// `agora doctor` on a running forum: one line per check, all ok (the index and the disk may warn), a test
/// message delivered over SMTP; then an entry of the public record edited behind the forum's back fails the
/// record check and the exit status.
// Two threads: the SMTP sink answers the doctor while the test waits for it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doctor_checks_every_part_and_fails_on_an_edited_record() {
    let server = Server::start().await;
    registered_participant(&server, "Ada Doctor", "ada@example.org").await;
    let index = server.dir().join("agora-index");
    let doctor = |extra: &[&str]| {
        agora()
            .args(["doctor", "--database", &server.database, "--smtp-url", &server.mail.url(), "--index"])
            .arg(&index)
            .args(extra)
            .current_dir(server.dir())
            .output()
            .unwrap()
    };
    // Wait until the registration's entries are signed (every second in the tests).
    let deadline = Instant::now() + Duration::from_secs(20);
    let out = loop {
        let out = doctor(&["--send-test", "operator@example.org"]);
        if text(&out).contains(" 0 waiting to be signed") || Instant::now() > deadline {
            break out;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    };
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{}", text(&out));
    for check in ["database", "migrations", "index", "record", "mail", "disk", "clock"] {
        let line = stdout
            .lines()
            .find(|l| l.get(6..).is_some_and(|rest| rest.starts_with(check)))
            .unwrap_or_else(|| panic!("no {check} line:\n{stdout}"));
        let allowed: &[&str] = if matches!(check, "index" | "disk") { &["ok  ", "warn"] } else { &["ok  "] };
        assert!(allowed.iter().any(|a| line.starts_with(a)), "{line}\n{stdout}");
    }
    assert!(stdout.contains("accepted the test message"), "{stdout}");
    let test_mail = server.mail.nth_to("operator@example.org", 1).await;
    assert_eq!(test_mail.subject, "Agora: test message");

    // Edit an entry of the public record in the database, as an intruder would.
    let db = Db::connect(&server.database).await.unwrap();
    sqlx::query("UPDATE public_record SET payload = '{\"edited\":true}' WHERE id = (SELECT MIN(id) FROM public_record)")
        .execute(&mut *db.acquire().await.unwrap())
        .await
        .unwrap();
    let out = doctor(&[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.lines().any(|l| l.starts_with("fail  record") && l.contains("place 0")), "{stdout}");
}

/// `doctor` with no database fails and says how to make one.
#[tokio::test]
async fn doctor_fails_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let out = agora().args(["doctor", "--database"]).arg(format!("sqlite://{}", dir.path().join("none.db").display())).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("fail  database    no database at"), "{stdout}");
    assert!(!dir.path().join("none.db").exists());
}

/// `agora config` prints every setting with where its value comes from, masks passwords, and every setting it
/// prints is documented in the package's environment file.
#[test]
fn config_prints_each_setting_with_its_source() {
    let out = agora()
        .args(["config", "--bind", "0.0.0.0:8443"])
        .env("AGORA_PUBLIC_URL", "https://igf.example.org")
        .env("AGORA_SMTP_URL", "smtps://agora:hunter2@mail.example.org")
        .env_remove("AGORA_REMINDER_SECS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = |name: &str| {
        let line = stdout.lines().find(|l| l.split_whitespace().next() == Some(name));
        line.unwrap_or_else(|| panic!("no {name}:\n{stdout}")).split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(line("AGORA_BIND"), "AGORA_BIND 0.0.0.0:8443 flag --bind");
    assert_eq!(line("AGORA_PUBLIC_URL"), "AGORA_PUBLIC_URL https://igf.example.org environment");
    assert_eq!(line("AGORA_REMINDER_SECS"), "AGORA_REMINDER_SECS 900 default");
    assert_eq!(line("AGORA_SMTP_URL"), "AGORA_SMTP_URL smtps://agora:****@mail.example.org environment");
    assert!(!stdout.contains("hunter2"));

    let env_file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../packaging/debian/agora.env")).unwrap();
    for name in stdout.lines().filter_map(|l| l.split_whitespace().next()).filter(|n| n.starts_with("AGORA_")) {
        assert!(env_file.contains(&format!("{name}=")), "packaging/debian/agora.env does not document {name}");
    }
}

/// `agora admin` lists, grants and revokes roles; a revocation is public, like a grant.
#[tokio::test]
async fn admin_lists_grants_and_revokes_roles() {
    let server = Server::start().await;
    registered_participant(&server, "Role Holder", "holder@example.org").await;
    let admin = |args: &[&str]| agora().arg("admin").args(args).args(["--database", &server.database]).output().unwrap();
    assert!(text(&admin(&["list"])).contains("no participant holds a role"));
    assert!(admin(&["grant", "--email", "holder@example.org", "--role", "mag"]).status.success());
    let list = String::from_utf8_lossy(&admin(&["list"]).stdout).into_owned();
    assert!(list.lines().any(|l| l.starts_with("holder@example.org") && l.contains(" mag ") && l.contains("Role Holder")), "{list}");

    let revoke = admin(&["revoke", "--email", "holder@example.org", "--role", "mag"]);
    assert!(revoke.status.success(), "{}", text(&revoke));
    assert!(text(&admin(&["list"])).contains("no participant holds a role"));
    let again = admin(&["revoke", "--email", "holder@example.org", "--role", "mag"]);
    assert!(!again.status.success() && text(&again).contains("is not mag"), "{}", text(&again));
    assert!(!admin(&["revoke", "--email", "holder@example.org", "--role", "king"]).status.success());
    let record = table_rows(&server, &["public_record"]);
    assert!(record["public_record"].iter().any(|e| e["kind"] == "participant.role-revoked"));
}

/// Completions and the manual page are generated from the command line's definition.
#[test]
fn completions_and_manual_pages_come_from_the_cli() {
    let bash = String::from_utf8(agora_ok(&["completions", "bash"]).stdout).unwrap();
    assert!(bash.contains("agora__subcmd__doctor") && bash.contains("--backup-before-migrate"), "bash completion knows the commands");
    assert!(String::from_utf8(agora_ok(&["completions", "zsh"]).stdout).unwrap().starts_with("#compdef agora"));
    let man = String::from_utf8(agora_ok(&["man"]).stdout).unwrap();
    assert!(man.contains(".TH agora 1") && man.contains("doctor"), "{man}");
    let dir = tempfile::tempdir().unwrap();
    agora_ok(&["man", "--dir", dir.path().to_str().unwrap()]);
    let page = std::fs::read_to_string(dir.path().join("agora-migrate.1")).unwrap();
    assert!(page.contains("check"), "{page}");
}
