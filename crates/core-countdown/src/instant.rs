//! Instants, civil dates and strict RFC 3339.
//!
//! Everything is integer arithmetic on milliseconds since the Unix epoch: no time-zone tables
//! (the browser's `Intl` has them) and no floats (they would pull float formatting into the wasm).

use std::fmt;

pub const MS_PER_SECOND: i64 = 1_000;
pub const MS_PER_MINUTE: i64 = 60 * MS_PER_SECOND;
pub const MS_PER_HOUR: i64 = 60 * MS_PER_MINUTE;
pub const MS_PER_DAY: i64 = 24 * MS_PER_HOUR;

/// An example shown in error messages, so that a page author sees the expected shape at once.
const EXAMPLE: &str = "2026-12-31T23:59:59-05:00";

/// A point in time: milliseconds since 1970-01-01T00:00:00Z (leap seconds ignored, as in JS `Date`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant(pub i64);

impl Instant {
    /// 0001-01-01T00:00:00Z, the earliest instant [`Instant::parse`] returns.
    pub const MIN_SUPPORTED: Instant = Instant(days_from_civil(1, 1, 1) * MS_PER_DAY);
    /// 9999-12-31T23:59:59.999Z, the latest instant [`Instant::parse`] returns.
    pub const MAX_SUPPORTED: Instant = Instant(days_from_civil(10_000, 1, 1) * MS_PER_DAY - 1);

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
        let mut out = String::with_capacity(16);
        dt.date.push_compact(&mut out);
        out.push('T');
        push_num(&mut out, dt.hour.into(), 2);
        push_num(&mut out, dt.minute.into(), 2);
        push_num(&mut out, dt.second.into(), 2);
        out.push('Z');
        out
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when the milliseconds are not zero.
    pub fn to_rfc3339_utc(self) -> String {
        DateTime::from_instant(self, 0).to_string()
    }
}

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
    NotARealDate { year: i32, month: u8, day: u8 },
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
                    Some(name) => write!(f, " ({name} {year:04} has {} days)", days_in_month(*year, *month)),
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

/// A proleptic Gregorian calendar date. Always valid: built only through checked constructors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Days representable by [`Date`] without overflow (about ±1 million years); clamped beyond.
const DAY_LIMIT: i64 = 365_000_000;

impl Date {
    /// The date, if it exists (any `i32` year; months 1..=12; days within the month).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (years 0001..=9999), e.g. a ratification date in a data file.
    pub fn parse(text: &str) -> Result<Date, TimeError> {
        let mut r = Reader { b: text.as_bytes(), pos: 0 };
        if text.trim().is_empty() {
            return Err(TimeError::Empty);
        }
        let date = r.date()?;
        if r.pos < r.b.len() {
            return Err(r.syntax("the end of the date (YYYY-MM-DD)"));
        }
        Ok(date)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        days_from_civil(self.year.into(), self.month.into(), self.day.into())
    }

    /// The date `days` days after 1970-01-01. Values beyond about ±1 million years are clamped.
    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days.clamp(-DAY_LIMIT, DAY_LIMIT));
        // The clamp keeps `y` far inside i32, and m, d are 1..=12 and 1..=31 by construction.
        Date { year: y as i32, month: m as u8, day: d as u8 }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days().saturating_add(n))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u8
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    pub fn to_compact(self) -> String {
        let mut out = String::with_capacity(8);
        self.push_compact(&mut out);
        out
    }

    fn push_compact(self, out: &mut String) {
        push_num(out, self.year.into(), 4);
        push_num(out, self.month.into(), 2);
        push_num(out, self.day.into(), 2);
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(10);
        push_num(&mut out, self.year.into(), 4);
        out.push('-');
        push_num(&mut out, self.month.into(), 2);
        out.push('-');
        push_num(&mut out, self.day.into(), 2);
        f.write_str(&out)
    }
}

/// A date and wall-clock time at a fixed UTC offset, as written in RFC 3339 text.
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

impl DateTime {
    /// Parses strict RFC 3339: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±hh:mm)`.
    ///
    /// `T` and `Z` may be lower case (RFC 3339 §5.6). Fractions beyond milliseconds are truncated.
    /// Refused: a missing offset, a space instead of `T`, surrounding whitespace, impossible
    /// dates and times, leap seconds, and years outside 0001..=9999 (also after conversion to UTC).
    pub fn parse(text: &str) -> Result<DateTime, TimeError> {
        if text.trim().is_empty() {
            return Err(TimeError::Empty);
        }
        let mut r = Reader { b: text.as_bytes(), pos: 0 };
        let date = r.date()?;
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

    /// The wall-clock reading of `instant` at `offset_seconds` east of UTC.
    pub fn from_instant(instant: Instant, offset_seconds: i32) -> DateTime {
        let local = instant.0.saturating_add(i64::from(offset_seconds) * MS_PER_SECOND);
        let ms = local.rem_euclid(MS_PER_DAY);
        DateTime {
            date: Date::from_days(local.div_euclid(MS_PER_DAY)),
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
        Instant(self.date.days() * MS_PER_DAY + time - i64::from(self.offset_seconds) * MS_PER_SECOND)
    }

    /// True at exactly 00:00:00.000 local time (how all-day events start and end).
    pub fn is_midnight(&self) -> bool {
        self.hour == 0 && self.minute == 0 && self.second == 0 && self.millisecond == 0
    }
}

impl fmt::Display for DateTime {
    /// RFC 3339, e.g. `2026-12-31T23:59:59-05:00`; `Z` for a zero offset; `.mmm` only if non-zero.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::with_capacity(29);
        out.push_str(&self.date.to_string());
        out.push('T');
        push_num(&mut out, self.hour.into(), 2);
        out.push(':');
        push_num(&mut out, self.minute.into(), 2);
        out.push(':');
        push_num(&mut out, self.second.into(), 2);
        if self.millisecond != 0 {
            out.push('.');
            push_num(&mut out, self.millisecond.into(), 3);
        }
        if self.offset_seconds == 0 {
            out.push('Z');
        } else {
            out.push(if self.offset_seconds < 0 { '-' } else { '+' });
            let minutes = i64::from(self.offset_seconds).abs() / 60;
            push_num(&mut out, minutes / 60, 2);
            out.push(':');
            push_num(&mut out, minutes % 60, 2);
        }
        f.write_str(&out)
    }
}

/// Byte cursor over ASCII date text. Positions in errors are 1-based characters; everything
/// before the cursor has been checked to be ASCII, so bytes and characters agree there.
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

    /// `YYYY-MM-DD`, validated.
    fn date(&mut self) -> Result<Date, TimeError> {
        // Expanded years (`+275760-09-13`, `-000001-…`) and five-digit years are valid ISO 8601 /
        // JS but outside what we support: say so instead of "syntax error".
        let leading_digits = self.b.iter().take_while(|b| b.is_ascii_digit()).count();
        if matches!(self.peek(), Some(b'+' | b'-')) || leading_digits > 4 {
            return Err(TimeError::YearOutOfRange);
        }
        let year = self.number(4, "a four-digit year")? as i32;
        self.require(b'-', "'-' after the year")?;
        let month = self.number(2, "a two-digit month")? as u8;
        self.require(b'-', "'-' after the month")?;
        let day = self.number(2, "a two-digit day")? as u8;
        if year == 0 {
            return Err(TimeError::YearOutOfRange);
        }
        Date::new(year, month, day).ok_or(TimeError::NotARealDate { year, month, day })
    }
}

pub fn is_leap_year(year: i32) -> bool {
    core_calendar::is_leap_year(i64::from(year))
}

/// Days in `month` (1..=12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    core_calendar::days_in_month(i64::from(year), month)
}

use core_calendar::month_name;

pub use core_calendar::{civil_from_days, days_from_civil};

/// Appends `n` zero-padded to `width` digits (a leading '-' for negatives). Hand-written so
/// timestamps do not need `core::fmt`'s padding machinery.
fn push_num(out: &mut String, n: i64, width: usize) {
    if n < 0 {
        out.push('-');
    }
    // Least significant digit first.
    let mut digits = String::with_capacity(20);
    let mut v = n.unsigned_abs();
    loop {
        digits.push(char::from(b'0' + (v % 10) as u8));
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in digits.len()..width {
        out.push('0');
    }
    out.extend(digits.chars().rev());
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
    fn hinnant_round_trips_and_known_points() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
        for days in (-800_000..3_000_000).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            let date = Date::from_days(days);
            assert_eq!(date.days(), days);
            assert_eq!(date.add_days(1).days(), days + 1);
        }
        // Every day from 1600 to 2400 follows the previous one.
        let mut date = Date::new(1600, 1, 1).unwrap();
        let mut days = date.days();
        while date.year() < 2400 {
            let next = date.add_days(1);
            assert_eq!(next.days(), days + 1);
            assert!(next > date);
            date = next;
            days += 1;
        }
    }

    #[test]
    fn dates_validate_and_add() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 4, 0).is_none());
        let d = Date::new(2024, 12, 24).unwrap();
        assert_eq!(d.add_days(8).to_string(), "2025-01-01");
        assert_eq!(d.add_days(-24).to_string(), "2024-11-30");
        assert_eq!(Date::new(2024, 2, 28).unwrap().add_days(1).to_string(), "2024-02-29");
        assert_eq!(Date::new(2026, 10, 25).unwrap().add_days(90).to_string(), "2027-01-23");
        assert_eq!(d.to_compact(), "20241224");
        assert_eq!(Date::new(2024, 12, 24).unwrap().weekday(), 2); // a Tuesday
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 4);
        assert_eq!(Date::new(2026, 3, 8).unwrap().weekday(), 7);
        // Far values clamp instead of overflowing.
        let far = Date::from_days(i64::MAX);
        assert!(far.year() > 900_000);
        assert!(Date::from_days(i64::MIN).add_days(i64::MIN).year() < -900_000);
    }

    #[test]
    fn date_parse() {
        assert_eq!(Date::parse("2025-10-25").unwrap(), Date::new(2025, 10, 25).unwrap());
        assert_eq!(
            Date::parse("2026-02-30").unwrap_err().to_string(),
            "2026-02-30 is not a real date (February 2026 has 28 days)"
        );
        assert!(matches!(Date::parse("2025-10-25T00:00:00Z"), Err(TimeError::Syntax { position: 11, .. })));
        assert!(matches!(Date::parse("25-10-2025"), Err(TimeError::Syntax { .. })));
        assert_eq!(Date::parse(""), Err(TimeError::Empty));
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
        // Extreme inputs never panic.
        let _ = Instant(i64::MAX).to_rfc3339_utc();
        let _ = Instant(i64::MIN).to_ical_utc();
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
