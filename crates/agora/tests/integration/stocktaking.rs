//! WSIS stocktaking over HTTP: a participant registers a project (refused, naming the field, without an action
//! line or with an unknown country); the Secretariat validates it from the queue; the public register finds it
//! under each facet, counts it by region, exports it and serves it from the API; the alignment report counts it
//! under its GDC objective. A commitment's owner updates a milestone through the mailed link (once: a used link
//! says when); the tracker's percentage moves, recommendations are listed beside commitments, and stale items are
//! flagged after the set number of days.

use crate::support::*;

fn project(countries: &str, action_lines: &[&str]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = vec![
        ("title".into(), "Community networks for mountain villages".into()),
        ("description".into(), "Village-run wireless networks and training for local technicians.".into()),
        ("organization".into(), "Red Comunitaria Andina".into()),
        ("stakeholder_group".into(), "civil-society".into()),
        ("countries".into(), countries.into()),
        ("sdgs".into(), "9".into()),
        ("sdgs".into(), "4".into()),
        ("gdc_objectives".into(), "1".into()),
        ("starts_on".into(), "2025-02-01".into()),
        ("ends_on".into(), "2027-01-31".into()),
        ("status".into(), "ongoing".into()),
        ("links".into(), "https://example.org/andes".into()),
        ("contact_email".into(), "red@example.org".into()),
        ("language".into(), "es".into()),
    ];
    fields.extend(action_lines.iter().map(|l| ("action_lines".to_string(), l.to_string())));
    fields
}

async fn post_project(client: &Client, fields: Vec<(String, String)>) -> Reply {
    let csrf = client.get("/stocktaking/new").await.csrf();
    let mut all = vec![("csrf".to_string(), csrf)];
    all.extend(fields);
    client.post_fields("/stocktaking", &all).await
}

#[tokio::test]
async fn a_project_is_registered_validated_and_found_under_every_facet() {
    let server = Server::start().await;
    // Registering needs an account.
    let anonymous = server.client().get("/stocktaking/new").await;
    assert_eq!(anonymous.status, 303);
    let participant = registered_participant(&server, "Rosa Quispe", "rosa@example.org").await;

    // Refusals name their field.
    let no_line = post_project(&participant, project("PE, BO", &[])).await;
    assert_eq!(no_line.status, 422);
    assert!(no_line.body.contains("WSIS action lines: choose at least one."), "{}", no_line.body);
    assert!(no_line.body.contains("Red Comunitaria Andina"), "the form keeps what was typed");
    let unknown = post_project(&participant, project("PE, XX", &["C2"])).await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("Countries: XX is not a known country code."), "{}", unknown.body);
    let mut bad_dates = project("PE", &["C2"]);
    bad_dates.retain(|(k, _)| k != "ends_on" && k != "links");
    bad_dates.push(("ends_on".into(), "2020-01-01".into()));
    bad_dates.push(("links".into(), "javascript:alert(1)".into()));
    let refused = post_project(&participant, bad_dates).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("The end date is before the start date."));
    assert!(refused.body.contains("Not a web address (https://…): javascript:alert(1)"));
    let mut bad_group = project("PE", &["C2", "C99"]);
    bad_group.retain(|(k, _)| k != "stakeholder_group" && k != "contact_email");
    bad_group.push(("contact_email".into(), "not an address".into()));
    let refused = post_project(&participant, bad_group).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("WSIS action lines: C99 is not an action line."));
    assert!(refused.body.contains("Not a known value"), "the stakeholder group is required");
    assert!(refused.body.contains("Not an email address"));
    assert!(server.client().get("/api/stocktaking").await.json()["total"] == 0, "nothing stored");

    // Accepted, it waits for validation: not public, but its registrant sees it.
    let accepted = post_project(&participant, project("PE, bo", &["C2", "C7/e-learning"])).await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let path = accepted.location.unwrap();
    assert_eq!(server.client().get(&path).await.status, 404);
    assert!(participant.get(&path).await.body.contains("Awaiting validation"));
    assert!(!server.client().get("/stocktaking").await.body.contains("Community networks for mountain villages"));
    let id = path.rsplit('/').next().unwrap().to_string();

    // Only the Secretariat validates; a rejection needs a reason; a second review is a conflict.
    let csrf = participant.get("/stocktaking").await.csrf();
    assert_eq!(participant.post(&format!("{path}/review"), &[("csrf", &csrf), ("decision", "validate")]).await.status, 403);
    let secretariat = registered_participant(&server, "Sam Secretariat", "sam@example.org").await;
    grant(&server, "sam@example.org", "secretariat");
    let queue = secretariat.get("/stocktaking/queue").await;
    assert_eq!(queue.status, 200);
    assert!(queue.body.contains("Community networks for mountain villages"));
    let csrf = queue.csrf();
    let no_reason = secretariat.post(&format!("{path}/review"), &[("csrf", &csrf), ("decision", "reject"), ("note", " ")]).await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.body.contains("A rejection needs a note"));
    let validated = secretariat.post(&format!("{path}/review"), &[("csrf", &csrf), ("decision", "validate"), ("note", "")]).await;
    assert_eq!(validated.status, 303);
    let again = secretariat.post(&format!("{path}/review"), &[("csrf", &csrf), ("decision", "reject"), ("note", "late")]).await;
    assert_eq!(again.status, 409);
    assert!(!secretariat.get("/stocktaking/queue").await.body.contains("Community networks for mountain villages"));

    // Public now, found under each of its facets and not under others.
    assert_eq!(server.client().get(&path).await.status, 200);
    for query in [
        "",
        "action_line=C7",
        "action_line=C2",
        "sdg=9",
        "gdc=1",
        "region=latin-american-caribbean",
        "group=civil-society",
        "status=ongoing",
    ] {
        let page = server.client().get(&format!("/stocktaking?{query}")).await;
        assert!(page.body.contains("Community networks for mountain villages"), "not found with {query}");
        let api = server.client().get(&format!("/api/stocktaking?{query}")).await.json();
        assert_eq!(api["total"], 1, "{query}: {api}");
    }
    for query in ["action_line=C5", "sdg=3", "gdc=5", "region=african", "group=government", "status=completed"] {
        let api = server.client().get(&format!("/api/stocktaking?{query}")).await.json();
        assert_eq!(api["total"], 0, "{query}: {api}");
    }
    let api = server.client().get("/api/stocktaking").await.json();
    assert_eq!(api["projects"][0]["countries"], serde_json::json!(["PE", "BO"]));
    assert_eq!(api["counts"]["regions"][3], 1, "counted once in its region: {api}");
    assert!(api["projects"][0].get("contact_email").is_none(), "the contact is not published");
    let page = server.client().get("/stocktaking").await;
    assert!(page.body.contains("Matching projects by UN regional group"));
    let csv = server.client().get("/stocktaking.csv?gdc=1").await;
    assert!(csv.body.starts_with("id,title,organization") && csv.body.contains("Red Comunitaria Andina"), "{}", csv.body);
    assert!(!csv.body.contains("red@example.org"));
    let json = server.client().get("/stocktaking.json").await.json();
    assert_eq!(json[0]["id"].to_string(), id);
    assert_eq!(server.client().get("/api/stocktaking?limit=0").await.status, 400);
    assert_eq!(server.client().get("/api/stocktaking?cursor=nonsense").await.status, 400);
    let openapi = server.client().get("/api/openapi.json").await.body;
    assert!(openapi.contains("/api/stocktaking") && openapi.contains("/api/tracker"));

    // The alignment report counts it under its GDC objective and its action line.
    let alignment = server.client().get("/alignment").await.body;
    assert!(alignment.contains("Global Digital Compact objectives") && alignment.contains("1 projects"), "{alignment}");
    assert!(server.client().get("/alignment/gdc-1").await.body.contains("Community networks for mountain villages"));
    assert!(server.client().get("/alignment/C2").await.body.contains("Community networks for mountain villages"));
    assert!(!server.client().get("/alignment/gdc-5").await.body.contains("Community networks for mountain villages"));
    assert!(server.client().get("/alignment.csv").await.body.contains("gdc-1,register,,,,1,0"));
    assert!(server.client().get("/api/reference").await.status == 200);
}

fn commitment(milestones: &str) -> Vec<(String, String)> {
    vec![
        ("owner".into(), "Ministry of Digital Affairs".into()),
        ("owner_kind".into(), "organization".into()),
        ("contact_email".into(), "minister@example.org".into()),
        ("title".into(), "Connect every public school".into()),
        ("description".into(), "Fibre or satellite for every public school.".into()),
        ("due_on".into(), "2028-12-31".into()),
        ("gdc_objective".into(), "1".into()),
        ("action_line".into(), "C2".into()),
        ("sdg".into(), "4".into()),
        ("milestones".into(), milestones.into()),
    ]
}

#[tokio::test]
async fn a_commitment_is_updated_once_per_link_and_the_tracker_follows() {
    let server = Server::start().await;
    let owner = registered_participant(&server, "Omar Owner", "omar@example.org").await;
    let csrf = owner.get("/commitments/new").await.csrf();
    let post = |fields: Vec<(String, String)>| {
        let mut all = vec![("csrf".to_string(), csrf.clone())];
        all.extend(fields);
        all
    };
    // Refusals: no milestone; a milestone after the commitment's date; no date.
    let none = owner.post_fields("/commitments", &post(commitment(""))).await;
    assert_eq!(none.status, 422);
    assert!(none.body.contains("Milestones: write at least one"), "{}", none.body);
    let late = owner.post_fields("/commitments", &post(commitment("Everything | 2030-01-01"))).await;
    assert_eq!(late.status, 422);
    assert!(late.body.contains("due after the commitment itself: Everything | 2030-01-01"));
    let undated = owner.post_fields("/commitments", &post(commitment("Survey"))).await;
    assert_eq!(undated.status, 422);
    assert!(undated.body.contains("Milestones: no date"));
    let mut no_line = commitment("Survey | 2026-01-31");
    no_line.retain(|(k, _)| k != "action_line");
    let refused = owner.post_fields("/commitments", &post(no_line)).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("WSIS action line: choose one."));

    let created = owner
        .post_fields(
            "/commitments",
            &post(commitment("Survey of schools | 2026-01-31\nTender | 2026-09-30\nAll connected | 2028-12-31\nPilot | 2026-03-31")),
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location.unwrap();
    let id: i64 = path.rsplit('/').next().unwrap().parse().unwrap();
    let tracked =
        |items: &serde_json::Value| items.as_array().unwrap().iter().find(|i| i["kind"] == "commitment" && i["id"] == id).cloned().unwrap();
    assert_eq!(tracked(&server.client().get("/api/tracker").await.json())["percent"], 0);

    // The owner updates through the mailed link, without an account.
    let link = server.mail.link_for("minister@example.org", "/commitments/update/").await;
    let visitor = server.client();
    let form = visitor.get(&link).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let html = form.html();
    let options: Vec<String> = html
        .select(&scraper::Selector::parse("select#milestone option").unwrap())
        .map(|o| o.value().attr("value").unwrap().to_string())
        .collect();
    assert_eq!(options.len(), 4);
    let csrf = form.csrf();
    let bad_evidence =
        visitor.post(&link, &[("csrf", &csrf), ("milestone", &options[0]), ("state", "done"), ("evidence", "not a link")]).await;
    assert_eq!(bad_evidence.status, 422);
    assert!(bad_evidence.body.contains("The evidence must be a web address"));
    let no_change = visitor.post(&link, &[("csrf", &csrf), ("milestone", &options[0]), ("state", "planned")]).await;
    assert_eq!(no_change.status, 422);
    assert!(no_change.body.contains("Nothing changes"));
    let foreign = visitor.post(&link, &[("csrf", &csrf), ("milestone", "999999"), ("state", "done")]).await;
    assert_eq!(foreign.status, 422);
    assert!(foreign.body.contains("Choose one of this commitment"), "{}", foreign.body);
    let done = visitor
        .post(
            &link,
            &[
                ("csrf", &csrf),
                ("milestone", &options[0]),
                ("state", "done"),
                ("evidence", "https://example.org/survey.pdf"),
                ("note", "Published."),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    let item = tracked(&server.client().get("/api/tracker").await.json());
    assert_eq!(item["percent"], 25, "{item}");
    assert_eq!(item["evidence"], serde_json::json!(["https://example.org/survey.pdf"]));
    assert!(server.client().get(&path).await.body.contains("Published."));

    // The used link says when it was used, and refuses a second update; the next link works.
    let reused = visitor.get(&link).await;
    assert_eq!(reused.status, 410);
    assert!(reused.body.contains("This link was already used, on"), "{}", reused.body);
    let second = visitor.post(&link, &[("csrf", &csrf), ("milestone", &options[1]), ("state", "done")]).await;
    assert_eq!(second.status, 410);
    assert!(second.body.contains("already used"));
    assert_eq!(visitor.get("/commitments/update/not-a-link").await.status, 410);
    let next = link_in(&server.mail.nth_to("minister@example.org", 2).await.body, "/commitments/update/").unwrap();
    assert_ne!(next, link);
    let form = visitor.get(&next).await;
    let dropped = visitor
        .post(&next, &[("csrf", &form.csrf()), ("milestone", &options[3]), ("state", "dropped"), ("note", "Merged into the tender.")])
        .await;
    assert_eq!(dropped.status, 303);
    assert_eq!(tracked(&server.client().get("/api/tracker").await.json())["percent"], 33, "a dropped milestone no longer counts");
    let third = link_in(&server.mail.nth_to("minister@example.org", 3).await.body, "/commitments/update/").unwrap();
    let form = visitor.get(&third).await;
    let html = form.html();
    let open: Vec<String> = html
        .select(&scraper::Selector::parse("select#milestone option").unwrap())
        .map(|o| o.value().attr("value").unwrap().to_string())
        .collect();
    assert_eq!(open.len(), 2, "done and dropped milestones are settled");
    let settled = visitor.post(&third, &[("csrf", &form.csrf()), ("milestone", &options[0]), ("state", "planned"), ("note", "undo")]).await;
    assert_eq!(settled.status, 422);
    assert!(settled.body.contains("already done or dropped"));

    // Stale: with 0 days nothing is fresh — the parameter needs at least 1; with a day, it is fresh; the
    // Secretariat's setting is the default.
    let page = server.client().get("/tracker").await;
    assert!(page.body.contains("Connect every public school") && page.body.contains("33 %"));
    let fresh = server.client().get("/api/tracker?stale_days=1").await.json();
    assert_eq!(tracked(&fresh)["stale"], false);
    assert_eq!(server.client().get("/api/tracker?stale=yes").await.json().as_array().unwrap().len(), 0);
    let csrf = owner.get("/tracker").await.csrf();
    assert_eq!(owner.post("/tracker/settings", &[("csrf", &csrf), ("stale_days", "5")]).await.status, 403);
    let secretariat = registered_participant(&server, "Sam Secretariat", "sam@example.org").await;
    grant(&server, "sam@example.org", "secretariat");
    let csrf = secretariat.get("/tracker").await.csrf();
    assert_eq!(secretariat.post("/tracker/settings", &[("csrf", &csrf), ("stale_days", "0")]).await.status, 400);
    assert_eq!(secretariat.post("/tracker/settings", &[("csrf", &csrf), ("stale_days", "45")]).await.status, 303);
    assert!(server.client().get("/tracker").await.body.contains("for 45 days or more"));
    let csv = server.client().get("/tracker.csv").await.body;
    assert!(csv.starts_with("kind,id,title") && csv.contains("Connect every public school"));
    assert!(!csv.contains("minister@example.org"));
}

#[tokio::test]
async fn the_demo_tracker_flags_stale_items_and_lists_recommendations() {
    let server = Server::start_with(true).await;
    let items = server.client().get("/api/tracker").await.json();
    let items = items.as_array().unwrap();
    assert!(items.iter().any(|i| i["kind"] == "recommendation"), "recommendations beside commitments");
    let commitments: Vec<_> = items.iter().filter(|i| i["kind"] == "commitment").collect();
    assert_eq!(commitments.len(), 8);
    assert!(commitments.iter().any(|i| i["stale"] == true) && commitments.iter().any(|i| i["stale"] == false));
    assert!(commitments.iter().any(|i| i["percent"] == 100) && commitments.iter().any(|i| i["percent"] == 0));
    let stale_only = server.client().get("/api/tracker?stale=yes&kind=commitment").await.json();
    assert!(stale_only.as_array().unwrap().iter().all(|i| i["stale"] == true && i["kind"] == "commitment"));
    // With a long enough period nothing is stale.
    let patient = server.client().get("/api/tracker?stale_days=3650&kind=commitment").await.json();
    assert!(patient.as_array().unwrap().iter().all(|i| i["stale"] == false));
    let register = server.client().get("/api/stocktaking?limit=500").await.json();
    assert!(register["total"].as_u64().unwrap() >= 40, "{register}");
    let regions = register["counts"]["regions"].as_array().unwrap();
    assert!(regions[..5].iter().all(|n| n.as_u64().unwrap() > 0), "every UN regional group has projects: {regions:?}");
    let languages: std::collections::BTreeSet<String> =
        register["projects"].as_array().unwrap().iter().map(|p| p["language"].as_str().unwrap().to_string()).collect();
    assert!(languages.len() >= 6, "{languages:?}");
    assert!(server.client().get("/").await.body.contains("/stocktaking"), "linked from the navigation");
}

/// In a real browser: a participant registers a project (a refusal first), the Secretariat validates it from the
/// queue, it appears in the register under its facets and in the alignment report under its GDC objective; a
/// commitment's milestone is updated through its mailed link and the tracker's percentage moves. Every page passes
/// the axe-core audit, in English and in Arabic, and the register reads at 390 px.
#[tokio::test]
async fn the_register_and_the_tracker_work_in_the_browser() {
    use crate::browser::{browser, click, fill, run_axe, sign_in, wait_for_path};
    use fantoccini::Locator;
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start().await;
    let url = |path: &str| format!("{}{path}", server.url);
    let mut failures = Vec::new();
    registered_participant(&server, "Rosa Quispe", "rosa@example.org").await;
    registered_participant(&server, "Sam Secretariat", "sam@example.org").await;
    grant(&server, "sam@example.org", "secretariat");
    let main_text = || async { browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap() };

    // The participant registers a project: refused without an action line, then accepted.
    sign_in(&browser, &server.url, "rosa@example.org", PASSWORD).await;
    browser.goto(&url("/stocktaking/new")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/stocktaking/new").await);
    fill(&browser, "title", "Bibliotecas conectadas de los Andes").await;
    fill(&browser, "description", "Las bibliotecas municipales ofrecen Internet gratuito y cursos.").await;
    fill(&browser, "organization", "Red de Bibliotecas Andinas").await;
    browser.find(Locator::Id("stakeholder_group")).await.unwrap().select_by_value("civil-society").await.unwrap();
    fill(&browser, "countries", "PE, BO").await;
    click(&browser, "input[name=gdc_objectives][value='1']").await;
    click(&browser, "input[name=sdgs][value='4']").await;
    // A date field's typing depends on the browser's locale: its value is set as a date picker would.
    browser.execute("document.getElementById('starts_on').value = '2025-02-01';", vec![]).await.unwrap();
    click(&browser, "form.stacked button[type=submit]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css(".error-summary")).await.unwrap();
    let refused = main_text().await;
    assert!(refused.contains("WSIS action lines: choose at least one."), "{refused}");
    failures.extend(run_axe(&browser, &axe, "/stocktaking/new (with errors)").await);
    click(&browser, "input[name=action_lines][value=C3]").await;
    click(&browser, "form.stacked button[type=submit]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("p.warning")).await.unwrap();
    let path = browser.current_url().await.unwrap().path().to_string();
    assert!(main_text().await.contains("Awaiting validation"));

    // The Secretariat validates it from the queue.
    sign_in(&browser, &server.url, "sam@example.org", PASSWORD).await;
    browser.goto(&url("/stocktaking/queue")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/stocktaking/queue").await);
    assert!(main_text().await.contains("Bibliotecas conectadas de los Andes"));
    click(&browser, "button[name=decision][value=validate]").await;
    browser
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_element(Locator::XPath("//p[contains(., 'No project is waiting')]"))
        .await
        .unwrap();

    // Public: in the register under its facets, and in the alignment report under its GDC objective.
    browser.goto(&url("/stocktaking?region=latin-american-caribbean&gdc=1")).await.unwrap();
    assert!(main_text().await.contains("Bibliotecas conectadas de los Andes"));
    failures.extend(run_axe(&browser, &axe, "/stocktaking (filtered)").await);
    browser.goto(&url(&path)).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/stocktaking/{id}").await);
    click(&browser, "a[href$='/alignment/gdc-1']").await;
    wait_for_path(&browser, "/alignment/gdc-1").await;
    assert!(main_text().await.contains("Bibliotecas conectadas de los Andes"));
    failures.extend(run_axe(&browser, &axe, "/alignment/gdc-1").await);
    browser.goto(&url("/alignment")).await.unwrap();
    assert!(main_text().await.contains("Global Digital Compact objectives"));
    failures.extend(run_axe(&browser, &axe, "/alignment").await);

    // A commitment, and a milestone update through its mailed link, without an account.
    browser.goto(&url("/commitments/new")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/commitments/new").await);
    fill(&browser, "owner", "Red de Bibliotecas Andinas").await;
    fill(&browser, "contact_email", "red@example.org").await;
    fill(&browser, "title", "Open every library's Wi-Fi to the public").await;
    browser.execute("document.getElementById('due_on').value = '2027-12-31';", vec![]).await.unwrap();
    browser.find(Locator::Id("gdc_objective")).await.unwrap().select_by_value("1").await.unwrap();
    browser.find(Locator::Id("action_line")).await.unwrap().select_by_value("C3").await.unwrap();
    browser.find(Locator::Id("sdg")).await.unwrap().select_by_value("4").await.unwrap();
    fill(&browser, "milestones", "Survey of libraries | 2026-03-31\nWi-Fi in half of them | 2026-12-31").await;
    click(&browser, "form.stacked button[type=submit]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("span.percent")).await.unwrap();
    let commitment = browser.current_url().await.unwrap().path().to_string();
    browser.goto(&url("/tracker")).await.unwrap();
    assert!(main_text().await.contains("0 %"));
    let link = server.mail.link_for("red@example.org", "/commitments/update/").await;
    browser.goto(&url(&link)).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/commitments/update/{token}").await);
    click(&browser, "input[name=state][value=done]").await;
    fill(&browser, "evidence", "https://example.org/survey").await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_for_path(&browser, &commitment).await;
    failures.extend(run_axe(&browser, &axe, "/commitments/{id}").await);
    browser.goto(&url("/tracker")).await.unwrap();
    let tracker = main_text().await;
    assert!(tracker.contains("Open every library's Wi-Fi to the public") && tracker.contains("50 %"), "{tracker}");
    failures.extend(run_axe(&browser, &axe, "/tracker").await);
    browser.goto(&url(&link)).await.unwrap();
    assert!(main_text().await.contains("This link was already used, on"));
    failures.extend(run_axe(&browser, &axe, "/commitments/update/{token} (used)").await);

    // Arabic, right to left; and a phone's width.
    for path in ["/ar/stocktaking", "/ar/tracker", "/ar/alignment"] {
        browser.goto(&url(path)).await.unwrap();
        failures.extend(run_axe(&browser, &axe, path).await);
    }
    browser.set_window_size(390, 844).await.unwrap();
    browser.goto(&url("/stocktaking")).await.unwrap();
    let overflow: bool =
        serde_json::from_value(browser.execute("return document.documentElement.scrollWidth > window.innerWidth;", vec![]).await.unwrap())
            .unwrap();
    assert!(!overflow, "the register is wider than a phone");
    failures.extend(run_axe(&browser, &axe, "/stocktaking (390 px)").await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
