//! Finding a state by the name a reader types, in any of the widgets' languages, and by the names
//! editors paste from the UN's pages.
//!
//! - [`fold`]: case, diacritics and punctuation ignored, with the decomposition passed in (the
//!   browser's `normalize("NFD")` in the widget, a crate's in native code);
//! - [`Index`]: every state's names (display names, UN name, aliases, code), what a query finds
//!   in ranked order, and the one state Enter may select ([`Outcome::pick`]);
//! - [`NameTable`]: the names file, `data/aliases.json`, shared by the map's search and the
//!   UN-table importer.
//!
//! Pure Rust without web-sys, tested natively.

mod fold;
mod index;
mod table;

pub use fold::{fold, Folded, Nfd};
pub use index::{Hit, Index, Level, NameKind, Outcome, SUGGESTIONS};
pub use table::{parse_names, NameTable, StateNames};
