//! Groups through HTTP: a dynamic coalition drafted without its criteria cannot be published and says what
//! it lacks; its founding members make it publishable; a consensus call refuses a block without a reason and
//! an early close without one, records positions by stakeholder group and freezes once closed; the MAG's
//! balance panel names the rules it breaks; NRIs are listed by UN region.

use crate::support::*;

async fn participant(server: &Server, name: &str, email: &str, group: &str, country: &str) -> Client {
    let client = server.client();
    assert_eq!(client.register(name, email, &[("stakeholder_group", group), ("country", country)]).await.status, 303);
    let link = server.mail.link_for(email, "/verify/").await;
    assert_eq!(client.get(&link).await.status, 303);
    assert_eq!(client.login(email, PASSWORD).await.status, 303);
    client
}

fn id_from(location: &str, prefix: &str) -> i64 {
    location.rsplit_once(prefix).and_then(|(_, id)| id.split(['/', '#']).next()?.parse().ok()).unwrap_or_else(|| panic!("{location}"))
}

#[tokio::test]
async fn a_coalition_is_drafted_published_and_decides_by_consensus() {
    let server = Server::start().await;
    let amina = participant(&server, "Amina Diallo", "amina@example.org", "civil-society", "SN").await;
    let kofi = participant(&server, "Kofi Mensah", "kofi@example.org", "government", "GH").await;
    let lena = participant(&server, "Lena Berg", "lena@example.org", "private-sector", "SE").await;

    // A draft without its action plan, contact and members from three groups: saved, but not publishable.
    let created = amina
        .submit(
            "/groups/new",
            "/groups",
            &[
                ("kind", "dynamic-coalition"),
                ("name", "Dynamic Coalition on Community Connectivity"),
                ("statement_of_need", "Millions remain offline."),
            ],
        )
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let group = id_from(&created.location.clone().unwrap(), "/groups/");
    let path = format!("/groups/{group}");
    assert_eq!(server.client().get(&path).await.status, 404, "a draft is not public");
    let refused = amina.submit(&path, &format!("{path}/publish"), &[]).await;
    assert_eq!(refused.status, 422);
    let missing = refused.texts(".error-summary li");
    assert_eq!(missing, vec!["an action plan", "a contact email", "members from at least three stakeholder groups"], "{missing:?}");

    // A bad edit comes back as typed, with the error.
    let bad = amina.submit(&format!("{path}/edit"), &format!("{path}/edit"), &[("name", "DC3"), ("contact_email", "not an email")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Enter an email address like name@example.org.") && bad.body.contains("value=\"DC3\""), "{}", bad.body);
    let fields = [
        ("name", "Dynamic Coalition on Community Connectivity"),
        ("acronym", "DC3"),
        ("statement_of_need", "Millions remain offline."),
        ("action_plan", "Map community networks; publish a yearly report."),
        ("contact_email", "dc3@example.org"),
        ("open_membership", "on"),
    ];
    assert_eq!(amina.submit(&format!("{path}/edit"), &format!("{path}/edit"), &fields).await.status, 303);
    // Members are invited, and join when they accept.
    for (email, invited) in [("kofi@example.org", &kofi), ("lena@example.org", &lena)] {
        let added = amina.submit(&path, &format!("{path}/members"), &[("email", email), ("role", "member")]).await;
        assert_eq!(added.status, 303, "{}", added.body);
        let link = server.mail.link_for(email, "/group-invitations/").await;
        assert_eq!(invited.submit(&link, &link, &[("answer", "accept")]).await.status, 303);
    }
    assert_eq!(amina.submit(&path, &format!("{path}/publish"), &[]).await.status, 303);
    let public = server.client().get(&path).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("Kofi Mensah") && public.body.contains("Inactive"), "no yearly report yet");
    let listed = server.client().get("/api/groups?kind=dynamic-coalition").await.json();
    assert_eq!(listed[0]["members"], 3);
    assert_eq!(listed[0]["active"], false);
    assert!(server.client().get("/groups.csv").await.body.contains("Dynamic Coalition on Community Connectivity"));

    // The yearly report keeps it active.
    let year: i64 = server.client().get("/api/groups/1").await.json()["created_at"].as_i64().map(|t| 1970 + t / 31_556_952).unwrap();
    let filed = amina
        .submit(
            &path,
            &format!("{path}/reports"),
            &[("year", &(year - 1).to_string()), ("kind", "annual"), ("body", "We mapped 40 networks.")],
        )
        .await;
    assert_eq!(filed.status, 303, "{}", filed.body);
    assert_eq!(server.client().get("/api/groups?kind=dynamic-coalition").await.json()[0]["active"], true);

    // A consensus decision.
    let proposed = lena
        .submit(
            &format!("{path}/decisions"),
            &format!("{path}/decisions"),
            &[("title", "Adopt the 2026 work plan"), ("proposal", "We adopt the plan.")],
        )
        .await;
    assert_eq!(proposed.status, 303, "{}", proposed.body);
    let decision = format!("/decisions/{}", id_from(&proposed.location.clone().unwrap(), "/decisions/"));
    let early = kofi.submit(&decision, &format!("{decision}/positions"), &[("position", "support")]).await;
    assert_eq!(early.status, 422, "no position before the call opens");
    assert_eq!(
        lena.submit(&decision, &format!("{decision}/call"), &[("deadline", "2099-01-01")]).await.status,
        403,
        "only a lead opens the call"
    );
    assert_eq!(amina.submit(&decision, &format!("{decision}/call"), &[("deadline", "2099-01-01")]).await.status, 303);
    let block = kofi.submit(&decision, &format!("{decision}/positions"), &[("position", "block"), ("reason", "  ")]).await;
    assert_eq!(block.status, 422);
    assert!(block.body.contains("A block needs a reason"), "{}", block.body);
    assert!(block.body.contains("name=\"position\" value=\"block\" checked"), "the form keeps the choice");
    assert_eq!(
        kofi.submit(&decision, &format!("{decision}/positions"), &[("position", "block"), ("reason", "The budget is not agreed.")])
            .await
            .status,
        303
    );
    assert_eq!(lena.submit(&decision, &format!("{decision}/positions"), &[("position", "support")]).await.status, 303);
    let outsider = participant(&server, "Omar Haddad", "omar@example.org", "academia", "JO").await;
    assert_eq!(outsider.submit(&decision, &format!("{decision}/positions"), &[("position", "support")]).await.status, 403);
    let page = server.client().get(&decision).await;
    assert!(page.body.contains("The budget is not agreed.") && page.body.contains("Not heard yet:"), "{}", page.body);
    let too_early =
        amina.submit(&decision, &format!("{decision}/close"), &[("determination", "no-consensus"), ("rationale", "A block stands.")]).await;
    assert_eq!(too_early.status, 422);
    assert!(too_early.body.contains("open until its deadline"), "{}", too_early.body);
    let closed = amina
        .submit(
            &decision,
            &format!("{decision}/close"),
            &[("determination", "no-consensus"), ("rationale", "A block stands."), ("early_reason", "Every member has spoken.")],
        )
        .await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    let record = server.client().get(&format!("/api{decision}")).await.json();
    assert_eq!(record["determination"], "no-consensus");
    assert_eq!(record["early_reason"], "Every member has spoken.");
    assert_eq!(record["positions"].as_array().unwrap().len(), 2);
    assert_eq!(record["summary"]["blocks"], 1);
    assert_eq!(record["summary"]["groups_unheard"], serde_json::json!(["civil-society"]));
    let after = lena.submit(&decision, &format!("{decision}/positions"), &[("position", "concern"), ("reason", "Too late?")]).await;
    assert_eq!(after.status, 422, "nothing changes once closed");
    assert_eq!(server.client().get(&format!("/api{decision}")).await.json()["positions"].as_array().unwrap().len(), 2);
    let entries = server.client().get("/record").await.body;
    assert!(entries.contains("decision.closed"), "the determination is on the public record");
}

#[tokio::test]
async fn the_mag_balance_panel_and_the_nri_list() {
    let server = Server::start().await;
    let secretariat = participant(&server, "Chengetai Masango", "sec@example.org", "intergovernmental-organization", "CH").await;
    grant(&server, "sec@example.org", "secretariat");
    let dc = participant(&server, "Dina Cole", "dina@example.org", "civil-society", "KE").await;
    let refused = dc.submit("/groups/new", "/groups", &[("kind", "mag"), ("name", "MAG")]).await;
    assert_eq!(refused.status, 403, "only the Secretariat creates the MAG");

    let mag = secretariat
        .submit("/groups/new", "/groups", &[("kind", "mag"), ("name", "Multistakeholder Advisory Group"), ("country", "NO")])
        .await;
    assert_eq!(mag.status, 303, "{}", mag.body);
    let path = mag.location.clone().unwrap();
    for (i, group) in ["government", "government", "government", "civil-society"].iter().enumerate() {
        let email = format!("mag{i}@example.org");
        participant(&server, &format!("Member {i}"), &email, group, "KE").await;
        let added = secretariat
            .submit(&path, &format!("{path}/members"), &[("email", &email), ("role", "member"), ("first_year", "2023"), ("terms", "4")])
            .await;
        assert_eq!(added.status, 303);
    }
    let panel = secretariat.get(&path).await;
    let warnings = panel.texts(".warning li");
    assert!(warnings.iter().any(|w| w.contains("Governments hold 3 of 5 seats, more than 40 %")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("beyond 3 consecutive terms")), "{warnings:?}");
    assert!(warnings.iter().any(|w| w.contains("No member comes from the host country, Norway")), "{warnings:?}");
    let json = secretariat.get(&format!("/api{path}")).await.json();
    assert!(json["balance_warnings"].as_array().unwrap().iter().any(|w| w["code"] == "government-share"));
    let join = dc.submit(&path, &format!("{path}/join"), &[]).await;
    assert_eq!(join.status, 404, "the MAG is a draft until published, and appointed");

    // An NRI needs its level and country; then it is listed under its UN region.
    let bad = secretariat.submit("/groups/new", "/groups", &[("kind", "nri"), ("name", "Kenya IGF"), ("nri_level", "national")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("A national or youth IGF gives its country."), "{}", bad.body);
    let nri = secretariat
        .submit(
            "/groups/new",
            "/groups",
            &[("kind", "nri"), ("name", "Kenya IGF"), ("nri_level", "national"), ("country", "KE"), ("contact_email", "kigf@example.org")],
        )
        .await;
    assert_eq!(nri.status, 303, "{}", nri.body);
    let nri_path = nri.location.clone().unwrap();
    assert_eq!(
        secretariat.submit(&nri_path, &format!("{nri_path}/publish"), &[]).await.status,
        422,
        "one stakeholder group is not a committee"
    );
    for (i, group) in ["government", "private-sector"].iter().enumerate() {
        let email = format!("kigf{i}@example.org");
        participant(&server, &format!("Committee {i}"), &email, group, "KE").await;
        assert_eq!(
            secretariat.submit(&nri_path, &format!("{nri_path}/members"), &[("email", &email), ("role", "member")]).await.status,
            303
        );
    }
    assert_eq!(secretariat.submit(&nri_path, &format!("{nri_path}/publish"), &[]).await.status, 303);
    let nris = server.client().get("/nris").await;
    assert_eq!(nris.texts("h2"), vec!["African Group (1)"], "{}", nris.body);
    assert!(nris.body.contains("Kenya IGF"));
}
