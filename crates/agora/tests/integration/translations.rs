//! Content translations over HTTP on the demo forum: the language of a Message chosen or detected, the
//! Secretariat's request, a translator's claim (a second one refused naming the holder), paragraph-by-paragraph
//! translation with the bad inputs refused with their reason, a reviewer's approval, the reader served their
//! language with the original a click away, an edit of the original outdating the translated paragraph, the
//! queue page and its JSON, and a French query finding the French Message.

use crate::support::*;
use std::time::{Duration, Instant};

/// The id of the demo's Message titled `title` (the 2025 cycle is cycle 3).
async fn message_titled(server: &Server, title: &str) -> i64 {
    let messages = server.client().get("/api/cycles/3/messages").await.json();
    messages.as_array().unwrap().iter().find(|m| m["title"] == title).unwrap_or_else(|| panic!("{title} in {messages}"))["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn a_message_is_requested_claimed_translated_approved_and_read_in_arabic() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    let id = message_titled(&server, "Keeping the Internet whole").await;
    let text = format!("/translations/message/{id}");
    let arabic = format!("{text}/ar");

    // Requests: an unknown language code is refused with the reason, the form shown again.
    let page = secretariat.get(&text).await;
    assert_eq!(page.status, 200);
    let unknown = secretariat.post(&text, &[("csrf", &page.csrf()), ("language", "xx")]).await;
    assert_eq!(unknown.status, 422);
    assert!(unknown.body.contains("“xx” is not one of the forum"), "{}", unknown.body);
    let own = secretariat.post(&text, &[("csrf", &page.csrf()), ("language", "en")]).await;
    assert_eq!(own.status, 422, "a text is not translated into its own language");
    let requested = secretariat.post(&text, &[("csrf", &page.csrf()), ("language", "ar")]).await;
    assert_eq!(requested.status, 303, "{}", requested.body);

    // A participant without the translator role may not claim; two volunteers may, one at a time.
    let plain = registered_participant(&server, "Plain Reader", "plain@example.org").await;
    let page = plain.get(&arabic).await;
    assert_eq!(plain.post(&format!("{arabic}/claim"), &[("csrf", &page.csrf())]).await.status, 403);
    let layla = registered_participant(&server, "Layla Mansour", "layla@example.org").await;
    let omar = registered_participant(&server, "Omar Farouk", "omar@example.org").await;
    grant(&server, "layla@example.org", "translator");
    grant(&server, "omar@example.org", "translator");
    let page = layla.get(&arabic).await;
    assert!(page.body.contains("Claim this translation"), "{}", page.body);
    assert_eq!(layla.post(&format!("{arabic}/claim"), &[("csrf", &page.csrf())]).await.status, 303);
    let page = omar.get(&arabic).await;
    let second = omar.post(&format!("{arabic}/claim"), &[("csrf", &page.csrf())]).await;
    assert_eq!(second.status, 422);
    assert!(second.body.contains("Layla Mansour has already claimed this translation"), "{}", second.body);

    // Paragraph by paragraph, the original beside; a paragraph that does not exist is refused with the count,
    // what was typed kept; someone else's work is not theirs to change.
    let page = layla.get(&arabic).await;
    assert!(page.body.contains("Keeping the Internet whole") && page.body.contains("text-1"), "{}", page.body);
    let csrf = page.csrf();
    let title = "الحفاظ على وحدة الإنترنت";
    let paragraph = "يجب حماية قابلية التشغيل البيني في الطبقة التقنية من التجزئة الوطنية.";
    for (unit, typed) in [("0", title), ("1", paragraph)] {
        let saved = layla.post(&arabic, &[("csrf", &csrf), ("unit", unit), ("text", typed), ("action", "submit")]).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let gone = layla.post(&arabic, &[("csrf", &csrf), ("unit", "5"), ("text", "فقرة"), ("action", "submit")]).await;
    assert_eq!(gone.status, 422);
    assert!(gone.body.contains("Paragraph 5 no longer exists") && gone.body.contains("now has 2 parts"), "{}", gone.body);
    let omar_csrf = omar.get(&arabic).await.csrf();
    let not_theirs = omar.post(&arabic, &[("csrf", &omar_csrf), ("unit", "1"), ("text", "نص آخر"), ("action", "submit")]).await;
    assert_eq!(not_theirs.status, 422);
    assert!(not_theirs.body.contains("Only the translator who claimed"), "{}", not_theirs.body);

    // Review: not by the translator herself; by another reviewer.
    let own_review = layla.post(&format!("{arabic}/approve"), &[("csrf", &csrf)]).await;
    assert_eq!(own_review.status, 422);
    assert!(own_review.body.contains("not their own"), "{}", own_review.body);
    let page = secretariat.get(&arabic).await;
    assert!(page.body.contains("2 paragraphs are waiting for review"), "{}", page.body);
    assert_eq!(secretariat.post(&format!("{arabic}/approve"), &[("csrf", &page.csrf())]).await.status, 303);

    // An Arabic reader sees the translation right to left, per text, with the English original one link away.
    let reader = server.client();
    let shown = reader.get(&format!("/ar/messages/{id}")).await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.attr("h1 bdi", "lang"), "ar");
    assert!(shown.texts("h1").concat().contains(title));
    assert!(shown.body.contains("<div lang=\"ar\" dir=\"rtl\">") && shown.body.contains(paragraph), "{}", shown.body);
    let original = shown.attr("#translation-note a[hreflang=en]", "href");
    assert_eq!(original, format!("/ar/messages/{id}?lang=en"));
    let english = reader.get(&original).await;
    assert!(english.body.contains("<div class=\"prose\" lang=\"en\" dir=\"ltr\">"), "{}", english.body);
    assert!(english.texts("h1").concat().contains("Keeping the Internet whole"));
    // A French reader has no French translation: the original, with a note and the Arabic one offered.
    let french = reader.get(&format!("/fr/messages/{id}")).await;
    assert!(french.body.contains("pas encore de traduction approuvée") && french.body.contains("?lang=ar"), "{}", french.body);
    assert_eq!(reader.get(&format!("/messages/{id}?lang=xx")).await.status, 400, "an unknown language code is refused");

    // The English edited: the Arabic paragraph is outdated, side by side and for the reader.
    let page = secretariat.get(&format!("/messages/{id}")).await;
    let fields = with(
        page.form_fields(&format!("form[action='/messages/{id}']")),
        &[("body", "Interoperability at the technical and the policy layer must be protected from fragmentation."), ("action", "save")],
    );
    assert_eq!(secretariat.post_fields(&format!("/messages/{id}"), &fields).await.status, 303);
    let side = reader.get(&arabic).await;
    assert_eq!(side.attr("#unit-1", "class"), "outdated");
    assert!(side.texts("#unit-1").concat().contains("Outdated"), "{}", side.body);
    assert!(reader.get(&format!("/ar/messages/{id}")).await.body.contains("ترجمة هذه الفقرة قديمة"));
    // Translating the paragraph again from the text as it is now brings it up to date.
    let csrf = layla.get(&arabic).await.csrf();
    let again = "يجب حماية قابلية التشغيل البيني في الطبقتين التقنية والسياساتية من التجزئة.";
    assert_eq!(layla.post(&arabic, &[("csrf", &csrf), ("unit", "1"), ("text", again), ("action", "submit")]).await.status, 303);
    assert!(!reader.get(&arabic).await.body.contains("class=\"outdated\""));

    // The queue: public, listed in the navigation, with the holder and the progress; and as JSON.
    let queue = reader.get("/translations").await;
    assert!(
        queue.body.contains("href=\"/translations\"")
            && queue.body.contains("Layla Mansour")
            && queue.body.contains("Keeping the Internet whole")
    );
    let json = reader.get("/api/translations").await.json();
    let item = json.as_array().unwrap().iter().find(|i| i["id"] == id && i["language"] == "ar").expect("the request in the API").clone();
    assert_eq!((item["claimed"].as_bool(), item["units"].as_u64(), item["approved"].as_u64()), (Some(true), Some(2), Some(1)));
}

#[tokio::test]
async fn a_message_language_is_detected_or_chosen_and_the_demo_translations_are_read_and_found() {
    let server = Server::start_with(true).await;
    let secretariat = server.client();
    assert_eq!(secretariat.login("secretariat@demo.agora.example", DEMO_PASSWORD).await.status, 303);
    // Detected from the text when left to the server; an unknown code refused with the form as typed.
    let page = secretariat.get("/cycles/3/messages").await;
    let report = page.attr("input[name=source]", "value");
    let fields = |language: &'static str| {
        vec![
            ("csrf".to_string(), page.csrf()),
            ("title".into(), "Les réseaux communautaires et le spectre".into()),
            ("kind".into(), "message".into()),
            ("source".into(), report.clone()),
            ("language".into(), language.into()),
        ]
    };
    let refused = secretariat.post_fields("/cycles/3/messages", &fields("tlh")).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("“tlh” is not one of the forum"), "{}", refused.body);
    let created = secretariat.post_fields("/cycles/3/messages", &fields("es")).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let json = server.client().get("/api/cycles/3/messages").await.json();
    let chosen = json.as_array().unwrap().iter().find(|m| m["title"] == "Les réseaux communautaires et le spectre").unwrap();
    assert_eq!(chosen["language"], "es", "the language chosen wins over the one detected");

    // The demo: French, Spanish and Arabic translations of the published Message, the Arabic second paragraph
    // outdated after the edit; a Russian one under way and Chinese waiting in the queue.
    let id = message_titled(&server, "Digital inclusion: from coverage to meaningful connectivity").await;
    let reader = server.client();
    let french = reader.get(&format!("/fr/messages/{id}")).await;
    assert!(french.body.contains("Inclusion numérique") && french.body.contains("Vous lisez la traduction approuvée"), "{}", french.body);
    let arabic = reader.get(&format!("/ar/messages/{id}")).await;
    assert!(arabic.body.contains("ترجمة هذه الفقرة قديمة"), "the outdated paragraph is shown in the original with a note");
    let side = reader.get(&format!("/translations/message/{id}/ar")).await;
    assert_eq!(side.attr("#unit-2", "class"), "outdated");
    let queue = reader.get("/translations").await;
    for expected in ["Layla Haddad", "Dmitri Volkov", "Nobody yet"] {
        assert!(queue.body.contains(expected), "{expected} in the queue: {}", queue.body);
    }

    // A query in French finds the French Message, which opens in French.
    let deadline = Instant::now() + Duration::from_secs(30);
    let hit = loop {
        let found = reader.get("/api/search?q=r%C3%A9seaux%20communautaires%20spectre&kind=message").await.json();
        let hit = found["hits"].as_array().unwrap().iter().find(|h| h["lang"] == "fr").cloned();
        if let Some(hit) = hit {
            break hit;
        }
        assert!(Instant::now() < deadline, "the French translation is not indexed: {found}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(hit["url"], format!("/messages/{id}?lang=fr"));
    assert!(hit["title"].as_str().unwrap().starts_with("Inclusion numérique"));
    let opened = reader.get(hit["url"].as_str().unwrap()).await;
    assert!(opened.body.contains("Les réseaux communautaires atteignent les villages"), "{}", opened.body);
}

/// Done when, in a real browser: the Secretariat requests an Arabic translation of a Message, a volunteer
/// translates it paragraph by paragraph, a reviewer approves, an Arabic reader sees it right to left with the
/// English original one click away; an edit of the English outdates the Arabic paragraph; a search in Arabic
/// finds it; the pages pass the axe-core audit.
#[tokio::test]
async fn the_translation_workflow_in_the_browser() {
    use crate::browser::{audit, browser, click, fill, run_axe, sign_in, wait_for_path};
    use fantoccini::Locator;
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start_with(true).await;
    let base = server.url.clone();
    let id = message_titled(&server, "Chair's summary of the Demo National IGF 2025").await;
    let text = format!("/translations/message/{id}");
    let arabic = format!("{text}/ar");
    let mut failures = Vec::new();

    // The Secretariat requests Arabic.
    sign_in(&browser, &base, "secretariat@demo.agora.example", DEMO_PASSWORD).await;
    failures.extend(audit(&browser, &axe, &base, &text).await);
    click(&browser, "input[name=language][value=ar]").await;
    click(&browser, &format!("form[action$='{text}'] button[type=submit]")).await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("input[value=ar][disabled]")).await.unwrap();

    // A volunteer translator claims it and translates it paragraph by paragraph, the original beside.
    registered_participant(&server, "Layla Mansour", "layla@example.org").await;
    grant(&server, "layla@example.org", "translator");
    sign_in(&browser, &base, "layla@example.org", PASSWORD).await;
    browser.goto(&format!("{base}{arabic}")).await.unwrap();
    click(&browser, "form[action$='/claim'] button").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Id("text-0")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, &format!("{arabic} (the translator's forms)")).await);
    let units = [
        "ملخص الرئيس للمنتدى الوطني التجريبي لحوكمة الإنترنت 2025",
        "على مدى أربعة أيام ويوم تمهيدي، جمع المنتدى جميع فئات أصحاب المصلحة، حضوريًا في كيسومو وعبر الإنترنت.",
        "تسجل تقارير الجلسات والرسائل ما خلص إليه المنتدى.",
    ];
    for (unit, typed) in units.iter().enumerate() {
        fill(&browser, &format!("text-{unit}"), typed).await;
        click(&browser, &format!("#unit-{unit} button[value=submit]")).await;
        let status = format!("#unit-{unit} p.status");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let shown = match browser.find(Locator::Css(&status)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if shown.contains("Waiting for review") {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "unit {unit} was not submitted: {shown}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    // A reviewer approves.
    sign_in(&browser, &base, "secretariat@demo.agora.example", DEMO_PASSWORD).await;
    browser.goto(&format!("{base}{arabic}")).await.unwrap();
    click(&browser, "form[action$='/approve'] button").await;
    wait_for_path(&browser, &arabic).await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css("#unit-2")).await.unwrap();
    assert!(browser.find(Locator::Css("form[action$='/approve']")).await.is_err(), "nothing left to approve");

    // An Arabic reader: right to left, per text, and the English original one click away.
    browser.goto(&format!("{base}/ar/messages/{id}")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, &format!("/ar/messages/{id} (translated)")).await);
    let layout = browser
        .execute(
            "const p = document.querySelector('.prose div[lang=ar] p');
             return [document.querySelector('h1').textContent.trim(), getComputedStyle(p).direction, p.closest('[lang]').lang];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(layout, serde_json::json!([units[0], "rtl", "ar"]));
    click(&browser, "#translation-note a[hreflang=en]").await;
    browser.wait().at_most(std::time::Duration::from_secs(10)).for_element(Locator::Css(".prose[lang=en]")).await.unwrap();
    let heading = browser.find(Locator::Css("h1")).await.unwrap().text().await.unwrap();
    assert_eq!(heading, "Chair's summary of the Demo National IGF 2025");
    let direction = browser.execute("return getComputedStyle(document.querySelector('.prose[lang=en]')).direction;", vec![]).await.unwrap();
    assert_eq!(direction, "ltr", "the English original is laid out left to right inside the Arabic page");

    // The English edited: its second paragraph's Arabic translation is outdated.
    browser.goto(&format!("{base}/messages/{id}")).await.unwrap();
    let body = "Over four days and a Day 0, the forum brought together every stakeholder group, onsite in Kisumu and online.\n\nThe sessions' reports, the Messages and this summary record what was concluded.";
    fill(&browser, "body", body).await;
    fill(&browser, "note", "The summary names itself among the records.").await;
    click(&browser, "button[name=action][value=publish]").await;
    browser
        .wait()
        .at_most(std::time::Duration::from_secs(10))
        .for_element(Locator::XPath("//li[contains(., 'The summary names itself')]"))
        .await
        .unwrap();
    browser.goto(&format!("{base}{arabic}")).await.unwrap();
    let outdated = browser.find(Locator::Css("#unit-2.outdated")).await.expect("the second paragraph is outdated").text().await.unwrap();
    assert!(outdated.contains("Outdated"), "{outdated}");
    assert!(browser.find(Locator::Css("#unit-1.outdated")).await.is_err(), "the first paragraph did not change");

    // A search in Arabic finds the Arabic translation.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        browser.goto(&format!("{base}/ar/search?q=%D9%83%D9%8A%D8%B3%D9%88%D9%85%D9%88")).await.unwrap();
        let link = format!("a[href='/ar/messages/{id}?lang=ar']");
        if browser.find(Locator::Css(&link)).await.is_ok() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the Arabic translation is not found by an Arabic search");
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    failures.extend(run_axe(&browser, &axe, "/ar/search (an Arabic query)").await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
