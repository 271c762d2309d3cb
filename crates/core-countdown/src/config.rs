//! `<event-countdown>` attributes → what to count down to, plus every problem found.
//!
//! A bad attribute never stops the widget: it falls back to something sensible and reports a
//! [`Problem`] (the UI shows it in the widget and logs its `Display` text to the console).
//!
//! - `at` set and valid: a custom event; `until`, `title`, `time-zone` and `location` go with it.
//!   `event` is then ignored (reported).
//! - `at` set but invalid: reported, and the widget falls back to the `event` milestone.
//! - `until` invalid or not after `at`: reported and dropped (the event has no end).
//! - `time-zone` empty or not shaped like an IANA name: reported and dropped. Whether a
//!   well-shaped name exists is for `Intl` to say: the UI reports that with
//!   [`Problem::unknown_time_zone`].
//! - no `at`: the `event` milestone (default [`DEFAULT_EVENT`]); an unknown id is reported and
//!   falls back to the default. `until`, `title`, `time-zone` and `location` are then ignored
//!   (reported): they describe a custom event only.
//!
//! Values are trimmed; an empty `title` or `location` counts as absent. `lang`, `theme` and
//! `src` are common attributes parsed elsewhere.

use crate::calendar::{custom_uid, When};
use crate::events::{Events, Timing};
use crate::instant::{DateTime, Instant};
use crate::zone::check_zone_name;
use std::fmt;

/// The milestone shown when the page names none.
pub const DEFAULT_EVENT: &str = "signature-deadline";

/// What the countdown is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountdownConfig {
    pub target: Target,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The id of an event in the events file (built-in or `src`).
    Milestone(String),
    /// An event the page describes with `at`, `until`, ….
    Custom(CustomEvent),
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

/// What kind of mistake an attribute has, for the UI to pick its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// `at` or `until` is not a valid RFC 3339 instant with an offset.
    InvalidInstant,
    /// `until` is not after `at`.
    EndNotAfterStart,
    /// `event` names no event in the events file.
    UnknownEvent,
    /// `time-zone` is empty or not shaped like an IANA name.
    InvalidTimeZone,
    /// `time-zone` is well shaped but `Intl` does not know it (reported by the UI).
    UnknownTimeZone,
    /// The attribute has no effect in this combination (e.g. `until` without `at`).
    Ignored,
}

/// One bad or ignored attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The attribute's name, e.g. `"at"`.
    pub attribute: &'static str,
    /// Its value as given (untrimmed).
    pub value: String,
    pub kind: ProblemKind,
    /// English, for the console: what is wrong and what happens instead.
    pub message: String,
}

impl Problem {
    fn new(attribute: &'static str, value: &str, kind: ProblemKind, message: String) -> Problem {
        // A page can set a megabyte attribute: quote a short form of it.
        let value = core_attrs::elide(value, core_attrs::MAX_VALUE_CHARS).into_owned();
        let message = core_attrs::elide(&message, core_json::MAX_MESSAGE_CHARS).into_owned();
        Problem { attribute, value, kind, message }
    }

    /// For the UI, when `Intl.DateTimeFormat` rejects a `time-zone` this module accepted.
    pub fn unknown_time_zone(value: &str) -> Problem {
        Problem::new(
            "time-zone",
            value,
            ProblemKind::UnknownTimeZone,
            "is not a time zone this browser knows; times are shown in the reader's zone only".to_string(),
        )
    }
}

impl fmt::Display for Problem {
    /// `event-countdown: at="2026-02-30T09:00:00Z": 2026-02-30 is not a real date …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "event-countdown: {}=\"{}\": {}", self.attribute, self.value, self.message)
    }
}

/// Reads the attributes through `get` (attribute name → value if present), resolving `event`
/// ids against `events`. Always returns a usable config; problems come alongside.
pub fn parse_config(get: &dyn Fn(&str) -> Option<String>, events: &Events) -> (CountdownConfig, Vec<Problem>) {
    let mut problems = Vec::new();
    let event_attr = get("event");
    let Some(at) = get("at") else {
        // The attributes that describe a custom event do nothing without `at`.
        for name in ["until", "title", "time-zone", "location"] {
            if let Some(value) = get(name) {
                let message = "is ignored: it describes a custom event and needs \"at\"".to_string();
                problems.push(Problem::new(name, &value, ProblemKind::Ignored, message));
            }
        }
        let id = milestone(event_attr.as_deref(), events, &mut problems);
        return (CountdownConfig { target: Target::Milestone(id) }, problems);
    };
    let target = match DateTime::parse(at.trim()) {
        Ok(start) => {
            let custom = custom_event(start, get, &mut problems);
            if let Some(event) = event_attr {
                problems.push(Problem::new(
                    "event",
                    &event,
                    ProblemKind::Ignored,
                    "is ignored because \"at\" sets a custom event".into(),
                ));
            }
            Target::Custom(custom)
        }
        Err(e) => {
            // Fall back to the milestone; `until`, `title`, … belonged to the failed custom
            // event and are not reported again.
            let mut event_problems = Vec::new();
            let id = milestone(event_attr.as_deref(), events, &mut event_problems);
            problems.push(Problem::new(
                "at",
                &at,
                ProblemKind::InvalidInstant,
                format!("{e}; showing \"{id}\" instead"),
            ));
            problems.append(&mut event_problems);
            Target::Milestone(id)
        }
    };
    (CountdownConfig { target }, problems)
}

fn milestone(event_attr: Option<&str>, events: &Events, problems: &mut Vec<Problem>) -> String {
    let fallback = events.default_event().map_or(DEFAULT_EVENT, |e| e.id.as_str());
    let Some(raw) = event_attr else { return fallback.to_string() };
    let id = raw.trim();
    if events.get(id).is_some() {
        return id.to_string();
    }
    let known: Vec<&str> = events.all().iter().map(|e| e.id.as_str()).collect();
    let what = if id.is_empty() { "is empty".to_string() } else { "is not a known event".to_string() };
    let message = format!("{what} (known: {}); showing \"{fallback}\" instead", known.join(", "));
    problems.push(Problem::new("event", raw, ProblemKind::UnknownEvent, message));
    fallback.to_string()
}

fn custom_event(start: DateTime, get: &dyn Fn(&str) -> Option<String>, problems: &mut Vec<Problem>) -> CustomEvent {
    let start_instant = start.instant();
    let end = get("until").and_then(|until| match Instant::parse(until.trim()) {
        Ok(end) if end > start_instant => Some(end),
        Ok(_) => {
            let message = format!("must be after at ({start}); the event has no end");
            problems.push(Problem::new("until", &until, ProblemKind::EndNotAfterStart, message));
            None
        }
        Err(e) => {
            problems.push(Problem::new(
                "until",
                &until,
                ProblemKind::InvalidInstant,
                format!("{e}; the event has no end"),
            ));
            None
        }
    });
    let time_zone = get("time-zone").and_then(|zone| match check_zone_name(zone.trim()) {
        Ok(()) => Some(zone.trim().to_string()),
        Err(m) => {
            let message = format!("{m}; times are shown in the reader's zone only");
            problems.push(Problem::new("time-zone", &zone, ProblemKind::InvalidTimeZone, message));
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

/// The report every widget shows and logs the same way (a notice and a console line); the
/// `kind` stays here, for callers that need to tell problems apart.
impl From<&Problem> for core_attrs::Problem {
    fn from(p: &Problem) -> Self {
        core_attrs::Problem::new(p.attribute, &p.value, p.message.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::built_in;

    fn run(attrs: &[(&str, &str)]) -> (CountdownConfig, Vec<Problem>) {
        let events = built_in().unwrap();
        let get = |name: &str| attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string());
        parse_config(&get, &events)
    }

    fn milestone_of(config: &CountdownConfig) -> &str {
        match &config.target {
            Target::Milestone(id) => id,
            Target::Custom(_) => panic!("expected a milestone"),
        }
    }

    fn custom_of(config: &CountdownConfig) -> &CustomEvent {
        match &config.target {
            Target::Custom(c) => c,
            Target::Milestone(id) => panic!("expected a custom event, got {id}"),
        }
    }

    fn kinds(problems: &[Problem]) -> Vec<(&'static str, ProblemKind)> {
        problems.iter().map(|p| (p.attribute, p.kind)).collect()
    }

    #[test]
    fn defaults_to_the_signature_deadline() {
        let (config, problems) = run(&[]);
        assert_eq!(milestone_of(&config), "signature-deadline");
        assert!(problems.is_empty());
        // Common attributes are not ours to judge.
        let (config, problems) = run(&[("lang", "vi"), ("theme", "dark"), ("src", "x.json")]);
        assert_eq!(milestone_of(&config), "signature-deadline");
        assert!(problems.is_empty());
    }

    #[test]
    fn picks_built_in_milestones() {
        for id in ["adoption", "hanoi-ceremony", "signature-deadline", "entry-into-force"] {
            let (config, problems) = run(&[("event", id)]);
            assert_eq!(milestone_of(&config), id);
            assert!(problems.is_empty());
        }
        assert_eq!(milestone_of(&run(&[("event", " adoption ")]).0), "adoption");
    }

    #[test]
    fn unknown_event_falls_back_and_is_reported() {
        let (config, problems) = run(&[("event", "hanoi")]);
        assert_eq!(milestone_of(&config), "signature-deadline");
        assert_eq!(kinds(&problems), [("event", ProblemKind::UnknownEvent)]);
        assert_eq!(problems[0].value, "hanoi");
        assert!(problems[0].message.contains("adoption, hanoi-ceremony"), "{}", problems[0].message);
        assert!(problems[0].to_string().starts_with("event-countdown: event=\"hanoi\": is not a known event"));
        let (_, problems) = run(&[("event", "")]);
        assert!(problems[0].message.starts_with("is empty"));
    }

    #[test]
    fn custom_event_with_everything() {
        let (config, problems) = run(&[
            ("at", " 2026-06-01T09:00:00+07:00 "),
            ("until", "2026-06-01T17:00:00+07:00"),
            ("title", "  Hội thảo an toàn mạng "),
            ("time-zone", "Asia/Ho_Chi_Minh"),
            ("location", "Hà Nội"),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        let c = custom_of(&config);
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
        let (config, problems) = run(&[("at", "2026-06-01T00:00:00Z"), ("title", " ")]);
        assert!(problems.is_empty());
        let c = custom_of(&config);
        assert_eq!(
            (c.end, c.title.as_deref(), c.time_zone.as_deref(), c.location.as_deref()),
            (None, None, None, None)
        );
    }

    #[test]
    fn impossible_at_falls_back_to_the_milestone() {
        let (config, problems) =
            run(&[("at", "2026-02-30T09:00:00+07:00"), ("event", "adoption"), ("until", "2026-03-01T00:00:00Z")]);
        assert_eq!(milestone_of(&config), "adoption");
        assert_eq!(kinds(&problems), [("at", ProblemKind::InvalidInstant)]);
        assert!(problems[0].message.starts_with("2026-02-30 is not a real date"));
        assert!(problems[0].message.ends_with("; showing \"adoption\" instead"), "{}", problems[0].message);
        let (config, problems) = run(&[("at", "2026-02-30T09:00:00+07:00"), ("event", "nope")]);
        assert_eq!(milestone_of(&config), "signature-deadline");
        assert_eq!(kinds(&problems), [("at", ProblemKind::InvalidInstant), ("event", ProblemKind::UnknownEvent)]);
        assert!(problems[0].message.ends_with("; showing \"signature-deadline\" instead"));
        let (config, problems) = run(&[("at", "next Friday")]);
        assert_eq!(milestone_of(&config), "signature-deadline");
        assert_eq!(kinds(&problems), [("at", ProblemKind::InvalidInstant)]);
        let (_, problems) = run(&[("at", "2026-06-01T09:00:00")]);
        assert!(problems[0].message.contains("no UTC offset"));
        let (_, problems) = run(&[("at", "+275760-09-13T00:00:00Z")]);
        assert!(problems[0].message.contains("0001 to 9999"));
        let (_, problems) = run(&[("at", "")]);
        assert!(problems[0].message.starts_with("is empty"));
    }

    #[test]
    fn until_not_after_at_is_dropped() {
        let (config, problems) = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "2026-06-01T08:00:00+07:00")]);
        assert_eq!(custom_of(&config).end, None);
        assert_eq!(kinds(&problems), [("until", ProblemKind::EndNotAfterStart)]);
        assert_eq!(problems[0].message, "must be after at (2026-06-01T09:00:00+07:00); the event has no end");
        let (_, problems) = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "2026-06-01T02:00:00Z")]);
        assert_eq!(kinds(&problems), [("until", ProblemKind::EndNotAfterStart)]);
        let (config, problems) = run(&[("at", "2026-06-01T09:00:00+07:00"), ("until", "soon")]);
        assert_eq!(custom_of(&config).end, None);
        assert_eq!(kinds(&problems), [("until", ProblemKind::InvalidInstant)]);
    }

    #[test]
    fn bad_time_zones_are_dropped() {
        for zone in ["", "   ", "GMT +7", "+07:00", "Hà Nội", "<b>"] {
            let (config, problems) = run(&[("at", "2026-06-01T09:00:00+07:00"), ("time-zone", zone)]);
            assert_eq!(custom_of(&config).time_zone, None, "{zone:?}");
            assert_eq!(kinds(&problems), [("time-zone", ProblemKind::InvalidTimeZone)], "{zone:?}");
        }
        let p = Problem::unknown_time_zone("Mars/Olympus_Mons");
        assert_eq!(p.kind, ProblemKind::UnknownTimeZone);
        assert!(p.to_string().starts_with("event-countdown: time-zone=\"Mars/Olympus_Mons\": is not a time zone"));
    }

    #[test]
    fn custom_only_attributes_without_at_are_reported() {
        let (config, problems) =
            run(&[("event", "adoption"), ("until", "x"), ("title", "T"), ("time-zone", "UTC"), ("location", "L")]);
        assert_eq!(milestone_of(&config), "adoption");
        assert_eq!(
            kinds(&problems),
            [
                ("until", ProblemKind::Ignored),
                ("title", ProblemKind::Ignored),
                ("time-zone", ProblemKind::Ignored),
                ("location", ProblemKind::Ignored)
            ]
        );
        // With a valid `at`, `event` is the ignored one.
        let (config, problems) = run(&[("at", "2026-06-01T00:00:00Z"), ("event", "adoption")]);
        assert!(matches!(config.target, Target::Custom(_)));
        assert_eq!(kinds(&problems), [("event", ProblemKind::Ignored)]);
    }

    #[test]
    fn several_problems_at_once() {
        let (config, problems) = run(&[
            ("at", "2026-06-01T09:00:00Z"),
            ("until", "2026-05-01T00:00:00Z"),
            ("time-zone", "?"),
            ("event", "nope"),
        ]);
        assert!(matches!(config.target, Target::Custom(_)));
        assert_eq!(
            kinds(&problems),
            [
                ("until", ProblemKind::EndNotAfterStart),
                ("time-zone", ProblemKind::InvalidTimeZone),
                ("event", ProblemKind::Ignored)
            ]
        );
    }

    #[test]
    fn falls_back_to_the_first_event_of_a_file_without_the_default() {
        let events = Events::parse(
            r#"{"events": [{"id": "launch", "start": "2026-01-01T00:00:00Z", "time_zone": "UTC",
                "title": {"en": "L", "vi": "L"}, "source": {"title": "S", "url": "https://e.org"}}]}"#,
        )
        .unwrap();
        let get = |name: &str| (name == "event").then(|| "adoption".to_string());
        let (config, problems) = parse_config(&get, &events);
        assert_eq!(config.target, Target::Milestone("launch".into()));
        assert!(problems[0].message.contains("showing \"launch\""));
        let (config, _) = parse_config(&|_| None, &events);
        assert_eq!(config.target, Target::Milestone("launch".into()));
    }
}
