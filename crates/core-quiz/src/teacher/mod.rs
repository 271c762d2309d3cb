//! The state of the demo site's teacher tools (the bank checker and the answer key), without
//! the browser: the site's components only wire these to markup.

mod checker_model;
mod key_model;

pub use checker_model::{CheckerMsg, CheckerState, Status};
pub use key_model::{KeyMsg, KeyState, Load, Offer};
