//! Dates as the forms and pages show them (YYYY-MM-DD, in the forum's time zone) and as the store keeps them
//! (Unix seconds, UTC). The forum's zone is a setting of its identity (an IANA name such as "Africa/Nairobi",
//! UTC until set); the time zone database is compiled in, so a $5 server needs no system zone files.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::sync::RwLock;

static ZONE: RwLock<Option<(String, TimeZone)>> = RwLock::new(None);

/// Sets the forum's time zone from its IANA name; an unknown name leaves it unchanged and returns false.
pub fn set_zone(name: &str) -> bool {
    let name = if name.trim().is_empty() { "UTC" } else { name.trim() };
    let Ok(zone) = TimeZone::get(name) else { return false };
    *ZONE.write().unwrap_or_else(|p| p.into_inner()) = Some((name.to_string(), zone));
    true
}

/// Whether a name is a time zone of the database.
pub fn is_zone(name: &str) -> bool {
    TimeZone::get(name.trim()).is_ok()
}

fn zone() -> TimeZone {
    ZONE.read().unwrap_or_else(|p| p.into_inner()).as_ref().map_or(TimeZone::UTC, |(_, z)| z.clone())
}

/// The forum's time zone as its IANA name ("UTC" until set), for exports such as frab's `time_zone_name`.
pub fn zone_name() -> String {
    ZONE.read().unwrap_or_else(|p| p.into_inner()).as_ref().map_or_else(|| "UTC".to_string(), |(n, _)| n.clone())
}

fn format(unix: i64, pattern: &str) -> String {
    format_in(&zone(), unix, pattern)
}

fn format_in(zone: &TimeZone, unix: i64, pattern: &str) -> String {
    Timestamp::from_second(unix).map(|t| t.to_zoned(zone.clone()).strftime(pattern).to_string()).unwrap_or_default()
}

pub fn day(unix: i64) -> String {
    format(unix, "%Y-%m-%d")
}

/// A date and time with the zone's abbreviation: "2026-06-15 13:05 UTC", "2026-06-15 16:05 EAT".
pub fn day_time(unix: i64) -> String {
    format(unix, "%Y-%m-%d %H:%M %Z")
}

/// The time of day, "13:05".
pub fn time_of_day(unix: i64) -> String {
    format(unix, "%H:%M")
}

/// The forum's offset from UTC at an instant, in minutes (east positive), as a script compares it with the reader's.
pub fn offset_minutes(unix: i64) -> i32 {
    Timestamp::from_second(unix).map(|t| zone().to_offset(t).seconds() / 60).unwrap_or(0)
}

/// An instant as ISO 8601 in UTC ("2026-06-15T06:00:00Z"), for `<time datetime>` and scripts.
pub fn iso_utc(unix: i64) -> String {
    Timestamp::from_second(unix).map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// The zone's abbreviation at an instant ("UTC", "EAT", "CEST").
pub fn zone_abbreviation(unix: i64) -> String {
    format(unix, "%Z")
}

/// Midnight of a typed date in the forum's time zone, or None when it is not a date.
pub fn parse_day(text: &str) -> Option<i64> {
    parse_day_in(&zone(), text)
}

fn parse_day_in(zone: &TimeZone, text: &str) -> Option<i64> {
    let date: Date = text.trim().parse().ok()?;
    if text.trim().len() != 10 {
        return None;
    }
    Some(date.to_zoned(zone.clone()).ok()?.timestamp().as_second())
}

/// A typed date ("2026-06-15") and time of day ("09:30") in the forum's time zone, or None when either is
/// not one.
pub fn parse_day_time(day: &str, time: &str) -> Option<i64> {
    parse_day_time_in(&zone(), day, time)
}

fn parse_day_time_in(zone: &TimeZone, day: &str, time: &str) -> Option<i64> {
    let date: Date = day.trim().parse().ok()?;
    let (hour, minute) = time.trim().split_once(':')?;
    if day.trim().len() != 10 || hour.len() != 2 || minute.len() != 2 {
        return None;
    }
    let (hour, minute): (i8, i8) = (hour.parse().ok()?, minute.parse().ok()?);
    if !(0..24).contains(&hour) || !(0..60).contains(&minute) {
        return None;
    }
    // `at` panics out of range: checked just above.
    Some(date.at(hour, minute, 0, 0).to_zoned(zone.clone()).ok()?.timestamp().as_second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_in_utc_and_in_a_zone() {
        let t = parse_day_in(&TimeZone::UTC, "2026-06-15").unwrap();
        assert_eq!(format_in(&TimeZone::UTC, t, "%Y-%m-%d"), "2026-06-15");
        assert_eq!(format_in(&TimeZone::UTC, t + 3600 * 13 + 60 * 5, "%Y-%m-%d %H:%M %Z"), "2026-06-15 13:05 UTC");
        assert_eq!(parse_day_in(&TimeZone::UTC, "15/06/2026"), None);
        assert!(!is_zone("Mars/Olympus_Mons"));
        let nairobi = TimeZone::get("Africa/Nairobi").unwrap();
        let local = parse_day_in(&nairobi, "2026-06-15").unwrap();
        assert_eq!(local, t - 3 * 3600, "midnight in Nairobi is 21:00 UTC the day before");
        assert_eq!(format_in(&nairobi, local + 9 * 3600, "%Y-%m-%d %H:%M %Z"), "2026-06-15 09:00 EAT");
        assert_eq!(parse_day_time_in(&nairobi, "2026-06-15", "09:30"), Some(local + 9 * 3600 + 30 * 60));
        assert_eq!(parse_day_time_in(&nairobi, "2026-06-15", "24:00"), None);
        assert_eq!(parse_day_time_in(&nairobi, "2026-06-15", "9h"), None);
    }
}
