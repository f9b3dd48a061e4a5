//! The programme: venue, sessions, scheduler drafts and publication, the public programme and session pages,
//! "my agenda", and the standard exports (iCalendar, frab schedule.xml / schedule.json validated against the
//! c3voc schemas).

use crate::support::*;
use std::process::Command;

fn validators() -> bool {
    let ok = std::env::var("AGORA_SCHEDULE_VALIDATORS").is_ok() || Command::new("xmllint").arg("--version").output().is_ok();
    if !ok {
        println!("SKIPPED: schedule validation needs xmllint and python jsonschema (scripts/test-all installs them)");
    }
    ok
}

fn data(file: &str) -> String {
    format!("{}/tests/data/c3voc/{file}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
async fn the_demo_programme_is_conflict_free_and_its_exports_validate() {
    let server = Server::start_with(true).await;
    // The forum runs on Nairobi time: pages and exports show it, and the exports still validate.
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", "agora demo password").await.status, 303);
    let settings = admin.get("/admin/settings").await;
    let unknown = admin.post_fields("/admin/settings", &with(settings.form_fields("form.stacked"), &[("time_zone", "Mars/Olympus")])).await;
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.attr("#time-zone", "value"), "Mars/Olympus");
    let saved = admin.post_fields("/admin/settings", &with(settings.form_fields("form.stacked"), &[("time_zone", "Africa/Nairobi")])).await;
    assert_eq!(saved.status, 303);
    let client = server.client();
    let page = client.get("/cycles/3/programme").await;
    assert_eq!(page.status, 200);
    let xml = client.get("/cycles/3/schedule.xml").await.body;
    assert!(xml.contains("<time_zone_name>Africa/Nairobi</time_zone_name>") && xml.contains("+03:00"), "{}", &xml[..600]);
    // A client that accepts gzip gets the same bytes compressed (from memory), and caches know it varies.
    for _ in 0..2 {
        let (headers, gzipped) = client.get_bytes_with("/cycles/3/schedule.xml", "accept-encoding", "br;q=1.0, gzip;q=0.8").await;
        assert_eq!(headers["content-encoding"], "gzip");
        assert!(headers.get_all("vary").iter().any(|v| v.to_str().unwrap().contains("accept-encoding")));
        assert!(gzipped.len() * 3 < xml.len(), "{} bytes for {}", gzipped.len(), xml.len());
        let mut inflated = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzipped[..]), &mut inflated).unwrap();
        assert_eq!(inflated, xml);
    }
    let (headers, plain) = client.get_bytes_with("/cycles/3/schedule.xml", "accept-encoding", "gzip;q=0").await;
    assert!(headers.get("content-encoding").is_none());
    assert_eq!(plain, xml.as_bytes());
    let ics = client.get("/cycles/3/programme.ics").await;
    assert_eq!(ics.status, 200);
    assert!(ics.body.contains("Z\r\n"), "iCalendar stays in UTC, which every calendar converts");
    assert!(page.body.contains("Opening ceremony") && page.body.contains("Plenary Hall"));

    let json = client.get("/cycles/3/schedule.json").await;
    let schedule = json.json();
    let mut seen: Vec<(String, String)> = Vec::new();
    let mut events = 0;
    for day in schedule["schedule"]["conference"]["days"].as_array().unwrap() {
        for room_events in day["rooms"].as_object().unwrap().values() {
            for event in room_events.as_array().unwrap() {
                events += 1;
                for person in event["persons"].as_array().unwrap() {
                    let who = person["public_name"].as_str().or(person["name"].as_str()).unwrap().to_string();
                    let when = event["date"].as_str().unwrap().to_string();
                    assert!(!seen.contains(&(who.clone(), when.clone())), "{who} is in two sessions at {when}");
                    seen.push((who, when));
                }
            }
        }
    }
    assert_eq!(events, 77, "every session of the demo is placed");
    let csv = client.get("/cycles/3/programme.csv").await;
    assert!(csv.body.starts_with("id,title,type,theme,day,starts_at,minutes,room,people\r\n"));
    assert_eq!(csv.body.lines().count(), 78);
    let openings = client.get("/cycles/3/programme?session_type=opening").await;
    assert_eq!(openings.texts("table.grid a"), ["Opening ceremony"], "the grid keeps only the chosen type");
    let ics = client.get("/cycles/3/programme.ics").await;
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(ics.body.matches("BEGIN:VEVENT").count(), 77);

    if validators() {
        let dir = tempfile::tempdir().unwrap();
        let xml_path = dir.path().join("schedule.xml");
        std::fs::write(&xml_path, client.get("/cycles/3/schedule.xml").await.body).unwrap();
        let xml = Command::new("xmllint").args(["--noout", "--schema", &data("schedule.xml.xsd")]).arg(&xml_path).output().unwrap();
        assert!(xml.status.success(), "schedule.xml: {}", String::from_utf8_lossy(&xml.stderr));
        let json_path = dir.path().join("schedule.json");
        std::fs::write(&json_path, &json.body).unwrap();
        let script = format!("{}/../../scripts/validate-schedule-json.py", env!("CARGO_MANIFEST_DIR"));
        let out = Command::new("python3").arg(script).arg(&json_path).arg(data("schema.json")).output().unwrap();
        assert!(out.status.success(), "schedule.json: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }

    // A participant marks a session; it is in their agenda.
    let me = server.client();
    assert_eq!(me.login("mag@demo.agora.example", "agora demo password").await.status, 303);
    let session = schedule["schedule"]["conference"]["days"][1]["rooms"]["Plenary Hall"][0]["id"].as_i64().unwrap();
    let marked = me.submit(&format!("/sessions/{session}"), &format!("/sessions/{session}/interest"), &[("interested", "yes")]).await;
    assert_eq!(marked.status, 303);
    let agenda = me.get("/me/agenda.ics").await;
    assert!(agenda.body.contains(&format!("UID:session-{session}@")), "{}", agenda.body);
    assert!(me.get(&format!("/sessions/{session}")).await.body.contains("Remove from my agenda"));
}

#[tokio::test]
async fn the_secretariat_builds_a_venue_schedules_drafts_and_publishes_one() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026")]).await;
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    let venue = format!("/cycles/{cycle}/venue");
    for (name, capacity) in [("Plenary", "500"), ("Room A", "80")] {
        let added =
            secretariat.submit(&venue, &venue, &[("action", "room"), ("name", name), ("capacity", capacity), ("hybrid", "on")]).await;
        assert_eq!(added.status, 303);
    }
    let ceremonies = secretariat
        .submit(
            &venue,
            &venue,
            &[
                ("action", "room"),
                ("name", "Ceremony Hall"),
                ("capacity", "900"),
                ("session_types", "opening"),
                ("session_types", "closing"),
            ],
        )
        .await;
    assert_eq!(ceremonies.status, 303);
    assert!(secretariat.get(&venue).await.texts("tbody tr td").contains(&"opening,closing".to_string()));
    let bad = secretariat
        .submit(&venue, &venue, &[("action", "slots"), ("day", "1"), ("date", "2026-06-15"), ("times", "9h"), ("minutes", "90")])
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("start times such as 09:00"));
    let slots = secretariat
        .submit(&venue, &venue, &[("action", "slots"), ("day", "1"), ("date", "2026-06-15"), ("times", "09:00 11:00"), ("minutes", "90")])
        .await;
    assert_eq!(slots.status, 303);
    let sessions = format!("/cycles/{cycle}/sessions");
    for title in ["Opening", "Main session on AI", "Open forum on data"] {
        let added = secretariat
            .submit(
                &sessions,
                &sessions,
                &[
                    ("action", "add"),
                    ("title", title),
                    ("session_type", "main-session"),
                    ("minutes", "90"),
                    ("expected_audience", "60"),
                    ("needs_hybrid", "on"),
                ],
            )
            .await;
        assert_eq!(added.status, 303);
    }
    let empty = server.client().get(&format!("/cycles/{cycle}/programme")).await;
    assert!(empty.body.contains("has not been published"), "{} {}", empty.status, empty.body);

    // A participant says when they cannot attend.
    let availability = format!("/cycles/{cycle}/availability");
    let away = secretariat.get(&availability).await;
    let slot = away.attr("input[name=away]", "value");
    assert_eq!(secretariat.submit(&availability, &availability, &[("away", &slot)]).await.status, 303);
    assert_eq!(secretariat.get(&availability).await.attr("input[name=away][checked]", "value"), slot);

    let schedule = format!("/cycles/{cycle}/schedule");
    let draft = secretariat.submit(&schedule, &schedule, &[("name", "First draft"), ("seed", "1")]).await;
    assert_eq!(draft.status, 303);
    let shown = secretariat.get(&draft.location.unwrap()).await;
    assert!(shown.body.contains("First draft") && shown.body.contains("0 hard violations"), "{}", shown.body);
    let publish = shown.attr("form[action$='/publish']", "action");
    assert_eq!(secretariat.post(&publish, &[("csrf", &shown.csrf())]).await.status, 303);
    let public = server.client().get(&format!("/cycles/{cycle}/programme")).await;
    assert!(public.body.contains("Main session on AI") && public.body.contains("Room A"));
    let placed = server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.json();
    for day in placed["schedule"]["conference"]["days"].as_array().unwrap() {
        for event in day["rooms"]["Ceremony Hall"].as_array().into_iter().flatten() {
            assert!(["opening", "closing"].contains(&event["type"].as_str().unwrap()), "the ceremony hall takes only ceremonies: {event}");
        }
    }
    // The Secretariat adds the remote link and materials of a session; Markdown is sanitised.
    let session = public.attr("table.grid a", "href");
    let details = secretariat
        .submit(
            &session,
            &format!("{session}/details"),
            &[
                ("remote_url", "https://meet.example.org/igf"),
                ("materials", "[Slides](https://example.org/s.pdf) <script>x</script>"),
                ("preferred_days", "1"),
            ],
        )
        .await;
    assert_eq!(details.status, 303);
    let page = server.client().get(&session).await;
    assert!(page.body.contains("https://meet.example.org/igf") && page.body.contains("<a href=\"https://example.org/s.pdf\""));
    assert!(!page.body.contains("<script>x"));
    let as_secretariat = secretariat.get(&session).await;
    assert!(!as_secretariat.texts("title")[0].contains("Remote participation"), "the editing form belongs in the page, not its title");
    assert_eq!(as_secretariat.texts("form[action$='/details']").len(), 1);
    assert_eq!(as_secretariat.attr("input[name=preferred_days][checked]", "value"), "1", "the organizers' preferred day is kept");
    // A new draft does not change what is published.
    let before = server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.body;
    secretariat.submit(&schedule, &schedule, &[("name", "Second draft"), ("seed", "9")]).await;
    assert_eq!(server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.body, before);
    assert_eq!(server.client().get(&schedule).await.status, 303, "drafts are the Secretariat's");

    // A big session needs the plenary: moving it into Room A is warned about and needs confirming.
    let big = secretariat
        .submit(
            &sessions,
            &sessions,
            &[
                ("action", "add"),
                ("title", "High-level leaders session"),
                ("session_type", "main-session"),
                ("minutes", "90"),
                ("expected_audience", "300"),
                ("needs_hybrid", "on"),
            ],
        )
        .await;
    assert_eq!(big.status, 303);
    let draft = secretariat.submit(&schedule, &schedule, &[("name", "With leaders"), ("seed", "1")]).await;
    let page = secretariat.get(&draft.location.clone().unwrap()).await;
    let option = |select: &str, text: &str| {
        page.html()
            .select(&scraper::Selector::parse(&format!("#{select} option")).unwrap())
            .find(|o| o.text().collect::<String>().contains(text))
            .unwrap()
            .value()
            .attr("value")
            .unwrap()
            .to_string()
    };
    let (leaders, room_a, slot) = (option("move-session", "High-level"), option("move-room", "Room A"), option("move-slot", "09:00"));
    let move_to = page.attr("form[action$='/move']", "action");
    let fields = [("csrf", page.csrf()), ("session", leaders.clone()), ("room", room_a.clone()), ("slot", slot.clone())];
    let borrowed: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let warned = secretariat.post(&move_to, &borrowed).await;
    assert_eq!(warned.status, 409);
    assert!(warned.body.contains("does not suit High-level leaders session"), "{}", warned.body);
    assert!(warned.texts("#move-room option[selected]").contains(&"Room A".to_string()), "the form keeps the move");
    let mut confirmed = borrowed.clone();
    confirmed.push(("confirm", "on"));
    let moved = secretariat.post(&move_to, &confirmed).await;
    assert_eq!(moved.status, 303);
    let edited = secretariat.get(&moved.location.clone().unwrap()).await;
    assert!(edited.body.contains("1 hard violations"), "{}", edited.body);
    let publish = edited
        .html()
        .select(&scraper::Selector::parse("form[action$='/publish']").unwrap())
        .next()
        .map(|f| f.value().attr("action").unwrap().to_string());
    assert!(publish.is_none(), "a version with hard violations offers no publication");
    // Compare the clean draft with the published version, publish it, and the changelog says what moved.
    // Moves edit a draft in place, so the draft above now breaks a constraint; a new one is clean.
    let clean = secretariat.submit(&schedule, &schedule, &[("name", "Clean"), ("seed", "1")]).await.location.unwrap();
    let version: String = clean.split("version=").nth(1).unwrap().to_string();
    let first_published = secretariat
        .get(&schedule)
        .await
        .html()
        .select(&scraper::Selector::parse("ul li a").unwrap())
        .filter_map(|a| a.value().attr("href").map(String::from))
        .filter(|h| h.contains("version="))
        .last()
        .unwrap();
    let other = first_published.split("version=").nth(1).unwrap().to_string();
    let compared = secretariat.get(&format!("{schedule}?version={version}&compare={other}")).await;
    assert!(compared.body.contains("High-level leaders session: not placed →"), "{}", compared.body);
    let shown = secretariat.get(&clean).await;
    let publish = shown.attr("form[action$='/publish']", "action");
    assert_eq!(secretariat.post(&publish, &[("csrf", &shown.csrf())]).await.status, 303);
    let changes = server.client().get(&format!("/cycles/{cycle}/programme/changes")).await;
    assert!(changes.body.contains("High-level leaders session: not placed →"), "{}", changes.body);
}

#[tokio::test]
async fn a_frab_schedule_is_imported_leniently_and_a_non_schedule_is_refused_by_line() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "Imported conference")]).await;
    let cycle = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").to_string();
    let dir = tempfile::tempdir().unwrap();
    let not_a_schedule = dir.path().join("page.html");
    std::fs::write(&not_a_schedule, "<!doctype html>\n<html><body>no</body></html>\n").unwrap();
    let refused =
        agora().args(["import", "schedule", "--database", &server.database, "--cycle", &cycle]).arg(&not_a_schedule).output().unwrap();
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("line 2: expected a <schedule> root element, found <html>"), "{message}");
    // A real, XSD-breaking file when the shared data is there (CI has it), else a small one.
    let fosdem = format!("{}/../../../shared/data/schedules/fosdem-2020.schedule.xml", env!("CARGO_MANIFEST_DIR"));
    let (file, expected) = if std::path::Path::new(&fosdem).exists() {
        (std::path::PathBuf::from(fosdem), 872)
    } else {
        let small = dir.path().join("small.xml");
        std::fs::write(&small, r#"<schedule><conference><title>Small</title></conference><day index="1" date="2026-06-15"><room name="A"><event id="1"><start>10:00</start><duration>00:30</duration><room>A</room><title>One</title></event></room></day></schedule>"#).unwrap();
        (small, 1)
    };
    let imported = agora().args(["import", "schedule", "--database", &server.database, "--cycle", &cycle]).arg(&file).output().unwrap();
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    assert!(String::from_utf8_lossy(&imported.stdout).contains(&format!("imported {expected} sessions")));
    let schedule = secretariat.get(&format!("/cycles/{cycle}/schedule")).await;
    assert!(schedule.body.contains("Imported: "), "the import is a draft version");
}

/// Saves the forum's time zone as an admin does, on the settings page.
async fn set_forum_zone(admin: &Client, zone: &str) {
    let settings = admin.get("/admin/settings").await;
    let saved = admin.post_fields("/admin/settings", &with(settings.form_fields("form.stacked"), &[("time_zone", zone)])).await;
    assert_eq!(saved.status, 303, "{zone}");
}

/// Imports a schedule.xml into a new cycle with the command line and publishes the draft it makes; the cycle's id.
async fn import_and_publish(server: &Server, secretariat: &Client, file: &std::path::Path, name: &str) -> String {
    let created = secretariat.submit("/cycles", "/cycles", &[("name", name)]).await;
    let cycle = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").to_string();
    let out = agora_ok(&["import", "schedule", "--database", &server.database, "--cycle", &cycle, file.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    let version: String = said.split("draft version ").nth(1).unwrap().chars().take_while(char::is_ascii_digit).collect();
    let csrf = secretariat.get(&format!("/cycles/{cycle}/schedule")).await.csrf();
    assert_eq!(secretariat.post(&format!("/schedule-versions/{version}/publish"), &[("csrf", &csrf)]).await.status, 303);
    cycle
}

/// One event as an exchange sees it: title, room, start instant (Unix seconds) and minutes.
type Placed = (String, String, i64, i64);

/// Every event of a cycle's schedule.json, sorted, with the zone it is written in.
async fn exported(client: &Client, cycle: &str) -> (String, Vec<Placed>) {
    let schedule = client.get(&format!("/cycles/{cycle}/schedule.json")).await.json();
    let conference = &schedule["schedule"]["conference"];
    let mut events = Vec::new();
    for day in conference["days"].as_array().unwrap() {
        for (room, room_events) in day["rooms"].as_object().unwrap() {
            for e in room_events.as_array().unwrap() {
                let at: jiff::Timestamp = e["date"].as_str().unwrap().parse().unwrap();
                let (h, m) = e["duration"].as_str().unwrap().split_once(':').unwrap();
                let minutes = h.parse::<i64>().unwrap() * 60 + m.parse::<i64>().unwrap();
                events.push((e["title"].as_str().unwrap().to_string(), room.clone(), at.as_second(), minutes));
            }
        }
    }
    events.sort();
    (conference["time_zone_name"].as_str().unwrap().to_string(), events)
}

/// How many events of `expected` are not in `actual` with the same start instant and duration.
fn changed(expected: &[Placed], actual: &[Placed]) -> usize {
    let mut left = actual.to_vec();
    expected
        .iter()
        .filter(|e| match left.iter().position(|a| a == *e) {
            Some(i) => {
                left.swap_remove(i);
                false
            }
            None => true,
        })
        .count()
}

/// The events of a file that has no `<date>`s and no zone (FOSDEM's), with their instants read here, apart from
/// the importer: each `<day date>` and `<start>` on Brussels's clock.
fn fosdem_events(text: &str) -> Vec<Placed> {
    let brussels = jiff::tz::TimeZone::get("Europe/Brussels").unwrap();
    let schedule = agora_domain::programme::frab::parse(text).unwrap();
    let mut events: Vec<Placed> = schedule
        .events
        .iter()
        .map(|e| {
            let local: jiff::civil::DateTime = format!("{}T{}", e.day, e.start).parse().unwrap();
            let at = local.to_zoned(brussels.clone()).unwrap().timestamp().as_second();
            (e.title.clone(), e.room.clone(), at, i64::from(e.minutes))
        })
        .collect();
    events.sort();
    events
}

/// Everything an event says, as frab writes it; guids only where the file gave one (an export gives every event
/// one of its own, which is not a loss).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Said {
    title: String,
    starts_at: i64,
    minutes: u32,
    room: String,
    subtitle: String,
    track: String,
    event_type: String,
    language: String,
    abstract_text: String,
    description: String,
    links: Vec<(String, String)>,
    attachments: Vec<(String, String, String)>,
    persons: Vec<(String, String)>,
}

/// The fields two readings of an event differ in, each as it was and as it came back.
fn differences(before: &Said, after: &Said) -> String {
    let (b, a) = (format!("{before:#?}"), format!("{after:#?}"));
    let changed: Vec<String> = b.lines().zip(a.lines()).filter(|(x, y)| x != y).map(|(x, y)| format!("{x}\n  became {y}")).collect();
    format!("{}: {}", before.title, changed.join("\n"))
}

fn fields(e: &agora_domain::programme::frab::ImportedEvent) -> Said {
    Said {
        title: e.title.clone(),
        starts_at: e.starts_at,
        minutes: e.minutes,
        room: e.room.clone(),
        subtitle: e.subtitle.clone(),
        track: e.track.clone(),
        event_type: e.event_type.clone(),
        language: e.language.clone(),
        abstract_text: e.abstract_text.clone(),
        description: e.description.clone(),
        links: e.links.iter().map(|l| (l.href.clone(), l.title.clone())).collect(),
        attachments: e.attachments.iter().map(|l| (l.kind.clone(), l.href.clone(), l.title.clone())).collect(),
        persons: e.persons.iter().map(|p| (p.id.clone(), p.name.clone())).collect(),
    }
}

/// Validates a schedule.xml against the c3voc XSD when the validators are installed (the full test run has them).
fn validate_xml(xml: &str) {
    if std::env::var("AGORA_SCHEDULE_VALIDATORS").is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.xml");
    std::fs::write(&path, xml).unwrap();
    let checked = Command::new("xmllint").args(["--noout", "--schema", &data("schedule.xml.xsd")]).arg(&path).output().unwrap();
    assert!(checked.status.success(), "schedule.xml: {}", String::from_utf8_lossy(&checked.stderr));
}

#[tokio::test]
async fn a_real_schedule_keeps_every_start_instant_through_import_export_and_reimport_in_another_zone() {
    let fosdem = format!("{}/../../../shared/data/schedules/fosdem-2020.schedule.xml", env!("CARGO_MANIFEST_DIR"));
    let Ok(text) = std::fs::read_to_string(&fosdem) else {
        println!("SKIPPED: the round trip needs the shared FOSDEM schedule ({fosdem})");
        return;
    };
    let server = Server::start_with(true).await;
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    // FOSDEM's file names no zone: it is read on the clock of the forum it is imported into, Brussels's.
    set_forum_zone(&admin, "Europe/Brussels").await;
    let cycle = import_and_publish(&server, &admin, std::path::Path::new(&fosdem), "FOSDEM 2020").await;
    let expected = fosdem_events(&text);
    let (zone, events) = exported(&server.client(), &cycle).await;
    assert_eq!(zone, "Europe/Brussels");
    assert_eq!((expected.len(), changed(&expected, &events)), (872, 0), "events, and those whose start or duration changed");
    // Tracks come back as tracks (each a theme of the cycle), and links as the sessions' materials.
    let schedule = server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.json();
    let days = schedule["schedule"]["conference"]["days"].as_array().unwrap();
    let all: Vec<&serde_json::Value> =
        days.iter().flat_map(|d| d["rooms"].as_object().unwrap().values()).flat_map(|r| r.as_array().unwrap()).collect();
    let mut tracks: Vec<(String, String)> =
        all.iter().map(|e| (e["title"].as_str().unwrap().into(), e["track"].as_str().unwrap().into())).collect();
    tracks.sort();
    let file = agora_domain::programme::frab::parse_in(&text, "Europe/Brussels").unwrap();
    let mut expected_tracks: Vec<(String, String)> = file.events.iter().map(|e| (e.title.clone(), e.track.clone())).collect();
    expected_tracks.sort();
    assert_eq!(tracks, expected_tracks);
    let welcome = all.iter().find(|e| e["title"] == "Welcome to FOSDEM 2020").unwrap();
    let page = server.client().get(&format!("/sessions/{}", welcome["id"])).await;
    assert!(page.body.contains("href=\"https://video.fosdem.org/2020/Janson/keynotes_welcome.webm\""), "{}", page.body);
    // A subtitle under the title, slides among the materials.
    let kernel = all.iter().find(|e| e["slug"] == "linux_kernel").unwrap();
    let page = server.client().get(&format!("/sessions/{}", kernel["id"])).await;
    assert!(page.body.contains("Solving big problems in small steps for more than two decades</bdi></p>"), "{}", page.body);
    assert!(page.body.contains("Fosdem_Leemhuis_Kernel_Steps.pdf"), "{}", page.body);
    let in_brussels = server.client().get(&format!("/cycles/{cycle}/schedule.xml")).await.body;
    assert!(in_brussels.contains("<date>2020-02-01T09:30:00+01:00</date><start>09:30</start>"), "{}", &in_brussels[..1500]);
    // Nothing the file said of an event is lost on the way out: every field, read back from the export.
    let back = agora_domain::programme::frab::parse(&in_brussels).unwrap();
    let (mut before, mut after) = (file.events.iter().map(fields).collect::<Vec<_>>(), back.events.iter().map(fields).collect::<Vec<_>>());
    before.sort();
    after.sort();
    let lost: Vec<String> = before.iter().zip(&after).filter(|(b, a)| b != a).take(3).map(|(b, a)| differences(b, a)).collect();
    assert!(before.len() == after.len() && lost.is_empty(), "{} events in, {} out; first changed: {lost:#?}", before.len(), after.len());
    let mut rooms_back = back.rooms.clone();
    rooms_back.sort();
    let mut rooms = file.rooms.clone();
    rooms.sort();
    assert_eq!(rooms_back, rooms, "every room, with events or not");
    // Slugs as the file wrote them in schedule.json; in schedule.xml with the acronym the XSD asks for.
    let mut slugs: Vec<String> = all.iter().map(|e| e["slug"].as_str().unwrap().to_string()).collect();
    let mut file_slugs: Vec<String> = file.events.iter().map(|e| e.slug.clone()).collect();
    slugs.sort();
    file_slugs.sort();
    assert_eq!(slugs, file_slugs);
    assert!(in_brussels.contains("<slug>fosdem2020-keynotes_welcome</slug>"), "{}", &in_brussels[..1500]);
    validate_xml(&in_brussels);

    // The forum moves to New York: the next export says so at once, the instants unchanged.
    set_forum_zone(&admin, "America/New_York").await;
    let xml = server.client().get(&format!("/cycles/{cycle}/schedule.xml")).await.body;
    assert!(xml.contains("<time_zone_name>America/New_York</time_zone_name>"), "{}", &xml[..800]);
    assert!(xml.contains("<date>2020-02-01T03:30:00-05:00</date><start>03:30</start>"), "{}", &xml[..1500]);
    let (_, in_new_york) = exported(&server.client(), &cycle).await;
    assert_eq!(changed(&expected, &in_new_york), 0);

    // Into the New York forum, files of Brussels: the export with its offsets, and FOSDEM's own file naming its
    // zone, whose local times are Brussels's, not the forum's. Both land on the same instants.
    let dir = tempfile::tempdir().unwrap();
    let exported_file = dir.path().join("exported.xml");
    std::fs::write(&exported_file, &in_brussels).unwrap();
    let zoned_file = dir.path().join("zoned.xml");
    std::fs::write(&zoned_file, text.replacen("<conference>", "<conference><time_zone_name>Europe/Brussels</time_zone_name>", 1)).unwrap();
    for (file, name) in [(exported_file, "FOSDEM exported"), (zoned_file, "FOSDEM zoned")] {
        let again = import_and_publish(&server, &admin, &file, name).await;
        let (zone, reimported) = exported(&server.client(), &again).await;
        assert_eq!(zone, "America/New_York");
        assert_eq!((name, changed(&expected, &reimported)), (name, 0));
    }
}

/// A night at a Brussels conference listed in one `<day>`: a talk before midnight, one after written with its
/// offset, and one after written only as a clock time (frab's `<day_change>` says it is the next morning).
const LATE_NIGHT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><title>Late night</title><day_change>04:00</day_change><time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2026-02-01" start="2026-02-01T04:00:00+01:00" end="2026-02-02T04:00:00+01:00"><room name="Bar">
<event id="1"><date>2026-02-01T23:00:00+01:00</date><start>23:00</start><duration>01:00</duration><room>Bar</room><title>Before midnight</title></event>
<event id="2"><date>2026-02-02T00:30:00+01:00</date><start>00:30</start><duration>00:30</duration><room>Bar</room><title>After midnight</title><subtitle>Nachtcafé</subtitle><language>de</language></event>
<event id="3"><start>01:30</start><duration>00:30</duration><room>Bar</room><title>Clock time only</title></event>
</room></day></schedule>
"#;

#[tokio::test]
async fn events_after_midnight_stay_on_their_own_date_in_a_forum_of_another_zone() {
    let server = Server::start_with(true).await;
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    set_forum_zone(&admin, "Asia/Tokyo").await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("late.xml");
    std::fs::write(&file, LATE_NIGHT).unwrap();
    let cycle = import_and_publish(&server, &admin, &file, "Late night").await;
    let (zone, events) = exported(&server.client(), &cycle).await;
    assert_eq!(zone, "Asia/Tokyo");
    let instant = |text: &str| text.parse::<jiff::Timestamp>().unwrap().as_second();
    let at: Vec<(&str, i64)> = events.iter().map(|(title, _, at, _)| (title.as_str(), *at)).collect();
    assert_eq!(
        at,
        [
            ("After midnight", instant("2026-02-01T23:30:00Z")),
            ("Before midnight", instant("2026-02-01T22:00:00Z")),
            ("Clock time only", instant("2026-02-02T00:30:00Z")),
        ]
    );
    let xml = server.client().get(&format!("/cycles/{cycle}/schedule.xml")).await.body;
    assert!(xml.contains("<date>2026-02-02T09:30:00+09:00</date><start>09:30</start>"), "{xml}");
    assert_eq!(xml.matches("<day ").count(), 1, "the night stays one conference day: {xml}");
    // The German event stays German, in the export and on its page, marked for screen readers.
    assert!(xml.contains("<subtitle>Nachtcafé</subtitle><track>") && xml.contains("<language>de</language>"), "{xml}");
    let schedule = server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.json();
    let room = &schedule["schedule"]["conference"]["days"][0]["rooms"]["Bar"];
    let after = room.as_array().unwrap().iter().find(|e| e["title"] == "After midnight").unwrap();
    assert_eq!((after["language"].as_str(), after["subtitle"].as_str()), (Some("de"), Some("Nachtcafé")));
    let page = server.client().get(&format!("/sessions/{}", after["id"])).await;
    assert!(page.body.contains(r#"<bdi lang="de">After midnight</bdi>"#) && page.body.contains("Nachtcafé"), "{}", page.body);
    assert!(page.body.contains("Language: de"), "{}", page.body);
}

#[tokio::test]
async fn the_first_export_after_a_start_or_a_change_of_zone_is_in_the_forums_zone() {
    let server = Server::start_with(true).await;
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    set_forum_zone(&admin, "Africa/Nairobi").await;
    // Right after the settings are saved, before any page: the export is in the new zone.
    let xml = server.client().get("/cycles/3/schedule.xml").await.body;
    assert!(xml.contains("<time_zone_name>Africa/Nairobi</time_zone_name>") && xml.contains("+03:00</date>"), "{}", &xml[..800]);
    // A node that has just started, asked for the exports before any page.
    let node = server.another_node().await;
    let xml = node.client().get("/cycles/3/schedule.xml").await.body;
    assert!(xml.contains("<time_zone_name>Africa/Nairobi</time_zone_name>") && xml.contains("+03:00</date>"), "{}", &xml[..800]);
    let node = server.another_node().await;
    let csv = node.client().get("/cycles/3/programme.csv").await.body;
    assert!(csv.lines().nth(1).is_some_and(|row| row.contains(" EAT,")), "{}", &csv[..300]);
}

/// The value of the option of a `<select>` whose text contains `text`.
pub(crate) fn option_of(reply: &Reply, select: &str, text: &str) -> String {
    reply
        .html()
        .select(&scraper::Selector::parse(&format!("#{select} option")).unwrap())
        .find(|o| o.text().collect::<String>().contains(text))
        .unwrap_or_else(|| panic!("an option {text} in #{select}"))
        .value()
        .attr("value")
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn my_agenda_lists_sessions_by_time_flags_clashes_and_has_a_private_calendar_address() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026")]).await;
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    let venue = format!("/cycles/{cycle}/venue");
    for name in ["Room A", "Room B"] {
        let added = secretariat.submit(&venue, &venue, &[("action", "room"), ("name", name), ("capacity", "100"), ("hybrid", "on")]).await;
        assert_eq!(added.status, 303);
    }
    let slots = secretariat
        .submit(&venue, &venue, &[("action", "slots"), ("day", "1"), ("date", "2026-06-15"), ("times", "09:00 11:00"), ("minutes", "90")])
        .await;
    assert_eq!(slots.status, 303);
    // Placed by hand: a 60-minute workshop in a 90-minute slot, an open forum beside it, a talk later.
    let sessions = format!("/cycles/{cycle}/sessions");
    let form = secretariat.get(&sessions).await;
    for (title, minutes, room, slot) in [
        ("Workshop on data", "60", "Room A", "09:00"),
        ("Open forum on AI", "90", "Room B", "09:00"),
        ("Closing talk", "90", "Room A", "11:00"),
    ] {
        let fields = [
            ("action", "add"),
            ("title", title),
            ("session_type", "workshop"),
            ("minutes", minutes),
            ("expected_audience", "40"),
            ("needs_hybrid", "on"),
            ("fixed_room", &option_of(&form, "s-room", room)),
            ("fixed_slot", &option_of(&form, "s-slot", slot)),
        ];
        assert_eq!(secretariat.submit(&sessions, &sessions, &fields).await.status, 303, "{title}");
    }
    let schedule = format!("/cycles/{cycle}/schedule");
    let draft = secretariat.submit(&schedule, &schedule, &[("name", "Final"), ("seed", "1")]).await;
    let shown = secretariat.get(&draft.location.unwrap()).await;
    let publish = shown.attr("form[action$='/publish']", "action");
    assert_eq!(secretariat.post(&publish, &[("csrf", &shown.csrf())]).await.status, 303);
    // A session added after publication is in no published programme.
    let late = [("action", "add"), ("title", "Late session"), ("session_type", "workshop"), ("minutes", "60"), ("expected_audience", "40")];
    assert_eq!(secretariat.submit(&sessions, &sessions, &late).await.status, 303);
    let json = server.client().get(&format!("/cycles/{cycle}/schedule.json")).await.json();
    let mut ids = std::collections::BTreeMap::new();
    for room in json["schedule"]["conference"]["days"][0]["rooms"].as_object().unwrap().values() {
        for e in room.as_array().unwrap() {
            ids.insert(e["title"].as_str().unwrap().to_string(), (e["id"].as_i64().unwrap(), e["duration"].as_str().unwrap().to_string()));
        }
    }
    let (workshop, forum, closing) = (ids["Workshop on data"].0, ids["Open forum on AI"].0, ids["Closing talk"].0);

    // The session page, its iCalendar file and schedule.json / schedule.xml agree: the workshop ends at 10:00,
    // not at its slot's end (10:30).
    assert_eq!(ids["Workshop on data"].1, "01:00");
    let page = server.client().get(&format!("/sessions/{workshop}")).await;
    assert!(page.body.contains("09:00–10:00 UTC"), "{}", page.body);
    let ics = server.client().get(&format!("/sessions/{workshop}/calendar.ics")).await.body;
    assert!(ics.contains("DTSTART:20260615T090000Z\r\nDTEND:20260615T100000Z\r\n"), "{ics}");
    let xml = server.client().get(&format!("/cycles/{cycle}/schedule.xml")).await.body;
    assert!(xml.contains("<start>09:00</start><duration>01:00</duration><room>Room A</room>"), "{xml}");

    // A participant finds the agenda in the navigation; it starts empty.
    let me = registered_participant(&server, "Amina Participant", "amina@example.org").await;
    let empty = me.get("/me/agenda").await;
    assert_eq!(empty.status, 200);
    assert_eq!(empty.attr(".main-nav a[href='/me/agenda']", "href"), "/me/agenda");
    assert!(empty.body.contains("Your agenda is empty"), "{}", empty.body);
    for id in [closing, forum, workshop, ids_of_late(&secretariat, cycle).await] {
        let page = format!("/sessions/{id}");
        assert_eq!(me.submit(&page, &format!("{page}/interest"), &[("interested", "yes")]).await.status, 303);
        assert_eq!(me.get(&page).await.attr("#see-agenda", "href"), "/me/agenda", "the session page links to the agenda");
    }

    // By day and time; the two sessions at 09:00 clash, each says with which; the late one waits apart.
    let agenda = me.get("/me/agenda").await;
    assert_eq!(agenda.texts(".agenda-day .agenda-title"), ["Workshop on data", "Open forum on AI", "Closing talk", "Late session"]);
    assert_eq!(agenda.texts("h2 time"), ["2026-06-15"]);
    let item = |id: i64, part: &str| agenda.texts(&format!("#agenda-session-{id} {part}")).join(" ");
    assert_eq!(item(workshop, ".agenda-when"), "09:00–10:00 UTC");
    assert_eq!(item(forum, ".agenda-when"), "09:00–10:30 UTC");
    assert!(
        item(workshop, ".agenda-clash").contains("overlaps in time with") && item(workshop, ".agenda-clash").contains("Open forum on AI")
    );
    assert!(item(forum, ".agenda-clash").contains("Workshop on data (09:00–10:00)"), "{}", item(forum, ".agenda-clash"));
    assert_eq!(item(closing, ".agenda-clash"), "", "a session alone in its time clashes with nothing");
    assert!(item(workshop, ".status").contains("Workshop") && item(workshop, ".status").contains("Room A"));
    assert!(agenda.texts("#clash-summary")[0].starts_with("2 sessions of your agenda overlap"));
    assert!(agenda.texts("h2").contains(&"Not in a published programme yet".to_string()));
    assert_eq!(agenda.attr("script[src]", "src"), "/static/local-time.js");
    assert_eq!(item(workshop, "[data-local]"), "09:00–10:00 UTC", "the reader's time is left to the script");

    // Remove, without JavaScript: a plain form that comes back to the agenda.
    let removed = me.submit("/me/agenda", &format!("/sessions/{forum}/interest"), &[("interested", "no"), ("return", "agenda")]).await;
    assert_eq!(removed.location.as_deref(), Some("/me/agenda"));
    let agenda = me.get("/me/agenda").await;
    assert_eq!(agenda.texts(".agenda-day .agenda-title"), ["Workshop on data", "Closing talk", "Late session"]);
    assert!(agenda.texts(".agenda-clash").is_empty() && agenda.texts("#clash-summary").is_empty());

    // The private calendar address: shown once, served without a login, replaced by a new one.
    let anonymous = server.client();
    assert_eq!(anonymous.get("/agenda/not-a-token/calendar.ics").await.status, 404);
    assert!(agenda.texts("#calendar-address").is_empty());
    let made = me.submit("/me/agenda", "/me/agenda/calendar-address", &[]).await;
    assert_eq!(made.status, 200);
    let address = made.attr("#calendar-address", "value");
    let path = format!("/agenda/{}", address.split("/agenda/").nth(1).expect("an address of the feed"));
    let feed = anonymous.get(&path).await;
    assert_eq!(feed.status, 200);
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("text/calendar"));
    assert_eq!(feed.headers["cache-control"], "private, no-store");
    assert!(feed.body.contains(&format!("UID:session-{workshop}@")) && feed.body.contains(&format!("UID:session-{closing}@")));
    assert!(!feed.body.contains(&format!("UID:session-{forum}@")), "a removed session leaves the feed");
    assert!(feed.body.contains("DTEND:20260615T100000Z"), "{}", feed.body);
    let later = me.get("/me/agenda").await;
    assert!(later.texts("#calendar-address").is_empty(), "the address is shown once");
    assert!(later.body.contains("You have a private calendar address"));
    let reset = me.submit("/me/agenda", "/me/agenda/calendar-address", &[]).await;
    let new_path = format!("/agenda/{}", reset.attr("#calendar-address", "value").split("/agenda/").nth(1).unwrap());
    assert_ne!(new_path, path);
    assert_eq!(anonymous.get(&path).await.status, 404, "the old address stops working");
    assert_eq!(anonymous.get(&new_path).await.status, 200);
}

/// The id of the session "Late session" of a cycle, from the Secretariat's sessions page.
async fn ids_of_late(secretariat: &Client, cycle: i64) -> i64 {
    let page = secretariat.get(&format!("/cycles/{cycle}/sessions")).await;
    let html = page.html();
    let link = html
        .select(&scraper::Selector::parse("a[href^='/sessions/']").unwrap())
        .find(|a| a.text().collect::<String>().contains("Late session"))
        .map(|a| a.value().attr("href").unwrap().to_string());
    link.expect("a link to the late session").trim_start_matches("/sessions/").parse().unwrap()
}

/// Whether `text` is a time range as the programme writes it: "09:00–10:30".
fn is_time_range(text: &str) -> bool {
    let b = text.as_bytes();
    text.len() == "09:00–10:30".len()
        && text.contains('–')
        && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit())
        && b[2] == b':'
        && text.ends_with(|c: char| c.is_ascii_digit())
}

#[tokio::test]
async fn an_arabic_programme_keeps_times_left_to_right_and_isolates_english_titles() {
    let server = Server::start_with(true).await;
    let client = server.client();
    let page = client.get("/ar/cycles/3/programme").await;
    assert_eq!(page.status, 200);
    let html = page.html();
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    assert_eq!(html.root_element().value().attr("dir"), Some("rtl"));

    // The grid: each row's time range inside a left-to-right element, the English room names and titles isolated.
    let mut rows = 0;
    for th in html.select(&select("table.grid tbody th[scope=row]")) {
        rows += 1;
        let ltr = th.select(&select("[dir=ltr]")).next().unwrap_or_else(|| panic!("a left-to-right time in {}", th.html()));
        let range: String = ltr.text().collect();
        assert!(is_time_range(&range), "{range}");
    }
    assert!(rows > 0, "the grid has rows");
    let rooms: Vec<String> = html.select(&select("table.grid thead th bdi")).map(|b| b.text().collect()).collect();
    assert!(rooms.contains(&"Plenary Hall".to_string()), "{rooms:?}");
    let titles: Vec<String> = html.select(&select("table.grid td a > bdi")).map(|b| b.text().collect()).collect();
    assert_eq!(titles.len(), html.select(&select("table.grid td a")).count(), "every title in the grid is isolated");
    assert!(titles.contains(&"Opening ceremony".to_string()), "{titles:?}");

    // The list a phone shows: every session once, each with its time (left to right), room and title.
    let items: Vec<_> = html.select(&select(".programme-list > li")).collect();
    assert_eq!(items.len(), 77, "every session of the demo is listed");
    for li in &items {
        let time: String = li.select(&select(".time[dir=ltr]")).next().expect("a time").text().collect();
        assert!(is_time_range(&time), "{time}");
        assert!(li.select(&select("bdi.room")).next().is_some(), "a room: {}", li.html());
        let title = li.select(&select("a[href^='/ar/sessions/'] > bdi")).next().expect("an isolated title, linked");
        assert!(!title.text().collect::<String>().trim().is_empty());
    }

    // A session's page: its title isolated, its time range left to right.
    let href = html.select(&select(".programme-list a")).next().unwrap().value().attr("href").unwrap().to_string();
    let session = client.get(&href).await;
    assert_eq!(session.status, 200);
    assert_eq!(session.texts("h1 > bdi").len(), 1, "{}", session.body);
    let range = session.texts("span.time[dir=ltr]");
    assert!(range.len() == 1 && is_time_range(range[0].split(' ').next().unwrap()), "the range, then the zone: {range:?}");

    // The cycle's overview gives the meeting's dates (from its phase), not only the words it was announced with.
    let overview = client.get("/ar/cycles/3").await;
    let dates = overview.texts(".meeting-dates[dir=ltr] time");
    assert_eq!(dates.len(), 2, "{}", overview.body);
    assert!(dates.iter().all(|d| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-'), "{dates:?}");
    assert!(dates[0] < dates[1], "{dates:?}");
}
