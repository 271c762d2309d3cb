//! The quiz's own attributes: `questions`, `topics`, `seed`, `persist`, `pass`, `resume` (the
//! common ones are in `core_attrs`). Pure, so every attribute parser is tested natively.

use core_attrs::{parse_count, Lookup, Problem};

#[derive(Debug, Clone, PartialEq)]
pub struct QuizConfig {
    pub questions: usize,
    /// The `topics` list as given; matched against the bank once it is known.
    pub topics: Option<String>,
    /// The `seed` text: the same seed gives a whole classroom the same questions.
    pub seed: Option<String>,
    pub persist: bool,
    /// The pass mark in percent (`pass`): an attempt at or above it succeeds (xAPI `success`,
    /// SCORM's mastery score).
    pub pass: u32,
    /// A resume state the host saved from `scam-quiz:progress` (an LMS's suspend data), used
    /// instead of localStorage when the quiz starts.
    pub resume: Option<String>,
}

/// The pass mark when the page sets none.
pub const DEFAULT_PASS: u32 = 50;

pub const MAX_QUESTIONS: u32 = 50;

pub fn parse(get: Lookup<'_>, problems: &mut Vec<Problem>) -> QuizConfig {
    let questions = parse_count(get, "questions", 1..=MAX_QUESTIONS, problems)
        .map_or(crate::DEFAULT_QUESTION_COUNT, |n| n as usize);
    let persist = match get("persist").as_deref().map(str::trim) {
        None | Some("") | Some("on") => true,
        Some("off") => false,
        Some(other) => {
            problems.push(Problem::new("persist", other, "expected on or off"));
            true
        }
    };
    let pass = parse_count(get, "pass", 0..=100, problems).unwrap_or(DEFAULT_PASS);
    let text = |name: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    QuizConfig { questions, topics: text("topics"), seed: text("seed"), persist, pass, resume: text("resume") }
}
