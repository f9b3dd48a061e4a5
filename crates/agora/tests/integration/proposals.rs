//! The IGF year through the real surfaces: a cycle and its settings, the call for issues and themes, a
//! proposal with invited speakers who confirm, Stage-1 screening, the optimal assignment, anonymised scoring,
//! conflicts, the ranking and the MAG's decision, and the public results and exports.

use crate::support::*;

struct Forum {
    server: Server,
    secretariat: Client,
    proposer: Client,
    mag: Vec<Client>,
    cycle: i64,
}

/// Posts the cycle's settings form as the Secretariat with some fields changed; the reply.
async fn change_settings(secretariat: &Client, cycle: i64, changes: &[(&str, &str)]) -> Reply {
    let settings = secretariat.get(&format!("/cycles/{cycle}/settings")).await;
    secretariat.post_fields(&format!("/cycles/{cycle}/settings"), &with(settings.form_fields("form.stacked"), changes)).await
}

/// A forum with a Secretariat, three MAG members from different groups, a proposer and a cycle with one theme.
async fn forum() -> Forum {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let mut mag = Vec::new();
    for (i, group) in ["government", "private-sector", "academia"].iter().enumerate() {
        let email = format!("mag{i}@example.org");
        let client = server.client();
        client
            .register(&format!("MAG Member {i}"), &email, &[("stakeholder_group", group), ("organization", &format!("MAG Org {i}"))])
            .await;
        let link = server.mail.link_for(&email, "/verify/").await;
        client.get(&link).await;
        client.login(&email, PASSWORD).await;
        grant(&server, &email, "mag");
        mag.push(client);
    }
    let proposer = registered_participant(&server, "Paula Proposer", "proposer@example.org").await;
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026"), ("host", "Nairobi"), ("hybrid", "on")]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    // Three MAG members: two evaluators per proposal.
    assert_eq!(change_settings(&secretariat, cycle, &[("evaluators_per_proposal", "2")]).await.status, 303);
    let theme = mag[0]
        .submit(
            &format!("/cycles/{cycle}/issues"),
            &format!("/cycles/{cycle}/themes"),
            &[("name", "Digital divides and inclusion"), ("sub_themes", "Community networks\nAffordability")],
        )
        .await;
    assert_eq!(theme.status, 303);
    let themes = server.client().get(&format!("/cycles/{cycle}/issues")).await;
    assert!(themes.texts("#themes + ul li li").contains(&"Affordability".to_string()), "{:?}", themes.texts("#themes + ul li"));
    Forum { server, secretariat, proposer, mag, cycle }
}

/// The proposal form's fields for a complete proposal with four people.
fn proposal_fields(theme: &str, people: &[(&str, &str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("title", "Community networks: lessons from East Africa"),
        ("theme_id", theme),
        ("format", "roundtable"),
        ("duration", "60"),
        ("description", "How community networks bring schools and clinics online, and what regulators can do."),
        ("policy_questions", "Which licensing and spectrum rules help community networks?"),
        ("expected_outcomes", "A short toolkit for regulators."),
        ("hybrid_plan", "The online moderator relays questions every fifteen minutes."),
        ("org_name_0", "Kenya ICT Action Network"),
        ("org_group_0", "civil-society"),
        ("org_country_0", "KE"),
        ("sdgs", "9"),
        ("action_lines", "C2"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (i, (role, name, email)) in people.iter().enumerate() {
        fields.push((format!("person_role_{i}"), role.to_string()));
        fields.push((format!("person_name_{i}"), name.to_string()));
        fields.push((format!("person_email_{i}"), email.to_string()));
        fields.push((format!("person_onsite_{i}"), "on".to_string()));
    }
    fields
}

async fn theme_of(client: &Client, cycle: i64) -> String {
    let form = client.get(&format!("/cycles/{cycle}/proposals/new")).await;
    form.form_fields("form.stacked");
    let html = form.html();
    let option = html.select(&scraper::Selector::parse("#theme_id option[value]:not([value=''])").unwrap()).next().expect("a theme");
    option.value().attr("value").unwrap().to_string()
}

#[tokio::test]
async fn a_proposal_goes_from_the_call_to_an_approved_workshop() {
    let f = forum().await;
    let cycle = f.cycle;
    let issue = f
        .proposer
        .submit(&format!("/cycles/{cycle}/issues"), &format!("/cycles/{cycle}/issues"), &[("text", "Affordable access in rural areas")])
        .await;
    assert_eq!(issue.status, 303);
    let issues = f.server.client().get(&format!("/cycles/{cycle}/issues")).await;
    assert!(issues.body.contains("Affordable access in rural areas") && issues.body.contains("1 issue received"));

    // Speakers with accounts: two women and a man, and a moderator.
    let mut speakers = Vec::new();
    for (name, email, gender) in [
        ("Wanjiru Kamau", "s1@example.org", "female"),
        ("Otieno Ouma", "s2@example.org", "male"),
        ("Amina Hassan", "s3@example.org", "female"),
        ("Moderator Mo", "s4@example.org", "male"),
    ] {
        let client = server_participant(&f.server, name, email, gender).await;
        speakers.push((client, email));
    }
    let theme = theme_of(&f.proposer, cycle).await;
    let people = [
        ("speaker", "Wanjiru Kamau", "s1@example.org"),
        ("speaker", "Otieno Ouma", "s2@example.org"),
        ("speaker", "Amina Hassan", "s3@example.org"),
        ("onsite-moderator", "Moderator Mo", "s4@example.org"),
    ];
    let mut fields = proposal_fields(&theme, &people);
    fields.push(("action".into(), "draft".into()));
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let saved = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields.clone(), &[("csrf", &csrf)])).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let proposal: i64 = saved.location.unwrap().trim_start_matches("/proposals/").parse().unwrap();
    assert!(f.server.client().get(&format!("/proposals/{proposal}")).await.status == 404, "drafts are private");
    let edit = f.proposer.get(&format!("/proposals/{proposal}/edit")).await;
    let submitted = f
        .proposer
        .post_fields(&format!("/proposals/{proposal}/edit"), &with(edit.form_fields("form.stacked"), &[("action", "submit")]))
        .await;
    assert_eq!(submitted.status, 303);
    let page = f.server.client().get(&format!("/proposals/{proposal}")).await;
    assert!(page.body.contains("Community networks") && page.body.contains("Waiting for an answer"));
    assert!(!page.body.contains("s1@example.org"), "no emails on public pages");
    assert!(f.proposer.get(&format!("/proposals/{proposal}")).await.body.contains("Version 1"), "history is kept");

    // Each speaker confirms through the mailed invitation.
    for (client, email) in &speakers {
        let link = f.server.mail.link_for(email, "/invitations/").await;
        let answered = client.submit(&link, &link, &[("answer", "confirm")]).await;
        assert_eq!(answered.status, 303);
    }
    assert!(f.server.client().get(&format!("/proposals/{proposal}")).await.texts("td").iter().filter(|t| *t == "Confirmed").count() == 4);

    // Stage 1: screening passes, and the proposer sees why.
    assert_eq!(f.mag[0].get(&format!("/cycles/{cycle}/screening")).await.status, 403, "MAG members do not screen");
    let ran = f.secretariat.submit(&format!("/cycles/{cycle}/screening"), &format!("/cycles/{cycle}/screening"), &[]).await;
    assert_eq!(ran.status, 303);
    let mine = f.proposer.get(&format!("/proposals/{proposal}")).await;
    assert!(mine.body.contains("Passed") && mine.body.contains("Confirmed speakers: 3 (at least 3)"), "{}", mine.body);

    // The optimal assignment gives two MAG members, who score; a half-filled score sheet saves nothing.
    assert_eq!(f.secretariat.submit(&format!("/cycles/{cycle}/assignment"), &format!("/cycles/{cycle}/assignment"), &[]).await.status, 303);
    let mut scored = 0;
    for member in &f.mag {
        let list = member.get(&format!("/cycles/{cycle}/evaluate")).await;
        if !list.body.contains("Community networks") {
            assert_eq!(member.get(&format!("/proposals/{proposal}/evaluate")).await.status, 403, "not assigned");
            continue;
        }
        let form = member.get(&format!("/proposals/{proposal}/evaluate")).await;
        assert!(!form.body.contains("Paula Proposer") && !form.body.contains("Wanjiru"), "the evaluation view is anonymised");
        assert!(form.body.contains("developing country") || form.body.contains("Civil society"));
        let half = member
            .submit(&format!("/proposals/{proposal}/evaluate"), &format!("/proposals/{proposal}/evaluate"), &[("score_relevance", "4")])
            .await;
        assert_eq!(half.status, 422);
        let all = [
            ("score_policy-question", "4"),
            ("score_relevance", "5"),
            ("score_content", "4"),
            ("score_interaction", "3"),
            ("score_diversity", "5"),
            ("comment", "Strong"),
        ];
        let saved = member.submit(&format!("/proposals/{proposal}/evaluate"), &format!("/proposals/{proposal}/evaluate"), &all).await;
        assert_eq!(saved.status, 303);
        assert_eq!(saved.location.as_deref(), Some(format!("/cycles/{cycle}/evaluate?saved=all").as_str()), "nothing else to evaluate");
        let list = member.get(saved.location.as_deref().unwrap()).await;
        assert!(
            list.body.contains("Every proposal assigned to you is evaluated") && list.body.contains("1 of 1 evaluated"),
            "{}",
            list.body
        );
        scored += 1;
    }
    assert_eq!(scored, 2);
    let anonymous = f.server.client().get(&format!("/api/cycles/{cycle}/scores")).await;
    assert_eq!(anonymous.status, 403, "scores are confidential while the evaluation runs");
    let scores = f.secretariat.get(&format!("/api/cycles/{cycle}/scores")).await.json();
    assert_eq!(scores.as_array().unwrap().len(), 2);
    assert!(scores[0]["evaluator"].as_str().unwrap().starts_with('E'), "evaluators are pseudonymous");

    // Ranking, suggestion and decision: staged first (nobody is told), published together once the evaluation has
    // ended, and only then is the proposer told, once; the public list shows the workshop.
    let results = f.secretariat.get(&format!("/cycles/{cycle}/results")).await;
    assert!(results.body.contains("Community networks") && results.body.contains("4.20"), "mean of the two overall scores");
    assert_eq!(results.attr(&format!("#outcome-{proposal} option"), "value"), "", "no decision is preselected");
    let unchosen =
        f.secretariat.submit(&format!("/cycles/{cycle}/results"), &format!("/proposals/{proposal}/decision"), &[("outcome", "")]).await;
    assert_eq!(unchosen.status, 400);
    let staged = f
        .secretariat
        .submit(
            &format!("/cycles/{cycle}/results"),
            &format!("/proposals/{proposal}/decision"),
            &[("outcome", "approved"), ("rationale", "Strong and balanced")],
        )
        .await;
    assert_eq!(staged.status, 303);
    let mails_before = f.server.mail.all().len();
    let results = f.secretariat.get(&format!("/cycles/{cycle}/results")).await;
    assert!(results.body.contains("Staged: Approved") && results.body.contains("1 decision staged"), "{}", results.body);
    let public = f.server.client().get(&format!("/api/cycles/{cycle}/workshops")).await.json();
    assert_eq!(public.as_array().map(Vec::len), Some(0), "a staged decision is not public");
    // While the evaluation runs, publication waits and says until when.
    let running = [("evaluation_start", "2020-01-01"), ("evaluation_end", "2099-01-01")];
    assert_eq!(change_settings(&f.secretariat, cycle, &running).await.status, 303);
    let review = f.secretariat.get(&format!("/cycles/{cycle}/decisions/publish")).await;
    assert!(review.body.contains("The evaluation runs until 2099-01-01"), "{}", review.body);
    let held =
        f.secretariat.submit(&format!("/cycles/{cycle}/decisions/publish"), &format!("/cycles/{cycle}/decisions/publish"), &[]).await;
    assert_eq!(held.status, 403);
    let ended = [("evaluation_start", "2020-01-01"), ("evaluation_end", "2020-02-01")];
    assert_eq!(change_settings(&f.secretariat, cycle, &ended).await.status, 303);
    let review = f.secretariat.get(&format!("/cycles/{cycle}/decisions/publish")).await;
    assert!(review.body.contains("sends 1 mails") && review.body.contains("Community networks"), "{}", review.body);
    let published =
        f.secretariat.submit(&format!("/cycles/{cycle}/decisions/publish"), &format!("/cycles/{cycle}/decisions/publish"), &[]).await;
    assert_eq!(published.status, 303);
    let mail = f.server.mail.nth_to("proposer@example.org", 2).await;
    assert!(mail.subject.contains("Decision") && mail.body.contains("Approved"), "{mail:?}");
    let again =
        f.secretariat.submit(&format!("/cycles/{cycle}/decisions/publish"), &format!("/cycles/{cycle}/decisions/publish"), &[]).await;
    assert_eq!(again.status, 403, "nothing left to publish: nobody is mailed twice");
    assert_eq!(f.server.mail.all().len(), mails_before + 1);
    let workshops = f.server.client().get(&format!("/api/cycles/{cycle}/workshops")).await.json();
    assert_eq!(workshops[0]["title"], "Community networks: lessons from East Africa");
    let synthesis = f.server.client().get(&format!("/cycles/{cycle}/synthesis")).await;
    assert_eq!(synthesis.status, 200);
    let csv = f.server.client().get(&format!("/cycles/{cycle}/proposals.csv")).await;
    assert!(csv.body.contains("Community networks") && csv.body.contains(",approved\r\n"), "{}", csv.body);
    assert!(!csv.body.contains("@example.org"));
}

async fn server_participant(server: &Server, name: &str, email: &str, gender: &str) -> Client {
    let client = server.client();
    assert_eq!(client.register(name, email, &[("gender", gender)]).await.status, 303);
    let link = server.mail.link_for(email, "/verify/").await;
    client.get(&link).await;
    assert_eq!(client.login(email, PASSWORD).await.status, 303);
    client
}

#[tokio::test]
async fn screening_explains_each_failure_and_the_secretariat_can_override_with_a_reason() {
    let f = forum().await;
    let cycle = f.cycle;
    let theme = theme_of(&f.mag[1], cycle).await;
    // A MAG member proposes, with one unconfirmed speaker: fails on both, with reasons.
    let mut fields = proposal_fields(&theme, &[("speaker", "Nobody Yet", "nobody@example.org")]);
    fields.push(("action".into(), "submit".into()));
    let csrf = f.mag[1].get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let saved = f.mag[1].post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields, &[("csrf", &csrf)])).await;
    let proposal: i64 = saved.location.unwrap().trim_start_matches("/proposals/").parse().unwrap();
    f.secretariat.submit(&format!("/cycles/{cycle}/screening"), &format!("/cycles/{cycle}/screening"), &[]).await;
    let page = f.mag[1].get(&format!("/proposals/{proposal}")).await;
    assert!(page.body.contains("Did not pass"));
    assert!(page.body.contains("Confirmed speakers: 0 (at least 3)") && page.body.contains("may not be members of the MAG"));
    let no_reason = f
        .secretariat
        .submit(&format!("/cycles/{cycle}/screening"), &format!("/proposals/{proposal}/override"), &[("outcome", "pass"), ("reason", "")])
        .await;
    assert_eq!(no_reason.status, 422, "the list again, with the refusal beside the proposal");
    assert!(no_reason.body.contains("Give the reason for this override"));
    let overridden = f
        .secretariat
        .submit(
            &format!("/cycles/{cycle}/screening"),
            &format!("/proposals/{proposal}/override"),
            &[("outcome", "pass"), ("reason", "Speakers confirmed by phone")],
        )
        .await;
    assert_eq!(overridden.status, 303);
    assert!(f.mag[1].get(&format!("/proposals/{proposal}")).await.body.contains("Speakers confirmed by phone"));
}

#[tokio::test]
async fn a_conflicted_member_cannot_see_or_score_and_a_declared_conflict_reassigns() {
    let f = forum().await;
    let cycle = f.cycle;
    let theme = theme_of(&f.proposer, cycle).await;
    let mut speakers = Vec::new();
    for (name, email, gender) in [
        ("A One", "a1@example.org", "female"),
        ("B Two", "b2@example.org", "male"),
        ("C Three", "c3@example.org", "female"),
        ("D Four", "d4@example.org", "male"),
    ] {
        speakers.push((server_participant(&f.server, name, email, gender).await, email));
    }
    // MAG member 0 is listed too (and confirms): a conflict the assignment must respect.
    let people = [
        ("speaker", "A One", "a1@example.org"),
        ("speaker", "B Two", "b2@example.org"),
        ("speaker", "C Three", "c3@example.org"),
        ("onsite-moderator", "D Four", "d4@example.org"),
        ("rapporteur", "MAG Member 0", "mag0@example.org"),
    ];
    let mut fields = proposal_fields(&theme, &people);
    fields.push(("action".into(), "submit".into()));
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let saved = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields, &[("csrf", &csrf)])).await;
    let proposal: i64 = saved.location.unwrap().trim_start_matches("/proposals/").parse().unwrap();
    for (client, email) in &speakers {
        let link = f.server.mail.link_for(email, "/invitations/").await;
        client.submit(&link, &link, &[("answer", "confirm")]).await;
    }
    let link = f.server.mail.link_for("mag0@example.org", "/invitations/").await;
    f.mag[0].submit(&link, &link, &[("answer", "confirm")]).await;
    f.secretariat.submit(&format!("/cycles/{cycle}/screening"), &format!("/cycles/{cycle}/screening"), &[]).await;
    f.secretariat.submit(&format!("/cycles/{cycle}/assignment"), &format!("/cycles/{cycle}/assignment"), &[]).await;
    let refused = f.mag[0].get(&format!("/proposals/{proposal}/evaluate")).await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("You are listed on this proposal"), "{}", refused.body);
    // Adding the conflicted member by hand is refused too.
    let by_hand = f.secretariat.get(&format!("/cycles/{cycle}/assignment")).await;
    let mag0 = by_hand
        .html()
        .select(&scraper::Selector::parse("#pair-member option").unwrap())
        .find(|o| o.text().collect::<String>() == "MAG Member 0")
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_string();
    let forced = f
        .secretariat
        .post(
            "/cycles/1/assignment/edit",
            &[("csrf", &by_hand.csrf()), ("proposal", &proposal.to_string()), ("evaluator", &mag0), ("action", "add")],
        )
        .await;
    assert_eq!(forced.status, 400);
    assert!(forced.body.contains("conflict"));
    // Member 1 declares a conflict: the proposal leaves their list, and someone else's? Only member 2 remains.
    assert!(f.mag[1].get(&format!("/cycles/{cycle}/evaluate")).await.body.contains("Community networks"));
    let declared = f.mag[1]
        .submit(&format!("/proposals/{proposal}/evaluate"), &format!("/proposals/{proposal}/conflict"), &[("reason", "My former employer")])
        .await;
    assert_eq!(declared.status, 303);
    assert!(!f.mag[1].get(&format!("/cycles/{cycle}/evaluate")).await.body.contains("Community networks"));
    assert_eq!(f.mag[1].get(&format!("/proposals/{proposal}/evaluate")).await.status, 403);
    assert!(f.mag[2].get(&format!("/cycles/{cycle}/evaluate")).await.body.contains("Community networks"));
}

#[tokio::test]
async fn late_submissions_and_overbooked_speakers_are_refused_with_the_reason() {
    let f = forum().await;
    let cycle = f.cycle;
    let theme = theme_of(&f.proposer, cycle).await;
    // A speaker already confirmed in one session, with a cap of one.
    change_settings(&f.secretariat, cycle, &[("max_sessions_per_speaker", "1")]).await;
    let busy = server_participant(&f.server, "Busy Speaker", "busy@example.org", "female").await;
    let mut fields = proposal_fields(&theme, &[("speaker", "Busy Speaker", "busy@example.org")]);
    fields.push(("action".into(), "submit".into()));
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields.clone(), &[("csrf", &csrf)])).await;
    let link = f.server.mail.link_for("busy@example.org", "/invitations/").await;
    busy.submit(&link, &link, &[("answer", "confirm")]).await;
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let again = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields.clone(), &[("csrf", &csrf)])).await;
    assert_eq!(again.status, 422);
    assert!(again.body.contains("Busy Speaker is already confirmed in 1 sessions of this cycle; the limit is 1"), "{}", again.body);
    assert!(again.body.contains("Community networks: lessons from East Africa"), "the form comes back as typed");

    // Close the call: a submission is refused with the deadline shown.
    let closed = [("call-for-proposals_start", "2020-01-01"), ("call-for-proposals_end", "2020-02-01")];
    assert_eq!(change_settings(&f.secretariat, cycle, &closed).await.status, 303);
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let late = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields, &[("csrf", &csrf)])).await;
    assert_eq!(late.status, 422);
    assert!(late.body.contains("closed on 2020-02-01"), "{}", late.body);
    // Bad settings are refused field by field.
    let refused = change_settings(&f.secretariat, cycle, &[("score_min", "5"), ("score_max", "1"), ("slots", "many")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Workshop slots: enter a whole number") || refused.body.contains("lowest score"), "{}", refused.body);
    assert_eq!(f.proposer.get(&format!("/cycles/{cycle}/settings")).await.status, 403);
}

/// The form applies the call's own limits, as screening would, and says them: a title or description longer than
/// the cycle allows is refused on the form with the cycle's figure, the form kept as typed, nothing saved.
#[tokio::test]
async fn the_proposal_form_refuses_what_screening_would_refuse_with_the_cycles_limits() {
    let f = forum().await;
    let cycle = f.cycle;
    let theme = theme_of(&f.proposer, cycle).await;
    let limits = [("title_max_chars", "40"), ("description_max_words", "12")];
    assert_eq!(change_settings(&f.secretariat, cycle, &limits).await.status, 303);
    let form = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await;
    assert!(form.body.contains("maxlength=\"40\""), "the title field carries the cycle's limit");
    let long_title = "Community networks: lessons from East Africa and beyond"; // 55 characters
    let long_description = "one two three four five six seven eight nine ten eleven twelve thirteen";
    let fields = with(proposal_fields(&theme, &[]), &[("csrf", &form.csrf()), ("title", long_title), ("description", long_description)]);
    let refused = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &fields).await;
    assert_eq!(refused.status, 422, "a draft too is refused what screening would refuse");
    assert!(refused.body.contains("The title has 55 characters; this call allows at most 40."), "{}", refused.body);
    assert!(refused.body.contains("The description has 13 words; this call allows at most 12."), "{}", refused.body);
    assert!(refused.body.contains(long_description), "the form comes back as typed");
    let stored = table_rows(&f.server, &["proposals"]);
    assert!(stored["proposals"].iter().all(|p| p["title"] != long_title), "nothing saved");
}

/// The numbers in a text, in order.
fn numbers_in(text: &str) -> Vec<i64> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect()
}

/// The demo's cycle under evaluation as a screening queue: counts per outcome, a filter by outcome and by title,
/// sorts and pages as GET parameters; an override without a reason is refused beside its line (422) and one with
/// a reason comes back to the same list at the proposal.
#[tokio::test]
async fn the_screening_queue_filters_sorts_and_pages_and_an_override_comes_back_to_the_same_list() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let first = secretariat.get("/cycles/1/screening").await;
    assert_eq!(first.status, 200);
    let rows = first.texts("tbody tr[id^=proposal-]");
    assert_eq!(rows.len(), 50, "one page of 50, not every proposal");
    assert_eq!(first.attr("nav.pager a[rel=next]", "href"), "/cycles/1/screening?page=2");
    let count_of = |reply: &Reply, label: &str| -> i64 {
        let link = reply.texts("nav.sub-nav a").into_iter().find(|t| t.starts_with(label)).unwrap_or_else(|| panic!("no {label} count"));
        *numbers_in(&link).last().unwrap()
    };
    let (all, passed, failed) = (count_of(&first, "All"), count_of(&first, "Passed"), count_of(&first, "Did not pass"));
    assert!(all > 300 && failed > 0 && passed > 0, "{all} {passed} {failed}");
    assert_eq!(passed + failed + count_of(&first, "Not screened yet"), all);

    // Only the failed ones, on as many pages as they need.
    let failed_page = secretariat.get("/cycles/1/screening?outcome=failed").await;
    let outcomes = failed_page.texts("tbody tr[id^=proposal-] td:nth-child(3)");
    assert_eq!(outcomes.len() as i64, failed.min(50));
    assert!(outcomes.iter().all(|o| o.starts_with("Did not pass")), "{outcomes:?}");
    assert!(failed_page.body.contains(&format!("Proposals matching: {failed}")));

    // A word of a title finds it, whatever its case; the titles sort.
    let title = first.texts("tbody tr[id^=proposal-] th a")[0].clone();
    let word = title.split_whitespace().max_by_key(|w| w.len()).unwrap().to_uppercase();
    let found = secretariat.get(&format!("/cycles/1/screening?q={}", encode(&word))).await;
    let titles = found.texts("tbody tr[id^=proposal-] th a");
    assert!(titles.contains(&title) && titles.iter().all(|t| t.to_uppercase().contains(&word)), "{word}: {titles:?}");
    let sorted = secretariat.get("/cycles/1/screening?sort=title").await.texts("tbody tr[id^=proposal-] th a");
    let mut expected = sorted.clone();
    expected.sort_by_key(|t| t.to_lowercase());
    assert_eq!(sorted, expected);
    assert_ne!(sorted, first.texts("tbody tr[id^=proposal-] th a"), "sorting changes the order");
    let ids =
        |reply: &Reply| -> Vec<i64> { reply.texts("tbody tr[id^=proposal-] td:first-child").iter().map(|t| t.parse().unwrap()).collect() };
    let (one, two) = (ids(&first), ids(&secretariat.get("/cycles/1/screening?page=2").await));
    assert!(two.len() == 50 && one.iter().max() < two.iter().min(), "page 2 is the next 50: {one:?} {two:?}");

    // An override without a reason: the same list again, the refusal beside that line.
    let target = failed_page.attr("tbody tr[id^=proposal-]", "id");
    let id: i64 = target.trim_start_matches("proposal-").parse().unwrap();
    let action = failed_page.attr(&format!("#{target} form"), "action");
    assert_eq!(action, format!("/proposals/{id}/override?outcome=failed"));
    let csrf = failed_page.csrf();
    let refused = secretariat.post(&action, &[("csrf", &csrf), ("outcome", "pass"), ("reason", "  ")]).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.texts(&format!("#{target} .error")),
        vec!["Give the reason for this override: it is recorded in the public record."]
    );
    assert_eq!(refused.attr(&format!("#reason-{id}"), "aria-invalid"), "true");
    assert_eq!(refused.texts("tbody tr[id^=proposal-] td:nth-child(3)").len() as i64, failed.min(50), "still the failed ones");
    let done = secretariat.post(&action, &[("csrf", &csrf), ("outcome", "pass"), ("reason", "Speakers confirmed by phone")]).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location.as_deref(), Some(format!("/cycles/1/screening?outcome=failed#proposal-{id}").as_str()));
    let after = secretariat.get("/cycles/1/screening?outcome=overridden").await;
    assert!(after.texts("tbody tr[id^=proposal-]").len() == 1 && after.body.contains("Speakers confirmed by phone"), "{}", after.body);
    assert_eq!(count_of(&secretariat.get("/cycles/1/screening").await, "Passed"), passed + 1);
}

/// A MAG member's queue on the demo: how far they are, each criterion's scale described, no link to the public
/// page (which names the proposers), previous and next, and saving goes on to the next proposal still to evaluate.
#[tokio::test]
async fn a_mag_member_works_through_the_queue_from_one_proposal_to_the_next() {
    let server = Server::start_with(true).await;
    let mag = server.client();
    assert_eq!(mag.login("mag@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let list = mag.get("/cycles/1/evaluate").await;
    let progress = list.texts(".progress")[0].clone();
    let [done, total] = numbers_in(&progress)[..] else { panic!("{progress}") };
    assert!(progress.ends_with("evaluated") && done < total, "{progress}");
    let rows: Vec<(i64, bool)> = list
        .html()
        .select(&scraper::Selector::parse("table.data tbody tr").unwrap())
        .map(|tr| {
            let href = tr.select(&scraper::Selector::parse("a").unwrap()).next().unwrap().value().attr("href").unwrap().to_string();
            let id = href.trim_start_matches("/proposals/").trim_end_matches("/evaluate").parse().unwrap();
            (id, tr.text().collect::<String>().contains("To evaluate"))
        })
        .collect();
    assert_eq!(rows.len() as i64, total);
    assert_eq!(rows.iter().filter(|(_, to_do)| !to_do).count() as i64, done);
    let to_do: Vec<i64> = rows.iter().filter(|(_, t)| *t).map(|(id, _)| *id).collect();
    let current = to_do[0];
    assert_eq!(list.attr("main p a[href$='/evaluate']", "href"), format!("/proposals/{current}/evaluate"), "continue where they are");

    let form = mag.get(&format!("/proposals/{current}/evaluate")).await;
    assert_eq!(form.status, 200);
    let public = scraper::Selector::parse(&format!("a[href='/proposals/{current}']")).unwrap();
    assert!(form.html().select(&public).next().is_none(), "no link to the public page with the names");
    assert!(form.body.contains("at the heart of the theme"), "the scale of a criterion is described");
    assert_eq!(form.texts(".hint[id^=scale-]").len(), 5);
    let position = rows.iter().position(|(id, _)| *id == current).unwrap();
    if let Some((next, _)) = rows.get(position + 1) {
        assert_eq!(form.attr("a[rel=next]", "href"), format!("/proposals/{next}/evaluate"));
    }
    if position > 0 {
        assert_eq!(form.attr("a[rel=prev]", "href"), format!("/proposals/{}/evaluate", rows[position - 1].0));
    }

    let scores = [
        ("score_policy-question", "4"),
        ("score_relevance", "5"),
        ("score_content", "4"),
        ("score_interaction", "3"),
        ("score_diversity", "5"),
    ];
    let saved = mag.submit(&format!("/proposals/{current}/evaluate"), &format!("/proposals/{current}/evaluate"), &scores).await;
    assert_eq!(saved.status, 303);
    let expected = match to_do.get(1) {
        Some(next) => format!("/proposals/{next}/evaluate"),
        None => "/cycles/1/evaluate?saved=all".to_string(),
    };
    assert_eq!(saved.location.as_deref(), Some(expected.as_str()), "on to the next one still to evaluate");
    let after = mag.get("/cycles/1/evaluate").await.texts(".progress")[0].clone();
    assert_eq!(numbers_in(&after), vec![done + 1, total]);
}

/// The results of the demo's cycle one theme at a time, with the others a link away, and the normalised score
/// explained.
#[tokio::test]
async fn the_results_show_one_themes_ranking_at_a_time_and_explain_the_normalised_score() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let results = secretariat.get("/cycles/1/results").await;
    assert_eq!(results.status, 200);
    assert!(results.body.contains("z-scores") && results.body.contains("can score more than 5"), "the normalised score is explained");
    let themes = results.texts("main nav.sub-nav a[href*='results?theme=']");
    assert!(themes.len() > 1, "{themes:?}");
    let counts: Vec<i64> = themes.iter().map(|t| *numbers_in(t).last().unwrap()).collect();
    let forms = results.texts("form[action$='/decision']").len() as i64;
    assert_eq!(forms, counts[0], "only the first theme's forms");
    assert!(forms < counts.iter().sum::<i64>());
    let other = results
        .html()
        .select(&scraper::Selector::parse("main nav.sub-nav a[href*='results?theme=']").unwrap())
        .nth(1)
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    let second = secretariat.get(&other).await;
    assert_eq!(second.texts("form[action$='/decision']").len() as i64, counts[1]);
    assert_eq!(second.texts("[aria-current=page]"), vec![themes[1].clone()]);
}

#[tokio::test]
async fn a_proposer_who_lists_herself_is_confirmed_at_once_and_others_are_invited() {
    let f = forum().await;
    let cycle = f.cycle;
    let theme = theme_of(&f.proposer, cycle).await;
    let people = [("speaker", "Paula Proposer", "Proposer@Example.org"), ("speaker", "Otieno Ouma", "otieno@example.org")];
    let mut fields = proposal_fields(&theme, &people);
    fields.push(("action".into(), "draft".into()));
    let csrf = f.proposer.get(&format!("/cycles/{cycle}/proposals/new")).await.csrf();
    let saved = f.proposer.post_fields(&format!("/cycles/{cycle}/proposals/new"), &with(fields, &[("csrf", &csrf)])).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let proposal = saved.location.unwrap();
    // Otieno's invitation arrives (mail goes out after the save), and none for Paula, queued in the same save.
    f.server.mail.link_for("otieno@example.org", "/invitations/").await;
    let to_herself =
        f.server.mail.all().into_iter().filter(|m| m.to.eq_ignore_ascii_case("proposer@example.org") && m.body.contains("/invitations/"));
    assert_eq!(to_herself.count(), 0, "no invitation to herself");
    let statuses = f.proposer.get(&proposal).await.texts("td");
    assert_eq!(statuses.iter().filter(|t| *t == "Confirmed").count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|t| *t == "Waiting for an answer").count(), 1, "{statuses:?}");
}
