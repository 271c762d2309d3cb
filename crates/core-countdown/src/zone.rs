//! Time-zone helpers that need no time-zone tables.
//!
//! The browser's `Intl` knows every IANA zone; this module only checks that a name is shaped
//! like one, reads the UTC offsets `Intl` prints, and turns a wall-clock time in a zone into an
//! instant given a way to ask for the zone's offset (which the UI answers with `Intl`).

use crate::instant::{Instant, MS_PER_DAY, MS_PER_SECOND};
use core_calendar::Date;

/// Longest name accepted. The longest real one, `America/Argentina/ComodRivadavia`, has 32.
const MAX_ZONE_LEN: usize = 64;

/// Checks that `name` is shaped like an IANA time-zone name (`Asia/Ho_Chi_Minh`, `UTC`,
/// `Etc/GMT-7`, `America/Argentina/Buenos_Aires`). Whether the zone exists is for `Intl` to say.
/// The error is an English phrase that completes "time zone \"…\" …".
pub fn check_zone_name(name: &str) -> Result<(), &'static str> {
    if name.trim().is_empty() {
        return Err("is empty; expected an IANA time-zone name such as Asia/Ho_Chi_Minh");
    }
    if name.starts_with(['+', '-']) || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(
            "is a UTC offset, not an IANA time-zone name; use a name such as Asia/Ho_Chi_Minh or America/New_York",
        );
    }
    if name.contains(' ') {
        return Err("contains a space; IANA time-zone names use underscores, as in America/New_York");
    }
    if name.len() > MAX_ZONE_LEN {
        return Err("is too long to be an IANA time-zone name");
    }
    let well_formed = name.split('/').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    });
    if well_formed {
        Ok(())
    } else {
        Err("is not shaped like an IANA time-zone name (e.g. Asia/Ho_Chi_Minh, America/New_York, UTC)")
    }
}

/// Reads an offset as `Intl.DateTimeFormat` prints it with `timeZoneName: "longOffset"`
/// (`GMT`, `GMT+07:00`, `GMT-04:56:02` for local mean time) or `"shortOffset"` (`GMT+7`,
/// `GMT+5:30`), or bare (`+07:00`, `Z`). Returns seconds east of UTC.
pub fn parse_gmt_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    let rest = text.strip_prefix("GMT").or_else(|| text.strip_prefix("UTC")).unwrap_or(text);
    if rest.is_empty() || rest == "Z" {
        return Some(0);
    }
    let (negative, rest) = match rest.as_bytes().first()? {
        b'+' => (false, rest.get(1..)?),
        // Some engines print U+2212 MINUS SIGN.
        b'-' => (true, rest.get(1..)?),
        _ => (true, rest.strip_prefix('\u{2212}')?),
    };
    let mut parts = rest.split(':');
    let mut total = 0i32;
    for (i, limit, unit) in [(0usize, 23i32, 3600), (1, 59, 60), (2, 59, 1)] {
        let Some(part) = parts.next() else {
            // Hours are required; minutes and seconds are optional.
            if i == 0 {
                return None;
            }
            break;
        };
        let ok_len = if i == 0 { (1..=2).contains(&part.len()) } else { part.len() == 2 };
        if !ok_len || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i32 = part.parse().ok()?;
        if n > limit {
            return None;
        }
        total += n * unit;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(if negative { -total } else { total })
}

/// The instant at which the wall clock in some zone shows `date` at `ms_of_day` ms after
/// midnight. `offset_at` gives the zone's offset (seconds east of UTC) at an instant; the UI
/// answers it with `Intl` and [`parse_gmt_offset`]. `None` if `offset_at` does.
///
/// Like `Temporal`'s "compatible" rule: a time repeated when clocks go back resolves to the
/// earlier instant; a time skipped when clocks go forward is moved forward by the gap
/// (02:30 on a spring-forward night in New York becomes 03:30 EDT).
pub fn resolve_local(date: Date, ms_of_day: i64, offset_at: &dyn Fn(Instant) -> Option<i32>) -> Option<Instant> {
    let wall = date.to_days().saturating_mul(MS_PER_DAY).saturating_add(ms_of_day);
    // Real zones change offset at most once within a day or so, so the offsets a day before
    // and a day after are the only two candidates.
    let before = i64::from(offset_at(Instant(wall.saturating_sub(MS_PER_DAY)))?) * MS_PER_SECOND;
    let after = i64::from(offset_at(Instant(wall.saturating_add(MS_PER_DAY)))?) * MS_PER_SECOND;
    let mut best: Option<Instant> = None;
    for offset in [before, after] {
        let t = Instant(wall.saturating_sub(offset));
        let actual = i64::from(offset_at(t)?) * MS_PER_SECOND;
        if actual == offset && best.is_none_or(|b| t < b) {
            best = Some(t);
        }
    }
    // Neither candidate is self-consistent: the time falls in a gap.
    Some(best.unwrap_or(Instant(wall.saturating_sub(before))))
}

/// The instants at which `date` starts and the next day starts, on the wall clock of the zone
/// `offset_at` describes: the span of an all-day event (23 or 25 hours on DST change days).
/// `None` for 9999-12-31, which has no next day.
pub fn day_bounds(date: Date, offset_at: &dyn Fn(Instant) -> Option<i32>) -> Option<(Instant, Instant)> {
    Some((resolve_local(date, 0, offset_at)?, resolve_local(date.add_days(1)?, 0, offset_at)?))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::instant::{DateTime, MS_PER_HOUR};

    /// America/New_York since 2007: EDT (-4) from the second Sunday of March 02:00 EST to the
    /// first Sunday of November 02:00 EDT, else EST (-5). A stand-in for `Intl` in tests.
    pub(crate) fn new_york(t: Instant) -> Option<i32> {
        let year = t.utc_date().year();
        let nth_sunday = |month: u8, n: i64| {
            let first = Date::new(year, month, 1).unwrap();
            first.add_days((7 - i64::from(first.weekday())) % 7 + 7 * (n - 1)).unwrap()
        };
        let start = Instant(nth_sunday(3, 2).to_days() * MS_PER_DAY + 7 * MS_PER_HOUR); // 02:00 EST
        let end = Instant(nth_sunday(11, 1).to_days() * MS_PER_DAY + 6 * MS_PER_HOUR); // 02:00 EDT
        Some(if t >= start && t < end { -4 * 3600 } else { -5 * 3600 })
    }

    fn hanoi(_: Instant) -> Option<i32> {
        Some(7 * 3600)
    }

    fn at(text: &str) -> Instant {
        Instant::parse(text).unwrap()
    }

    #[test]
    fn accepts_iana_shaped_names() {
        for name in [
            "Asia/Ho_Chi_Minh",
            "America/New_York",
            "UTC",
            "Etc/GMT-7",
            "Etc/GMT+12",
            "America/Argentina/Buenos_Aires",
            "America/Port-au-Prince",
            "EST5EDT",
            "Pacific/Kiritimati",
            "asia/ho_chi_minh",
        ] {
            assert_eq!(check_zone_name(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn refuses_garbage_names() {
        for name in [
            "",
            "  ",
            "+07:00",
            "-05:00",
            "7",
            "New York",
            "America/New York",
            "America//New_York",
            "/UTC",
            "UTC/",
            "Asia/Hồ_Chí_Minh",
            "<script>",
            "a/../b",
            "America/New_York\n",
            &"A".repeat(65),
        ] {
            assert!(check_zone_name(name).is_err(), "{name:?}");
        }
        assert!(check_zone_name("+07:00").unwrap_err().contains("UTC offset"));
        assert!(check_zone_name("New York").unwrap_err().contains("underscores"));
    }

    #[test]
    fn parses_intl_offsets() {
        assert_eq!(parse_gmt_offset("GMT"), Some(0));
        assert_eq!(parse_gmt_offset("GMT+07:00"), Some(25_200));
        assert_eq!(parse_gmt_offset("GMT-05:00"), Some(-18_000));
        assert_eq!(parse_gmt_offset("GMT+5:30"), Some(19_800));
        assert_eq!(parse_gmt_offset("GMT+14"), Some(50_400));
        assert_eq!(parse_gmt_offset("GMT-04:56:02"), Some(-17_762));
        assert_eq!(parse_gmt_offset("GMT\u{2212}03:00"), Some(-10_800));
        assert_eq!(parse_gmt_offset("UTC+01:00"), Some(3600));
        assert_eq!(parse_gmt_offset("+07:00"), Some(25_200));
        assert_eq!(parse_gmt_offset("Z"), Some(0));
        for bad in ["GMT+", "GMT+24:00", "GMT+07:60", "GMT+07:0", "GMT+123", "EST", "GMT+07:00:00:00", "GMT*07"] {
            assert_eq!(parse_gmt_offset(bad), None, "{bad}");
        }
    }

    #[test]
    fn resolves_wall_clock_times_across_dst() {
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        // Ordinary days.
        assert_eq!(resolve_local(d(2027, 1, 23), 0, &new_york), Some(at("2027-01-23T00:00:00-05:00")));
        assert_eq!(resolve_local(d(2026, 7, 4), 12 * MS_PER_HOUR, &new_york), Some(at("2026-07-04T12:00:00-04:00")));
        assert_eq!(resolve_local(d(2025, 10, 25), 9 * MS_PER_HOUR, &hanoi), Some(at("2025-10-25T09:00:00+07:00")));
        // Spring forward, 8 Mar 2026: 02:30 does not exist and moves to 03:30 EDT.
        assert_eq!(
            resolve_local(d(2026, 3, 8), 2 * MS_PER_HOUR + 30 * 60_000, &new_york),
            Some(at("2026-03-08T03:30:00-04:00"))
        );
        assert_eq!(resolve_local(d(2026, 3, 8), 3 * MS_PER_HOUR, &new_york), Some(at("2026-03-08T03:00:00-04:00")));
        assert_eq!(
            resolve_local(d(2026, 3, 8), MS_PER_HOUR + 59 * 60_000, &new_york),
            Some(at("2026-03-08T01:59:00-05:00"))
        );
        // Fall back, 1 Nov 2026: 01:30 happens twice; the earlier (EDT) one wins.
        assert_eq!(
            resolve_local(d(2026, 11, 1), MS_PER_HOUR + 30 * 60_000, &new_york),
            Some(at("2026-11-01T01:30:00-04:00"))
        );
        assert_eq!(resolve_local(d(2026, 11, 1), 2 * MS_PER_HOUR, &new_york), Some(at("2026-11-01T02:00:00-05:00")));
        // The result reads back as the requested wall time.
        let t = resolve_local(d(2026, 11, 1), 0, &new_york).unwrap();
        assert_eq!(DateTime::from_instant(t, new_york(t).unwrap()).to_string(), "2026-11-01T00:00:00-04:00");
        // Whole days, 23 hours long on the spring-forward day.
        let (s, e) = day_bounds(d(2026, 3, 8), &new_york).unwrap();
        assert_eq!((s, e), (at("2026-03-08T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00")));
        assert_eq!(e.millis_since(s), 23 * MS_PER_HOUR);
        // A failing Intl lookup is passed on, not guessed.
        assert_eq!(day_bounds(d(2026, 1, 1), &|_| None), None);
        assert_eq!(resolve_local(d(2026, 1, 1), 0, &|_| None), None);
        // The last day of the calendar has no next day to end at.
        assert_eq!(day_bounds(Date::MAX, &hanoi), None);
    }
}
