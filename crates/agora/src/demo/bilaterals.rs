//! The demo's bilateral rooms and Village. Last year's meeting (2025): bookings over its days, confirmed ones, a
//! waitlist still waiting, a booking released by its holder and one released by the job for want of confirmation,
//! each time the next in line moving up (the job's run recorded); a Village of 40 booths (a 5 × 9 plan with five
//! pillars) with 44 applications in several languages, 40 selected and allocated, 4 declined. Next year's (2027):
//! applications waiting for the Secretariat, one decision staged.

use super::consultations::Person;
use agora_domain::cycles::Phase;
use agora_domain::meeting::organization_key;
use agora_store::bilaterals::{self as bookings, NewBooking};
use agora_store::village::{self as village, NewApplication};
use agora_store::{Conn, Db, cycles};

/// A Unix time's UTC date, `YYYY-MM-DD`.
fn date(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y-%m-%d").to_string()).unwrap_or_default()
}

async fn cycle_named(conn: &mut Conn, suffix: &str) -> anyhow::Result<Option<cycles::Cycle>> {
    for row in cycles::list(&mut *conn).await? {
        if row.name.ends_with(suffix) {
            return Ok(Some(cycles::get(&mut *conn, row.id).await?));
        }
    }
    Ok(None)
}

/// What happens to a booking: confirmed, left waiting, released by its holder, or expired (not confirmed in
/// time); a booking made when its slot was taken waits, and moves up when the holder's is released or expires.
#[derive(Clone, Copy, PartialEq)]
enum Then {
    Confirmed,
    Waits,
    Released,
    Expired,
}

const BOOKINGS: &[(usize, usize, i64, usize, Then)] = &[
    // (organization, day, start, room, then)
    (0, 0, 9 * 60, 0, Then::Confirmed),
    (10, 0, 9 * 60 + 30, 0, Then::Confirmed),
    (20, 0, 10 * 60, 1, Then::Confirmed),
    (22, 0, 9 * 60, 0, Then::Waits),
    (55, 0, 14 * 60, 2, Then::Confirmed),
    (9, 0, 11 * 60, 1, Then::Confirmed),
    // Day 2: released by its holder; the Swiss federal office was waiting and moved up, then confirmed.
    (21, 1, 11 * 60, 0, Then::Released),
    (9, 1, 11 * 60, 0, Then::Confirmed),
    (43, 1, 15 * 60, 2, Then::Confirmed),
    // Not confirmed in time: the job released it and Derechos Digitales moved up, then confirmed.
    (14, 1, 16 * 60, 1, Then::Expired),
    (26, 1, 16 * 60, 1, Then::Confirmed),
    (6, 2, 9 * 60, 0, Then::Confirmed),
    (46, 2, 9 * 60 + 30, 0, Then::Confirmed),
    (38, 2, 13 * 60, 1, Then::Confirmed),
    (56, 3, 10 * 60, 2, Then::Confirmed),
    (29, 3, 12 * 60, 0, Then::Confirmed),
    (3, 4, 9 * 60, 1, Then::Confirmed),
];

async fn fill_bilaterals(conn: &mut Conn, cycle: &cycles::Cycle, people: &[Person]) -> anyhow::Result<()> {
    let Some(meeting) = cycle.phase(Phase::Meeting) else { return Ok(()) };
    let days: Vec<String> = (0..(meeting.end - meeting.start) / 86_400).map(|d| date(meeting.start + d * 86_400)).collect();
    let rules = &cycle.rules.bilaterals;
    let organizations = super::ORGANIZATIONS;
    // A delegate of the organization's stakeholder group books for it.
    let delegate = |group: &str, n: usize| people.iter().filter(|p| p.1 == group).nth(n % 7).map_or(people[0].0, |p| p.0);
    let mut made = Vec::new();
    for (i, (organization, day, start, room, then)) in BOOKINGS.iter().enumerate() {
        let Some(day) = days.get(*day) else { continue };
        let (name, group, _, _) = organizations[*organization % organizations.len()];
        let at = meeting.start - 20 * 86_400 + i as i64 * 3_600;
        let slot = bookings::of_day(&mut *conn, cycle.id, day).await?;
        let room = &rules.rooms[*room % rules.rooms.len()];
        let taken = slot.iter().any(|b| b.start_minute == *start && &b.room == room && matches!(b.status.as_str(), "held" | "confirmed"));
        let status = if taken { "waiting" } else { "held" };
        let id = bookings::insert(
            &mut *conn,
            &NewBooking {
                cycle_id: cycle.id,
                participant_id: delegate(group, i),
                organization: name,
                organization_key: &organization_key(name),
                stakeholder_group: group,
                day,
                start_minute: *start,
                room,
                purpose: ["Bilateral with the host government", "Réunion avec l'UIT", "Reunión con LACNIC", "Partnership talks"][i % 4],
                status,
                confirm_by: (status == "held").then_some(at + i64::from(rules.confirm_hours) * 3_600),
                at,
            },
        )
        .await?;
        if status == "held" && *then == Then::Confirmed {
            bookings::confirm(&mut *conn, id).await?;
        }
        made.push((id, *then, day.clone(), *start, room.clone(), at));
    }
    // Then the releases: the holder's own, and the job's for want of confirmation; the next in line moves up and
    // confirms.
    let (mut released, mut moved_up) = (0i64, 0i64);
    for (id, then, day, start, room, at) in made.iter().filter(|m| matches!(m.1, Then::Released | Then::Expired)) {
        let expired = *then == Then::Expired;
        bookings::end(&mut *conn, *id, if expired { "expired" } else { "released" }, at + 86_400).await?;
        let next = made.iter().find(|m| m.2 == *day && m.3 == *start && m.4 == *room && m.0 != *id && m.1 == Then::Confirmed);
        if let Some((next, ..)) = next {
            bookings::move_up(&mut *conn, *next, at + 2 * 86_400, at + 86_400).await?;
            bookings::confirm(&mut *conn, *next).await?;
            if expired {
                released += 1;
                moved_up += 1;
            }
        }
    }
    bookings::record_run(&mut *conn, cycle.id, meeting.start - 10 * 86_400, released, moved_up).await?;
    Ok(())
}

/// What exhibitors tell visitors, in the languages they wrote in.
const DESCRIPTIONS: &[&str] = &[
    "Live demonstrations of community networks built with local materials, and a map of the villages they connect.",
    "Démonstrations de réseaux communautaires et atelier sur la protection des données personnelles des enfants.",
    "Clínicas de seguridad digital: traiga su teléfono y revisamos juntos sus ajustes de privacidad.",
    "عرض لأدوات إتاحة المحتوى الرقمي للأشخاص ذوي الإعاقة، مع جلسات تجريبية قصيرة كل ساعة.",
    "Интерактивная карта точек обмена интернет-трафиком в Африке и консультации для операторов.",
    "Open data on spectrum licences: a searchable register and a short guide for journalists.",
    "展示面向农村学校的低成本连接方案，并提供可带走的部署指南。",
    "IPv6 deployment help desk: bring your questions, leave with a plan for your network.",
    "Youth ambassadors explain the Global Digital Compact in ten minutes, then take your questions.",
    "Atelier sur la désinformation en période électorale, avec des exercices de vérification des faits.",
    "Presentamos el informe regional sobre inclusión digital de las mujeres y sus recomendaciones.",
    "A quiet room corner with captioned recordings of last year's main sessions.",
];

async fn fill_village(conn: &mut Conn, cycle: &cycles::Cycle, people: &[Person], count: usize, publish: bool) -> anyhow::Result<()> {
    let organizations = super::ORGANIZATIONS;
    let needs = ["power,screen", "power", "power,wired-internet", "furniture,storage", "power,step-free", ""];
    let mut ids = Vec::new();
    for (i, person) in people.iter().skip(if publish { 100 } else { 160 }).step_by(2).take(count).enumerate() {
        let (name, group, _, _) = organizations[(i * 7 + if publish { 0 } else { 3 }) % organizations.len()];
        let id = village::save(
            &mut *conn,
            &NewApplication {
                cycle_id: cycle.id,
                participant_id: person.0,
                organization: name,
                stakeholder_group: group,
                description: DESCRIPTIONS[i % DESCRIPTIONS.len()],
                needs: needs[i % needs.len()],
            },
        )
        .await?;
        ids.push(id);
    }
    if !publish {
        if let Some(first) = ids.first() {
            village::stage(&mut *conn, *first, Some("selected")).await?;
        }
        return Ok(());
    }
    village::set_plan(&mut *conn, cycle.id, 5, 9, "5, 14, 23, 32, 41").await?;
    // 40 booths: the last four applications are declined.
    for (i, id) in ids.iter().enumerate() {
        village::stage(&mut *conn, *id, Some(if i < 40 { "selected" } else { "declined" })).await?;
    }
    village::publish(&mut *conn, cycle.id).await?;
    let usable = (1..=45).filter(|b| ![5, 14, 23, 32, 41].contains(b));
    for (id, booth) in ids.iter().take(40).zip(usable) {
        village::set_booth(&mut *conn, *id, Some(booth)).await?;
    }
    Ok(())
}

pub async fn fill(db: &Db, people: &[Person]) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    if let Some(last_year) = cycle_named(&mut tx, "2025").await? {
        fill_bilaterals(&mut tx, &last_year, people).await?;
        fill_village(&mut tx, &last_year, people, 44, true).await?;
    }
    if let Some(next_year) = cycle_named(&mut tx, "2027").await? {
        fill_village(&mut tx, &next_year, people, 6, false).await?;
    }
    tx.commit().await?;
    Ok(())
}
