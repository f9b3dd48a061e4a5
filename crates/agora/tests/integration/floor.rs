//! The meeting's hybrid floor over HTTP: a session's live page and its one queue for the room, online and hubs;
//! the refusals with their sentences (queue closed, not at a hub, moderators only); verified online attendance
//! giving a certificate; the moderators' counts feeding the report form; the "now" view; remote hubs by region
//! with their bad input; and the cycle statistics counting onsite, online and hub attendance.

use crate::meeting::{cycle_meeting, day, decide, register};
use crate::programme::option_of;
use crate::support::*;

/// A cycle whose meeting is today with one session placed now in the published programme: (cycle, session).
pub(crate) async fn session_now(secretariat: &Client) -> (i64, i64) {
    let cycle = cycle_meeting(secretariat, "IGF 2026", &day(0), &day(2)).await;
    let venue = format!("/cycles/{cycle}/venue");
    let added = secretariat.submit(&venue, &venue, &[("action", "room"), ("name", "Plenary"), ("capacity", "400"), ("hybrid", "on")]).await;
    assert_eq!(added.status, 303, "{}", added.body);
    // A slot that started at the top of this hour (UTC, the forum's zone) and lasts two hours.
    let hour = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).hour();
    let times = format!("{hour:02}:00");
    let slots = secretariat
        .submit(&venue, &venue, &[("action", "slots"), ("day", "1"), ("date", &day(0)), ("times", &times), ("minutes", "120")])
        .await;
    assert_eq!(slots.status, 303, "{}", slots.body);
    let sessions = format!("/cycles/{cycle}/sessions");
    let form = secretariat.get(&sessions).await;
    let fields = [
        ("action", "add"),
        ("title", "Open forum on meaningful connectivity"),
        ("session_type", "workshop"),
        ("minutes", "90"),
        ("expected_audience", "200"),
        ("needs_hybrid", "on"),
        ("fixed_room", &option_of(&form, "s-room", "Plenary")),
        ("fixed_slot", &option_of(&form, "s-slot", &times)),
    ];
    assert_eq!(secretariat.submit(&sessions, &sessions, &fields).await.status, 303);
    let schedule = format!("/cycles/{cycle}/schedule");
    let draft = secretariat.submit(&schedule, &schedule, &[("name", "Final"), ("seed", "1")]).await;
    let shown = secretariat.get(&draft.location.unwrap()).await;
    let publish = shown.attr("form[action$='/publish']", "action");
    assert_eq!(secretariat.post(&publish, &[("csrf", &shown.csrf())]).await.status, 303);
    let programme = secretariat.get(&format!("/cycles/{cycle}/programme")).await;
    let at = programme.body.find("/sessions/").expect("a session in the programme");
    let session = programme.body[at + "/sessions/".len()..].split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap();
    (cycle, session)
}

/// A participant registered online for the meeting and approved: their client and registration id.
pub(crate) async fn approved_online(server: &Server, secretariat: &Client, cycle: i64, name: &str, email: &str) -> (Client, i64) {
    let client = registered_participant(server, name, email).await;
    let fields = [("attendance", "online"), ("organization", "Paradigm Initiative"), ("stakeholder_group", "civil-society")];
    assert_eq!(register(&client, cycle, &fields, None).await.status, 303);
    // An online registration's page links to no document yet: its id is in the Secretariat's queue.
    let queue = secretariat.get(&format!("/cycles/{cycle}/meeting/queue?status=submitted")).await;
    let at = queue.body.find("/meeting/registrations/").expect("the registration in the queue");
    let id: i64 = queue.body[at + "/meeting/registrations/".len()..].split('/').next().unwrap().parse().unwrap();
    assert_eq!(decide(secretariat, id, "approved", "").await.status, 303);
    (client, id)
}

async fn queue_action(client: &Client, session: i64, fields: &[(&str, &str)]) -> Reply {
    let live = format!("/sessions/{session}/live");
    client.submit(&live, &format!("{live}/queue"), fields).await
}

async fn join(client: &Client, session: i64, fields: &[(&str, &str)]) -> Reply {
    let live = format!("/sessions/{session}/live");
    client.submit(&live, &format!("{live}/join"), fields).await
}

async fn register_hub(client: &Client, cycle: i64, fields: &[(&str, &str)]) -> Reply {
    let hubs = format!("/cycles/{cycle}/hubs");
    client.submit(&hubs, &hubs, fields).await
}

#[tokio::test]
async fn one_queue_for_the_room_online_and_hubs_with_verified_attendance_and_counts() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let (cycle, session) = session_now(&secretariat).await;
    let live = format!("/sessions/{session}/live");
    let api = format!("/api/sessions/{session}/live");

    // The session page and the programme's "now" view lead to the live page; anyone may read it.
    assert_eq!(server.client().get(&format!("/sessions/{session}")).await.attr("#live-link", "href"), live);
    let programme = server.client().get(&format!("/cycles/{cycle}/programme")).await;
    assert_eq!(programme.attr("#now-link", "href"), format!("/cycles/{cycle}/programme/now"));
    let now = server.client().get(&format!("/cycles/{cycle}/programme/now")).await;
    assert_eq!(now.attr("#now-on + ul a", "href"), live, "{}", now.body);
    let anonymous = server.client().get(&live).await;
    assert_eq!(anonymous.status, 200);
    assert_eq!(anonymous.attr("#refresh", "href"), live, "a refresh link for readers without JavaScript");
    assert_eq!(anonymous.attr("script[src]", "src"), "/static/floor.js");
    assert!(anonymous.body.contains("The queue is closed."));
    assert!(server.client().get("/static/floor.js").await.body.contains("data-live-api"));

    // A hub in Nairobi follows the session.
    let hub_fields = [
        ("city", "Nairobi"),
        ("country", "KE"),
        ("host", "KICTANet"),
        ("coordinator", "Grace Mutung'u"),
        ("technical_lead", "Brian Otieno"),
        ("expected_attendance", "40"),
        ("sessions", &session.to_string()),
    ];
    assert_eq!(register_hub(&secretariat, cycle, &hub_fields).await.status, 303);
    let hub = secretariat.get(&live).await.attr("#hub option", "value");

    let (amina, amina_registration) = approved_online(&server, &secretariat, cycle, "Amina Diallo", "amina@example.org").await;
    let (wanjiru, _) = approved_online(&server, &secretariat, cycle, "Wanjiru Kamau", "wanjiru@example.org").await;
    let omar = registered_participant(&server, "Omar Haddad", "omar@example.org").await;

    // Before she follows the session, Amina's certificate is refused: no verified attendance.
    let certificate = format!("/meeting/registrations/{amina_registration}/certificate");
    assert_eq!(amina.submit(&certificate, &certificate, &[]).await.status, 422);

    // The queue is closed: her request is refused with the reason, and nothing is stored.
    let closed = queue_action(&amina, session, &[("action", "ask"), ("mode", "online")]).await;
    assert_eq!(closed.status, 422);
    assert!(closed.body.contains("The queue is closed: the moderators have not opened it."), "{}", closed.body);
    // Only moderators open it.
    let forbidden = queue_action(&amina, session, &[("action", "open")]).await;
    assert_eq!(forbidden.status, 403);
    assert!(forbidden.body.contains("organizers and moderators and the meeting"));
    assert_eq!(queue_action(&secretariat, session, &[("action", "open")]).await.status, 303);

    // Amina follows online (verified: accredited, during the session), then asks for the floor.
    assert_eq!(join(&amina, session, &[("presence", "online")]).await.status, 303);
    let page = amina.get(&live).await;
    assert!(page.texts("#joined")[0].contains("Your attendance is verified."), "{:?}", page.texts("#joined"));
    assert_eq!(queue_action(&amina, session, &[("action", "ask"), ("mode", "online")]).await.status, 303);
    assert!(amina.get(&live).await.body.contains("You are number 1 in the queue."));
    let twice = queue_action(&amina, session, &[("action", "ask"), ("mode", "online")]).await;
    assert_eq!(twice.status, 422);
    assert!(twice.body.contains("You are already in the queue."));
    // She did not join at a hub: she cannot speak for one.
    assert_eq!(queue_action(&amina, session, &[("action", "withdraw")]).await.status, 303);
    let not_at_hub = queue_action(&amina, session, &[("action", "ask"), ("mode", "hub")]).await;
    assert_eq!(not_at_hub.status, 422);
    assert!(not_at_hub.body.contains("Only someone following this session from a hub"));
    assert_eq!(queue_action(&amina, session, &[("action", "ask"), ("mode", "online")]).await.status, 303);

    // Omar asks from the room (no attendance recorded, not accredited); Wanjiru joins at the hub and asks for it.
    assert_eq!(queue_action(&omar, session, &[("action", "ask"), ("mode", "onsite")]).await.status, 303);
    let unknown_hub = join(&wanjiru, session, &[("presence", "hub"), ("hub", "999")]).await;
    assert_eq!(unknown_hub.status, 422);
    assert!(unknown_hub.body.contains("Choose one of the hubs that follow this session."));
    assert_eq!(join(&wanjiru, session, &[("presence", "hub"), ("hub", &hub)]).await.status, 303);
    assert_eq!(queue_action(&wanjiru, session, &[("action", "ask"), ("mode", "hub")]).await.status, 303);

    // One queue, the room and the remote side in turn: Amina (online, first), Omar (room), the Nairobi hub.
    let json = server.client().get(&api).await.json();
    assert_eq!(json["open"], true);
    let waiting: Vec<(String, String, Option<String>)> = json["waiting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["name"].as_str().unwrap().into(), w["mode"].as_str().unwrap().into(), w["hub"].as_str().map(String::from)))
        .collect();
    assert_eq!(
        waiting,
        [
            ("Amina Diallo".into(), "online".into(), None),
            ("Omar Haddad".into(), "onsite".into(), None),
            ("Wanjiru Kamau".into(), "online".into(), Some("Nairobi".into()))
        ]
    );
    assert!(server.client().get(&live).await.texts("table.queue td").join(" ").contains("Online, Nairobi"));

    // A participant cannot call; the moderator calls Amina, then marks her done.
    assert_eq!(queue_action(&omar, session, &[("action", "next")]).await.status, 403);
    assert_eq!(queue_action(&secretariat, session, &[("action", "next")]).await.status, 303);
    let json = server.client().get(&api).await.json();
    assert_eq!(json["speaking"]["name"], "Amina Diallo");
    assert_eq!(json["waiting"].as_array().unwrap().len(), 2);
    assert!(amina.get(&live).await.texts(".speaking")[0].contains("Amina Diallo"));
    assert_eq!(queue_action(&secretariat, session, &[("action", "done")]).await.status, 303);
    let json = server.client().get(&api).await.json();
    assert!(json["speaking"].is_null(), "{json}");
    assert_eq!(json["spoken"], 1);
    assert_eq!(queue_action(&secretariat, session, &[("action", "next")]).await.status, 303);
    assert_eq!(server.client().get(&api).await.json()["speaking"]["name"], "Omar Haddad");

    // The moderators read the session's verified attendance; others do not.
    let counts = secretariat.get(&live).await.texts("#attendance-counts dd");
    assert_eq!(counts, ["0", "1", "1"], "onsite, online, hub");
    assert!(amina.get(&live).await.texts("#attendance-counts dd").is_empty());
    // The counts start the session's report.
    let report = secretariat.get(&format!("/sessions/{session}/report")).await;
    assert_eq!(report.attr("#onsite-n", "value"), "0");
    assert_eq!(report.attr("#online", "value"), "2");

    // Verified online attendance gives Amina her certificate.
    assert_eq!(amina.submit(&certificate, &certificate, &[]).await.status, 303);
    assert!(amina.get(&certificate).await.body.contains("Amina Diallo"));

    // The cycle statistics count who followed sessions, and from where, and the hubs by region.
    let statistics = server.client().get(&format!("/api/cycles/{cycle}/statistics")).await.json();
    let count = |dimension: &str, category: &str| {
        statistics[dimension].as_array().unwrap().iter().find(|c| c["category"] == category).map(|c| c["count"].clone())
    };
    assert_eq!(
        (count("session-attendance", "onsite"), count("session-attendance", "online"), count("session-attendance", "hub")),
        (Some(0.into()), Some(1.into()), Some(1.into()))
    );
    assert_eq!(count("hubs-by-region", "african"), Some(1.into()));
    let page = server.client().get(&format!("/cycles/{cycle}/statistics")).await;
    assert!(page.body.contains("Sessions followed (verified attendance, people)") && page.body.contains("At a remote hub"));

    // The captions link: moderators only, a web link.
    let captions = format!("{live}/captions");
    assert_eq!(amina.submit(&live, &captions, &[("captions_url", "https://captions.example.org/1")]).await.status, 403);
    assert_eq!(secretariat.submit(&live, &captions, &[("captions_url", "javascript:alert(1)")]).await.status, 422);
    assert_eq!(secretariat.submit(&live, &captions, &[("captions_url", "https://captions.example.org/1")]).await.status, 303);
    assert_eq!(server.client().get(&live).await.attr("#captions-link", "href"), "https://captions.example.org/1");
    assert_eq!(server.client().get(&api).await.json()["captions_url"], "https://captions.example.org/1");

    // A session that is not in the published programme has no live page.
    assert_eq!(server.client().get("/sessions/9999/live").await.status, 404);
    assert_eq!(server.client().get("/api/sessions/9999/live").await.status, 404);
}

#[tokio::test]
async fn hubs_are_listed_by_region_and_bad_input_is_named_with_the_form_kept() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let (cycle, session) = session_now(&secretariat).await;
    let hubs = format!("/cycles/{cycle}/hubs");
    let empty = server.client().get(&hubs).await;
    assert_eq!(empty.status, 200);
    assert!(empty.body.contains("No hub has registered yet."));
    assert!(empty.body.contains("Sign in to register a hub"));
    let host = registered_participant(&server, "Farhana Akter", "farhana@example.org").await;
    let bad = register_hub(
        &host,
        cycle,
        &[
            ("city", "Dhaka"),
            ("country", "XX"),
            ("host", ""),
            ("coordinator", "Farhana Akter"),
            ("technical_lead", ""),
            ("expected_attendance", "0"),
        ],
    )
    .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.texts("#host-error"), ["Required, at most 200 characters."]);
    assert_eq!(bad.texts("#technical_lead-error"), ["Required, at most 200 characters."]);
    assert_eq!(bad.texts("#country-error"), ["Choose the hub's country."]);
    assert_eq!(bad.texts("#expected_attendance-error")[0], "The expected attendance must be a whole number from 1 to 100000.");
    assert_eq!(bad.attr("#city", "value"), "Dhaka", "what was typed is kept");
    assert_eq!(bad.attr("#coordinator", "value"), "Farhana Akter");
    assert!(server.client().get(&hubs).await.body.contains("No hub has registered yet."), "nothing was stored");
    for (city, country, host_name) in
        [("Dhaka", "BD", "Bangladesh IGF"), ("Bogotá", "CO", "Universidad de los Andes"), ("Tunis", "TN", "الجمعية التونسية للإنترنت")]
    {
        let fields = [
            ("city", city),
            ("country", country),
            ("host", host_name),
            ("coordinator", "Farhana Akter"),
            ("technical_lead", "Mohammad Rahman"),
            ("expected_attendance", "60"),
            ("sessions", &session.to_string()),
        ];
        let done = register_hub(&host, cycle, &fields).await;
        assert_eq!(done.status, 303, "{}", done.body);
    }
    let list = server.client().get(&hubs).await;
    assert_eq!(
        list.texts("h2[id^='region-']"),
        ["African Group (1)", "Asia-Pacific Group (1)", "Latin American and Caribbean Group (GRULAC) (1)"]
    );
    assert!(list.body.contains("<bdi>الجمعية التونسية للإنترنت</bdi>"), "user content is isolated");
    assert_eq!(list.attr(".sub-nav a[href$='/hubs']", "href"), hubs, "the hubs are in the cycle's navigation");
    // The hubs follow the session: its live page lists them and offers them to join from.
    let live = server.client().get(&format!("/sessions/{session}/live")).await;
    assert_eq!(live.texts("#hubs + ul li").len(), 3);
    // The registration is on the public record.
    let record = table_rows(&server, &["public_record"]);
    assert_eq!(record["public_record"].iter().filter(|r| r["kind"] == "hub.registered").count(), 3);
}

/// In a real browser, each page audited with axe-core: a registered, approved participant opens the session's
/// live page from the programme's "now" view, records her online attendance and asks for the floor; the
/// moderator, in another window's session, opens the queue beforehand, sees her online in the queue and calls
/// her; her page, left open, shows her speaking without a reload (the script polls); the moderator marks her done.
#[tokio::test]
async fn a_participant_requests_the_floor_online_and_the_moderator_calls_her_in_the_browser() {
    use crate::browser::{browser, click, run_axe, sign_in, wait_for_path};
    use fantoccini::Locator;
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let (cycle, session) = session_now(&secretariat).await;
    approved_online(&server, &secretariat, cycle, "Aïssatou Ndiaye", "aissatou@example.org").await;
    let base = server.url.clone();
    let live = format!("/sessions/{session}/live");
    let wait = |css: String| {
        let browser = browser.clone();
        async move {
            browser
                .wait()
                .at_most(std::time::Duration::from_secs(15))
                .for_element(Locator::Css(&css))
                .await
                .unwrap_or_else(|_| panic!("{css}"))
        }
    };
    let mut failures = Vec::new();

    // The moderator opens the queue.
    sign_in(&browser, &base, "secretariat@example.org", PASSWORD).await;
    browser.goto(&format!("{base}{live}")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "live page (moderator, queue closed)").await);
    click(&browser, "#moderate button[value=open]").await;
    wait("form#ask".to_string()).await;

    // She finds the session on the "now" view, follows it online and asks for the floor.
    sign_in(&browser, &base, "aissatou@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}/programme")).await.unwrap();
    click(&browser, "#now-link").await;
    wait_for_path(&browser, &format!("/cycles/{cycle}/programme/now")).await;
    failures.extend(run_axe(&browser, &axe, "/cycles/N/programme/now").await);
    click(&browser, &format!("#now-on + ul a[href='{live}']")).await;
    wait("form#join".to_string()).await;
    click(&browser, "#presence-online").await;
    click(&browser, "form#join button[type=submit]").await;
    let joined = wait("#joined".to_string()).await.text().await.unwrap();
    assert!(joined.contains("Your attendance is verified."), "{joined}");
    click(&browser, "form#ask input[name=mode][value=online]").await;
    click(&browser, "form#ask button[value=ask]").await;
    let position = wait("#floor-queue .notice".to_string()).await.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(position.contains("You are number 1 in the queue."), "{position}");
    failures.extend(run_axe(&browser, &axe, "live page (waiting)").await);

    // The moderator, in his own session (the API's client), sees her online and calls her.
    let queue = secretariat.get(&live).await;
    assert_eq!(queue.texts("table.queue td")[..2], ["Aïssatou Ndiaye", "Online"]);
    assert_eq!(queue_action(&secretariat, session, &[("action", "next")]).await.status, 303);
    // Her page, left open, shows it: the script saw the change and refreshed the queue.
    let speaking = wait("#floor-queue .speaking".to_string()).await.text().await.unwrap();
    assert!(speaking.contains("Aïssatou Ndiaye") && speaking.contains("Online"), "{speaking}");
    failures.extend(run_axe(&browser, &axe, "live page (speaking)").await);

    // Back as the moderator in the browser: done, in Arabic too.
    sign_in(&browser, &base, "secretariat@example.org", PASSWORD).await;
    browser.goto(&format!("{base}{live}")).await.unwrap();
    assert!(browser.find(Locator::Css("#attendance-counts")).await.is_ok(), "the moderator reads the counts");
    click(&browser, "#moderate button[value=done]").await;
    wait("#floor-queue .hint".to_string()).await;
    browser.goto(&format!("{base}/ar{live}")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/ar live page (moderator)").await);
    browser.goto(&format!("{base}/cycles/{cycle}/hubs")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "/cycles/N/hubs").await);
    click(&browser, "form.stacked button[type=submit]").await;
    wait("#city-error".to_string()).await;
    failures.extend(run_axe(&browser, &axe, "/cycles/N/hubs (with errors)").await);
    assert!(server.client().get(&format!("/api/sessions/{session}/live")).await.json()["speaking"].is_null());
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
