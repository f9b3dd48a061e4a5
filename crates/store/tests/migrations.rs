//! The migrations as shipped: files never change once released.

use sha2::{Digest, Sha384};
use std::path::Path;

/// The SHA-384 of every released migration file: the checksum sqlx stores in `_sqlx_migrations`, and refuses to
/// start on when the file no longer has it.
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
    for (folder, shipped, migrator) in [
        ("sqlite", SHIPPED_SQLITE, sqlx::migrate!("./migrations/sqlite")),
        ("postgres", SHIPPED_POSTGRES, sqlx::migrate!("./migrations/postgres")),
    ] {
        let files = agora_store::schema::read_migrations(&migrations_dir().join(folder)).unwrap();
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
