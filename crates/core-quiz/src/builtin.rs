//! The built-in bank, compiled into the binary so the quiz works with no network request.

use crate::model::Bank;
use crate::parse::parse_bank;
use core_json::DataError;

/// The text of `data/quiz/bank.json`, for tools that want it as it is (sizes, exports).
pub const BUILT_IN_JSON: &str = include_str!("../../../data/quiz/bank.json");

/// Parses the built-in bank. A test guarantees it validates; callers still get the errors, not
/// a panic, so a broken edit can never take the page down.
pub fn built_in() -> Result<Bank, Vec<DataError>> {
    parse_bank(BUILT_IN_JSON)
}
