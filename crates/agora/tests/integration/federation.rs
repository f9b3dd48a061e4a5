//! NRI federation between two forums on loopback: a national IGF files its annual report and publishes its signed
//! feed; the global IGF subscribes its NRI group to the feed with the NRI's pinned key, fetches it and shows the
//! report. A tampered feed, a feed signed with another key than the pinned one and an unreachable address are
//! refused: nothing of them is stored, and the refusal is shown with its time and goes on the public record.

use crate::support::*;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn secretariat(server: &Server, email: &str) -> Client {
    let client = registered_participant(server, "Sam Secretariat", email).await;
    grant(server, email, "secretariat");
    client
}

/// Creates a published NRI group on the global forum; returns its id.
async fn nri_group(global: &Client, name: &str, country: &str) -> i64 {
    let fields = [
        ("kind", "nri"),
        ("name", name),
        ("country", country),
        ("nri_level", "national"),
        ("contact_email", "focal.point@example.org"),
        ("open_membership", "on"),
    ];
    let created = global.submit("/groups/new?kind=nri", "/groups", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.location.unwrap().rsplit('/').next().unwrap().parse().unwrap()
}

/// Serves one fixed body to every request, as a feed host would (HTTP/1.1, closing after each answer).
async fn serve_fixed(body: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/federation/feed.json", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let body = body.clone();
            tokio::spawn(async move {
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(body.as_bytes()).await;
                let _ = socket.shutdown().await;
            });
        }
    });
    url
}

/// Waits until the public record (as its API serves it, once sequenced) holds an entry of `kind` about `subject`.
async fn on_the_record(server: &Server, kind: &str, subject: i64) -> serde_json::Value {
    let client = server.client();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let head = client.get("/api/record/head").await;
        if head.status == 200 {
            let size = head.json()["tree_size"].as_i64().unwrap();
            let entries = client.get(&format!("/api/record/entries?start={}&end={size}", (size - 1000).max(0))).await.json();
            if let Some(e) = entries.as_array().unwrap().iter().find(|e| e["kind"] == kind && e["subject_id"] == subject) {
                return e.clone();
            }
        }
        assert!(Instant::now() < deadline, "no {kind} entry about {subject} on the record");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

async fn subscribe(global: &Client, group: i64, url: &str, key: &str) -> Reply {
    let page = format!("/groups/{group}/feed");
    global.submit(&page, &page, &[("url", url), ("public_key", key)]).await
}

async fn fetch(global: &Client, group: i64) {
    let page = format!("/groups/{group}/feed");
    let fetched = global.submit(&page, &format!("{page}/fetch"), &[]).await;
    assert_eq!(fetched.status, 303, "{}", fetched.body);
}

#[tokio::test]
async fn federation_a_global_forum_shows_a_verified_nri_feed_and_refuses_bad_ones() {
    let (nri, global) = tokio::join!(Server::start(), Server::start());
    let (kenya, igf) = tokio::join!(secretariat(&nri, "secretariat@kigf.example"), secretariat(&global, "secretariat@igf.example"));

    // The NRI says who it is and files its annual report (a bad year is returned with the text kept).
    let identity = kenya.submit("/federation", "/federation/identity", &[("country", "KE"), ("nri_level", "national")]).await;
    assert_eq!(identity.status, 303, "{}", identity.body);
    let text = "Kenya IGF 2026, the 15th meeting, Nairobi, 2–3 July. Preparatory process: open call for issues.";
    let bad = kenya.submit("/federation", "/federation/reports", &[("year", "next"), ("text", text)]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("error-summary") && bad.body.contains("href=\"#year\"") && bad.body.contains("Nairobi, 2–3 July"));
    let filed = kenya.submit("/federation", "/federation/reports", &[("year", "2026"), ("text", text)]).await;
    assert_eq!(filed.status, 303, "{}", filed.body);
    let page = kenya.get("/federation").await;
    assert!(page.body.contains("Annual report 2026"), "{}", page.body);
    // … and a recommendation to a body of its registry, which its feed carries with the body's status.
    let body = nri.client().get("/api/bodies").await.json()[0].clone();
    let fields = [
        ("title", "Open spectrum for community networks"),
        ("text", "License community networks at no cost."),
        ("source", "report"),
        ("bodies", &body["id"].to_string()),
    ];
    let recommended = kenya.submit("/recommendations/new", "/recommendations", &fields).await;
    assert_eq!(recommended.status, 303, "{}", recommended.body);
    let key = page.texts("#public-key").pop().unwrap();
    let fingerprint = page.texts("#fingerprint").pop().unwrap();
    assert_eq!(key.len(), 44);

    // The feed is public, signed with that key, and carries the report and the forum's identity.
    let feed = nri.client().get("/federation/feed.json").await;
    assert_eq!(feed.status, 200);
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("application/json"));
    let document = feed.json();
    assert_eq!(document["format"], "agora-nri-feed/1");
    assert_eq!(document["signature"]["alg"], "ed25519");
    assert_eq!(document["signature"]["key"], key.as_str());
    assert_eq!(document["payload"]["forum"]["country"], "KE");
    assert_eq!(document["payload"]["forum"]["url"], nri.url.as_str());
    assert_eq!(document["payload"]["annual_reports"][0]["year"], 2026);
    let recommendation = &document["payload"]["recommendations"][0];
    assert_eq!(recommendation["title"], "Open spectrum for community networks");
    assert_eq!(recommendation["addressed"][0]["body"], body["name"]);
    let feed_url = format!("{}/federation/feed.json", nri.url);

    // The global forum's NRI group subscribes with the pinned key; a key that is not one is refused at the form.
    let group = nri_group(&igf, "Kenya Internet Governance Forum", "KE").await;
    let bad_key = subscribe(&igf, group, &feed_url, "not a key").await;
    assert_eq!(bad_key.status, 422);
    assert!(bad_key.body.contains("href=\"#public_key\"") && bad_key.body.contains(&feed_url));
    assert_eq!(subscribe(&igf, group, &feed_url, &key).await.status, 303);
    // (The worker fetches every 2 seconds in the tests: it may have been quicker than this page.)
    let pending = igf.get(&format!("/groups/{group}/feed")).await;
    assert!(["Not fetched yet", "Verified"].contains(&pending.texts("#feed-status")[0].as_str()));
    assert!(pending.body.contains(&fingerprint));

    fetch(&igf, group).await;
    let shown = igf.get(&format!("/groups/{group}/feed")).await;
    assert_eq!(shown.texts("#feed-status"), ["Verified"], "{}", shown.body);
    assert!(shown.body.contains("Annual report 2026") && shown.body.contains("Nairobi, 2–3 July"), "{}", shown.body);
    let api = igf.get(&format!("/api/groups/{group}/feed")).await.json();
    assert_eq!(api["items"].as_array().unwrap().len(), 2, "{api}");
    assert!(shown.body.contains("Open spectrum for community networks") && shown.body.contains(body["name"].as_str().unwrap()));
    assert!(api["items"].as_array().unwrap().iter().any(|i| i["kind"] == "annual-report" && i["item"]["year"] == 2026), "{api}");
    on_the_record(&global, "nri-feed.accepted", group).await;

    // A new report on the NRI reaches the global forum by itself: the worker fetches every subscribed feed.
    let filed = kenya.submit("/federation", "/federation/reports", &[("year", "2025"), ("text", "Kenya IGF 2025 in Mombasa.")]).await;
    assert_eq!(filed.status, 303);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !igf.get(&format!("/groups/{group}/feed")).await.body.contains("Kenya IGF 2025 in Mombasa.") {
        assert!(Instant::now() < deadline, "the worker did not fetch the changed feed");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    // A tampered copy of the genuine feed, served from elsewhere, under the right key: refused on its signature.
    let mut tampered = nri.client().get("/federation/feed.json").await.json();
    tampered["payload"]["annual_reports"][0]["text"] = "Kenya IGF 2026 was cancelled.".into();
    let tampered_url = serve_fixed(tampered.to_string()).await;
    let other = nri_group(&igf, "Uganda Internet Governance Forum", "UG").await;
    assert_eq!(subscribe(&igf, other, &tampered_url, &key).await.status, 303);
    fetch(&igf, other).await;
    let refused = igf.get(&format!("/groups/{other}/feed")).await;
    assert_eq!(refused.texts("#feed-status"), ["Refused"]);
    let error = refused.texts("#feed-error").pop().unwrap();
    assert!(error.contains("Feed refused on") && error.contains("the feed was altered after it was signed"), "{error}");
    assert!(!refused.body.contains("cancelled") && refused.body.contains("Nothing has been received from this NRI yet."));
    let entry = on_the_record(&global, "nri-feed.refused", other).await;
    assert!(entry["payload"].as_str().unwrap().contains("\"reason\":\"signature\""), "{entry}");

    // The genuine feed under a pinned key that is not the NRI's (the global forum's own): refused, nothing stored.
    let own_key = igf.get("/federation").await.texts("#public-key").pop().unwrap();
    assert_ne!(own_key, key);
    assert_eq!(subscribe(&igf, other, &feed_url, &own_key).await.status, 303);
    fetch(&igf, other).await;
    let refused = igf.get(&format!("/groups/{other}/feed")).await;
    assert!(refused.texts("#feed-error").pop().unwrap().contains("signed with a key other than the pinned one"));
    assert_eq!(igf.get(&format!("/api/groups/{other}/feed")).await.json()["items"], serde_json::json!([]));

    // An address nothing answers at.
    assert_eq!(subscribe(&igf, other, "http://127.0.0.1:9/federation/feed.json", &key).await.status, 303);
    fetch(&igf, other).await;
    assert!(igf.get(&format!("/groups/{other}/feed")).await.texts("#feed-error").pop().unwrap().contains("could not be fetched"));

    // The subscriptions with their status, on the page, in JSON and CSV; the page in French too.
    let list = igf.get("/api/federation/subscriptions").await.json();
    let status = |id: i64| list.as_array().unwrap().iter().find(|s| s["group_id"] == id).unwrap().clone();
    assert_eq!(status(group)["status"], "ok");
    assert_eq!(status(other)["status"], "error");
    assert_eq!(status(other)["error"], "unreachable");
    let overview = igf.get("/federation").await;
    assert_eq!(overview.texts(".feed-status"), ["Verified", "Refused"]);
    assert!(overview.texts(".feed-error")[1].starts_with("The feed could not be fetched."));
    let csv = igf.get("/federation/subscriptions.csv").await.body;
    assert!(csv.lines().count() == 3 && csv.contains("unreachable"), "{csv}");
    assert!(igf.get("/fr/federation").await.body.contains("Flux de NRI suivis"));

    // Only a lead of the group or the Secretariat subscribes and fetches; a draft group's feed is not public.
    let someone = registered_participant(&global, "Pat Participant", "pat@example.org").await;
    let refused = someone.submit("/", &format!("/groups/{group}/feed"), &[("url", &tampered_url), ("public_key", &own_key)]).await;
    assert!([403, 404].contains(&refused.status), "{}", refused.status);
    assert!([403, 404].contains(&someone.submit("/", &format!("/groups/{group}/feed/fetch"), &[]).await.status));
    assert_eq!(status(group)["url"], feed_url.as_str());
    assert_eq!(global.client().get("/api/federation/subscriptions").await.json(), serde_json::json!([]));

    // The pages in a real browser with the axe-core audit, when scripts/test-all provides them.
    let Some(browser) = crate::browser::browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let mut failures = Vec::new();
    for path in ["/federation", "/ar/federation"] {
        failures.extend(crate::browser::audit(&browser, &axe, &nri.url, path).await);
    }
    crate::browser::sign_in(&browser, &global.url, "secretariat@igf.example", PASSWORD).await;
    for path in [
        "/federation".to_string(),
        format!("/groups/{group}/feed"),
        format!("/groups/{other}/feed"),
        format!("/ar/groups/{other}/feed"),
        format!("/zh/groups/{group}/feed"),
    ] {
        failures.extend(crate::browser::audit(&browser, &axe, &global.url, &path).await);
    }
    // The subscription form with its errors shown.
    browser.goto(&format!("{}/groups/{other}/feed", global.url)).await.unwrap();
    crate::browser::fill(&browser, "public_key", "not a key").await;
    crate::browser::click(&browser, "form.stacked button[type=submit]").await;
    failures.extend(crate::browser::run_axe(&browser, &axe, &format!("/groups/{other}/feed (with errors)")).await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The demo agrees with itself: its NRI annual reports describe its own cycles of those years (where each met and
/// how many sessions it had), and each MAG member's consecutive terms began as many years ago as they count.
#[tokio::test]
async fn the_demo_agrees_with_itself() {
    let server = Server::start_with(true).await;
    let staff = server.client();
    assert_eq!(staff.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let cycles = server.client().get("/cycles").await;
    let cycle_of = |year: i64| -> String {
        let html = cycles.html();
        let link = html
            .select(&scraper::Selector::parse("main a").unwrap())
            .find(|a| a.text().collect::<String>() == format!("Demo National IGF {year}"))
            .unwrap_or_else(|| panic!("the demo's cycle of {year}"));
        link.value().attr("href").unwrap().to_string()
    };
    let feed = server.client().get("/federation/feed.json").await.json();
    let reports = feed["payload"]["annual_reports"].as_array().unwrap().clone();
    assert_eq!(reports.len(), 2);
    for (report, host) in reports.iter().zip(["Kisumu", "Nairobi"]) {
        let (year, text) = (report["year"].as_i64().unwrap(), report["text"].as_str().unwrap());
        let sessions = staff.get(&format!("{}/sessions", cycle_of(year))).await;
        let count = sessions.texts("main p").into_iter().find(|t| t.ends_with("sessions")).expect("the count of sessions");
        let count: String = count.chars().filter(char::is_ascii_digit).collect();
        assert!(text.contains(&format!("in {host},")) && text.contains(&format!("{count} sessions")), "{year}, {count} sessions: {text}");
    }
    // The MAG: "N (since Y)" with Y the group's year less N - 1.
    let groups = server.client().get("/groups").await;
    let mag = groups.attr("main a[href^='/groups/']", "href");
    let page = server.client().get(&mag).await;
    let year: i64 = page.texts("h1")[0].chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap();
    let terms: Vec<String> = page.texts("td").into_iter().filter(|t| t.contains("(since ")).collect();
    assert!(terms.len() > 40, "{terms:?}");
    for t in &terms {
        let numbers: Vec<i64> = t.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
        assert_eq!(numbers[1], year - (numbers[0] - 1), "{t} in the MAG of {year}");
    }
}
