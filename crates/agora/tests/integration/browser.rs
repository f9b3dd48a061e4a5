//! The main flow in a real browser (Chromium through WebDriver), and an axe-core accessibility audit of every
//! page: run by scripts/test-all, which starts chromedriver and sets AGORA_WEBDRIVER_URL and AGORA_AXE_PATH.

use crate::support::*;
use fantoccini::{Client as Browser, ClientBuilder, Locator};

pub(crate) async fn browser() -> Option<Browser> {
    let Ok(webdriver) = std::env::var("AGORA_WEBDRIVER_URL") else {
        println!("SKIPPED: the browser tests need AGORA_WEBDRIVER_URL (scripts/test-all sets it)");
        return None;
    };
    let profile = tempfile::tempdir().unwrap().keep();
    let args = [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ];
    let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    let mut capabilities = serde_json::Map::new();
    let binary = std::env::var("AGORA_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    capabilities.insert("goog:chromeOptions".into(), serde_json::json!({ "args": args, "binary": binary }));
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    Some(ClientBuilder::new(connector).capabilities(capabilities).connect(&webdriver).await.expect("a WebDriver session"))
}

pub(crate) async fn fill(browser: &Browser, id: &str, value: &str) {
    fill_css(browser, &format!("[id='{id}']"), value).await;
}

/// Types into the field a CSS selector finds (for fields whose id is a database id).
async fn fill_css(browser: &Browser, css: &str, value: &str) {
    let field = browser.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("field {css}"));
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

pub(crate) async fn choose(browser: &Browser, id: &str, value: &str) {
    let select = browser.find(Locator::Id(id)).await.unwrap();
    select.select_by_value(value).await.unwrap_or_else(|_| panic!("option {value} in #{id}"));
}

/// Waits (up to 10 s) for the browser to arrive at a page whose path ends with `suffix`.
pub(crate) async fn wait_for_path(browser: &Browser, suffix: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let path = browser.current_url().await.unwrap().path().to_string();
        if path.ends_with(suffix) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "the browser is at {path}, not …{suffix}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Waits (up to 10 s) for the browser to arrive at a page whose path starts with `prefix`; returns the path.
async fn wait_for_prefix(browser: &Browser, prefix: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let path = browser.current_url().await.unwrap().path().to_string();
        if path.starts_with(prefix) {
            return path;
        }
        assert!(std::time::Instant::now() < deadline, "the browser is at {path}, not {prefix}…");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Signs in through the login page (signing out first if someone is signed in) and waits for the home page.
pub(crate) async fn sign_in(browser: &Browser, base: &str, email: &str, password: &str) {
    browser.goto(&format!("{base}/login")).await.unwrap();
    if browser.find(Locator::Css("nav form.inline button")).await.is_ok() {
        click(browser, "nav form.inline button").await;
        // Signing out may come back to this very path: wait until the signed-in page is gone, not for a path, or
        // the fields below are found on the old page and go stale under the navigation (it failed CI once).
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while browser.find(Locator::Css("nav form.inline button")).await.is_ok() {
            assert!(std::time::Instant::now() < deadline, "still signed in after signing out");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        browser.goto(&format!("{base}/login")).await.unwrap();
    }
    fill(browser, "email", email).await;
    fill(browser, "password", password).await;
    click(browser, "form.stacked button[type=submit]").await;
    wait_for_path(browser, "/").await;
}

pub(crate) async fn click(browser: &Browser, css: &str) {
    browser.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("element {css}")).click().await.unwrap();
}

#[tokio::test]
async fn a_participant_registers_in_the_browser_and_arabic_is_laid_out_right_to_left() {
    let Some(browser) = browser().await else { return };
    let server = Server::start().await;
    browser.goto(&format!("{}/register", server.url)).await.unwrap();
    fill(&browser, "name", "Fatuma Abdi").await;
    fill(&browser, "email", "fatuma@example.org").await;
    fill(&browser, "password", PASSWORD).await;
    choose(&browser, "stakeholder_group", "technical-community").await;
    fill(&browser, "organization", "Kenya Network Information Centre").await;
    choose(&browser, "country", "KE").await;
    click(&browser, "input[name=languages][value=ar]").await;
    click(&browser, "#consent").await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_for_path(&browser, "/register/sent").await;
    let heading = browser.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(heading, "Check your mailbox");

    let link = server.mail.link_for("fatuma@example.org", "/verify/").await;
    browser.goto(&format!("{}{link}", server.url)).await.unwrap();
    assert!(browser.find(Locator::Css(".notice")).await.unwrap().text().await.unwrap().contains("confirmed"));
    fill(&browser, "email", "fatuma@example.org").await;
    fill(&browser, "password", PASSWORD).await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_for_path(&browser, "/").await;
    browser.goto(&format!("{}/me", server.url)).await.unwrap();
    let name = browser.find(Locator::Id("name")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(name.as_deref(), Some("Fatuma Abdi"));

    browser.goto(&format!("{}/statistics", server.url)).await.unwrap();
    click(&browser, ".languages a[lang=ar]").await;
    wait_for_path(&browser, "/ar/statistics").await;
    let layout = browser
        .execute(
            "const brand = document.querySelector('.brand').getBoundingClientRect();
             return [document.documentElement.dir, getComputedStyle(document.body).direction, brand.left > window.innerWidth / 2];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(layout, serde_json::json!(["rtl", "rtl", true]), "Arabic pages flow from the right, the brand on the right");
    browser.close().await.unwrap();
}

/// A youth track's output in the browser: the Secretariat drafts it on the track's page, opens it for comment,
/// a paragraph gets a comment, and it is published; then the programme is filtered by the track.
#[tokio::test]
async fn a_youth_track_output_goes_to_comment_and_is_published_in_the_browser() {
    let Some(browser) = browser().await else { return };
    let server = Server::start_with(true).await;
    let url = |path: &str| format!("{}{path}", server.url);
    let tracks = server.client().get("/api/cycles/3/tracks").await.json();
    let youth = tracks.as_array().unwrap().iter().find(|t| t["kind"] == "youth").unwrap()["id"].as_i64().unwrap();
    sign_in(&browser, &server.url, "secretariat@demo.agora.example", DEMO_PASSWORD).await;

    browser.goto(&url("/cycles/3/tracks")).await.unwrap();
    click(&browser, &format!("a[href='/tracks/{youth}']")).await;
    wait_for_path(&browser, &format!("/tracks/{youth}")).await;
    fill(&browser, "output-title", "Youth declaration on meaningful connectivity").await;
    fill(&browser, "output-body", "Every school should be connected by 2030.\n\nYoung people should sit on universal service boards.")
        .await;
    click(&browser, "form[action$='/outputs'] button[type=submit]").await;
    let message = wait_for_prefix(&browser, "/messages/").await;
    click(&browser, "form[action$='/comment'] button").await;
    wait_for_prefix(&browser, "/consultations/").await;
    click(&browser, "#paragraph-2 details summary").await;
    fill_css(&browser, "#paragraph-2 details textarea[name=text]", "Name the boards' youth seats in the law.").await;
    click(&browser, "#paragraph-2 details form button[type=submit]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("#paragraph-2 ul.comments")).await.unwrap();
    let comments = browser.find(Locator::Css("#paragraph-2 ul.comments")).await.unwrap().text().await.unwrap();
    assert!(comments.contains("Name the boards' youth seats in the law."), "{comments}");

    browser.goto(&url(&message)).await.unwrap();
    fill(
        &browser,
        "body",
        "Every school should be connected by 2030.\n\nYoung people should hold seats, set by law, on universal service boards.",
    )
    .await;
    fill(&browser, "note", "Youth seats set by law, after the public comment.").await;
    click(&browser, "button[value=publish]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("ol.versions li:nth-child(2)")).await.unwrap();
    let status = browser.find(Locator::Css("p.status")).await.unwrap().text().await.unwrap();
    assert!(status.contains("Published"), "{status}");
    browser.goto(&url(&format!("/tracks/{youth}"))).await.unwrap();
    let outputs = browser.find(Locator::Css("#outputs + ul")).await.unwrap().text().await.unwrap();
    assert!(outputs.contains("Youth declaration on meaningful connectivity — Published"), "{outputs}");

    // The published programme filtered by the track.
    browser.goto(&url("/cycles/3/programme")).await.unwrap();
    choose(&browser, "f-theme", &youth.to_string()).await;
    click(&browser, "form.filters button[type=submit]").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !browser.current_url().await.unwrap().query().unwrap_or("").contains(&format!("theme={youth}")) {
        assert!(std::time::Instant::now() < deadline, "the filtered programme did not load");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let main = browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(
        main.contains("Youth summit: young people shaping AI governance") && !main.contains("Meaningful connectivity for all"),
        "{main}"
    );
    browser.close().await.unwrap();
}

/// The outcome chain on the demo, clicked through: a report, a Message built from its takeaway and opened for
/// comment, a comment from the public, a recommendation to a body, the body's answer through its mailed link,
/// and the tracker and the alignment report showing it.
#[tokio::test]
async fn the_outcome_chain_works_in_the_browser() {
    let Some(browser) = browser().await else { return };
    let server = Server::start_with(true).await;
    let url = |path: &str| format!("{}{path}", server.url);
    sign_in(&browser, &server.url, "secretariat@demo.agora.example", DEMO_PASSWORD).await;

    let reports = server.client().get("/api/cycles/3/reports").await.json();
    let session = reports.as_array().unwrap().iter().find(|r| r["state"] == "overdue").unwrap()["session_id"].as_i64().unwrap();
    browser.goto(&url(&format!("/sessions/{session}/report"))).await.unwrap();
    fill(&browser, "takeaway_0", "Public libraries are the cheapest way to connect the last villages.").await;
    fill(&browser, "summary", "Librarians and regulators compared costs.").await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_for_path(&browser, "/report").await;
    let filed = browser.find(Locator::Css(".notice")).await.unwrap().text().await.unwrap();
    assert!(filed.contains("after its due date"), "{filed}");
    let reports = server.client().get("/api/cycles/3/reports").await.json();
    let report = reports.as_array().unwrap().iter().find(|r| r["session_id"] == session).unwrap()["report_id"].as_i64().unwrap();

    browser.goto(&url("/cycles/3/messages")).await.unwrap();
    fill(&browser, "title", "Libraries connect").await;
    click(&browser, &format!("input[name=source][value='{report}:0']")).await;
    click(&browser, "form[action$='/messages'] button[type=submit]").await;
    wait_for_prefix(&browser, "/messages/").await;
    click(&browser, "form[action$='/comment'] button").await;
    wait_for_prefix(&browser, "/consultations/").await;
    let first = browser.find(Locator::Css("#paragraph-1 .paragraph-number")).await.unwrap().text().await.unwrap();
    assert_eq!(first, "¶ 1");

    browser.goto(&url("/recommendations/new")).await.unwrap();
    fill(&browser, "title", "Connect public libraries").await;
    fill(&browser, "text", "Connect every public library and keep it open to all.").await;
    let ca =
        server.client().get("/api/bodies").await.json().as_array().unwrap().iter().find(|b| b["acronym"] == "CA").unwrap()["id"].clone();
    click(&browser, &format!("input[name=bodies][value='{ca}']")).await;
    click(&browser, "input[name=action_lines][value=C3]").await;
    click(&browser, "form.stacked button[type=submit]").await;
    // The recommendation's own page, not the form's.
    for attempt in 0.. {
        if !wait_for_prefix(&browser, "/recommendations/").await.ends_with("/new") {
            break;
        }
        assert!(attempt < 200, "the recommendation form did not lead to the recommendation");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    click(&browser, "form[action$='/send'] button").await;
    let link = server.mail.link_for("cacommunicat@demo.agora.example", "/respond/").await;

    browser.goto(&url(&link)).await.unwrap();
    click(&browser, "input[name=status][value=under-consideration]").await;
    fill(&browser, "response", "Our universal service fund will consider it in March.").await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_for_prefix(&browser, "/recommendations/").await;
    let answered = browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap();
    assert!(answered.contains("Our universal service fund will consider it in March."), "{answered}");
    browser.goto(&url(&format!("/recommendations?body={ca}&status=under-consideration"))).await.unwrap();
    assert!(browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap().contains("Connect public libraries"));
    browser.goto(&url("/alignment/C3")).await.unwrap();
    assert!(browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap().contains("Connect public libraries"));
    browser.close().await.unwrap();
}

/// Every page of the foundation, as an anonymous visitor and logged in, in English and in Arabic.
#[tokio::test]
async fn every_page_passes_the_axe_core_audit() {
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start_with(true).await;
    let anonymous = [
        "/",
        "/register",
        "/login",
        "/password/forgot",
        "/register/sent",
        "/privacy",
        "/statistics",
        "/reference",
        "/participants",
        "/organizations",
        "/organizations/1",
        "/no-such-page",
        "/ar/",
        "/ar/register",
        "/ar/statistics",
        "/zh/participants",
        "/ru/login",
        "/record",
        "/ar/record",
        "/open-data",
        "/api/docs",
        "/meeting/verify",
        "/ar/meeting/verify?code=AAAA-BBBB",
    ];
    let mut failures = Vec::new();
    let listed = server.client().get("/api/participants?limit=1").await.json()[0]["id"].as_i64().unwrap();
    for path in anonymous.iter().map(|p| p.to_string()).chain([format!("/participants/{listed}")]) {
        failures.extend(audit(&browser, &axe, &server.url, &path).await);
    }
    // The calls, proposals and public results of the demo cycles (1: under evaluation, 2: call open).
    let proposal = server.client().get("/api/cycles/1/proposals").await.json()[0]["id"].as_i64().unwrap();
    // A past session with imported captions (found once the index is built), its speaker turns and related items.
    let mut captions = String::new();
    for _ in 0..150 {
        let found = server.client().get("/api/search?q=fragmentation&kind=transcript").await.json();
        if let Some(url) = found["hits"][0]["url"].as_str() {
            captions = url.trim_end_matches("#speaker-turns").to_string();
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(!captions.is_empty(), "the demo's captions are indexed");
    // The live page of the programme's first session, whose queue, hubs and attendance the demo fills.
    let programme = server.client().get("/cycles/3/programme").await.body;
    let at = programme.find("/sessions/").expect("a session in the demo programme");
    let live = format!("/sessions/{}/live", programme[at + "/sessions/".len()..].split(|c: char| !c.is_ascii_digit()).next().unwrap());
    for path in [captions.clone(), format!("/ar{captions}"), "/search?q=fragmentation&sdg=9".into()] {
        failures.extend(audit(&browser, &axe, &server.url, &path).await);
    }
    let tracks: Vec<String> = server
        .client()
        .get("/api/cycles/3/tracks")
        .await
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] != "theme")
        .map(|t| format!("/tracks/{}", t["id"]))
        .collect();
    assert_eq!(tracks.len(), 3, "the demo's youth, parliamentary and Day 0 tracks");
    for path in tracks.iter().cloned().chain([format!("/ar{}", tracks[0])]) {
        failures.extend(audit(&browser, &axe, &server.url, &path).await);
    }
    for path in [
        "/cycles".to_string(),
        "/cycles/1".into(),
        "/cycles/1/issues".into(),
        "/cycles/1/proposals".into(),
        format!("/proposals/{proposal}"),
        "/cycles/1/workshops".into(),
        "/cycles/3/programme".into(),
        "/cycles/3/programme/changes".into(),
        "/ar/cycles/3/programme".into(),
        "/sessions/1".into(),
        "/cycles/1/synthesis".into(),
        "/ar/cycles/1/proposals".into(),
        "/cycles/2/proposals".into(),
        "/consultations".into(),
        "/consultations/1".into(),
        "/consultations/1/submissions".into(),
        "/consultations/1/form-letters".into(),
        "/consultations/2/synthesis".into(),
        "/consultations/3".into(),
        "/ar/consultations/3".into(),
        "/consultations/4/opinion".into(),
        "/ar/consultations/4/opinion".into(),
        "/consultations/5".into(),
        "/submissions/1".into(),
        "/recommendations".into(),
        "/search?q=internet".into(),
        "/ar/search?q=internet".into(),
        "/recommendations/5".into(),
        "/ar/recommendations".into(),
        "/bodies".into(),
        "/bodies/1".into(),
        "/alignment".into(),
        "/alignment/C2".into(),
        "/alignment/gdc-1".into(),
        "/stocktaking".into(),
        "/stocktaking?region=african&gdc=1".into(),
        "/stocktaking/1".into(),
        "/ar/stocktaking/5".into(),
        "/tracker".into(),
        "/tracker?stale=yes".into(),
        "/commitments/1".into(),
        "/commitments/update/not-a-link".into(),
        "/cycles/3/reports".into(),
        "/sessions/1/report".into(),
        "/cycles/3/messages".into(),
        "/messages/1".into(),
        "/cycles/3/tracks".into(),
        "/ar/cycles/3/tracks".into(),
        "/respond/not-a-link".into(),
        "/group-invitations/not-a-link".into(),
        "/ar/group-invitations/not-a-link".into(),
        "/cycles/3/statistics".into(),
        "/ar/cycles/3/statistics".into(),
        "/groups".into(),
        "/ar/groups".into(),
        "/nris".into(),
        "/groups/1".into(),
        "/groups/2".into(),
        "/groups/10".into(),
        "/groups/1/decisions".into(),
        "/decisions/1".into(),
        "/ar/decisions/2".into(),
        "/decisions/4".into(),
        "/groups/1/threads".into(),
        "/groups/1/threads/3".into(),
        "/groups/1/documents".into(),
        "/groups/1/documents/1".into(),
        "/groups/1/documents/1/versions/1".into(),
        "/groups/1/meetings".into(),
        "/groups/1/meetings/2".into(),
        "/ar/groups/1/meetings/2".into(),
        "/translations".into(),
        "/ar/translations".into(),
        "/translations/message/1".into(),
        "/translations/message/1/ar".into(),
        "/ar/messages/1".into(),
        "/messages/1?lang=fr".into(),
        "/fr/messages/3".into(),
        "/cycles/3/programme/now".into(),
        "/cycles/3/hubs".into(),
        "/ar/cycles/3/hubs".into(),
        live.clone(),
        format!("/ar{live}"),
        "/cycles/3/bilaterals".into(),
        "/ar/cycles/3/bilaterals".into(),
        "/cycles/3/village".into(),
        "/ar/cycles/3/village".into(),
        "/zh/cycles/3/village".into(),
        "/cycles/3/travel-support".into(),
        "/ar/cycles/3/travel-support".into(),
        "/zh/cycles/1/travel-support".into(),
        "/travel-support/recommendations/not-a-link".into(),
    ] {
        failures.extend(audit(&browser, &axe, &server.url, &path).await);
    }
    // The form with its errors shown.
    browser.goto(&format!("{}/register", server.url)).await.unwrap();
    click(&browser, "form.stacked button[type=submit]").await;
    failures.extend(run_axe(&browser, &axe, "/register (with errors)").await);
    // Logged in as the demo admin.
    sign_in(&browser, &server.url, "admin@demo.agora.example", DEMO_PASSWORD).await;
    for path in [
        "/me",
        "/me/agenda",
        "/ar/me/agenda",
        "/me/delete",
        "/admin/settings",
        "/ar/me",
        "/cycles",
        "/cycles/1/settings",
        "/cycles/1/screening",
        "/cycles/1/assignment",
        "/cycles/1/results",
        "/cycles/3/venue",
        "/cycles/3/sessions",
        "/cycles/3/schedule",
        "/cycles/3/availability",
        "/sessions/1",
        live.as_str(),
        "/cycles/3/bilaterals",
        "/ar/cycles/3/bilaterals",
        "/cycles/3/bilaterals/settings",
        "/cycles/3/village/manage",
        "/cycles/2/village",
        "/cycles/2/village/manage",
        "/cycles/2/proposals/new",
    ] {
        failures.extend(audit(&browser, &axe, &server.url, path).await);
    }
    // The proposal form with its errors shown.
    click(&browser, "button[value=submit]").await;
    failures.extend(run_axe(&browser, &axe, "/cycles/2/proposals/new (with errors)").await);
    for path in [
        "/consultations/1",
        "/consultations/1/edit",
        "/consultations/1/moderation",
        "/consultations/1/synthesis",
        "/consultations/4",
        "/consultations/4/opinion",
        "/consultations/new",
    ] {
        failures.extend(audit(&browser, &axe, &server.url, path).await);
    }
    // The consultation form with its errors shown.
    click(&browser, "form.stacked button[type=submit]").await;
    failures.extend(run_axe(&browser, &axe, "/consultations/new (with errors)").await);
    for path in [
        "/recommendations/new",
        "/bodies",
        "/cycles/3/messages",
        "/messages/3",
        "/sessions/2/report",
        "/translations/message/3",
        "/cycles/1/travel-support",
        "/cycles/3/travel-support/manage",
        "/fr/cycles/1/travel-support/manage",
    ] {
        failures.extend(audit(&browser, &axe, &server.url, path).await);
    }
    // The tracks as the Secretariat sees them (the forms to add a track and draft an output), and with errors.
    failures.extend(audit(&browser, &axe, &server.url, "/cycles/3/tracks").await);
    click(&browser, "form[action$='/tracks'] button[type=submit]").await;
    failures.extend(run_axe(&browser, &axe, "/cycles/3/tracks (with errors)").await);
    for track in &tracks {
        failures.extend(audit(&browser, &axe, &server.url, track).await);
    }
    for path in [
        "/groups/1",
        "/groups/2/edit",
        "/decisions/3",
        "/decisions/4",
        "/groups/1/threads",
        "/groups/1/threads/3",
        "/groups/1/documents",
        "/groups/1/documents/1",
        "/groups/1/meetings",
        "/groups/1/meetings/1",
        "/groups/1/meetings/2",
        "/groups/new",
    ] {
        failures.extend(audit(&browser, &axe, &server.url, path).await);
    }
    // The group form with its errors shown.
    click(&browser, "form.stacked button[type=submit]").await;
    failures.extend(run_axe(&browser, &axe, "/groups/new (with errors)").await);
    // A MAG member's evaluation pages.
    sign_in(&browser, &server.url, "mag@demo.agora.example", DEMO_PASSWORD).await;
    failures.extend(audit(&browser, &axe, &server.url, "/cycles/3/travel-support/evaluate").await);
    failures.extend(audit(&browser, &axe, &server.url, "/cycles/1/evaluate").await);
    let first = browser.find(Locator::Css("table.data a")).await.expect("an assigned proposal").attr("href").await.unwrap().unwrap();
    failures.extend(audit(&browser, &axe, &server.url, &first).await);
    // A coalition member's consensus call, with the form to state a position.
    failures.extend(audit(&browser, &axe, &server.url, "/decisions/4").await);
    // Asking for the floor at the MAG's open consultations.
    failures.extend(audit(&browser, &axe, &server.url, "/groups/1/meetings/2").await);
    // The MAG member's home page with their work.
    failures.extend(audit(&browser, &axe, &server.url, "/").await);
    // The Secretariat stages the suggested selection and reviews it before publication.
    sign_in(&browser, &server.url, "secretariat@demo.agora.example", DEMO_PASSWORD).await;
    failures.extend(audit(&browser, &axe, &server.url, "/cycles/1/results").await);
    click(&browser, "form[action$='/decisions/suggested'] button").await;
    wait_for_path(&browser, "/cycles/1/decisions/publish").await;
    failures.extend(run_axe(&browser, &axe, "/cycles/1/decisions/publish").await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}

pub(crate) async fn audit(browser: &Browser, axe: &str, base: &str, path: &str) -> Vec<String> {
    browser.goto(&format!("{base}{path}")).await.unwrap();
    run_axe(browser, axe, path).await
}

pub(crate) async fn run_axe(browser: &Browser, axe: &str, label: &str) -> Vec<String> {
    browser.execute(axe, vec![]).await.expect("inject axe-core");
    let result = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })
                .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("run axe-core");
    let violations: Vec<String> = serde_json::from_value(result).unwrap_or_default();
    println!("axe {label}: {} violation(s)", violations.len());
    violations.into_iter().map(|v| format!("{label}: {v}")).collect()
}

/// My agenda in a browser: the reader's own time beside the forum's when their zones differ (the one script of
/// the site), a clash flagged, the page whole at 390 px, and the private calendar address shown once, audited.
#[tokio::test]
async fn my_agenda_adds_the_readers_time_and_fits_a_phone() {
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start_with(true).await;
    // The forum's zone made different from the browser's.
    browser.goto(&format!("{}/", server.url)).await.unwrap();
    let browser_offset = browser.execute("return -new Date().getTimezoneOffset();", vec![]).await.unwrap();
    let zone = if browser_offset == serde_json::json!(840) { "UTC" } else { "Pacific/Kiritimati" };
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let settings = admin.get("/admin/settings").await;
    let saved = admin.post_fields("/admin/settings", &with(settings.form_fields("form.stacked"), &[("time_zone", zone)])).await;
    assert_eq!(saved.status, 303);

    sign_in(&browser, &server.url, "mag@demo.agora.example", DEMO_PASSWORD).await;
    click(&browser, ".main-nav a[href='/me/agenda']").await;
    wait_for_path(&browser, "/me/agenda").await;
    let local = browser.find(Locator::Css("[data-local] .local-time")).await.expect("the reader's time").text().await.unwrap();
    assert!(local.contains("your time"), "{local}");
    let clash = browser.find(Locator::Css(".agenda-clash")).await.expect("the demo agenda's clash").text().await.unwrap();
    assert!(clash.contains("overlaps in time with"), "{clash}");
    browser.set_window_size(390, 844).await.unwrap();
    let fits = browser.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    assert_eq!(fits, serde_json::json!(true), "no sideways scrolling at 390 px");
    let mut failures = run_axe(&browser, &axe, "/me/agenda (390 px, with the reader's time)").await;
    click(&browser, "form[action='/me/agenda/calendar-address'] button").await;
    // The form posts and the page comes back: wait for the new page rather than racing the navigation.
    let address = browser
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_element(Locator::Id("calendar-address"))
        .await
        .expect("the address, shown once")
        .prop("value")
        .await
        .unwrap();
    assert!(address.unwrap_or_default().contains("/agenda/"));
    failures.extend(run_axe(&browser, &axe, "/me/agenda (calendar address shown)").await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}

/// At 390 px: the menu folded behind one "Menu" disclosure that opens from the keyboard, search offered once, the
/// programme as a list with no sideways scrolling, search results above the filters; at 1280 px the menu shows
/// without a click and the grid is not cut to a box of its own. Audited in both states.
#[tokio::test]
async fn a_phone_gets_a_folded_menu_and_the_programme_as_a_list() {
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start_with(true).await;
    browser.set_window_size(390, 844).await.unwrap();
    browser.goto(&format!("{}/ar/cycles/3/programme", server.url)).await.unwrap();
    let menu_link = browser.find(Locator::Css("details.menu a[href='/ar/participants']")).await.expect("the menu's links");
    assert!(!menu_link.is_displayed().await.unwrap(), "the menu is folded on a phone");
    let summary = browser.find(Locator::Css("details.menu > summary")).await.expect("a Menu disclosure");
    assert!(summary.is_displayed().await.unwrap());
    let searches = browser
        .execute(
            "return [document.querySelectorAll('.site-search').length, document.querySelectorAll('.main-nav a[href$=\"/search\"]').length];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(searches, serde_json::json!([1, 0]), "search is offered once");
    let layout = browser
        .execute(
            "const visible = s => { const e = document.querySelector(s); return !!e && e.getClientRects().length > 0; };
             return [document.documentElement.scrollWidth <= window.innerWidth, visible('.programme-list'), visible('.programme-grid')];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(layout, serde_json::json!([true, true, false]), "the programme is a list and nothing scrolls sideways");
    let mut failures = run_axe(&browser, &axe, "/ar/cycles/3/programme (390 px, menu folded)").await;
    // The disclosure opens from the keyboard.
    summary.send_keys("\u{e00d}").await.unwrap(); // the space key
    assert!(menu_link.is_displayed().await.unwrap(), "the menu opens with the space key");
    failures.extend(run_axe(&browser, &axe, "/ar/cycles/3/programme (390 px, menu open)").await);

    // Search at 390 px, once the demo archive is indexed: the results come before the filters and the chart.
    let mut years = 0;
    for _ in 0..150 {
        let found = server.client().get("/api/search?q=internet").await.json();
        years = found["facets"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["name"] == "year")
            .map_or(0, |f| f["values"].as_array().map_or(0, Vec::len));
        if years >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert!(years >= 2, "the demo archive is indexed, over several years");
    browser.goto(&format!("{}/search?q=internet", server.url)).await.unwrap();
    let order = browser
        .execute(
            "const top = s => document.querySelector(s).getBoundingClientRect().top;
             return [top('.search-results') < top('.search-facets'), document.querySelectorAll('.site-search').length];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(order, serde_json::json!([true, 0]), "results first; the page's own form is its only search form");
    failures.extend(run_axe(&browser, &axe, "/search?q=internet (390 px)").await);

    // A wide screen: the menu shows without a click, the grid takes the page's width and no box of its own.
    browser.set_window_size(1280, 900).await.unwrap();
    browser.goto(&format!("{}/cycles/3/programme", server.url)).await.unwrap();
    assert!(browser.find(Locator::Css(".main-nav a[href='/participants']")).await.unwrap().is_displayed().await.unwrap());
    assert!(!browser.find(Locator::Css("details.menu")).await.unwrap().is_displayed().await.unwrap(), "no Menu button");
    click(&browser, ".main-nav a[href='/participants']").await;
    wait_for_path(&browser, "/participants").await;
    browser.goto(&format!("{}/cycles/3/programme", server.url)).await.unwrap();
    let grid = browser
        .execute(
            "const g = document.querySelector('.programme-grid');
             return [g.getClientRects().length > 0, getComputedStyle(g).maxHeight, g.scrollHeight <= g.clientHeight,
                     document.querySelector('.programme-list').getClientRects().length];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(grid, serde_json::json!([true, "none", true, 0]), "the grid shows whole on a wide screen");
    browser.goto(&format!("{}/search?q=internet", server.url)).await.unwrap();
    let beside = browser
        .execute(
            "const r = document.querySelector('.search-results').getBoundingClientRect();
             const t = document.querySelector('.search-trend');
             return t !== null && t.getBoundingClientRect().top < r.bottom && t.getBoundingClientRect().left !== r.left;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(beside, serde_json::json!(true), "the matches per year beside the results, not under them");
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
