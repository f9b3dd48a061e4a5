//! The annual meeting over HTTP: registration with the badge photo's checks (each refusal named, the rest of the
//! form kept), the cap of delegates per organization, the Secretariat's queue and its mailed decisions, badges and
//! the check-in desk refusing forged, expired and other-cycle codes, certificates from attendance only, visa
//! letters, the public verification page, and the photo retention job with its record.

use crate::support::*;

/// A forum with a Secretariat and a cycle whose meeting is today (check-in open); the cycle's id.
struct Forum {
    server: Server,
    secretariat: Client,
    cycle: i64,
}

pub(crate) fn day(offset: i64) -> String {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    today.checked_add(jiff::Span::new().days(offset)).unwrap().to_string()
}

async fn change_settings(secretariat: &Client, cycle: i64, changes: &[(&str, &str)]) -> Reply {
    let settings = secretariat.get(&format!("/cycles/{cycle}/settings")).await;
    secretariat.post_fields(&format!("/cycles/{cycle}/settings"), &with(settings.form_fields("form.stacked"), changes)).await
}

/// A new cycle whose meeting runs from `first` to `last` (dates); its id.
pub(crate) async fn cycle_meeting(secretariat: &Client, name: &str, first: &str, last: &str) -> i64 {
    let created = secretariat.submit("/cycles", "/cycles", &[("name", name), ("host", "Nairobi"), ("hybrid", "on")]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let cycle: i64 = created.location.unwrap().trim_start_matches("/cycles/").trim_end_matches("/settings").parse().unwrap();
    let saved = change_settings(secretariat, cycle, &[("meeting_start", first), ("meeting_end", last)]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    cycle
}

async fn forum() -> Forum {
    let server = Server::start().await;
    let secretariat = registered_participant(&server, "Sara Secretariat", "secretariat@example.org").await;
    grant(&server, "secretariat@example.org", "secretariat");
    let cycle = cycle_meeting(&secretariat, "IGF 2026", &day(0), &day(2)).await;
    Forum { server, secretariat, cycle }
}

fn png(width: u32, height: u32, pixel: impl Fn(u32, u32) -> u8) -> Vec<u8> {
    let picture = image::GrayImage::from_fn(width, height, |x, y| image::Luma([pixel(x, y)]));
    let mut out = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A photo that passes every check: portrait, 300 × 400, with detail.
pub fn portrait() -> Vec<u8> {
    png(300, 400, |x, y| ((x * 31 + y * 17) % 256) as u8)
}

/// Posts the registration form as a browser does (multipart/form-data), with the page's CSRF token.
pub(crate) async fn register(client: &Client, cycle: i64, fields: &[(&str, &str)], photo: Option<(&str, &str, &[u8])>) -> Reply {
    let csrf = client.get(&format!("/cycles/{cycle}/meeting")).await.csrf();
    let boundary = "agora-test-boundary-7d1b";
    let mut body: Vec<u8> = Vec::new();
    for (name, value) in [("csrf", csrf.as_str())].iter().chain(fields) {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
    }
    let (file, kind, bytes) = photo.unwrap_or(("", "application/octet-stream", &[]));
    body.extend(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"{file}\"\r\nContent-Type: {kind}\r\n\r\n")
            .as_bytes(),
    );
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").as_bytes());
    let response = client
        .http
        .post(format!("{}/cycles/{cycle}/meeting/registration", client.base))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    let body = response.text().await.unwrap().replace(['\u{2068}', '\u{2069}'], "");
    Reply { status, location, headers, body }
}

const ONSITE: &[(&str, &str)] =
    &[("attendance", "onsite"), ("organization", "Paradigm Initiative"), ("stakeholder_group", "civil-society")];

/// The id of a participant's registration, from the links of their meeting page.
async fn registration_id(client: &Client, cycle: i64) -> i64 {
    let page = client.get(&format!("/cycles/{cycle}/meeting")).await;
    let at = page.body.find("/meeting/registrations/").expect("a link to the registration");
    page.body[at + "/meeting/registrations/".len()..].split('/').next().unwrap().parse().unwrap()
}

pub(crate) async fn decide(staff: &Client, id: i64, status: &str, reason: &str) -> Reply {
    let csrf = staff.get("/register").await.csrf();
    staff.post(&format!("/meeting/registrations/{id}/decision"), &[("csrf", &csrf), ("status", status), ("reason", reason)]).await
}

/// The badge's code as printed on its page.
async fn badge_code(client: &Client, id: i64) -> String {
    let badge = client.get(&format!("/meeting/registrations/{id}/badge")).await;
    assert_eq!(badge.status, 200, "{}", badge.body);
    badge.texts("#badge-code code")[0].clone()
}

async fn check_in(staff: &Client, cycle: i64, code: &str) -> Reply {
    staff.submit(&format!("/cycles/{cycle}/meeting/check-in"), &format!("/cycles/{cycle}/meeting/check-in"), &[("code", code)]).await
}

#[tokio::test]
async fn each_photo_refusal_is_named_and_the_form_keeps_the_rest() {
    let forum = forum().await;
    let amina = registered_participant(&forum.server, "Amina Odhiambo", "amina@example.org").await;
    let fields = &[("attendance", "onsite"), ("organization", "Kenya ICT Action Network"), ("stakeholder_group", "academia")];
    let cases: Vec<(&str, &str, Vec<u8>, &str)> = vec![
        ("", "application/octet-stream", vec![], "need a badge photo"),
        ("notes.jpg", "image/jpeg", b"just some text, named like a photo".to_vec(), "not a JPEG or PNG"),
        ("big.png", "image/png", vec![0x89; 1_200_000], "larger than 1.0 MB"),
        ("broken.png", "image/png", portrait()[..80].to_vec(), "damaged"),
        ("small.png", "image/png", png(120, 160, |x, y| (x + y) as u8), "at least 240 × 300 pixels"),
        ("wide.png", "image/png", png(600, 400, |x, y| (x ^ y) as u8), "between 0.60 and 1.00"),
        ("blank.png", "image/png", png(300, 400, |_, _| 250), "blank or of one colour"),
    ];
    for (file, kind, bytes, reason) in cases {
        let reply = register(&amina, forum.cycle, fields, Some((file, kind, &bytes))).await;
        assert_eq!(reply.status, 422, "{file}: {}", reply.body);
        let error = reply.texts("#photo-error");
        assert!(error.len() == 1 && error[0].contains(reason), "{file}: {error:?}");
        assert_eq!(reply.attr("#organization", "value"), "Kenya ICT Action Network", "{file}: the form keeps the organization");
        assert_eq!(reply.attr("#stakeholder_group option[selected]", "value"), "academia", "{file}");
        assert_eq!(reply.attr("input[name=attendance][checked]", "value"), "onsite", "{file}");
    }
    assert!(forum.server.mail.all().iter().all(|m| !m.subject.contains("was received")), "nothing was registered");
    // A missing field is named too, and an online registration needs no photo.
    let no_group = register(&amina, forum.cycle, &[("attendance", "online"), ("organization", "KICTANet")], None).await;
    assert_eq!(no_group.status, 422);
    assert!(no_group.texts("#stakeholder_group-error")[0].contains("stakeholder group"));
    let accepted = register(&amina, forum.cycle, fields, Some(("me.png", "image/png", &portrait()))).await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let received = forum.server.mail.nth_to("amina@example.org", 2).await;
    assert!(received.subject.contains("was received") && received.subject.contains("IGF 2026"), "{}", received.subject);
    let page = amina.get(&format!("/cycles/{}/meeting", forum.cycle)).await;
    assert_eq!(page.texts("#my-registration dd strong"), vec!["Submitted"]);
    // The photo: to its owner and staff only, never cached; not to another participant nor to the anonymous.
    let id = registration_id(&amina, forum.cycle).await;
    let photo = amina.get(&format!("/meeting/registrations/{id}/photo")).await;
    assert_eq!(photo.status, 200);
    assert_eq!(photo.headers["content-type"], "image/png");
    assert_eq!(photo.headers["cache-control"], "private, no-store");
    assert_eq!(forum.secretariat.get(&format!("/meeting/registrations/{id}/photo")).await.status, 200);
    let other = registered_participant(&forum.server, "Omar Haddad", "omar@example.org").await;
    assert_eq!(other.get(&format!("/meeting/registrations/{id}/photo")).await.status, 404);
    let anonymous = forum.server.client().get(&format!("/meeting/registrations/{id}/photo")).await;
    assert_eq!(anonymous.status, 303);
    assert!(!forum.server.client().get(&format!("/cycles/{}/meeting", forum.cycle)).await.body.contains("/photo"));
    // A second form updates the registration rather than adding one.
    let again =
        register(&amina, forum.cycle, &[("attendance", "online"), ("organization", "KICTANet"), ("stakeholder_group", "academia")], None)
            .await;
    assert_eq!(again.status, 303);
    assert_eq!(amina.get(&format!("/meeting/registrations/{id}/photo")).await.status, 404, "an online registration keeps no photo");
}

#[tokio::test]
async fn the_organizations_cap_of_onsite_delegates_is_named() {
    let forum = forum().await;
    assert_eq!(change_settings(&forum.secretariat, forum.cycle, &[("meeting_delegates_per_organization", "2")]).await.status, 303);
    for (i, name) in ["Ngozi Okafor", "Kwame Mensah"].iter().enumerate() {
        let client = registered_participant(&forum.server, name, &format!("delegate{i}@example.org")).await;
        assert_eq!(register(&client, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    }
    let third = registered_participant(&forum.server, "Chinedu Diallo", "third@example.org").await;
    let same_organization =
        &[("attendance", "onsite"), ("organization", "  paradigm  INITIATIVE "), ("stakeholder_group", "civil-society")];
    let refused = register(&third, forum.cycle, same_organization, Some(("p.png", "image/png", &portrait()))).await;
    assert_eq!(refused.status, 422);
    let error = refused.texts("#organization-error");
    assert!(error[0].contains("already has 2 onsite delegates"), "{error:?}");
    // Online is not capped; and a refused delegate frees the place.
    let online = &[("attendance", "online"), ("organization", "Paradigm Initiative"), ("stakeholder_group", "civil-society")];
    assert_eq!(register(&third, forum.cycle, online, None).await.status, 303);
    let queue = forum.secretariat.get(&format!("/cycles/{}/meeting/queue", forum.cycle)).await;
    let first = queue.attr("ul.meeting-queue > li", "id").trim_start_matches("registration-").parse::<i64>().unwrap();
    assert_eq!(decide(&forum.secretariat, first, "refused", "Duplicate of another registration.").await.status, 303);
    assert_eq!(register(&third, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
}

#[tokio::test]
async fn staff_decide_in_the_queue_and_each_status_is_mailed() {
    let forum = forum().await;
    let wanjiru = registered_participant(&forum.server, "Wanjiru Kamau", "wanjiru@example.org").await;
    assert_eq!(register(&wanjiru, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    let id = registration_id(&wanjiru, forum.cycle).await;
    // The queue is the Secretariat's: it shows the photo; a participant is refused it.
    assert_eq!(wanjiru.get(&format!("/cycles/{}/meeting/queue", forum.cycle)).await.status, 403);
    let queue = forum.secretariat.get(&format!("/cycles/{}/meeting/queue", forum.cycle)).await;
    assert_eq!(queue.status, 200);
    assert_eq!(queue.attr(&format!("#registration-{id} img"), "src"), format!("/meeting/registrations/{id}/photo"));
    assert_eq!(decide(&wanjiru, id, "approved", "").await.status, 403, "a participant cannot approve herself");
    // A refusal or a request for more information needs a reason.
    let no_reason = decide(&forum.secretariat, id, "more-information", "  ").await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.texts(&format!("#decision-{id}-error"))[0].contains("Give a reason"));
    assert_eq!(decide(&forum.secretariat, id, "more-information", "Please send a photo taken this year.").await.status, 303);
    let asked = forum.server.mail.nth_to("wanjiru@example.org", 3).await;
    assert!(asked.subject.contains("more information needed"), "{}", asked.subject);
    assert!(asked.body.contains("Please send a photo taken this year."), "{}", asked.body);
    let mine = wanjiru.get(&format!("/cycles/{}/meeting", forum.cycle)).await;
    assert!(mine.body.contains("Please send a photo taken this year."));
    // No badge, no visa letter before approval.
    assert_eq!(wanjiru.get(&format!("/meeting/registrations/{id}/badge")).await.status, 403);
    let letter =
        wanjiru.submit(&format!("/meeting/registrations/{id}/visa-letter"), &format!("/meeting/registrations/{id}/visa-letter"), &[]).await;
    assert_eq!(letter.status, 422);
    assert!(letter.body.contains("only for an approved onsite registration"));
    // She answers with a new photo: back in the queue, then approved.
    assert_eq!(register(&wanjiru, forum.cycle, ONSITE, Some(("new.png", "image/png", &portrait()))).await.status, 303);
    assert_eq!(wanjiru.get(&format!("/cycles/{}/meeting", forum.cycle)).await.texts("#my-registration dd strong"), vec!["Submitted"]);
    assert_eq!(decide(&forum.secretariat, id, "approved", "").await.status, 303);
    let approved = forum.server.mail.nth_to("wanjiru@example.org", 5).await;
    assert!(approved.subject.contains("is approved"), "{}", approved.subject);
    assert_eq!(decide(&forum.secretariat, id, "approved", "").await.status, 422, "already approved");
    // The visa letter: issued once, with a code the public page verifies.
    let issued =
        wanjiru.submit(&format!("/meeting/registrations/{id}/visa-letter"), &format!("/meeting/registrations/{id}/visa-letter"), &[]).await;
    assert_eq!(issued.status, 303);
    let letter = wanjiru.get(&format!("/meeting/registrations/{id}/visa-letter")).await;
    assert!(letter.body.contains("Wanjiru Kamau") && letter.body.contains("Paradigm Initiative"));
    let code = letter.texts("#verification-code")[0].clone();
    let verified = forum.server.client().get(&format!("/meeting/verify?code={}", code.to_lowercase().replace('-', " "))).await;
    assert_eq!(verified.status, 200);
    assert!(verified.texts("#verification p")[0].contains("genuine visa invitation letter"));
    assert!(verified.body.contains("Wanjiru Kamau"));
    // Refused with a reason: mailed, and the badge is gone.
    assert_eq!(decide(&forum.secretariat, id, "refused", "Accreditation withdrawn at the person's request.").await.status, 303);
    let refused = forum.server.mail.nth_to("wanjiru@example.org", 6).await;
    assert!(refused.subject.contains("was refused") && refused.body.contains("withdrawn at the person's request"), "{}", refused.body);
    assert_eq!(wanjiru.get(&format!("/meeting/registrations/{id}/badge")).await.status, 403);
}

#[tokio::test]
async fn the_desk_checks_in_by_code_and_refuses_forged_expired_and_other_cycle_badges() {
    let forum = forum().await;
    let li = registered_participant(&forum.server, "Li Wei Zhang", "li@example.org").await;
    assert_eq!(register(&li, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    let id = registration_id(&li, forum.cycle).await;
    assert_eq!(decide(&forum.secretariat, id, "approved", "").await.status, 303);
    let code = badge_code(&li, id).await;
    let badge = li.get(&format!("/meeting/registrations/{id}/badge")).await;
    assert!(badge.body.contains("<svg") && badge.body.contains("group-civil-society"), "a QR code and the group's colour");
    // Only staff run the desk.
    assert_eq!(li.get(&format!("/cycles/{}/meeting/check-in", forum.cycle)).await.status, 403);
    let checked = check_in(&forum.secretariat, forum.cycle, &format!("  {}  ", code.to_lowercase())).await;
    assert_eq!(checked.status, 200, "{}", checked.body);
    assert!(checked.texts("#check-in-result")[0].contains("Checked in."), "{:?}", checked.texts("#check-in-result"));
    assert!(checked.texts("#check-in-result")[0].contains("Li Wei Zhang"));
    assert_eq!(checked.texts("#live-counts dd")[0], "1");
    let again = check_in(&forum.secretariat, forum.cycle, &code).await;
    assert!(again.texts("#check-in-result")[0].contains("Already checked in today"));
    assert_eq!(again.texts("#live-counts dd")[0], "1", "one person, one check-in a day");
    // Forged: the registration changed, or the signature.
    let parts: Vec<&str> = code.split('-').collect();
    let other_person = format!("{}-{}-{}-{}-{}", parts[0], parts[1], id + 1, parts[3], parts[4]);
    let last = parts[4].chars().last().unwrap();
    let altered = format!("{}{}", &code[..code.len() - 1], if last == 'A' { 'B' } else { 'A' });
    for forged in [other_person, altered] {
        let reply = check_in(&forum.secretariat, forum.cycle, &forged).await;
        assert_eq!(reply.status, 422);
        assert!(reply.texts("#check-in-result")[0].contains("not issued by this forum"), "{forged}: {:?}", reply.texts("#check-in-result"));
    }
    let typo = check_in(&forum.secretariat, forum.cycle, "https://example.org/not-a-badge").await;
    assert!(typo.texts("#check-in-result")[0].contains("not a badge code"));
    // Another cycle's desk refuses this cycle's badge.
    let next = cycle_meeting(&forum.secretariat, "IGF 2027", &day(0), &day(1)).await;
    let elsewhere = check_in(&forum.secretariat, next, &code).await;
    assert!(elsewhere.texts("#check-in-result")[0].contains("another year's meeting"), "{:?}", elsewhere.texts("#check-in-result"));
    // Expired: a badge of a meeting that ended yesterday.
    let past = cycle_meeting(&forum.secretariat, "IGF 2025", &day(0), &day(1)).await;
    assert_eq!(register(&li, past, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    let past_id = registration_id(&li, past).await;
    assert_eq!(decide(&forum.secretariat, past_id, "approved", "").await.status, 303);
    assert_eq!(change_settings(&forum.secretariat, past, &[("meeting_start", &day(-3)), ("meeting_end", &day(-1))]).await.status, 303);
    let expired_code = badge_code(&li, past_id).await;
    let expired = check_in(&forum.secretariat, past, &expired_code).await;
    assert!(expired.texts("#check-in-result")[0].contains("expired"), "{:?}", expired.texts("#check-in-result"));
    // A badge whose registration was refused since is refused at the desk.
    assert_eq!(decide(&forum.secretariat, id, "refused", "Badge reported lost; a new one was issued.").await.status, 303);
    let withdrawn = check_in(&forum.secretariat, forum.cycle, &code).await;
    assert!(withdrawn.texts("#check-in-result")[0].contains("no longer approved"));
}

#[tokio::test]
async fn certificates_come_only_from_attendance_and_verify_publicly() {
    let forum = forum().await;
    let olena = registered_participant(&forum.server, "Olena Shevchenko", "olena@example.org").await;
    assert_eq!(register(&olena, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    let id = registration_id(&olena, forum.cycle).await;
    assert_eq!(decide(&forum.secretariat, id, "approved", "").await.status, 303);
    let certificate = format!("/meeting/registrations/{id}/certificate");
    let early = olena.submit(&certificate, &certificate, &[]).await;
    assert_eq!(early.status, 422);
    assert!(early.body.contains("only after you have been checked in"));
    let code = badge_code(&olena, id).await;
    assert_eq!(check_in(&forum.secretariat, forum.cycle, &code).await.status, 200);
    // The cycle's statistics count the accredited and the checked in.
    let statistics = forum.server.client().get(&format!("/api/cycles/{}/statistics", forum.cycle)).await.json();
    let count = |category: &str| {
        statistics["meeting-attendance"].as_array().unwrap().iter().find(|c| c["category"] == category).map(|c| c["count"].clone())
    };
    assert_eq!((count("approved-onsite"), count("approved-online"), count("checked-in")), (Some(1.into()), Some(0.into()), Some(1.into())));
    assert!(forum.server.client().get(&format!("/cycles/{}/statistics", forum.cycle)).await.body.contains("Checked in at the desks"));
    assert_eq!(olena.submit(&certificate, &certificate, &[]).await.status, 303);
    let page = olena.get(&certificate).await;
    assert!(page.body.contains("Olena Shevchenko") && page.body.contains(&day(0)), "the day attended");
    let verification = page.texts("#verification-code")[0].clone();
    // Issuing again gives the same certificate.
    olena.submit(&certificate, &certificate, &[]).await;
    assert_eq!(olena.get(&certificate).await.texts("#verification-code")[0], verification);
    // Another participant cannot see or issue it.
    let other = registered_participant(&forum.server, "Piotr Kowalski", "piotr@example.org").await;
    assert_eq!(other.get(&certificate).await.status, 404);
    let verified = forum.server.client().get(&format!("/meeting/verify?code={verification}")).await;
    assert_eq!(verified.status, 200);
    assert!(verified.texts("#verification p")[0].contains("genuine certificate of attendance"));
    assert!(verified.body.contains("Olena Shevchenko") && verified.body.contains("IGF 2026"));
    let unknown = forum.server.client().get("/meeting/verify?code=AAAA-BBBB-CCCC-DDDD").await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.texts("#verification")[0].contains("No certificate or letter has this code"));
    let blank = forum.server.client().get("/meeting/verify").await;
    assert_eq!(blank.status, 200);
    assert!(blank.texts("#verification").is_empty());
}

#[tokio::test]
async fn the_retention_job_deletes_photos_and_records_its_run() {
    let forum = forum().await;
    let rania = registered_participant(&forum.server, "Rania Haddad", "rania@example.org").await;
    assert_eq!(register(&rania, forum.cycle, ONSITE, Some(("p.png", "image/png", &portrait()))).await.status, 303);
    let id = registration_id(&rania, forum.cycle).await;
    // Not due: the meeting has not ended; nothing is deleted and the web button records nothing.
    let queue = format!("/cycles/{}/meeting/queue", forum.cycle);
    assert_eq!(forum.secretariat.submit(&queue, &format!("/cycles/{}/meeting/retention", forum.cycle), &[]).await.status, 303);
    assert_eq!(rania.get(&format!("/meeting/registrations/{id}/photo")).await.status, 200);
    let out = agora_ok(&["meeting", "retention", "--database", &forum.server.database]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no cycle's badge photos are due"));
    // Due once the meeting ended longer ago than the setting.
    assert_eq!(
        change_settings(
            &forum.secretariat,
            forum.cycle,
            &[("meeting_start", &day(-10)), ("meeting_end", &day(-8)), ("meeting_photo_retention_days", "7")]
        )
        .await
        .status,
        303
    );
    let out = agora_ok(&["meeting", "retention", "--database", &forum.server.database]);
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!("cycle {}: 1 badge photos deleted", forum.cycle)), "{out:?}");
    assert_eq!(rania.get(&format!("/meeting/registrations/{id}/photo")).await.status, 404);
    let page = forum.secretariat.get(&format!("{queue}?status=all")).await;
    assert!(page.body.contains("1 photos deleted"), "the run is recorded");
    assert!(page.body.contains("deleted 7 days after"));
}

/// The main flow in a real browser, each page audited with axe-core: a participant registers onsite with a photo,
/// the Secretariat approves her in the queue, she opens her badge, staff check her in by typing the code on a
/// phone-sized window, and her certificate verifies on the public page.
#[tokio::test]
async fn register_approve_badge_check_in_and_certificate_in_the_browser() {
    use crate::browser::{browser, click, fill, run_axe, sign_in, wait_for_path};
    use fantoccini::Locator;
    let Some(browser) = browser().await else { return };
    let axe =
        std::fs::read_to_string(std::env::var("AGORA_AXE_PATH").expect("AGORA_AXE_PATH: the path of axe.min.js")).expect("axe.min.js");
    let forum = forum().await;
    let base = forum.server.url.clone();
    let cycle = forum.cycle;
    registered_participant(&forum.server, "Aïssatou Ndiaye", "aissatou@example.org").await;
    let photo = tempfile::Builder::new().suffix(".png").tempfile().unwrap();
    std::fs::write(photo.path(), portrait()).unwrap();
    let wait = |css: &'static str| {
        let browser = browser.clone();
        async move {
            browser
                .wait()
                .at_most(std::time::Duration::from_secs(10))
                .for_element(Locator::Css(css))
                .await
                .unwrap_or_else(|_| panic!("{css}"))
        }
    };
    let mut failures = Vec::new();

    sign_in(&browser, &base, "aissatou@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}")).await.unwrap();
    click(&browser, &format!("nav.sub-nav a[href='/cycles/{cycle}/meeting']")).await;
    wait_for_path(&browser, &format!("/cycles/{cycle}/meeting")).await;
    failures.extend(run_axe(&browser, &axe, "/cycles/N/meeting (the form)").await);
    click(&browser, "input[name=attendance][value=onsite]").await;
    fill(&browser, "organization", "Association for Progressive Communications").await;
    browser.find(Locator::Id("stakeholder_group")).await.unwrap().select_by_value("civil-society").await.unwrap();
    // First without the photo: the reason under the field, the rest kept.
    click(&browser, "form[enctype='multipart/form-data'] button[type=submit]").await;
    assert!(wait("#photo-error").await.text().await.unwrap().contains("need a badge photo"));
    let kept = browser.find(Locator::Id("organization")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("Association for Progressive Communications"));
    failures.extend(run_axe(&browser, &axe, "/cycles/N/meeting (with errors)").await);
    browser.find(Locator::Id("photo")).await.unwrap().send_keys(photo.path().to_str().unwrap()).await.unwrap();
    click(&browser, "form[enctype='multipart/form-data'] button[type=submit]").await;
    let status = wait("#my-registration").await;
    assert!(status.text().await.unwrap().contains("Submitted"));
    failures.extend(run_axe(&browser, &axe, "/cycles/N/meeting (submitted)").await);

    sign_in(&browser, &base, "secretariat@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}/meeting/queue")).await.unwrap();
    let photo_loaded = browser
        .execute("const i = document.querySelector('.meeting-queue img'); return !!i && i.complete && i.naturalWidth === 300;", vec![])
        .await
        .unwrap();
    assert_eq!(photo_loaded, serde_json::json!(true), "staff see the badge photo");
    failures.extend(run_axe(&browser, &axe, "/cycles/N/meeting/queue").await);
    click(&browser, ".meeting-queue form button[type=submit]").await; // "Approved" is the first choice
    wait(".meeting-queue:empty, .meeting-queue:not(:has(li))").await;

    sign_in(&browser, &base, "aissatou@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}/meeting")).await.unwrap();
    click(&browser, "a[href$='/badge']").await;
    let code = wait("#badge-code code").await.text().await.unwrap();
    assert!(browser.find(Locator::Css(".badge-qr svg")).await.is_ok(), "the QR code");
    failures.extend(run_axe(&browser, &axe, "badge").await);
    browser.goto(&format!("{base}/cycles/{cycle}/meeting")).await.unwrap();
    click(&browser, "a[href$='/visa-letter']").await;
    wait("main form button[type=submit]").await;
    click(&browser, "main form button[type=submit]").await;
    wait("#verification-code").await;
    failures.extend(run_axe(&browser, &axe, "visa letter").await);

    sign_in(&browser, &base, "secretariat@example.org", PASSWORD).await;
    browser.set_window_size(390, 844).await.unwrap();
    browser.goto(&format!("{base}/cycles/{cycle}/meeting/check-in")).await.unwrap();
    failures.extend(run_axe(&browser, &axe, "check-in (390 px)").await);
    fill(&browser, "code", &code).await;
    click(&browser, "main form button[type=submit]").await;
    let result = wait("#check-in-result").await.text().await.unwrap();
    assert!(result.contains("Checked in.") && result.contains("Aïssatou Ndiaye"), "{result}");
    let fits = browser.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    assert_eq!(fits, serde_json::json!(true), "no sideways scrolling at 390 px");
    failures.extend(run_axe(&browser, &axe, "check-in done (390 px)").await);
    browser.set_window_size(1280, 900).await.unwrap();

    sign_in(&browser, &base, "aissatou@example.org", PASSWORD).await;
    browser.goto(&format!("{base}/cycles/{cycle}/meeting")).await.unwrap();
    click(&browser, "a[href$='/certificate']").await;
    wait("main form button[type=submit]").await;
    failures.extend(run_axe(&browser, &axe, "certificate (to issue)").await);
    click(&browser, "main form button[type=submit]").await;
    let verification = wait("#verification-code").await.text().await.unwrap();
    failures.extend(run_axe(&browser, &axe, "certificate").await);

    browser.goto(&format!("{base}/meeting/verify")).await.unwrap();
    fill(&browser, "code", &verification).await;
    click(&browser, "main form button[type=submit]").await;
    let verified = wait("#verification").await.text().await.unwrap();
    assert!(verified.contains("genuine certificate of attendance") && verified.contains("Aïssatou Ndiaye"), "{verified}");
    failures.extend(run_axe(&browser, &axe, "/meeting/verify (found)").await);
    browser.close().await.unwrap();
    assert!(failures.is_empty(), "accessibility violations:\n{}", failures.join("\n"));
}
