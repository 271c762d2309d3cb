//! The proleptic Gregorian calendar: leap years, month lengths, day numbers, and the one calendar
//! [`Date`] the countdown (local dates of instants, all-day events) and the treaty data
//! (ratification dates) share, so both refuse the same impossible dates.

mod date;

pub use date::{Date, DateError};

/// English month names, for messages and for reading "July 2026" in editors' spreadsheets.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1..=12) of `year`; 0 for a month that does not exist.
pub const fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The English name of `month` (1..=12).
pub fn month_name(month: u8) -> Option<&'static str> {
    MONTH_NAMES.get(usize::from(month).checked_sub(1)?).copied()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
/// The date need not be valid; callers validate first.
pub const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // [0, 399]
    let mp = if month > 2 { month - 3 } else { month + 9 }; // March-based month, [0, 11]
    let doy = (153 * mp + 2) / 5 + day - 1; // [0, 365]
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era * 146_097 + doe - 719_468
}

/// `(year, month, day)` of a day number (Howard Hinnant's `civil_from_days`).
/// `days` must stay within ±10^15 to avoid overflow.
pub const fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

/// Appends `n` zero-padded to `width` digits (a leading '-' for negatives). Hand-written so dates
/// and times do not pull `core::fmt`'s padding machinery into the wasm.
pub fn push_digits(out: &mut String, n: i64, width: usize) {
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

    #[test]
    fn leap_years_and_month_lengths() {
        assert!(is_leap_year(2024) && is_leap_year(2000) && !is_leap_year(1900) && !is_leap_year(2026));
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2028, 2), 29);
        assert_eq!(days_in_month(2026, 13), 0);
        assert_eq!(month_name(7), Some("July"));
        assert_eq!(month_name(0), None);
    }

    #[test]
    fn digits_are_padded() {
        let padded = |n, width| {
            let mut out = String::new();
            push_digits(&mut out, n, width);
            out
        };
        assert_eq!(padded(7, 2), "07");
        assert_eq!(padded(2026, 4), "2026");
        assert_eq!(padded(12_345, 4), "12345");
        assert_eq!(padded(-5, 3), "-005");
        assert_eq!(padded(i64::MIN, 1), "-9223372036854775808");
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(days_from_civil(2026, 12, 31), 20_818);
        assert_eq!(civil_from_days(20_818), (2026, 12, 31));
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
        for days in (-800_000..3_000_000).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
