//! The migrations as shipped: files never change once released, and the SQLite and PostgreSQL folders build the
//! same schema.

use agora_store::Db;
use sha2::{Digest, Sha384};
use sqlx::Connection;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The SHA-384 of every released migration: the checksum sqlx stores in `_sqlx_migrations`, and refuses to
/// start on when the migration no longer has it. PostgreSQL's are those of the translations (0001..0014 were
/// shipped as files, which the translation reproduces byte for byte).
const SHIPPED_SQLITE: &[(&str, &str)] = &[
    ("0001_foundation.sql", "97fe76817239147cf6125da261d5455f8af88100bba1623a47aa907bf19cc549f2039868966ab41fe729a2a207198ea1"),
    ("0002_proposals.sql", "028221df5dcfbd7047effb7de7e29d698d0fd0e767a7da8627089a6cf69d8192011faca2c61c64351bf44bd8a03959c0"),
    ("0003_record_tree.sql", "210e53da2ceece2c794b447ece93fa08f31580ce288bead01cd63ff0c0b82bdbac8577395335305daafb37bfa25aa103"),
    ("0004_api_tokens.sql", "26052c6f702375fd8c796d8f29ab74134bdc1fd15277dcf9732eea0f7acc057608d9a945b2a55ae3d69c0ada4ed59a69"),
    ("0005_programme.sql", "c4b5514e6a2ac65e11888ea854f0754317fe30490e13b6102307fd9fc6d1cb2ecc99f77839a3a6bfdfa08baa6cbd0f68"),
    ("0006_schedule_changes.sql", "b45147a7c904bfd6e80909b7db2647aca9ed0c316ebf656dc9207bf079fcbc4f386635ef393652d776e22f4d04d8932b"),
    ("0007_session_details.sql", "3530fc20d32781d72397ce4dfd0e876b00ac3fb81c2ee81c57e76256d39e0d1c27159d59c89f8c42c4e748a6810f0c80"),
    ("0008_consultations.sql", "5cf531c5bbd2fd20b0a089f4e9923da989cb1396616525936b98c3f637e430147c900db3626e1782dbf07abf99e8558e"),
    ("0009_outcomes.sql", "6ec4e5e95b81fb089a04f79dda17c2e3be283b06ff22ef7ea5f888a8a079b956f636d859d260bd651023848f5cb70b87"),
    ("0010_preferred_days.sql", "c451b775f501b684460a4815e40ee3827016befa25c43b8a7813b2f6329ce221c27b77a76b8cb3a9a2dc31d3d6964757"),
    ("0011_submission_edit_links.sql", "fd6540af3df6dd8e76247437f6719a3134f6498f5c1271d006171b2404a15bcf6ddf815a9ac890b71ec131e033800cab"),
    ("0012_groups.sql", "6acec4a36c36e88bfa42420464359b04b09af1ad1717951eeb0b43847260724153f8fd7f705797ad9c85ea14cbb1b519"),
    ("0013_federation.sql", "afa306e61ac80f0f702508a7dc8724596ccf2ab01a9b788d8c28598fa3e01b15aef8d9bcfa6113220aa3ad5c25bc8f58"),
    ("0014_session_transcripts.sql", "a17abd444bf87419db61c8df80fdeb62e48054d64e7dfd742206a046e6b98d3ae294c6e42112bbcd8f2e25ffb19008a2"),
    ("0015_staged_decisions.sql", "8a3908f9db23400ad58b0986127cc6527e286fd8809e7a4bc8e57f03c69fb425886976f98386845efa844869ea1de8a1"),
    ("0016_meeting.sql", "b5777619a05a8ad319aea1b6cac0b608d9556dc267c7b6783ab2b9bacf0cbdbd7e39fe89b27064f20692225aa9eaf3ad"),
    ("0018_stocktaking.sql", "202f2be4658413734245d80c17a4914d07773b26b6eaafba2dd9803e542296353c783ac0a70baf3bd5bd8b01d826a58b"),
    ("0019_schedule_fields.sql", "5e555682da11c5364642df52ffd554f807eb49b166ad0cb9ed98c319ab33d5cb5b7906e7e86016ab26229da343b43642"),
    ("0020_travel_support.sql", "55dc0dd92a8b0cf565e3dce1944f69e2243a01a0db7affb1910e2938536db15e01f44d169b8e09327c33cf02021031b8"),
    ("0021_bilaterals_and_village.sql", "ef3108dd7d97a3c3881bd602cfae47b8a1cd8398f94abc51cd33de79dfbe4680bde781b92f2a9b8d13719b970fe56d95"),
    ("0022_translations.sql", "7a1d870622d148d00d28c25fe3798c47fc20874e9fb4dc0f33df0d9c12eab1bf1a3cbdf734ece0d1f9224baed68fa21b"),
    ("0023_floor.sql", "ad165680a581cb8752a174ed1fa29b3c32b920e00f9243a9eb83cdfffd4ab7637007f6ca4fda05e844ec41a9240b2c60"),
    ("0024_tracks.sql", "1c0e14af590e38c672fe1fa7f432064843269418ec653a29a3d0c52ea24516776f07f65f5d2f6499dffd877c8f789077"),
];

const SHIPPED_POSTGRES: &[(&str, &str)] = &[
    ("0001_foundation.sql", "1a5b8cd6b10b56c9b26d97fcca53c98e7b2720db4b7dce2c8c37c5df9212e6fdfbabbfccbaa8c79eaf1fdaf40e8e2add"),
    ("0002_proposals.sql", "ba7bcb77e6ac109fa88d1ea5abd1cee325d7fabc381db2fa0f86e0a31ac841dde1b8dfea2bf3586060e58c1a20d9fd10"),
    ("0003_record_tree.sql", "fe8f9bd95cf86dc71ef2f46d4d8ae48c782abf091e2e631ba87a994eced35b6abf4f198a49cc2bb6b1349062219ae788"),
    ("0004_api_tokens.sql", "6b23da55d92b37be05d31795aa66c83ceec07a308cdd6f64f4840357e95eab4cd273f7ec9339463933606c4d1c10e273"),
    ("0005_programme.sql", "7df4b4584ebc88f2125be95f33bcd8676f5b1af077215a93a22792b080340facee3ef7248ae9de4895a499462e540d78"),
    ("0006_schedule_changes.sql", "8b2ff9065e7b4689ac9f26d6230bc41529ba81a96b9f044c9422f704fc168502b70273cea34901c309adaecac670e26b"),
    ("0007_session_details.sql", "2587b64f2976aa290d7524bb94467327fd29f6015a2215a66c46cf37484f44465247037c8f8a8ba765cb30a3286c64fc"),
    ("0008_consultations.sql", "81b69fce30049c6b965f286e7bef4117f0c2468b4d81c12a60fc19a99d385dcd85764718853c82df4f452efb1ab7dca4"),
    ("0009_outcomes.sql", "a472fa9246071f0552b9bb710648e5f46343b44e75e5542bc3031f7c674c047d62d70edf8c714b73d976c636887ec33c"),
    ("0010_preferred_days.sql", "c451b775f501b684460a4815e40ee3827016befa25c43b8a7813b2f6329ce221c27b77a76b8cb3a9a2dc31d3d6964757"),
    ("0011_submission_edit_links.sql", "fd6540af3df6dd8e76247437f6719a3134f6498f5c1271d006171b2404a15bcf6ddf815a9ac890b71ec131e033800cab"),
    ("0012_groups.sql", "7777b1926efaae257de5ed513050dc4b22e0bc74b6b94f8c4e81803108043723e838018eae44c6113add93212801f3f9"),
    ("0013_federation.sql", "d9276d1ce6101187dc64cc0ff8c7b6fb4a3e488cab984700ce746bc9546b0a09c628207054c352cd90266fe0f7b4766f"),
    ("0014_session_transcripts.sql", "2531547b01d375e2b3b4cc3437525465eb8b4779ccbc475fb1b1224a2455ef22960c9fee0645bc03bfdee6b930bf6972"),
    ("0015_staged_decisions.sql", "1bfa8e1f270724a80c1668c3f09030248cba8c3dc9aaf5c2ac93f635303e0f61eca4df7a11da9d8963076e92abbbd88a"),
    ("0016_meeting.sql", "4f98031d1351742b27433e2e0dad93d6f8b4b86a65bf48f087e509ae3965f33336f825d18e4d4a8196ddbb3b82dce3e7"),
    ("0018_stocktaking.sql", "a573d5f55d9444a799837ace304311896cea221294d18e21e459d2709532b8970d51b81cf86d395a3fbb6ef8f5d62854"),
    ("0019_schedule_fields.sql", "5e555682da11c5364642df52ffd554f807eb49b166ad0cb9ed98c319ab33d5cb5b7906e7e86016ab26229da343b43642"),
    ("0020_travel_support.sql", "abc79a506c9f5b3643928d4802d60d438fe83ca1cedc7cb2530ff20f3633f6f26f27f22051fe8675ead6e0a999c090cb"),
    ("0021_bilaterals_and_village.sql", "53cd760e6f5615cffa19fbf683d3d60ffe4ae0ccb32696293cb45c143327155492f9198f5a509222e9e62b41e5931677"),
    ("0022_translations.sql", "a93a92ac93faf915d05b582aea1498ad45f8d7256955a28633e1605a0aaf4b2b3cdde83ba924623597f241bb269dfbe7"),
    ("0023_floor.sql", "620c1ca71c3687456d48b209a8d30b34f87300b90f262899e05db77b98dd17de0088965f4bc26bc6058eeaa282d87248"),
    ("0024_tracks.sql", "1c0e14af590e38c672fe1fa7f432064843269418ec653a29a3d0c52ea24516776f07f65f5d2f6499dffd877c8f789077"),
];

fn migrations_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn shipped_migrations_are_unchanged() {
    let mut failures = Vec::new();
    let sqlite_files = agora_store::schema::read_migrations(&migrations_dir().join("sqlite")).unwrap();
    // PostgreSQL's migrations are the translations of the SQLite files, made at migration time.
    let postgres_files: Vec<(String, String)> = sqlite_files
        .iter()
        .map(|(name, sql)| (name.clone(), agora_store::schema::postgres_from_sqlite(sql).unwrap_or_else(|e| panic!("{name}: {e}"))))
        .collect();
    for (folder, shipped, migrator, files) in [
        ("sqlite", SHIPPED_SQLITE, sqlx::migrate!("./migrations/sqlite"), sqlite_files.clone()),
        ("postgres", SHIPPED_POSTGRES, agora_store::schema::postgres_migrator().unwrap(), postgres_files),
    ] {
        for (name, _) in shipped {
            if !files.iter().any(|(file, _)| file == name) {
                failures.push(format!("migrations/{folder}/{name} was released and is gone: put it back"));
            }
        }
        for (name, sql) in &files {
            let checksum = hex(&Sha384::digest(sql));
            // What is pinned is what sqlx checks: the checksum it compiled in for the file.
            let version: i64 = name[..name.find('_').unwrap()].parse().unwrap();
            if let Some(compiled) = migrator.iter().find(|m| m.version == version) {
                assert_eq!(hex(&compiled.checksum), checksum, "migrations/{folder}/{name}: sqlx's checksum is its SHA-384");
            }
            match shipped.iter().find(|(pinned, _)| pinned == name) {
                Some((_, pinned)) if *pinned != checksum => failures.push(format!(
                    "migrations/{folder}/{name} changed after its release: migrations are append-only, and sqlx refuses to start \
                     on a database that applied the old file. Undo the change and add a new migration instead"
                )),
                Some(_) => {}
                None => println!(
                    "migrations/{folder}/{name} is new; once it is released, pin it in crates/store/tests/migrations.rs: \
                     add (\"{name}\", \"{checksum}\") to SHIPPED_{}",
                    folder.to_uppercase()
                ),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The schema lines only SQLite has, each with why no migration removes it: SQLite accepts an INSERT that
/// PostgreSQL refuses, but every INSERT in crates/store/src gives the value (backup::restore gives every column
/// a backup holds, and a backup holds them all), so Agora never meets the difference.
///
/// A column declared `INTEGER PRIMARY KEY` is SQLite's rowid, filled when an INSERT leaves it out or gives NULL;
/// the PostgreSQL migrations make an identity only of `id` (see agora_store::schema). These other keys are a
/// one-to-one table's foreign key or a number the code computes, never left to the database; making SQLite
/// refuse them would mean rebuilding each table.
const SQLITE_ONLY_LENIENCY: &[(&str, &str)] = &[
    ("screenings: proposal_id filled by the database", "proposals::store_screening binds the proposal's id"),
    ("decisions: proposal_id filled by the database", "evaluation::decide binds the proposal's id"),
    ("record_leaves: leaf_index filled by the database", "record::sequence binds each leaf's place in the tree"),
    ("tree_heads: tree_size filled by the database", "record::store_head binds the signed tree's size"),
    ("report_reminders: session_id filled by the database", "reports::note_reminder binds the session's id"),
    ("nri_feeds: group_id filled by the database", "federation::subscribe binds the group's id"),
    ("session_transcripts: session_id filled by the database", "transcripts::save binds the session's id"),
    // A PRIMARY KEY that is not the rowid takes NULL on SQLite unless declared NOT NULL.
    ("spent_response_links: token_hash nullable", "recommendations::spend_link binds the hash, a &str"),
];

/// Migrates a fresh SQLite file and a fresh PostgreSQL database and compares what they hold.
#[tokio::test]
async fn sqlite_and_postgres_migrations_build_the_same_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite_db = Db::open(&format!("sqlite://{}", dir.path().join("schema.db").display())).await.unwrap();
    let sqlite = sqlite_schema(&sqlite_db).await;
    sqlite_db.close().await;

    // Without PostgreSQL, still check that SQLite fills no other key than `id` and the known ones.
    let leniency: BTreeSet<&str> = SQLITE_ONLY_LENIENCY.iter().map(|(line, _)| *line).collect();
    let unknown_keys: Vec<&String> = sqlite
        .iter()
        .filter(|l| l.ends_with(" filled by the database") && !l.contains(": id ") && !leniency.contains(l.as_str()))
        .collect();
    assert!(
        unknown_keys.is_empty(),
        "SQLite fills these keys when an INSERT leaves them out and PostgreSQL does not: {unknown_keys:?}. Name the \
         column id, or declare it BIGINT NOT NULL PRIMARY KEY, or list it in SQLITE_ONLY_LENIENCY with the INSERTs \
         that always give it"
    );

    let Ok(admin_url) = std::env::var("AGORA_TEST_POSTGRES_URL") else {
        println!("AGORA_TEST_POSTGRES_URL is not set: the PostgreSQL half of this test is skipped");
        return;
    };
    let postgres = postgres_schema(&admin_url).await;

    let only_sqlite: BTreeSet<&str> = sqlite.difference(&postgres).map(String::as_str).collect();
    let unexplained: Vec<&str> = only_sqlite.difference(&leniency).copied().collect();
    let only_postgres: Vec<&str> = postgres.difference(&sqlite).map(String::as_str).collect();
    if !unexplained.is_empty() || !only_postgres.is_empty() {
        let list = |lines: &[&str]| lines.iter().map(|l| format!("\n    {l}")).collect::<String>();
        panic!(
            "the migrations build different schemas\n  only on SQLite:{}\n  only on PostgreSQL:{}",
            list(&unexplained),
            list(&only_postgres)
        );
    }
    let stale: Vec<&&str> = leniency.difference(&only_sqlite).collect();
    assert!(stale.is_empty(), "no longer a difference, remove from SQLITE_ONLY_LENIENCY: {stale:?}");
}

/// A schema as comparable lines, one per column, nullable column, database-filled key, primary key, foreign
/// key, unique constraint or index (indexes by their columns: SQLite names its automatic ones otherwise).
type Schema = BTreeSet<String>;

fn column(table: &str, position: usize, name: &str, kind: &str) -> String {
    format!("{table}: column {position:02} {name} {kind}")
}

fn index(table: &str, unique: bool, columns: &str, partial: bool) -> String {
    format!("{table}: {} ({columns}){}", if unique { "unique" } else { "index" }, if partial { " partial" } else { "" })
}

/// The type family of an SQLite declared type, by SQLite's affinity rules (sqlite.org/datatype3.html 3.1).
fn sqlite_kind(declared: &str) -> &'static str {
    let t = declared.to_ascii_uppercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&["INT"]) {
        "integer"
    } else if has(&["CHAR", "CLOB", "TEXT"]) {
        "text"
    } else if t.is_empty() || has(&["BLOB"]) {
        "blob"
    } else if has(&["REAL", "FLOA", "DOUB"]) {
        "real"
    } else {
        "numeric"
    }
}

fn postgres_kind(data_type: &str) -> &str {
    match data_type {
        "bigint" | "integer" | "smallint" => "integer",
        "double precision" | "real" => "real",
        "text" | "character varying" | "character" => "text",
        "bytea" => "blob",
        other => other,
    }
}

async fn sqlite_schema(db: &Db) -> Schema {
    let mut conn = db.acquire().await.unwrap();
    let mut schema = Schema::new();
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    for table in &tables {
        let columns: Vec<(String, String, i64, i64)> =
            sqlx::query_as("SELECT name, type, \"notnull\", pk FROM pragma_table_info($1) ORDER BY cid")
                .bind(table)
                .fetch_all(&mut *conn)
                .await
                .unwrap();
        let mut key: Vec<&(String, String, i64, i64)> = columns.iter().filter(|c| c.3 > 0).collect();
        key.sort_by_key(|c| c.3);
        // A lone INTEGER PRIMARY KEY is the rowid: never NULL, filled when not given.
        let rowid = match key[..] {
            [(name, declared, _, _)] if declared.eq_ignore_ascii_case("INTEGER") => Some(name),
            _ => None,
        };
        for (i, (name, declared, not_null, _)) in columns.iter().enumerate() {
            schema.insert(column(table, i + 1, name, sqlite_kind(declared)));
            if rowid == Some(name) {
                schema.insert(format!("{table}: {name} filled by the database"));
            } else if *not_null == 0 {
                schema.insert(format!("{table}: {name} nullable"));
            }
        }
        if !key.is_empty() {
            schema.insert(format!("{table}: primary key ({})", key.iter().map(|c| c.0.as_str()).collect::<Vec<_>>().join(", ")));
        }
        let references: Vec<(i64, String, String, Option<String>)> =
            sqlx::query_as("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list($1) ORDER BY id, seq")
                .bind(table)
                .fetch_all(&mut *conn)
                .await
                .unwrap();
        let mut foreign_keys: BTreeMap<i64, (String, Vec<String>, Vec<String>)> = BTreeMap::new();
        for (id, parent, from, to) in references {
            let fk = foreign_keys.entry(id).or_insert_with(|| (parent, Vec::new(), Vec::new()));
            fk.1.push(from);
            fk.2.push(to.unwrap_or_default());
        }
        for (parent, from, to) in foreign_keys.values() {
            schema.insert(format!("{table}: foreign key ({}) references {parent} ({})", from.join(", "), to.join(", ")));
        }
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list($1)")
                .bind(table)
                .fetch_all(&mut *conn)
                .await
                .unwrap();
        // The primary key's index (origin "pk") is the primary key line already.
        for (name, unique, _, partial) in indexes.iter().filter(|(_, _, origin, _)| origin != "pk") {
            let columns: Vec<String> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno").bind(name).fetch_all(&mut *conn).await.unwrap();
            schema.insert(index(table, *unique == 1, &columns.join(", "), *partial == 1));
        }
    }
    schema
}

/// Creates the database `agora_schema_<pid>` on the test server, migrates it, reads its schema and drops it.
async fn postgres_schema(admin_url: &str) -> Schema {
    sqlx::any::install_default_drivers();
    let name = format!("agora_schema_{}", std::process::id());
    let mut admin = sqlx::AnyConnection::connect(admin_url).await.expect("connect to the test PostgreSQL server");
    for sql in [format!("DROP DATABASE IF EXISTS {name}"), format!("CREATE DATABASE {name}")] {
        sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut admin).await.unwrap();
    }
    let (server, _) = admin_url.rsplit_once('/').expect("a PostgreSQL URL ends with /DATABASE");
    let db = Db::open(&format!("{server}/{name}")).await.unwrap();
    let schema = read_postgres_schema(&db).await;
    db.close().await;
    sqlx::query(sqlx::AssertSqlSafe(format!("DROP DATABASE {name} WITH (FORCE)"))).execute(&mut admin).await.unwrap();
    schema
}

async fn read_postgres_schema(db: &Db) -> Schema {
    let mut conn = db.acquire().await.unwrap();
    let mut schema = Schema::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()
         AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_sqlx%'",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    // The names of an index's or a constraint's columns, in order.
    let names = |keys: &str, table: &str| {
        format!(
            "(SELECT string_agg(a.attname, ', ' ORDER BY k.n) FROM unnest({keys}) WITH ORDINALITY AS k(attnum, n)
              JOIN pg_attribute a ON a.attrelid = {table} AND a.attnum = k.attnum)"
        )
    };
    for table in &tables {
        let columns: Vec<(String, String, String, String)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable::text,
                    CASE WHEN is_identity = 'YES' OR column_default LIKE 'nextval(%' THEN 'filled' ELSE '' END
             FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind(table)
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        for (i, (name, data_type, nullable, filled)) in columns.iter().enumerate() {
            schema.insert(column(table, i + 1, name, postgres_kind(data_type)));
            if filled == "filled" {
                schema.insert(format!("{table}: {name} filled by the database"));
            } else if nullable == "YES" {
                schema.insert(format!("{table}: {name} nullable"));
            }
        }
        let indexes: Vec<(String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT CASE WHEN i.indisprimary THEN 'primary key' WHEN i.indisunique THEN 'unique' ELSE 'index' END,
                    {}, CASE WHEN i.indpred IS NULL THEN '' ELSE 'partial' END
             FROM pg_index i WHERE i.indrelid = $1::text::regclass",
            names("i.indkey::int2[]", "i.indrelid")
        )))
        .bind(table)
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        for (kind, columns, partial) in indexes {
            schema.insert(match kind.as_str() {
                "primary key" => format!("{table}: primary key ({columns})"),
                _ => index(table, kind == "unique", &columns, partial == "partial"),
            });
        }
        let foreign_keys: Vec<(String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {}, c.confrelid::regclass::text, {} FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = $1::text::regclass",
            names("c.conkey", "c.conrelid"),
            names("c.confkey", "c.confrelid")
        )))
        .bind(table)
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        for (from, parent, to) in foreign_keys {
            schema.insert(format!("{table}: foreign key ({from}) references {parent} ({to})"));
        }
    }
    schema
}
