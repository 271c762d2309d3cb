//! The milestones data file (`data/events.json`, schema `data/schema/events.schema.json`).
//!
//! ```json
//! {
//!   "$schema": "./schema/events.schema.json",
//!   "events": [
//!     {
//!       "id": "hanoi-ceremony",
//!       "start": "2025-10-25T09:00:00+07:00",
//!       "end": "2025-10-26T23:59:59+07:00",
//!       "time_zone": "Asia/Ho_Chi_Minh",
//!       "title": {"en": "…", "vi": "…"},
//!       "location": {"en": "…", "vi": "…"},
//!       "description": {"en": "…", "vi": "…"},
//!       "source": {"title": "…", "url": "https://…"}
//!     }
//!   ]
//! }
//! ```
//!
//! Fields of an event:
//! - `id` (required): lower-case letters, digits and single hyphens; unique in the file. It is
//!   the value of the element's `event` attribute.
//! - `start`: RFC 3339 date-time with offset: the countdown's target.
//! - `end` (optional): after `start`; between the two the widget says "happening now".
//! - `derived` (instead of `start`/`end`): `"entry-into-force"`, computed at run time from the
//!   signatory data: `core_treaty`'s `Signatories::progress()` gives the date (the 90th day
//!   after the 40th ratification, Art. 65(1)) or "N of 40"; [`Event::derived_timing`] turns
//!   the date into instants. A derived event is always all-day.
//! - `all_day` (optional, default false): the event is whole days in its own zone. Then `start`
//!   is 00:00:00 local time of the first day and `end` (required) 00:00:00 of the day after the
//!   last; calendars get `VALUE=DATE` entries with the dates as written.
//! - `time_zone` (required): IANA name of the event's own zone, e.g. `America/New_York`. Only
//!   the shape is checked here; the browser's `Intl` says whether it exists.
//! - `title` (required), `location`, `description` (optional): `{"en": …, "vi": …}`, both
//!   languages required; other UN languages may be added.
//! - `source` (required): `{"title": "…", "url": "https://…"}` where the facts come from.
//!
//! A top-level `$schema` member is allowed for editors. Unknown members are errors, so a typo
//! is reported instead of silently ignored.

use crate::calendar::When;
use crate::instant::{DateTime, Instant};
use crate::zone::{check_zone_name, day_bounds};
use core_calendar::Date;
use core_i18n::{Lang, Localized};
use core_json::{DataError, Node};

/// The milestone shown when the page names none, if the events file has it.
pub const DEFAULT_EVENT: &str = "signature-deadline";

/// The built-in milestones, compiled into the widget.
pub const BUILT_IN_JSON: &str = include_str!("../../../data/events.json");

/// Languages every text in an events file must have.
pub const REQUIRED_LANGS: [Lang; 2] = [Lang::En, Lang::Vi];

/// Where the built-in milestones in `lang` alone are shipped (by `cargo xtask dist`), the name
/// the widget asks its site for.
pub fn shipped_file(lang: Lang) -> String {
    format!("data/events.{}.json", lang.code())
}

/// Parses the built-in milestones.
pub fn built_in() -> Result<Events, DataError> {
    Events::parse(BUILT_IN_JSON)
}

/// A validated events file: at least one event, unique ids.
/// `Default` is the empty list, for a widget whose data could not be read at all.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Events {
    events: Vec<Event>,
}

/// One milestone.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub schedule: Schedule,
    /// Whole days in the event's zone (always true for derived events).
    pub all_day: bool,
    pub time_zone: String,
    pub title: Localized,
    pub location: Option<Localized>,
    pub description: Option<Localized>,
    pub source: Source,
}

/// When an event happens, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Times written in the file, with their own offsets.
    Fixed { start: DateTime, end: Option<DateTime> },
    /// Computed at run time from other data.
    Derived(Derivation),
}

/// The kinds of computed events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Derivation {
    /// The 90th day after the 40th ratification (Art. 65(1)); `core_treaty` computes the date.
    EntryIntoForce,
}

impl Derivation {
    /// The value of the `derived` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Derivation::EntryIntoForce => "entry-into-force",
        }
    }
}

/// Where the facts about an event come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// An event's absolute times, ready for [`crate::phase::Phase::at`] and the calendar exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub start: Instant,
    pub end: Option<Instant>,
    pub when: When,
}

impl Events {
    /// Parses and validates an events file; errors name the line and field path.
    pub fn parse(text: &str) -> Result<Events, DataError> {
        Events::parse_requiring(text, &REQUIRED_LANGS)
    }

    /// Parses an events file whose every text must have the languages `required`: the built-in
    /// milestones ship one language per file (`data/events.<lang>.json`, by `cargo xtask dist`,
    /// which checks each has its language's every text).
    pub fn parse_requiring(text: &str, required: &[Lang]) -> Result<Events, DataError> {
        let value = core_json::parse(text)?;
        let root = Node::root(&value);
        root.deny_unknown(&["$schema", "events"])?;
        let list = root.field("events")?;
        let items = list.items()?;
        if items.is_empty() {
            return Err(list.error("has no events"));
        }
        let mut events: Vec<Event> = Vec::with_capacity(items.len());
        let mut lines: Vec<u32> = Vec::with_capacity(items.len());
        for item in &items {
            let event = parse_event(item, required)?;
            if let Some(i) = events.iter().position(|e| e.id == event.id) {
                let first_line = lines.get(i).copied().unwrap_or(0);
                return Err(item
                    .field("id")?
                    .error(format!("duplicate id \"{}\" (first used on line {first_line})", event.id)));
            }
            lines.push(item.line());
            events.push(event);
        }
        Ok(Events { events })
    }

    /// All events, in file order.
    pub fn all(&self) -> &[Event] {
        &self.events
    }

    pub fn get(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// [`DEFAULT_EVENT`] if the file has it, else its first event.
    pub fn default_event(&self) -> Option<&Event> {
        self.get(DEFAULT_EVENT).or(self.events.first())
    }
}

impl Event {
    /// The event's times, or `None` for a derived event (see [`Event::derived_timing`]).
    pub fn timing(&self) -> Option<Timing> {
        let Schedule::Fixed { start, end } = self.schedule else { return None };
        let when = match (self.all_day, end) {
            (true, Some(end)) => When::AllDay { first: start.date, end: end.date },
            (true, None) => When::AllDay { first: start.date, end: start.date.saturating_add_days(1) },
            (false, _) => When::Timed { start: start.instant(), end: end.map(|e| e.instant()) },
        };
        Some(Timing { start: start.instant(), end: end.map(|e| e.instant()), when })
    }

    /// The times of a derived event once its date is known: that whole day in the event's
    /// zone, whose offsets `offset_at` gives (the UI asks `Intl`). `None` for a fixed event
    /// or when `offset_at` fails.
    pub fn derived_timing(&self, date: Date, offset_at: &dyn Fn(Instant) -> Option<i32>) -> Option<Timing> {
        let Schedule::Derived(_) = self.schedule else { return None };
        let (start, end) = day_bounds(date, offset_at)?;
        // `day_bounds` found the next day, so `add_days` does too.
        Some(Timing { start, end: Some(end), when: When::AllDay { first: date, end: date.add_days(1)? } })
    }
}

/// The members an event may have (also checked against the JSON Schema in a test).
const EVENT_FIELDS: [&str; 10] =
    ["id", "start", "end", "derived", "all_day", "time_zone", "title", "location", "description", "source"];

fn parse_event(node: &Node<'_>, required: &[Lang]) -> Result<Event, DataError> {
    node.deny_unknown(&EVENT_FIELDS)?;
    let id_node = node.field("id")?;
    let id = id_node.as_str()?;
    if !is_valid_id(id) {
        return Err(id_node.error(format!(
            "\"{id}\" is not a valid id: use lower-case letters, digits and single hyphens (e.g. signature-deadline)"
        )));
    }
    let all_day_node = node.get("all_day");
    let all_day = match &all_day_node {
        Some(n) => n.as_bool()?,
        None => false,
    };
    let end_node = node.get("end");
    let schedule = match (node.get("start"), node.get("derived")) {
        (Some(_), Some(derived)) => return Err(derived.error("cannot be used together with \"start\"")),
        (None, None) => {
            return Err(DataError {
                path: child_path(node, "start"),
                ..node.error("is missing (give \"start\", or \"derived\" for a computed event)")
            })
        }
        (None, Some(derived)) => {
            if let Some(end) = &end_node {
                return Err(end.error("cannot be used with \"derived\": a derived event's times are computed"));
            }
            if let (Some(n), false) = (&all_day_node, all_day) {
                return Err(n.error("must be true (or left out) for a derived event, which is always all-day"));
            }
            match derived.as_str()? {
                "entry-into-force" => Schedule::Derived(Derivation::EntryIntoForce),
                other => {
                    return Err(derived.error(format!("unknown derivation \"{other}\" (expected: entry-into-force)")))
                }
            }
        }
        (Some(start_node), None) => {
            let start = date_time(&start_node)?;
            let end = match &end_node {
                Some(n) => {
                    let end = date_time(n)?;
                    if end.instant() <= start.instant() {
                        return Err(n.error(format!("must be after start ({start})")));
                    }
                    Some(end)
                }
                None => None,
            };
            if all_day {
                if !start.is_midnight() {
                    return Err(start_node.error("an all-day event must start at 00:00:00 local time"));
                }
                match (&end_node, end) {
                    (Some(n), Some(end)) if !end.is_midnight() => {
                        return Err(
                            n.error("an all-day event must end at 00:00:00 local time on the day after its last day")
                        )
                    }
                    (None, _) => {
                        return Err(DataError {
                            path: child_path(node, "end"),
                            ..node.error(
                                "is missing: an all-day event needs an end (00:00:00 on the day after its last day)",
                            )
                        })
                    }
                    _ => {}
                }
            }
            Schedule::Fixed { start, end }
        }
    };
    let zone_node = node.field("time_zone")?;
    let time_zone = zone_node.as_str()?;
    check_zone_name(time_zone).map_err(|m| zone_node.error(format!("\"{time_zone}\" {m}")))?;
    let optional_text = |key: &str| node.get(key).map(|n| Localized::parse(&n, required)).transpose();
    Ok(Event {
        id: id.to_string(),
        schedule,
        all_day: all_day || matches!(schedule, Schedule::Derived(_)),
        time_zone: time_zone.to_string(),
        title: Localized::parse(&node.field("title")?, required)?,
        location: optional_text("location")?,
        description: optional_text("description")?,
        source: parse_source(&node.field("source")?)?,
    })
}

fn parse_source(node: &Node<'_>) -> Result<Source, DataError> {
    node.deny_unknown(&["title", "url"])?;
    let title_node = node.field("title")?;
    let title = title_node.as_str()?;
    if title.trim().is_empty() {
        return Err(title_node.error("is empty"));
    }
    let url_node = node.field("url")?;
    let url = url_node.as_str()?;
    // The URL becomes a link on the page: only web addresses, never `javascript:` and the like.
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or("");
    if rest.is_empty() || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(url_node.error(format!("\"{url}\" is not a web address (expected https://…)")));
    }
    Ok(Source { title: title.to_string(), url: url.to_string() })
}

fn date_time(node: &Node<'_>) -> Result<DateTime, DataError> {
    let text = node.as_str()?;
    DateTime::parse(text).map_err(|e| node.error(format!("\"{text}\" {e}")))
}

fn child_path(node: &Node<'_>, key: &str) -> String {
    if node.path().is_empty() {
        key.to_string()
    } else {
        format!("{}.{key}", node.path())
    }
}

/// `signature-deadline`: lower-case ASCII letters and digits in hyphen-separated words.
fn is_valid_id(id: &str) -> bool {
    id.len() <= 64
        && id
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::tests::new_york;

    fn parse(text: &str) -> Result<Events, DataError> {
        Events::parse(text)
    }

    const TEXTS: &str =
        r#""title": {"en": "T", "vi": "Tiêu đề"}, "source": {"title": "S", "url": "https://example.org/s"}"#;

    fn one(fields: &str) -> String {
        format!("{{\"events\": [{{\"id\": \"x\", {fields}, {TEXTS}}}]}}")
    }

    fn err(fields: &str) -> DataError {
        parse(&one(fields)).unwrap_err()
    }

    #[test]
    fn built_in_file_parses_and_has_the_four_milestones() {
        let events = built_in().unwrap_or_else(|e| panic!("data/events.json: {e}"));
        let ids: Vec<&str> = events.all().iter().map(|e| e.id.as_str()).collect();
        for id in ["adoption", "hanoi-ceremony", "signature-deadline", "entry-into-force"] {
            assert!(ids.contains(&id), "missing {id}");
        }
        assert_eq!(events.default_event().unwrap().id, "signature-deadline");
        for e in events.all() {
            for lang in REQUIRED_LANGS {
                assert!(e.title.has(lang), "{} title {lang:?}", e.id);
            }
            assert!(e.source.url.starts_with("https://"), "{}", e.id);
        }
    }

    #[test]
    fn built_in_facts() {
        let events = built_in().unwrap();
        let at = |t: &str| Instant::parse(t).unwrap();
        let adoption = events.get("adoption").unwrap().timing().unwrap();
        assert_eq!(adoption.start, at("2024-12-24T05:00:00Z"));
        let day = Date::new(2024, 12, 24).unwrap();
        assert_eq!(adoption.when, When::AllDay { first: day, end: day.add_days(1).unwrap() });
        let hanoi = events.get("hanoi-ceremony").unwrap();
        assert_eq!(hanoi.time_zone, "Asia/Ho_Chi_Minh");
        let t = hanoi.timing().unwrap();
        assert_eq!((t.start, t.end), (at("2025-10-25T02:00:00Z"), Some(at("2025-10-26T16:59:59Z"))));
        assert!(matches!(t.when, When::Timed { .. }));
        let deadline = events.get("signature-deadline").unwrap();
        assert_eq!(deadline.time_zone, "America/New_York");
        let t = deadline.timing().unwrap();
        assert_eq!((t.start, t.end), (at("2027-01-01T04:59:59Z"), None));
        let eif = events.get("entry-into-force").unwrap();
        assert_eq!(eif.schedule, Schedule::Derived(Derivation::EntryIntoForce));
        assert!(eif.all_day && eif.timing().is_none());
        let date = Date::new(2027, 7, 30).unwrap();
        let t = eif.derived_timing(date, &new_york).unwrap();
        assert_eq!((t.start, t.end), (at("2027-07-30T00:00:00-04:00"), Some(at("2027-07-31T00:00:00-04:00"))));
        assert_eq!(t.when, When::AllDay { first: date, end: date.add_days(1).unwrap() });
        assert_eq!(events.get("adoption").unwrap().derived_timing(date, &new_york), None);
    }

    #[test]
    fn minimal_and_full_events() {
        let e = parse(&one(r#""start": "2026-01-01T00:00:00Z", "time_zone": "UTC""#)).unwrap();
        let x = e.get("x").unwrap();
        assert_eq!(x.location, None);
        assert!(!x.all_day);
        assert_eq!(x.timing().unwrap().end, None);
        let full = r#"{"$schema": "x", "events": [{"id": "a-1", "start": "2026-01-01T00:00:00+07:00", "end": "2026-01-03T00:00:00+07:00",
            "all_day": true, "time_zone": "Asia/Ho_Chi_Minh", "title": {"en": "A", "vi": "B", "fr": "C"},
            "location": {"en": "L", "vi": "Đ"}, "description": {"en": "D", "vi": "M"}, "source": {"title": "S", "url": "http://x.org"}}]}"#;
        let e = parse(full).unwrap();
        let a = e.get("a-1").unwrap();
        assert_eq!(a.location.as_ref().unwrap().get(Lang::Vi), "Đ");
        let first = Date::new(2026, 1, 1).unwrap();
        assert_eq!(a.timing().unwrap().when, When::AllDay { first, end: first.add_days(2).unwrap() });
    }

    #[test]
    fn errors_name_line_and_field() {
        let text = "{\"events\": [\n  {\"id\": \"a\", \"start\": \"2026-01-01T00:00:00Z\", \"time_zone\": \"UTC\", "
            .to_string()
            + TEXTS
            + "},\n  {\"id\": \"b\", \"start\": \"2026-02-30T00:00:00Z\", \"time_zone\": \"UTC\", "
            + TEXTS
            + "}\n]}";
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(e.path, "events[1].start");
        assert_eq!(e.to_string(), "line 3, events[1].start: \"2026-02-30T00:00:00Z\" 2026-02-30 is not a real date (February 2026 has 28 days)");
    }

    #[test]
    fn validates_times() {
        assert!(err(r#""start": "2026-01-01T00:00:00", "time_zone": "UTC""#).message.contains("no UTC offset"));
        let e = err(r#""start": "2026-01-02T00:00:00Z", "end": "2026-01-01T00:00:00Z", "time_zone": "UTC""#);
        assert_eq!(
            (e.path.as_str(), e.message.as_str()),
            ("events[0].end", "must be after start (2026-01-02T00:00:00Z)")
        );
        assert_eq!(
            err(r#""start": "2026-01-01T00:00:00Z", "end": "2026-01-01T00:00:00Z", "time_zone": "UTC""#).path,
            "events[0].end"
        );
        // Later in wall-clock numbers but earlier in absolute time.
        assert!(err(r#""start": "2026-01-01T09:00:00+05:00", "end": "2026-01-01T10:00:00+07:00", "time_zone": "UTC""#)
            .message
            .contains("after start"));
        assert_eq!(err(r#""time_zone": "UTC""#).path, "events[0].start");
        assert!(err(r#""start": 20260101, "time_zone": "UTC""#).message.contains("expected a string"));
        assert!(err(r#""start": "+275760-09-13T00:00:00Z", "time_zone": "UTC""#).message.contains("0001 to 9999"));
    }

    #[test]
    fn validates_all_day_events() {
        let e = err(
            r#""start": "2026-01-01T09:00:00Z", "end": "2026-01-02T00:00:00Z", "all_day": true, "time_zone": "UTC""#,
        );
        assert_eq!(e.path, "events[0].start");
        let e = err(
            r#""start": "2026-01-01T00:00:00Z", "end": "2026-01-01T23:59:59Z", "all_day": true, "time_zone": "UTC""#,
        );
        assert_eq!(e.path, "events[0].end");
        let e = err(r#""start": "2026-01-01T00:00:00Z", "all_day": true, "time_zone": "UTC""#);
        assert_eq!(e.path, "events[0].end");
        assert!(e.message.contains("needs an end"));
        assert!(err(r#""start": "2026-01-01T00:00:00Z", "all_day": "yes", "time_zone": "UTC""#)
            .message
            .contains("true or false"));
    }

    #[test]
    fn validates_derived_events() {
        let ok = parse(&one(r#""derived": "entry-into-force", "time_zone": "America/New_York""#)).unwrap();
        assert!(ok.get("x").unwrap().all_day);
        assert!(parse(&one(r#""derived": "entry-into-force", "all_day": true, "time_zone": "UTC""#)).is_ok());
        assert_eq!(
            err(r#""derived": "entry-into-force", "all_day": false, "time_zone": "UTC""#).path,
            "events[0].all_day"
        );
        assert_eq!(
            err(r#""derived": "ratification", "time_zone": "UTC""#).message,
            "unknown derivation \"ratification\" (expected: entry-into-force)"
        );
        assert_eq!(
            err(r#""derived": "entry-into-force", "start": "2026-01-01T00:00:00Z", "time_zone": "UTC""#).path,
            "events[0].derived"
        );
        assert_eq!(
            err(r#""derived": "entry-into-force", "end": "2026-01-01T00:00:00Z", "time_zone": "UTC""#).path,
            "events[0].end"
        );
        assert!(err(r#""derived": "entry-into-force""#).message.contains("is missing"));
    }

    #[test]
    fn validates_ids_zones_texts_and_sources() {
        let base = r#""start": "2026-01-01T00:00:00Z", "time_zone": "UTC""#;
        let dup = format!("{{\"events\": [{{\"id\": \"x\", {base}, {TEXTS}}},\n{{\"id\": \"x\", {base}, {TEXTS}}}]}}");
        let e = parse(&dup).unwrap_err();
        assert_eq!((e.line, e.path.as_str()), (2, "events[1].id"));
        assert_eq!(e.message, "duplicate id \"x\" (first used on line 1)");
        for bad in ["", "Adoption", "two words", "a--b", "-a", "a-", "ngày"] {
            let text = format!("{{\"events\": [{{\"id\": \"{bad}\", {base}, {TEXTS}}}]}}");
            assert_eq!(parse(&text).unwrap_err().path, "events[0].id", "{bad}");
        }
        let e = err(r#""start": "2026-01-01T00:00:00Z", "time_zone": "New York""#);
        assert_eq!(e.path, "events[0].time_zone");
        assert!(e.message.starts_with("\"New York\" contains a space"));
        assert_eq!(err(r#""start": "2026-01-01T00:00:00Z""#).path, "events[0].time_zone");
        assert_eq!(err(r#""start": "2026-01-01T00:00:00Z", "time_zone": "+07:00""#).path, "events[0].time_zone");
        // Unknown fields, missing languages, bad sources.
        assert_eq!(err(&format!("{base}, \"titel\": 1")).path, "events[0].titel");
        let no_vi = r#"{"events": [{"id": "x", "start": "2026-01-01T00:00:00Z", "time_zone": "UTC", "title": {"en": "T"}, "source": {"title": "S", "url": "https://e.org"}}]}"#;
        assert_eq!(parse(no_vi).unwrap_err().message, "has no \"vi\" text");
        let bad_loc = format!("{base}, \"location\": {{\"en\": \"L\"}}");
        assert_eq!(err(&bad_loc).path, "events[0].location");
        for url in ["javascript:alert(1)", "https://", "ftp://x.org", "https://x.org/a b", "//x.org"] {
            let text = format!(
                r#"{{"events": [{{"id": "x", {base}, "title": {{"en": "T", "vi": "T"}}, "source": {{"title": "S", "url": "{url}"}}}}]}}"#
            );
            assert_eq!(parse(&text).unwrap_err().path, "events[0].source.url", "{url}");
        }
        let text = format!(
            r#"{{"events": [{{"id": "x", {base}, "title": {{"en": "T", "vi": "T"}}, "source": {{"title": " ", "url": "https://x.org"}}}}]}}"#
        );
        assert_eq!(parse(&text).unwrap_err().path, "events[0].source.title");
    }

    #[test]
    fn json_schema_lists_the_same_fields() {
        let text = include_str!("../../../data/schema/events.schema.json");
        let schema = core_json::parse(text).unwrap();
        let root = Node::root(&schema);
        let keys = |node: Node<'_>| {
            let mut k: Vec<String> = node.members().unwrap().into_iter().map(|(k, _)| k.to_string()).collect();
            k.sort();
            k
        };
        let sorted = |list: &[&str]| {
            let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
            v.sort();
            v
        };
        assert_eq!(keys(root.field("properties").unwrap()), sorted(&["$schema", "events"]));
        let event = root.field("$defs").unwrap().field("event").unwrap();
        assert_eq!(keys(event.field("properties").unwrap()), sorted(&EVENT_FIELDS));
        let source = event.field("properties").unwrap().field("source").unwrap();
        assert_eq!(keys(source.field("properties").unwrap()), sorted(&["title", "url"]));
        let langs = root.field("$defs").unwrap().field("localized").unwrap().field("properties").unwrap();
        assert_eq!(keys(langs), sorted(&Lang::ALL.map(Lang::code)));
    }

    #[test]
    fn validates_the_document() {
        assert_eq!(parse("{\"events\": []}").unwrap_err().message, "has no events");
        assert_eq!(parse("{}").unwrap_err().path, "events");
        assert_eq!(parse("{\"events\": [], \"extra\": 1}").unwrap_err().path, "extra");
        assert_eq!(parse("[]").unwrap_err().message, "expected an object, found an array");
        let e = parse("{\"events\": [\n}").unwrap_err();
        assert_eq!(e.line, 2);
        assert_eq!(parse("{\"events\": [1]}").unwrap_err().path, "events[0]");
    }

    #[test]
    fn a_one_language_file_needs_that_language_alone() {
        let fr = r#"{"events": [{"id": "x", "start": "2026-01-01T00:00:00Z", "time_zone": "UTC",
            "title": {"fr": "Titre"}, "source": {"title": "S", "url": "https://example.org/s"}}]}"#;
        let events = Events::parse_requiring(fr, &[Lang::Fr]).unwrap();
        assert_eq!(events.get("x").unwrap().title.get(Lang::Fr), "Titre");
        assert_eq!(Events::parse_requiring(fr, &[Lang::Ru]).unwrap_err().message, "has no \"ru\" text");
        assert_eq!(parse(fr).unwrap_err().message, "has no \"en\" text");
    }
}
