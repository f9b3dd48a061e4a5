//! Bilateral meeting rooms over HTTP: the rooms' settings (refused with their reason), bookings up to the daily cap
//! (the third refused naming it), a clash naming the room, the time and the holder, an organization in one place
//! at a time, the waitlist ordered by precedence and moving up when a booking is released (the next one mailed),
//! the release job taking back a booking not confirmed in time (its run recorded), and the iCal file; in a real
//! browser, an organization books twice and is refused a third room that day.

use crate::support::*;

struct Forum {
    server: Server,
    secretariat: Client,
    cycle: i64,
}

fn day(offset: i64) -> String {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    today.checked_add(jiff::Span::new().days(offset)).unwrap().to_string()
}

async fn execute(server: &Server, sql: &str) {
    sqlx::any::install_default_drivers();
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&server.database).await.expect("open the database");
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&mut conn).await.expect("the change");
}

/// A forum whose meeting runs tomorrow and the day after, with two bilateral rooms open 09:00–12:00 in hour slots.
async fn forum() -> Forum {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let created = secretariat.submit("/cycles", "/cycles", &[("name", "IGF 2026"), ("host", "Oslo"), ("hybrid", "on")]).await;
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    let settings = secretariat.get(&format!("/cycles/{cycle}/settings")).await;
    let dates = with(settings.form_fields("form.stacked"), &[("meeting_start", &day(1)), ("meeting_end", &day(2))]);
    assert_eq!(secretariat.post_fields(&format!("/cycles/{cycle}/settings"), &dates).await.status, 303);
    let rooms = secretariat
        .submit(
            &format!("/cycles/{cycle}/bilaterals/settings"),
            &format!("/cycles/{cycle}/bilaterals/settings"),
            &[
                ("rooms_text", "Room A\nRoom B"),
                ("slot_minutes", "60"),
                ("opens", "09:00"),
                ("closes", "12:00"),
                ("cap", "2"),
                ("confirm_hours", "24"),
                ("precedence_0", "government"),
                ("precedence_1", "intergovernmental-organization"),
            ],
        )
        .await;
    assert_eq!(rooms.status, 303, "{}", rooms.body);
    Forum { server, secretariat, cycle }
}

/// A participant of an organization and stakeholder group, logged in.
async fn delegate(server: &Server, name: &str, email: &str, organization: &str, group: &str) -> Client {
    let client = server.client();
    assert_eq!(client.register(name, email, &[("organization", organization), ("stakeholder_group", group)]).await.status, 303);
    let link = server.mail.link_for(email, "/verify/").await;
    assert_eq!(client.get(&link).await.status, 303);
    assert_eq!(client.login(email, PASSWORD).await.status, 303);
    client
}

async fn book(client: &Client, cycle: i64, room: &str, start: &str, wait: bool) -> Reply {
    let page = format!("/cycles/{cycle}/bilaterals?day={}", day(1));
    let profile = client.get(&page).await;
    let organization = profile.attr("#organization", "value");
    let group = profile.attr("#stakeholder_group option[selected]", "value");
    let mut fields = vec![
        ("day", day(1)),
        ("room", room.to_string()),
        ("start", start.to_string()),
        ("organization", organization),
        ("stakeholder_group", group),
        ("purpose", format!("Meeting at {start}")),
    ];
    if wait {
        fields.push(("wait", "yes".into()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    client.submit(&page, &format!("/cycles/{cycle}/bilaterals"), &fields).await
}

/// The ids of a participant's bookings with their status, from the page's list.
async fn bookings(client: &Client, cycle: i64) -> Vec<(i64, String)> {
    let page = client.get(&format!("/cycles/{cycle}/bilaterals?day={}", day(1))).await;
    let html = page.html();
    let item = scraper::Selector::parse(".bilateral-bookings > li").unwrap();
    html.select(&item)
        .map(|li| {
            let id = li.value().attr("id").unwrap().trim_start_matches("booking-").parse().unwrap();
            (id, li.text().collect::<String>())
        })
        .collect()
}

#[tokio::test]
async fn the_cap_the_clash_and_the_waitlist_each_name_their_reason() {
    let forum = forum().await;
    let cycle = forum.cycle;
    let kenya = delegate(&forum.server, "Grace Mutung'u", "grace@example.org", "Kenya ICT Action Network", "civil-society").await;
    let safaricom = delegate(&forum.server, "Peter Ndegwa", "peter@example.org", "Safaricom", "private-sector").await;
    let ministry = delegate(&forum.server, "Eliud Owalo", "eliud@example.org", "Ministry of ICT", "government").await;

    let first = book(&kenya, cycle, "Room A", "09:00", false).await;
    assert_eq!(first.status, 303, "{}", first.body);
    assert!(first.location.as_deref().unwrap().contains("done=held"));
    assert_eq!(book(&kenya, cycle, "Room A", "10:00", false).await.status, 303);
    // The third on the same day: refused, naming the cap and the day; what was typed is kept.
    let third = book(&kenya, cycle, "Room B", "11:00", false).await;
    assert_eq!(third.status, 422);
    let error = third.texts("#booking-error").join(" ");
    assert!(error.contains(&format!("already has 2 bookings on {}", day(1))), "{error}");
    assert_eq!(third.attr("#purpose", "value"), "Meeting at 11:00");
    // One place at a time: a second room at 09:00 is a clash with its own booking.
    let own = book(&kenya, cycle, "Room B", "09:00", false).await;
    assert_eq!(own.status, 422);
    assert!(own.texts("#booking-error").join(" ").contains("Kenya ICT Action Network already has Room A at 09:00"), "{}", own.body);
    // Another organization: the clash names the room, the time and the holder.
    let clash = book(&safaricom, cycle, "Room A", "09:00", false).await;
    assert_eq!(clash.status, 422);
    assert!(
        clash.texts("#booking-error").join(" ").contains("Room A at 09:00 is already booked by Kenya ICT Action Network"),
        "{}",
        clash.body
    );
    // The waitlist: the private sector first, then a government, who goes ahead by precedence.
    assert!(book(&safaricom, cycle, "Room A", "09:00", true).await.location.unwrap().contains("done=waiting"));
    assert!(book(&ministry, cycle, "Room A", "09:00", true).await.location.unwrap().contains("done=waiting"));
    let waiting = bookings(&safaricom, cycle).await;
    assert!(waiting[0].1.contains("place 2 in line"), "{waiting:?}");
    assert!(bookings(&ministry, cycle).await[0].1.contains("place 1 in line"));
    // Someone else cannot release a booking that is not theirs.
    let (held, _) = bookings(&kenya, cycle).await[0].clone();
    assert_eq!(safaricom.submit("/me", &format!("/bilaterals/{held}/release"), &[]).await.status, 404);

    // Released: the government moves up, is mailed, and has its calendar file; others cannot read it.
    let released = kenya.submit("/me", &format!("/bilaterals/{held}/release"), &[]).await;
    assert_eq!(released.status, 303);
    let mail = forum.server.mail.nth_to("eliud@example.org", 2).await;
    assert!(mail.subject.contains("A bilateral room is yours: Room A"), "{}", mail.subject);
    let (moved, text) = bookings(&ministry, cycle).await[0].clone();
    assert!(text.contains("Held, to be confirmed"), "{text}");
    let ics = ministry.get(&format!("/bilaterals/{moved}/booking.ics")).await;
    assert_eq!(ics.headers["content-type"], "text/calendar; charset=utf-8");
    assert!(
        ics.body.contains("BEGIN:VEVENT") && ics.body.contains("LOCATION:Room A") && ics.body.contains("STATUS:TENTATIVE"),
        "{}",
        ics.body
    );
    assert!(ics.body.contains(&format!("DTSTART:{}T090000Z", day(1).replace('-', ""))), "{}", ics.body);
    assert_eq!(safaricom.get(&format!("/bilaterals/{moved}/booking.ics")).await.status, 404);
    assert_eq!(forum.server.client().get(&format!("/bilaterals/{moved}/booking.ics")).await.status, 303, "to the login");

    // Not confirmed in time: the release job takes it back, the next in line moves up, and the run is recorded.
    execute(&forum.server, &format!("UPDATE bilateral_bookings SET confirm_by = 1 WHERE id = {moved}")).await;
    let late = ministry.submit("/me", &format!("/bilaterals/{moved}/confirm"), &[]).await;
    assert_eq!(late.status, 422);
    assert!(late.body.contains("The confirmation deadline has passed"), "{}", late.body);
    let page = format!("/cycles/{cycle}/bilaterals");
    assert_eq!(forum.secretariat.submit(&page, &format!("{page}/release"), &[]).await.status, 303);
    assert!(bookings(&ministry, cycle).await[0].1.contains("not confirmed in time"));
    let expired = forum.server.mail.nth_to("eliud@example.org", 3).await;
    assert!(expired.subject.contains("was released"), "{}", expired.subject);
    let (safaricom_booking, text) = bookings(&safaricom, cycle).await[0].clone();
    assert!(text.contains("Held, to be confirmed"), "{text}");
    assert!(forum.secretariat.get(&page).await.body.contains("1 released, 1 moved up from a waitlist"));
    // Confirmed in time.
    assert_eq!(safaricom.submit("/me", &format!("/bilaterals/{safaricom_booking}/confirm"), &[]).await.status, 303);
    assert!(bookings(&safaricom, cycle).await[0].1.contains("Confirmed"));
    let confirmed_again = safaricom.submit("/me", &format!("/bilaterals/{safaricom_booking}/confirm"), &[]).await;
    assert_eq!(confirmed_again.status, 422, "a confirmed booking is not confirmed twice");

    // The grid: public, the holder's name for signed-in readers only; the API gives availability without names.
    let anonymous = forum.server.client().get(&format!("{page}?day={}", day(1))).await;
    assert_eq!(anonymous.status, 200);
    assert!(!anonymous.body.contains("Safaricom") && anonymous.body.contains("Booked"));
    assert!(kenya.get(&format!("{page}?day={}", day(1))).await.body.contains("Safaricom"));
    let api = forum.server.client().get(&format!("/api/cycles/{cycle}/bilaterals")).await.json();
    let slots = api.as_array().unwrap();
    assert_eq!(slots.len(), 2 * 3 * 2, "two days, three slots, two rooms");
    let a9 = slots.iter().find(|s| s["day"] == day(1) && s["start"] == "09:00" && s["room"] == "Room A").unwrap();
    assert_eq!(a9["status"], "confirmed");
    assert!(!api.to_string().contains("Safaricom"));
}

#[tokio::test]
async fn the_rooms_settings_are_refused_with_their_reason() {
    let forum = forum().await;
    let page = format!("/cycles/{}/bilaterals/settings", forum.cycle);
    let refused = forum
        .secretariat
        .submit(
            &page,
            &page,
            &[
                ("rooms_text", ""),
                ("slot_minutes", "5"),
                ("opens", "18:00"),
                ("closes", "09:00"),
                ("cap", "2"),
                ("confirm_hours", "24"),
                ("precedence_0", "government"),
                ("precedence_1", "government"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    let errors = refused.texts(".error-summary li").join(" | ");
    for reason in ["at least one room", "from 10 to 240 minutes", "opening and closing times", "at most once"] {
        assert!(errors.contains(reason), "{reason}: {errors}");
    }
    assert_eq!(refused.attr("#slot_minutes", "value"), "5", "what was typed comes back");
    // Nothing was saved: the grid still has the rooms of before.
    assert!(forum.secretariat.get(&format!("/cycles/{}/bilaterals", forum.cycle)).await.body.contains("Room B"));
    // A participant may not change them.
    let plain = delegate(&forum.server, "Plain Person", "plain@example.org", "Plain", "academia").await;
    assert_eq!(plain.get(&page).await.status, 403);
}

/// An organization books a room twice and is refused a third one that day, the cap named, in a real browser.
#[tokio::test]
async fn an_organization_books_twice_and_is_refused_a_third_room_in_the_browser() {
    use crate::browser::{browser, click, run_axe, sign_in};
    use fantoccini::Locator;
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let forum = forum().await;
    let (base, cycle) = (forum.server.url.clone(), forum.cycle);
    delegate(&forum.server, "Nanjira Sambuli", "nanjira@example.org", "Paradigm Initiative", "civil-society").await;
    let mut failures = Vec::new();
    sign_in(&browser, &base, "nanjira@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}")).await.unwrap();
    click(&browser, &format!("nav.sub-nav a[href='/cycles/{cycle}/bilaterals']")).await;
    for (n, (room, start)) in [("Room A", "09:00"), ("Room B", "10:00"), ("Room A", "11:00")].into_iter().enumerate() {
        let form = browser
            .wait()
            .at_most(std::time::Duration::from_secs(10))
            .for_element(Locator::Css("form[action$='/bilaterals'] button[type=submit]"))
            .await
            .expect("the booking form");
        browser.find(Locator::Id("room")).await.unwrap().select_by_value(room).await.unwrap();
        browser.find(Locator::Id("start")).await.unwrap().select_by_value(start).await.unwrap();
        form.click().await.unwrap();
        // The page after the form: one more booking listed, or the refusal (the address stays the same).
        let mut waited = 0;
        loop {
            let listed = browser.find_all(Locator::Css(".bilateral-bookings > li")).await.unwrap().len();
            let refused = browser.find_all(Locator::Css("#booking-error")).await.unwrap().len();
            if (n < 2 && listed == n + 1) || (n == 2 && refused == 1) {
                break;
            }
            waited += 1;
            assert!(waited < 200, "no answer to booking {n}");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        if n < 2 {
            let notice = browser.find(Locator::Css(".notice")).await.unwrap().text().await.unwrap();
            assert!(notice.contains("The room is yours"), "booking {n}: {notice}");
        }
        if n == 0 {
            failures.extend(run_axe(&browser, &axe, "/cycles/N/bilaterals (booked)").await);
        }
    }
    let error = browser.find(Locator::Css("#booking-error")).await.unwrap().text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    assert!(error.contains(&format!("already has 2 bookings on {}", day(1))), "{error}");
    failures.extend(run_axe(&browser, &axe, "/cycles/N/bilaterals (the cap named)").await);
    assert_eq!(browser.find_all(Locator::Css(".bilateral-bookings > li")).await.unwrap().len(), 2, "the third was not booked");
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
