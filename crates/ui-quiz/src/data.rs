//! Which bank the quiz uses: the page's `src`, else an inline JSON child, else the built-in one
//! (parsed once per page). A broken bank never blocks the quiz: it falls back to the built-in.

use core_quiz::{parse_bank, Bank};

ui_common::built_in_data! {
    pub fn built_in_bank() -> Bank {
        tag: crate::TAG,
        parse: core_quiz::built_in().map_err(|errors| joined(&errors)),
        empty: || Bank { languages: Vec::new(), topics: Vec::new(), questions: Vec::new() },
    }
}

fn joined(errors: &[core_json::DataError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// For `use_source`: every validation error, one per line, for the console.
pub fn parse_bank_text(text: &str) -> Result<Bank, String> {
    parse_bank(text).map_err(|errors| joined(&errors))
}
