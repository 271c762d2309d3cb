//! The scam-awareness quiz, without a browser: the question-bank model and its validator, the
//! built-in bank, and the engine (seeded draws balanced across topics, choice shuffles, answer
//! checking, scoring, topics to review, and a resume state that survives reloads), the widget's
//! state and its plan (what an attempt draws, where progress is saved), and the state of the
//! demo site's teacher tools (`teacher`).
//!
//! Pure Rust on purpose: it compiles into the quiz's wasm, whose page-weight budget is tight, and
//! all of it is tested natively. Nothing here panics on outside input (a bank file, a stored
//! state): widget code shares one wasm instance, and one trap would kill every widget on the page.
//! Bank texts are plain text; the UI must render them as text, never as HTML.

mod answer_key;
mod attempt;
mod builtin;
pub mod config;
mod draw;
mod model;
mod parse;
mod plan;
mod quiz_model;
mod rng;
mod score;
mod session;
mod state;
pub mod teacher;
mod topics;
pub mod xapi;

pub use answer_key::{key_language, Answer, AnswerKey, KeyItem, KeySource, KeyTopic};
pub use attempt::{AnswerError, Attempt, Item};
pub use builtin::{built_in, BUILT_IN_JSON};
pub use draw::{draw, Drawn, TopicFilter};
pub use model::{Bank, Channel, Choice, Kind, Line, Message, Question, Source, Speaker, Topic};
pub use parse::{parse_bank, MAX_ERRORS};
pub use plan::{storage_key, Plan};
pub use quiz_model::QuizModel;
pub use rng::{seed_from_text, Rng};
pub use score::{is_correct, Band, Score, TopicResult};
pub use session::{Action, Outcome, Screen, Session, Setup};
pub use state::StateError;
pub use topics::STANDARD_TOPICS;

/// How many questions an attempt draws when the page does not say (`questions` attribute).
pub const DEFAULT_QUESTION_COUNT: usize = 10;
