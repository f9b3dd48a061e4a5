//! Each role's first hour on the demo forum, in a real browser, from the home page and by clicking only: after the
//! home page no address is typed (a mailed link is followed, as a person would). A visitor, a participant who
//! registers, follows sessions and drafts a proposal, a MAG member who evaluates, and the Secretariat, who goes
//! from its queues to the screening and stages the suggested selection.

use crate::browser::{browser, click, fill, sign_in};
use crate::support::*;
use fantoccini::{Client as Browser, Locator};

/// Clicks a link or button and waits for the page it leads to (which may have the same address, after a form
/// that comes back to its page); returns the new path.
async fn follow(browser: &Browser, css: &str) -> String {
    follow_found(browser, Locator::Css(css), css).await
}

/// Clicks the link in the page's main part whose text contains `text`, and waits for the page it leads to.
async fn follow_text(browser: &Browser, text: &str) -> String {
    follow_found(browser, Locator::XPath(&format!("//main//a[contains(normalize-space(.), '{text}')]")), text).await
}

async fn follow_found(browser: &Browser, locator: Locator<'_>, what: &str) -> String {
    let old = browser.find(Locator::Css("html")).await.unwrap();
    browser.find(locator).await.unwrap_or_else(|_| panic!("nothing to click: {what}")).click().await.unwrap();
    arrived(browser, old).await
}

/// Waits (up to 10 s) until the page whose root was `old` is gone and the new one has its heading.
async fn arrived(browser: &Browser, old: fantoccini::elements::Element) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if old.tag_name().await.is_err() && browser.find(Locator::Css("main h1")).await.is_ok() {
            return browser.current_url().await.unwrap().path().to_string();
        }
        assert!(std::time::Instant::now() < deadline, "the page did not change");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn main_text(browser: &Browser) -> String {
    browser.find(Locator::Css("main")).await.unwrap().text().await.unwrap()
}

/// The home page, through the main menu.
async fn home(browser: &Browser) {
    follow(browser, "nav.wide-menu a[href='/']").await;
}

#[tokio::test]
async fn each_role_finds_its_way_from_the_home_page() {
    let Some(browser) = browser().await else { return };
    let server = Server::start_with(true).await;

    // A visitor: from the home page to last year's programme and one of its sessions, then an open consultation.
    browser.goto(&server.url).await.unwrap();
    assert!(main_text(&browser).await.contains("Happening now"));
    follow(&browser, "nav.wide-menu a[href='/cycles']").await;
    follow_text(&browser, "Demo National IGF 2025").await;
    follow(&browser, "main a[href$='/programme']").await;
    let session = follow(&browser, "main a[href^='/sessions/']").await;
    assert!(session.starts_with("/sessions/"), "{session}");
    home(&browser).await;
    let consultation = follow(&browser, "#now ~ .tiles a.button[href^='/consultations/']").await;
    assert!(consultation.starts_with("/consultations/"), "{consultation}");

    // A participant registers from the home page, confirms her address from the mail and signs in.
    home(&browser).await;
    follow(&browser, "main a.button[href^='/register']").await;
    fill(&browser, "name", "Wanjiru Kamau").await;
    fill(&browser, "email", "wanjiru@example.org").await;
    fill(&browser, "password", PASSWORD).await;
    browser.find(Locator::Id("stakeholder_group")).await.unwrap().select_by_value("civil-society").await.unwrap();
    browser.find(Locator::Id("country")).await.unwrap().select_by_value("KE").await.unwrap();
    click(&browser, "#consent").await;
    follow(&browser, "form.stacked button[type=submit]").await;
    let link = server.mail.link_for("wanjiru@example.org", "/verify/").await;
    browser.goto(&format!("{}{link}", server.url)).await.unwrap();
    fill(&browser, "email", "wanjiru@example.org").await;
    fill(&browser, "password", PASSWORD).await;
    follow(&browser, "form.stacked button[type=submit]").await;
    assert!(main_text(&browser).await.contains("Your work"), "signed in, she lands on her own home page");

    // She follows a session of the programme and finds it in her agenda.
    follow(&browser, "nav.wide-menu a[href='/cycles']").await;
    follow_text(&browser, "Demo National IGF 2025").await;
    follow(&browser, "main a[href$='/programme']").await;
    follow(&browser, "main a[href^='/sessions/']").await;
    let title = browser.find(Locator::Css("main h1")).await.unwrap().text().await.unwrap();
    follow(&browser, "form[action$='/interest'] button").await;
    follow(&browser, "nav.wide-menu a[href='/me/agenda']").await;
    assert!(main_text(&browser).await.contains(&title), "her agenda lists {title}");

    // As a proposer: the open call from the home page, a draft saved, and the draft among her work.
    home(&browser).await;
    follow(&browser, "#now ~ .tiles a.button[href$='/proposals/new']").await;
    fill(&browser, "title", "Community networks in the Rift Valley").await;
    fill(&browser, "description", "How villages build and run their own networks, and what regulators can do.").await;
    follow(&browser, "button[name=action][value=draft]").await;
    home(&browser).await;
    let work = browser.find(Locator::Css("#my-work ~ .tiles")).await.unwrap().text().await.unwrap();
    assert!(work.contains("Community networks in the Rift Valley"), "{work}");

    // A MAG member: from her work to the next proposal to evaluate, scored, and on to the one after.
    sign_in(&browser, &server.url, "mag@demo.agora.example", DEMO_PASSWORD).await;
    let before = browser.find(Locator::Css("#my-work ~ .tiles a[href$='/evaluate']")).await.unwrap().text().await.unwrap();
    follow(&browser, "#my-work ~ .tiles a[href$='/evaluate']").await;
    let first = follow(&browser, "main a[href^='/proposals/'][href$='/evaluate']").await;
    for criterion in ["policy-question", "relevance", "content", "interaction", "diversity"] {
        click(&browser, &format!("input[name='score_{criterion}'][value='4']")).await;
    }
    let next = follow(&browser, "form[action$='/evaluate'] button[type=submit]").await;
    assert_ne!(next, first, "saving leads to the next proposal");
    home(&browser).await;
    let after = browser.find(Locator::Css("#my-work ~ .tiles a[href$='/evaluate']")).await.unwrap().text().await.unwrap();
    assert_ne!(before, after, "the progress counts her evaluation");

    // The Secretariat: from its queues to the meeting's registrations, then the cycle's screening and ranking,
    // where the suggested selection is staged, not sent, and comes back as a queue on the home page.
    sign_in(&browser, &server.url, "secretariat@demo.agora.example", DEMO_PASSWORD).await;
    follow(&browser, "#my-work ~ .tiles a[href$='/meeting/queue']").await;
    home(&browser).await;
    follow(&browser, "#now ~ .tiles a.button[href='/cycles/1']").await;
    follow(&browser, "main a[href$='/screening']").await;
    assert!(browser.find(Locator::Css("main table")).await.is_ok(), "the screening queue");
    follow(&browser, "main a[href$='/results']").await;
    let mails = server.mail.all().len();
    follow(&browser, "form[action$='/decisions/suggested'] button").await;
    home(&browser).await;
    let queues = browser.find(Locator::Css("#my-work ~ .tiles")).await.unwrap().text().await.unwrap();
    assert!(queues.contains("staged decisions to review and publish"), "{queues}");
    assert_eq!(server.mail.all().len(), mails, "staging mails no one");
    browser.close().await.unwrap();
}
