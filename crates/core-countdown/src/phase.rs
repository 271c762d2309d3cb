//! Where "now" stands relative to an event.

use crate::instant::Instant;

/// The event's phase. Its [`Phase::as_str`] is the public `event-countdown:phase` detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Phase {
    /// `now < start`.
    Before,
    /// `start <= now < end` (only for events with an end).
    During,
    /// `now >= end`, or `now >= start` for an event without an end.
    After,
}

impl Phase {
    /// The phase at `now` of an event from `start` to `end` (exclusive). An `end` at or before
    /// `start` gives an empty "during", so the event goes straight from before to after.
    pub fn at(now: Instant, start: Instant, end: Option<Instant>) -> Phase {
        if now < start {
            Phase::Before
        } else if end.is_some_and(|end| now < end) {
            Phase::During
        } else {
            Phase::After
        }
    }

    /// `"before"`, `"during"` or `"after"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Before => "before",
            Phase::During => "during",
            Phase::After => "after",
        }
    }
}

/// Milliseconds from `now` until the phase next changes, or `None` once it is `After` for good.
/// Always at least 1 when `Some`.
pub fn ms_until_phase_change(now: Instant, start: Instant, end: Option<Instant>) -> Option<i64> {
    match Phase::at(now, start, end) {
        Phase::Before => Some(start.millis_since(now)),
        Phase::During => end.map(|end| end.millis_since(now)),
        Phase::After => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Instant = Instant(1_000_000);
    const E: Instant = Instant(2_000_000);

    #[test]
    fn boundaries_are_half_open() {
        assert_eq!(Phase::at(Instant(S.0 - 1), S, Some(E)), Phase::Before);
        assert_eq!(Phase::at(S, S, Some(E)), Phase::During);
        assert_eq!(Phase::at(Instant(E.0 - 1), S, Some(E)), Phase::During);
        assert_eq!(Phase::at(E, S, Some(E)), Phase::After);
        assert_eq!(Phase::at(Instant(i64::MAX), S, Some(E)), Phase::After);
        assert_eq!(Phase::at(Instant(i64::MIN), S, Some(E)), Phase::Before);
    }

    #[test]
    fn without_end_after_starts_at_start() {
        assert_eq!(Phase::at(Instant(S.0 - 1), S, None), Phase::Before);
        assert_eq!(Phase::at(S, S, None), Phase::After);
    }

    #[test]
    fn end_not_after_start_has_no_during() {
        assert_eq!(Phase::at(S, S, Some(S)), Phase::After);
        assert_eq!(Phase::at(S, S, Some(Instant(S.0 - 5))), Phase::After);
    }

    #[test]
    fn strings_are_the_public_event_detail() {
        assert_eq!([Phase::Before, Phase::During, Phase::After].map(Phase::as_str), ["before", "during", "after"]);
    }

    #[test]
    fn time_to_next_phase() {
        assert_eq!(ms_until_phase_change(Instant(S.0 - 1), S, Some(E)), Some(1));
        assert_eq!(ms_until_phase_change(S, S, Some(E)), Some(E.0 - S.0));
        assert_eq!(ms_until_phase_change(E, S, Some(E)), None);
        assert_eq!(ms_until_phase_change(Instant(0), S, None), Some(S.0));
        assert_eq!(ms_until_phase_change(S, S, None), None);
    }
}
