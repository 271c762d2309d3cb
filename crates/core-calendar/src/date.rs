//! The calendar day both widgets use: ratification dates in the treaty data, the local dates of
//! the countdown's instants and all-day events.
//!
//! One type with one check, so an impossible date (2026-02-30, year 0000, year +275760) is
//! refused the same way wherever it is written. Each caller words the refusal for its own
//! readers: [`DateError`]'s `Display` completes a sentence that starts with the quoted text (the
//! treaty data's messages); the countdown's RFC 3339 errors have their own wording.

use crate::{civil_from_days, days_from_civil, days_in_month, month_name, push_digits};
use std::fmt;

/// A day of the proleptic Gregorian calendar from 0001-01-01 to 9999-12-31: the years a date can
/// be written with in `YYYY-MM-DD`. Always a real day, as it is built only through checked
/// constructors. Field order makes the derived order chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why text or numbers are not a [`Date`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Nothing but whitespace.
    Empty,
    /// The text is not shaped `YYYY-MM-DD`: `expected` at the 1-based character `position`.
    Syntax { expected: &'static str, position: usize },
    /// A sign or more than four digits: ISO 8601's expanded years (`+275760-09-13`, which JS
    /// `Date` accepts), or a year above 9999.
    ExpandedYear,
    /// Year 0000: the calendar goes from 1 BC to AD 1.
    YearZero,
    /// A month outside 01..=12, or a day its month does not have (2026-02-30).
    NotARealDate { year: u16, month: u8, day: u8 },
}

impl fmt::Display for DateError {
    /// Completes "\"2026-02-30\" …": `is not a real date: February 2026 has 28 days`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateError::Empty | DateError::Syntax { .. } | DateError::ExpandedYear => {
                f.write_str("is not a date in the form YYYY-MM-DD")
            }
            DateError::YearZero => f.write_str("is not a real date: there is no year 0"),
            DateError::NotARealDate { year, month, day: _ } => match month_name(month) {
                Some(name) => {
                    write!(f, "is not a real date: {name} {year} has {} days", days_in_month(year.into(), month))
                }
                None => write!(f, "is not a real date: there is no month {month}"),
            },
        }
    }
}

impl std::error::Error for DateError {}

const fn is_real(year: u16, month: u8, day: u8) -> bool {
    year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year as i64, month)
}

impl Date {
    /// 0001-01-01.
    pub const MIN: Date = Date { year: 1, month: 1, day: 1 };
    /// 9999-12-31.
    pub const MAX: Date = Date { year: 9999, month: 12, day: 31 };

    /// The day, if it exists. In a `const`, `Date::new(…).expect(…)` checks a date of the
    /// source when it is compiled.
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if is_real(year, month, day) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// The day, or why it does not exist (the year is checked first, then the month and day).
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        match year {
            0 => Err(DateError::YearZero),
            10_000.. => Err(DateError::ExpandedYear),
            _ => Date::new(year, month, day).ok_or(DateError::NotARealDate { year, month, day }),
        }
    }

    /// Parses exactly `YYYY-MM-DD`: the shape of the whole text first, then whether the day
    /// exists (`2026-02-30x` is a shape error, `2026-02-30` not a real date).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let (year, month, day) = read_fields(text)?;
        if text.len() > FIELDS_LEN {
            return Err(DateError::Syntax { expected: "the end of the date (YYYY-MM-DD)", position: FIELDS_LEN + 1 });
        }
        Date::from_ymd(year, month, day)
    }

    /// Parses the `YYYY-MM-DD` at the start of `text` (an RFC 3339 date-time, say) and returns
    /// it with the rest of the text. Unlike [`Date::parse`], the day is checked before what
    /// follows it.
    pub fn parse_prefix(text: &str) -> Result<(Date, &str), DateError> {
        let (year, month, day) = read_fields(text)?;
        let date = Date::from_ymd(year, month, day)?;
        // The fields are ASCII, so this is a character boundary.
        Ok((date, text.get(FIELDS_LEN..).unwrap_or("")))
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

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Date {
        Date { day: days_in_month(self.year.into(), self.month), ..self }
    }

    /// Days since 1970-01-01 (negative before it).
    pub const fn to_days(self) -> i64 {
        days_from_civil(self.year as i64, self.month as i64, self.day as i64)
    }

    /// The day `days` after 1970-01-01, if it is within years 0001..=9999.
    pub fn from_days(days: i64) -> Option<Date> {
        if !(Date::MIN.to_days()..=Date::MAX.to_days()).contains(&days) {
            return None;
        }
        let (year, month, day) = civil_from_days(days);
        Date::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The day `days` after 1970-01-01, or the first or last supported day beyond them.
    pub fn saturating_from_days(days: i64) -> Date {
        let clamped = days.clamp(Date::MIN.to_days(), Date::MAX.to_days());
        Date::from_days(clamped).unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
    }

    /// The day `n` days later (earlier if negative), if it is within years 0001..=9999.
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The day `n` days later (earlier if negative), stopping at 0001-01-01 and 9999-12-31.
    pub fn saturating_add_days(self, n: i64) -> Date {
        Date::saturating_from_days(self.to_days().saturating_add(n))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4); the remainder is 0..=6.
        (self.to_days() + 3).rem_euclid(7) as u8 + 1
    }

    /// `YYYYMMDD`, ISO 8601's basic form (iCalendar's DATE).
    pub fn to_compact(self) -> String {
        let mut out = String::with_capacity(8);
        self.push_fields(&mut out, "");
        out
    }

    fn push_fields(self, out: &mut String, separator: &str) {
        push_digits(out, self.year.into(), 4);
        out.push_str(separator);
        push_digits(out, self.month.into(), 2);
        out.push_str(separator);
        push_digits(out, self.day.into(), 2);
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`, which [`Date::parse`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(10);
        self.push_fields(&mut out, "-");
        f.write_str(&out)
    }
}

/// Characters in `YYYY-MM-DD`.
const FIELDS_LEN: usize = 10;

/// The numbers of a `YYYY-MM-DD` at the start of `text`, shape checked, values not.
fn read_fields(text: &str) -> Result<(u16, u8, u8), DateError> {
    if text.trim().is_empty() {
        return Err(DateError::Empty);
    }
    let bytes = text.as_bytes();
    // Expanded years (`+275760-09-13`, `-000001-…`) and five-digit years are valid ISO 8601
    // and JS, but no day here: say so rather than "expected a digit".
    let leading_digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if matches!(bytes.first(), Some(b'+' | b'-')) || leading_digits > 4 {
        return Err(DateError::ExpandedYear);
    }
    let digits = |start: usize, width: usize, expected: &'static str| {
        let mut n = 0u16;
        for position in start..start + width {
            match bytes.get(position) {
                Some(d @ b'0'..=b'9') => n = n * 10 + u16::from(d - b'0'),
                _ => return Err(DateError::Syntax { expected, position: position + 1 }),
            }
        }
        Ok(n)
    };
    let dash = |position: usize, expected: &'static str| match bytes.get(position) {
        Some(b'-') => Ok(()),
        _ => Err(DateError::Syntax { expected, position: position + 1 }),
    };
    let year = digits(0, 4, "a four-digit year")?;
    dash(4, "'-' after the year")?;
    let month = digits(5, 2, "a two-digit month")?;
    dash(7, "'-' after the month")?;
    let day = digits(8, 2, "a two-digit day")?;
    // Two digits are at most 99.
    Ok((year, month as u8, day as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// The treaty data's wording: the quoted text, then the error.
    fn message(text: &str) -> String {
        format!("\"{text}\" {}", Date::parse(text).unwrap_err())
    }

    #[test]
    fn only_real_days_exist() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2100, 2, 29).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 4, 0).is_none());
        assert!(Date::new(0, 1, 1).is_none());
        assert!(Date::new(10_000, 1, 1).is_none());
        assert_eq!(Date::new(1, 1, 1), Some(Date::MIN));
        assert_eq!(Date::new(9999, 12, 31), Some(Date::MAX));
        assert_eq!(Date::from_ymd(0, 13, 1), Err(DateError::YearZero));
        assert_eq!(Date::from_ymd(10_000, 1, 1), Err(DateError::ExpandedYear));
        assert_eq!(Date::from_ymd(2026, 2, 30), Err(DateError::NotARealDate { year: 2026, month: 2, day: 30 }));
    }

    #[test]
    fn parses_real_days_only() {
        assert_eq!(d("2025-10-25"), Date::new(2025, 10, 25).unwrap());
        assert_eq!(d("2024-02-29").day(), 29);
        assert_eq!(message("2026-02-30"), "\"2026-02-30\" is not a real date: February 2026 has 28 days");
        assert_eq!(message("2026-13-01"), "\"2026-13-01\" is not a real date: there is no month 13");
        assert_eq!(message("0000-01-01"), "\"0000-01-01\" is not a real date: there is no year 0");
        assert_eq!(message("+275760-09-13"), "\"+275760-09-13\" is not a date in the form YYYY-MM-DD");
        assert_eq!(message("275760-09-13"), "\"275760-09-13\" is not a date in the form YYYY-MM-DD");
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
            "2026-12-3é",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn says_where_the_shape_breaks() {
        assert_eq!(Date::parse(""), Err(DateError::Empty));
        assert_eq!(Date::parse("   "), Err(DateError::Empty));
        assert_eq!(Date::parse("-000001-01-01"), Err(DateError::ExpandedYear));
        assert!(matches!(Date::parse("2025-10-25T00:00:00Z"), Err(DateError::Syntax { position: 11, .. })));
        assert!(matches!(Date::parse("25-10-2025"), Err(DateError::Syntax { position: 3, .. })));
        assert!(matches!(Date::parse("2026-1-31"), Err(DateError::Syntax { position: 7, .. })));
        assert!(matches!(Date::parse("2026/12/31"), Err(DateError::Syntax { position: 5, .. })));
        assert!(matches!(Date::parse("2026-12-3é"), Err(DateError::Syntax { position: 10, .. })));
        // The whole shape comes first; a prefix is checked as a day at once.
        assert!(matches!(Date::parse("0000-02-30x"), Err(DateError::Syntax { position: 11, .. })));
        assert_eq!(Date::parse_prefix("0000-02-30x"), Err(DateError::YearZero));
        assert_eq!(Date::parse_prefix("2026-02-30T"), Err(DateError::NotARealDate { year: 2026, month: 2, day: 30 }));
        assert_eq!(Date::parse_prefix("2026-02-28T09"), Ok((d("2026-02-28"), "T09")));
        assert_eq!(Date::parse_prefix("2026-02-28"), Ok((d("2026-02-28"), "")));
    }

    #[test]
    fn display_round_trips_and_orders_chronologically() {
        for text in ["0001-01-01", "2025-10-25", "9999-12-31"] {
            assert_eq!(d(text).to_string(), text);
        }
        assert_eq!(d("0987-06-05").to_compact(), "09870605");
        assert_eq!(d("2024-12-24").to_compact(), "20241224");
        assert!(d("2025-10-26") > d("2025-10-25"));
        assert!(d("2026-01-01") > d("2025-12-31"));
        assert_eq!((d("2024-02-10").month_start(), d("2024-02-10").month_end()), (d("2024-02-01"), d("2024-02-29")));
    }

    #[test]
    fn day_numbers_match_the_unix_epoch_and_round_trip() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days(), 11_017);
        assert_eq!(d("1969-12-31").to_days(), -1);
        assert_eq!(Date::from_days(20_387), Some(d("2025-10-26")));
        // Every day from 1600 to 2400 follows the previous one.
        let mut day = d("1600-01-01");
        let mut days = day.to_days();
        while day.year() < 2400 {
            let next = day.add_days(1).unwrap();
            assert_eq!(next.to_days(), days + 1);
            assert_eq!(Date::from_days(days + 1), Some(next));
            assert!(next > day);
            (day, days) = (next, days + 1);
        }
        for days in (Date::MIN.to_days()..=Date::MAX.to_days()).step_by(97) {
            assert_eq!(Date::from_days(days).map(Date::to_days), Some(days));
        }
        assert_eq!(Date::from_days(Date::MAX.to_days()), Some(Date::MAX));
        assert_eq!(Date::from_days(Date::MAX.to_days() + 1), None);
        assert_eq!(Date::from_days(Date::MIN.to_days() - 1), None);
        assert_eq!(d("0001-01-01").add_days(-1), None);
        assert_eq!(d("9999-12-31").add_days(1), None);
        assert_eq!(d("2025-01-01").add_days(i64::MAX), None);
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-03-01").add_days(-1), Some(d("2024-02-29")));
        assert_eq!(d("2024-12-24").add_days(8), Some(d("2025-01-01")));
        assert_eq!(d("2024-12-24").add_days(-24), Some(d("2024-11-30")));
        assert_eq!(d("2026-10-25").add_days(90), Some(d("2027-01-23")));
    }

    #[test]
    fn far_values_clamp_instead_of_overflowing() {
        assert_eq!(Date::saturating_from_days(i64::MAX), Date::MAX);
        assert_eq!(Date::saturating_from_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MIN.saturating_add_days(i64::MIN), Date::MIN);
        assert_eq!(Date::MAX.saturating_add_days(1), Date::MAX);
        assert_eq!(d("2024-12-24").saturating_add_days(1), d("2024-12-25"));
        assert_eq!(Date::from_days(i64::MAX), None);
        assert_eq!(Date::from_days(i64::MIN), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("2024-12-24").weekday(), 2); // a Tuesday
        assert_eq!(d("1970-01-01").weekday(), 4);
        assert_eq!(d("2026-03-08").weekday(), 7);
        assert_eq!(Date::MIN.weekday(), 1);
    }
}
