//! Travel support over HTTP: the call's rules named when they refuse (an ineligible country, a recommendation not
//! yet confirmed by its mailed link), screening, assignment without conflicts (the same country excluded), scores,
//! the staged selection, its publication refused over the budget (checked in the writing transaction) and without
//! its confirmation, each applicant mailed once, the report and the overdue list, the statistics as counts, and a
//! missing report refusing the next call's application.

use crate::support::*;

/// A page's text without Fluent's isolation marks around its placeables.
fn plain(body: &str) -> String {
    body.replace(['\u{2068}', '\u{2069}'], "")
}

fn day(offset: i64) -> String {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    today.checked_add(jiff::Span::new().days(offset)).unwrap().to_string()
}

async fn new_cycle(secretariat: &Client, name: &str) -> i64 {
    let created = secretariat.submit("/cycles", "/cycles", &[("name", name), ("host", "Kathmandu"), ("hybrid", "on")]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap()
}

/// Sets the call's settings through the Secretariat's form; the reply.
async fn settings(secretariat: &Client, cycle: i64, budget: &str) -> Reply {
    let page = format!("/cycles/{cycle}/travel-support/manage");
    secretariat
        .submit(
            &page,
            &format!("/cycles/{cycle}/travel-support/settings"),
            &[
                ("opens", &day(-1)),
                ("closes", &day(10)),
                ("report_due", &day(0)),
                ("budget_usd", budget),
                ("max_request_usd", "5000"),
                ("first_timer_points", "10"),
                ("partial_request_points", "5"),
                ("gender_balance_points", "10"),
                ("region_balance_points", "10"),
                ("evaluators_per_application", "2"),
                ("listed_economies", ""),
                ("exclude_same_country", "1"),
            ],
        )
        .await
}

/// Applies (a draft) with the given request; the reply.
async fn apply(client: &Client, cycle: i64, country: &str, ticket: &str, per_diem: &str, recommender: &str) -> Reply {
    let page = format!("/cycles/{cycle}/travel-support");
    client
        .submit(
            &page,
            &format!("{page}/application"),
            &[
                ("country", country),
                ("contribution", "speaker"),
                ("contribution_detail", "Workshop on community networks"),
                ("ticket_usd", ticket),
                ("per_diem_usd", per_diem),
                ("visa_usd", ""),
                ("motivation", "Community networks in the hills: what we learnt."),
                ("recommender_name", "Rita Recommender"),
                ("recommender_email", recommender),
            ],
        )
        .await
}

/// The recommender confirms from the mailed link.
async fn recommend(server: &Server, recommender: &str) {
    let link = server.mail.link_for(recommender, "/travel-support/recommendations/").await;
    let anonymous = server.client();
    assert_eq!(anonymous.get(&link).await.status, 200);
    let empty = anonymous.submit(&link, &link, &[("letter", "  ")]).await;
    assert_eq!(empty.status, 422, "a recommendation needs its letter");
    let confirmed = anonymous.submit(&link, &link, &[("letter", "An organizer trusted by her whole district.")]).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
}

fn application_of(server: &Server, email: &str, cycle: i64) -> i64 {
    let tables = table_rows(server, &["participants", "travel_applications"]);
    let person = tables["participants"].iter().find(|p| p["email"] == email).expect("the applicant")["id"].clone();
    tables["travel_applications"].iter().find(|a| a["participant_id"] == person && a["cycle_id"] == cycle).expect("the application")["id"]
        .as_i64()
        .unwrap()
}

#[tokio::test]
async fn an_applicant_from_an_ldc_is_recommended_scored_funded_within_the_budget_and_reports() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let mut evaluators = Vec::new();
    for (name, email, country) in [
        ("Kofi Evaluator", "kofi@example.org", "KE"),
        ("Lena Evaluator", "lena@example.org", "KE"),
        ("Nima Evaluator", "nima@example.org", "NP"),
    ] {
        let client = server.client();
        assert_eq!(client.register(name, email, &[("country", country), ("organization", &format!("{name} Institute"))]).await.status, 303);
        let link = server.mail.link_for(email, "/verify/").await;
        assert_eq!(client.get(&link).await.status, 303);
        assert_eq!(client.login(email, PASSWORD).await.status, 303);
        grant(&server, email, "mag");
        evaluators.push(client);
    }
    let cycle = new_cycle(&secretariat, "IGF 2026").await;
    assert_eq!(settings(&secretariat, cycle, "3000").await.status, 303);

    let nepal = server.client();
    assert_eq!(
        nepal.register("Sunita Shrestha", "sunita@example.org", &[("country", "NP"), ("organization", "Digital Nepal")]).await.status,
        303
    );
    let link = server.mail.link_for("sunita@example.org", "/verify/").await;
    assert_eq!(nepal.get(&link).await.status, 303);
    assert_eq!(nepal.login("sunita@example.org", PASSWORD).await.status, 303);

    // An ineligible country is refused with the rule named, and the form comes back with what was typed.
    let refused = apply(&nepal, cycle, "FR", "1200", "600", "rita@example.org").await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("France") && refused.body.contains("not on the UN lists"), "{}", refused.body);
    assert!(refused.body.contains("Community networks in the hills"), "what was typed is kept");
    let too_much = apply(&nepal, cycle, "NP", "4900", "600", "rita@example.org").await;
    assert_eq!(too_much.status, 422);
    assert!(plain(&too_much.body).contains("no more than 5000 USD"), "{}", too_much.body);
    assert!(table_rows(&server, &["travel_applications"])["travel_applications"].is_empty(), "nothing half-written");

    assert_eq!(apply(&nepal, cycle, "NP", "1200", "600", "rita@example.org").await.status, 303);
    // Not yet recommended: the submission names the rule.
    let early = nepal.submit(&format!("/cycles/{cycle}/travel-support"), &format!("/cycles/{cycle}/travel-support/submission"), &[]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("recommendation is not confirmed yet"), "{}", early.body);
    recommend(&server, "rita@example.org").await;
    assert!(server.mail.nth_to("sunita@example.org", 2).await.subject.contains("recommendation is confirmed"));
    let submitted =
        nepal.submit(&format!("/cycles/{cycle}/travel-support"), &format!("/cycles/{cycle}/travel-support/submission"), &[]).await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);
    let again = apply(&nepal, cycle, "NP", "1000", "600", "rita@example.org").await;
    assert_eq!(again.status, 422, "a submitted application is not changed");

    // A second applicant, from Fiji, asking for more.
    let fiji = server.client();
    assert_eq!(fiji.register("Mere Tui", "mere@example.org", &[("country", "FJ"), ("organization", "Pacific Digital")]).await.status, 303);
    let link = server.mail.link_for("mere@example.org", "/verify/").await;
    assert_eq!(fiji.get(&link).await.status, 303);
    assert_eq!(fiji.login("mere@example.org", PASSWORD).await.status, 303);
    assert_eq!(apply(&fiji, cycle, "FJ", "1500", "600", "tom@example.org").await.status, 303);
    recommend(&server, "tom@example.org").await;
    let page = format!("/cycles/{cycle}/travel-support");
    assert_eq!(fiji.submit(&page, &format!("{page}/submission"), &[]).await.status, 303);

    // Screening, then assignment: never an evaluator of the applicant's country.
    let manage = format!("/cycles/{cycle}/travel-support/manage");
    assert_eq!(secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/screening"), &[]).await.status, 303);
    assert_eq!(secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/assignment"), &[]).await.status, 303);
    let sunita = application_of(&server, "sunita@example.org", cycle);
    let mere = application_of(&server, "mere@example.org", cycle);
    let evaluate = format!("/cycles/{cycle}/travel-support/evaluate");
    let nima_sees = evaluators[2].get(&evaluate).await;
    assert!(!nima_sees.body.contains("Sunita Shrestha"), "an evaluator from Nepal does not evaluate an applicant from Nepal");
    let assigned = table_rows(&server, &["travel_assignments"])["travel_assignments"].clone();
    assert_eq!(assigned.iter().filter(|a| a["application_id"] == sunita).count(), 2);
    assert_eq!(assigned.iter().filter(|a| a["application_id"] == mere).count(), 2);

    // Two evaluators score each; a score off the scale is refused.
    let off = evaluators[0].submit(&evaluate, &format!("/travel-support/applications/{sunita}/score"), &[("score", "9")]).await;
    assert_eq!(off.status, 422);
    for (client, application, score) in [(0, sunita, "5"), (1, sunita, "4"), (0, mere, "3"), (1, mere, "3"), (2, mere, "2")] {
        let reply =
            evaluators[client].submit(&evaluate, &format!("/travel-support/applications/{application}/score"), &[("score", score)]).await;
        let is_assigned = assigned.iter().any(|a| a["application_id"] == application && a["evaluator_id"] == assigned_id(&server, client));
        assert_eq!(reply.status, if is_assigned { 303 } else { 422 }, "{}", reply.body);
    }

    // The draft selection: both do not fit in 3,000 USD; the better scored is staged.
    assert_eq!(secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/selection"), &[]).await.status, 303);
    let staged = secretariat.get(&manage).await;
    assert!(staged.texts("#staged")[0].contains("1800"), "{:?}", staged.texts("#staged"));
    // The budget cut below the draft: publishing is refused, the amount checked where it is written.
    assert_eq!(settings(&secretariat, cycle, "1000").await.status, 303);
    let over = secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/publication"), &[("confirm", "1")]).await;
    assert_eq!(over.status, 422);
    assert!(plain(&over.body).contains("over the budget by 800 USD"), "{}", over.body);
    assert_eq!(settings(&secretariat, cycle, "3000").await.status, 303);
    let unconfirmed = secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/publication"), &[]).await;
    assert_eq!(unconfirmed.status, 422, "nothing irreversible on one click");
    let before = server.mail.all().len();
    let published = secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/publication"), &[("confirm", "1")]).await;
    assert_eq!(published.status, 303, "{}", published.body);
    assert!(server.mail.nth_to("sunita@example.org", 3).await.subject.contains("funded"));
    assert!(server.mail.nth_to("mere@example.org", 3).await.subject.contains("not funded"));
    let twice = secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/publication"), &[("confirm", "1")]).await;
    assert_eq!(twice.status, 422, "published once");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(server.mail.all().len(), before + 2, "each applicant is mailed once");

    // The statistics: counts only.
    let statistics = server.client().get(&format!("/api/cycles/{cycle}/travel-support/statistics")).await.json();
    assert_eq!((statistics["applied"].as_i64(), statistics["funded"].as_i64()), (Some(2), Some(1)));
    let ldc = statistics["by_development"].as_array().unwrap().iter().find(|t| t["code"] == "ldc").unwrap().clone();
    assert_eq!((ldc["applied"].as_i64(), ldc["funded"].as_i64()), (Some(1), Some(1)));
    let public = server.client().get(&page).await;
    assert!(!public.body.contains("Sunita Shrestha") && !public.body.contains("Mere Tui"), "no name on the public page");

    // The report: overdue until filed; only the funded file one.
    assert!(secretariat.get(&manage).await.texts("#overdue + ul li").iter().any(|t| t.contains("Sunita Shrestha")), "overdue");
    let refused = fiji.submit(&page, &format!("{page}/report"), &[("report", "I would have liked to come.")]).await;
    assert_eq!(refused.status, 422);
    let filed = nepal.submit(&page, &format!("{page}/report"), &[("report", "I spoke at the community networks workshop.")]).await;
    assert_eq!(filed.status, 303, "{}", filed.body);
    let overdue = secretariat.get(&manage).await;
    assert_eq!(overdue.texts("#overdue + p").len(), 1, "no report is overdue");

    // Next year, Mere (never funded) is eligible; a funded person without a report would not be (see the demo).
    let next = new_cycle(&secretariat, "IGF 2027").await;
    assert_eq!(settings(&secretariat, next, "3000").await.status, 303);
    assert_eq!(apply(&fiji, next, "FJ", "1500", "600", "tom@example.org").await.status, 303);
}

/// The participant id of the n-th evaluator (registered in that order after the Secretariat).
fn assigned_id(server: &Server, n: usize) -> serde_json::Value {
    let emails = ["kofi@example.org", "lena@example.org", "nima@example.org"];
    table_rows(server, &["participants"])["participants"].iter().find(|p| p["email"] == emails[n]).expect("evaluator")["id"].clone()
}

#[tokio::test]
async fn a_funded_person_without_a_report_is_refused_at_the_next_screening() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let evaluator = registered_participant(&server, "Kofi Evaluator", "kofi@example.org").await;
    grant(&server, "kofi@example.org", "mag");
    let applicant = server.client();
    assert_eq!(applicant.register("Awa Diallo", "awa@example.org", &[("country", "SN"), ("organization", "Jokko Labs")]).await.status, 303);
    let link = server.mail.link_for("awa@example.org", "/verify/").await;
    assert_eq!(applicant.get(&link).await.status, 303);
    assert_eq!(applicant.login("awa@example.org", PASSWORD).await.status, 303);
    let mut cycles = Vec::new();
    for (year, recommender) in [("IGF 2026", "omar@example.org"), ("IGF 2027", "omar2@example.org")] {
        let cycle = new_cycle(&secretariat, year).await;
        assert_eq!(settings(&secretariat, cycle, "5000").await.status, 303);
        assert_eq!(apply(&applicant, cycle, "SN", "900", "300", recommender).await.status, 303);
        recommend(&server, recommender).await;
        let page = format!("/cycles/{cycle}/travel-support");
        assert_eq!(applicant.submit(&page, &format!("{page}/submission"), &[]).await.status, 303);
        cycles.push(cycle);
        if cycles.len() == 1 {
            let manage = format!("/cycles/{cycle}/travel-support/manage");
            for step in ["screening", "assignment"] {
                assert_eq!(secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/{step}"), &[]).await.status, 303);
            }
            let id = application_of(&server, "awa@example.org", cycle);
            let scored = evaluator
                .submit(
                    &format!("/cycles/{cycle}/travel-support/evaluate"),
                    &format!("/travel-support/applications/{id}/score"),
                    &[("score", "4")],
                )
                .await;
            assert_eq!(scored.status, 303, "{}", scored.body);
            assert_eq!(secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/selection"), &[]).await.status, 303);
            let published = secretariat.submit(&manage, &format!("/cycles/{cycle}/travel-support/publication"), &[("confirm", "1")]).await;
            assert_eq!(published.status, 303, "{}", published.body);
        }
    }
    let manage = format!("/cycles/{}/travel-support/manage", cycles[1]);
    assert_eq!(secretariat.submit(&manage, &format!("/cycles/{}/travel-support/screening", cycles[1]), &[]).await.status, 303);
    let screened = secretariat.get(&manage).await;
    assert!(screened.body.contains("Not eligible") && screened.body.contains("earlier report missing"), "{}", screened.body);
}

/// Waits (up to 10 s) for the element `css` to show `needle` (the page a form's submission leads to).
async fn wait_text(browser: &fantoccini::Client, css: &str, needle: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        if let Ok(element) = browser.find(fantoccini::Locator::Css(css)).await
            && element.text().await.is_ok_and(|t| t.contains(needle))
        {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "{css} never showed {needle:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// In a real browser: an applicant from a least developed country applies with a recommendation (the recommender
/// confirms from the mailed link), two evaluators score, the Secretariat publishes a selection within the budget,
/// and she files her report; every new page passes the axe-core audit.
#[tokio::test]
async fn in_the_browser_an_applicant_is_recommended_scored_funded_and_reports() {
    use crate::browser::{audit, browser, choose, click, fill, run_axe, sign_in};
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    for (name, email) in [("Kofi Evaluator", "kofi@example.org"), ("Lena Evaluator", "lena@example.org")] {
        let client = server.client();
        assert_eq!(client.register(name, email, &[("organization", &format!("{name} Institute"))]).await.status, 303);
        let link = server.mail.link_for(email, "/verify/").await;
        assert_eq!(client.get(&link).await.status, 303);
        grant(&server, email, "mag");
    }
    let applicant = server.client();
    assert_eq!(
        applicant.register("Sunita Shrestha", "sunita@example.org", &[("country", "NP"), ("organization", "Digital Nepal")]).await.status,
        303
    );
    let link = server.mail.link_for("sunita@example.org", "/verify/").await;
    assert_eq!(applicant.get(&link).await.status, 303);
    let cycle = new_cycle(&secretariat, "IGF 2026").await;
    assert_eq!(settings(&secretariat, cycle, "3000").await.status, 303);
    let mut failures = Vec::new();
    let call = format!("/cycles/{cycle}/travel-support");

    // She applies; the form first refuses a country off the lists, naming the rule.
    sign_in(&browser, &server.url, "sunita@example.org", PASSWORD).await;
    browser.goto(&format!("{}{call}", server.url)).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "the call with its form").await);
    choose(&browser, "country", "DE").await;
    click(&browser, "input[name=contribution][value=speaker]").await;
    fill(&browser, "ticket_usd", "1200").await;
    fill(&browser, "per_diem_usd", "600").await;
    fill(&browser, "motivation", "Community networks in the hills.").await;
    fill(&browser, "recommender_name", "Rita Recommender").await;
    fill(&browser, "recommender_email", "rita@example.org").await;
    click(&browser, "#travel-application button[type=submit]").await;
    wait_text(&browser, "#country-error", "Germany").await;
    failures.extend(run_axe(&browser, &axe, "the call's form with its error").await);
    choose(&browser, "country", "NP").await;
    click(&browser, "#travel-application button[type=submit]").await;
    wait_text(&browser, "#my-application", "waiting for confirmation").await;

    // The recommender confirms from the mailed link.
    let link = server.mail.link_for("rita@example.org", "/travel-support/recommendations/").await;
    failures.extend(audit(&browser, &axe, &server.url, &link).await);
    fill(&browser, "letter", "An organizer trusted by her whole district.").await;
    click(&browser, "form.stacked button[type=submit]").await;
    wait_text(&browser, "#recommendation-confirmed", "confirmed").await;

    // She submits.
    browser.goto(&format!("{}{call}", server.url)).await.unwrap();
    click(&browser, "form[action$='/submission'] button").await;
    wait_text(&browser, "#my-application", "Submitted").await;

    // The Secretariat screens and assigns.
    sign_in(&browser, &server.url, "secretariat@example.org", PASSWORD).await;
    let manage = format!("{call}/manage");
    browser.goto(&format!("{}{manage}", server.url)).await.unwrap();
    click(&browser, "form[action$='/screening'] button").await;
    wait_text(&browser, "#applications-table", "Eligible").await;
    click(&browser, "form[action$='/assignment'] button").await;
    wait_text(&browser, "#applications-table", "Kofi Evaluator").await;
    failures.extend(run_axe(&browser, &axe, "the Secretariat's page").await);

    // Two evaluators score.
    for (email, score) in [("kofi@example.org", "5"), ("lena@example.org", "4")] {
        sign_in(&browser, &server.url, email, PASSWORD).await;
        browser.goto(&format!("{}{call}/evaluate", server.url)).await.unwrap();
        failures.extend(run_axe(&browser, &axe, "the evaluation page").await);
        let select = browser.find(fantoccini::Locator::Css("select[name=score]")).await.unwrap();
        select.select_by_value(score).await.unwrap();
        click(&browser, "form[action$='/score'] button").await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }

    // The Secretariat stages the optimal selection, reviews it and publishes it.
    sign_in(&browser, &server.url, "secretariat@example.org", PASSWORD).await;
    browser.goto(&format!("{}{manage}", server.url)).await.unwrap();
    click(&browser, "form[action$='/selection'] button").await;
    wait_text(&browser, "#staged", "1800").await;
    failures.extend(run_axe(&browser, &axe, "the staged selection").await);
    click(&browser, "input[name=confirm]").await;
    click(&browser, "form[action$='/publication'] button").await;
    wait_text(&browser, "#published", "published").await;
    assert!(server.mail.nth_to("sunita@example.org", 3).await.subject.contains("funded"));

    // She files her report.
    sign_in(&browser, &server.url, "sunita@example.org", PASSWORD).await;
    browser.goto(&format!("{}{call}", server.url)).await.unwrap();
    wait_text(&browser, "#my-application", "Funded").await;
    fill(&browser, "report", "I spoke at the community networks workshop and brought back a plan.").await;
    click(&browser, "form[action$='/report'] button").await;
    wait_text(&browser, "#my-application", "filed").await;
    failures.extend(run_axe(&browser, &axe, "the call with its statistics").await);
    failures.extend(audit(&browser, &axe, &server.url, &format!("/ar{call}")).await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
