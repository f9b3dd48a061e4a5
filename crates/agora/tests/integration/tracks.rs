//! Tracks through HTTP: the Secretariat adds a cycle's tracks (refused with the reason and what was typed), a
//! track's call is the proposals call with the track chosen, Day 0 proposals are screened by the cycle's lighter
//! rule set (a setting), a track's output goes to public comment and is published as a Message, and on the demo
//! the programme filters by track, the frab / JSON exports carry it and Day 0 sessions say they are streamed.

use crate::support::*;

const DEMO_SECRETARIAT: &str = "secretariat@demo.agora.example";

/// Adds a track to the cycle as the Secretariat; its id.
async fn add_track(secretariat: &Client, cycle: i64, name: &str, kind: &str) -> i64 {
    let path = format!("/cycles/{cycle}/tracks");
    let added = secretariat.submit(&path, &path, &[("name", name), ("kind", kind), ("description", "")]).await;
    assert_eq!(added.status, 303, "{}", added.body);
    added.location.unwrap().trim_start_matches("/tracks/").parse().unwrap()
}

/// The fields of a complete proposal in `theme` whose one speaker is the proposer herself (confirmed at once),
/// taking part online.
fn one_speaker_proposal(theme: i64, title: &str) -> Vec<(String, String)> {
    [
        ("title", title),
        ("theme_id", &theme.to_string()),
        ("format", "flash"),
        ("duration", "30"),
        ("description", "A short introduction for people new to the forum."),
        ("policy_questions", "What should a newcomer know?"),
        ("expected_outcomes", "A reading list."),
        ("hybrid_plan", "Streamed, with questions from online participants."),
        ("org_name_0", "Kenya ICT Action Network"),
        ("org_group_0", "civil-society"),
        ("org_country_0", "KE"),
        ("person_role_0", "speaker"),
        ("person_name_0", "Paula Proposer"),
        ("person_email_0", "proposer@example.org"),
        ("action", "submit"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

async fn propose(proposer: &Client, cycle: i64, theme: i64, title: &str) -> i64 {
    let form = format!("/cycles/{cycle}/proposals/new");
    let csrf = proposer.get(&form).await.csrf();
    let saved = proposer.post_fields(&form, &with(one_speaker_proposal(theme, title), &[("csrf", &csrf)])).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    saved.location.unwrap().trim_start_matches("/proposals/").parse().unwrap()
}

#[tokio::test]
async fn day_zero_proposals_are_screened_by_the_cycles_lighter_rules() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let proposer = registered_participant(&server, "Paula Proposer", "proposer@example.org").await;
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026"), ("host", "Nairobi"), ("hybrid", "on")]).await;
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();

    // A track without a name, or with one the cycle has, comes back with the reason and what was typed.
    let path = format!("/cycles/{cycle}/tracks");
    let nameless = secretariat.submit(&path, &path, &[("name", "  "), ("kind", "day-0"), ("description", "Typed description")]).await;
    assert_eq!(nameless.status, 422);
    assert!(nameless.body.contains("Give the track a name"), "{}", nameless.body);
    assert!(nameless.body.contains("Typed description") && nameless.attr("#track-kind option[selected]", "value") == "day-0");
    let theme = add_track(&secretariat, cycle, "Digital divides and inclusion", "theme").await;
    let day0 = add_track(&secretariat, cycle, "Day 0 events", "day-0").await;
    let again = secretariat.submit(&path, &path, &[("name", "day 0 EVENTS "), ("kind", "other")]).await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("already has a track of that name"));
    let unknown = secretariat.submit(&path, &path, &[("name", "Juniors"), ("kind", "juniors")]).await;
    assert_eq!(unknown.status, 422);
    assert_eq!(proposer.submit(&path, &path, &[("name", "Mine"), ("kind", "other")]).await.status, 403);

    // The track's page offers its call: the proposals form with the track chosen.
    let page = server.client().get(&format!("/tracks/{day0}")).await;
    assert!(page.body.contains("Day 0 events") && page.body.contains("only these rules apply"), "{}", page.body);
    let call = page.attr("a.button[href*='/proposals/new']", "href");
    assert_eq!(call, format!("/cycles/{cycle}/proposals/new?track={day0}"));
    assert_eq!(proposer.get(&call).await.attr("#theme_id option[selected]", "value"), day0.to_string());

    // The same one-speaker proposal: it passes the Day 0 set, and fails the call's full rules with the reason.
    let light = propose(&proposer, cycle, day0, "Newcomers' orientation on Day 0").await;
    let full = propose(&proposer, cycle, theme, "Newcomers' orientation in the main programme").await;
    let screening = format!("/cycles/{cycle}/screening");
    assert_eq!(secretariat.submit(&screening, &screening, &[]).await.status, 303);
    let light_page = proposer.get(&format!("/proposals/{light}")).await;
    assert!(light_page.body.contains("Passed") && light_page.body.contains("Confirmed speakers: 1 (at least 1)"), "{}", light_page.body);
    assert!(!light_page.body.contains("Onsite:"), "the onsite rule does not apply to Day 0");
    let full_page = proposer.get(&format!("/proposals/{full}")).await;
    assert!(full_page.body.contains("Did not pass") && full_page.body.contains("Confirmed speakers: 1 (at least 3)"));
    assert!(server.client().get(&format!("/tracks/{day0}")).await.body.contains("Proposals submitted to this track: 1."));

    // The lighter set is the cycle's setting: a rule it does not know is refused, and a stricter minimum applies.
    let settings = format!("/cycles/{cycle}/settings");
    let form = secretariat.get(&settings).await;
    assert_eq!(form.attr("#day0_rules", "value"), "complete, title-length, description-length, confirmed-speakers");
    let typo = secretariat.post_fields(&settings, &with(form.form_fields("form.stacked"), &[("day0_rules", "complete, compleat")])).await;
    assert_eq!(typo.status, 422);
    assert!(typo.body.contains("Day 0 screening rules must all be among the rules listed"), "{}", typo.body);
    let stricter =
        secretariat.post_fields(&settings, &with(form.form_fields("form.stacked"), &[("day0_min_confirmed_speakers", "2")])).await;
    assert_eq!(stricter.status, 303, "{}", stricter.body);
    secretariat.submit(&screening, &screening, &[]).await;
    let light_page = proposer.get(&format!("/proposals/{light}")).await;
    assert!(light_page.body.contains("Did not pass") && light_page.body.contains("Confirmed speakers: 1 (at least 2)"));

    // The API lists the tracks with their kinds.
    let tracks = server.client().get(&format!("/api/cycles/{cycle}/tracks")).await.json();
    let kinds: Vec<(&str, &str, bool)> = tracks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["name"].as_str().unwrap(), t["kind"].as_str().unwrap(), t["streamed_and_remote"].as_bool().unwrap()))
        .collect();
    assert_eq!(kinds, [("Digital divides and inclusion", "theme", false), ("Day 0 events", "day-0", true)]);
}

/// The id of the demo 2025 cycle's track of this kind.
async fn demo_track(server: &Server, kind: &str) -> i64 {
    let tracks = server.client().get("/api/cycles/3/tracks").await.json();
    tracks.as_array().unwrap().iter().find(|t| t["kind"] == kind).unwrap_or_else(|| panic!("a {kind} track in {tracks}"))["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn a_track_output_goes_to_comment_and_is_published_as_a_message() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login(DEMO_SECRETARIAT, DEMO_PASSWORD).await.status, 303);
    let youth = demo_track(&server, "youth").await;
    let track = format!("/tracks/{youth}");
    let outputs = format!("{track}/outputs");

    // A draft without a title comes back with the text typed.
    let untitled = secretariat.submit(&track, &outputs, &[("title", ""), ("body", "Typed paragraph.")]).await;
    assert_eq!(untitled.status, 422);
    assert!(untitled.body.contains("Give the output document a title") && untitled.body.contains("Typed paragraph."));
    let drafted = secretariat
        .submit(
            &track,
            &outputs,
            &[
                ("title", "Youth statement on AI"),
                ("body", "Young people want a seat at the table.\r\n\r\nSchools must teach AI literacy."),
            ],
        )
        .await;
    assert_eq!(drafted.status, 303, "{}", drafted.body);
    let message = drafted.location.unwrap();
    assert!(message.starts_with("/messages/"));
    let page = server.client().get(&message).await;
    assert!(page.body.contains("Track output") && page.body.contains(&format!("href=\"/tracks/{youth}\"")), "{}", page.body);

    // To public comment: a consultation of its paragraphs, where anyone comments.
    let opened = secretariat.submit(&message, &format!("{message}/comment"), &[]).await;
    assert_eq!(opened.status, 303);
    let consultation = opened.location.unwrap();
    let visitor = server.client();
    let draft = visitor.get(&consultation).await;
    assert!(draft.body.contains("Schools must teach AI literacy."));
    let paragraph = draft.attr("#paragraph-2 input[name=paragraph]", "value");
    let fields = [
        ("paragraph", paragraph.as_str()),
        ("text", "Name the training of teachers too."),
        ("name", "Ana Gómez"),
        ("stakeholder_group", "civil-society"),
        ("country", "Colombia"),
    ];
    assert_eq!(visitor.submit(&consultation, &format!("{consultation}/comments"), &fields).await.status, 303);
    assert!(visitor.get(&consultation).await.body.contains("Name the training of teachers too."));

    // Published with a note of what changed; the track's page lists it as published, with its comments.
    let edit = secretariat.get(&message).await;
    let body = "Young people want a seat at the table.\n\nSchools must teach AI literacy, and train their teachers.";
    let no_note = secretariat
        .post_fields(&message, &with(edit.form_fields("form.stacked"), &[("body", body), ("note", ""), ("action", "publish")]))
        .await;
    assert_eq!(no_note.status, 422, "a Message that went to comment is published with a note");
    let published = secretariat
        .post_fields(
            &message,
            &with(edit.form_fields("form.stacked"), &[("body", body), ("note", "Teachers' training added."), ("action", "publish")]),
        )
        .await;
    assert_eq!(published.status, 303);
    let page = server.client().get(&track).await;
    let listed = page.texts("#outputs + ul li");
    assert!(listed.iter().any(|l| l.contains("Youth statement on AI") && l.contains("Published")), "{listed:?}");
    assert!(listed.iter().any(|l| l.contains("Kisumu youth declaration") && l.contains("Draft")), "the demo's draft: {listed:?}");
    let api = server.client().get("/api/cycles/3/messages").await.json();
    assert!(api.as_array().unwrap().iter().any(|m| m["kind"] == "track-output" && m["status"] == "published"));

    // Only the Secretariat drafts outputs.
    let participant = registered_participant(&server, "Plain Participant", "plain@example.org").await;
    assert_eq!(participant.submit(&track, &outputs, &[("title", "Mine"), ("body", "Text.")]).await.status, 403);
}

#[tokio::test]
async fn the_demo_tracks_have_sessions_outputs_and_the_programme_filters_by_them() {
    let server = Server::start_with(true).await;
    let client = server.client();
    let (youth, parliamentary, day0) =
        (demo_track(&server, "youth").await, demo_track(&server, "parliamentary").await, demo_track(&server, "day-0").await);
    assert!(client.get("/cycles/3").await.body.contains("/cycles/3/tracks"), "the cycle's pages link to its tracks");
    let list = client.get("/cycles/3/tracks").await;
    assert!(list.body.contains("Youth track") && list.body.contains("Parliamentary track") && list.body.contains("Day 0 events"));

    // The parliamentary statement went through a comment period (comments in French and Spanish) and is published.
    let page = client.get(&format!("/tracks/{parliamentary}")).await;
    assert!(page.body.contains("Table ronde parlementaire"), "its sessions, in French too");
    let statement = page.attr("#outputs + ul li a[href^='/messages/']", "href");
    let comments = page.attr("#outputs + ul li a[href^='/consultations/']", "href");
    let message = client.get(&statement).await;
    assert!(message.body.contains("Published") && message.body.contains("security researchers"), "{}", message.body);
    let consultation = client.get(&comments).await;
    assert!(consultation.body.contains("Il faudrait préciser") && consultation.body.contains("Sugiero que"), "{}", consultation.body);

    // The programme filtered by a track shows its sessions only; its options name the tracks.
    let filtered = client.get(&format!("/cycles/3/programme?theme={youth}")).await;
    assert!(filtered.body.contains("Youth summit: young people shaping AI governance"));
    assert!(filtered.body.contains("Jóvenes y derechos digitales en América Latina"));
    assert!(!filtered.body.contains("Meaningful connectivity for all") && !filtered.body.contains("Parliamentary roundtable"));
    assert!(filtered.texts("#f-theme option").contains(&"Parliamentary track".to_string()));
    assert!(filtered.body.contains("<label for=\"f-theme\">Track</label>"));

    // The exports carry the track as frab's track, the one notion.
    let json = client.get("/cycles/3/schedule.json").await.json();
    let events: Vec<&serde_json::Value> = json["schedule"]["conference"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["rooms"].as_object().unwrap().values().flat_map(|r| r.as_array().unwrap().iter()))
        .collect();
    let summit = events.iter().find(|e| e["title"] == "Youth summit: young people shaping AI governance").expect("placed in the programme");
    assert_eq!(summit["track"], "Youth track");
    let xml = client.get("/cycles/3/schedule.xml").await.body;
    assert!(xml.contains("<title>Día 0: taller de alfabetización digital</title>") && xml.contains("<track>Day 0 events</track>"));

    // A Day 0 session says it is streamed and open to remote participation, and links to its track.
    let sessions = client.get(&format!("/tracks/{day0}")).await;
    assert!(sessions.body.contains("streamed, remote participation"));
    let session = sessions.attr("#sessions + ul li a", "href");
    let page = client.get(&session).await;
    assert!(page.body.contains("streamed, remote participation") && page.body.contains(&format!("href=\"/tracks/{day0}\"")));
}
