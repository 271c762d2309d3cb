//! The countdown's data: the events file (built in, or the page's `src`) and, for the
//! entry-into-force milestone, progress derived at build time from the signatories file the map
//! uses (see build.rs).

use core_countdown::{Date, Events};

ui_common::built_in_data! {
    /// Parsed once per page, shared by every countdown on it.
    pub fn built_in_events() -> Events {
        tag: crate::TAG,
        parse: core_countdown::built_in().map_err(|e| e.to_string()),
        empty: Events::default,
    }
}

pub fn parse_events(text: &str) -> Result<Events, String> {
    Events::parse(text).map_err(|e| e.to_string())
}

/// Where the Convention stands on its way to entry into force.
#[derive(Clone, Debug, PartialEq)]
pub struct Treaty {
    pub counted: usize,
    pub required: usize,
    pub entry_into_force: Option<Date>,
    /// The data's `as_of` day, as UTC midnight in ms, for `Intl` to format.
    pub as_of: f64,
}

mod generated {
    include!(concat!(env!("OUT_DIR"), "/treaty.rs"));
}

pub fn treaty() -> Treaty {
    let date = |(y, m, d): (u16, u8, u8)| Date::new(y, m, d);
    Treaty {
        counted: generated::COUNTED,
        required: generated::REQUIRED,
        entry_into_force: generated::ENTRY_INTO_FORCE.and_then(date),
        as_of: date(generated::AS_OF).map_or(0.0, |d| d.to_days() as f64 * 86_400_000.0),
    }
}
