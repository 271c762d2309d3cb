//! Which bank the quiz uses: the page's `src`, else an inline JSON child, else the built-in one
//! (parsed once per page). A broken bank never blocks the quiz: it falls back to the built-in.

use core_quiz::{parse_bank, Bank};
use std::rc::Rc;

thread_local! {
    static BUILT_IN: Rc<Bank> = Rc::new(core_quiz::built_in().unwrap_or_else(|errors| {
        // The native tests validate this bank; reaching here means a broken build.
        web_sys::console::error_1(&format!("[scam-quiz] built-in bank: {}", joined(&errors)).into());
        Bank { languages: Vec::new(), topics: Vec::new(), questions: Vec::new() }
    }));
}

pub fn built_in_bank() -> Rc<Bank> {
    BUILT_IN.with(Rc::clone)
}

fn joined(errors: &[core_json::DataError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// For `use_source`: every validation error, one per line, for the console.
pub fn parse_bank_text(text: &str) -> Result<Bank, String> {
    parse_bank(text).map_err(|errors| joined(&errors))
}
