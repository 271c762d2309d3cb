//! Dates in the treaty data: calendar days at the depositary (no time zone is involved), and
//! dates known only roughly. The day itself is [`core_calendar::Date`], the countdown's too, so
//! both refuse the same impossible dates; this module words the refusals for the data's editors.

use std::fmt;

pub use core_calendar::Date;
pub(crate) use core_calendar::MONTH_NAMES;

/// Parses exactly `YYYY-MM-DD` and rejects days that do not exist:
/// `"2026-02-30" is not a real date: February 2026 has 28 days`.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text).map_err(|e| format!("\"{text}\" {e}"))
}

/// Parses a run of ASCII digits of exactly `len` characters.
fn fixed_digits(text: &str, len: usize) -> Option<u16> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
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
            let (start, end) = (parse_date(start)?, parse_date(end)?);
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
            // Two digits fit a u8.
            let month = Date::from_ymd(y, m as u8, 1).map_err(|e| format!("\"{text}\" {e}"))?;
            return Ok(ApproxDate::Month(month));
        }
        parse_date(text).map(ApproxDate::Day)
    }

    /// The first day it can be.
    pub fn earliest(&self) -> Date {
        match *self {
            ApproxDate::Day(d) => d,
            ApproxDate::Month(d) => d.month_start(),
            ApproxDate::Between(a, b) => a.min(b),
        }
    }

    /// The last day it can be.
    pub fn latest(&self) -> Date {
        match *self {
            ApproxDate::Day(d) => d,
            ApproxDate::Month(d) => d.month_end(),
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
            ApproxDate::Month(d) => write!(f, "{:04}-{:02}", d.year(), d.month()),
            ApproxDate::Between(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    // The day itself (its range, arithmetic and shape) is tested in core-calendar; here, the
    // words the data's editors read.
    #[test]
    fn parses_real_days_only() {
        assert_eq!(parse_date("2025-10-25"), Ok(Date::new(2025, 10, 25).unwrap()));
        assert_eq!(parse_date("2024-02-29").unwrap().day(), 29);
        assert_eq!(
            parse_date("2026-02-30").unwrap_err(),
            "\"2026-02-30\" is not a real date: February 2026 has 28 days"
        );
        assert_eq!(parse_date("2026-13-01").unwrap_err(), "\"2026-13-01\" is not a real date: there is no month 13");
        assert_eq!(parse_date("0000-01-01").unwrap_err(), "\"0000-01-01\" is not a real date: there is no year 0");
        assert!(parse_date("2100-02-29").is_err(), "2100 is not a leap year");
        assert!(parse_date("2000-02-29").is_ok(), "2000 is a leap year");
        for bad in [
            "",
            "2025-1-05",
            "2025-10-5",
            "25-10-2025",
            "2025/10/25",
            "2025-10-25 ",
            "+025-10-25",
            "+275760-09-13",
            "2025-10-25-1",
            "0000-01-02x",
            "２０２５-10-25",
        ] {
            assert_eq!(parse_date(bad), Err(format!("\"{bad}\" is not a date in the form YYYY-MM-DD")));
        }
        assert!(Date::new(2025, 0, 1).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(0, 1, 1).is_none());
        assert!(Date::new(10_000, 1, 1).is_none());
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
        assert_eq!(ApproxDate::parse("2025-13").unwrap_err(), "\"2025-13\" is not a real date: there is no month 13");
        assert_eq!(ApproxDate::parse("0000-10").unwrap_err(), "\"0000-10\" is not a real date: there is no year 0");
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
