//! Which event the widget shows, with its texts in the reader's language and its times: the
//! one decision between the parsed attributes, the events file and the treaty data. It reports
//! what only the events file reveals: an unknown `event` id, and which milestone a refused `at`
//! falls back to.

use crate::calendar::{custom_uid, uid};
use crate::config::{CountdownConfig, MilestoneRequest, Target};
use crate::events::{Event, Events, Schedule, Source, Timing, DEFAULT_EVENT};
use crate::instant::Instant;
use core_attrs::Problem;
use core_calendar::Date;
use core_i18n::Lang;

/// The event on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The milestone id, for built-in and `src` events; `None` for a custom event.
    pub id: Option<String>,
    pub title: String,
    pub location: Option<String>,
    pub description: Option<String>,
    pub source: Option<Source>,
    /// The event's own IANA zone, if known.
    pub time_zone: Option<String>,
    /// The offset written in a custom `at`, used when there is no `time-zone`.
    pub offset_seconds: Option<i32>,
    pub all_day: bool,
    /// `None` while a derived date is not known yet (fewer than 40 ratifications).
    pub timing: Option<Timing>,
    /// Whether this is the entry-into-force milestone (the widget shows progress toward it).
    pub entry_into_force: bool,
    pub uid: String,
}

/// Resolves what to show, adding to `problems` what is wrong with the milestone asked for.
/// `entry_into_force` is the derived date once known; `offset_at` gives a zone's UTC offset at an
/// instant (the browser's `Intl`), to place that date in its zone. `None` only for an events
/// file without events.
pub fn resolve(
    config: &CountdownConfig,
    events: &Events,
    lang: Lang,
    fallback_title: &str,
    entry_into_force: Option<Date>,
    offset_at: &dyn Fn(&str, Instant) -> Option<i32>,
    problems: &mut Vec<Problem>,
) -> Option<Shown> {
    match &config.target {
        Target::Custom(custom) => Some(Shown {
            id: None,
            title: custom.title.clone().unwrap_or_else(|| fallback_title.to_string()),
            location: custom.location.clone(),
            description: None,
            source: None,
            time_zone: custom.time_zone.clone(),
            offset_seconds: Some(custom.start_offset_seconds),
            all_day: false,
            timing: Some(custom.timing()),
            entry_into_force: false,
            uid: custom_uid(custom.start, custom.title.as_deref().unwrap_or("")),
        }),
        Target::Milestone(request) => {
            let event = milestone(request, events, problems)?;
            let derived = matches!(event.schedule, Schedule::Derived(_));
            let timing = if derived {
                let zone = event.time_zone.as_str();
                entry_into_force.and_then(|date| event.derived_timing(date, &|at| offset_at(zone, at)))
            } else {
                event.timing()
            };
            Some(Shown {
                id: Some(event.id.clone()),
                title: event.title.get(lang).to_string(),
                location: event.location.as_ref().map(|l| l.get(lang).to_string()),
                description: event.description.as_ref().map(|d| d.get(lang).to_string()),
                source: Some(event.source.clone()),
                time_zone: Some(event.time_zone.clone()),
                offset_seconds: None,
                all_day: event.all_day || derived,
                timing,
                entry_into_force: derived,
                uid: uid(&event.id),
            })
        }
    }
}

/// The event `request` names, else the file's default; reports a refused `at` (naming the
/// milestone shown instead) and an unknown id.
fn milestone<'a>(request: &MilestoneRequest, events: &'a Events, problems: &mut Vec<Problem>) -> Option<&'a Event> {
    let default = events.default_event();
    let fallback = default.map_or(DEFAULT_EVENT, |e| e.id.as_str());
    let (event, unknown) = match request.event.as_deref() {
        None => (default, None),
        Some(raw) => match events.get(raw.trim()) {
            Some(event) => (Some(event), None),
            None => (default, Some(raw)),
        },
    };
    if let Some((at, error)) = &request.rejected_at {
        let shown = event.map_or(fallback, |e| e.id.as_str());
        problems.push(Problem::new("at", at, format!("{error}; showing \"{shown}\" instead")));
    }
    if let Some(raw) = unknown {
        let known: Vec<&str> = events.all().iter().map(|e| e.id.as_str()).collect();
        let what = if raw.trim().is_empty() { "is empty" } else { "is not a known event" };
        let message = format!("{what} (known: {}); showing \"{fallback}\" instead", known.join(", "));
        problems.push(Problem::new("event", raw, message));
    }
    event
}

/// The next milestone in the file that has not started by `now`, to point to after an event.
pub fn next_milestone<'a>(events: &'a Events, now: Instant, except: &str) -> Option<(&'a Event, Timing)> {
    events
        .all()
        .iter()
        .filter(|e| e.id != except)
        .filter_map(|e| e.timing().map(|t| (e, t)))
        .filter(|(_, t)| t.start > now)
        .min_by_key(|(_, t)| t.start)
}

/// The largest-first (days, hours, minutes) left, rounded up to whole minutes: what the live
/// region says. Rounding up means it never claims less time than there is, and it changes
/// exactly once a minute.
pub fn minutes_left(ms: i64) -> (i64, i64, i64) {
    let minutes = (ms.max(0) + 59_999) / 60_000;
    (minutes / 1440, minutes / 60 % 24, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_config;
    use crate::events::built_in;

    fn resolve_attrs(attrs: &[(&str, &str)], eif: Option<Date>) -> Shown {
        let events = built_in().unwrap();
        let get = |name: &str| attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string());
        let mut problems = Vec::new();
        let config = parse_config(&get, &mut problems);
        // New York is UTC−5 in winter, UTC−4 in summer.
        let offset = |_zone: &str, at: Instant| {
            Some(if (at.utc_date().month() as i32 - 7).abs() <= 3 { -4 * 3600 } else { -5 * 3600 })
        };
        let shown = resolve(&config, &events, Lang::Vi, "Sự kiện", eif, &offset, &mut problems).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        shown
    }

    #[test]
    fn milestones_come_localized_with_their_zone_and_source() {
        let shown = resolve_attrs(&[], None);
        assert_eq!(shown.id.as_deref(), Some("signature-deadline"));
        assert!(shown.title.contains("Công ước") || shown.title.contains("ký"), "{}", shown.title);
        assert_eq!(shown.time_zone.as_deref(), Some("America/New_York"));
        assert_eq!(shown.timing.unwrap().start, Instant::parse("2026-12-31T23:59:59-05:00").unwrap());
        assert!(shown.source.unwrap().url.starts_with("https://treaties.un.org/"));
        assert!(!shown.entry_into_force);
    }

    #[test]
    fn entry_into_force_waits_for_its_date_then_covers_that_day_in_new_york() {
        let pending = resolve_attrs(&[("event", "entry-into-force")], None);
        assert!(pending.entry_into_force);
        assert_eq!(pending.timing, None);
        let date = Date::new(2027, 4, 10).unwrap();
        let known = resolve_attrs(&[("event", "entry-into-force")], Some(date)).timing.unwrap();
        assert_eq!(known.start, Instant::parse("2027-04-10T00:00:00-04:00").unwrap());
        assert_eq!(known.end, Some(Instant::parse("2027-04-11T00:00:00-04:00").unwrap()));
    }

    #[test]
    fn custom_events_use_their_own_texts() {
        let shown =
            resolve_attrs(&[("at", "2027-03-01T09:00:00+07:00"), ("title", "Hội thảo"), ("location", "Huế")], None);
        assert_eq!((shown.id, shown.title.as_str(), shown.location.as_deref()), (None, "Hội thảo", Some("Huế")));
        assert_eq!(shown.offset_seconds, Some(7 * 3600));
        assert!(shown.uid.starts_with("custom-20270301T020000Z-"));
        let untitled = resolve_attrs(&[("at", "2027-03-01T09:00:00Z")], None);
        assert_eq!(untitled.title, "Sự kiện");
    }

    #[test]
    fn next_milestone_skips_past_and_current_events() {
        let events = built_in().unwrap();
        let after_hanoi = Instant::parse("2025-11-01T00:00:00Z").unwrap();
        let (next, _) = next_milestone(&events, after_hanoi, "hanoi-ceremony").unwrap();
        assert_eq!(next.id, "signature-deadline");
        let later = Instant::parse("2027-02-01T00:00:00Z").unwrap();
        assert!(next_milestone(&events, later, "signature-deadline").is_none());
    }

    #[test]
    fn minutes_left_rounds_up_and_splits() {
        assert_eq!(minutes_left(0), (0, 0, 0));
        assert_eq!(minutes_left(1), (0, 0, 1));
        assert_eq!(minutes_left(60_000), (0, 0, 1));
        assert_eq!(minutes_left(60_001), (0, 0, 2));
        assert_eq!(minutes_left((2 * 1440 + 3 * 60 + 4) * 60_000), (2, 3, 4));
        assert_eq!(minutes_left(-5), (0, 0, 0));
    }
}
