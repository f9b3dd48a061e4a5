//! The authorization matrix: every POST route of the web layer — read from its source, so a new route cannot be
//! forgotten — tried anonymously, as a participant without a role, and as a MAG member, on the demo forum. Deny
//! by default: a route must be classed below, and a role it is not for gets a refusal (login, 401, 403 or 404),
//! never a success, a validation error (which would mean the form was processed) or a server error.

use crate::support::*;

/// What anyone may post, logged in or not.
const ANYONE: &[&str] = &[
    "/register",
    "/login",
    "/logout",
    "/password/forgot",
    "/password/reset/{token}",
    "/consultations/{id}/submit",
    "/consultations/{id}/comments",
    "/consultations/{id}/statements",
    "/consultations/{id}/inquiries",
    "/statements/{id}/vote",
    "/messages/{id}/comment",
    "/endorsements/{token}",
    "/invitations/{token}",
    "/respond/{token}",
];

/// What any logged-in participant may post (their own account, proposals, groups they join …).
const PARTICIPANT: &[&str] = &[
    "/me",
    "/me/delete",
    "/me/tokens",
    "/me/tokens/{id}/revoke",
    "/cycles/{id}/issues",
    "/cycles/{id}/proposals/new",
    "/cycles/{id}/availability",
    "/sessions/{id}/interest",
    "/groups",
    "/groups/{id}/join",
    "/groups/{id}/leave",
    "/groups/{id}/meetings/{mid}/queue",
    "/api/cycles/{id}/issues",
    "/api/organizations",
];

/// What only some roles or a group's members and leads may post: a participant without them is refused.
const RESTRICTED: &[&str] = &[
    "/admin/settings",
    "/bodies",
    "/consultations/new",
    "/consultations/{id}/citations",
    "/consultations/{id}/edit",
    "/consultations/{id}/opinion",
    "/consultations/{id}/synthesis",
    "/cycles",
    "/cycles/{id}/areas",
    "/cycles/{id}/assignment",
    "/cycles/{id}/assignment/edit",
    "/cycles/{id}/messages",
    "/cycles/{id}/schedule",
    "/cycles/{id}/screening",
    "/cycles/{id}/sessions",
    "/cycles/{id}/settings",
    "/cycles/{id}/themes",
    "/cycles/{id}/venue",
    "/decisions/{id}/call",
    "/decisions/{id}/close",
    "/decisions/{id}/positions",
    "/federation/identity",
    "/federation/reports",
    "/groups/{id}/decisions",
    "/groups/{id}/documents",
    "/groups/{id}/documents/{did}",
    "/groups/{id}/edit",
    "/groups/{id}/feed",
    "/groups/{id}/feed/fetch",
    "/groups/{id}/meetings",
    "/groups/{id}/meetings/{mid}",
    "/groups/{id}/members",
    "/groups/{id}/publish",
    "/groups/{id}/reports",
    "/groups/{id}/threads",
    "/groups/{id}/threads/{tid}",
    "/messages/{id}",
    "/moderation/{kind}/{id}",
    "/proposals/{id}/conflict",
    "/proposals/{id}/decision",
    "/proposals/{id}/edit",
    "/proposals/{id}/evaluate",
    "/proposals/{id}/override",
    "/recommendations",
    "/recommendations/{id}/no-response",
    "/recommendations/{id}/send",
    "/schedule-versions/{id}/move",
    "/schedule-versions/{id}/publish",
    "/sessions/{id}/details",
    "/sessions/{id}/report",
];

/// Of those, what the Secretariat (or the Chair) keeps even from MAG members.
const SECRETARIAT: &[&str] = &[
    "/admin/settings",
    "/bodies",
    "/consultations/new",
    "/consultations/{id}/edit",
    "/consultations/{id}/synthesis",
    "/cycles",
    "/cycles/{id}/settings",
    "/cycles/{id}/screening",
    "/cycles/{id}/assignment",
    "/cycles/{id}/venue",
    "/cycles/{id}/schedule",
    "/federation/identity",
    "/federation/reports",
    "/moderation/{kind}/{id}",
    "/proposals/{id}/decision",
    "/proposals/{id}/override",
    "/recommendations",
    "/schedule-versions/{id}/publish",
];

/// Every route with a POST handler, from the web layer's source.
fn post_routes() -> Vec<String> {
    let mut routes = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../web/src"))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            for (i, _) in source.match_indices(".route(") {
                let rest = &source[i + ".route(".len()..];
                let Some(path) = rest.trim_start().strip_prefix('"').and_then(|r| r.split('"').next()) else { continue };
                // The handlers: after the path's closing quote, up to the next route or the end of the statement.
                let after = &rest.trim_start()[path.len() + 2..];
                let handlers = after.split(".route(").next().unwrap_or("").split(';').next().unwrap_or("");
                if handlers.contains("post(") {
                    routes.push(path.to_string());
                }
            }
        }
    }
    routes.sort();
    routes.dedup();
    routes
}

fn concrete(route: &str) -> String {
    route
        .replace("{id}", "1")
        .replace("{did}", "1")
        .replace("{mid}", "1")
        .replace("{tid}", "1")
        .replace("{kind}", "submission")
        .replace("{token}", "not-a-token")
}

/// A refusal for this kind of reader: the login page for the anonymous, 401/403/404 for the others.
fn refused(reply: &Reply, anonymous: bool) -> bool {
    match reply.status {
        401 | 403 | 404 => true,
        303 => anonymous && reply.location.as_deref().is_some_and(|l| l.contains("/login")),
        _ => false,
    }
}

async fn try_all(client: &Client, routes: &[&String], anonymous: bool, who: &str, failures: &mut Vec<String>) {
    // A valid CSRF token for this browser: a refusal must come from the rules, not from the token.
    let csrf = client.get("/register").await.csrf();
    for route in routes {
        let reply = client.post(&concrete(route), &[("csrf", &csrf)]).await;
        if !refused(&reply, anonymous) {
            failures.push(format!("{who}: POST {route} answered {} {:?}", reply.status, reply.location));
        }
    }
}

#[tokio::test]
async fn every_post_route_denies_the_roles_it_is_not_for() {
    let routes = post_routes();
    assert!(routes.len() > 60, "the routes were read: {routes:?}");
    let classified = |r: &String| ANYONE.contains(&r.as_str()) || PARTICIPANT.contains(&r.as_str()) || RESTRICTED.contains(&r.as_str());
    let unclassified: Vec<&String> = routes.iter().filter(|r| !classified(r)).collect();
    assert!(unclassified.is_empty(), "class these routes in the matrix: {unclassified:?}");

    let server = Server::start_with(true).await;
    let mut failures = Vec::new();
    let not_anyone: Vec<&String> = routes.iter().filter(|r| !ANYONE.contains(&r.as_str())).collect();
    try_all(&server.client(), &not_anyone, true, "anonymous", &mut failures).await;

    let participant = registered_participant(&server, "Plain Participant", "plain@example.org").await;
    let restricted: Vec<&String> = routes.iter().filter(|r| RESTRICTED.contains(&r.as_str())).collect();
    try_all(&participant, &restricted, false, "participant", &mut failures).await;

    let mag = server.client();
    assert_eq!(mag.login("mag@demo.agora.example", "agora demo password").await.status, 303);
    let secretariat_only: Vec<&String> = routes.iter().filter(|r| SECRETARIAT.contains(&r.as_str())).collect();
    try_all(&mag, &secretariat_only, false, "MAG member", &mut failures).await;
    assert!(failures.is_empty(), "{} routes let in a role they are not for:\n{}", failures.len(), failures.join("\n"));
}

#[tokio::test]
async fn injection_and_script_payloads_stay_text() {
    let server = Server::start().await;
    let client = registered_participant(&server, "Omar Haddad", "omar@example.org").await;
    let sql = "x'); DROP TABLE participants; --";
    let script = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let created = client
        .submit(
            "/groups/new",
            "/groups",
            &[
                ("kind", "working-group"),
                ("name", &format!("{sql} {script}")),
                ("description", &format!("{script} [x](javascript:alert(3)) {sql}")),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let page = client.get(&created.location.clone().unwrap()).await;
    for bad in ["<script>alert", "<img src=x", "href=\"javascript:"] {
        assert!(!page.body.contains(bad), "{bad} in {}", page.body);
    }
    assert!(page.body.contains("DROP TABLE participants"), "shown as text");
    // The directory's filters are bound parameters, not SQL.
    for query in ["/participants?name=' OR 1=1 --", "/participants?country=KE' OR '1'='1", "/api/groups?kind=nri' OR 1=1 --"] {
        let reply = server.client().get(query).await;
        assert!(reply.status == 200 || reply.status == 400, "{query}: {}", reply.status);
    }
    assert_eq!(client.get("/me").await.status, 200, "the participants table is still there");
}
