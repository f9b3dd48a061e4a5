//! The published programme in the frab / pretalx schedule formats (c3voc schedule.xml and schedule.json), so
//! conference apps such as Giggity, ConfClerk and EventFahrplan can carry the forum's programme.

use crate::export::xml_escape;
use crate::programme::{Programme, published};
use crate::{App, AppError};
use agora_domain::programme::agenda::held_minutes;
use agora_store::programme::{Placement, Room, Session, SessionLink, Slot};
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

/// One event as both formats write it, resolved once: what an imported file said where the session kept it,
/// the forum's own values otherwise.
struct Event<'a> {
    session: &'a Session,
    slot: &'a Slot,
    room: &'a Room,
    guid: String,
    /// The slug the JSON schema accepts (the file's own, kept as it was), and the one schedule.xml's XSD
    /// accepts (`<acronym>-…`, unique in the file): the same unless the file's slug lacks that shape.
    slug: String,
    xml_slug: String,
    track: String,
    event_type: String,
    /// The abstract and the description as the file split them; for a session made here (or whose description
    /// was edited since), its description is the abstract.
    abstract_text: String,
    description: String,
    persons: Vec<Person>,
    links: Vec<&'a SessionLink>,
}

struct Person {
    id: Option<i64>,
    guid: Option<String>,
    name: String,
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The c3voc XSD's slug: `[a-z0-9_]{4,}-[a-z0-9\-_]{4,}`.
fn is_voc_slug(slug: &str) -> bool {
    let word = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    slug.split_once('-').is_some_and(|(head, tail)| {
        head.len() >= 4 && head.chars().all(word) && tail.len() >= 4 && tail.chars().all(|c| word(c) || c == '-')
    })
}

/// The c3voc JSON schema's slug: `^[a-z0-9_-]+[a-z0-9]$`.
fn is_json_slug(slug: &str) -> bool {
    slug.len() >= 2
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && slug.ends_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
}

impl<'a> Event<'a> {
    fn new(p: &'a Programme, session: &'a Session, slot: &'a Slot, room: &'a Room, acronym: &str, base: &str) -> Event<'a> {
        let theme = p.theme_name(session.theme_id);
        let made_here = format!("{acronym}-{}-{}", session.id, agora_domain::programme::frab::slugify(&session.title));
        let kept = session.slug.trim();
        let slug = if is_json_slug(kept) { kept.to_string() } else { made_here.clone() };
        let xml_slug = match kept {
            k if is_voc_slug(k) => k.to_string(),
            k if is_voc_slug(&format!("{acronym}-{k}")) => format!("{acronym}-{k}"),
            _ => made_here,
        };
        let as_imported = agora_domain::programme::frab::joined(&session.frab_abstract, &session.frab_description);
        let (abstract_text, description) = if as_imported.is_empty() || as_imported != session.description {
            (session.description.clone(), String::new())
        } else {
            (session.frab_abstract.clone(), session.frab_description.clone())
        };
        let persons = p
            .people_of(session.id)
            .iter()
            .map(|x| {
                let id = x.external_id.trim().parse::<i64>().ok().or(x.participant_id);
                let guid = if is_uuid(&x.guid) { Some(x.guid.clone()) } else { x.participant_id.map(|id| guid(base, "person", id)) };
                Person { id, guid, name: x.name.clone() }
            })
            .collect();
        Event {
            session,
            slot,
            room,
            guid: if is_uuid(&session.guid) { session.guid.clone() } else { guid(base, "session", session.id) },
            slug,
            xml_slug,
            track: if theme.is_empty() { session.session_type.clone() } else { theme },
            event_type: if session.event_type.is_empty() { session.session_type.clone() } else { session.event_type.clone() },
            abstract_text,
            description,
            persons,
            links: p.links_of(session.id),
        }
    }
}

/// The published programme grouped by day (1-based, in time order), then by room. Slugs the XSD wants unique
/// fall back to the forum's own when a file's repeat.
fn days<'a>(
    p: &'a Programme,
    placements: &[Placement],
    acronym: &str,
    base: &str,
) -> Vec<(i64, Vec<&'a Slot>, Vec<(&'a Room, Vec<Event<'a>>)>)> {
    let mut day_numbers: Vec<i64> = p.slots.iter().map(|s| s.day).collect();
    day_numbers.dedup();
    let mut slugs = std::collections::HashSet::new();
    let mut event = |session: &'a Session, slot: &'a Slot, room: &'a Room| {
        let mut e = Event::new(p, session, slot, room, acronym, base);
        if !slugs.insert(e.xml_slug.clone()) {
            e.xml_slug = format!("{acronym}-{}-{}", session.id, agora_domain::programme::frab::slugify(&session.title));
        }
        e
    };
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
                            Some(event(session, slot, room))
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
    let all_days = days(&p, &placements, &acronym, &base);
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
                out.push_str(&xml_event(e, &zone, &base));
            }
            out.push_str("    </room>\n");
        }
        out.push_str("  </day>\n");
    }
    out.push_str("</schedule>\n");
    Ok(out)
}

/// One `<event>` of schedule.xml, elements in the order the c3voc XSD lists them.
fn xml_event(e: &Event, zone: &ExportZone, base: &str) -> String {
    let persons: String = e
        .persons
        .iter()
        .map(|x| {
            let id = x.id.map(|id| format!(" id=\"{id}\"")).unwrap_or_default();
            let guid = x.guid.as_ref().map(|g| format!(" guid=\"{g}\"")).unwrap_or_default();
            format!("<person{id}{guid}>{}</person>", xml_escape(&x.name))
        })
        .collect();
    let links = |kind: &str| -> String {
        e.links
            .iter()
            .filter(|l| l.kind == kind)
            .map(|l| {
                let kind_attr = if l.link_type.is_empty() { String::new() } else { format!(" type=\"{}\"", xml_escape(&l.link_type)) };
                format!("<{kind}{kind_attr} href=\"{}\">{}</{kind}>", xml_escape(&l.href), xml_escape(&l.title))
            })
            .collect()
    };
    let s = e.session;
    let optional =
        |name: &str, value: &str| if value.is_empty() { String::new() } else { format!("<{name}>{}</{name}>", xml_escape(value)) };
    format!(
        "      <event id=\"{}\" guid=\"{}\">\n        <date>{}</date><start>{}</start><duration>{}</duration><room>{}</room>\n        <slug>{}</slug><url>{base}/sessions/{}</url>\n        <title>{}</title>{}<track>{}</track><type>{}</type>{}\n        <abstract>{}</abstract><description>{}</description>\n        <persons>{persons}</persons><links>{}</links><attachments>{}</attachments>\n      </event>\n",
        s.id,
        e.guid,
        zone.date_time(e.slot.starts_at),
        zone.clock(e.slot.starts_at),
        hh_mm(held_minutes(s.minutes, e.slot.minutes)),
        xml_escape(&e.room.name),
        e.xml_slug,
        s.id,
        xml_escape(&s.title),
        optional("subtitle", &s.subtitle),
        xml_escape(&e.track),
        xml_escape(&e.event_type),
        optional("language", &s.language),
        xml_escape(&e.abstract_text),
        xml_escape(&e.description),
        links("link"),
        links("attachment"),
    )
}

/// One event of schedule.json. A person with an id is a frab person (`public_name`), one without a pretalx
/// person (`name`): the schema takes exactly one of the two shapes.
fn json_event(e: &Event, zone: &ExportZone, base: &str) -> Value {
    let persons: Vec<Value> = e
        .persons
        .iter()
        .map(|x| match x.id {
            Some(id) => {
                let mut person = json!({ "id": id, "public_name": x.name });
                if let Some(guid) = &x.guid {
                    person["guid"] = json!(guid);
                }
                person
            }
            None => json!({ "name": x.name }),
        })
        .collect();
    // The schema names the kinds a reference may have; any other kind is left out, the reference kept.
    const KINDS: [&str; 8] = ["slides", "paper", "web", "blog", "article", "media", "related", "activitypub"];
    let references = |kind: &str| -> Vec<Value> {
        e.links
            .iter()
            .filter(|l| l.kind == kind)
            .map(|l| {
                let mut reference = json!({ "url": l.href, "title": l.title });
                if KINDS.contains(&l.link_type.as_str()) {
                    reference["type"] = json!(l.link_type);
                }
                reference
            })
            .collect()
    };
    let s = e.session;
    let or_null = |text: &str| if text.is_empty() { Value::Null } else { json!(text) };
    json!({
        "id": s.id, "guid": e.guid, "date": zone.date_time(e.slot.starts_at), "start": zone.clock(e.slot.starts_at),
        "duration": hh_mm(held_minutes(s.minutes, e.slot.minutes)), "room": e.room.name, "slug": e.slug,
        "url": format!("{base}/sessions/{}", s.id), "title": s.title, "subtitle": or_null(&s.subtitle), "track": e.track,
        "type": e.event_type, "language": or_null(&s.language), "abstract": e.abstract_text, "description": or_null(&e.description),
        "persons": persons, "links": references("link"), "attachments": references("attachment"),
    })
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
    let all_days = days(&p, &placements, &acronym, &base);
    let days_json: Vec<Value> = all_days
        .iter()
        .enumerate()
        .map(|(index, (_, slots, rooms))| {
            let (day_start, day_end) = bounds(slots);
            let rooms: serde_json::Map<String, Value> = rooms
                .iter()
                .map(|(room, events)| {
                    let events: Vec<Value> = events.iter().map(|e| json_event(e, &zone, &base)).collect();
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
