//! The IGF Village over HTTP: booth applications refused with the field named (the rest kept), the floor plan
//! laid out and refused when a cell is off the plan or an allocated booth would be lost, decisions staged (nothing
//! public or mailed) then published with one mail each, booths allocated (an unusable or taken one refused, the
//! holder named) and filled in, and the public page with its plan's text alternative, its list and its API.

use crate::support::*;

fn day(offset: i64) -> String {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    today.checked_add(jiff::Span::new().days(offset)).unwrap().to_string()
}

const DESCRIPTION: &str = "Digital rights clinics: bring your phone, we check it for spyware.";

#[tokio::test]
async fn applications_selection_plan_and_booths() {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026"), ("host", "Oslo"), ("hybrid", "on")]).await;
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    let settings = secretariat.get(&format!("/cycles/{cycle}/settings")).await;
    let dates = with(settings.form_fields("form.stacked"), &[("meeting_start", &day(5)), ("meeting_end", &day(8))]);
    assert_eq!(secretariat.post_fields(&format!("/cycles/{cycle}/settings"), &dates).await.status, 303);
    let page = format!("/cycles/{cycle}/village");

    // Applications: a short description is refused by name, what was typed kept; then taken.
    let amina = registered_participant(&server, "Amina Odhiambo", "amina@example.org").await;
    let short = amina
        .submit(
            &page,
            &page,
            &[
                ("organization", "Paradigm Initiative"),
                ("stakeholder_group", "civil-society"),
                ("description", "Booth"),
                ("needs", "power"),
            ],
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.texts("#description-error").join("").contains("20 to 2,000 characters"), "{}", short.body);
    assert_eq!(short.attr("#organization", "value"), "Paradigm Initiative");
    assert!(short.body.contains("value=\"power\" checked"), "the needs ticked stay ticked");
    let fields = [
        ("organization", "Paradigm Initiative"),
        ("stakeholder_group", "civil-society"),
        ("description", DESCRIPTION),
        ("needs", "power"),
        ("needs", "screen"),
    ];
    assert_eq!(amina.submit(&page, &page, &fields).await.status, 303);
    let odd = amina
        .submit(
            &page,
            &page,
            &[("organization", "X"), ("stakeholder_group", "academia"), ("description", DESCRIPTION), ("needs", "a pony")],
        )
        .await;
    assert_eq!(odd.status, 422, "a need not on the list");
    let omar = registered_participant(&server, "Omar Haddad", "omar@example.org").await;
    let omar_fields = [
        ("organization", "APNIC"),
        ("stakeholder_group", "technical-community"),
        ("description", "IPv6 deployment help desk for operators."),
        ("needs", "wired-internet"),
    ];
    assert_eq!(omar.submit(&page, &page, &omar_fields).await.status, 303);
    let lena = registered_participant(&server, "Lena Berg", "lena@example.org").await;
    let lena_fields = [
        ("organization", "Wikimedia Norge"),
        ("stakeholder_group", "civil-society"),
        ("description", "Edit-a-thon on Internet governance articles."),
    ];
    assert_eq!(lena.submit(&page, &page, &lena_fields).await.status, 303);

    // The plan: off-plan cells refused with the last cell named; 2 × 3 with cell 2 unusable.
    let manage = format!("{page}/manage");
    let off = secretariat.submit(&manage, &format!("{page}/plan"), &[("rows", "2"), ("columns", "3"), ("unusable", "2, 9")]).await;
    assert_eq!(off.status, 422);
    assert!(off.body.contains("Cell 9 is not on the plan, whose last cell is 6"), "{}", off.body);
    assert_eq!(off.attr("#unusable", "value"), "2, 9");
    assert_eq!(
        secretariat.submit(&manage, &format!("{page}/plan"), &[("rows", "2"), ("columns", "3"), ("unusable", "2")]).await.status,
        303
    );

    // Staged: nothing public, nothing mailed.
    let ids: Vec<i64> = secretariat
        .get(&manage)
        .await
        .html()
        .select(&scraper::Selector::parse(".village-applications > li").unwrap())
        .map(|li| li.value().attr("id").unwrap().trim_start_matches("application-").parse().unwrap())
        .collect();
    assert_eq!(ids.len(), 3);
    for (id, decision) in ids.iter().zip(["selected", "selected", "declined"]) {
        let staged = secretariat.submit(&manage, &format!("/village/applications/{id}/stage"), &[("decision", decision)]).await;
        assert_eq!(staged.status, 303, "{}", staged.body);
    }
    assert!(secretariat.get(&manage).await.body.contains("2 selected, 1 not selected"));
    assert!(!server.client().get(&page).await.body.contains("Paradigm Initiative"), "staged is not public");
    // A booth before publication: only a selected exhibitor gets one.
    let early = secretariat.submit(&manage, &format!("/village/applications/{}/booth", ids[0]), &[("booth", "1")]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("Only a selected exhibitor gets a booth"));

    // Published: one mail each; the public page lists the selected.
    assert_eq!(secretariat.submit(&manage, &format!("{page}/publish"), &[]).await.status, 303);
    assert!(server.mail.nth_to("amina@example.org", 2).await.subject.contains("Your booth at the Village"));
    assert!(server.mail.nth_to("lena@example.org", 2).await.body.contains("was not selected"));
    let public = server.client().get(&page).await;
    assert!(public.body.contains("Paradigm Initiative") && public.body.contains("APNIC") && !public.body.contains("Wikimedia Norge"));
    // A decided application cannot be staged again nor changed by its applicant.
    let again = secretariat.submit(&manage, &format!("/village/applications/{}/stage", ids[2]), &[("decision", "selected")]).await;
    assert_eq!(again.status, 422);
    assert_eq!(lena.submit(&page, &page, &lena_fields).await.status, 422);

    // Booths: an unusable one and a taken one refused (the holder named), then filled in.
    let unusable = secretariat.submit(&manage, &format!("/village/applications/{}/booth", ids[0]), &[("booth", "2")]).await;
    assert_eq!(unusable.status, 422);
    assert!(unusable.body.contains("Cell 2 cannot be used as a booth"));
    assert_eq!(secretariat.submit(&manage, &format!("/village/applications/{}/booth", ids[0]), &[("booth", "1")]).await.status, 303);
    let taken = secretariat.submit(&manage, &format!("/village/applications/{}/booth", ids[1]), &[("booth", "1")]).await;
    assert_eq!(taken.status, 422);
    assert!(taken.body.contains("Booth 1 is already allocated to Paradigm Initiative"), "{}", taken.body);
    // The plan cannot drop an allocated booth.
    let shrink = secretariat.submit(&manage, &format!("{page}/plan"), &[("rows", "2"), ("columns", "3"), ("unusable", "1")]).await;
    assert_eq!(shrink.status, 422);
    assert!(shrink.body.contains("Booth 1 is allocated"));
    assert_eq!(secretariat.submit(&manage, &format!("{page}/fill-in"), &[]).await.status, 303);
    let exhibitors = server.client().get(&format!("/api/cycles/{cycle}/village")).await.json();
    let booths: Vec<(String, i64)> = exhibitors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["organization"].as_str().unwrap().to_string(), e["booth"].as_i64().unwrap()))
        .collect();
    assert_eq!(booths, vec![("Paradigm Initiative".to_string(), 1), ("APNIC".to_string(), 3)], "the first free usable booth");

    // The public page: the plan as an image with its title and summary, and the list with the booth numbers.
    let public = server.client().get(&page).await;
    let html = public.html();
    let svg = html.select(&scraper::Selector::parse("svg[role=img]").unwrap()).next().expect("the plan");
    assert_eq!(svg.value().attr("aria-labelledby"), Some("plan-title plan-desc"));
    assert!(public.texts("#plan-desc").join("").contains("5 booths in a grid of 6 cells, 2 of them allocated"), "{}", public.body);
    assert!(public.texts(".village-exhibitors li").join(" ").contains("Booth 3"));
    // Only the Secretariat manages.
    assert_eq!(amina.get(&manage).await.status, 403);
    assert_eq!(amina.submit(&page, &format!("{page}/publish"), &[]).await.status, 403);
}
