//! Accounts through the real surfaces: registration, verification by mail, login, profile, export, deletion,
//! password reset, and the ways they refuse bad input or abuse.

use crate::support::*;

#[tokio::test]
async fn a_participant_registers_verifies_edits_exports_and_deletes() {
    let server = Server::start().await;
    let client = registered_participant(&server, "Amina Wanjiru", "amina@example.org").await;

    let profile = client.get("/me").await;
    assert_eq!(profile.status, 200);
    assert!(profile.body.contains("amina@example.org") && profile.body.contains("Amina Wanjiru"));

    let saved = client
        .submit(
            "/me",
            "/me",
            &[
                ("name", "Amina W. Kamau"),
                ("stakeholder_group", "academia"),
                ("organization", "University of Nairobi"),
                ("country", "KE"),
                ("languages", "sw"),
            ],
        )
        .await;
    assert_eq!(saved.status, 422, "an unknown language is refused");
    assert!(saved.body.contains("Amina W. Kamau"), "the form comes back as typed");
    let saved = client
        .submit(
            "/me",
            "/me",
            &[
                ("name", "Amina W. Kamau"),
                ("stakeholder_group", "academia"),
                ("organization", "University of Nairobi"),
                ("country", "KE"),
                ("listed", "on"),
                ("bio", "**Researcher** on <script>alert(1)</script> [access](javascript:alert(2))"),
            ],
        )
        .await;
    assert_eq!(saved.location.as_deref(), Some("/me?notice=saved"));
    assert!(client.get("/me?notice=saved").await.body.contains("Amina W. Kamau"));
    let directory = server.client().get("/participants").await;
    assert!(directory.body.contains("Amina W. Kamau") && directory.body.contains("University of Nairobi"));
    let id = server.client().get("/api/participants").await.json()[0]["id"].as_i64().unwrap();
    let public = server.client().get(&format!("/participants/{id}")).await;
    assert!(public.body.contains("<strong>Researcher</strong>"), "the bio is rendered from Markdown");
    assert!(!public.body.contains("<script>alert") && !public.body.contains("javascript:"), "and sanitised");

    let export = client.get("/me/export").await;
    assert_eq!(export.status, 200);
    assert!(export.headers["content-disposition"].to_str().unwrap().contains("attachment"));
    let data = export.json();
    assert_eq!(data["participant"]["email"], "amina@example.org");
    assert_eq!(data["participant"]["stakeholder_group"], "academia");

    let refused = client.submit("/me/delete", "/me/delete", &[("password", "not my password")]).await;
    assert_eq!(refused.status, 422);
    let deleted = client.submit("/me/delete", "/me/delete", &[("password", PASSWORD)]).await;
    assert_eq!(deleted.status, 200);
    assert_eq!(client.get("/me").await.status, 303, "the session ended with the account");
    assert_eq!(server.client().login("amina@example.org", PASSWORD).await.status, 401);
    assert!(!server.client().get("/participants").await.body.contains("Amina"), "erased from the directory");
    assert_eq!(server.client().get(&format!("/participants/{id}")).await.status, 404);
    assert_eq!(server.client().get("/api/statistics").await.json()["total"], 0);
}

#[tokio::test]
async fn bad_registrations_are_refused_field_by_field_with_the_input_kept_and_nothing_stored() {
    let server = Server::start().await;
    let client = server.client();
    let reply =
        client.register("Otieno Odhiambo", "otieno@", &[("password", "password123"), ("country", "XX"), ("stakeholder_group", "")]).await;
    assert_eq!(reply.status, 422);
    let errors = reply.texts(".error");
    assert!(errors.iter().any(|e| e.contains("name@example.org")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("too easy to guess")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("country or area from the list")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("stakeholder group")), "{errors:?}");
    assert!(reply.body.contains(r#"value="Otieno Odhiambo""#) && reply.body.contains(r#"value="otieno@""#));
    assert!(reply.body.contains(r#"aria-invalid="true""#));
    let no_consent = client.register("Otieno Odhiambo", "otieno@example.org", &[("consent", "")]).await;
    assert_eq!(no_consent.status, 422);
    assert!(no_consent.texts(".error").iter().any(|e| e.contains("privacy notice")));

    let french = client.get_with("/register", "accept-language", "fr").await;
    let csrf = french.csrf();
    let reply = client
        .post(
            "/fr/register",
            &[
                ("csrf", &csrf),
                ("name", "Moussa Diallo"),
                ("email", "moussa@example.org"),
                ("password", "x"),
                ("country", "SN"),
                ("stakeholder_group", "government"),
                ("consent", "on"),
            ],
        )
        .await;
    assert_eq!(reply.status, 422);
    assert!(reply.html().root_element().value().attr("lang") == Some("fr"));
    assert!(!reply.texts(".error").is_empty());
    assert!(reply.texts(".error").iter().all(|e| !e.contains("Choose a password")), "errors are in French: {:?}", reply.texts(".error"));

    assert_eq!(server.client().get("/api/statistics").await.json()["total"], 0);
    assert!(server.mail.all().is_empty());
}

#[tokio::test]
async fn registering_an_existing_email_reveals_nothing_but_tells_the_owner() {
    let server = Server::start().await;
    let first = server.client().register("Ngozi Okafor", "ngozi@example.org", &[]).await;
    let second = server.client().register("Someone Else", "NGOZI@example.org", &[]).await;
    assert_eq!((first.status, first.location.clone()), (second.status, second.location.clone()));
    let warning = server.mail.nth_to("ngozi@example.org", 2).await;
    assert!(warning.subject.contains("tried to register"), "{warning:?}");
    assert_eq!(server.client().get("/api/statistics").await.json()["total"], 1);
    // A password reset for an unknown address looks exactly like one for a known address.
    let known = server.client().submit("/password/forgot", "/password/forgot", &[("email", "ngozi@example.org")]).await;
    let unknown = server.client().submit("/password/forgot", "/password/forgot", &[("email", "nobody@example.org")]).await;
    assert_eq!((known.status, known.location), (unknown.status, unknown.location));
}

#[tokio::test]
async fn login_needs_a_verified_address_and_the_right_password() {
    let server = Server::start().await;
    let client = server.client();
    client.register("Kwame Mensah", "kwame@example.org", &[]).await;
    let unverified = client.login("kwame@example.org", PASSWORD).await;
    assert_eq!(unverified.status, 200);
    assert!(unverified.body.contains("not confirmed"));
    assert_eq!(client.login("kwame@example.org", "wrong password!").await.status, 401);
    assert_eq!(client.login("nobody@example.org", PASSWORD).await.status, 401);
    // Logging in unverified mailed a fresh link; the first one still works, and once one is used neither does.
    let first = link_in(&server.mail.nth_to("kwame@example.org", 1).await.body, "/verify/").expect("the first link");
    let resent = server.mail.nth_to("kwame@example.org", 2).await;
    let link = link_in(&resent.body, "/verify/").expect("a verification link");
    assert_ne!(first, link);
    assert_eq!(client.get(&first).await.location.as_deref(), Some("/login?notice=verified"), "the first link survives a login");
    let again = client.get(&first).await;
    assert!(again.body.contains("no longer works"), "a verification link works once");
    assert!(client.get(&link).await.body.contains("no longer works"), "the other links end with the verification");
    let login = client.login("kwame@example.org", PASSWORD).await;
    assert_eq!(login.location.as_deref(), Some("/"));
}

#[tokio::test]
async fn sessions_rotate_at_login_and_end_at_logout() {
    let server = Server::start().await;
    let client = registered_participant(&server, "Priya Sharma", "priya@example.org").await;
    let first = session_token(&client.login("priya@example.org", PASSWORD).await);
    let relogin = client.login("priya@example.org", PASSWORD).await;
    let cookie = relogin.headers.get("set-cookie").unwrap().to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    assert_ne!(first, session_token(&relogin), "a new session token at each login");
    let stolen =
        server.client().http.get(format!("{}/me", server.url)).header("cookie", format!("agora_session={first}")).send().await.unwrap();
    assert_eq!(stolen.status(), 303, "the old token is dead");
    let me = client.get("/me").await;
    let logout = client.post("/logout", &[("csrf", &me.csrf())]).await;
    assert_eq!(logout.status, 303);
    assert_eq!(client.get("/me").await.status, 303);
}

fn session_token(reply: &Reply) -> String {
    let cookie = reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("agora_session="))
        .expect("a session cookie");
    cookie["agora_session=".len()..].split(';').next().unwrap().to_string()
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_ends_other_sessions() {
    let server = Server::start().await;
    let client = registered_participant(&server, "Olena Shevchenko", "olena@example.org").await;
    let other = server.client();
    other.submit("/password/forgot", "/password/forgot", &[("email", "olena@example.org")]).await;
    let link = server.mail.link_for("olena@example.org", "/password/reset/").await;
    let weak = other.submit(&link, &link, &[("password", "short")]).await;
    assert_eq!(weak.status, 422);
    let reset = other.submit(&link, &link, &[("password", "a brand new passphrase")]).await;
    assert_eq!(reset.location.as_deref(), Some("/login?notice=password-reset"));
    assert!(other.get(&link).await.body.contains("no longer works"));
    assert_eq!(client.get("/me").await.status, 303, "the reset logged out the old session");
    assert_eq!(other.login("olena@example.org", PASSWORD).await.status, 401);
    assert_eq!(other.login("olena@example.org", "a brand new passphrase").await.status, 303);
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    let server = Server::start().await;
    let client = server.client();
    client.get("/register").await;
    let fields = [
        ("name", "Eve"),
        ("email", "eve@example.org"),
        ("password", PASSWORD),
        ("country", "KE"),
        ("stakeholder_group", "academia"),
        ("consent", "on"),
    ];
    assert_eq!(client.post("/register", &fields).await.status, 403);
    let mut forged = vec![("csrf", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")];
    forged.extend_from_slice(&fields);
    let reply = client.post("/register", &forged).await;
    assert_eq!(reply.status, 403);
    assert!(reply.body.contains("expired"), "a page that says what happened");
    // A token from another browser does not work in this one.
    let other = server.client().get("/register").await.csrf();
    let mut stolen = vec![("csrf", other.as_str())];
    stolen.extend_from_slice(&fields);
    assert_eq!(client.post("/register", &stolen).await.status, 403);
    assert_eq!(server.client().get("/api/statistics").await.json()["total"], 0);
}

#[tokio::test]
async fn repeated_failed_logins_are_rate_limited_and_the_limit_recovers() {
    // The operator's limit: three logins per address every two seconds.
    let server = Server::start_with_env(false, &[("AGORA_LOGIN_LIMIT", "3/2")]).await;
    let client = registered_participant(&server, "Rate Limited", "limited@example.org").await;
    client.post("/logout", &[("csrf", &client.get("/me").await.csrf())]).await;
    let window = std::time::Duration::from_millis(2100);
    tokio::time::sleep(window).await; // the registration's own login starts afresh
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(client.login("limited@example.org", "wrong password").await.status);
    }
    assert_eq!(statuses, [401; 3]);
    let limited = client.login("limited@example.org", PASSWORD).await;
    assert_eq!(limited.status, 429, "even the right password waits");
    assert!(limited.headers.contains_key("retry-after"));
    // Once the window has passed, the right password works again.
    tokio::time::sleep(window).await;
    assert_eq!(client.login("limited@example.org", PASSWORD).await.status, 303);
}

#[tokio::test]
async fn an_admin_granted_on_the_command_line_sets_the_forums_identity() {
    let server = Server::start().await;
    let admin = registered_participant(&server, "Grace Banda", "grace@example.org").await;
    assert_eq!(admin.get("/admin/settings").await.status, 403, "participants cannot");
    let granted = agora()
        .args(["admin", "grant", "--database", &server.database, "--email", "grace@example.org", "--role", "admin"])
        .output()
        .unwrap();
    assert!(granted.status.success(), "{}", String::from_utf8_lossy(&granted.stderr));
    let unknown = agora()
        .args(["admin", "grant", "--database", &server.database, "--email", "nobody@example.org", "--role", "admin"])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
    let saved = admin
        .submit(
            "/admin/settings",
            "/admin/settings",
            &[("name", "Malawi IGF"), ("intro", "Welcome to **Malawi IGF** <script>alert(1)</script>"), ("privacy", "")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let home = server.client().get("/").await;
    assert!(home.body.contains("Malawi IGF") && home.body.contains("<strong>Malawi IGF</strong>"));
    assert!(!home.body.contains("<script>alert"), "Markdown is sanitised");
}

#[tokio::test]
async fn the_public_directory_is_opt_in_at_registration() {
    let server = Server::start().await;
    let form = server.client().get("/register").await;
    assert!(form.body.contains(r#"name="listed" id="listed">"#), "the directory box comes unticked: {}", form.body);
    let client = server.client();
    // Sent as it comes (unticked), the form leaves her out of the directory.
    client.register("Léa Martin", "lea@example.org", &[("listed", "")]).await;
    let link = server.mail.link_for("lea@example.org", "/verify/").await;
    client.get(&link).await;
    assert!(!server.client().get("/participants").await.body.contains("Léa Martin"), "not listed unless she ticks the box");
}
