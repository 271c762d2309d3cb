//! Calendar days (proleptic Gregorian, no time zone) and dates known only roughly.
//!
//! Treaty dates are calendar days at the depositary, not instants, so no time zone is involved.
//! The `Date` type is independent of core-countdown's (the two crates ship in different widgets
//! and neither should pull in the other); the calendar arithmetic is shared, in core-calendar.

use std::fmt;

pub(crate) use core_calendar::MONTH_NAMES;

/// A calendar day from 0001-01-01 to 9999-12-31. Field order makes the derived order chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Days in `month` of `year`; 0 for a month that does not exist.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    core_calendar::days_in_month(year as i64, month)
}

/// Parses a run of ASCII digits of exactly `len` characters.
fn fixed_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn month_name(month: u8) -> &'static str {
    core_calendar::month_name(month).unwrap_or("?")
}

/// Checks a year and month read from text; the message quotes the whole `text`.
fn check_year_month(text: &str, year: u32, month: u32) -> Result<(u16, u8), String> {
    if year == 0 {
        return Err(format!("\"{text}\" is not a real date: there is no year 0"));
    }
    if !(1..=12).contains(&month) {
        return Err(format!("\"{text}\" is not a real date: there is no month {month}"));
    }
    // Both fit: year has 4 digits, month is 1..=12.
    Ok((year as u16, month as u8))
}

impl Date {
    /// The day, if it exists in the calendar.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// For constants in this crate, whose validity the tests check.
    pub(crate) const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` and rejects days that do not exist (2026-02-30).
    pub fn parse(text: &str) -> Result<Date, String> {
        let shape = || format!("\"{text}\" is not a date in the form YYYY-MM-DD");
        let mut parts = text.split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(shape());
        };
        let (Some(y), Some(m), Some(d)) = (fixed_digits(y, 4), fixed_digits(m, 2), fixed_digits(d, 2)) else {
            return Err(shape());
        };
        let (year, month) = check_year_month(text, y, m)?;
        let max = days_in_month(year, month);
        if d == 0 || d > u32::from(max) {
            return Err(format!("\"{text}\" is not a real date: {} {year} has {max} days", month_name(month)));
        }
        Ok(Date { year, month, day: d as u8 })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        core_calendar::days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    /// The day `days` after 1970-01-01, if it is within the supported years.
    pub fn from_days(days: i64) -> Option<Date> {
        // Beyond ±10^15 days the arithmetic would overflow; no treaty date is near that.
        if days.unsigned_abs() > 1_000_000_000_000_000 {
            return None;
        }
        let (year, month, day) = core_calendar::civil_from_days(days);
        Date::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// The day `n` days later (earlier if negative), if it is within the supported years.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date as precisely as the sources give it. Never more precise: a day is not invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApproxDate {
    /// Known to the day: `2025-10-25`.
    Day(Date),
    /// Known to the month only: `2025-10`. Holds the month's first day.
    Month(Date),
    /// On one day of this inclusive range, which one is not known: `2025-10-25/2025-10-26`.
    Between(Date, Date),
}

impl ApproxDate {
    /// The month `year-month`, if it exists.
    pub fn month(year: u16, month: u8) -> Option<ApproxDate> {
        Date::new(year, month, 1).map(ApproxDate::Month)
    }

    /// Parses the canonical forms `YYYY-MM-DD`, `YYYY-MM` and `YYYY-MM-DD/YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<ApproxDate, String> {
        if let Some((start, end)) = text.split_once('/') {
            let (start, end) = (Date::parse(start)?, Date::parse(end)?);
            return if start < end {
                Ok(ApproxDate::Between(start, end))
            } else {
                Err(format!("\"{text}\" is not a date range: the first day must come before the second"))
            };
        }
        if text.len() == 7 {
            let (Some(y), Some(m)) =
                (text.get(..4).and_then(|y| fixed_digits(y, 4)), text.get(5..).and_then(|m| fixed_digits(m, 2)))
            else {
                return Err(format!("\"{text}\" is not a month in the form YYYY-MM"));
            };
            if text.as_bytes().get(4) != Some(&b'-') {
                return Err(format!("\"{text}\" is not a month in the form YYYY-MM"));
            }
            let (year, month) = check_year_month(text, y, m)?;
            return Ok(ApproxDate::Month(Date { year, month, day: 1 }));
        }
        Date::parse(text).map(ApproxDate::Day)
    }

    /// The first day it can be.
    pub fn earliest(&self) -> Date {
        match *self {
            ApproxDate::Day(d) => d,
            ApproxDate::Month(d) => Date { day: 1, ..d },
            ApproxDate::Between(a, b) => a.min(b),
        }
    }

    /// The last day it can be.
    pub fn latest(&self) -> Date {
        match *self {
            ApproxDate::Day(d) => d,
            ApproxDate::Month(d) => Date { day: days_in_month(d.year, d.month), ..d },
            ApproxDate::Between(a, b) => a.max(b),
        }
    }

    /// The day, when it is known exactly.
    pub fn exact(&self) -> Option<Date> {
        match *self {
            ApproxDate::Day(d) => Some(d),
            _ => None,
        }
    }
}

impl fmt::Display for ApproxDate {
    /// The canonical form that [`ApproxDate::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApproxDate::Day(d) => write!(f, "{d}"),
            ApproxDate::Month(d) => write!(f, "{:04}-{:02}", d.year, d.month),
            ApproxDate::Between(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_real_days_only() {
        assert_eq!(d("2025-10-25"), Date::new(2025, 10, 25).unwrap());
        assert_eq!(d("2024-02-29").day(), 29);
        assert_eq!(
            Date::parse("2026-02-30").unwrap_err(),
            "\"2026-02-30\" is not a real date: February 2026 has 28 days"
        );
        assert_eq!(Date::parse("2026-13-01").unwrap_err(), "\"2026-13-01\" is not a real date: there is no month 13");
        assert!(Date::parse("2100-02-29").is_err(), "2100 is not a leap year");
        assert!(Date::parse("2000-02-29").is_ok(), "2000 is a leap year");
        for bad in [
            "",
            "2025-1-05",
            "2025-10-5",
            "25-10-2025",
            "2025/10/25",
            "2025-10-25 ",
            "+025-10-25",
            "2025-10-25-1",
            "0000-01-01",
            "２０２５-10-25",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(Date::new(2025, 0, 1).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(0, 1, 1).is_none());
        assert!(Date::new(10_000, 1, 1).is_none());
    }

    #[test]
    fn display_round_trips_and_orders_chronologically() {
        for text in ["0001-01-01", "2025-10-25", "9999-12-31"] {
            assert_eq!(d(text).to_string(), text);
        }
        assert!(d("2025-10-26") > d("2025-10-25"));
        assert!(d("2026-01-01") > d("2025-12-31"));
    }

    #[test]
    fn day_numbers_match_the_unix_epoch_and_round_trip() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        assert_eq!(d("1969-12-31").to_days(), -1);
        assert_eq!(Date::from_days(20_387), Some(d("2025-10-26")));
        let mut day = d("1999-12-25");
        for _ in 0..1000 {
            let next = day.add_days(1).unwrap();
            assert_eq!(next.to_days(), day.to_days() + 1);
            assert!(next > day);
            day = next;
        }
        assert_eq!(d("0001-01-01").add_days(-1), None);
        assert_eq!(d("9999-12-31").add_days(1), None);
        assert_eq!(d("2025-01-01").add_days(i64::MAX), None);
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-03-01").add_days(-1), Some(d("2024-02-29")));
    }

    #[test]
    fn approximate_dates_keep_their_precision() {
        let month = ApproxDate::parse("2025-10").unwrap();
        assert_eq!((month.earliest(), month.latest()), (d("2025-10-01"), d("2025-10-31")));
        assert_eq!(month.exact(), None);
        assert_eq!(month.to_string(), "2025-10");
        assert_eq!(ApproxDate::parse("2024-02").unwrap().latest(), d("2024-02-29"));
        let range = ApproxDate::parse("2025-10-25/2025-10-26").unwrap();
        assert_eq!((range.earliest(), range.latest()), (d("2025-10-25"), d("2025-10-26")));
        assert_eq!(range.to_string(), "2025-10-25/2025-10-26");
        let day = ApproxDate::parse("2025-10-25").unwrap();
        assert_eq!(day.exact(), Some(d("2025-10-25")));
        assert_eq!(ApproxDate::month(2025, 10), Some(month));
        assert_eq!(ApproxDate::month(2025, 13), None);
    }

    #[test]
    fn approximate_dates_reject_nonsense() {
        assert!(ApproxDate::parse("2025-13").unwrap_err().contains("no month 13"));
        assert!(ApproxDate::parse("2025-1x").is_err());
        assert!(ApproxDate::parse("2025x10").is_err());
        assert!(ApproxDate::parse("2025-10-26/2025-10-25").unwrap_err().contains("before"));
        assert!(ApproxDate::parse("2025-10-25/2025-10-25").is_err());
        assert!(ApproxDate::parse("2025-10-25/26").is_err(), "the short range form is CSV-only");
        assert!(ApproxDate::parse("2025-10-25/2025-10-32").is_err());
        assert!(ApproxDate::parse("2025").is_err());
    }

    #[test]
    fn hand_built_values_never_panic() {
        let odd = ApproxDate::Between(d("2025-10-26"), d("2025-10-25"));
        assert!(odd.earliest() <= odd.latest());
    }
}
