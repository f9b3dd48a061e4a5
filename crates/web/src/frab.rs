//! The published programme in the frab / pretalx schedule formats (c3voc schedule.xml and schedule.json), so
//! conference apps such as Giggity, ConfClerk and EventFahrplan can carry the forum's programme.

use crate::export::xml_escape;
use crate::programme::{Programme, published};
use crate::{App, AppError};
use agora_domain::programme::agenda::held_minutes;
use agora_store::programme::{Placement, Room, Session, Slot};
use agora_store::settings;
use axum::Router;
use axum::extract::{Path, State};

use axum::response::Response;
use axum::routing::get;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub fn routes() -> Router<App> {
    Router::new().route("/cycles/{id}/schedule.xml", get(xml)).route("/cycles/{id}/schedule.json", get(json_schedule))
}

/// A stable UUID-shaped identifier for anything of the forum (the same object always gets the same guid).
fn guid(base: &str, kind: &str, id: i64) -> String {
    let h = Sha256::digest(format!("{base}/{kind}/{id}").as_bytes());
    let hex: String = h.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-5{}-a{}-{}", &hex[0..8], &hex[8..12], &hex[13..16], &hex[17..20], &hex[20..32])
}

fn acronym(cycle_name: &str, id: i64) -> String {
    let a: String = cycle_name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if a.len() >= 4 { a } else { format!("agora{id}") }
}

/// The zone an export is written in: the forum's, read from the database each time one is rendered, so that
/// no export depends on which page happened to be rendered first (the zone of the HTML pages is loaded with
/// them). A cached export is dropped with every other cached page when the settings are saved.
struct ExportZone {
    name: String,
    zone: TimeZone,
}

async fn forum_zone(app: &App) -> Result<ExportZone, AppError> {
    let mut conn = app.db.acquire().await?;
    let name = settings::get(&mut conn, "forum.time_zone").await?.unwrap_or_default();
    Ok(match agora_domain::programme::instants::zone_named(&name) {
        Some(zone) => ExportZone { name: name.trim().to_string(), zone },
        None => ExportZone { name: "UTC".into(), zone: TimeZone::UTC },
    })
}

impl ExportZone {
    /// An instant as frab writes it: the conference's local date and time with its offset.
    fn date_time(&self, unix: i64) -> String {
        self.format(unix, "%Y-%m-%dT%H:%M:%S%:z")
    }

    /// The local time of day, "09:30".
    fn clock(&self, unix: i64) -> String {
        self.format(unix, "%H:%M")
    }

    fn format(&self, unix: i64, pattern: &str) -> String {
        Timestamp::from_second(unix).map(|t| t.to_zoned(self.zone.clone()).strftime(pattern).to_string()).unwrap_or_default()
    }
}

fn hh_mm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One event: a placed session with everything both formats need.
struct Event<'a> {
    session: &'a Session,
    room: &'a Room,
    slot: &'a Slot,
    slug: String,
    track: String,
}

/// The published programme grouped by day (1-based, in time order), then by room.
fn days<'a>(p: &'a Programme, placements: &[Placement], acronym: &str) -> Vec<(i64, Vec<&'a Slot>, Vec<(&'a Room, Vec<Event<'a>>)>)> {
    let mut day_numbers: Vec<i64> = p.slots.iter().map(|s| s.day).collect();
    day_numbers.dedup();
    day_numbers
        .into_iter()
        .map(|day| {
            let slots: Vec<&Slot> = p.slots.iter().filter(|s| s.day == day).collect();
            let rooms = p
                .rooms
                .iter()
                .map(|room| {
                    let events = placements
                        .iter()
                        .filter(|(_, r, t)| *r == room.id && slots.iter().any(|s| s.id == *t))
                        .filter_map(|(s, _, t)| {
                            let session = p.sessions.iter().find(|x| x.id == *s)?;
                            let slot = p.slots.iter().find(|x| x.id == *t)?;
                            let theme = p.theme_name(session.theme_id);
                            let track = if theme.is_empty() { session.session_type.clone() } else { theme };
                            Some(Event {
                                session,
                                room,
                                slot,
                                slug: format!("{acronym}-{}-{}", session.id, agora_domain::programme::frab::slugify(&session.title)),
                                track,
                            })
                        })
                        .collect();
                    (room, events)
                })
                .collect();
            (day, slots, rooms)
        })
        .collect()
}

fn bounds(slots: &[&Slot]) -> (i64, i64) {
    let start = slots.iter().map(|s| s.starts_at).min().unwrap_or(0);
    let end = slots.iter().map(|s| s.starts_at + s.minutes * 60).max().unwrap_or(start);
    (start, end)
}

/// schedule.xml, served from memory until the public record moves.
async fn xml(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    Ok(app
        .cache
        .respond(&app, format!("schedule.xml:{cycle_id}"), "application/xml; charset=utf-8", || async {
            render_xml(&app, cycle_id).await.map(String::into_bytes)
        })
        .await?)
}

async fn render_xml(app: &App, cycle_id: i64) -> Result<String, AppError> {
    let (p, placements) = published(app, cycle_id).await?;
    let zone = forum_zone(app).await?;
    let base = app.config.public_url.clone();
    let acronym = acronym(&p.cycle.name, cycle_id);
    let (start, end) = bounds(&p.slots.iter().collect::<Vec<_>>());
    let all_days = days(&p, &placements, &acronym);
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <generator name=\"agora\" version=\"{}\"/>\n  <url>{base}/cycles/{cycle_id}/schedule.xml</url>\n  <version>{}</version>\n  <conference>\n    <acronym>{acronym}</acronym>\n    <title>{}</title>\n    <start>{}</start>\n    <end>{}</end>\n    <days>{}</days>\n    <timeslot_duration>00:15</timeslot_duration>\n    <time_zone_name>{}</time_zone_name>\n    <base_url>{base}/</base_url>\n    <url>{base}/cycles/{cycle_id}/programme</url>\n  </conference>\n",
        env!("CARGO_PKG_VERSION"),
        placements.len(),
        xml_escape(&p.cycle.name),
        zone.date_time(start),
        zone.date_time(end),
        all_days.len(),
        xml_escape(&zone.name),
    );
    for (index, (_, slots, rooms)) in all_days.iter().enumerate() {
        let (day_start, day_end) = bounds(slots);
        out.push_str(&format!(
            "  <day index=\"{}\" date=\"{}\" start=\"{}\" end=\"{}\">\n",
            index + 1,
            &zone.date_time(day_start)[..10],
            zone.date_time(day_start),
            zone.date_time(day_end)
        ));
        for (room, events) in rooms {
            out.push_str(&format!("    <room name=\"{}\" guid=\"{}\">\n", xml_escape(&room.name), guid(&base, "room", room.id)));
            for e in events {
                let persons: String = p
                    .people_of(e.session.id)
                    .iter()
                    .map(|x| match x.participant_id {
                        Some(id) => format!("<person id=\"{id}\" guid=\"{}\">{}</person>", guid(&base, "person", id), xml_escape(&x.name)),
                        None => format!("<person>{}</person>", xml_escape(&x.name)),
                    })
                    .collect();
                out.push_str(&format!(
                    "      <event id=\"{}\" guid=\"{}\">\n        <date>{}</date><start>{}</start><duration>{}</duration><room>{}</room>\n        <slug>{}</slug><url>{base}/sessions/{}</url>\n        <title>{}</title><subtitle></subtitle><track>{}</track><type>{}</type><language>en</language>\n        <abstract>{}</abstract><description></description>\n        <persons>{persons}</persons><links/><attachments/>\n      </event>\n",
                    e.session.id,
                    guid(&base, "session", e.session.id),
                    zone.date_time(e.slot.starts_at),
                    zone.clock(e.slot.starts_at),
                    hh_mm(held_minutes(e.session.minutes, e.slot.minutes)),
                    xml_escape(&e.room.name),
                    e.slug,
                    e.session.id,
                    xml_escape(&e.session.title),
                    xml_escape(&e.track),
                    xml_escape(&e.session.session_type),
                    xml_escape(&e.session.description),
                ));
            }
            out.push_str("    </room>\n");
        }
        out.push_str("  </day>\n");
    }
    out.push_str("</schedule>\n");
    Ok(out)
}

/// schedule.json, served from memory until the public record moves.
async fn json_schedule(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    Ok(app
        .cache
        .respond(&app, format!("schedule.json:{cycle_id}"), "application/json", || async {
            render_json(&app, cycle_id).await.map(|v| v.to_string().into_bytes())
        })
        .await?)
}

async fn render_json(app: &App, cycle_id: i64) -> Result<Value, AppError> {
    let (p, placements) = published(app, cycle_id).await?;
    let zone = forum_zone(app).await?;
    let base = app.config.public_url.clone();
    let acronym = acronym(&p.cycle.name, cycle_id);
    let (start, end) = bounds(&p.slots.iter().collect::<Vec<_>>());
    let all_days = days(&p, &placements, &acronym);
    let days_json: Vec<Value> = all_days
        .iter()
        .enumerate()
        .map(|(index, (_, slots, rooms))| {
            let (day_start, day_end) = bounds(slots);
            let rooms: serde_json::Map<String, Value> = rooms
                .iter()
                .map(|(room, events)| {
                    let events: Vec<Value> = events
                        .iter()
                        .map(|e| {
                                        let persons: Vec<Value> = p
                                .people_of(e.session.id)
                                .iter()
                                .map(|x| match x.participant_id {
                                    Some(id) => json!({ "id": id, "guid": guid(&base, "person", id), "public_name": x.name }),
                                    None => json!({ "name": x.name }),
                                })
                                .collect();
                            json!({
                                "id": e.session.id, "guid": guid(&base, "session", e.session.id), "date": zone.date_time(e.slot.starts_at),
                                "start": zone.clock(e.slot.starts_at), "duration": hh_mm(held_minutes(e.session.minutes, e.slot.minutes)),
                                "room": e.room.name, "slug": e.slug, "url": format!("{base}/sessions/{}", e.session.id),
                                "title": e.session.title, "subtitle": null, "track": e.track, "type": e.session.session_type, "language": "en",
                                "abstract": e.session.description, "description": null, "persons": persons, "links": [],
                            })
                        })
                        .collect();
                    (room.name.clone(), Value::Array(events))
                })
                .collect();
            json!({ "index": index + 1, "date": &zone.date_time(day_start)[..10], "day_start": zone.date_time(day_start), "day_end": zone.date_time(day_end), "rooms": rooms })
        })
        .collect();
    let body = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": { "name": "agora", "version": env!("CARGO_PKG_VERSION") },
        "schedule": {
            "url": format!("{base}/cycles/{cycle_id}/schedule.json"),
            "version": placements.len().to_string(),
            "base_url": format!("{base}/"),
            "conference": {
                "acronym": acronym, "title": p.cycle.name, "start": zone.date_time(start), "end": zone.date_time(end), "daysCount": all_days.len(),
                "timeslot_duration": "00:15", "time_zone_name": zone.name, "url": format!("{base}/cycles/{cycle_id}/programme"),
                "rooms": p.rooms.iter().map(|r| json!({ "name": r.name, "guid": guid(&base, "room", r.id) })).collect::<Vec<_>>(),
                "days": days_json,
            }
        }
    });
    Ok(body)
}
