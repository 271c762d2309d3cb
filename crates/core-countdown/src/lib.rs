//! The browser-free core of `<event-countdown>`: instants and strict RFC 3339, phases, the
//! days/hours/minutes/seconds breakdown, the milestones data file, the element's attributes and
//! which event they pick, and calendar export (`.ics` and a Google Calendar link).
//!
//! Time zones and localized formatting are the browser's job (`Intl`): this crate works on
//! absolute instants (milliseconds since the Unix epoch) and only needs a zone's UTC offset,
//! asked through a callback, to place a derived all-day event. It has no dependencies beyond
//! the workspace's JSON reader, calendar, languages and attribute reports, and uses no floats in
//! formatting, to stay small in wasm.

pub mod breakdown;
pub mod calendar;
pub mod config;
pub mod events;
pub mod google;
pub mod ics;
pub mod instant;
pub mod phase;
pub mod rfc3339;
pub mod shown;
pub mod zone;

pub use breakdown::{ms_until_next_boundary, ms_until_next_second_boundary, whole_days_between, Breakdown, Unit};
pub use calendar::{CalendarEvent, When, DEFAULT_DURATION_MS};
pub use config::{parse_config, unknown_time_zone, CountdownConfig, CustomEvent, MilestoneRequest, Target};
pub use core_calendar::{Date, DateError};
pub use events::{built_in, Derivation, Event, Events, Schedule, Source, Timing, DEFAULT_EVENT};
pub use google::google_calendar_url;
pub use ics::ics;
pub use instant::{DateTime, Instant};
pub use phase::Phase;
pub use rfc3339::TimeError;
pub use shown::{minutes_left, next_milestone, resolve, Shown};
