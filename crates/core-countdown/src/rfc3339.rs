//! Strict RFC 3339 (`2026-12-31T23:59:59-05:00`): reading a date-time with its offset, writing
//! one back, and saying in English what is wrong with a refused one.
//!
//! Stricter than JS `Date.parse`, on purpose: a page author who writes a local time without an
//! offset, an impossible date or a year JS alone would accept gets a message, not a guess.

use crate::instant::{DateTime, Instant};
use core_calendar::{days_in_month, month_name, push_digits, Date, DateError};
use std::fmt;

/// An example shown in error messages, so that a page author sees the expected shape at once.
const EXAMPLE: &str = "2026-12-31T23:59:59-05:00";

/// Why a date or date-time was refused. `Display` gives an English sentence for the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    /// Nothing but whitespace.
    Empty,
    /// The text does not have the RFC 3339 shape; `position` is the 1-based character.
    Syntax { expected: &'static str, position: usize },
    /// A date alone, where a date and time were needed.
    MissingTime(Date),
    /// A local time without `Z` or `±hh:mm`: ambiguous, so refused.
    MissingOffset,
    /// Year 0000, more than four digits, or a sign (`+275760-09-13…`).
    YearOutOfRange,
    /// A well-formed but impossible date such as 2026-02-30 or 2026-13-01.
    NotARealDate { year: u16, month: u8, day: u8 },
    /// Hour 24, minute 60, second 60 (leap seconds are not supported).
    NotARealTime { hour: u8, minute: u8, second: u8 },
    /// An offset with hours above 23 or minutes above 59.
    BadOffset { negative: bool, hours: u8, minutes: u8 },
    /// Valid locally, but the UTC instant falls outside years 0001..=9999.
    OutOfRange,
}

impl fmt::Display for TimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeError::Empty => write!(f, "is empty; expected a date and time such as {EXAMPLE}"),
            TimeError::Syntax { expected, position } => write!(
                f,
                "is not an RFC 3339 date and time: expected {expected} at character {position} (example: {EXAMPLE})"
            ),
            TimeError::MissingTime(date) => write!(
                f,
                "has a date but no time and UTC offset; write e.g. {date}T00:00:00Z or {date}T09:00:00+07:00"
            ),
            TimeError::MissingOffset => write!(
                f,
                "has no UTC offset: add Z (for UTC) or an offset such as +07:00 or -05:00 at the end (example: {EXAMPLE})"
            ),
            TimeError::YearOutOfRange => f.write_str("has a year out of range: only years 0001 to 9999 are supported"),
            TimeError::NotARealDate { year, month, day } => {
                write!(f, "{year:04}-{month:02}-{day:02} is not a real date")?;
                match month_name(*month) {
                    Some(name) => write!(f, " ({name} {year:04} has {} days)", days_in_month((*year).into(), *month)),
                    None => f.write_str(" (months run from 01 to 12)"),
                }
            }
            TimeError::NotARealTime { hour, minute, second } => {
                write!(f, "{hour:02}:{minute:02}:{second:02} is not a real time of day")?;
                if *second == 60 && *hour < 24 && *minute < 60 {
                    f.write_str(" (leap seconds are not supported)")
                } else {
                    f.write_str(" (00:00:00 to 23:59:59)")
                }
            }
            TimeError::BadOffset { negative, hours, minutes } => write!(
                f,
                "{}{hours:02}:{minutes:02} is not a valid UTC offset (hours 00 to 23, minutes 00 to 59)",
                if *negative { '-' } else { '+' }
            ),
            TimeError::OutOfRange => f.write_str("is outside the supported range (years 0001 to 9999 in UTC)"),
        }
    }
}

impl std::error::Error for TimeError {}

impl From<DateError> for TimeError {
    /// The date part's refusal, in this module's words.
    fn from(e: DateError) -> Self {
        match e {
            DateError::Empty => TimeError::Empty,
            DateError::Syntax { expected, position } => TimeError::Syntax { expected, position },
            DateError::ExpandedYear | DateError::YearZero => TimeError::YearOutOfRange,
            DateError::NotARealDate { year, month, day } => TimeError::NotARealDate { year, month, day },
        }
    }
}

impl DateTime {
    /// Parses strict RFC 3339: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±hh:mm)`.
    ///
    /// `T` and `Z` may be lower case (RFC 3339 §5.6). Fractions beyond milliseconds are truncated.
    /// Refused: a missing offset, a space instead of `T`, surrounding whitespace, impossible
    /// dates and times, leap seconds, and years outside 0001..=9999 (also after conversion to UTC).
    pub fn parse(text: &str) -> Result<DateTime, TimeError> {
        // The date is checked before what follows it: 2026-02-30T… is "not a real date".
        let (date, rest) = Date::parse_prefix(text)?;
        let mut r = Reader { b: text.as_bytes(), pos: text.len() - rest.len() };
        match r.peek() {
            None => return Err(TimeError::MissingTime(date)),
            Some(b'T' | b't') => r.pos += 1,
            Some(b' ') => return Err(r.syntax("'T' between the date and the time (not a space)")),
            Some(_) => return Err(r.syntax("'T' after the date")),
        }
        let hour = r.number(2, "a two-digit hour")?;
        r.require(b':', "':' after the hour")?;
        let minute = r.number(2, "two-digit minutes")?;
        r.require(b':', "':' and seconds after the minutes (RFC 3339 requires seconds)")?;
        let second = r.number(2, "two-digit seconds")?;
        if hour > 23 || minute > 59 || second > 59 {
            return Err(TimeError::NotARealTime { hour: hour as u8, minute: minute as u8, second: second as u8 });
        }
        let mut millisecond = 0u16;
        if r.peek() == Some(b'.') {
            r.pos += 1;
            let start = r.pos;
            while let Some(d @ b'0'..=b'9') = r.peek() {
                // Only the first three digits count: truncation, like JS `Date`.
                if r.pos - start < 3 {
                    millisecond = millisecond * 10 + u16::from(d - b'0');
                }
                r.pos += 1;
            }
            let digits = r.pos - start;
            if digits == 0 {
                return Err(r.syntax("digits after the decimal point"));
            }
            for _ in digits..3 {
                millisecond *= 10;
            }
        }
        let offset_seconds = match r.peek() {
            None => return Err(TimeError::MissingOffset),
            Some(b'Z' | b'z') => {
                r.pos += 1;
                0
            }
            Some(sign @ (b'+' | b'-')) => {
                r.pos += 1;
                let hours = r.number(2, "two-digit offset hours (as in +07:00)")?;
                r.require(b':', "':' in the offset (as in +07:00)")?;
                let minutes = r.number(2, "two-digit offset minutes (as in +07:00)")?;
                let negative = sign == b'-';
                if hours > 23 || minutes > 59 {
                    return Err(TimeError::BadOffset { negative, hours: hours as u8, minutes: minutes as u8 });
                }
                let seconds = (hours * 3600 + minutes * 60) as i32;
                if negative {
                    -seconds
                } else {
                    seconds
                }
            }
            Some(_) => return Err(r.syntax("Z or a UTC offset such as +07:00")),
        };
        if r.pos < r.b.len() {
            return Err(r.syntax("the end of the text after the UTC offset"));
        }
        let dt = DateTime {
            date,
            hour: hour as u8,
            minute: minute as u8,
            second: second as u8,
            millisecond,
            offset_seconds,
        };
        let instant = dt.instant();
        if instant < Instant::MIN_SUPPORTED || instant > Instant::MAX_SUPPORTED {
            return Err(TimeError::OutOfRange);
        }
        Ok(dt)
    }
}

impl fmt::Display for DateTime {
    /// RFC 3339, e.g. `2026-12-31T23:59:59-05:00`; `Z` for a zero offset; `.mmm` only if non-zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(29);
        out.push_str(&self.date.to_string());
        out.push('T');
        push_digits(&mut out, self.hour.into(), 2);
        out.push(':');
        push_digits(&mut out, self.minute.into(), 2);
        out.push(':');
        push_digits(&mut out, self.second.into(), 2);
        if self.millisecond != 0 {
            out.push('.');
            push_digits(&mut out, self.millisecond.into(), 3);
        }
        if self.offset_seconds == 0 {
            out.push('Z');
        } else {
            out.push(if self.offset_seconds < 0 { '-' } else { '+' });
            let minutes = i64::from(self.offset_seconds).abs() / 60;
            push_digits(&mut out, minutes / 60, 2);
            out.push(':');
            push_digits(&mut out, minutes % 60, 2);
        }
        f.write_str(&out)
    }
}

/// Byte cursor over a date-time's text, after its date. Positions in errors are 1-based
/// characters; everything before the cursor has been checked to be ASCII, so bytes and
/// characters agree there.
struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn syntax(&self, expected: &'static str) -> TimeError {
        TimeError::Syntax { expected, position: self.pos + 1 }
    }

    fn require(&mut self, byte: u8, expected: &'static str) -> Result<(), TimeError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.syntax(expected))
        }
    }

    /// Exactly `width` ASCII digits.
    fn number(&mut self, width: usize, expected: &'static str) -> Result<u32, TimeError> {
        let mut n = 0u32;
        for _ in 0..width {
            match self.peek() {
                Some(d @ b'0'..=b'9') => n = n * 10 + u32::from(d - b'0'),
                _ => return Err(self.syntax(expected)),
            }
            self.pos += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> TimeError {
        DateTime::parse(text).unwrap_err()
    }

    fn msg(text: &str) -> String {
        err(text).to_string()
    }

    #[test]
    fn date_parse() {
        // A date alone is core-calendar's; its errors read as this module's.
        let date_err = |text: &str| TimeError::from(Date::parse(text).unwrap_err());
        assert_eq!(Date::parse("2025-10-25").unwrap(), Date::new(2025, 10, 25).unwrap());
        assert_eq!(date_err("2026-02-30").to_string(), "2026-02-30 is not a real date (February 2026 has 28 days)");
        assert!(matches!(date_err("2025-10-25T00:00:00Z"), TimeError::Syntax { position: 11, .. }));
        assert!(matches!(date_err("25-10-2025"), TimeError::Syntax { .. }));
        assert_eq!(date_err(""), TimeError::Empty);
        assert_eq!(date_err("+275760-09-13"), TimeError::YearOutOfRange);
        assert_eq!(date_err("0000-01-01"), TimeError::YearOutOfRange);
    }

    #[test]
    fn parses_offsets_and_fractions() {
        let dt = DateTime::parse("2026-12-31T23:59:59-05:00").unwrap();
        assert_eq!(dt.offset_seconds, -5 * 3600);
        assert_eq!(dt.date, Date::new(2026, 12, 31).unwrap());
        assert_eq!(dt.instant().to_rfc3339_utc(), "2027-01-01T04:59:59Z");
        assert_eq!(dt.to_string(), "2026-12-31T23:59:59-05:00");
        let hanoi = Instant::parse("2025-10-25T09:00:00+07:00").unwrap();
        assert_eq!(hanoi, Instant::parse("2025-10-25T02:00:00Z").unwrap());
        assert_eq!(hanoi.millis(), 1_761_357_600_000);
        assert_eq!(Instant::parse("1970-01-01T00:00:00Z").unwrap(), Instant(0));
        assert_eq!(Instant::parse("1970-01-01t00:00:00.5z").unwrap(), Instant(500));
        assert_eq!(Instant::parse("1970-01-01T00:00:00.123456789Z").unwrap(), Instant(123));
        assert_eq!(Instant::parse("1970-01-01T00:00:00.07Z").unwrap(), Instant(70));
        assert_eq!(Instant::parse("1969-12-31T23:59:59.999Z").unwrap(), Instant(-1));
        assert_eq!(
            Instant::parse("2000-01-01T05:30:00+05:30").unwrap(),
            Instant::parse("2000-01-01T00:00:00Z").unwrap()
        );
        assert_eq!(
            Instant::parse("2000-01-01T00:00:00-00:00").unwrap(),
            Instant::parse("2000-01-01T00:00:00Z").unwrap()
        );
        assert_eq!(Instant::parse("2024-02-29T12:00:00Z").unwrap().utc_date(), Date::new(2024, 2, 29).unwrap());
    }

    #[test]
    fn rejects_impossible_dates_and_times_clearly() {
        assert_eq!(msg("2026-02-30T00:00:00Z"), "2026-02-30 is not a real date (February 2026 has 28 days)");
        assert_eq!(msg("2025-02-29T00:00:00Z"), "2025-02-29 is not a real date (February 2025 has 28 days)");
        assert_eq!(msg("2026-13-01T00:00:00Z"), "2026-13-01 is not a real date (months run from 01 to 12)");
        assert_eq!(err("2026-00-10T00:00:00Z"), TimeError::NotARealDate { year: 2026, month: 0, day: 10 });
        assert_eq!(err("2026-04-31T00:00:00Z"), TimeError::NotARealDate { year: 2026, month: 4, day: 31 });
        assert_eq!(msg("2026-01-01T24:00:00Z"), "24:00:00 is not a real time of day (00:00:00 to 23:59:59)");
        assert!(matches!(err("2026-01-01T23:60:00Z"), TimeError::NotARealTime { minute: 60, .. }));
        assert_eq!(msg("2016-12-31T23:59:60Z"), "23:59:60 is not a real time of day (leap seconds are not supported)");
        assert_eq!(
            msg("2026-01-01T00:00:00+24:00"),
            "+24:00 is not a valid UTC offset (hours 00 to 23, minutes 00 to 59)"
        );
        assert!(matches!(err("2026-01-01T00:00:00-05:60"), TimeError::BadOffset { negative: true, minutes: 60, .. }));
    }

    #[test]
    fn rejects_years_out_of_range() {
        for text in [
            "+275760-09-13T00:00:00Z",
            "275760-09-13T00:00:00Z",
            "-000001-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "10000-01-01T00:00:00Z",
        ] {
            assert_eq!(err(text), TimeError::YearOutOfRange, "{text}");
        }
        assert!(msg("+275760-09-13T00:00:00Z").contains("0001 to 9999"));
        // Local year 0001 / 9999, but UTC falls outside.
        assert_eq!(err("0001-01-01T00:00:00+01:00"), TimeError::OutOfRange);
        assert_eq!(err("9999-12-31T23:00:00-01:00"), TimeError::OutOfRange);
        assert_eq!(Instant::parse("0001-01-01T00:00:00Z").unwrap(), Instant::MIN_SUPPORTED);
        assert_eq!(Instant::parse("9999-12-31T23:59:59.999Z").unwrap(), Instant::MAX_SUPPORTED);
        assert_eq!(Instant::MAX_SUPPORTED.to_rfc3339_utc(), "9999-12-31T23:59:59.999Z");
        assert_eq!(Instant::MIN_SUPPORTED.to_ical_utc(), "00010101T000000Z");
    }

    #[test]
    fn rejects_malformed_text() {
        assert_eq!(err(""), TimeError::Empty);
        assert_eq!(err("   "), TimeError::Empty);
        assert_eq!(err("2026-12-31"), TimeError::MissingTime(Date::new(2026, 12, 31).unwrap()));
        assert!(msg("2026-12-31").contains("2026-12-31T00:00:00Z"));
        assert_eq!(err("2026-12-31T23:59:59"), TimeError::MissingOffset);
        assert_eq!(err("2026-12-31T23:59:59.5"), TimeError::MissingOffset);
        assert!(msg("2026-12-31T23:59:59").contains("+07:00"));
        assert_eq!(
            err("2026-12-31 23:59:59Z"),
            TimeError::Syntax { expected: "'T' between the date and the time (not a space)", position: 11 }
        );
        assert!(matches!(err("2026-12-31T23:59Z"), TimeError::Syntax { position: 17, .. }));
        assert!(matches!(err("2026-12-31T23:59:59.Z"), TimeError::Syntax { position: 21, .. }));
        assert!(matches!(err("2026-12-31T23:59:59+0700"), TimeError::Syntax { position: 23, .. }));
        assert!(matches!(err("2026-12-31T23:59:59+07"), TimeError::Syntax { position: 23, .. }));
        assert!(matches!(err("2026-12-31T23:59:59Z "), TimeError::Syntax { position: 21, .. }));
        assert!(matches!(err(" 2026-12-31T23:59:59Z"), TimeError::Syntax { position: 1, .. }));
        assert!(matches!(err("2026-1-31T23:59:59Z"), TimeError::Syntax { position: 7, .. }));
        assert!(matches!(err("2026/12/31T23:59:59Z"), TimeError::Syntax { position: 5, .. }));
        assert!(matches!(err("2026-12-31T23:59:59 GMT"), TimeError::Syntax { .. }));
        assert!(matches!(err("tomorrow"), TimeError::Syntax { position: 1, .. }));
        assert!(matches!(err("2026-12-31T23:59:59Zé"), TimeError::Syntax { position: 21, .. }));
        assert!(matches!(err("2026-12-3é"), TimeError::Syntax { position: 10, .. }));
        assert!(msg("x").contains("example: 2026-12-31T23:59:59-05:00"));
    }
}
