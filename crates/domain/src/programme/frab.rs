//! Reading a frab / pretalx schedule.xml, leniently: real files often break the XSD (FOSDEM's does), so only
//! what a programme needs is required — days with dates, rooms, events with a start, a duration and a title —
//! and anything else is ignored. A file that is not a schedule at all is refused with the line that shows it.
//! Each event is placed at the instant its own `<date>` names, or its local `<start>` in the file's zone (see
//! [`super::instants`]).

use super::instants::{Clock, start_instant};
use quick_xml::Reader;
use quick_xml::events::Event as Xml;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedEvent {
    pub id: String,
    /// The event's `guid` attribute (a UUID), or empty.
    pub guid: String,
    pub title: String,
    pub subtitle: String,
    pub slug: String,
    /// The language the event is held in, as written (`de`, `en`…), or empty.
    pub language: String,
    pub room: String,
    /// YYYY-MM-DD of the `<day>` the event is listed in (after midnight, the day before its own date).
    pub day: String,
    /// The event's own `<date>` as written (an ISO 8601 date-time, usually with its offset), or empty.
    pub date: String,
    /// HH:MM, local to the conference.
    pub start: String,
    /// When the event starts, in Unix seconds (UTC).
    pub starts_at: i64,
    pub minutes: u32,
    pub event_type: String,
    pub track: String,
    pub abstract_text: String,
    pub description: String,
    /// The event's `<links>`: where each points and what it is called.
    pub links: Vec<ImportedLink>,
    /// The event's `<attachments>` (slides, papers), each with its `type`.
    pub attachments: Vec<ImportedLink>,
    pub persons: Vec<ImportedPerson>,
}

/// A session's description made of an event's abstract and description: the abstract, then the description
/// when it says more. An export gives the two back apart only while the session's description is still this.
pub fn joined(abstract_text: &str, description: &str) -> String {
    let mut kept: Vec<&str> = [abstract_text.trim(), description.trim()].into_iter().filter(|p| !p.is_empty()).collect();
    kept.dedup();
    kept.join("\n\n")
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedLink {
    pub href: String,
    pub title: String,
    /// An attachment's kind ("slides"), or empty.
    pub kind: String,
}

/// A speaker as the file names them, with the identifiers of the system the file came from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedPerson {
    pub name: String,
    pub id: String,
    pub guid: String,
}

impl ImportedEvent {
    /// What a session's description keeps of the event: its abstract, then its description when it says more.
    pub fn text(&self) -> String {
        joined(&self.abstract_text, &self.description)
    }

    /// The event's links and attachments as a session's materials: a Markdown list, each address in angle
    /// brackets so that parentheses and spaces in it stay part of it.
    pub fn materials(&self) -> String {
        let item = |link: &ImportedLink| {
            let title = if link.title.trim().is_empty() { link.href.trim() } else { link.title.trim() };
            let title = title.replace('\\', "\\\\").replace('[', "\\[").replace(']', "\\]");
            format!("- [{title}](<{}>)", link.href.trim().replace(['<', '>'], ""))
        };
        self.links.iter().chain(&self.attachments).filter(|l| !l.href.trim().is_empty()).map(item).collect::<Vec<_>>().join("\n")
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportedSchedule {
    pub title: String,
    /// The conference's IANA time zone as the file names it, or empty.
    pub time_zone_name: String,
    /// frab's `<day_change>`: the clock time at which one conference day ends and the next begins.
    pub day_change: String,
    pub rooms: Vec<String>,
    pub events: Vec<ImportedEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn line_of(text: &str, offset: u64) -> usize {
    text.as_bytes()[..(offset as usize).min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

/// "01:30" or "01:30:00" as minutes.
fn minutes(duration: &str) -> Option<u32> {
    let mut parts = duration.trim().split(':');
    let (h, m) = (parts.next()?.parse::<u32>().ok()?, parts.next()?.parse::<u32>().ok()?);
    Some(h * 60 + m)
}

/// A session's slug as frab files carry it: lowercase letters, digits and hyphens, at most eight words of the title.
pub fn slugify(text: &str) -> String {
    let words: Vec<String> =
        text.to_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).take(8).map(String::from).collect();
    if words.is_empty() { "session".into() } else { words.join("-") }
}

/// Whether a `<room>` at this place names a room of the venue: in a day (frab) or in the conference's list of
/// rooms (c3voc), with events or without.
fn lists_rooms(path: &[String]) -> bool {
    path.last().is_some_and(|p| p == "day" || p == "rooms")
}

fn add_room(rooms: &mut Vec<String>, name: Option<String>) {
    let name = name.unwrap_or_default();
    if !name.is_empty() && !rooms.contains(&name) {
        rooms.push(name);
    }
}

/// A schedule whose local times, when the file names no zone, are in UTC.
pub fn parse(text: &str) -> Result<ImportedSchedule, ImportError> {
    parse_in(text, "UTC")
}

/// A schedule whose local times, when the file names no zone (or one the database does not know), are read in
/// `fallback_zone` — the forum's, which the conference most likely shares.
pub fn parse_in(text: &str, fallback_zone: &str) -> Result<ImportedSchedule, ImportError> {
    let (mut schedule, lines) = read(text)?;
    let clock = Clock::new(&schedule.time_zone_name, fallback_zone, &schedule.day_change);
    for (event, line) in schedule.events.iter_mut().zip(lines) {
        event.starts_at = start_instant(&event.date, &event.day, &event.start, &clock).ok_or_else(|| ImportError {
            line,
            message: format!("event {} starts at no time that exists (date {:?}, start {:?})", event.id, event.date, event.start),
        })?;
    }
    Ok(schedule)
}

/// The schedule as written, each event with the line it starts on; nothing placed yet.
fn read(text: &str) -> Result<(ImportedSchedule, Vec<usize>), ImportError> {
    let mut lines = Vec::new();
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut schedule = ImportedSchedule::default();
    let mut path: Vec<String> = Vec::new();
    let mut day_date = String::new();
    let (mut link_href, mut link_kind) = (String::new(), String::new());
    let mut person = ImportedPerson::default();
    let mut event: Option<(ImportedEvent, usize)> = None;
    let mut text_buf = String::new();
    loop {
        let position = reader.buffer_position();
        let xml = reader
            .read_event()
            .map_err(|e| ImportError { line: line_of(text, reader.error_position()), message: format!("not well-formed XML: {e}") })?;
        match xml {
            Xml::Start(e) | Xml::Empty(e) if path.is_empty() && e.name().as_ref() != b"schedule" => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                return Err(ImportError {
                    line: line_of(text, position),
                    message: format!("expected a <schedule> root element, found <{name}>"),
                });
            }
            Xml::Start(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let attr = |key: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key)
                        .map(|a| a.unescape_value().map(|v| v.into_owned()).unwrap_or_default())
                };
                match name.as_str() {
                    "day" => day_date = attr(b"date").unwrap_or_default(),
                    "room" if lists_rooms(&path) => add_room(&mut schedule.rooms, attr(b"name")),
                    "event" => {
                        let (id, guid) = (attr(b"id").unwrap_or_default(), attr(b"guid").unwrap_or_default());
                        event = Some((ImportedEvent { id, guid, day: day_date.clone(), ..Default::default() }, line_of(text, position)));
                    }
                    "link" | "attachment" => {
                        link_href = attr(b"href").unwrap_or_default();
                        link_kind = attr(b"type").unwrap_or_default();
                    }
                    "person" => {
                        person = ImportedPerson {
                            id: attr(b"id").unwrap_or_default(),
                            guid: attr(b"guid").unwrap_or_default(),
                            ..Default::default()
                        }
                    }
                    _ => {}
                }
                path.push(name);
                text_buf.clear();
            }
            Xml::Empty(e) if e.name().as_ref() == b"room" && lists_rooms(&path) => {
                let name = e.attributes().flatten().find(|a| a.key.as_ref() == b"name");
                add_room(&mut schedule.rooms, name.and_then(|a| a.unescape_value().ok().map(|v| v.into_owned())));
            }
            Xml::Text(t) => text_buf.push_str(&t.decode().map(|c| c.into_owned()).unwrap_or_default()),
            Xml::GeneralRef(r) => {
                let entity = String::from_utf8_lossy(&r).into_owned();
                text_buf.push_str(match entity.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                });
            }
            Xml::CData(t) => text_buf.push_str(&String::from_utf8_lossy(&t)),
            Xml::End(_) => {
                let name = path.pop().unwrap_or_default();
                let value = std::mem::take(&mut text_buf).trim().to_string();
                let parent = path.last().map(String::as_str).unwrap_or("");
                match (parent, name.as_str()) {
                    ("conference", "title") => schedule.title = value,
                    ("conference", "time_zone_name") => schedule.time_zone_name = value,
                    ("conference", "day_change") => schedule.day_change = value,
                    ("event", field) => {
                        if let Some((e, _)) = event.as_mut() {
                            match field {
                                "title" => e.title = value,
                                "subtitle" => e.subtitle = value,
                                "slug" => e.slug = value,
                                "language" => e.language = value,
                                "room" => e.room = value,
                                "start" => e.start = value,
                                "duration" => e.minutes = minutes(&value).unwrap_or(0),
                                "type" => e.event_type = value,
                                "track" => e.track = value,
                                "abstract" => e.abstract_text = value,
                                "description" => e.description = value,
                                "date" => e.date = value,
                                _ => {}
                            }
                        }
                    }
                    ("links", "link") | ("attachments", "attachment") => {
                        if let Some((e, _)) = event.as_mut() {
                            let link =
                                ImportedLink { href: std::mem::take(&mut link_href), title: value, kind: std::mem::take(&mut link_kind) };
                            if name == "link" { e.links.push(link) } else { e.attachments.push(link) }
                        }
                    }
                    ("persons", "person") => {
                        if let Some((e, _)) = event.as_mut() {
                            e.persons.push(ImportedPerson { name: value, ..std::mem::take(&mut person) });
                        }
                    }
                    (_, "event") => {
                        let (e, line) = event.take().unwrap_or_default();
                        let dated = e.date.len() >= 10 || (e.day.len() == 10 && e.start.len() >= 4);
                        if e.title.is_empty() || e.minutes == 0 || !dated {
                            return Err(ImportError {
                                line,
                                message: format!("event {} needs a title, a date, a start and a duration", e.id),
                            });
                        }
                        schedule.events.push(e);
                        lines.push(line);
                    }
                    _ => {}
                }
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    if schedule.events.is_empty() && schedule.rooms.is_empty() && schedule.title.is_empty() {
        return Err(ImportError { line: 1, message: "not a schedule: no <schedule> element with a conference, rooms or events".into() });
    }
    Ok((schedule, lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"<?xml version="1.0"?>
<schedule><conference><title>Tiny &amp; Co</title></conference>
<day index="1" date="2026-06-15"><room name="Main">
<event id="7"><start>09:30</start><duration>00:45</duration><room>Main</room><title>Hello &amp; welcome</title><type>talk</type>
<persons><person id="1">Ada</person><person id="2">Bo</person></persons></event>
</room></day></schedule>"#;

    #[test]
    fn reads_what_a_programme_needs() {
        let s = parse(SMALL).unwrap();
        assert_eq!(s.title, "Tiny & Co");
        assert_eq!(s.rooms, ["Main"]);
        let e = &s.events[0];
        assert_eq!((e.title.as_str(), e.day.as_str(), e.start.as_str(), e.minutes), ("Hello & welcome", "2026-06-15", "09:30", 45));
        let names: Vec<&str> = e.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ada", "Bo"]);
        assert_eq!((e.persons[1].id.as_str(), e.persons[1].guid.as_str()), ("2", ""));
        assert_eq!(e.starts_at, 1_781_515_800, "no zone in the file: UTC, 2026-06-15T09:30Z");
    }

    /// A conference in Brussels with an event on each side of midnight, one written with its offset and one
    /// only with its own date.
    const LATE: &str = r#"<schedule><conference><title>Late</title><time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2026-02-01"><room name="Bar">
<event id="1"><date>2026-02-01T23:00:00+01:00</date><start>23:00</start><duration>01:00</duration><room>Bar</room><title>Before</title></event>
<event id="2"><date>2026-02-02T01:30:00+01:00</date><start>01:30</start><duration>00:30</duration><room>Bar</room><title>After</title></event>
<event id="3"><date>2026-02-02</date><start>02:00</start><duration>00:30</duration><room>Bar</room><title>Later</title></event>
<event id="4"><start>22:00</start><duration>00:30</duration><room>Bar</room><title>Local</title></event>
</room></day></schedule>"#;

    #[test]
    fn events_are_placed_by_their_own_date_in_the_files_zone() {
        let s = parse_in(LATE, "Africa/Nairobi").unwrap();
        assert_eq!(s.time_zone_name, "Europe/Brussels");
        let starts: Vec<i64> = s.events.iter().map(|e| e.starts_at).collect();
        // 22:00Z on the 1st, then 00:30Z and 01:00Z on the 2nd, then 21:00Z on the 1st.
        assert_eq!(starts, [1_769_983_200, 1_769_992_200, 1_769_994_000, 1_769_979_600]);
        assert!(s.events.iter().all(|e| e.day == "2026-02-01"), "every event stays in the day it is listed in");
    }

    #[test]
    fn abstract_description_and_links_are_kept_as_text_and_materials() {
        let xml = r#"<schedule><day date="2020-02-01"><room name="K"><event id="5"><start>10:00</start><duration>00:30</duration>
<title>T</title><abstract>Short.</abstract><description>Longer.</description><links>
<link href="https://example.org/a_(b).webm">Video [WebM]</link><link href="https://example.org/f">Feedback</link></links>
</event></room></day></schedule>"#;
        let e = &parse(xml).unwrap().events[0];
        assert_eq!(e.text(), "Short.\n\nLonger.");
        assert_eq!(e.materials(), "- [Video \\[WebM\\]](<https://example.org/a_(b).webm>)\n- [Feedback](<https://example.org/f>)");
        let html = crate::markdown::render(&e.materials());
        assert!(html.contains("href=\"https://example.org/a_(b).webm\"") && html.contains(">Video [WebM]</a>"), "{html}");
    }

    #[test]
    fn every_field_of_an_event_is_read() {
        let xml = r#"<schedule><conference><title>C</title><rooms><room name="Empty"/></rooms></conference>
<day date="2020-02-01"><room name="K"><event id="5" guid="1b4b9bd6-d3a5-5d55-a1e3-1e21b6dbe4a0"><start>10:00</start>
<duration>00:30</duration><title>T</title><subtitle>Sub</subtitle><slug>conf-t</slug><language>de</language>
<type>keynote</type><persons><person id="12" guid="0d7a66a4-7e6b-5bd1-9b4e-6c1d93d7a3b1">Ada</person></persons>
<attachments><attachment type="slides" href="https://example.org/s.pdf">Slides</attachment></attachments>
</event></room><room name="Idle"/></day></schedule>"#;
        let s = parse(xml).unwrap();
        assert_eq!(s.rooms, ["Empty", "K", "Idle"], "rooms without events are rooms too");
        let e = &s.events[0];
        assert_eq!(
            (e.guid.as_str(), e.subtitle.as_str(), e.slug.as_str(), e.language.as_str(), e.event_type.as_str()),
            ("1b4b9bd6-d3a5-5d55-a1e3-1e21b6dbe4a0", "Sub", "conf-t", "de", "keynote")
        );
        let ada = ImportedPerson { name: "Ada".into(), id: "12".into(), guid: "0d7a66a4-7e6b-5bd1-9b4e-6c1d93d7a3b1".into() };
        assert_eq!(e.persons, [ada]);
        let slides = ImportedLink { href: "https://example.org/s.pdf".into(), title: "Slides".into(), kind: "slides".into() };
        assert_eq!(e.attachments, [slides]);
        assert!(e.links.is_empty());
        assert_eq!(e.materials(), "- [Slides](<https://example.org/s.pdf>)");
    }

    #[test]
    fn a_file_without_a_zone_is_read_in_the_fallback_zone() {
        let s = parse_in(SMALL, "Africa/Nairobi").unwrap();
        assert_eq!(s.events[0].starts_at, 1_781_515_800 - 3 * 3600);
    }

    #[test]
    fn what_is_not_a_schedule_is_refused_with_its_line() {
        let html = "<!doctype html>\n<html><body>nope</body></html>";
        let error = parse(html).unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("<html>"), "{error}");
        let broken = "<schedule>\n<day date=\"2026-01-01\">\n<room name=\"A\">\n</day>";
        assert_eq!(parse(broken).unwrap_err().line, 4);
        let incomplete =
            "<schedule>\n<day date=\"2026-01-01\"><room name=\"A\">\n<event id=\"3\"><title>T</title></event></room></day></schedule>";
        let error = parse(incomplete).unwrap_err();
        assert_eq!(error.line, 3);
        assert!(error.message.contains("event 3"));
    }
}
