//! A group's space through HTTP and mail: a working group is drafted, published and joined; its members
//! discuss (each post mailed to the others, an empty post refused with the form kept, a non-member refused),
//! write a document in versions (every earlier one still readable), and hold an open consultation whose
//! speaking queue alternates onsite and online speakers.

use crate::support::*;

/// The id at the end of a redirect's location ("/groups/7" → 7).
fn id_in(location: &Option<String>) -> i64 {
    let location = location.as_deref().expect("a redirect");
    location.split(['/', '#']).filter_map(|p| p.parse().ok()).next_back().unwrap_or_else(|| panic!("no id in {location}"))
}

fn names(queue: &serde_json::Value) -> Vec<String> {
    queue["waiting"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn a_group_discusses_writes_and_meets() {
    let server = Server::start().await;
    let chair = registered_participant(&server, "Wanjiru Kamau", "chair@spaces.example").await;
    let member = registered_participant(&server, "Omar Haddad", "member@spaces.example").await;
    let outsider = registered_participant(&server, "Lena Petrova", "outsider@spaces.example").await;

    // The chair drafts a working group (which has no criteria), publishes it, and a member joins.
    let created = chair
        .submit(
            "/groups/new",
            "/groups",
            &[
                ("kind", "working-group"),
                ("name", "Community Networks Working Group"),
                ("description", "Spectrum."),
                ("open_membership", "on"),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let group = id_in(&created.location);
    let g = format!("/groups/{group}");
    assert_eq!(chair.submit(&g, &format!("{g}/publish"), &[]).await.status, 303);
    assert_eq!(member.submit(&g, &format!("{g}/join"), &[]).await.status, 303);

    // Discussion: an empty post is refused with what was typed kept; a thread is started and mailed.
    let threads = format!("{g}/threads");
    let empty = chair.submit(&threads, &threads, &[("title", "Spectrum for community networks"), ("body", "  ")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Write a message.") && empty.body.contains("value=\"Spectrum for community networks\""), "{}", empty.body);
    assert!(empty.body.contains("href=\"#body\""), "the error summary links to the field");
    let too_long = "x".repeat(20_001);
    assert_eq!(chair.submit(&threads, &threads, &[("title", "Long"), ("body", &too_long)]).await.status, 422);
    let started =
        chair.submit(&threads, &threads, &[("title", "Spectrum for community networks"), ("body", "A **light licence** first?")]).await;
    assert_eq!(started.status, 303, "{}", started.body);
    let thread = id_in(&started.location);
    let t = format!("{threads}/{thread}");
    let mail = server.mail.nth_to("member@spaces.example", 2).await;
    assert!(mail.subject.contains("Spectrum for community networks"), "{}", mail.subject);
    assert!(mail.body.contains("Wanjiru Kamau") && mail.body.contains("A **light licence** first?"), "{}", mail.body);
    assert!(mail.body.contains(&t), "{}", mail.body);

    // The member replies; the chair is told, and nobody is told of their own post.
    let replied = member.submit(&t, &t, &[("body", "Agreed, and *shared* spectrum.")]).await;
    assert_eq!(replied.status, 303, "{}", replied.body);
    let mail = server.mail.nth_to("chair@spaces.example", 2).await;
    assert!(mail.body.contains("Omar Haddad") && mail.body.contains("*shared* spectrum"), "{}", mail.body);
    assert_eq!(server.mail.all().iter().filter(|m| m.to.contains("member@spaces.example")).count(), 2, "no mail of one's own post");
    assert!(server.mail.all().iter().all(|m| !m.to.contains("outsider@") || !m.subject.contains("Spectrum")), "non-members get no posts");

    // The archive is public: anyone reads it, in HTML, JSON and CSV.
    let public = server.client().get(&t).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("<strong>light licence</strong>") && public.body.contains("<em>shared</em>"), "{}", public.body);
    assert_eq!(server.client().get(&format!("/api/groups/{group}/threads")).await.json()[0]["posts"], 2);
    assert!(server.client().get(&format!("{threads}.csv")).await.body.contains("Spectrum for community networks"));

    // A non-member sees a hint to join, and cannot post.
    let page = outsider.get(&t).await;
    assert!(page.body.contains("Join the group") && !page.body.contains("Send the reply"), "{}", page.body);
    assert_eq!(outsider.submit(&t, &t, &[("body", "Let me in.")]).await.status, 403);
    assert_eq!(outsider.submit(&threads, &threads, &[("title", "Mine"), ("body", "Let me in.")]).await.status, 403);

    // Documents: version 1, then 2; version 1 stays readable with its note.
    let documents = format!("{g}/documents");
    let empty = member.submit(&documents, &documents, &[("title", "Charter"), ("body", "")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("value=\"Charter\""));
    let created =
        member.submit(&documents, &documents, &[("title", "Charter"), ("body", "The group meets monthly."), ("note", "First draft")]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let d = format!("{documents}/{}", id_in(&created.location));
    let saved = chair.submit(&d, &d, &[("title", "Charter"), ("body", "The group meets every two weeks."), ("note", "More often")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let current = server.client().get(&d).await;
    assert!(current.body.contains("every two weeks") && current.body.contains("First draft") && current.body.contains("More often"));
    let v1 = server.client().get(&format!("{d}/versions/1")).await;
    assert_eq!(v1.status, 200);
    assert!(v1.body.contains("meets monthly") && !v1.body.contains("every two weeks"), "{}", v1.body);
    let json = server.client().get(&format!("/api{d}")).await.json();
    assert_eq!(json["version"], 2);
    assert_eq!(json["versions"].as_array().unwrap().len(), 2);
    assert_eq!(json["versions"][1]["author"], "Omar Haddad");
    assert_eq!(outsider.submit(&d, &d, &[("title", "Charter"), ("body", "Mine now.")]).await.status, 403);
    assert_eq!(server.client().get(&format!("{d}/versions/3")).await.status, 404);

    // Meetings: a bad date is refused with the form kept; an open consultation is scheduled.
    let meetings = format!("{g}/meetings");
    let bad = chair
        .submit(
            &meetings,
            &meetings,
            &[("kind", "open-consultation"), ("title", "First open consultation"), ("day", "soon"), ("time", "10:00")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("value=\"First open consultation\""));
    let fields = [
        ("kind", "open-consultation"),
        ("title", "First open consultation"),
        ("day", "2031-03-04"),
        ("time", "10:00"),
        ("location", "Room 1"),
        ("online_url", "https://meet.example/oc1"),
        ("agenda", "1. Themes\n2. Any other business"),
    ];
    assert_eq!(member.submit(&meetings, &meetings, &fields).await.status, 403, "only leads schedule");
    let scheduled = chair.submit(&meetings, &meetings, &fields).await;
    assert_eq!(scheduled.status, 303, "{}", scheduled.body);
    let m = format!("{meetings}/{}", id_in(&scheduled.location));
    let q = format!("{m}/queue");
    let listed = server.client().get(&meetings).await;
    assert!(listed.body.contains("First open consultation") && listed.body.contains("Upcoming"));
    assert!(server.client().get(&format!("{meetings}.ics")).await.body.contains("SUMMARY:First open consultation"));
    assert!(server.client().get(&format!("{meetings}.csv")).await.body.contains("First open consultation"));

    // The queue: closed until the chair opens it; then anyone logged in asks, onsite or online.
    assert_eq!(outsider.submit(&m, &q, &[("action", "ask"), ("mode", "onsite")]).await.status, 422, "the queue is closed");
    assert_eq!(member.submit(&m, &q, &[("action", "open")]).await.status, 403, "only leads open the queue");
    assert_eq!(chair.submit(&m, &q, &[("action", "open")]).await.status, 303);
    assert_eq!(outsider.submit(&m, &q, &[("action", "ask"), ("mode", "onsite")]).await.status, 303);
    assert_eq!(chair.submit(&m, &q, &[("action", "ask"), ("mode", "onsite")]).await.status, 303);
    assert_eq!(member.submit(&m, &q, &[("action", "ask"), ("mode", "online")]).await.status, 303);
    assert_eq!(member.submit(&m, &q, &[("action", "ask"), ("mode", "online")]).await.status, 422, "one request at a time");
    let api = format!("/api{m}");
    // Onsite asked first, so it starts; then online, though it asked after the second onsite speaker.
    assert_eq!(names(&server.client().get(&api).await.json()["queue"]), ["Lena Petrova", "Omar Haddad", "Wanjiru Kamau"]);
    let page = member.get(&m).await;
    assert!(page.body.contains("You are number 2 in the queue."), "{}", page.body);
    assert_eq!(page.texts("table.queue tbody td:first-of-type"), ["Lena Petrova", "Omar Haddad", "Wanjiru Kamau"]);

    // The chair calls the next speaker: onsite speaks, online is next.
    assert_eq!(member.submit(&m, &q, &[("action", "next")]).await.status, 403);
    assert_eq!(chair.submit(&m, &q, &[("action", "next")]).await.status, 303);
    let queue = server.client().get(&api).await.json()["queue"].clone();
    assert_eq!(queue["speaking"]["name"], "Lena Petrova");
    assert_eq!(names(&queue), ["Omar Haddad", "Wanjiru Kamau"]);
    // Someone new onsite still waits behind the online speaker, who waited longer.
    let fourth = registered_participant(&server, "Ana Souza", "fourth@spaces.example").await;
    assert_eq!(fourth.submit(&m, &q, &[("action", "ask"), ("mode", "onsite")]).await.status, 303);
    assert_eq!(names(&server.client().get(&api).await.json()["queue"]), ["Omar Haddad", "Wanjiru Kamau", "Ana Souza"]);
    assert_eq!(chair.submit(&m, &q, &[("action", "next")]).await.status, 303);
    let queue = server.client().get(&api).await.json()["queue"].clone();
    assert_eq!(queue["speaking"]["name"], "Omar Haddad");
    assert_eq!(names(&queue), ["Wanjiru Kamau", "Ana Souza"]);
    // A withdrawn request leaves the queue.
    assert_eq!(fourth.submit(&m, &q, &[("action", "withdraw")]).await.status, 303);
    assert_eq!(names(&server.client().get(&api).await.json()["queue"]), ["Wanjiru Kamau"]);
    let page = server.client().get(&m).await;
    assert!(page.body.contains("Has the floor:") && page.body.contains("Omar Haddad"), "{}", page.body);

    // The group's own meeting is for its members: an outsider cannot ask to speak there.
    let own = chair
        .submit(&meetings, &meetings, &[("kind", "meeting"), ("title", "Monthly call"), ("day", "2031-03-10"), ("time", "15:30")])
        .await;
    assert_eq!(own.status, 303);
    let own = format!("{meetings}/{}", id_in(&own.location));
    assert_eq!(chair.submit(&own, &format!("{own}/queue"), &[("action", "open")]).await.status, 303);
    assert_eq!(outsider.submit(&own, &format!("{own}/queue"), &[("action", "ask"), ("mode", "online")]).await.status, 403);
    let page = outsider.get(&own).await;
    assert!(page.body.contains("members can ask to speak") && !page.body.contains("Ask to speak</button>"), "{}", page.body);

    // Minutes and action points afterwards, by the chair.
    let edit = [
        ("kind", "open-consultation"),
        ("title", "First open consultation"),
        ("day", "2031-03-04"),
        ("time", "10:00"),
        ("minutes", "Themes were discussed."),
        ("action_points", "- Secretariat: circulate the themes"),
    ];
    assert_eq!(member.submit(&m, &m, &edit).await.status, 403);
    assert_eq!(chair.submit(&m, &m, &edit).await.status, 303);
    let page = server.client().get(&m).await;
    assert!(
        page.body.contains("Themes were discussed.") && page.body.contains("<li>Secretariat: circulate the themes</li>"),
        "{}",
        page.body
    );

    // Every public change is on the public record.
    let record = server.client().get("/record").await.body;
    for kind in [
        "thread.started",
        "post.added",
        "document.created",
        "document.version-saved",
        "meeting.scheduled",
        "speaking.called",
        "meeting.updated",
    ] {
        assert!(record.contains(kind), "{kind} is not on the record");
    }
}
