//! Where a frab / c3voc event starts, as an instant (Unix seconds, UTC).
//!
//! A schedule says it several ways, and real files mix them: an event's `<date>` is an ISO 8601 date-time,
//! usually with its offset (`2026-02-01T09:00:00+01:00`), which names the instant outright; older files carry
//! only the `<day date>` and a local `<start>` clock time, to be read in the conference's `<time_zone_name>`.
//! An event after midnight stays in the `<day>` it belongs to (frab's days run from `<day_change>` to the next
//! day's), so its own `<date>` — never its `<day>`'s — says which calendar day it is on.

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};

/// How a schedule's local clock times are read: in which zone, and at what time of day its days change.
#[derive(Debug, Clone)]
pub struct Clock {
    pub zone: TimeZone,
    /// Clock times before this one belong to the next calendar day of their `<day>` (frab's `<day_change>`).
    pub day_change: Time,
}

impl Clock {
    /// The file's own zone when it names one the time zone database knows, else `fallback` (the forum's), else
    /// UTC: a file without a zone was made for the place it is imported into.
    pub fn new(file_zone: &str, fallback: &str, day_change: &str) -> Clock {
        let zone = [file_zone, fallback].iter().find_map(|name| zone_named(name)).unwrap_or(TimeZone::UTC);
        Clock { zone, day_change: clock_time(day_change).unwrap_or(Time::midnight()) }
    }
}

/// A time zone of the database by its IANA name ("Europe/Brussels"), None when empty or unknown.
pub fn zone_named(name: &str) -> Option<TimeZone> {
    let name = name.trim();
    if name.is_empty() { None } else { TimeZone::get(name).ok() }
}

/// "09:30" or "09:30:00" as a time of day; None for anything else (24:00 included).
pub fn clock_time(text: &str) -> Option<Time> {
    let mut parts = text.trim().split(':');
    let hour: i8 = parts.next()?.parse().ok()?;
    let minute: i8 = parts.next()?.parse().ok()?;
    let second: i8 = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    Time::new(hour, minute, second, 0).ok()
}

/// The instant an event starts: its own `<date>` when that names one, else its local `<start>` on the calendar
/// day it falls on (the `<date>`'s date, else its `<day>`'s, moved to the next day when before the day change).
pub fn start_instant(event_date: &str, day_date: &str, start: &str, clock: &Clock) -> Option<i64> {
    let event_date = event_date.trim();
    if let Some(instant) = exact_instant(event_date) {
        return Some(instant.as_second());
    }
    // A date-time without an offset is a local one; a bare date is not (the `<start>` gives its time).
    if let Some(local) = event_date.get(10..).filter(|rest| !rest.is_empty()).and_then(|_| event_date.parse::<DateTime>().ok()) {
        return in_zone(local, clock);
    }
    let time = clock_time(start)?;
    if let Some(date) = calendar_date(event_date) {
        return in_zone(date.to_datetime(time), clock);
    }
    let day = calendar_date(day_date)?;
    let date = if time < clock.day_change { day.checked_add(1.day()).ok()? } else { day };
    in_zone(date.to_datetime(time), clock)
}

/// An instant written with its offset (`…+01:00`, `…Z`) or its zone (`…[Europe/Berlin]`).
fn exact_instant(text: &str) -> Option<Timestamp> {
    text.parse::<Timestamp>().ok().or_else(|| text.parse::<Zoned>().ok().map(|z| z.timestamp()))
}

/// A YYYY-MM-DD date, alone or at the head of a date-time.
fn calendar_date(text: &str) -> Option<Date> {
    text.get(..10)?.parse().ok()
}

/// A local date-time in the clock's zone. In a daylight-saving gap the later reading is taken and in a fold
/// the earlier one, as calendars do ("compatible" disambiguation).
fn in_zone(local: DateTime, clock: &Clock) -> Option<i64> {
    Some(local.to_zoned(clock.zone.clone()).ok()?.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn brussels() -> Clock {
        Clock::new("Europe/Brussels", "UTC", "")
    }

    fn utc(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_second()
    }

    #[test]
    fn an_offset_names_the_instant_whatever_the_zone() {
        let instant = start_instant("2026-02-01T09:00:00+01:00", "2026-02-01", "09:00", &Clock::new("UTC", "UTC", ""));
        assert_eq!(instant, Some(utc("2026-02-01T08:00:00Z")));
        let zoned = start_instant("2026-07-01T09:00:00+02:00[Europe/Berlin]", "", "", &brussels());
        assert_eq!(zoned, Some(utc("2026-07-01T07:00:00Z")));
    }

    #[test]
    fn a_local_start_is_read_in_the_files_zone_with_daylight_saving() {
        assert_eq!(start_instant("", "2026-02-01", "09:00", &brussels()), Some(utc("2026-02-01T08:00:00Z")));
        assert_eq!(start_instant("", "2026-07-01", "09:00", &brussels()), Some(utc("2026-07-01T07:00:00Z")));
        assert_eq!(start_instant("2026-07-01T09:00:00", "", "", &brussels()), Some(utc("2026-07-01T07:00:00Z")));
    }

    #[test]
    fn a_file_without_a_zone_is_read_in_the_forums_and_an_unknown_one_too() {
        let nairobi = Clock::new("", "Africa/Nairobi", "");
        assert_eq!(start_instant("", "2026-06-15", "09:00", &nairobi), Some(utc("2026-06-15T06:00:00Z")));
        let unknown = Clock::new("Mars/Olympus_Mons", "Africa/Nairobi", "");
        assert_eq!(start_instant("", "2026-06-15", "09:00", &unknown), Some(utc("2026-06-15T06:00:00Z")));
        assert_eq!(start_instant("", "2026-06-15", "09:00", &Clock::new("", "", "")), Some(utc("2026-06-15T09:00:00Z")));
    }

    #[test]
    fn an_event_after_midnight_is_on_its_own_date_not_its_days() {
        let own_date = start_instant("2026-02-02T01:00:00+01:00", "2026-02-01", "01:00", &brussels());
        assert_eq!(own_date, Some(utc("2026-02-02T00:00:00Z")));
        let date_only = start_instant("2026-02-02", "2026-02-01", "01:00", &brussels());
        assert_eq!(date_only, Some(utc("2026-02-02T00:00:00Z")));
        // With only the day and a clock time, the day change says which side of midnight it is.
        let late = Clock::new("Europe/Brussels", "", "04:00");
        assert_eq!(start_instant("", "2026-02-01", "01:00", &late), Some(utc("2026-02-02T00:00:00Z")));
        assert_eq!(start_instant("", "2026-02-01", "23:00", &late), Some(utc("2026-02-01T22:00:00Z")));
    }

    #[test]
    fn what_is_not_a_time_places_nothing() {
        assert_eq!(start_instant("", "2026-02-01", "24:00", &brussels()), None);
        assert_eq!(start_instant("", "2026-02-30", "09:00", &brussels()), None);
        assert_eq!(start_instant("tomorrow", "", "9h", &brussels()), None);
        assert_eq!(clock_time("09:30:15"), Time::new(9, 30, 15, 0).ok());
    }

    proptest! {
        /// Whatever the zone and the date, an event written with its offset and one written as a local time in
        /// the file's zone land on the same instant — unless the local time does not exist (a spring-forward gap).
        #[test]
        fn offset_and_local_readings_agree(days in 0i64..3650, minute in 0i64..1440, zone in 0usize..5) {
            let names = ["Europe/Brussels", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"];
            let tz = TimeZone::get(names[zone]).unwrap();
            let instant = Timestamp::from_second(1_767_225_600 + days * 86_400 + minute * 60).unwrap();
            let local = instant.to_zoned(tz.clone());
            let with_offset = local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string();
            let clock = Clock::new(names[zone], "UTC", "");
            prop_assert_eq!(start_instant(&with_offset, "", "", &clock), Some(instant.as_second()));
            let day = local.strftime("%Y-%m-%d").to_string();
            let start = local.strftime("%H:%M").to_string();
            let read = start_instant(&day, "", &start, &clock).unwrap();
            let folded = tz.to_ambiguous_timestamp(local.datetime()).is_ambiguous();
            prop_assert!(read == instant.as_second() || folded, "{} read as {}", with_offset, read);
        }
    }
}
