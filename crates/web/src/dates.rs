//! Dates as the forms and pages show them (YYYY-MM-DD, UTC) and as the store keeps them (Unix seconds).

use time::macros::format_description;
use time::{Date, OffsetDateTime};

pub fn day(unix: i64) -> String {
    OffsetDateTime::from_unix_timestamp(unix).map(|t| t.date().to_string()).unwrap_or_default()
}

pub fn day_time(unix: i64) -> String {
    let format = format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    OffsetDateTime::from_unix_timestamp(unix).ok().and_then(|t| t.format(format).ok()).unwrap_or_default()
}

/// Midnight UTC of a typed date, or None when it is not a date.
pub fn parse_day(text: &str) -> Option<i64> {
    let date = Date::parse(text.trim(), format_description!("[year]-[month]-[day]")).ok()?;
    Some(date.midnight().assume_utc().unix_timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let t = parse_day("2026-06-15").unwrap();
        assert_eq!(day(t), "2026-06-15");
        assert_eq!(day_time(t + 3600 * 13 + 60 * 5), "2026-06-15 13:05 UTC");
        assert_eq!(parse_day("15/06/2026"), None);
    }
}
