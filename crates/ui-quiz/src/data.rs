//! Which bank the quiz uses: the page's `src`, else an inline JSON child, else the built-in one.
//! The built-in bank is not in the wasm: it is downloaded from the widget's site in the reader's
//! language alone (`data/quiz/bank.<lang>.json`, in the bank format), and parsed once per page.
//! A broken `src` or inline bank never blocks the quiz: it falls back to the built-in one.

use core_i18n::Lang;
use core_quiz::{parse_bank, Bank};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/bank_languages.rs"));
}

/// The shipped file of the built-in bank for a reader of `lang`: theirs, else English.
pub fn built_in_bank_file(lang: Lang) -> String {
    let lang = if generated::BANK_LANGUAGES.contains(&lang) { lang } else { Lang::En };
    format!("data/quiz/bank.{}.json", lang.code())
}

/// For `use_source` and `use_shipped`: every validation error, one per line, for the console.
pub fn parse_bank_text(text: &str) -> Result<Bank, String> {
    parse_bank(text).map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}
