//! What operators rely on: health and readiness probes, Prometheus metrics by route with the queues' depths.

use crate::support::*;
use std::time::{Duration, Instant};

#[tokio::test]
async fn probes_and_metrics() {
    let server = Server::start().await;
    let client = server.client();
    assert_eq!(client.get("/healthz").await.body, "ok");
    assert_eq!(client.get("/readyz").await.status, 200);
    assert_eq!(client.get("/groups").await.status, 200);
    assert_eq!(client.get("/groups/999").await.status, 404);
    let metrics = client.get("/metrics").await;
    assert!(metrics.headers["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    let body = metrics.body;
    for line in [
        "agora_http_requests_total{method=\"GET\",route=\"/groups\",status=\"2xx\"} 1",
        "agora_http_requests_total{method=\"GET\",route=\"/groups/{id}\",status=\"4xx\"} 1",
        "agora_http_request_duration_seconds_count{method=\"GET\",route=\"/groups\"} 1",
        "# TYPE agora_mail_pending gauge",
        "# TYPE agora_record_unsequenced gauge",
        "agora_submissions_waiting 0",
    ] {
        assert!(body.contains(line), "missing {line:?} in\n{body}");
    }
}

#[tokio::test]
async fn a_backup_taken_under_write_load_restores_every_table() {
    let server = Server::start().await;
    let writer = registered_participant(&server, "Wanjiru Kamau", "wanjiru@example.org").await;
    let group = writer.submit("/groups/new", "/groups", &[("kind", "working-group"), ("name", "Working group on backups")]).await;
    let path = group.location.clone().unwrap();
    // Threads keep being started while the backup runs.
    let threads = format!("{path}/threads");
    let load = tokio::spawn(async move {
        for i in 0..60 {
            let reply = writer.submit(&threads, &threads, &[("title", &format!("Thread {i}")), ("body", "Text.")]).await;
            assert_eq!(reply.status, 303, "{}", reply.body);
        }
    });
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backup.jsonl");
    agora_ok(&["backup", "--database", &server.database, "--output", file.to_str().unwrap()]);
    load.await.unwrap();
    let backup = std::fs::read_to_string(&file).unwrap();
    let tables = tables_of(&backup);
    assert!(tables.len() > 50, "every table is in the backup");
    // One snapshot: each thread's post count matches the posts the backup holds, whatever was written meanwhile.
    let posts = &tables["group_posts"];
    for thread in &tables["group_threads"] {
        let (id, count) = (thread[0].as_i64().unwrap(), thread[6].as_i64().unwrap());
        assert_eq!(posts.iter().filter(|p| p[1].as_i64() == Some(id)).count() as i64, count, "thread {id}");
    }

    // Restored into a new database (the same backend as the tests run on), it backs up to the same lines.
    let target = fresh_database(dir.path()).await;
    agora_ok(&["restore", "--database", &target, "--input", file.to_str().unwrap()]);
    let again = dir.path().join("again.jsonl");
    agora_ok(&["backup", "--database", &target, "--output", again.to_str().unwrap()]);
    assert_eq!(tables_of(&std::fs::read_to_string(&again).unwrap()), tables, "every table restored as it was");

    // A second restore into the now full database is refused, as is a file that is not a backup.
    let refused = agora().args(["restore", "--database", &target, "--input", file.to_str().unwrap()]).output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("already has participants"));
    let other = dir.path().join("other.jsonl");
    std::fs::write(&other, "{\"format\": \"something else\"}\n").unwrap();
    let fresh = dir.path().join("fresh.db");
    let bad = agora()
        .args(["restore", "--database", &format!("sqlite://{}", fresh.display()), "--input", other.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("line 1 of the backup: not an Agora backup"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

#[tokio::test]
async fn two_nodes_on_one_database_behave_as_one_site_and_search_alike() {
    let server = Server::start().await;
    let second = server.another_node().await;
    // Registered through one node, verified and logged in through the other.
    let first_client = server.client();
    assert_eq!(first_client.register("Amina Diallo", "amina@example.org", &[]).await.status, 303);
    let link = server.mail.link_for("amina@example.org", "/verify/").await;
    let amina = second.client();
    assert_eq!(amina.get(&link).await.status, 303);
    assert_eq!(amina.login("amina@example.org", PASSWORD).await.status, 303);
    // A public change through the second node shows on the first, whose cached pages follow the public record.
    let before = server.client().get("/groups").await;
    assert!(!before.body.contains("Working group on resilience"));
    let created = amina.submit("/groups/new", "/groups", &[("kind", "working-group"), ("name", "Working group on resilience")]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location.clone().unwrap();
    assert_eq!(amina.submit(&path, &format!("{path}/publish"), &[]).await.status, 303);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !server.client().get("/groups").await.body.contains("Working group on resilience") {
        assert!(Instant::now() < deadline, "the first node never showed the second node's change");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A post made through the second node is found by the first node's own search index, which tails the record.
    let threads = format!("{path}/threads");
    let posted = amina.submit(&threads, &threads, &[("title", "Grid outages"), ("body", "Microgrids kept the exchange point up.")]).await;
    assert_eq!(posted.status, 303, "{}", posted.body);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let found = server.client().get("/api/search?q=microgrids").await.json();
        if found["total"].as_u64() == Some(1) {
            break;
        }
        assert!(Instant::now() < deadline, "the first node's index never found the post: {found}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Both nodes' mail workers share one outbox: each mail goes out once.
    for i in 0..8 {
        let node = if i % 2 == 0 { server.client() } else { second.client() };
        assert_eq!(node.register(&format!("Person {i}"), &format!("person{i}@example.org"), &[]).await.status, 303);
    }
    for i in 0..8 {
        server.mail.nth_to(&format!("person{i}@example.org"), 1).await;
    }
    tokio::time::sleep(Duration::from_secs(6)).await; // both workers have had a round since
    let mails = server.mail.all();
    for i in 0..8 {
        let to = format!("person{i}@example.org");
        assert_eq!(mails.iter().filter(|m| m.to.contains(&to)).count(), 1, "{to} got one verification mail");
    }
}

/// `agora verify` passes the moment a forum answers: a tree head is signed before the first request, on a fresh
/// forum and on the demo (whose entries were all written before the server started).
#[tokio::test]
async fn a_forum_passes_verify_the_moment_it_answers() {
    for demo in [false, true] {
        let server = Server::start_with(demo).await;
        let dir = tempfile::tempdir().unwrap();
        let out = agora().args(["verify", &server.url, "--state"]).arg(dir.path().join("state.json")).output().unwrap();
        let printed = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "demo {demo}: {printed}");
    }
}
