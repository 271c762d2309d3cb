//! Splitting a duration into the units a countdown shows, and when to show the next value.
//!
//! **Rounding.** Remaining time rounds *up* to the next whole second ([`Breakdown::remaining`]):
//! with 1.5 s left the timer shows 2 s, with 1 ms left it shows 1 s, and it shows 0 exactly at
//! the target instant, the moment the phase changes, never earlier. Elapsed time rounds *down*
//! ([`Breakdown::elapsed`], [`whole_days_between`]): "ended 3 days ago" means 3 full days.
//! Either way every displayed value changes exactly on a second boundary aligned with the
//! target, so [`ms_until_next_second_boundary`] can schedule one update per displayed second.
//!
//! **Units shown** ([`Breakdown::visible_units`]): the largest unit adapts and every smaller one
//! stays: days-hours-minutes-seconds from one day up, hours-minutes-seconds under a day,
//! minutes-seconds under an hour, seconds under a minute. No "0 days", and the layout changes
//! only at those three thresholds, not every second (the UI pads hours, minutes and seconds
//! to two tabular digits).

use crate::instant::{Instant, MS_PER_DAY, MS_PER_SECOND};

/// A unit of a countdown display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    Days,
    Hours,
    Minutes,
    Seconds,
}

impl Unit {
    /// `"days"`, `"hours"`, `"minutes"`, `"seconds"`: the unit names `Intl` and CSS classes use.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Minutes => "minutes",
            Unit::Seconds => "seconds",
        }
    }
}

const ALL_UNITS: [Unit; 4] = [Unit::Days, Unit::Hours, Unit::Minutes, Unit::Seconds];

/// A non-negative duration in whole days, hours, minutes and seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Breakdown {
    pub days: i64,
    pub hours: u8,
    pub minutes: u8,
    pub seconds: u8,
}

impl Breakdown {
    /// Time left, rounded up to a whole second (see the module doc). Negative counts as zero.
    pub fn remaining(ms: i64) -> Breakdown {
        // ceil(ms / 1000) without overflow: (ms - 1) / 1000 + 1 for ms > 0.
        Breakdown::from_seconds(if ms > 0 { (ms - 1) / MS_PER_SECOND + 1 } else { 0 })
    }

    /// Time elapsed, rounded down to a whole second. Negative counts as zero.
    pub fn elapsed(ms: i64) -> Breakdown {
        Breakdown::from_seconds(ms.max(0) / MS_PER_SECOND)
    }

    /// Splits whole seconds (negative counts as zero).
    pub fn from_seconds(total: i64) -> Breakdown {
        let s = total.max(0);
        Breakdown {
            days: s / 86_400,
            hours: (s / 3600 % 24) as u8,
            minutes: (s / 60 % 60) as u8,
            seconds: (s % 60) as u8,
        }
    }

    pub fn total_seconds(&self) -> i64 {
        self.days
            .saturating_mul(86_400)
            .saturating_add(i64::from(self.hours) * 3600 + i64::from(self.minutes) * 60 + i64::from(self.seconds))
    }

    pub fn is_zero(&self) -> bool {
        self.total_seconds() == 0
    }

    /// The value of one unit.
    pub fn get(&self, unit: Unit) -> i64 {
        match unit {
            Unit::Days => self.days,
            Unit::Hours => self.hours.into(),
            Unit::Minutes => self.minutes.into(),
            Unit::Seconds => self.seconds.into(),
        }
    }

    /// The largest non-zero unit; `Seconds` for zero.
    pub fn largest_unit(&self) -> Unit {
        if self.days > 0 {
            Unit::Days
        } else if self.hours > 0 {
            Unit::Hours
        } else if self.minutes > 0 {
            Unit::Minutes
        } else {
            Unit::Seconds
        }
    }

    /// The units to display, largest first: from [`Breakdown::largest_unit`] down to seconds.
    pub fn visible_units(&self) -> &'static [Unit] {
        let from = match self.largest_unit() {
            Unit::Days => 0,
            Unit::Hours => 1,
            Unit::Minutes => 2,
            Unit::Seconds => 3,
        };
        ALL_UNITS.get(from..).unwrap_or(&[])
    }
}

/// Milliseconds from `now` until the next whole-`period_ms` boundary aligned with `target`,
/// before or after it: when a countdown to `target` at that resolution must next change.
/// Always in `1..=period_ms`; a `period_ms` below 1 counts as 1.
pub fn ms_until_next_boundary(now: Instant, target: Instant, period_ms: i64) -> i64 {
    let period = period_ms.max(1);
    // Before the target the shown value (rounded up) drops when the remaining time reaches a
    // multiple of the period; after it the shown value (rounded down) rises when the elapsed
    // time does. With d = target - now both cases are ((d - 1) mod period) + 1.
    let d = target.millis_since(now);
    d.saturating_sub(1).rem_euclid(period) + 1
}

/// Milliseconds until the displayed second changes (in `1..=1000`). Schedule one timer for
/// this long, then recompute everything from the clock: ticks are never counted, so sleep,
/// hidden tabs and clock changes cannot make the display drift. A timer that fires a little
/// early just finds the same value and waits the remaining few milliseconds.
pub fn ms_until_next_second_boundary(now: Instant, target: Instant) -> i64 {
    ms_until_next_boundary(now, target, MS_PER_SECOND)
}

/// Complete 24-hour days from `from` to `to` (rounded down; 0 if `to` is not after `from`),
/// for "ended N days ago". Counted in absolute time, so DST changes do not matter.
pub fn whole_days_between(from: Instant, to: Instant) -> i64 {
    to.millis_since(from).max(0) / MS_PER_DAY
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::instant::{MS_PER_HOUR, MS_PER_MINUTE};

    fn b(days: i64, hours: u8, minutes: u8, seconds: u8) -> Breakdown {
        Breakdown { days, hours, minutes, seconds }
    }

    #[test]
    fn remaining_rounds_up_to_whole_seconds() {
        assert_eq!(Breakdown::remaining(0), b(0, 0, 0, 0));
        assert_eq!(Breakdown::remaining(1), b(0, 0, 0, 1));
        assert_eq!(Breakdown::remaining(999), b(0, 0, 0, 1));
        assert_eq!(Breakdown::remaining(1000), b(0, 0, 0, 1));
        assert_eq!(Breakdown::remaining(1001), b(0, 0, 0, 2));
        assert_eq!(Breakdown::remaining(1500), b(0, 0, 0, 2));
        assert_eq!(Breakdown::remaining(-5), b(0, 0, 0, 0));
        assert_eq!(Breakdown::remaining(MS_PER_MINUTE), b(0, 0, 1, 0));
        assert_eq!(Breakdown::remaining(MS_PER_MINUTE - 1), b(0, 0, 1, 0));
        assert_eq!(Breakdown::remaining(MS_PER_MINUTE - 1000), b(0, 0, 0, 59));
        assert_eq!(Breakdown::remaining(MS_PER_DAY), b(1, 0, 0, 0));
        assert_eq!(Breakdown::remaining(MS_PER_DAY - 1), b(1, 0, 0, 0));
        assert_eq!(Breakdown::remaining(MS_PER_DAY - 1000), b(0, 23, 59, 59));
        let ms = 400 * MS_PER_DAY + 5 * MS_PER_HOUR + 6 * MS_PER_MINUTE + 7_000;
        assert_eq!(Breakdown::remaining(ms), b(400, 5, 6, 7));
        assert_eq!(Breakdown::remaining(ms).total_seconds(), ms / 1000);
        assert_eq!(Breakdown::remaining(i64::MAX).days, i64::MAX / MS_PER_DAY);
        assert_eq!(Breakdown::remaining(i64::MIN), b(0, 0, 0, 0));
    }

    #[test]
    fn elapsed_rounds_down() {
        assert_eq!(Breakdown::elapsed(999), b(0, 0, 0, 0));
        assert_eq!(Breakdown::elapsed(1000), b(0, 0, 0, 1));
        assert_eq!(Breakdown::elapsed(MS_PER_DAY - 1), b(0, 23, 59, 59));
        assert_eq!(Breakdown::elapsed(-1), b(0, 0, 0, 0));
    }

    #[test]
    fn largest_unit_adapts_and_smaller_units_stay() {
        use Unit::*;
        assert_eq!(b(2, 0, 0, 0).visible_units(), &[Days, Hours, Minutes, Seconds]);
        assert_eq!(b(1, 0, 0, 0).largest_unit(), Days);
        assert_eq!(b(0, 23, 59, 59).visible_units(), &[Hours, Minutes, Seconds]);
        assert_eq!(b(0, 1, 0, 0).visible_units(), &[Hours, Minutes, Seconds]);
        assert_eq!(b(0, 0, 59, 59).visible_units(), &[Minutes, Seconds]);
        assert_eq!(b(0, 0, 1, 0).visible_units(), &[Minutes, Seconds]);
        assert_eq!(b(0, 0, 0, 59).visible_units(), &[Seconds]);
        assert_eq!(b(0, 0, 0, 0).visible_units(), &[Seconds]);
        assert!(b(0, 0, 0, 0).is_zero());
        let x = b(3, 4, 5, 6);
        assert_eq!(x.visible_units().iter().map(|&u| x.get(u)).collect::<Vec<_>>(), [3, 4, 5, 6]);
        assert_eq!(Unit::Minutes.as_str(), "minutes");
    }

    #[test]
    fn the_layout_changes_only_at_three_thresholds() {
        let target = Instant(10 * MS_PER_DAY);
        let mut changes = 0;
        let mut last = Breakdown::remaining(2 * MS_PER_DAY).visible_units();
        // Walk the last two days, one displayed second at a time, as the UI would.
        let mut now = Instant(target.0 - 2 * MS_PER_DAY);
        while now < target {
            now = now.saturating_add(ms_until_next_second_boundary(now, target));
            let units = Breakdown::remaining(target.millis_since(now)).visible_units();
            if units != last {
                changes += 1;
                last = units;
            }
        }
        assert_eq!(now, target);
        assert_eq!(changes, 3);
    }

    #[test]
    fn next_boundary_before_and_after_target() {
        let t = Instant(1_000_000);
        let at = |ms: i64| ms_until_next_second_boundary(Instant(t.0 - ms), t);
        assert_eq!(at(1500), 500); // shows 2 s, drops to 1 s in 500 ms
        assert_eq!(at(1000), 1000); // shows 1 s, drops to 0 at the target
        assert_eq!(at(1), 1);
        assert_eq!(at(0), 1000); // at the target: "0 s since", "1 s since" in 1000 ms
        assert_eq!(at(-1), 999);
        assert_eq!(at(-999), 1);
        assert_eq!(at(-1000), 1000);
        for ms in -5000..5000 {
            let wait = at(ms);
            assert!((1..=1000).contains(&wait), "{ms}: {wait}");
            // The displayed value is the same until then and different right at it.
            let now = Instant(t.0 - ms);
            let shown = |n: Instant| {
                let d = t.millis_since(n);
                if d > 0 {
                    Breakdown::remaining(d).total_seconds()
                } else {
                    -Breakdown::elapsed(-d).total_seconds()
                }
            };
            assert_eq!(shown(now), shown(Instant(now.0 + wait - 1)));
            assert_ne!(shown(now), shown(Instant(now.0 + wait)));
        }
        assert_eq!(ms_until_next_boundary(Instant(0), Instant(90 * MS_PER_MINUTE + 1), MS_PER_MINUTE), 1);
        assert_eq!(ms_until_next_boundary(Instant(0), Instant(0), 0), 1);
        assert!(ms_until_next_second_boundary(Instant(i64::MIN), Instant(i64::MAX)) <= 1000);
        assert!(ms_until_next_second_boundary(Instant(i64::MAX), Instant(i64::MIN)) >= 1);
    }

    #[test]
    fn whole_days_for_ended_n_days_ago() {
        let end = Instant(0);
        assert_eq!(whole_days_between(end, Instant(MS_PER_DAY - 1)), 0);
        assert_eq!(whole_days_between(end, Instant(MS_PER_DAY)), 1);
        assert_eq!(whole_days_between(end, Instant(10 * MS_PER_DAY + 5)), 10);
        assert_eq!(whole_days_between(end, Instant(-MS_PER_DAY * 3)), 0);
    }

    #[test]
    fn remaining_time_is_absolute_across_dst() {
        // Noon EST on 7 Mar 2026 to noon EDT on 8 Mar 2026 is 23 hours, not a day.
        let from = Instant::parse("2026-03-07T12:00:00-05:00").unwrap();
        let to = Instant::parse("2026-03-08T12:00:00-04:00").unwrap();
        assert_eq!(Breakdown::remaining(to.millis_since(from)), b(0, 23, 0, 0));
        // And 25 hours across the November change.
        let from = Instant::parse("2026-10-31T12:00:00-04:00").unwrap();
        let to = Instant::parse("2026-11-01T12:00:00-05:00").unwrap();
        assert_eq!(Breakdown::remaining(to.millis_since(from)), b(1, 1, 0, 0));
        assert_eq!(whole_days_between(from, to), 1);
    }
}
