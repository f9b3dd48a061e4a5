//! Attacks found from outside, each kept as a test that failed before its fix: what the forum promised to keep
//! private stays private, whoever asks and through whichever surface (page, JSON API, CSV). Add each new finding
//! here, named for what it defends.

use crate::support::*;
use std::collections::{BTreeMap, BTreeSet};

/// Finding 1: a confidential submission is counted, never attributed — not by its page, not by
/// `GET /api/submissions/{id}`, whose sequential ids can be walked.
#[tokio::test]
async fn confidential_submissions_name_no_one_through_the_api() {
    let server = Server::start_with(true).await;
    let tables = table_rows(&server, &["consultation_submissions"]);
    let confidential: Vec<&Row> = tables["consultation_submissions"].iter().filter(|s| s["confidential"] == 1).collect();
    assert!(!confidential.is_empty(), "the demo has confidential submissions");
    let anonymous = server.client();
    for row in confidential {
        let id = &row["id"];
        let author = row["author_name"].as_str().unwrap();
        let organization = row["organization"].as_str().unwrap();
        let api = anonymous.get(&format!("/api/submissions/{id}")).await;
        assert_eq!(api.status, 200);
        let json = api.json();
        assert_eq!(json["submission"]["confidential"], 1);
        for field in ["author_name", "organization", "stakeholder_group", "country", "on_behalf", "text"] {
            assert_eq!(json["submission"][field], "", "submission {id}: {field} withheld in {}", api.body);
        }
        assert!(!author.is_empty() && !api.body.contains(author), "submission {id} names {author}: {}", api.body);
        assert!(organization.is_empty() || !api.body.contains(organization), "submission {id} names {organization}");
        let page = anonymous.get(&format!("/submissions/{id}")).await;
        assert!(!page.body.contains(author), "the page of submission {id} names {author}");
    }
}

/// Finding 2: scores belong to the Secretariat and the Chair while the evaluation runs — anonymous readers, MAG
/// members and proposers are refused, in the API and the CSV — and the pseudonyms do not follow evaluator ids.
#[tokio::test]
async fn evaluation_scores_stay_with_the_secretariat_and_chair_until_the_selection_is_published() {
    let server = Server::start_with(true).await;
    let tables = table_rows(&server, &["evaluations", "proposals"]);
    let cycle_of: BTreeMap<i64, i64> =
        tables["proposals"].iter().map(|p| (p["id"].as_i64().unwrap(), p["cycle_id"].as_i64().unwrap())).collect();
    let evaluated: BTreeSet<i64> = tables["evaluations"].iter().map(|e| cycle_of[&e["proposal_id"].as_i64().unwrap()]).collect();
    let cycle = *evaluated.iter().next().expect("the demo has a cycle under evaluation");

    let mag = server.client();
    assert_eq!(mag.login("mag@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    for reader in [&server.client(), &mag] {
        let api = reader.get(&format!("/api/cycles/{cycle}/scores")).await;
        assert_eq!(api.status, 403, "scores during evaluation: {}", &api.body[..api.body.len().min(300)]);
        assert!(api.json()["detail"].as_str().unwrap().contains("Secretariat"), "a reason a person can read: {}", api.body);
        let csv = reader.get(&format!("/cycles/{cycle}/scores.csv")).await;
        assert_eq!(csv.status, 403, "scores.csv during evaluation");
    }

    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let scores = secretariat.get(&format!("/api/cycles/{cycle}/scores")).await.json();
    let scores = scores.as_array().unwrap();
    assert_eq!(scores.len(), tables["evaluations"].iter().filter(|e| cycle_of[&e["proposal_id"].as_i64().unwrap()] == cycle).count());
    assert_eq!(secretariat.get(&format!("/cycles/{cycle}/scores.csv")).await.status, 200);

    // Who is behind each pseudonym, recognised by the proposals they scored.
    let mut by_pseudonym: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
    for s in scores {
        by_pseudonym.entry(s["evaluator"].as_str().unwrap().to_string()).or_default().insert(s["proposal"].as_i64().unwrap());
    }
    let mut by_evaluator: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
    for e in &tables["evaluations"] {
        by_evaluator.entry(e["evaluator_id"].as_i64().unwrap()).or_default().insert(e["proposal_id"].as_i64().unwrap());
    }
    let numbers_in_id_order: Vec<u32> = by_evaluator
        .values()
        .filter_map(|scored| by_pseudonym.iter().find(|(_, p)| *p == scored).map(|(name, _)| name[1..].parse().unwrap()))
        .collect();
    assert!(numbers_in_id_order.len() > 5, "evaluators recognised: {numbers_in_id_order:?}");
    // With more than five evaluators, a numbering drawn independently of ids is in id order once in 720 or less.
    assert!(!numbers_in_id_order.windows(2).all(|w| w[0] < w[1]), "pseudonyms numbered in id order: {numbers_in_id_order:?}");
}

/// Finding 5: after login, only a path of this site; browsers read `/\t/host` and `/\host` as `//host`, and a
/// newline once made a 500 after the session cookie was set.
#[tokio::test]
async fn login_sends_back_only_to_a_path_of_this_site() {
    let server = Server::start().await;
    registered_participant(&server, "Amina Diallo", "amina@example.org").await;
    for next in ["/\t/evil.example/x", "/\\evil.example/x", "//evil.example/x", "https://evil.example/x", "/\nx", "/ x"] {
        let client = server.client();
        let reply = client.submit("/login", "/login", &[("email", "amina@example.org"), ("password", PASSWORD), ("next", next)]).await;
        assert_eq!((reply.status, reply.location.as_deref()), (303, Some("/")), "next={next:?}");
    }
    let client = server.client();
    let reply = client.submit("/login", "/login", &[("email", "amina@example.org"), ("password", PASSWORD), ("next", "/cycles?x=1")]).await;
    assert_eq!(reply.location.as_deref(), Some("/cycles?x=1"), "a path of the site is kept");
}

/// Finding 6: behind one proxy, the client is the hop the proxy appended; what the client wrote at the left of
/// X-Forwarded-For does not buy it a fresh rate limit.
#[tokio::test]
async fn a_forged_forwarded_for_does_not_escape_the_rate_limit() {
    let server = Server::start_with_env(false, &[("AGORA_TRUST_FORWARDED_FOR", "true"), ("AGORA_LOGIN_LIMIT", "3/3600")]).await;
    let client = server.client();
    let csrf = client.get("/login").await.csrf();
    let mut statuses = Vec::new();
    for forged in 1..=5 {
        let reply = client
            .http
            .post(format!("{}/login", server.url))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-forwarded-for", format!("198.51.100.{forged}, 203.0.113.9"))
            .body(format!("csrf={csrf}&email=nobody%40example.org&password=wrong"))
            .send()
            .await
            .unwrap();
        statuses.push(reply.status().as_u16());
    }
    assert_eq!(statuses, [401, 401, 401, 429, 429]);
}

/// Finding 7: the API follows the rules the web enforces — no issue after the call closed, no `javascript:` website.
#[tokio::test]
async fn the_api_keeps_the_rules_of_the_web_forms() {
    let server = Server::start_with(true).await;
    let cycles = table_rows(&server, &["cycles"]);
    let closed =
        cycles["cycles"].iter().find(|c| c["name"].as_str().unwrap().contains("2026")).expect("the demo's 2026 cycle")["id"].clone();
    let me = registered_participant(&server, "Lina Haddad", "lina@example.org").await;
    let token = api_token(&me, "issues:write").await;
    let (status, body) = api_post(&server, &format!("/api/cycles/{closed}/issues"), &token, r#"{"text": "Spectrum"}"#).await;
    assert_eq!(status, 403, "{body}");
    assert!(body["detail"].as_str().unwrap().contains("closed"), "{body}");
    let form = me.submit(&format!("/cycles/{closed}/issues"), &format!("/cycles/{closed}/issues"), &[("text", "Spectrum")]).await;
    assert_eq!(form.status, 422, "the web form refuses it too");

    let token = api_token(&me, "organizations:write").await;
    let org = r#"{"name": "Script Hub", "stakeholder_group": "private-sector", "country": "KE", "website": "javascript:alert(1)"}"#;
    let (status, body) = api_post(&server, "/api/organizations", &token, org).await;
    assert_eq!(status, 400, "{body}");
    assert!(!server.client().get("/organizations").await.body.contains("Script Hub"), "nothing stored");
}

/// Finding 8: a password reset revokes the API tokens, as it ends the sessions, and says so.
#[tokio::test]
async fn a_password_reset_revokes_api_tokens() {
    let server = Server::start().await;
    let me = registered_participant(&server, "Olena Shevchenko", "olena@example.org").await;
    let token = api_token(&me, "organizations:write").await;
    let org = r#"{"name": "Kyiv IX", "stakeholder_group": "technical-community", "country": "UA"}"#;
    assert_eq!(api_post(&server, "/api/organizations", &token, org).await.0, 201);
    let other = server.client();
    other.submit("/password/forgot", "/password/forgot", &[("email", "olena@example.org")]).await;
    let link = server.mail.link_for("olena@example.org", "/password/reset/").await;
    let reset = other.submit(&link, &link, &[("password", "a brand new passphrase")]).await;
    assert_eq!(reset.status, 303);
    let notice = other.get(reset.location.as_deref().unwrap()).await;
    assert!(notice.body.contains("API token"), "the person is told: {}", notice.body);
    let again = r#"{"name": "Kyiv IX 2", "stakeholder_group": "technical-community", "country": "UA"}"#;
    assert_eq!(api_post(&server, "/api/organizations", &token, again).await.0, 401, "the old token opens nothing");
}

/// Finding 8: "log out everywhere" ends every session of the account and revokes its API tokens, and says so.
#[tokio::test]
async fn logging_out_everywhere_ends_sessions_and_revokes_tokens() {
    let server = Server::start().await;
    let laptop = registered_participant(&server, "Olena Shevchenko", "olena@example.org").await;
    let phone = server.client();
    assert_eq!(phone.login("olena@example.org", PASSWORD).await.status, 303);
    let token = api_token(&laptop, "organizations:write").await;
    let out = laptop.submit("/me", "/me/logout-everywhere", &[]).await;
    assert_eq!(out.location.as_deref(), Some("/login?notice=logged-out-everywhere"));
    assert!(laptop.get(out.location.as_deref().unwrap()).await.body.contains("every API token was revoked"));
    assert_eq!(phone.get("/me").await.status, 303, "the other device's session ended too");
    let org = r#"{"name": "Kyiv IX", "stakeholder_group": "technical-community", "country": "UA"}"#;
    assert_eq!(api_post(&server, "/api/organizations", &token, org).await.0, 401, "the token opens nothing");
}

/// Finding 9: a reply answers a comment of the same paragraph; an unknown, negative or foreign `reply_to` is a
/// plain refusal, never a way into a closed consultation nor a server error.
#[tokio::test]
async fn replies_answer_only_a_comment_of_the_same_paragraph() {
    let server = Server::start_with(true).await;
    let tables = table_rows(&server, &["consultation_comments", "consultation_paragraphs"]);
    let comments = &tables["consultation_comments"];
    let first = &comments[0];
    let consultation = first["consultation_id"].as_i64().unwrap();
    let paragraph =
        tables["consultation_paragraphs"].iter().find(|p| p["consultation_id"] == consultation).expect("a paragraph")["id"].to_string();
    let foreign = tables["consultation_comments"]
        .iter()
        .find(|c| c["consultation_id"] != consultation)
        .map(|c| c["id"].to_string())
        .unwrap_or_else(|| "999999".into());
    let anonymous = server.client();
    for reply_to in ["-1", "999999", foreign.as_str(), "x"] {
        let reply = anonymous
            .submit(
                &format!("/consultations/{consultation}"),
                &format!("/consultations/{consultation}/comments"),
                &[("paragraph", &paragraph), ("reply_to", reply_to), ("text", "A reply"), ("name", "Visitor")],
            )
            .await;
        assert!(reply.status == 404 || reply.status == 400, "reply_to={reply_to}: {} {}", reply.status, reply.body);
    }
}

/// Finding 11: on an https forum, Strict-Transport-Security, and the visitor cookie (which binds the login form's
/// CSRF token) is `Secure` like the session's.
#[tokio::test]
async fn an_https_forum_asks_for_https_and_marks_every_cookie_secure() {
    let server = Server::start_with_env(false, &[("AGORA_PUBLIC_URL", "https://forum.example")]).await;
    let login = server.client().get("/login").await;
    assert!(login.headers.get("strict-transport-security").is_some(), "{:?}", login.headers);
    let cookies: Vec<&str> = login.headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("agora_visitor=") && c.contains("; Secure")), "{cookies:?}");
    let plain = Server::start().await;
    assert!(plain.client().get("/login").await.headers.get("strict-transport-security").is_none(), "not over plain http");
}

/// Finding 10: a NUL byte, a control character or a line break in a one-line field is a refusal or a space, never a
/// server error (PostgreSQL cannot store NUL) nor a title that breaks a mail header or the Atom feed.
#[tokio::test]
async fn control_characters_are_refused_and_titles_stay_on_one_line() {
    let server = Server::start().await;
    let anonymous = server.client();
    assert_eq!(anonymous.register("Ada\0Lovelace", "ada@example.org", &[]).await.status, 400, "NUL in a name");
    assert_eq!(anonymous.login("ada\0@example.org", PASSWORD).await.status, 400, "NUL in a login");
    let reset = anonymous.submit("/password/forgot", "/password/forgot", &[("email", "ada@example.org\u{1b}")]).await;
    assert_eq!(reset.status, 400, "an escape character in a reset request");
    let client = registered_participant(&server, "Omar Haddad", "omar@example.org").await;
    let created = client
        .submit("/groups/new", "/groups", &[("kind", "working-group"), ("name", "Open\r\nData\tGroup"), ("description", "One\r\ntwo")])
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let page = client.get(&created.location.unwrap()).await;
    assert!(page.body.contains("Open Data Group"), "the title on one line");
    let api = reqwest::Client::new()
        .post(format!("{}/api/organizations", server.url))
        .header("content-type", "application/json")
        .header("authorization", "Bearer agora_x")
        .body(r#"{"name": "A\u0000B", "stakeholder_group": "private-sector", "country": "KE"}"#)
        .send()
        .await
        .unwrap();
    assert!(api.status().is_client_error(), "{}", api.status());
}

/// Finding 10: a one-time response link used four times at once counts once; the other three are told it was used
/// (410), none gets a server error.
#[tokio::test]
async fn a_one_time_link_used_in_parallel_counts_once() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let bodies = server.client().get("/api/bodies").await.json();
    let ca = bodies.as_array().unwrap().iter().find(|b| b["acronym"] == "CA").unwrap()["id"].as_i64().unwrap().to_string();
    let page = secretariat.get("/recommendations/new").await;
    let fields: Vec<(String, String)> = [
        ("csrf", page.csrf().as_str()),
        ("title", "A light licence for community networks"),
        ("text", "Create a light licence for community networks."),
        ("source", "policy-network"),
        ("bodies", ca.as_str()),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let created = secretariat.post_fields("/recommendations", &fields).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let recommendation = created.location.unwrap();
    let page = secretariat.get(&recommendation).await;
    assert_eq!(secretariat.post(&format!("{recommendation}/send"), &[("csrf", &page.csrf())]).await.status, 200);
    let link = server.mail.link_for("cacommunicat@demo.agora.example", "/respond/").await;
    let contact = server.client();
    let csrf = contact.get(&link).await.csrf();
    let answer = [("csrf", csrf.as_str()), ("status", "implemented"), ("response", "In force."), ("link", "")];
    let (a, b, c, d) = tokio::join!(
        contact.post(&link, &answer),
        contact.post(&link, &answer),
        contact.post(&link, &answer),
        contact.post(&link, &answer)
    );
    let mut statuses = vec![a.status, b.status, c.status, d.status];
    statuses.sort();
    assert_eq!(statuses, [303, 410, 410, 410]);
}

/// Finding 12: "download my data" holds everything the person gave: proposals, issues, posts and API tokens too.
#[tokio::test]
async fn my_data_export_holds_proposals_issues_posts_and_tokens() {
    let server = Server::start().await;
    let me = registered_participant(&server, "Grace Mwenda", "grace@example.org").await;
    let token = api_token(&me, "organizations:write").await;
    let export = me.get("/me/export").await.json();
    for key in ["proposals", "issues", "group_posts", "api_tokens", "consultation_submissions", "groups"] {
        assert!(export[key].is_array(), "{key} in {export}");
    }
    assert_eq!(export["api_tokens"][0]["name"], "integration");
    assert!(!export.to_string().contains(&token), "the token's secret is never exported");
}

/// Finding 14: errors axum answers before a handler (a path that does not parse, a body too large) come in the one
/// JSON shape under /api/ and as a page elsewhere.
#[tokio::test]
async fn every_api_error_has_the_json_shape() {
    let server = Server::start().await;
    let bad_path = server.client().get("/api/cycles/not-a-number/scores").await;
    assert_eq!(bad_path.status, 400);
    assert!(bad_path.json()["error"].is_string() && bad_path.json()["detail"].is_string(), "{}", bad_path.body);
    let too_large = reqwest::Client::new()
        .post(format!("{}/api/organizations", server.url))
        .header("content-type", "application/json")
        .header("authorization", "Bearer agora_x")
        .body(format!(r#"{{"name": "{}"}}"#, "x".repeat(300 * 1024)))
        .send()
        .await
        .unwrap();
    assert_eq!(too_large.status().as_u16(), 413);
    let body: serde_json::Value = too_large.json().await.expect("a JSON error for a body too large");
    assert!(body["error"].is_string(), "{body}");
    let page = server.client().get("/cycles/not-a-number").await;
    assert_eq!(page.status, 400);
    assert!(page.body.contains("<html"), "a page, not plain text: {}", page.body);
}

/// Finding 4: the forum is no open relay. Mail to addresses a sender typed (organizations asked to endorse) is spent
/// from a daily budget per sender, all or nothing, and its subject carries no text the sender typed.
#[tokio::test]
async fn mail_to_typed_addresses_is_budgeted_and_worded_by_the_forum() {
    let server = Server::start_with_env(false, &[("AGORA_TYPED_ADDRESS_MAIL_LIMIT", "3/86400")]).await;
    let secretariat = crate::consultations::secretariat(&server).await;
    let path = format!("/consultations/{}", crate::consultations::open_consultation(&secretariat, &[]).await);
    let anonymous = server.client();
    let joint = |endorsers: &'static str, text: &'static str| {
        [
            ("on_behalf", "joint"),
            ("organization", "WIN A PRIZE click evil.example"),
            ("endorsers", endorsers),
            ("text", text),
            ("name", "Anonymous Lead"),
            ("stakeholder_group", "civil-society"),
            ("country", "KE"),
        ]
    };
    let four = "Prize One | one@example.org\nPrize Two | two@example.org\nPrize Three | three@example.org\nPrize Four | four@example.org";
    let over = anonymous.submit(&path, &format!("{path}/submit"), &joint(four, "We support a permanent IGF.")).await;
    assert_eq!(over.status, 429, "four mails over a budget of three: {}", over.body);
    let three = "Prize One | one@example.org\nPrize Two | two@example.org\nPrize Three | three@example.org";
    let within = anonymous.submit(&path, &format!("{path}/submit"), &joint(three, "We support a permanent IGF.")).await;
    assert_eq!(within.status, 303, "{}", within.body);
    server.mail.link_for("three@example.org", "/endorsements/").await;
    let mails = server.mail.all();
    assert!(mails.iter().all(|m| !m.to.contains("four@")), "nothing of the refused submission was sent");
    assert_eq!(mails.iter().filter(|m| m.to.contains("@example.org") && m.body.contains("/endorsements/")).count(), 3);
    for mail in mails.iter().filter(|m| m.body.contains("/endorsements/")) {
        assert!(!mail.subject.contains("PRIZE") && !mail.subject.contains("Prize"), "typed text in a subject: {}", mail.subject);
    }
    let again = anonymous
        .submit(&path, &format!("{path}/submit"), &joint("Prize Five | five@example.org", "Another text, so that it is no repeat."))
        .await;
    assert_eq!(again.status, 429, "the day's budget is spent");
}

/// Finding 3: a group's lead cannot put anyone into it. Adding by email sends an invitation the person accepts; the
/// answer is the same for a registered and an unknown address; nobody else can use the link.
#[tokio::test]
async fn group_membership_is_an_invitation_the_person_accepts() {
    let server = Server::start().await;
    let lead = registered_participant(&server, "Lead Person", "lead@example.org").await;
    let invited = registered_participant(&server, "Private Person", "private@example.org").await;
    let stranger = registered_participant(&server, "Other Person", "other@example.org").await;
    let created = lead
        .submit("/groups/new", "/groups", &[("kind", "working-group"), ("name", "Working group on spectrum"), ("description", "x")])
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let path = created.location.unwrap().split('#').next().unwrap().to_string();
    let known = lead.submit(&path, &format!("{path}/members"), &[("email", "private@example.org"), ("role", "member")]).await;
    let unknown = lead.submit(&path, &format!("{path}/members"), &[("email", "nobody@example.org"), ("role", "member")]).await;
    assert_eq!((known.status, known.location.as_deref()), (unknown.status, unknown.location.as_deref()), "no oracle of who is registered");
    let members = || async { lead.get(&path).await.body.contains("Private Person") };
    assert!(!members().await, "not a member before accepting");
    let link = server.mail.link_for("private@example.org", "/group-invitations/").await;
    assert_eq!(stranger.submit(&link, &link, &[("answer", "accept")]).await.status, 410, "the link is the invited person's");
    assert!(!members().await);
    assert_eq!(invited.submit(&link, &link, &[("answer", "accept")]).await.status, 303);
    assert!(members().await, "a member once accepted");
}

/// What every field of every form is tried with: a NUL, an escape character, CRLF, and a value longer than any
/// field allows. A form must refuse them or store them as plain text, never answer a server error.
const HOSTILE_VALUES: [&str; 3] = ["a\0b", "a\u{1b}[31mb", "line\r\nbreak"];

/// The fuzzing pass over every form: each page of the web layer is opened as the Secretariat, and every field of
/// every form that posts is sent with each hostile value in turn (forms that end the session are left out).
#[tokio::test]
async fn every_form_field_takes_controls_crlf_and_overlong_values_without_a_server_error() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let overlong = "x".repeat(70_000);
    let mut tried = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    let mut posts = 0;
    for route in crate::authorization::routes_with("get(") {
        let page = secretariat.get(&crate::authorization::concrete(&route)).await;
        if page.status != 200 || !page.body.contains("<form") {
            continue;
        }
        for (action, fields) in page.post_forms() {
            let leaves = ["/logout", "/me/delete", "/revoke", "/login", "/register"].iter().any(|a| action.contains(a));
            // One form of each shape: `/proposals/7/decision` stands for every proposal's.
            let shape: String =
                action.split('/').map(|part| if part.parse::<i64>().is_ok() { "{n}" } else { part }).collect::<Vec<_>>().join("/");
            if leaves || !tried.insert(shape) {
                continue;
            }
            for (name, _) in fields.iter().filter(|(name, _)| name != "csrf") {
                for value in HOSTILE_VALUES.iter().copied().chain([overlong.as_str()]) {
                    let changed = with(fields.clone(), &[(name.as_str(), value)]);
                    let reply = secretariat.post_fields(&action, &changed).await;
                    posts += 1;
                    if reply.status >= 500 {
                        failures.push(format!("POST {action} with {name}={:?}: {}", &value[..value.len().min(12)], reply.status));
                    }
                }
            }
        }
    }
    eprintln!("forms tried: {}, posts: {posts}", tried.len());
    assert!(tried.len() > 30 && posts > 200, "forms tried: {} ({posts} posts): {tried:?}", tried.len());
    assert!(failures.is_empty(), "{} server errors:\n{}", failures.len(), failures.join("\n"));
}
