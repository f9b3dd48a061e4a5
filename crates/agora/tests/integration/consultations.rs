//! Public consultations through the real surfaces: the Secretariat opens one, anonymous and registered people
//! answer, comment, reply and vote, a joint submission is endorsed by mail, moderators hide an input, the
//! synthesis counts and cites, the opinion map is computed, form letters cluster, limits and dates refuse
//! input with the reason, and the Polis and JSON-lines imports bring in all or nothing.

use crate::support::*;

const QUESTIONNAIRE: &str = "[single] Has the IGF fulfilled its mandate?\n- Yes\n- Partly\n- No\n\n[text] What should the IGF change?\n\n[scale] The IGF should become a permanent UN body.";
const DRAFT: &str = "Meaningful connectivity needs affordable devices.\n\nGovernments should publish open data on broadband coverage.";

/// Opens a consultation through the Secretariat's form; returns its id.
pub(crate) async fn open_consultation(secretariat: &Client, changes: &[(&str, &str)]) -> i64 {
    let page = secretariat.get("/consultations/new").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let fields = with(
        page.form_fields("form.stacked"),
        &[
            ("title", "WSIS+20 review: the IGF's future"),
            ("description", "Tell us how the **IGF** should evolve."),
            ("eligibility", "anyone"),
            ("allow_confidential", "on"),
            ("max_text", "600"),
            ("questionnaire", QUESTIONNAIRE),
            ("draft", DRAFT),
            (
                "statements",
                "The IGF should produce recommendations.\nThe IGF should stay a forum for dialogue only.\nNRIs should feed the global IGF.",
            ),
        ],
    );
    let fields = with(fields, changes);
    let created = secretariat.post_fields("/consultations/new", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.location.unwrap().trim_start_matches("/consultations/").parse().unwrap()
}

pub(crate) async fn secretariat(server: &Server) -> Client {
    let client = registered_participant(server, "Sara Secretariat", "secretariat@example.org").await;
    grant(server, "secretariat@example.org", "secretariat");
    client
}

fn id_of(reply: &Reply, prefix: &str) -> i64 {
    let location = reply.location.as_deref().unwrap_or_default();
    let path = location.split('?').next().unwrap_or_default();
    path.trim_start_matches(prefix).parse().unwrap_or_else(|_| panic!("{:?} {}", reply.location, reply.body))
}

#[tokio::test]
async fn a_consultation_hears_everyone_and_its_synthesis_cites_them() {
    let server = Server::start().await;
    let secretariat = secretariat(&server).await;

    // A questionnaire the form cannot read comes back with what was typed and the question at fault.
    let page = secretariat.get("/consultations/new").await;
    let bad = with(page.form_fields("form.stacked"), &[("title", "Typed title"), ("questionnaire", "[single] Only one choice?\n- Yes")]);
    let refused = secretariat.post_fields("/consultations/new", &bad).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Question 1 needs at least two choices"), "{}", refused.body);
    assert_eq!(refused.attr("#title", "value"), "Typed title");

    let id = open_consultation(&secretariat, &[]).await;
    let path = format!("/consultations/{id}");

    // An anonymous visitor answers a subset of the questions.
    let visitor = server.client();
    let page = visitor.get(&path).await;
    assert_eq!(page.status, 200);
    let selector = scraper::Selector::parse("fieldset.question").unwrap();
    let questions: Vec<String> =
        page.html().select(&selector).map(|e| e.value().attr("id").unwrap_or_default().trim_start_matches('q').to_string()).collect();
    let (q1, q2) = (questions[0].clone(), questions[1].clone());
    let answer = [
        ("csrf", page.csrf()),
        ("name", "Amina Diallo".into()),
        ("stakeholder_group", "civil-society".into()),
        ("country", "SN".into()),
        ("on_behalf", "individual".into()),
        (format!("q{q1}_choice").leak() as &str, "1".into()),
        (format!("q{q2}_text").leak() as &str, "Give the forum a way to send its messages to the bodies that decide.".into()),
    ];
    let fields: Vec<(&str, &str)> = answer.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = visitor.post(&format!("{path}/submit"), &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let anonymous = id_of(&sent, "/submissions/");
    let shown = visitor.get(&format!("/submissions/{anonymous}")).await;
    assert!(
        shown.body.contains("Amina Diallo") && shown.body.contains("Partly") && shown.body.contains("bodies that decide"),
        "{}",
        shown.body
    );
    // The same text again from the same network is not counted twice.
    let again = visitor.post(&format!("{path}/submit"), &fields).await;
    assert_eq!(again.status, 409, "{}", again.body);
    assert!(again.body.contains("already received"));
    // The anonymous sender gets a private link to edit the submission, and edits it.
    let sent_to = sent.location.clone().unwrap();
    assert!(sent_to.contains("?edit="), "{sent_to}");
    let with_link = visitor.get(&sent_to).await;
    let edit = with_link.attr(".notice a", "href");
    let edit_path = edit.trim_start_matches(&server.url).to_string();
    let form = server.client().get(&edit_path).await;
    assert_eq!(form.attr("#name", "value"), "Amina Diallo");
    let token = form.attr("input[name=edit_token]", "value");
    let editor = server.client();
    let csrf = editor.get(&edit_path).await.csrf();
    let edited = editor
        .post(
            &format!("{path}/submit"),
            &[
                ("csrf", &csrf),
                ("edit_token", &token),
                ("name", "Amina Diallo"),
                ("stakeholder_group", "civil-society"),
                ("country", "SN"),
                (format!("q{q1}_choice").leak() as &str, "0"),
            ],
        )
        .await;
    assert_eq!(edited.status, 303, "{}", edited.body);
    assert_eq!(id_of(&edited, "/submissions/"), anonymous, "the same submission, edited");
    let shown = server.client().get(&format!("/submissions/{anonymous}")).await;
    assert!(shown.body.contains("Yes") && !shown.body.contains("bodies that decide"), "{}", shown.body);
    let forged = editor
        .post(
            &format!("{path}/submit"),
            &[
                ("csrf", &csrf),
                ("edit_token", "forged"),
                ("name", "X"),
                ("stakeholder_group", "academia"),
                ("country", "FR"),
                ("text", "x y z"),
            ],
        )
        .await;
    assert_eq!(forged.status, 404);

    // A registered participant sends a joint submission; the endorsing organization confirms by mail.
    let lead = registered_participant(&server, "Lee Technical", "lee@example.org").await;
    let page = lead.get(&path).await;
    let too_long = "x".repeat(601);
    let refused = lead
        .post(
            &format!("{path}/submit"),
            &[("csrf", &page.csrf()), ("on_behalf", "joint"), ("organization", "Internet Technical Coalition"), ("text", &too_long)],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("601 characters long; the limit is 600"), "{}", refused.body);
    assert!(refused.body.contains(&too_long), "the typed text comes back");
    let joint = lead
        .post(
            &format!("{path}/submit"),
            &[
                ("csrf", &page.csrf()),
                ("on_behalf", "joint"),
                ("organization", "Internet Technical Coalition"),
                ("endorsers", "Regional Internet Registry | rir@example.org\nOpen Standards Body | standards@example.org"),
                ("text", "The technical community supports a permanent, open and bottom-up IGF."),
            ],
        )
        .await;
    assert_eq!(joint.status, 303, "{}", joint.body);
    let joint_id = id_of(&joint, "/submissions/");
    let link = server.mail.link_for("rir@example.org", "/endorsements/").await;
    let confirm_page = server.client().get(&link).await;
    assert!(confirm_page.body.contains("Regional Internet Registry"));
    let confirmer = server.client();
    let csrf = confirmer.get(&link).await.csrf();
    assert_eq!(confirmer.post(&link, &[("csrf", &csrf)]).await.status, 303);
    let shown = server.client().get(&format!("/submissions/{joint_id}")).await;
    assert_eq!(shown.texts("h2 + ul li"), vec!["Regional Internet Registry"]);
    assert!(shown.body.contains("1 invited organization has not confirmed yet"), "{}", shown.body);

    // A confidential submission is counted but never shown.
    let quiet = registered_participant(&server, "Quinn Quiet", "quinn@example.org").await;
    let csrf = quiet.get(&path).await.csrf();
    let secret = "Our ministry prefers not to be quoted on this.";
    let sent = quiet.post(&format!("{path}/submit"), &[("csrf", &csrf), ("text", secret), ("confidential", "on")]).await;
    assert_eq!(sent.status, 303);
    let confidential = id_of(&sent, "/submissions/");
    assert!(!server.client().get(&format!("/submissions/{confidential}")).await.body.contains(secret));
    let csv = server.client().get(&format!("{path}/submissions.csv")).await;
    assert!(!csv.body.contains(secret) && !csv.body.contains("Quinn"), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), 4, "a header and three rows, the confidential one counted: {}", csv.body);
    let json = server.client().get(&format!("/api/consultations/{id}/submissions")).await.json();
    assert_eq!(json.as_array().unwrap().len(), 3);

    // Comments on a paragraph, a reply, and votes on statements.
    let page = lead.get(&path).await;
    let paragraph = page.attr("#paragraph-2 input[name=paragraph]", "value");
    let commented = lead
        .post(
            &format!("{path}/comments"),
            &[("csrf", &page.csrf()), ("paragraph", &paragraph), ("text", "Coverage maps should be machine-readable.")],
        )
        .await;
    assert_eq!(commented.status, 303, "{}", commented.body);
    let page = quiet.get(&path).await;
    let comment = page.attr("#paragraph-2 .comments > li", "id").trim_start_matches("comment-").to_string();
    // A comment's anchor and a paragraph's comment box never share an id (labels would point at the wrong one).
    let mut ids: Vec<String> =
        page.html().select(&scraper::Selector::parse("[id]").unwrap()).filter_map(|e| e.value().attr("id").map(String::from)).collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "every id on the page is unique");
    assert!(ids.contains(&format!("comment-{comment}")), "{ids:?}");
    let replied = quiet
        .post(
            &format!("{path}/comments"),
            &[("csrf", &page.csrf()), ("paragraph", &paragraph), ("reply_to", &comment), ("text", "And updated every quarter.")],
        )
        .await;
    assert_eq!(replied.status, 303);
    let page = server.client().get(&path).await;
    assert_eq!(page.texts("#paragraph-2 .replies .pre"), vec!["And updated every quarter."]);
    let statement = page.attr("#statements li", "id").trim_start_matches("statement-").to_string();
    for client in [&lead, &quiet, &visitor] {
        let csrf = client.get(&path).await.csrf();
        assert_eq!(client.post(&format!("/statements/{statement}/vote"), &[("csrf", &csrf), ("vote", "agree")]).await.status, 303);
    }
    let page = server.client().get(&path).await;
    assert!(page.texts(&format!("#statement-{statement} .hint"))[0].starts_with("3 agree"), "{:?}", page.texts("#statements .hint"));

    // Moderation: only moderators, and only with a reason; the hidden input stays counted and listed.
    let csrf = lead.get(&path).await.csrf();
    assert_eq!(lead.post(&format!("/moderation/submission/{anonymous}"), &[("csrf", &csrf), ("reason", "x")]).await.status, 403);
    let queue = secretariat.get(&format!("{path}/moderation")).await;
    assert_eq!(queue.status, 200);
    let no_reason = secretariat.post(&format!("/moderation/submission/{anonymous}"), &[("csrf", &queue.csrf()), ("reason", "")]).await;
    assert_eq!(no_reason.status, 400);
    let hidden = secretariat
        .post(&format!("/moderation/submission/{anonymous}"), &[("csrf", &queue.csrf()), ("reason", "Personal attack"), ("action", "hide")])
        .await;
    assert_eq!(hidden.status, 303);
    let shown = server.client().get(&format!("/submissions/{anonymous}")).await;
    assert!(shown.body.contains("Hidden by the moderators: Personal attack") && !shown.body.contains("bodies that decide"));
    let list = server.client().get(&format!("{path}/submissions")).await;
    assert!(list.body.contains("1 hidden by the moderators") && list.body.contains("1 confidential"), "{}", list.body);

    // The synthesis counts everyone (hidden and confidential included), then cites an input.
    let synthesis = server.client().get(&format!("{path}/synthesis")).await;
    assert_eq!(synthesis.status, 200);
    let overall = synthesis.texts("#counts + div tbody tr:first-child td");
    assert_eq!(overall.last().map(String::as_str), Some("3"), "{overall:?}");
    let page = secretariat.get(&format!("{path}/synthesis")).await;
    let empty = secretariat.post(&format!("{path}/synthesis"), &[("csrf", &page.csrf()), ("synthesis", ""), ("action", "publish")]).await;
    assert_eq!(empty.status, 422);
    let cited = secretariat
        .post(
            &format!("{path}/citations"),
            &[("csrf", &page.csrf()), ("submission", &joint_id.to_string()), ("used", "Quoted in section 2 on the IGF's mandate.")],
        )
        .await;
    assert_eq!(cited.status, 303);
    let published = secretariat
        .post(
            &format!("{path}/synthesis"),
            &[("csrf", &page.csrf()), ("synthesis", "## What we heard\n\nBroad support for a permanent IGF."), ("action", "publish")],
        )
        .await;
    assert_eq!(published.status, 303);
    let shown = lead.get(&format!("/submissions/{joint_id}")).await;
    assert!(shown.body.contains("How the synthesis used this input") && shown.body.contains("Quoted in section 2"), "{}", shown.body);
    let asked = lead.get(&format!("{path}/synthesis")).await;
    assert_eq!(
        lead.post(&format!("{path}/inquiries"), &[("csrf", &asked.csrf()), ("inquiry", "Why is paragraph 2 not addressed?")]).await.status,
        303
    );
    assert!(server.client().get(&format!("{path}/synthesis")).await.body.contains("Why is paragraph 2 not addressed?"));

    // The opinion map is computed on demand and stored.
    let page = secretariat.get(&format!("{path}/opinion")).await;
    assert_eq!(secretariat.post(&format!("{path}/opinion"), &[("csrf", &page.csrf())]).await.status, 303);
    let api = server.client().get(&format!("/api/consultations/{id}/opinion")).await;
    assert_eq!(api.status, 200, "{}", api.body);
    assert!(api.json()["map"]["votes"].as_u64().unwrap() >= 3);
    // Participants are named by a stable pseudonym, never by their account or browser.
    let again = server.client().get(&format!("/api/consultations/{id}/opinion")).await.json();
    for p in again["map"]["participants"].as_array().unwrap() {
        let name = p["id"].as_str().unwrap();
        assert!(name.starts_with("agora-") && name.len() == 22, "{again}");
    }

    // A participant's inputs are in "download my data"; deleting the account keeps them without the name.
    let mine = lead.get("/me/export").await.json();
    assert_eq!(mine["consultation_submissions"][0]["id"], joint_id, "{mine}");
    assert_eq!(mine["consultation_comments"].as_array().unwrap().len(), 1);
    assert_eq!(lead.submit("/me/delete", "/me/delete", &[("password", PASSWORD)]).await.status, 200);
    let shown = server.client().get(&format!("/submissions/{joint_id}")).await;
    assert!(!shown.body.contains("Lee Technical") && shown.body.contains("permanent, open and bottom-up"), "{}", shown.body);

    // Feeds and the list's exports.
    let feed = server.client().get(&format!("{path}/submissions.atom")).await;
    assert!(feed.headers["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    assert!(feed.body.contains("<feed") && feed.body.contains(&format!("/submissions/{joint_id}")));
    let list = server.client().get("/api/consultations").await.json();
    assert_eq!(list[0]["submissions"], 3);
    assert!(server.client().get("/consultations.csv").await.body.contains("WSIS+20 review"));
}

#[tokio::test]
async fn input_is_refused_outside_the_dates_and_where_eligibility_requires_an_account() {
    let server = Server::start().await;
    let secretariat = secretariat(&server).await;
    let closed = open_consultation(&secretariat, &[("opens", "2020-01-01"), ("closes", "2020-02-29"), ("eligibility", "anyone")]).await;
    let visitor = server.client();
    let page = visitor.get(&format!("/consultations/{closed}")).await;
    assert!(page.body.contains("closed at the end of 2020-02-29"), "{}", page.body);
    assert!(page.html().select(&scraper::Selector::parse("#submission form").unwrap()).next().is_none(), "no form once closed");
    let csrf = visitor.get("/login").await.csrf();
    let refused = visitor
        .post(
            &format!("/consultations/{closed}/submit"),
            &[("csrf", &csrf), ("name", "Late Comer"), ("stakeholder_group", "academia"), ("country", "FR"), ("text", "Too late?")],
        )
        .await;
    assert_eq!(refused.status, 403);
    assert!(refused.body.contains("closed at the end of 2020-02-29"));
    assert!(refused.body.contains("Too late?"), "the typed text comes back");

    let registered_only = open_consultation(&secretariat, &[("eligibility", "registered")]).await;
    let page = visitor.get(&format!("/consultations/{registered_only}")).await;
    assert!(page.body.contains("Log in to take part"));
    let refused = visitor
        .post(
            &format!("/consultations/{registered_only}/submit"),
            &[("csrf", &csrf), ("name", "No Account"), ("stakeholder_group", "academia"), ("country", "FR"), ("text", "Hello")],
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(server.client().get("/api/consultations").await.json()[0]["submissions"], 0);
}

#[tokio::test]
async fn imports_bring_in_everything_or_nothing_and_campaigns_show_as_one_text() {
    let server = Server::start().await;
    let secretariat = secretariat(&server).await;
    let id = open_consultation(&secretariat, &[]).await;
    let dir = tempfile::tempdir().unwrap();

    // A broken line: the import names it and brings in nothing.
    let broken = dir.path().join("broken.jsonl");
    std::fs::write(
        &broken,
        "{\"author_name\":\"A\",\"stakeholder_group\":\"academia\",\"country\":\"FR\",\"text\":\"fine\"}\n{\"author_name\":\"B\",\"stakeholder_group\":\"pirates\",\"country\":\"FR\"}\n",
    )
    .unwrap();
    let out = agora()
        .args(["import", "consultation", "--database", &server.database, "--into", &id.to_string(), "--jsonl"])
        .arg(&broken)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2") && stderr.contains("pirates") && stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(server.client().get("/api/consultations").await.json()[0]["submissions"], 0);

    // A campaign of 40 near-copies and 3 organic comments.
    let letter =
        "I urge the forum to keep the Internet open, interoperable and governed by all stakeholders together, as the Tunis Agenda says.";
    let mut lines = Vec::new();
    for i in 0..40 {
        let text = if i % 4 == 0 { format!("Dear Secretariat, {letter} Regards, person {i}") } else { letter.to_string() };
        lines.push(serde_json::json!({ "author_name": format!("Person {i}"), "stakeholder_group": "civil-society", "country": "US", "text": text }).to_string());
    }
    for (i, text) in [
        "Community networks need spectrum.",
        "Fund the NRIs properly so that developing regions are heard.",
        "Translate all sessions into the six UN languages.",
    ]
    .iter()
    .enumerate()
    {
        lines.push(
            serde_json::json!({ "author_name": format!("Organic {i}"), "stakeholder_group": "academia", "country": "BR", "text": text })
                .to_string(),
        );
    }
    let file = dir.path().join("campaign.jsonl");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = agora()
        .args(["import", "consultation", "--database", &server.database, "--into", &id.to_string(), "--jsonl"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let letters = server.client().get(&format!("/consultations/{id}/form-letters")).await;
    assert_eq!(letters.texts("section.cluster h2"), vec!["40 copies of one text"], "{}", letters.body);
    let analysis = server.client().get(&format!("/api/consultations/{id}/form-letters")).await.json();
    assert_eq!(analysis["clusters"][0]["exact_copies"], 30);

    // A Polis conversation becomes a closed consultation with its opinion map.
    let polis = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/tests/data/polis/brexit-consensus");
    let out = agora().args(["import", "consultation", "--database", &server.database, "--polis"]).arg(&polis).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list = server.client().get("/api/consultations").await.json();
    let imported = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["statements"].as_i64() > Some(0) && c["votes"].as_i64() > Some(1000))
        .expect("imported")
        .clone();
    let map = server.client().get(&format!("/consultations/{}/opinion", imported["id"])).await;
    assert_eq!(map.status, 200);
    assert!(map.texts("section.opinion-group h3").len() >= 2, "{}", map.body);
    // Placed participants keep the export's own voter id, in the API and the CSV, so the map can be checked
    // against Polis's participants-votes.csv.
    let api = server.client().get(&format!("/api/consultations/{}/opinion", imported["id"])).await.json();
    let placed: Vec<String> =
        api["map"]["participants"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_string()).collect();
    let polis_ids = std::fs::read_to_string(polis.join("participants-votes.csv")).unwrap();
    let polis_ids: std::collections::HashSet<&str> = polis_ids.lines().skip(1).filter_map(|l| l.split(',').next()).collect();
    assert!(placed.len() > 100 && placed.iter().all(|p| polis_ids.contains(p.as_str())), "{placed:?}");
    let csv = server.client().get(&format!("/api/consultations/{}/opinion.csv", imported["id"])).await;
    assert!(csv.body.starts_with("participant,group-id,x,y\n") && csv.body.contains(&format!("\n{},", placed[1])), "{}", csv.body);
    assert!(
        map.body.contains("CC BY 4.0")
            || server.client().get(&format!("/consultations/{}", imported["id"])).await.body.contains("CC BY 4.0")
    );
}

/// A signed-out visitor says who she is once: after her first comment, the draft's other comment forms come filled
/// in from a cookie on her own device, and no other browser is told.
#[tokio::test]
async fn a_signed_out_commenter_gives_her_name_once() {
    let server = Server::start().await;
    let staff = secretariat(&server).await;
    let id = open_consultation(&staff, &[]).await;
    let path = format!("/consultations/{id}");
    let visitor = server.client();
    let page = visitor.get(&path).await;
    let first = page.attr("#paragraph-1 input[name=paragraph]", "value");
    let second = page.attr("#paragraph-2 input[name=paragraph]", "value");
    assert_eq!(page.attr(&format!("#comment-name-{second}"), "value"), "");
    let fields = [
        ("paragraph", first.as_str()),
        ("text", "Name community networks explicitly."),
        ("name", "Aïcha Diallo"),
        ("stakeholder_group", "civil-society"),
        ("country", "Senegal"),
    ];
    let sent = visitor.submit(&path, &format!("{path}/comments"), &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let cookie = sent.headers.get("set-cookie").expect("the commenter's cookie").to_str().unwrap().to_string();
    assert!(cookie.starts_with("agora_commenter=") && cookie.contains("HttpOnly") && cookie.contains("Max-Age=86400"), "{cookie}");
    assert!(server.client().get("/privacy").await.body.contains("fills in your name, group and country"), "the privacy notice says so");
    let page = visitor.get(&path).await;
    assert_eq!(page.attr(&format!("#comment-name-{second}"), "value"), "Aïcha Diallo");
    assert_eq!(page.attr(&format!("#comment-country-{second}"), "value"), "Senegal");
    assert_eq!(page.attr(&format!("#comment-group-{second} option[selected]"), "value"), "civil-society");
    assert_eq!(server.client().get(&path).await.attr(&format!("#comment-name-{second}"), "value"), "");
}
