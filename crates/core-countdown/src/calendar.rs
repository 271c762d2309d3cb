//! One event as calendar exports ([`crate::ics`](mod@crate::ics), [`crate::google`]) see it.

use crate::instant::{Instant, MS_PER_HOUR};
use core_calendar::Date;

/// How long a calendar entry lasts when the event has no end. A zero-length entry is hidden
/// or mangled by several calendar apps, so a deadline or start time gets one hour.
pub const DEFAULT_DURATION_MS: i64 = MS_PER_HOUR;

/// Suffix of every UID we make: RFC 5545 wants UIDs unique worldwide and stable, so the same
/// milestone exported twice updates one calendar entry instead of adding a second.
const UID_SUFFIX: &str = "@event-countdown.hanoi-convention-widgets";

/// When the event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// From `start`; until `end` if given and later, else for [`DEFAULT_DURATION_MS`].
    Timed { start: Instant, end: Option<Instant> },
    /// Whole days as the calendar reader sees them: `first` up to, not including, `end`
    /// (an `end` not after `first` means the single day `first`).
    AllDay { first: Date, end: Date },
}

impl When {
    /// `(start, end)` of a timed event with the default duration applied; `None` for all-day.
    pub fn timed_range(&self) -> Option<(Instant, Instant)> {
        match *self {
            When::Timed { start, end } => Some((start, timed_end(start, end))),
            When::AllDay { .. } => None,
        }
    }

    /// `(first, end exclusive)` of an all-day event; `None` for timed.
    pub fn day_range(&self) -> Option<(Date, Date)> {
        match *self {
            When::AllDay { first, end } => Some((first, day_end(first, end))),
            When::Timed { .. } => None,
        }
    }

    /// Start and end in iCalendar/Google form: `YYYYMMDDTHHMMSSZ` (UTC) or `YYYYMMDD` (all-day).
    pub fn compact_range(&self) -> (String, String) {
        match *self {
            When::Timed { start, end } => (start.to_ical_utc(), timed_end(start, end).to_ical_utc()),
            When::AllDay { first, end } => (first.to_compact(), day_end(first, end).to_compact()),
        }
    }
}

fn timed_end(start: Instant, end: Option<Instant>) -> Instant {
    end.filter(|&end| end > start).unwrap_or_else(|| start.saturating_add(DEFAULT_DURATION_MS))
}

fn day_end(first: Date, end: Date) -> Date {
    if end > first {
        end
    } else {
        first.saturating_add_days(1)
    }
}

/// The texts and time of one event, in the reader's language, ready for export.
/// Empty `description`, `location` and `url` are left out of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarEvent<'a> {
    /// From [`uid`] or [`custom_uid`].
    pub uid: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub url: &'a str,
    /// IANA zone the calendar should display the event in (Google's `ctz`); may be empty.
    pub time_zone: &'a str,
    pub when: When,
}

/// The UID of a milestone, e.g. `signature-deadline@event-countdown.hanoi-convention-widgets`.
pub fn uid(event_id: &str) -> String {
    let mut out = String::with_capacity(event_id.len() + UID_SUFFIX.len());
    out.push_str(event_id);
    out.push_str(UID_SUFFIX);
    out
}

/// The UID of a page-defined event: stable for the same start and title, different otherwise.
pub fn custom_uid(start: Instant, title: &str) -> String {
    // FNV-1a: tiny and stable across builds, which is all a UID needs here.
    let hash = title.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    let mut out = String::from("custom-");
    out.push_str(&start.to_ical_utc());
    out.push('-');
    for shift in (0..8).rev() {
        let nibble = (hash >> (shift * 4)) & 0xf;
        out.push(char::from_digit(nibble, 16).unwrap_or('0'));
    }
    out.push_str(UID_SUFFIX);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_duration_applies_without_a_later_end() {
        let s = Instant(1_000_000);
        assert_eq!(When::Timed { start: s, end: None }.timed_range(), Some((s, Instant(1_000_000 + MS_PER_HOUR))));
        assert_eq!(When::Timed { start: s, end: Some(s) }.timed_range(), Some((s, Instant(1_000_000 + MS_PER_HOUR))));
        assert_eq!(
            When::Timed { start: s, end: Some(Instant(2_000_000)) }.timed_range(),
            Some((s, Instant(2_000_000)))
        );
    }

    #[test]
    fn all_day_end_is_exclusive_and_at_least_one_day() {
        let d = Date::new(2024, 12, 24).unwrap();
        let next = Date::new(2024, 12, 25).unwrap();
        assert_eq!(When::AllDay { first: d, end: d }.day_range(), Some((d, next)));
        assert_eq!(When::AllDay { first: d, end: next }.compact_range(), ("20241224".into(), "20241225".into()));
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        assert_eq!(uid("adoption"), "adoption@event-countdown.hanoi-convention-widgets");
        let a = custom_uid(Instant(0), "Launch");
        assert_eq!(a, custom_uid(Instant(0), "Launch"));
        assert!(a.starts_with("custom-19700101T000000Z-"));
        assert_ne!(a, custom_uid(Instant(0), "Launch!"));
        assert_ne!(a, custom_uid(Instant(1000), "Launch"));
    }
}
