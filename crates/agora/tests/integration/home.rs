//! The home page follows the forum's year and the reader's role, and signing in returns to the page that asked.

use crate::support::*;

#[tokio::test]
async fn the_home_page_says_what_is_open_now_and_each_tile_leads_somewhere() {
    let server = Server::start_with(true).await;
    let visitor = server.client();
    let home = visitor.get("/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("Happening now"), "{}", home.body);
    let tiles = home.texts("#now ~ .tiles > li h3");
    assert!(!tiles.is_empty(), "the demo has open phases or consultations: {}", home.body);
    let buttons: Vec<String> = home
        .html()
        .select(&scraper::Selector::parse(".tiles a.button").unwrap())
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(!buttons.is_empty(), "every open phase offers a way to take part");
    for href in buttons {
        let reply = visitor.get(&href).await;
        assert!(
            reply.status == 200 || reply.location.as_deref().is_some_and(|l| l.starts_with("/login?next=")),
            "{href}: {}",
            reply.status
        );
    }
    assert!(!home.body.contains("Your work"), "a visitor has no work of their own");
}

#[tokio::test]
async fn a_mag_member_lands_on_their_evaluations_after_login() {
    let server = Server::start_with(true).await;
    let mag = server.client();
    let login = mag.login("mag@demo.agora.example", DEMO_PASSWORD).await;
    assert_eq!(login.location.as_deref(), Some("/"), "signed in, the home page shows one's work");
    let home = mag.get("/").await;
    assert!(home.body.contains("Your work"));
    let progress = home.texts("#my-work ~ .tiles a[href$='/evaluate']");
    assert!(progress.iter().any(|p| p.contains(" of ") && p.ends_with("evaluated")), "{progress:?}");
    let href = home.attr("#my-work ~ .tiles a[href$='/evaluate']", "href");
    assert_eq!(mag.get(&href).await.status, 200);
}

#[tokio::test]
async fn the_secretariat_sees_what_waits_for_it_and_others_do_not() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await;
    let home = secretariat.get("/").await;
    let queues = home.texts("#my-work ~ .tiles a[href$='/meeting/queue']");
    // The demo's meeting has registrations in every status, some still to approve.
    assert!(queues.iter().any(|q| q.contains("meeting registration") && q.contains("to approve in")), "{}", home.body);
    let href = home.attr("#my-work ~ .tiles a[href$='/meeting/queue']", "href");
    assert_eq!(secretariat.get(&href).await.status, 200);
    // A MAG member has no such queue.
    let mag = server.client();
    mag.login("mag@demo.agora.example", DEMO_PASSWORD).await;
    assert!(!mag.get("/").await.body.contains("Waiting for the Secretariat"));
}

#[tokio::test]
async fn signing_in_returns_to_the_page_that_asked() {
    let server = Server::start_with(true).await;
    let client = server.client();
    let asked = client.get("/cycles/1/proposals/new").await;
    assert_eq!(asked.location.as_deref(), Some("/login?next=%2Fcycles%2F1%2Fproposals%2Fnew"));
    let form = client.get(asked.location.as_deref().unwrap()).await;
    let next = form.attr("input[name=next]", "value");
    assert_eq!(next, "/cycles/1/proposals/new");
    let login =
        client.submit("/login", "/login", &[("email", "mag@demo.agora.example"), ("password", DEMO_PASSWORD), ("next", &next)]).await;
    assert_eq!(login.location.as_deref(), Some("/cycles/1/proposals/new"));
    // A page's own login link carries it too, in the reader's language.
    let consultation = server.client().get("/fr/cycles/1/issues").await;
    assert!(consultation.body.contains("href=\"/fr/login?next=%2Fcycles%2F1%2Fissues\""), "{}", consultation.body);
}

#[tokio::test]
async fn registering_returns_to_the_page_that_asked_once_verified() {
    let server = Server::start().await;
    let client = server.client();
    let form = client.get("/register?next=/consultations").await;
    assert_eq!(form.attr("input[name=next]", "value"), "/consultations");
    assert_eq!(client.register("Lina Haddad", "lina@example.org", &[("next", "/consultations")]).await.status, 303);
    let link = server.mail.link_for("lina@example.org", "/verify/").await;
    assert!(link.ends_with("?next=%2Fconsultations"), "{link}");
    let verified = client.get(&link).await;
    assert_eq!(verified.location.as_deref(), Some("/login?notice=verified&next=%2Fconsultations"));
    let login = client
        .submit(
            verified.location.as_deref().unwrap(),
            "/login",
            &[("email", "lina@example.org"), ("password", PASSWORD), ("next", "/consultations")],
        )
        .await;
    assert_eq!(login.location.as_deref(), Some("/consultations"));
}
