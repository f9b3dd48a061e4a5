//! The outcome chain on the demo forum, through HTTP and mail: a report is filed (late, and marked so), the
//! Secretariat builds a Message from its takeaway, the public comments on the draft, the Message is published
//! with its change recorded, a recommendation goes to a body of the registry, the body answers through its
//! mailed link (once), and the tracker, its feed and the alignment report show it.

use crate::support::*;

#[tokio::test]
async fn from_a_session_report_to_a_body_s_answer() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", "agora demo password").await.status, 303);

    // The overdue list of the demo's 2025 meeting, and a report filed for one of its sessions.
    let reports = server.client().get("/api/cycles/3/reports").await.json();
    let overdue = reports.as_array().unwrap().iter().find(|r| r["state"] == "overdue").expect("an overdue report").clone();
    let session = overdue["session_id"].as_i64().unwrap();
    // Its organizers were reminded by mail.
    let reminded = server.mail.all().len();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !server.mail.all().iter().any(|m| m.subject.contains("is overdue")) {
        assert!(std::time::Instant::now() < deadline, "no overdue reminder among {reminded} mails");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let reminder = server.mail.all().into_iter().find(|m| m.subject.contains("is overdue")).unwrap();
    assert!(reminder.body.contains("/report"), "{}", reminder.body);
    assert!(server.client().get("/cycles/3/reports").await.body.contains("Overdue"));
    let path = format!("/sessions/{session}/report");
    let page = secretariat.get(&path).await;
    let bad = secretariat
        .post(
            &path,
            &[
                ("csrf", &page.csrf()),
                ("takeaway_0", "Spectrum for community networks."),
                ("call_0", "License them."),
                ("summary", "Debate."),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Say whom each call to action is addressed to") && bad.body.contains("Spectrum for community networks."));
    let filed = secretariat
        .post(
            &path,
            &[
                ("csrf", &page.csrf()),
                ("rapporteur", "Amina Diallo"),
                ("takeaway_0", "Community networks need a light licence and spectrum."),
                ("call_0", "Create a light licence for community networks."),
                ("call_to_0", "government"),
                ("summary", "Operators, regulators and community networks compared experiences."),
                ("onsite", "40"),
                ("online", "25"),
                ("women", "30"),
                ("transcript", ">> MODERATOR: Welcome.\n>> AMINA DIALLO: Thank you.\n>> MODERATOR: Questions?"),
            ],
        )
        .await;
    assert_eq!(filed.status, 303, "{}", filed.body);
    let shown = server.client().get(&path).await;
    assert!(shown.body.contains("filed after its due date") && shown.body.contains("3 speaker turns"), "{}", shown.body);
    let reports = server.client().get("/api/cycles/3/reports").await.json();
    let row = reports.as_array().unwrap().iter().find(|r| r["session_id"] == session).unwrap().clone();
    assert_eq!(row["state"], "filed-late");
    let report = row["report_id"].as_i64().unwrap();

    // A Message drafted from that takeaway, opened for public comment, commented on, then published.
    let page = secretariat.get("/cycles/3/messages").await;
    let source = format!("{report}:0");
    let drafted = secretariat
        .post(
            "/cycles/3/messages",
            &[("csrf", &page.csrf()), ("title", "Connecting the last villages"), ("kind", "message"), ("source", &source)],
        )
        .await;
    assert_eq!(drafted.status, 303, "{}", drafted.body);
    let message_path = drafted.location.unwrap();
    let message = message_path.trim_start_matches("/messages/").to_string();
    let page = secretariat.get(&message_path).await;
    assert!(page.body.contains("Community networks need a light licence and spectrum."), "the takeaway is the first paragraph");
    let opened = secretariat.post(&format!("{message_path}/comment"), &[("csrf", &page.csrf())]).await;
    assert_eq!(opened.status, 303);
    let consultation = opened.location.unwrap();
    let visitor = server.client();
    let page = visitor.get(&consultation).await;
    let paragraph = page.attr("#paragraph-1 input[name=paragraph]", "value");
    let commented = visitor
        .post(
            &format!("{consultation}/comments"),
            &[
                ("csrf", &page.csrf()),
                ("paragraph", &paragraph),
                ("name", "Joseph Otieno"),
                ("stakeholder_group", "civil-society"),
                ("country", "Kenya"),
                ("text", "Name the regulator."),
            ],
        )
        .await;
    assert_eq!(commented.status, 303, "{}", commented.body);
    let page = secretariat.get(&message_path).await;
    let body = "Community networks need a light licence and spectrum from the Communications Authority.";
    let no_note = secretariat
        .post(&message_path, &[("csrf", &page.csrf()), ("title", "Connecting the last villages"), ("body", body), ("action", "publish")])
        .await;
    assert_eq!(no_note.status, 422, "publishing after comment needs a note of what changed");
    let published = secretariat
        .post(
            &message_path,
            &[
                ("csrf", &page.csrf()),
                ("title", "Connecting the last villages"),
                ("body", body),
                ("note", "The regulator is named."),
                ("action", "publish"),
            ],
        )
        .await;
    assert_eq!(published.status, 303);
    let shown = server.client().get(&message_path).await;
    assert!(shown.body.contains("The regulator is named.") && shown.body.contains("Published"));
    assert!(server.client().get(&format!("{message_path}/markdown")).await.body.starts_with("# Connecting the last villages"));

    // A recommendation can only go to bodies of the registry.
    let bodies = server.client().get("/api/bodies").await.json();
    let ca = bodies.as_array().unwrap().iter().find(|b| b["acronym"] == "CA").unwrap()["id"].as_i64().unwrap().to_string();
    let page = secretariat.get("/recommendations/new").await;
    let fields = |body: &str| {
        vec![
            ("csrf".to_string(), page.csrf()),
            ("title".into(), "A light licence for community networks".into()),
            ("text".into(), "Create a light licence for community networks, with spectrum.".into()),
            ("source".into(), "message".into()),
            ("source_id".into(), message.clone()),
            ("bodies".into(), body.to_string()),
            ("action_lines".into(), "C2".into()),
            ("sdgs".into(), "9".into()),
            ("issues".into(), "community networks".into()),
        ]
    };
    let unknown = secretariat.post_fields("/recommendations", &fields("999999")).await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("only be addressed to bodies of the registry"));
    let created = secretariat.post_fields("/recommendations", &fields(&ca)).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let recommendation = created.location.unwrap();
    let page = secretariat.get(&recommendation).await;
    assert_eq!(secretariat.post(&format!("{recommendation}/send"), &[("csrf", &page.csrf())]).await.status, 200);

    // The body answers through the mailed link, without an account; the link then says it was used.
    let link = server.mail.link_for("cacommunicat@demo.agora.example", "/respond/").await;
    let body_contact = server.client();
    let form = body_contact.get(&link).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let backwards = body_contact.post(&link, &[("csrf", &form.csrf()), ("status", "drafted"), ("response", "x")]).await;
    assert_eq!(backwards.status, 422);
    let answered = body_contact
        .post(
            &link,
            &[
                ("csrf", &form.csrf()),
                ("status", "implemented"),
                ("response", "The light licence is in force."),
                ("link", "https://ca.example/licence"),
            ],
        )
        .await;
    assert_eq!(answered.status, 303, "{}", answered.body);
    let reused = body_contact.get(&link).await;
    assert_eq!(reused.status, 410);
    assert!(reused.body.contains("already used"));
    assert_eq!(server.client().get("/respond/not-a-link").await.status, 410);

    // The tracker, its feed and the alignment report show it.
    let tracked = server.client().get(&format!("/api/recommendations?body={ca}&status=implemented")).await.json();
    assert!(tracked.as_array().unwrap().iter().any(|r| r["title"] == "A light licence for community networks"), "{tracked}");
    assert!(server.client().get(&recommendation).await.body.contains("The light licence is in force."));
    assert!(server.client().get("/recommendations.atom").await.body.contains("The light licence is in force."));
    assert!(server.client().get("/alignment/C2").await.body.contains("A light licence for community networks"));
    assert!(server.client().get("/alignment").await.body.contains("WSIS action lines"));
    // The cycle's statistics count the new report's attendance.
    let stats = server.client().get("/api/cycles/3/statistics").await.json();
    let onsite = stats["attendance"].as_array().unwrap().iter().find(|c| c["category"] == "onsite").unwrap()["count"].as_u64().unwrap();
    assert!(onsite >= 40, "{stats}");
    assert!(server.client().get("/cycles/3/statistics.csv").await.body.starts_with("dimension,category,count"));
    // The registry flags the issue no body handles (a demo recommendation raises it).
    assert!(server.client().get("/bodies").await.body.contains("online gaming harms"));
}
