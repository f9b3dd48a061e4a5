//! The public record as a verifiable log: signed tree heads, proofs, and `agora verify` catching an edited,
//! deleted or reordered entry made directly in the database.

use crate::support::*;
use agora_domain::record::{entry_bytes, leaf_hash, to_hex};
use std::time::{Duration, Instant};

/// Waits until the signed head covers every entry of the record (the signer runs every second in tests).
async fn signed_head(server: &Server, at_least: u64) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let head = server.client().get("/api/record/head").await;
        if head.status == 200 && head.json()["tree_size"].as_u64().unwrap_or(0) >= at_least {
            return head.json();
        }
        assert!(Instant::now() < deadline, "no signed head of {at_least} entries: {}", head.body);
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn verify(server: &Server, state: &std::path::Path) -> (bool, String) {
    let out = agora().args(["verify", &server.url, "--state"]).arg(state).output().unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

async fn execute(server: &Server, sql: &str) {
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&server.database).await.expect("open the database");
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&mut conn).await.expect("tamper");
}

#[tokio::test]
async fn verification_passes_on_an_honest_log_and_names_every_tampered_entry() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("head.json");
    registered_participant(&server, "Ruth Chebet", "ruth@example.org").await;
    let first = signed_head(&server, 1).await;
    let (ok, out) = verify(&server, &state);
    assert!(ok, "{out}");
    assert!(out.contains("verified:"), "{out}");

    // The log grows; the next check proves the new tree extends the one seen before.
    for (name, email) in
        [("Peter Onyango", "peter@example.org"), ("Lucy Wekesa", "lucy@example.org"), ("Joseph Barasa", "joseph@example.org")]
    {
        registered_participant(&server, name, email).await;
    }
    let size = first["tree_size"].as_u64().unwrap();
    let second = signed_head(&server, size + 3).await;
    let (ok, out) = verify(&server, &state);
    assert!(ok && out.contains("consistent with the head seen before"), "{out}");

    // Proofs for what does not exist say why.
    let n = second["tree_size"].as_u64().unwrap();
    let missing = server.client().get(&format!("/api/record/proof/inclusion?leaf_index={n}&tree_size={n}")).await;
    assert_eq!(missing.status, 404);
    assert!(missing.json()["detail"].as_str().unwrap().contains(&format!("no entry {n} in the tree of size {n}")));
    assert_eq!(server.client().get(&format!("/api/record/proof/consistency?first=1&second={}", n + 50)).await.status, 404);
    assert_eq!(server.client().get("/api/record/entries?start=5&end=1").await.status, 400);
    assert_eq!(server.client().get("/api/record/proof/inclusion?leaf_index=x&tree_size=1").await.status, 400);

    // An entry edited directly in the database is named.
    execute(&server, "UPDATE public_record SET payload = '{\"role\":\"admin\"}' WHERE leaf_index = 2").await;
    let (ok, out) = verify(&server, &dir.path().join("fresh.json"));
    assert!(!ok, "{out}");
    assert!(out.contains("entry 2 (record id") && out.contains("edited or moved"), "{out}");
    // A deleted one is named, and so are two swapped ones.
    execute(&server, "DELETE FROM public_record WHERE leaf_index = 4").await;
    let (_, out) = verify(&server, &dir.path().join("fresh.json"));
    assert!(out.contains("entry 4 is missing"), "{out}");
    assert_eq!(out.matches("missing").count(), 1, "{out}");
    execute(&server, "UPDATE public_record SET leaf_index = -1 WHERE leaf_index = 0").await;
    execute(&server, "UPDATE public_record SET leaf_index = 0 WHERE leaf_index = 1").await;
    execute(&server, "UPDATE public_record SET leaf_index = 1 WHERE leaf_index = -1").await;
    let (_, out) = verify(&server, &dir.path().join("fresh.json"));
    assert!(out.contains("entry 0 (record id") && out.contains("entry 1 (record id"), "{out}");
    // The state saved from the honest run still holds the last good head: a rewritten history cannot pass it.
    let (ok, _) = verify(&server, &state);
    assert!(!ok);
}

/// Appends `count` entries straight into the database (thousands, faster than making them through the forum),
/// and waits for a signed head that covers them.
async fn fill_record(server: &Server, count: u64) -> u64 {
    execute(
        server,
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count}) \
             INSERT INTO public_record (at, kind, subject_type, subject_id, payload) SELECT 1767225600, 'test.filler', 'filler', i, '{{}}' FROM n"
        ),
    )
    .await;
    signed_head(server, count).await["tree_size"].as_u64().unwrap()
}

fn failures(out: &str) -> Vec<&str> {
    out.lines().filter(|l| l.starts_with("FAILED: ")).collect()
}

#[tokio::test]
async fn a_deleted_entry_is_named_once_wherever_the_pages_of_entries_fall() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let size = fill_record(&server, 2500).await;
    // The last entry of the first page of a thousand, a run of three, and the very last.
    execute(&server, &format!("DELETE FROM public_record WHERE leaf_index IN (999, 1500, 1501, 1502, {})", size - 1)).await;
    let (ok, out) = verify(&server, &dir.path().join("state.json"));
    assert!(!ok, "{out}");
    assert_eq!(
        failures(&out),
        [
            "FAILED: entry 999 is missing: deleted from the record".to_string(),
            "FAILED: entries 1500 to 1502 are missing: deleted from the record".to_string(),
            format!("FAILED: entry {} is missing: deleted from the record", size - 1),
        ],
        "{out}"
    );
}

#[tokio::test]
async fn an_entry_edited_along_with_its_stored_leaf_hash_is_named_from_the_state_of_an_earlier_run() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("head.json");
    for (name, email) in [("Amina Yusuf", "amina@example.org"), ("Tomas Lind", "tomas@example.org"), ("Mei Chen", "mei@example.org")] {
        registered_participant(&server, name, email).await;
    }
    signed_head(&server, 3).await;
    let (ok, out) = verify(&server, &state);
    assert!(ok, "{out}");

    // The attacker edits entry 2 and stores its new leaf hash, so the forum's proofs agree with the edit.
    execute(&server, "UPDATE public_record SET payload = '{\"role\":\"admin\"}' WHERE leaf_index = 2").await;
    let edited = server.client().get("/api/record/entries?start=2&end=3").await.json()[0].clone();
    let field = |name: &str| edited[name].as_str().unwrap().to_string();
    let number = |name: &str| edited[name].as_i64().unwrap();
    let bytes = entry_bytes(number("id"), number("at"), &field("kind"), &field("subject_type"), number("subject_id"), &field("payload"));
    execute(&server, &format!("UPDATE record_leaves SET leaf_hash = '{}' WHERE leaf_index = 2", to_hex(&leaf_hash(&bytes)))).await;
    // The record grows after the edit, honestly.
    let size = signed_head(&server, 1).await["tree_size"].as_u64().unwrap();
    registered_participant(&server, "Kofi Mensah", "kofi@example.org").await;
    signed_head(&server, size + 1).await;

    // Without an earlier run's state, the edit is found but cannot be singled out, and no entry is blamed wrongly.
    let (ok, out) = verify(&server, &dir.path().join("fresh.json"));
    assert!(!ok, "{out}");
    assert!(!out.contains("(record id") && out.contains("neither do the forum's own hashes") && out.contains("--state"), "{out}");
    // With it, exactly the edited entry is named, and the signed heads are still consistent.
    let (ok, out) = verify(&server, &state);
    assert!(!ok, "{out}");
    let failed = failures(&out);
    assert!(failed.len() == 1 && failed[0].starts_with("FAILED: entry 2 (record id") && failed[0].contains("edited or moved"), "{out}");
    assert!(out.contains("consistent with the head seen before"), "{out}");
}

#[tokio::test]
async fn a_tampered_record_of_thousands_of_entries_is_checked_with_few_requests() {
    let server = Server::start().await;
    let dir = tempfile::tempdir().unwrap();
    fill_record(&server, 3000).await;
    execute(&server, "UPDATE public_record SET payload = '{\"role\":\"admin\"}' WHERE leaf_index = 1234").await;
    let proofs_before = inclusion_proofs_served(&server).await;
    let (ok, out) = verify(&server, &dir.path().join("state.json"));
    assert!(!ok, "{out}");
    let failed = failures(&out);
    assert!(failed.len() == 1 && failed[0].starts_with("FAILED: entry 1234 (record id"), "{out}");
    // A proof per entry (3,000 requests, minutes) before; pages of a thousand entries and a search down the tree now.
    let proofs = inclusion_proofs_served(&server).await - proofs_before;
    assert!(proofs <= 40, "verify asked {proofs} inclusion proofs for one edited entry among 3,000");
}

/// How many inclusion proofs the server has answered, from its Prometheus metrics.
async fn inclusion_proofs_served(server: &Server) -> u64 {
    let metrics = server.client().get("/metrics").await.body;
    metrics
        .lines()
        .filter(|l| l.starts_with("agora_http_requests_total{") && l.contains("route=\"/api/record/proof/inclusion\""))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<u64>().ok())
        .sum()
}

#[tokio::test]
async fn the_record_page_shows_the_head_and_how_to_verify() {
    let server = Server::start().await;
    registered_participant(&server, "Esther Nakato", "esther@example.org").await;
    // The signer may sign a newer head at any moment: compare the page with a head that did not move around it.
    let deadline = Instant::now() + Duration::from_secs(20);
    let (head, page) = loop {
        let before = signed_head(&server, 1).await;
        let page = server.client().get("/record").await;
        if signed_head(&server, 1).await == before {
            break (before, page);
        }
        assert!(Instant::now() < deadline, "the signed head never held still");
    };
    assert_eq!(page.status, 200);
    assert!(page.body.contains(head["root_hash"].as_str().unwrap()) && page.body.contains("agora verify"));
    assert!(!page.body.contains("esther@example.org"), "the record holds no personal data");
}

#[tokio::test]
async fn open_data_feeds_and_linked_data_cover_the_public_record() {
    let server = Server::start_with(true).await;
    let client = server.client();
    assert_eq!(client.get("/open-data").await.status, 200);
    let dictionary = client.get("/open-data/dictionary.json").await.json();
    let datasets = dictionary["datasets"].as_array().unwrap();
    assert!(datasets.len() >= 8);
    for dataset in datasets {
        let name = dataset["dataset"].as_str().unwrap();
        let fields: Vec<&str> = dataset["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        let csv = client.get(&format!("/open-data/{name}.csv")).await;
        assert_eq!(csv.status, 200, "{name}");
        assert!(csv.body.starts_with(&format!("{}\r\n", fields.join(","))), "{name}: the CSV header is the dictionary's fields");
        let jsonl = client.get(&format!("/open-data/{name}.jsonl")).await;
        for line in jsonl.body.lines() {
            let row: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}: {e}: {line}"));
            assert!(fields.iter().all(|f| row.get(*f).is_some()), "{name}: every dictionary field in {line}");
        }
        assert!(!jsonl.body.contains("@demo.agora.example"), "{name}: no email addresses in open data");
    }
    assert_eq!(client.get("/open-data/proposals.jsonl").await.body.lines().count(), 520, "400 this year and 120 last year");
    let page = client.get("/api/cycles/1/proposals?limit=50&format=flash").await;
    let rows = page.json();
    assert!(!rows.as_array().unwrap().is_empty() && rows.as_array().unwrap().iter().all(|r| r["format"] == "flash"));
    let all = client.get("/api/cycles/1/proposals?limit=150").await;
    assert_eq!(all.json().as_array().unwrap().len(), 150);
    assert!(all.headers["link"].to_str().unwrap().contains("cursor="));
    assert_eq!(client.get("/open-data/secrets.csv").await.status, 404);

    let feed = client.get("/feeds/proposals.atom").await;
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let xml = scraper::Html::parse_fragment(&feed.body);
    let titles: Vec<String> = xml.select(&scraper::Selector::parse("entry > title").unwrap()).map(|t| t.text().collect()).collect();
    assert!(!titles.is_empty() && titles.iter().all(|t| t.contains("proposal")), "{titles:?}");
    assert_eq!(client.get("/feeds/everything.atom").await.status, 404);

    let org = client.get("/organizations/1").await;
    let ld =
        org.html().select(&scraper::Selector::parse("script[type='application/ld+json']").unwrap()).next().expect("JSON-LD").inner_html();
    let ld: serde_json::Value = serde_json::from_str(&ld).unwrap();
    assert_eq!((ld["@context"].as_str(), ld["@type"].as_str()), (Some("https://schema.org"), Some("Organization")));
    let event = client.get("/cycles/1").await;
    assert!(event.body.contains("\"@type\":\"Event\""));
}
