//! What every widget's components share: the host element and its props, attribute parsing, the
//! shell that shows notices, console logging and data fetching.
//!
//! Everything that touches browser APIs for more than one widget lives here, behind small
//! functions, so components stay thin and pure crates stay testable natively.

pub mod announcer;
pub mod built_in;
pub mod console;
pub mod engines;
pub mod fetch;
pub mod host;
pub mod intl;
pub mod packs;
pub mod painted;
pub mod parsed;
pub mod sandbox;
pub mod shared;
pub mod shell;
pub mod site;
pub mod source;
pub mod storage;
pub mod text;

pub use announcer::announcer;
pub use host::{Host, HostProps};
pub use painted::{after_next_paint, use_painted};
pub use parsed::{use_parsed, Parsed};
pub use shared::Shared;
pub use shell::{shell, Notice, Shell};
pub use source::{use_source, Failure, Source};

/// The stylesheet every widget starts from (palette, themes, focus ring, notices).
pub const BASE_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/base.css"));

/// What a widget tells the embedding layer about itself.
pub struct WidgetSpec {
    /// The element name from the public contract, e.g. `event-countdown`.
    pub tag: &'static str,
    /// The widget's own attributes, the common `lang`, `theme` and `src` included. Changes to
    /// these re-render the widget; others are reported as unknown.
    pub attributes: &'static [&'static str],
    /// The widget's stylesheet; `BASE_CSS` goes in front of it.
    pub css: &'static str,
    /// The catalogues in the widget's language packs (`text/<tag>.<lang>.txt`, see `packs`).
    pub text: &'static [core_i18n::pack::Section],
}
