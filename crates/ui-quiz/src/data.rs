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

/// A stable fingerprint of the bank's questions and choices: storage keys of different banks
/// never collide, and a saved attempt is only offered back to the bank it was made with.
pub fn fingerprint(bank: &Bank) -> u64 {
    let mut ids = String::new();
    for q in &bank.questions {
        ids.push_str(&q.id);
        for c in &q.choices {
            ids.push(' ');
            ids.push_str(&c.id);
        }
        ids.push('\n');
    }
    core_quiz::seed_from_text(&ids)
}
