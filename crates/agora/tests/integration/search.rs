//! The searchable archive on the demo forum: what the demo made public is found, a recommendation created over
//! HTTP becomes searchable from the public record within seconds, phrases, facets, a capped page size, a
//! malformed query answered with a notice instead of an error, and `agora reindex` rebuilding a node's index.

use crate::support::*;
use std::time::{Duration, Instant};

/// Polls the search API until `found` holds for its answer (the index follows the record every 300 ms).
async fn until(client: &Client, path: &str, found: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let reply = client.get(path).await;
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        let json = reply.json();
        if found(&json) {
            return json;
        }
        assert!(Instant::now() < deadline, "{path} never matched: {json}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn kinds(json: &serde_json::Value) -> Vec<String> {
    json["hits"].as_array().unwrap().iter().map(|h| h["kind"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn search_finds_the_archive_and_follows_the_record() {
    let server = Server::start_with(true).await;
    let public = server.client();

    // The demo's archive is indexed at start: sessions and reports across several years, with facet counts.
    let all = until(&public, "/api/search?q=internet", |j| j["total"].as_u64().unwrap_or(0) > 5).await;
    let facets = all["facets"].as_array().unwrap();
    let kind_facet = facets.iter().find(|f| f["name"] == "kind").unwrap();
    assert!(kind_facet["values"].as_array().unwrap().len() >= 2, "{kind_facet}");
    let years = facets.iter().find(|f| f["name"] == "year").unwrap()["values"].as_array().unwrap().clone();
    assert!(!years.is_empty());

    // A facet filter keeps only its kind, and its count is the total.
    let kind = kind_facet["values"][0]["value"].as_str().unwrap().to_string();
    let count = kind_facet["values"][0]["count"].as_u64().unwrap();
    let filtered = public.get(&format!("/api/search?q=internet&kind={kind}")).await.json();
    assert_eq!(filtered["total"].as_u64().unwrap(), count);
    assert!(kinds(&filtered).iter().all(|k| *k == kind), "{filtered}");
    let year = years[0]["value"].as_str().unwrap();
    let by_year = public.get(&format!("/api/search?q=internet&year={year}")).await.json();
    assert!(by_year["hits"].as_array().unwrap().iter().all(|h| h["year"].as_i64().unwrap().to_string() == year));

    // WSIS action lines and SDGs are facets with counts (the demo's proposals and recommendations carry them),
    // labelled with their names on the page.
    let everything = public.get("/api/search?q=").await.json();
    for name in ["action_line", "sdg"] {
        let facet = everything["facets"].as_array().unwrap().iter().find(|f| f["name"] == name).unwrap().clone();
        let first = &facet["values"][0];
        let (value, count) = (first["value"].as_str().unwrap(), first["count"].as_u64().unwrap());
        let filtered = public.get(&format!("/api/search?{name}={}", value.replace('/', "%2F"))).await.json();
        assert_eq!(filtered["total"].as_u64().unwrap(), count, "{name}={value}");
    }
    let page = public.get("/search?sdg=5").await;
    assert!(page.body.contains("5. Gender equality") && page.body.contains("Sustainable Development Goal"), "{}", page.body);
    let page = public.get("/search?action_line=C5").await;
    assert!(page.body.contains("C5 Building confidence and security in the use of ICTs"), "{}", page.body);
    // The region facet speaks the reader's language, in UNSD's M49 names.
    let region = everything["facets"].as_array().unwrap().iter().find(|f| f["name"] == "region").unwrap()["values"].clone();
    assert!(region.as_array().unwrap().iter().any(|v| v["value"] == "Africa"), "{region}");
    let arabic = public.get("/ar/search?q=internet").await;
    assert!(arabic.body.contains(">أفريقيا</a>") && !arabic.body.contains(">Africa</a>"), "{}", arabic.body);
    assert!(public.get("/fr/search?q=internet").await.body.contains(">Afrique</a>"));

    // A questionnaire's written answers are found, under the submission that gave them.
    let answered = public.get("/api/search?q=%22prices+fell+by+two+thirds%22").await.json();
    assert_eq!(answered["total"], 1, "{answered}");
    assert_eq!(answered["hits"][0]["kind"], "submission");
    // And a first search in French, Spanish or Arabic finds the demo's answers in those languages.
    for (prefix, query) in [
        ("/fr", "barri%C3%A8re+linguistique"),
        ("/es", "interpretaci%C3%B3n+espa%C3%B1ol"),
        ("/ar", "%D8%A7%D9%84%D8%AA%D8%B1%D8%AC%D9%85%D8%A9"),
    ] {
        let found = public.get(&format!("/api/search?q={query}")).await.json();
        assert!(found["total"].as_u64().unwrap_or(0) >= 1, "{prefix}: {found}");
        let page = public.get(&format!("{prefix}/search?q={query}")).await;
        assert!(page.body.contains("<mark>"), "{prefix}: {}", page.body);
    }

    // A recommendation created over HTTP is found through the public record.
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", "agora demo password").await.status, 303);
    let bodies = public.get("/api/bodies").await.json();
    let body = bodies[0]["id"].as_i64().unwrap().to_string();
    let page = secretariat.get("/recommendations/new").await;
    let fields = vec![
        ("csrf".to_string(), page.csrf()),
        ("title".into(), "Lighthouse licences for zanzibarian community networks".into()),
        ("text".into(), "Coastal villages need lighthouse licences with shared spectrum.".into()),
        ("source".into(), "message".into()),
        ("bodies".into(), body),
    ];
    let created = secretariat.post_fields("/recommendations", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let url = created.location.unwrap();
    let found = until(&public, "/api/search?q=zanzibarian", |j| j["total"] == 1).await;
    assert_eq!(found["hits"][0]["kind"], "recommendation");
    assert!(url.ends_with(found["hits"][0]["url"].as_str().unwrap()), "{url} {found}");
    // Stemmed: the singular finds the plural.
    assert_eq!(public.get("/api/search?q=zanzibarian+licence").await.json()["total"], 1);

    // Phrases: the words in order match, out of order do not.
    assert_eq!(public.get("/api/search?q=%22lighthouse+licences%22").await.json()["total"], 1);
    assert_eq!(public.get("/api/search?q=%22licences+lighthouse%22").await.json()["total"], 0);
    assert_eq!(public.get("/api/search?q=zanzibarian+-coastal").await.json()["total"], 0);

    // The page highlights the words found, escaped, with the notice-free form filled in.
    let html = public.get("/search?q=coastal+zanzibarian").await;
    assert_eq!(html.status, 200);
    assert!(html.body.contains("<mark>"), "{}", html.body);
    assert!(html.body.contains("value=\"coastal zanzibarian\""));

    // Malformed queries are searched as plain words, with a notice, never an error.
    for q in ["%22unclosed+zanzibarian", "AND+OR+%28", "title_xx%3A%5B"] {
        let reply = public.get(&format!("/api/search?q={q}")).await;
        assert_eq!(reply.status, 200, "{q}: {}", reply.body);
        assert_eq!(reply.json()["fallback"], true, "{q}");
        let page = public.get(&format!("/search?q={q}")).await;
        assert_eq!(page.status, 200);
        assert!(page.body.contains("searched plainly"), "{q}");
    }
    assert_eq!(public.get("/api/search?q=%22zanzibarian+lighthouse").await.json()["total"], 1);

    // The page size is capped, and bad numbers are read as defaults.
    let big = public.get("/api/search?q=&per_page=100000&page=x").await.json();
    assert_eq!(big["per_page"], 50);
    assert!(big["hits"].as_array().unwrap().len() <= 50);
    let by_date = public.get("/api/search?sort=date&per_page=5").await.json();
    let dates: Vec<i64> = by_date["hits"].as_array().unwrap().iter().map(|h| h["date"].as_i64().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

    // The trend of a topic counts matches per year.
    let trend = public.get("/api/search/trend?q=internet").await.json();
    assert!(!trend["years"].as_array().unwrap().is_empty());
    let page = public.get("/search?q=internet").await;
    assert!(page.body.contains("id=\"search-trend\""), "the page charts matches per year");
    // The demo's past meetings (2019–2024, with reports and captions) make a topic's trend show change.
    let trend = public.get("/api/search/trend?q=fragmentation").await.json();
    let years: Vec<(i64, u64)> =
        trend["years"].as_array().unwrap().iter().map(|y| (y["year"].as_i64().unwrap(), y["count"].as_u64().unwrap())).collect();
    assert!(years.len() >= 6 && years[0].0 <= 2019, "{years:?}");
    let count = |year: i64| years.iter().find(|y| y.0 == year).map_or(0, |y| y.1);
    assert!(count(2022) > 3 * count(2019).max(1), "fragmentation grew: {years:?}");
    let page = public.get("/search?q=fragmentation").await;
    assert!(page.body.contains("<th scope=\"row\">2019</th>") && page.body.contains("<th scope=\"row\">2024</th>"));
    let transcripts = public.get("/api/search?q=fragmentation&kind=transcript").await.json();
    assert!(transcripts["total"].as_u64().unwrap() >= 5, "{transcripts}");

    // More like this: items sharing the recommendation's words, never itself.
    let id = found["hits"][0]["id"].as_i64().unwrap();
    let related = public.get(&format!("/api/search/related?kind=recommendation&id={id}")).await.json();
    assert!(related["hits"].as_array().unwrap().iter().all(|h| h["id"].as_i64() != Some(id) || h["kind"] != "recommendation"));
    assert_eq!(public.get("/api/search/related?kind=recommendation&id=x").await.status, 400);
    // The recommendation's page lists the first five of them, linked.
    let hits = related["hits"].as_array().unwrap();
    let page = public.get(found["hits"][0]["url"].as_str().unwrap()).await;
    match hits.first() {
        Some(first) => {
            assert!(page.body.contains("<h2 id=\"related\">More like this</h2>"), "{}", page.body);
            assert!(page.body.contains(&format!("href=\"{}\"", first["url"].as_str().unwrap())), "{}", page.body);
        }
        None => assert!(!page.body.contains("id=\"related\""), "hidden when empty"),
    }

    // `agora reindex` rebuilds an index from the database (here a second node's, beside the running one).
    let dir = tempfile::tempdir().unwrap();
    let out = agora().args(["reindex", "--database", &server.database, "--index"]).arg(dir.path().join("index")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("indexed"), "{}", String::from_utf8_lossy(&out.stdout));
}

fn transcripts(folder: &str) -> String {
    format!("{}/tests/data/transcripts/{folder}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn imported_transcripts_are_shown_and_found() {
    let server = Server::start_with(true).await;
    let public = server.client();

    // A folder with a refused file imports nothing, and names each refused file with its line.
    let out = agora().args(["import", "transcripts", "--database", &server.database]).arg(transcripts("bad")).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-turns.txt: line 3: no speaker turns"), "{stderr}");
    assert!(stderr.contains("unknown-session.txt: line 1: no session is named \"unknown-session\""), "{stderr}");
    assert!(stderr.contains("2 of 3 files refused; nothing was imported"), "{stderr}");
    assert!(!stderr.contains("session-3.txt"), "a good file is not named: {stderr}");
    assert!(!public.get("/sessions/3").await.body.contains("numbat"), "nothing of a refused folder is stored");

    // A good folder: one file named by its session's title, one by a `Session:` line; other files are left alone.
    let out = agora().args(["import", "transcripts", "--database", &server.database]).arg(transcripts("good")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported 2 transcripts (7 speaker turns)"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // Found through the public record, as a transcript linked to its session's speaker turns.
    let found = until(&public, "/api/search?q=quokka+cooperatives", |j| j["total"] == 1).await;
    assert_eq!(found["hits"][0]["kind"], "transcript");
    let url = found["hits"][0]["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/sessions/") && url.ends_with("#speaker-turns"), "{url}");
    let wombat = until(&public, "/api/search?q=%22wombat+interoperability%22&kind=transcript", |j| j["total"] == 1).await;
    assert_eq!(wombat["hits"][0]["url"], "/sessions/2#speaker-turns");

    // The session page shows the turns with their speakers.
    let page = public.get(url.trim_end_matches("#speaker-turns")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("id=\"speaker-turns\""), "{}", page.body);
    assert!(page.body.contains("<dt><bdi>AMINA ODHIAMBO</bdi></dt>"), "{}", page.body);
    assert!(page.body.contains("<bdi>AMINA ODHIAMBO</bdi> (2)"));
    // So does the report page, where the rapporteur writes the report from them.
    let report = public.get("/sessions/2/report").await;
    assert!(report.body.contains("id=\"speaker-turns\"") && report.body.contains("<dt><bdi>CHAIR</bdi></dt>"), "{}", report.body);

    // And as JSON: the turns, the file they came from; a session without a transcript is a 404.
    let json = public.get("/api/sessions/2/transcript").await.json();
    assert_eq!(json["source"], "day-1-room-3.txt");
    assert_eq!(json["turns"][0]["speaker"], "CHAIR");
    assert_eq!(json["turns"].as_array().unwrap().len(), 2);
    assert_eq!(public.get("/api/sessions/99999/transcript").await.status, 404);
    // A transcript typed into a report (the demo's first) is the session's when no captions were imported.
    let typed = until(&public, "/api/search?q=%22youth+delegate%22&kind=transcript", |j| j["total"] == 1).await;
    let session = typed["hits"][0]["url"].as_str().unwrap().trim_end_matches("#speaker-turns").to_string();
    let json = public.get(&format!("/api{session}/transcript")).await.json();
    assert_eq!(json["source"], "report", "{json}");
    assert_eq!(json["turns"][0]["speaker"], "MODERATOR");
}
