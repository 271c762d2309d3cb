//! The countdown's data: the events file (the page's `src`, else the built-in milestones) and,
//! for the entry-into-force milestone, progress derived at build time from the signatories file
//! the map uses (see build.rs). The built-in milestones are not in the wasm: they are downloaded
//! from the widget's site in the reader's language alone (`data/events.<lang>.json`, in the
//! events format), which the entry script starts beside the wasm.

use core_countdown::{Date, Events};

/// A page's events file: every text in English and Vietnamese at least.
pub fn parse_events(text: &str) -> Result<Events, String> {
    Events::parse(text).map_err(|e| e.to_string())
}

/// A shipped built-in file, whose texts are in one language (the build checked which).
pub fn parse_built_in_events(text: &str) -> Result<Events, String> {
    Events::parse_requiring(text, &[]).map_err(|e| e.to_string())
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
