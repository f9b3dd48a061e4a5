//! PyCon UK 2016 (tests/data/pyconuk-2016, MIT, see SOURCE.txt there) as an Agora programme instance: the 69 real
//! talks, the 5 venues with their capacities and suitable event types, the 3 days' talk slots, the documented
//! speaker unavailability and clash; and sub-instances small enough to solve exactly.

use agora_domain::programme::{Instance, Room, Session, Slot};
use std::collections::BTreeMap;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pyconuk-2016");

#[derive(Debug, Clone)]
pub struct Talk {
    pub title: String,
    pub minutes: u32,
    pub speaker: Option<String>,
    pub tags: Vec<String>,
}

/// A YAML scalar as the talk list writes them: plain, or in single quotes with '' for a quote.
fn scalar(text: &str) -> String {
    let text = text.trim();
    match text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')) {
        Some(inner) => inner.replace("''", "'"),
        None => text.to_string(),
    }
}

/// The talk list: a YAML sequence of mappings with title, duration, speaker and an optional flow list of tags.
pub fn talks() -> Vec<Talk> {
    let text = std::fs::read_to_string(format!("{DATA}/pyconuk-2016-talks.yml")).expect("talk list");
    let mut talks: Vec<Talk> = Vec::new();
    for line in text.lines() {
        if line.trim() == "-" {
            talks.push(Talk { title: String::new(), minutes: 0, speaker: None, tags: vec![] });
            continue;
        }
        let (key, value) = line.trim().split_once(':').expect("key: value");
        let talk = talks.last_mut().expect("a talk starts with -");
        match key {
            "title" => talk.title = scalar(value),
            "duration" => talk.minutes = value.trim().parse().expect("minutes"),
            "speaker" => talk.speaker = Some(scalar(value)).filter(|s| !s.is_empty()),
            "tags" => {
                let list = value.trim().trim_start_matches('[').trim_end_matches(']');
                talk.tags = list.split(',').map(scalar).filter(|t| !t.is_empty()).collect();
            }
            other => panic!("unexpected key {other}"),
        }
    }
    talks
}

fn inputs() -> serde_json::Value {
    let text = std::fs::read_to_string(format!("{DATA}/pyconuk-2016-inputs.derived.json")).expect("inputs");
    serde_json::from_str(&text).expect("JSON")
}

fn minute_of(hh_mm: &str) -> u32 {
    let (h, m) = hh_mm.split_once(':').expect("hh:mm");
    h.parse::<u32>().expect("hour") * 60 + m[..2].parse::<u32>().expect("minute")
}

/// The whole conference: every talk, every talk slot of the 3 days, the 5 venues.
pub fn instance() -> Instance {
    let talks = talks();
    let all: Vec<usize> = (0..talks.len()).collect();
    build(&talks, &all, &[0, 1, 2], &(0..9).collect::<Vec<_>>())
}

/// The talks `chosen` (indices into `talks()`), in the talk slots at `positions` (0–8 in the day, by start time) of
/// the days `days` (0–2).
pub fn build(talks: &[Talk], chosen: &[usize], days: &[u32], positions: &[usize]) -> Instance {
    let inputs = inputs();
    // Venues and days in name and date order, whatever order the JSON map keeps.
    let mut venues: Vec<(&String, &serde_json::Value)> = inputs["venues"].as_object().expect("venues").iter().collect();
    venues.sort_by_key(|(name, _)| *name);
    let rooms: Vec<Room> = venues
        .iter()
        .enumerate()
        .map(|(id, (_, v))| Room {
            id,
            capacity: v["capacity"].as_u64().expect("capacity") as u32,
            hybrid: false,
            interpretation: vec![],
            session_types: v["suitable_for"].as_array().expect("types").iter().map(|t| t.as_str().expect("type").to_string()).collect(),
        })
        .collect();
    let mut dates: Vec<&String> = inputs["days"].as_object().expect("days").keys().collect();
    dates.sort();
    let mut day_slots: Vec<(u32, u32)> = inputs["session_times"]["talk"]
        .as_object()
        .expect("talk times")
        .values()
        .flat_map(|part| part.as_array().expect("slots"))
        .map(|s| (minute_of(s["starts_at"].as_str().expect("start")), s["duration"].as_u64().expect("duration") as u32))
        .collect();
    day_slots.sort();
    let slots: Vec<Slot> = days
        .iter()
        .flat_map(|day| positions.iter().map(move |p| (*day, *p)))
        .enumerate()
        .map(|(id, (day, p))| Slot { id, day, start_minute: day_slots[p].0, minutes: day_slots[p].1 })
        .collect();

    // People: the speakers, and those Owen Campbell's talk must not clash with.
    let clashes: BTreeMap<String, Vec<String>> = inputs["speaker_clashes"]
        .as_object()
        .expect("clashes")
        .iter()
        .map(|(who, with)| (who.clone(), with.as_array().expect("list").iter().map(|w| w.as_str().expect("name").to_string()).collect()))
        .collect();
    let mut people: BTreeMap<String, i64> = BTreeMap::new();
    let mut person = |name: &str| {
        let next = people.len() as i64;
        *people.entry(name.to_string()).or_insert(next)
    };
    let sessions: Vec<Session> = chosen
        .iter()
        .enumerate()
        .map(|(id, t)| {
            let talk = &talks[*t];
            let mut with = Vec::new();
            if let Some(speaker) = &talk.speaker {
                with.push(person(speaker));
                with.extend(clashes.get(speaker).into_iter().flatten().map(|o| person(o)));
            }
            Session {
                id,
                session_type: "talk".into(),
                theme: talk.tags.first().cloned().unwrap_or_default(),
                minutes: talk.minutes,
                expected_audience: 0,
                people: with,
                ..Default::default()
            }
        })
        .collect();

    // Unavailability: every chosen slot that overlaps a period (minutes counted from the first day's midnight).
    let at = |stamp: &str| -> Option<u32> {
        let (date, time) = stamp.split_once('T')?;
        let day = dates.iter().position(|d| d.as_str() == date)? as u32;
        Some(day * 1440 + minute_of(time))
    };
    let mut unavailable = Vec::new();
    for (who, periods) in inputs["speaker_unavailability"].as_object().expect("unavailability") {
        let Some(id) = people.get(who) else { continue };
        for period in periods.as_array().expect("periods") {
            let from = at(period["unavailable_from"].as_str().expect("from")).expect("a conference day");
            let until = at(period["unavailable_until"].as_str().expect("until")).expect("a conference day");
            for slot in &slots {
                let start = slot.day * 1440 + slot.start_minute;
                if start < until && start + slot.minutes > from {
                    unavailable.push((*id, slot.id));
                }
            }
        }
    }
    Instance { slots, rooms, sessions, unavailable, interested: vec![] }
}

/// A sub-instance: `count` talks in the given days and slot positions. The talks that carry constraints come first
/// (tagged ones, then those of people with a clash or unavailability, in list order), then the rest in list order;
/// 45-minute talks only while the 45-minute room-slots for talks can still take them.
pub fn part(days: &[u32], positions: &[usize], count: usize) -> Instance {
    let talks = talks();
    let whole = build(&talks, &(0..talks.len()).collect::<Vec<_>>(), days, positions);
    let talk_rooms = whole.rooms.iter().filter(|r| r.session_types.iter().any(|t| t == "talk")).count();
    let long_cells = whole.slots.iter().filter(|s| s.minutes >= 45).count() * talk_rooms;
    let inputs = inputs();
    let mut named: Vec<&str> = inputs["speaker_unavailability"].as_object().expect("unavailability").keys().map(String::as_str).collect();
    for (who, with) in inputs["speaker_clashes"].as_object().expect("clashes") {
        named.push(who);
        named.extend(with.as_array().expect("list").iter().map(|w| w.as_str().expect("name")));
    }
    let constrained = |t: &Talk| {
        if !t.tags.is_empty() {
            0
        } else if t.speaker.as_deref().is_some_and(|s| named.contains(&s)) {
            1
        } else {
            2
        }
    };
    let mut order: Vec<usize> = (0..talks.len()).collect();
    order.sort_by_key(|t| constrained(&talks[*t]));
    let mut chosen = Vec::new();
    let mut long = 0;
    for t in order {
        if chosen.len() == count {
            break;
        }
        if talks[t].minutes > 30 {
            if long == long_cells {
                continue;
            }
            long += 1;
        }
        chosen.push(t);
    }
    chosen.sort_unstable();
    build(&talks, &chosen, days, positions)
}
