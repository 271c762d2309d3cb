//! Loading a widget's `src` data file. While it loads, or when it fails, the widget keeps showing
//! its built-in data; a failure adds a notice in the reader's language and a console warning.

use crate::fetch::{fetch_text, FetchError};
use crate::{console, Notice};
use core_i18n::{common, fill, Catalog, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Data files are small (the largest built-in one is a few hundred KB); anything far bigger is
/// a wrong URL, and must not freeze the page.
pub const MAX_DATA_BYTES: u32 = 5_000_000;
pub const FETCH_TIMEOUT_MS: u32 = 15_000;

/// The state of a `src` load.
#[derive(Debug, PartialEq)]
pub enum Source<T> {
    /// No `src`: use the built-in data.
    BuiltIn,
    Loading,
    Loaded(Rc<T>),
    /// Fell back to the built-in data, for `why`.
    Failed {
        src: String,
        why: Failure,
    },
}

/// Why a `src` load failed, for the reader's notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Unreachable,
    TimedOut,
    TooLarge,
    /// Loaded, but not valid data (or not JSON at all).
    Invalid,
}

impl From<&FetchError> for Failure {
    fn from(e: &FetchError) -> Self {
        match e {
            FetchError::Unreachable(_) => Failure::Unreachable,
            FetchError::TimedOut => Failure::TimedOut,
            FetchError::TooLarge { .. } => Failure::TooLarge,
            FetchError::NotJson(_) => Failure::Invalid,
        }
    }
}

impl<T> Source<T> {
    pub fn loaded(&self) -> Option<&Rc<T>> {
        match self {
            Source::Loaded(data) => Some(data),
            _ => None,
        }
    }

    /// The notice for a failed load, in `lang`.
    pub fn notice(&self, lang: Lang) -> Option<Notice> {
        let Source::Failed { src, why } = self else { return None };
        let text = common::Text::for_lang(lang);
        let what = match why {
            Failure::Unreachable => text.data_unreachable,
            Failure::TimedOut => text.data_timed_out,
            Failure::TooLarge => text.data_too_large,
            Failure::Invalid => text.data_invalid,
        };
        // A page can give a megabyte `src`: the notice quotes a short form.
        let src = core_attrs::elide(src, core_attrs::MAX_VALUE_CHARS);
        Some(Notice(format!("{} {}", fill(what, &[("src", &src)]), text.using_built_in).into()))
    }
}

/// Fetches and parses `src` whenever it changes. `parse` returns the data or an English error
/// (with line and field) for the console.
#[hook]
pub fn use_source<T: 'static>(
    tag: &'static str,
    src: Option<String>,
    parse: fn(&str) -> Result<T, String>,
) -> Rc<Source<T>> {
    let state = use_state(|| Rc::new(if src.is_some() { Source::Loading } else { Source::BuiltIn }));
    {
        let state = state.clone();
        use_effect_with(src, move |src| {
            let cancelled = Rc::new(std::cell::Cell::new(false));
            match src.clone() {
                None => state.set(Rc::new(Source::BuiltIn)),
                Some(src) => {
                    state.set(Rc::new(Source::Loading));
                    let cancelled = cancelled.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let outcome = match fetch_text(&src, MAX_DATA_BYTES, FETCH_TIMEOUT_MS).await {
                            Ok(text) => parse(&text).map_err(|e| (Failure::Invalid, e)),
                            Err(e) => Err(((&e).into(), e.detail())),
                        };
                        // A newer `src` (or a removed widget) supersedes this load.
                        if cancelled.get() {
                            return;
                        }
                        state.set(Rc::new(match outcome {
                            Ok(data) => Source::Loaded(Rc::new(data)),
                            Err((why, detail)) => {
                                let shown = core_attrs::elide(&src, core_attrs::MAX_MESSAGE_CHARS);
                                console::warn(tag, &format!("src \"{shown}\": {detail}"));
                                Source::Failed { src, why }
                            }
                        }));
                    });
                }
            }
            move || cancelled.set(true)
        });
    }
    (*state).clone()
}
