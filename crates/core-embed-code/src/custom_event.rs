//! The builder's custom countdown event as an editor sets it: which attributes change when an
//! event is chosen, a date or time is typed, or the time zone changes. The form holds wall-clock
//! times in the event's zone; the attributes hold RFC 3339 instants with that zone's offset
//! ([`wall_time_in_zone`]), so a new zone keeps the times the editor typed.

use crate::{wall_time_in_zone, WallTime};
use core_countdown::{DateTime, Instant};

/// Attribute changes for the setup: a name and its new value (empty removes it).
pub type Changes = Vec<(&'static str, String)>;

/// The custom event's attributes, cleared when a built-in event is chosen.
pub const CUSTOM_ATTRIBUTES: [&str; 5] = ["at", "until", "title", "time-zone", "location"];

/// The seconds east of UTC of a zone at an instant (from the browser's Intl).
pub type OffsetAt<'a> = &'a dyn Fn(Instant) -> Option<i32>;

/// What the editor picked among the builder's events.
pub enum EventChoice<'a> {
    /// A built-in milestone by id.
    BuiltIn(&'a str),
    /// A custom event, starting in the reader's zone, keeping a title already typed.
    Custom { now: Instant, reader_zone: &'a str, offset_at: OffsetAt<'a>, title: &'a str },
}

/// The start of a new custom event: 30 days from `now`, at 09:00 in the zone.
pub fn starter_event(now: Instant, offset_at: OffsetAt<'_>) -> Option<String> {
    let in_a_month = now.saturating_add(30 * 86_400_000);
    let day = DateTime::from_instant(in_a_month, offset_at(in_a_month)?).date;
    let date = format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day());
    wall_time_in_zone(&WallTime { date, time: "09:00".into() }, offset_at)
}

/// Choosing an event clears the custom attributes, then sets the choice (the default event is
/// written as no `event` at all, as the widget defaults to it).
pub fn choose_event(choice: EventChoice<'_>) -> Changes {
    let mut changes: Changes = CUSTOM_ATTRIBUTES.iter().map(|name| (*name, String::new())).collect();
    match choice {
        EventChoice::BuiltIn(id) => {
            let event = if id == core_countdown::DEFAULT_EVENT { String::new() } else { id.to_string() };
            changes.push(("event", event));
        }
        EventChoice::Custom { now, reader_zone, offset_at, title } => {
            changes.push(("event", String::new()));
            changes.push(("at", starter_event(now, offset_at).unwrap_or_default()));
            changes.push(("time-zone", reader_zone.to_string()));
            changes.push(("title", title.to_string()));
        }
    }
    changes
}

/// Which input of a start or end changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WallPart {
    Date,
    Time,
}

/// The editor typed `value` into the date or time of `at` or `until` (whose wall time is
/// `current`). `None`: no such time (the form says so and the attribute keeps its value).
/// An end without a date is no end: `until` is removed.
pub fn edit_wall_time(
    name: &'static str,
    current: Option<WallTime>,
    part: WallPart,
    value: String,
    offset_at: OffsetAt<'_>,
) -> Option<Changes> {
    let mut wall = current.unwrap_or(WallTime { date: String::new(), time: "00:00".into() });
    match part {
        WallPart::Date => wall.date = value,
        WallPart::Time => wall.time = value,
    }
    if name == "until" && wall.date.is_empty() {
        return Some(vec![("until", String::new())]);
    }
    wall_time_in_zone(&wall, offset_at).map(|at| vec![(name, at)])
}

/// A new time zone: the same wall-clock start and end, now in that zone.
pub fn change_zone(zone: &str, start: Option<&WallTime>, end: Option<&WallTime>, offset_at: OffsetAt<'_>) -> Changes {
    let mut changes = vec![("time-zone", zone.to_string())];
    if let Some(at) = start.and_then(|wall| wall_time_in_zone(wall, offset_at)) {
        changes.push(("at", at));
    }
    if let Some(until) = end.and_then(|wall| wall_time_in_zone(wall, offset_at)) {
        changes.push(("until", until));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    const HANOI: i32 = 7 * 3600;
    fn hanoi(_: Instant) -> Option<i32> {
        Some(HANOI)
    }
    fn utc(_: Instant) -> Option<i32> {
        Some(0)
    }
    fn unknown(_: Instant) -> Option<i32> {
        None
    }
    fn wall(date: &str, time: &str) -> WallTime {
        WallTime { date: date.into(), time: time.into() }
    }
    fn value<'a>(changes: &'a Changes, name: &str) -> Option<&'a str> {
        changes.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    #[test]
    fn a_new_custom_event_starts_in_a_month_at_nine_in_the_readers_zone() {
        let now = Instant::parse("2026-12-02T03:00:00Z").unwrap();
        let changes =
            choose_event(EventChoice::Custom {
                now, reader_zone: "Asia/Ho_Chi_Minh", offset_at: &hanoi, title: "Lễ"
            });
        assert_eq!(value(&changes, "at"), Some("2027-01-01T09:00:00+07:00"));
        assert_eq!(value(&changes, "time-zone"), Some("Asia/Ho_Chi_Minh"));
        assert_eq!(value(&changes, "title"), Some("Lễ"), "a typed title is kept");
        assert_eq!(value(&changes, "event"), Some(""));
        assert_eq!(value(&changes, "until"), Some(""), "custom attributes are cleared first");
        let none = choose_event(EventChoice::Custom { now, reader_zone: "X/Y", offset_at: &unknown, title: "" });
        assert_eq!(value(&none, "at"), Some(""), "an unknown offset gives no start, not a wrong one");
    }

    #[test]
    fn a_built_in_event_clears_the_custom_one_and_the_default_is_no_attribute() {
        let changes = choose_event(EventChoice::BuiltIn("entry-into-force"));
        for name in CUSTOM_ATTRIBUTES {
            assert_eq!(value(&changes, name), Some(""), "{name}");
        }
        assert_eq!(value(&changes, "event"), Some("entry-into-force"));
        assert_eq!(value(&choose_event(EventChoice::BuiltIn(core_countdown::DEFAULT_EVENT)), "event"), Some(""));
    }

    #[test]
    fn typing_a_date_or_time_rebuilds_that_instant() {
        let start = Some(wall("2026-12-31", "23:59"));
        let date = edit_wall_time("at", start.clone(), WallPart::Date, "2027-01-02".into(), &hanoi);
        assert_eq!(date, Some(vec![("at", "2027-01-02T23:59:00+07:00".to_string())]));
        let time = edit_wall_time("at", start, WallPart::Time, "06:05".into(), &hanoi);
        assert_eq!(time, Some(vec![("at", "2026-12-31T06:05:00+07:00".to_string())]));
        let fresh = edit_wall_time("until", None, WallPart::Date, "2027-01-02".into(), &utc);
        assert_eq!(fresh, Some(vec![("until", "2027-01-02T00:00:00Z".to_string())]), "a new end starts at midnight");
    }

    #[test]
    fn an_impossible_time_changes_nothing_and_an_end_without_date_is_removed() {
        let start = Some(wall("2026-12-31", "23:59"));
        assert_eq!(edit_wall_time("at", start.clone(), WallPart::Date, "2026-02-30".into(), &hanoi), None);
        assert_eq!(edit_wall_time("at", start, WallPart::Time, "25:00".into(), &hanoi), None);
        let end = Some(wall("2027-01-01", "10:00"));
        assert_eq!(
            edit_wall_time("until", end, WallPart::Date, String::new(), &hanoi),
            Some(vec![("until", String::new())])
        );
    }

    #[test]
    fn a_new_zone_keeps_the_wall_clock_times() {
        let (start, end) = (wall("2026-12-31", "18:00"), wall("2026-12-31", "20:00"));
        let changes = change_zone("UTC", Some(&start), Some(&end), &utc);
        assert_eq!(
            changes,
            vec![
                ("time-zone", "UTC".to_string()),
                ("at", "2026-12-31T18:00:00Z".to_string()),
                ("until", "2026-12-31T20:00:00Z".to_string())
            ]
        );
        assert_eq!(change_zone("UTC", None, None, &utc), vec![("time-zone", "UTC".to_string())]);
    }
}
