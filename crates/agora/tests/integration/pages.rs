//! The public pages and their exports: statistics with small-count suppression, the directory, reference
//! data, languages and right-to-left layout, security headers, and clear 4xx answers to malformed requests.

use crate::support::*;

#[tokio::test]
async fn the_demo_forum_has_participants_in_every_group_and_region_and_statistics_hide_small_counts() {
    let server = Server::start_with(true).await;
    let client = server.client();
    let api = client.get("/api/statistics").await.json();
    assert_eq!(
        api["total"], 1366,
        "200 participants, 3 role accounts, 5 volunteer translators, 1,000 registered speakers and 158 travel-support applicants"
    );
    let groups = api["dimensions"]["stakeholder-group"].as_array().unwrap();
    assert_eq!(groups.len(), 6);
    assert!(groups.iter().all(|c| c["count"].as_u64().is_some_and(|n| n >= 5)), "every stakeholder group is there: {groups:?}");
    let regions = api["dimensions"]["regional-group"].as_array().unwrap();
    for region in ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-others"] {
        let cell = regions.iter().find(|c| c["key"] == region).unwrap();
        assert!(cell["count"].as_u64().is_some_and(|n| n >= 5), "{region}: {cell}");
    }
    for dimension in api["dimensions"].as_object().unwrap().values() {
        for cell in dimension.as_array().unwrap() {
            assert!(!matches!(cell["count"].as_u64(), Some(1..=4)), "a count under 5 is shown: {cell}");
        }
    }
    let page = client.get("/statistics").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.texts("svg.chart").len(), 6, "one chart per dimension");
    assert_eq!(page.texts("table.data").len(), 6, "a data table beside each chart");
    assert!(page.body.replace(['\u{2068}', '\u{2069}'], "").contains("1366 registered participants"));
    let csv = client.get("/statistics.csv").await;
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.body.starts_with("dimension,category,count,suppressed\r\ntotal,registrations,1366,false\r\n"), "{}", csv.body);
    assert!(csv.body.contains("stakeholder-group,civil-society,"));

    let home = client.get("/").await;
    assert!(home.body.contains("Demo National IGF") && home.body.contains("<strong>1366</strong>"));
    let directory = client.get("/participants?group=government").await;
    assert!(directory.texts("tbody tr").len() > 5);
    assert!(directory.texts("tbody tr td:nth-child(2)").iter().all(|g| g == "Government"));
    let organizations = client.get("/api/organizations?group=academia").await.json();
    assert!(organizations.as_array().unwrap().iter().all(|o| o["stakeholder_group"] == "academia"));
    let org = client.get("/api/organizations/1").await.json();
    assert!(org["organization"]["name"].as_str().unwrap().contains("Ministry"));
    let participants_csv = client.get("/participants.csv?country=KE").await;
    assert!(participants_csv.body.starts_with("id,name,stakeholder_group,organization,country\r\n"));
    assert!(!participants_csv.body.contains('@'), "no email addresses in public exports");
    let page2 = client.get("/participants?page=2").await;
    assert_eq!(page2.status, 200);

    // The demo admin can log in with the documented password.
    let admin = server.client();
    assert_eq!(admin.login("admin@demo.agora.example", "agora demo password").await.status, 303);
    assert_eq!(admin.get("/admin/settings").await.status, 200);
}

#[tokio::test]
async fn reference_data_is_complete_in_the_api_and_on_the_page() {
    let server = Server::start().await;
    let api = server.client().get("/api/reference").await.json();
    assert_eq!(api["countries"].as_array().unwrap().len(), 249);
    assert_eq!(api["stakeholder_groups"].as_array().unwrap().len(), 6);
    assert_eq!(api["sdgs"].as_array().unwrap().len(), 17);
    assert_eq!(api["action_lines"].as_array().unwrap().iter().filter(|l| l["code"] == "C7").count(), 9);
    let kenya = api["countries"].as_array().unwrap().iter().find(|c| c["iso2"] == "KE").unwrap();
    assert_eq!(kenya["un_regional_group"], "african");
    let page = server.client().get("/reference").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Tuvalu") && page.body.contains("C7/e-health"));
    let chinese = server.client().get("/zh/reference").await;
    assert!(chinese.body.contains("图瓦卢"), "country names in the page's language");
}

#[tokio::test]
async fn pages_come_in_six_languages_and_arabic_is_right_to_left() {
    let server = Server::start().await;
    let client = server.client();
    for (prefix, lang, dir) in
        [("", "en", "ltr"), ("/fr", "fr", "ltr"), ("/es", "es", "ltr"), ("/ar", "ar", "rtl"), ("/ru", "ru", "ltr"), ("/zh", "zh", "ltr")]
    {
        let page = client.get(&format!("{prefix}/register")).await;
        assert_eq!(page.status, 200, "{prefix}");
        let html = page.html();
        let root = html.root_element().value();
        assert_eq!((root.attr("lang"), root.attr("dir")), (Some(lang), Some(dir)), "{prefix}");
        let links = page
            .html()
            .select(&scraper::Selector::parse(".main-nav a").unwrap())
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect::<Vec<_>>();
        assert!(links.iter().all(|l| l.starts_with(&format!("{prefix}/"))), "links keep the language: {links:?}");
    }
    let negotiated = client.get_with("/", "accept-language", "ar-EG,ar;q=0.9,en;q=0.5").await;
    assert_eq!(negotiated.html().root_element().value().attr("dir"), Some("rtl"));
    assert_ne!(client.get("/fr/").await.texts("h2"), client.get("/").await.texts("h2"), "French text differs from English");
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let server = Server::start().await;
    for path in ["/", "/register", "/api/statistics", "/does-not-exist"] {
        let reply = server.client().get(path).await;
        let csp = reply.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert_eq!(reply.headers["x-content-type-options"], "nosniff");
        assert_eq!(reply.headers["x-frame-options"], "DENY");
    }
    // A visitor cookie is issued only by pages with forms, never by public pages or exports.
    assert!(server.client().get("/reference").await.headers.get("set-cookie").is_none());
    assert!(server.client().get("/api/statistics").await.headers.get("set-cookie").is_none());
    let form = server.client().get("/register").await;
    assert!(form.headers["set-cookie"].to_str().unwrap().starts_with("agora_visitor="));
    let page = server.client().get("/").await;
    assert!(!page.body.contains("<script"), "no inline script");
    assert!(!page.body.contains("style=\""), "no inline style");
}

#[tokio::test]
async fn malformed_requests_get_a_400_with_a_reason_never_a_500() {
    let server = Server::start().await;
    let client = server.client();
    let unknown_group = client.get("/participants?group=press").await;
    assert_eq!(unknown_group.status, 400);
    assert!(unknown_group.body.contains("unknown stakeholder group"));
    assert_eq!(client.get("/api/organizations?country=XX").await.status, 400);
    assert_eq!(client.get("/api/organizations?country=XX").await.json()["detail"], "unknown country \"XX\"");
    assert_eq!(client.get("/organizations/not-a-number").await.status, 400);
    assert_eq!(client.get("/participants?page=-1").await.status, 400);
    assert_eq!(client.get("/organizations/999999").await.status, 404);
    let json_body =
        client.http.post(format!("{}/register", server.url)).header("content-type", "application/json").body("{}").send().await.unwrap();
    assert_eq!(json_body.status(), 400);
    let huge = "x".repeat(300 * 1024);
    // Its own client: the server answers before reading such a body and closes that connection.
    let too_big = server.client().post("/register", &[("csrf", "x"), ("name", &huge)]).await;
    assert!(too_big.status == 413 || too_big.status == 400, "{}", too_big.status);
    let not_found = client.get("/fr/nulle-part").await;
    assert_eq!(not_found.status, 404);
    assert_eq!(not_found.html().root_element().value().attr("lang"), Some("fr"), "errors come in the reader's language");
}
