//! Insights on the demo forum over HTTP: topics and emerging issues with their test, a briefing for a question
//! and every topic page, each key point quoted verbatim from the source it links to (checked by fetching the
//! source page), Markdown downloads, translated pages, and a visitor asking in a real browser (axe-audited).

use crate::support::*;
use fantoccini::Locator;

/// White space collapsed, for comparing a quote with the text of the page it comes from.
fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quotes of a Markdown briefing with the address each is linked to: `> text` lines, then `— … [title](url)`.
fn quotes(markdown: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut quote: Vec<&str> = Vec::new();
    for line in markdown.lines() {
        if let Some(text) = line.strip_prefix("> ") {
            quote.push(text);
        } else if line.starts_with("— ") && !quote.is_empty() {
            let url = line.rsplit_once("](").map(|(_, rest)| rest.split(')').next().unwrap_or("").to_string()).expect("a linked source");
            let text = quote.join("\n");
            out.push((text.trim_end_matches(" …").to_string(), url));
            quote.clear();
        }
    }
    out
}

/// Checks that every quote of a Markdown briefing is in the text of the page it links to; returns how many.
async fn every_quote_is_in_its_source(server: &Server, client: &Client, markdown: &str) -> usize {
    let found = quotes(markdown);
    for (text, url) in &found {
        let path = url.strip_prefix(&server.url).unwrap_or(url).split('#').next().unwrap().to_string();
        let source = client.get(&path).await;
        assert_eq!(source.status, 200, "{path}");
        let page = normalised(&source.html().root_element().text().collect::<String>());
        assert!(page.contains(&normalised(text)), "not verbatim in {path}: {text:?}");
    }
    found.len()
}

#[tokio::test]
async fn insights_quote_their_sources_verbatim() {
    let server = Server::start_with(true).await;
    let public = server.client();

    // The index lists topics and each year's emerging issues with the test's figures, and is in the menu.
    let index = public.get("/insights").await;
    assert_eq!(index.status, 200, "{}", index.body);
    assert!(index.body.contains("href=\"/insights\""), "linked from the navigation");
    let topics: Vec<String> = index
        .html()
        .select(&scraper::Selector::parse("ol.topics a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_string())
        .collect();
    assert!(topics.len() >= 5, "{topics:?}");
    assert!(
        index.body.contains("two-proportion z-test") && index.body.contains("<th scope=\"col\">G²</th>"),
        "emerging issues with their test"
    );
    assert_eq!(public.get("/insights").await.body, index.body, "the same archive gives the same topics");

    // A question: key points quoted, linked, and downloadable as Markdown.
    let page = public.get("/insights/briefing?q=community%20networks").await;
    assert_eq!(page.status, 200);
    let points = page.texts("ol.key-points blockquote");
    assert!(points.len() >= 3, "{points:?}");
    assert!(points.iter().all(|p| p.to_lowercase().contains("network")), "{points:?}");
    let markdown = public.get("/insights/briefing?q=community%20networks&format=md").await;
    assert_eq!(markdown.status, 200);
    assert!(markdown.body.starts_with("# What the forum said about"), "{}", markdown.body);
    let mut checked = every_quote_is_in_its_source(&server, &public, &markdown.body).await;
    assert!(checked >= 3);

    // Every topic page's key points are verbatim too: 0 statements shown that are not in their source.
    for href in &topics {
        let topic = public.get(href).await;
        assert_eq!(topic.status, 200, "{href}");
        assert!(!topic.texts("ol.key-points blockquote").is_empty(), "{href} has key points");
        let md = public.get(&format!("{href}?format=md")).await;
        checked += every_quote_is_in_its_source(&server, &public, &md.body).await;
    }
    println!("insights: {checked} key points checked verbatim against their sources");

    // Unknown topics are not found; pages are translated.
    assert_eq!(public.get("/insights/topics/99999").await.status, 404);
    assert_eq!(public.get("/insights/topics/abc").await.status, 404);
    assert_eq!(public.get("/insights/briefing?q=").await.status, 303);
    let french = public.get("/fr/insights/briefing?q=fragmentation").await;
    assert!(french.body.contains("Ce que le forum a dit"), "{}", french.body);
}

#[tokio::test]
async fn a_forum_without_texts_has_no_topics_yet() {
    let server = Server::start().await;
    let page = server.client().get("/insights").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("No topics yet"), "{}", page.body);
    let briefing = server.client().get("/insights/briefing?q=anything").await;
    assert_eq!(briefing.status, 200);
    assert!(briefing.texts("ol.key-points blockquote").is_empty());
}

/// A visitor asks about a topic in a real browser and sees cited key points; the pages pass axe-core.
#[tokio::test]
async fn a_visitor_asks_what_the_forum_said_in_the_browser() {
    let Some(browser) = crate::browser::browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start_with(true).await;
    browser.goto(&format!("{}/", server.url)).await.unwrap();
    crate::browser::click(&browser, ".main-nav a[href='/insights']").await;
    crate::browser::wait_for_path(&browser, "/insights").await;
    let mut failures = crate::browser::run_axe(&browser, &axe, "/insights").await;
    crate::browser::fill(&browser, "insights-q", "internet fragmentation").await;
    crate::browser::click(&browser, "form[action='/insights/briefing'] button").await;
    crate::browser::wait_for_path(&browser, "/insights/briefing").await;
    let first =
        browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("ol.key-points li")).await.expect("key points");
    let quote = first.find(Locator::Css("blockquote")).await.unwrap().text().await.unwrap();
    assert!(quote.to_lowercase().contains("fragment"), "{quote}");
    let source = first.find(Locator::Css(".byline a")).await.unwrap().attr("href").await.unwrap().unwrap();
    assert!(source.starts_with("/sessions/") || source.starts_with("/messages/"), "{source}");
    failures.extend(crate::browser::run_axe(&browser, &axe, "/insights/briefing?q=internet fragmentation").await);
    browser.set_window_size(390, 844).await.unwrap();
    let fits = browser.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    assert_eq!(fits, serde_json::json!(true), "no sideways scrolling at 390 px");
    browser.find(Locator::Css("ol.key-points .byline a")).await.unwrap().click().await.unwrap();
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("h1")).await.unwrap();
    let body = browser.find(Locator::Css("body")).await.unwrap().text().await.unwrap();
    assert!(
        normalised(&body).contains(&normalised(quote.trim_end_matches(" …").trim_end_matches('…').trim())),
        "the quote is in its source"
    );
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}

/// The topics of `/insights` as (number, label).
fn topic_list(page: &Reply) -> Vec<(String, String)> {
    page.html()
        .select(&scraper::Selector::parse("ol.topics a").unwrap())
        .map(|a| (a.value().attr("href").unwrap().rsplit('/').next().unwrap().to_string(), a.text().collect::<String>()))
        .collect()
}

/// Imported captions change the archive: the insights are rebuilt from the previous build, which keeps its topics'
/// numbers and labels (the stability measured here is printed), and the new statements are found.
#[tokio::test]
async fn a_rebuild_after_an_import_keeps_topic_numbers() {
    let server = Server::start_with(true).await;
    let public = server.client();
    let before_page = public.get("/insights").await;
    let before = topic_list(&before_page);
    let counts = before_page.texts("p[role=status]");
    let folder = format!("{}/tests/data/transcripts/good", env!("CARGO_MANIFEST_DIR"));
    let out = agora().args(["import", "transcripts", "--database", &server.database]).arg(folder).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let after_page = loop {
        let page = public.get("/insights").await;
        if page.texts("p[role=status]") != counts {
            break page;
        }
        assert!(std::time::Instant::now() < deadline, "the insights were never rebuilt");
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    };
    let after = topic_list(&after_page);
    let kept = before.iter().filter(|t| after.contains(t)).count();
    let stability = kept as f64 / before.len() as f64;
    println!("insights: {kept} of {} topics kept their number and label after a rebuild ({stability:.3})", before.len());
    assert!(stability >= 0.8, "before {before:?}\nafter {after:?}");
    let briefing = public.get("/insights/briefing?q=quokka%20cooperatives").await;
    let points = briefing.texts("ol.key-points blockquote");
    assert!(points.iter().any(|p| p.contains("quokka broadband cooperatives")), "{points:?}");
}

#[tokio::test]
async fn the_secretariat_starts_a_message_from_key_points_and_drafts_a_recommendation_on_an_emerging_issue() {
    let server = Server::start_with(true).await;
    let public = server.client();
    let secretariat = server.client();
    secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await;
    let briefing = "/insights/briefing?q=community+networks";

    // The briefing says which recommendations were made on it; only the Secretariat is offered a draft Message.
    let seen = public.get(briefing).await;
    assert!(seen.body.contains("Recommendations made on it"), "{}", seen.body);
    assert!(!seen.body.contains("action=\"/insights/message\""));
    assert!(secretariat.get(briefing).await.body.contains("action=\"/insights/message\""));

    // A title left empty comes back with the reason; then the draft is made, each key point quoted with its source.
    let fields = |title: &'static str| [("q", "community networks"), ("cycle", "1"), ("title", title)];
    let refused = secretariat.submit(briefing, "/insights/message", &fields("")).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("Give the Message a title"), "{}", refused.body);
    let made = secretariat.submit(briefing, "/insights/message", &fields("What the forum said on community networks")).await;
    assert_eq!(made.status, 303, "{}", made.body);
    let message = secretariat.get(made.location.as_deref().unwrap()).await;
    assert_eq!(message.status, 200);
    assert!(message.body.contains("What the forum said on community networks"));
    let quoted = message.html().select(&scraper::Selector::parse("blockquote").unwrap()).count();
    assert!(quoted >= 3, "the key points are quoted: {}", message.body);
    assert!(message.body.contains("/sessions/"), "each with its linked source");
    // A visitor cannot start one.
    assert_ne!(public.post("/insights/message", &fields("Mine")).await.status, 303);

    // A cycle page lists the emerging issues of its year, with the test, and a link for the Secretariat to draft a
    // recommendation on one, its form filled in (nothing stored until sent).
    public.get("/insights").await;
    let mut found = None;
    for cycle in public.get("/api/cycles").await.json().as_array().unwrap() {
        let path = format!("/cycles/{}", cycle["id"]);
        if public.get(&path).await.body.contains("Emerging issues this year") {
            found = Some(path);
            break;
        }
    }
    let path = found.expect("a cycle of the demo with emerging issues");
    let page = secretariat.get(&path).await;
    assert!(page.body.contains("z = "), "{}", page.body);
    let href = page.attr("#cycle-emerging ~ ul a[href^='/recommendations/new']", "href");
    let form = secretariat.get(&href.replace("&amp;", "&")).await;
    assert_eq!(form.status, 200);
    let title = form.attr("#title", "value");
    assert!(!title.is_empty(), "{href}");
    assert!(!public.get(&path).await.body.contains("/recommendations/new"));
}
