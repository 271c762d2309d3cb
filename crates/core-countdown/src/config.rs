//! `<event-countdown>` attributes → what to count down to, plus the problems found in them.
//!
//! A bad attribute never stops the widget: it falls back to something sensible and reports a
//! [`Problem`] (the UI shows it in the widget and logs its detail to the console), like the
//! quiz's and the map's attributes.
//!
//! - `at` set and valid: a custom event; `until`, `title`, `time-zone` and `location` go with it.
//!   `event` is then ignored (reported).
//! - `at` set but invalid: the widget falls back to the `event` milestone. Which milestone that
//!   is depends on the events file, so [`crate::resolve`] reports the `at`, naming it.
//! - `until` invalid or not after `at`: reported and dropped (the event has no end).
//! - `time-zone` empty or not shaped like an IANA name: reported and dropped. Whether a
//!   well-shaped name exists is for `Intl` to say: the UI reports that with
//!   [`unknown_time_zone`].
//! - no `at`: the `event` milestone (default [`crate::DEFAULT_EVENT`]). The events file, built in
//!   or `src`, is not known yet here: [`crate::resolve`] reports an unknown id and falls back to
//!   the default. `until`, `title`, `time-zone` and `location` are ignored (reported): they
//!   describe a custom event only.
//!
//! Values are trimmed; an empty `title` or `location` counts as absent. `lang`, `theme` and
//! `src` are common attributes parsed elsewhere.

use crate::calendar::{custom_uid, When};
use crate::events::Timing;
use crate::instant::{DateTime, Instant};
use crate::rfc3339::TimeError;
use crate::zone::check_zone_name;
use core_attrs::{Lookup, Problem};

/// What the countdown is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountdownConfig {
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An event of the events file (built-in or `src`), which [`crate::resolve`] looks up.
    Milestone(MilestoneRequest),
    /// An event the page describes with `at`, `until`, ….
    Custom(CustomEvent),
}

/// The milestone the attributes ask for. Only the events file can say whether it exists, so
/// what is wrong with it is reported by [`crate::resolve`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MilestoneRequest {
    /// The `event` attribute as written (untrimmed, for the report); `None` for the default.
    pub event: Option<String>,
    /// The `at` the page wrote, and why it was refused: the milestone is shown instead.
    pub rejected_at: Option<(String, TimeError)>,
}

/// A page-defined event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomEvent {
    pub start: Instant,
    /// The UTC offset written in `at`, in seconds east of UTC: lets the UI show the event's
    /// own clock time when no `time-zone` is given.
    pub start_offset_seconds: i32,
    pub end: Option<Instant>,
    pub title: Option<String>,
    /// IANA-shaped; not yet checked against `Intl`.
    pub time_zone: Option<String>,
    pub location: Option<String>,
}

impl CustomEvent {
    pub fn timing(&self) -> Timing {
        Timing { start: self.start, end: self.end, when: When::Timed { start: self.start, end: self.end } }
    }

    /// A calendar UID, stable for the same start and title.
    pub fn uid(&self) -> String {
        custom_uid(self.start, self.title.as_deref().unwrap_or(""))
    }
}

/// For the UI, when `Intl.DateTimeFormat` rejects a `time-zone` this module accepted.
pub fn unknown_time_zone(value: &str) -> Problem {
    Problem::new("time-zone", value, "is not a time zone this browser knows; times are shown in the reader's zone only")
}

/// Reads the attributes through `get`. Always returns a usable config; problems are added to
/// `problems`, and those only the events file can reveal come from [`crate::resolve`].
pub fn parse_config(get: Lookup<'_>, problems: &mut Vec<Problem>) -> CountdownConfig {
    let event = get("event");
    let Some(at) = get("at") else {
        // The attributes that describe a custom event do nothing without `at`.
        for name in ["until", "title", "time-zone", "location"] {
            if let Some(value) = get(name) {
                problems.push(Problem::new(name, &value, "is ignored: it describes a custom event and needs \"at\""));
            }
        }
        return CountdownConfig { target: Target::Milestone(MilestoneRequest { event, rejected_at: None }) };
    };
    let target = match DateTime::parse(at.trim()) {
        Ok(start) => {
            let custom = custom_event(start, get, problems);
            if let Some(event) = event {
                problems.push(Problem::new("event", &event, "is ignored because \"at\" sets a custom event"));
            }
            Target::Custom(custom)
        }
        // `until`, `title`, … belonged to the failed custom event and are not reported again.
        Err(e) => Target::Milestone(MilestoneRequest { event, rejected_at: Some((at, e)) }),
    };
    CountdownConfig { target }
}

fn custom_event(start: DateTime, get: Lookup<'_>, problems: &mut Vec<Problem>) -> CustomEvent {
    let start_instant = start.instant();
    let end = get("until").and_then(|until| match Instant::parse(until.trim()) {
        Ok(end) if end > start_instant => Some(end),
        Ok(_) => {
            problems.push(Problem::new("until", &until, format!("must be after at ({start}); the event has no end")));
            None
        }
        Err(e) => {
            problems.push(Problem::new("until", &until, format!("{e}; the event has no end")));
            None
        }
    });
    let time_zone = get("time-zone").and_then(|zone| match check_zone_name(zone.trim()) {
        Ok(()) => Some(zone.trim().to_string()),
        Err(m) => {
            problems.push(Problem::new("time-zone", &zone, format!("{m}; times are shown in the reader's zone only")));
            None
        }
    });
    let text = |name: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    CustomEvent {
        start: start_instant,
        start_offset_seconds: start.offset_seconds,
        end,
        title: text("title"),
        time_zone,
        location: text("location"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{built_in, Events};
    use crate::shown::{resolve, Shown};
    use core_i18n::Lang;

    /// The attributes through the whole pipeline: parsed, then resolved against `events`.
    struct Outcome {
        config: CountdownConfig,
        shown: Option<Shown>,
        problems: Vec<Problem>,
    }

    fn run_with(attrs: &[(&str, &str)], events: &Events) -> Outcome {
        let get = |name: &str| attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string());
        let mut problems = Vec::new();
        let config = parse_config(&get, &mut problems);
        let shown = resolve(&config, events, Lang::En, "Event", None, &|_, _| Some(0), &mut problems);
        Outcome { config, shown, problems }
    }

    fn run(attrs: &[(&str, &str)]) -> Outcome {
        run_with(attrs, &built_in().unwrap())
    }

    fn milestone_of(outcome: &Outcome) -> &str {
        assert!(matches!(outcome.config.target, Target::Milestone(_)), "expected a milestone");
        outcome.shown.as_ref().and_then(|s| s.id.as_deref()).expect("a milestone is shown")
    }

    fn custom_of(outcome: &Outcome) -> &CustomEvent {
        match &outcome.config.target {
            Target::Custom(c) => c,
            Target::Milestone(m) => panic!("expected a custom event, got {m:?}"),
        }
    }

    /// What kind of mistake each problem reports, as its message tells a developer.
    fn kinds(problems: &[Problem]) -> Vec<(&str, &'static str)> {
        problems
            .iter()
            .map(|p| {
                let d = p.detail.as_str();
                let kind = if d.starts_with("is ignored") {
                    "ignored"
                } else if d.starts_with("must be after at") {
                    "end not after start"
                } else if p.attribute == "event" {
                    assert!(d.starts_with("is not a known event") || d.starts_with("is empty"), "{d}");
                    "unknown event"
                } else if p.attribute == "time-zone" {
                    assert!(d.ends_with("; times are shown in the reader's zone only"), "{d}");
                    if d.contains("browser knows") {
                        "unknown time zone"
                    } else {
                        "invalid time zone"
                    }
                } else {
                    assert!(d.ends_with("; the event has no end") || d.contains("; showing \""), "{d}");
                    "invalid instant"
                };
                (p.attribute.as_str(), kind)
            })
            .collect()
    }

    #[test]
    fn defaults_to_the_signature_deadline() {
        let outcome = run(&[]);
        assert_eq!(outcome.config.target, Target::Milestone(MilestoneRequest::default()));
        assert_eq!(milestone_of(&outcome), "signature-deadline");
        assert!(outcome.problems.is_empty());
        // Common attributes are not ours to judge.
        let outcome = run(&[("lang", "vi"), ("theme", "dark"), ("src", "x.json")]);
        assert_eq!(milestone_of(&outcome), "signature-deadline");
        assert!(outcome.problems.is_empty());
    }

    #[test]
    fn picks_built_in_milestones() {
        for id in ["adoption", "hanoi-ceremony", "signature-deadline", "entry-into-force"] {
            let outcome = run(&[("event", id)]);
            assert_eq!(milestone_of(&outcome), id);
            assert!(outcome.problems.is_empty());
        }
        assert_eq!(milestone_of(&run(&[("event", " adoption ")])), "adoption");
    }

    #[test]
    fn unknown_event_falls_back_and_is_reported() {
        // Parsing alone cannot know: the id is looked up in the events file.
        let mut problems = Vec::new();
        let config = parse_config(&|name| (name == "event").then(|| "hanoi".to_string()), &mut problems);
        assert!(problems.is_empty());
        assert_eq!(
            config.target,
            Target::Milestone(MilestoneRequest { event: Some("hanoi".into()), rejected_at: None })
        );

        let outcome = run(&[("event", "hanoi")]);
        assert_eq!(milestone_of(&outcome), "signature-deadline");
        let problems = &outcome.problems;
        assert_eq!(kinds(problems), [("event", "unknown event")]);
        assert_eq!(problems[0].value, "hanoi");
        assert!(problems[0].detail.contains("adoption, hanoi-ceremony"), "{}", problems[0].detail);
        assert!(problems[0].detail.starts_with("is not a known event"));
        assert!(problems[0].detail.ends_with("; showing \"signature-deadline\" instead"));
        let outcome = run(&[("event", "")]);
        assert!(outcome.problems[0].detail.starts_with("is empty"));
    }

    #[test]
    fn custom_event_with_everything() {
        let outcome = run(&[
            ("at", " 2026-06-01T09:00:00+07:00 "),
            ("until", "2026-06-01T17:00:00+07:00"),
            ("title", "  Hội thảo an toàn mạng "),
            ("time-zone", "Asia/Ho_Chi_Minh"),
            ("location", "Hà Nội"),
        ]);
        assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
        let c = custom_of(&outcome);
        assert_eq!(c.start, Instant::parse("2026-06-01T02:00:00Z").unwrap());
        assert_eq!(c.start_offset_seconds, 7 * 3600);
        assert_eq!(c.end, Some(Instant::parse("2026-06-01T10:00:00Z").unwrap()));
        assert_eq!(c.title.as_deref(), Some("Hội thảo an toàn mạng"));
        assert_eq!(c.time_zone.as_deref(), Some("Asia/Ho_Chi_Minh"));
        assert_eq!(c.location.as_deref(), Some("Hà Nội"));
        assert_eq!(c.timing().end, c.end);
        assert!(c.uid().starts_with("custom-20260601T020000Z-"));
    }

    #[test]
    fn minimal_custom_event() {
        let outcome = run(&[("at", "2026-06-01T00:00:00Z"), ("title", " ")]);
        assert!(outcome.problems.is_empty());
        let c = custom_of(&outcome);
        assert_eq!(
            (c.end, c.title.as_deref(), c.time_zone.as_deref(), c.location.as_deref()),
            (None, None, None, None)
        );
    }

    #[test]
    fn impossible_at_falls_back_to_the_milestone() {
        let outcome =
            run(&[("at", "2026-02-30T09:00:00+07:00"), ("event", "adoption"), ("until", "2026-03-01T00:00:00Z")]);
        assert_eq!(milestone_of(&outcome), "adoption");
        let problems = &outcome.problems;
        assert_eq!(kinds(problems), [("at", "invalid instant")]);
        assert_eq!(problems[0].value, "2026-02-30T09:00:00+07:00");
        assert!(problems[0].detail.starts_with("2026-02-30 is not a real date"));
        assert!(problems[0].detail.ends_with("; showing \"adoption\" instead"), "{}", problems[0].detail);
        let outcome = run(&[("at", "2026-02-30T09:00:00+07:00"), ("event", "nope")]);
        assert_eq!(milestone_of(&outcome), "signature-deadline");
        assert_eq!(kinds(&outcome.problems), [("at", "invalid instant"), ("event", "unknown event")]);
        assert!(outcome.problems[0].detail.ends_with("; showing \"signature-deadline\" instead"));
        let outcome = run(&[("at", "next Friday")]);
        assert_eq!(milestone_of(&outcome), "signature-deadline");
        assert_eq!(kinds(&outcome.problems), [("at", "invalid instant")]);
        let outcome = run(&[("at", "2026-06-01T09:00:00")]);
        assert!(outcome.problems[0].detail.contains("no UTC offset"));
        let outcome = run(&[("at", "+275760-09-13T00:00:00Z")]);
        assert!(outcome.problems[0].detail.contains("0001 to 9999"));
        let outcome = run(&[("at", "")]);
        assert!(outcome.problems[0].detail.starts_with("is empty"));
    }

    #[test]
    fn until_not_after_at_is_dropped() {
        let outcome = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "2026-06-01T08:00:00+07:00")]);
        assert_eq!(custom_of(&outcome).end, None);
        assert_eq!(kinds(&outcome.problems), [("until", "end not after start")]);
        assert_eq!(outcome.problems[0].detail, "must be after at (2026-06-01T09:00:00+07:00); the event has no end");
        let outcome = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "2026-06-01T02:00:00Z")]);
        assert_eq!(kinds(&outcome.problems), [("until", "end not after start")]);
        let outcome = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "soon")]);
        assert_eq!(custom_of(&outcome).end, None);
        assert_eq!(kinds(&outcome.problems), [("until", "invalid instant")]);
    }

    #[test]
    fn bad_time_zones_are_dropped() {
        for zone in ["", "   ", "GMT +7", "+07:00", "Hà Nội", "<b>"] {
            let outcome = run(&[("at", "2026-06-01T09:00:00+07:00"), ("time-zone", zone)]);
            assert_eq!(custom_of(&outcome).time_zone, None, "{zone:?}");
            assert_eq!(kinds(&outcome.problems), [("time-zone", "invalid time zone")], "{zone:?}");
        }
        let p = unknown_time_zone("Mars/Olympus_Mons");
        assert_eq!(kinds(std::slice::from_ref(&p)), [("time-zone", "unknown time zone")]);
        assert_eq!((p.attribute.as_str(), p.value.as_str()), ("time-zone", "Mars/Olympus_Mons"));
        assert!(p.detail.starts_with("is not a time zone"));
    }

    #[test]
    fn custom_only_attributes_without_at_are_reported() {
        let outcome =
            run(&[("event", "adoption"), ("until", "x"), ("title", "T"), ("time-zone", "UTC"), ("location", "L")]);
        assert_eq!(milestone_of(&outcome), "adoption");
        assert_eq!(
            kinds(&outcome.problems),
            [("until", "ignored"), ("title", "ignored"), ("time-zone", "ignored"), ("location", "ignored")]
        );
        // With a valid `at`, `event` is the ignored one.
        let outcome = run(&[("at", "2026-06-01T00:00:00Z"), ("event", "adoption")]);
        assert!(matches!(outcome.config.target, Target::Custom(_)));
        assert_eq!(kinds(&outcome.problems), [("event", "ignored")]);
    }

    #[test]
    fn several_problems_at_once() {
        let outcome = run(&[
            ("at", "2026-06-01T09:00:00Z"),
            ("until", "2026-05-01T00:00:00Z"),
            ("time-zone", "?"),
            ("event", "nope"),
        ]);
        assert!(matches!(outcome.config.target, Target::Custom(_)));
        assert_eq!(
            kinds(&outcome.problems),
            [("until", "end not after start"), ("time-zone", "invalid time zone"), ("event", "ignored")]
        );
    }

    #[test]
    fn problems_quote_long_values_short() {
        let huge = "9".repeat(100_000);
        let outcome = run(&[("at", &huge), ("event", &huge)]);
        assert_eq!(kinds(&outcome.problems), [("at", "invalid instant"), ("event", "unknown event")]);
        for p in &outcome.problems {
            assert!(p.value.chars().count() <= core_attrs::MAX_VALUE_CHARS, "{}", p.value.len());
            assert!(p.detail.chars().count() <= core_attrs::MAX_MESSAGE_CHARS, "{}", p.detail.len());
        }
    }

    #[test]
    fn falls_back_to_the_first_event_of_a_file_without_the_default() {
        let events = Events::parse(
            r#"{"events": [{"id": "launch", "start": "2026-01-01T00:00:00Z", "time_zone": "UTC",
                "title": {"en": "L", "vi": "L"}, "source": {"title": "S", "url": "https://e.org"}}]}"#,
        )
        .unwrap();
        let outcome = run_with(&[("event", "adoption")], &events);
        assert_eq!(milestone_of(&outcome), "launch");
        assert!(outcome.problems[0].detail.contains("showing \"launch\""));
        let outcome = run_with(&[("at", "soon")], &events);
        assert_eq!(milestone_of(&outcome), "launch");
        assert!(outcome.problems[0].detail.ends_with("; showing \"launch\" instead"));
        assert_eq!(milestone_of(&run_with(&[], &events)), "launch");
    }

    #[test]
    fn an_empty_events_file_still_reports() {
        // Only a broken build gets here (a `src` file needs an event): nothing to show, and the
        // attributes are still reported.
        let outcome = run_with(&[("at", "soon"), ("event", "adoption")], &Events::default());
        assert_eq!(outcome.shown, None);
        assert_eq!(kinds(&outcome.problems), [("at", "invalid instant"), ("event", "unknown event")]);
        assert!(outcome.problems[1].detail.ends_with("(known: ); showing \"signature-deadline\" instead"));
    }
}
