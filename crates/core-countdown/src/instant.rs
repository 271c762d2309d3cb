//! Instants: milliseconds since the Unix epoch, and their wall-clock reading at a UTC offset.
//!
//! Everything is integer arithmetic on milliseconds: no time-zone tables (the browser's `Intl`
//! has them) and no floats (they would pull float formatting into the wasm). Reading and writing
//! RFC 3339 text is [`crate::rfc3339`]'s job.

use crate::rfc3339::TimeError;
use core_calendar::{push_digits, Date};

pub const MS_PER_SECOND: i64 = 1_000;
pub const MS_PER_MINUTE: i64 = 60 * MS_PER_SECOND;
pub const MS_PER_HOUR: i64 = 60 * MS_PER_MINUTE;
pub const MS_PER_DAY: i64 = 24 * MS_PER_HOUR;

/// A point in time: milliseconds since 1970-01-01T00:00:00Z (leap seconds ignored, as in JS `Date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant(pub i64);

impl Instant {
    /// 0001-01-01T00:00:00Z, the earliest instant [`Instant::parse`] returns.
    pub const MIN_SUPPORTED: Instant = Instant(Date::MIN.to_days() * MS_PER_DAY);
    /// 9999-12-31T23:59:59.999Z, the latest instant [`Instant::parse`] returns.
    pub const MAX_SUPPORTED: Instant = Instant((Date::MAX.to_days() + 1) * MS_PER_DAY - 1);

    pub const fn from_millis(ms: i64) -> Instant {
        Instant(ms)
    }

    pub const fn millis(self) -> i64 {
        self.0
    }

    /// From a JS timestamp (`Date.now()`), floored to a whole millisecond; `None` for NaN/infinity.
    pub fn from_js(ms: f64) -> Option<Instant> {
        // `as` saturates out-of-range values, so this cannot overflow.
        ms.is_finite().then(|| Instant(ms.floor() as i64))
    }

    /// Parses a strict RFC 3339 date-time with a mandatory offset (see [`DateTime::parse`]).
    pub fn parse(text: &str) -> Result<Instant, TimeError> {
        DateTime::parse(text).map(|dt| dt.instant())
    }

    pub fn saturating_add(self, ms: i64) -> Instant {
        Instant(self.0.saturating_add(ms))
    }

    /// `self - earlier` in milliseconds (negative when `earlier` is later).
    pub fn millis_since(self, earlier: Instant) -> i64 {
        self.0.saturating_sub(earlier.0)
    }

    /// The calendar date in UTC.
    pub fn utc_date(self) -> Date {
        DateTime::from_instant(self, 0).date
    }

    /// `YYYYMMDDTHHMMSSZ` (iCalendar and Google Calendar form); milliseconds are dropped.
    pub fn to_ical_utc(self) -> String {
        let dt = DateTime::from_instant(self, 0);
        let mut out = dt.date.to_compact();
        out.push('T');
        push_digits(&mut out, dt.hour.into(), 2);
        push_digits(&mut out, dt.minute.into(), 2);
        push_digits(&mut out, dt.second.into(), 2);
        out.push('Z');
        out
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when the milliseconds are not zero.
    pub fn to_rfc3339_utc(self) -> String {
        DateTime::from_instant(self, 0).to_string()
    }
}

/// A date and wall-clock time at a fixed UTC offset, as written in RFC 3339 text
/// ([`DateTime::parse`] and `Display` are in [`crate::rfc3339`]).
///
/// Kept (not just the instant) because the local date matters: an all-day event's calendar
/// dates are the dates written in the data file, in the event's own offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub millisecond: u16,
    /// Seconds east of UTC (`+07:00` is 25 200).
    pub offset_seconds: i32,
}

/// The first and last local millisecond a [`DateTime`] can show (years 0001..=9999).
const LOCAL_RANGE: (i64, i64) = (Date::MIN.to_days() * MS_PER_DAY, (Date::MAX.to_days() + 1) * MS_PER_DAY - 1);

impl DateTime {
    /// The wall-clock reading of `instant` at `offset_seconds` east of UTC. A reading before
    /// year 0001 or after 9999 (only saturated arithmetic gets there; parsed text never does)
    /// stops at the first or last millisecond of that range.
    pub fn from_instant(instant: Instant, offset_seconds: i32) -> DateTime {
        let local =
            instant.0.saturating_add(i64::from(offset_seconds) * MS_PER_SECOND).clamp(LOCAL_RANGE.0, LOCAL_RANGE.1);
        let ms = local.rem_euclid(MS_PER_DAY);
        DateTime {
            date: Date::saturating_from_days(local.div_euclid(MS_PER_DAY)),
            hour: (ms / MS_PER_HOUR) as u8,
            minute: (ms / MS_PER_MINUTE % 60) as u8,
            second: (ms / MS_PER_SECOND % 60) as u8,
            millisecond: (ms % MS_PER_SECOND) as u16,
            offset_seconds,
        }
    }

    /// The absolute instant this wall-clock time denotes.
    pub fn instant(&self) -> Instant {
        let time = i64::from(self.hour) * MS_PER_HOUR
            + i64::from(self.minute) * MS_PER_MINUTE
            + i64::from(self.second) * MS_PER_SECOND
            + i64::from(self.millisecond);
        Instant(self.date.to_days() * MS_PER_DAY + time - i64::from(self.offset_seconds) * MS_PER_SECOND)
    }

    /// True at exactly 00:00:00.000 local time (how all-day events start and end).
    pub fn is_midnight(&self) -> bool {
        self.hour == 0 && self.minute == 0 && self.second == 0 && self.millisecond == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc() {
        let t = Instant::parse("2025-10-26T23:59:59.250+07:00").unwrap();
        assert_eq!(t.to_rfc3339_utc(), "2025-10-26T16:59:59.250Z");
        assert_eq!(t.to_ical_utc(), "20251026T165959Z");
        assert_eq!(Instant(-1).to_ical_utc(), "19691231T235959Z");
        assert_eq!(Instant(0).to_rfc3339_utc(), "1970-01-01T00:00:00Z");
        let local = DateTime::from_instant(t, 7 * 3600);
        assert_eq!(local.to_string(), "2025-10-26T23:59:59.250+07:00");
        assert_eq!(
            DateTime::from_instant(Instant(0), -(4 * 3600 + 56 * 60 + 2)).to_string(),
            "1969-12-31T19:03:58-04:56"
        );
        // Extreme inputs never panic: readings beyond years 0001..=9999 stop at their ends.
        assert_eq!(Instant(i64::MAX).to_rfc3339_utc(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Instant(i64::MIN).to_ical_utc(), "00010101T000000Z");
        assert_eq!(DateTime::from_instant(Instant::MIN_SUPPORTED, -3600).to_string(), "0001-01-01T00:00:00-01:00");
        assert_eq!(Instant::MAX_SUPPORTED.utc_date(), Date::MAX);
        assert_eq!(Instant(i64::MAX).saturating_add(1), Instant(i64::MAX));
        assert_eq!(Instant(i64::MIN).millis_since(Instant(1)), i64::MIN);
    }

    #[test]
    fn from_js_floors_and_rejects_nan() {
        assert_eq!(Instant::from_js(1.9), Some(Instant(1)));
        assert_eq!(Instant::from_js(-0.5), Some(Instant(-1)));
        assert_eq!(Instant::from_js(f64::NAN), None);
        assert_eq!(Instant::from_js(f64::INFINITY), None);
    }
}
