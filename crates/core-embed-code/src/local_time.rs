//! The custom event's date and time as an editor types them: a wall-clock time in the event's
//! own zone, which the `at` attribute needs as an RFC 3339 instant with that zone's offset.

use core_countdown::zone::resolve_local;
use core_countdown::{Date, DateTime, Instant};

/// A date and time of day as the builder's date and time inputs hold them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallTime {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
}

/// `2026-12-31` and `23:59` in the zone `offset_at` describes (seconds east of UTC at an
/// instant, from the browser's Intl) → `2026-12-31T23:59:00-05:00`. A time that does not exist
/// (clocks spring forward) moves forward by the gap, as the widget itself resolves local times.
/// `None` for an impossible date or time, or when the zone's offset is unknown.
pub fn wall_time_in_zone(wall: &WallTime, offset_at: &dyn Fn(Instant) -> Option<i32>) -> Option<String> {
    let date = Date::parse(&wall.date).ok()?;
    let (hour, minute) = wall.time.split_once(':')?;
    let (hour, minute): (i64, i64) = (hour.parse().ok()?, minute.get(..2)?.parse().ok()?);
    if !(0..24).contains(&hour) || !(0..60).contains(&minute) {
        return None;
    }
    let instant = resolve_local(date, (hour * 60 + minute) * 60_000, offset_at)?;
    Some(DateTime::from_instant(instant, offset_at(instant)?).to_string())
}

impl WallTime {
    /// The wall-clock reading of an RFC 3339 `at` in the zone `offset_at` describes: how a shared
    /// link fills the builder's date and time inputs again.
    pub fn of(rfc3339: &str, offset_at: &dyn Fn(Instant) -> Option<i32>) -> Option<WallTime> {
        let instant = DateTime::parse(rfc3339).ok()?.instant();
        let local = DateTime::from_instant(instant, offset_at(instant)?);
        let date = local.date;
        Some(WallTime {
            date: format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
            time: format!("{:02}:{:02}", local.hour, local.minute),
        })
    }
}
