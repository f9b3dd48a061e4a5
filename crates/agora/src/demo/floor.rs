//! The demo's hybrid floor for last year's meeting (2025): remote hubs in four regions (Nairobi, Tunis, Dhaka,
//! Bogotá) following sessions of the published programme; live pages whose queues mix the room, people online
//! and hubs, some speakers called and done; captions links; and attendance from the live pages (online, at hubs
//! and in the room for people checked in that day), verified, so the session counts and the cycle statistics
//! show it and online participants' certificates can be issued.

use super::Random;
use agora_domain::meeting::Status;
use agora_store::floor::{self as store, NewHub};
use agora_store::meetings::{self as queue, Floor};
use agora_store::{Conn, Db, cycles};

/// The hubs: city, country, host, coordinator, technical lead, expected attendance — in their own languages.
const HUBS: &[(&str, &str, &str, &str, &str, i64)] = &[
    ("Nairobi", "KE", "Kenya ICT Action Network (KICTANet)", "Grace Mutung'u", "Brian Otieno", 80),
    ("Tunis", "TN", "الجمعية التونسية للإنترنت", "ليلى بن سالم", "Karim Trabelsi", 45),
    ("Dhaka", "BD", "Bangladesh Internet Governance Forum", "Farhana Akter", "Mohammad Rahman", 60),
    ("Bogotá", "CO", "Universidad de los Andes", "Catalina Restrepo", "Andrés Gómez", 35),
];

async fn cycle_named(conn: &mut Conn, suffix: &str) -> anyhow::Result<Option<cycles::Cycle>> {
    for row in cycles::list(&mut *conn).await? {
        if row.name.ends_with(suffix) {
            return Ok(Some(cycles::get(&mut *conn, row.id).await?));
        }
    }
    Ok(None)
}

pub async fn fill(db: &Db, organizer: i64, random: &mut Random) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    let Some(cycle) = cycle_named(&mut tx, "2025").await? else { return Ok(()) };
    let Some(version) = agora_store::programme::published(&mut tx, cycle.id).await? else { return Ok(()) };
    let placements = agora_store::programme::placements(&mut tx, version.id).await?;
    let slots = agora_store::programme::slots(&mut tx, cycle.id).await?;
    let sessions = agora_store::programme::sessions(&mut tx, cycle.id).await?;
    // The first sessions of the programme in time, with their start and end.
    let mut held: Vec<(i64, i64, i64)> = placements
        .iter()
        .filter_map(|(s, _, t)| {
            let slot = slots.iter().find(|x| x.id == *t)?;
            let session = sessions.iter().find(|x| x.id == *s)?;
            let (start, end) = agora_domain::programme::agenda::held(slot.starts_at, slot.minutes, session.minutes);
            Some((*s, start, end))
        })
        .collect();
    held.sort_by_key(|(s, start, _)| (*start, *s));
    let live: Vec<(i64, i64, i64)> = held.into_iter().take(6).collect();
    let mut hubs = Vec::new();
    for (i, (city, country, host, coordinator, lead, expected)) in HUBS.iter().enumerate() {
        let followed: Vec<i64> = live.iter().enumerate().filter(|(k, _)| (k + i) % 2 == 0 || *k == 0).map(|(_, (s, _, _))| *s).collect();
        let hub = NewHub {
            cycle_id: cycle.id,
            city,
            country,
            host,
            coordinator,
            technical_lead: lead,
            expected_attendance: *expected,
            registered_by: organizer,
            sessions: &followed,
        };
        hubs.push((store::add_hub(&mut tx, &hub).await?, followed));
    }
    // The approved registrations: online people follow online, onsite people checked in that day follow from
    // the room, and some online people sit at a hub.
    let approved = agora_store::meeting::list(&mut tx, cycle.id, Some(Status::Approved.code())).await?;
    for (k, (session, start, end)) in live.iter().enumerate() {
        store::set_captions(&mut tx, *session, &format!("https://captions.demo.agora.example/igf2025/session-{session}")).await?;
        let day = jiff::Timestamp::from_second(*start).map(|t| t.strftime("%Y-%m-%d").to_string()).unwrap_or_default();
        let at_hubs: Vec<i64> = hubs.iter().filter(|(_, f)| f.contains(session)).map(|(h, _)| *h).collect();
        let mut waiting = Vec::new();
        for (i, r) in approved.iter().enumerate() {
            if (i + k) % 3 != 0 {
                continue;
            }
            let checked_in = agora_store::meeting::days_of(&mut tx, r.id).await?.contains(&day);
            let (mode, hub) = match (r.attendance.as_str(), at_hubs.get(i % 4)) {
                ("onsite", _) if checked_in => ("onsite", None),
                ("onsite", _) => continue,
                (_, Some(hub)) if i % 2 == 0 => ("hub", Some(*hub)),
                _ => ("online", None),
            };
            let joined = start + 60 * random.below(10) as i64;
            store::join(&mut tx, *session, r.participant_id, mode, hub, joined.min(end - 60), true).await?;
            waiting.push((r.participant_id, r.name.clone(), if mode == "onsite" { "onsite" } else { "online" }, hub));
        }
        // The queue: everyone who asked; the earlier sessions heard most of them, the latest is still open.
        store::set_queue_open(&mut tx, *session, true).await?;
        for (participant, name, mode, hub) in waiting.iter().take(7) {
            queue::request(&mut tx, Floor::Session(*session), *participant, name, mode, *hub).await?;
        }
        let floor = Floor::Session(*session);
        let calls = if k + 1 == live.len() { 2 } else { 5 };
        for _ in 0..calls {
            agora_app::floor::moderate(&mut tx, floor, agora_app::floor::Moderation::Next).await?;
            agora_app::floor::moderate(&mut tx, floor, agora_app::floor::Moderation::Done).await?;
        }
        if k + 1 == live.len() {
            agora_app::floor::moderate(&mut tx, floor, agora_app::floor::Moderation::Next).await?;
        } else {
            store::set_queue_open(&mut tx, *session, false).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
