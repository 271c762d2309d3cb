//! The frame every widget renders in: language and direction, theme hook for CSS, and the
//! notices area where problems with attributes or data are shown in the reader's language.

use core_attrs::{Problem, Theme};
use core_i18n::{common, fill, Catalog, Lang};
use yew::prelude::*;

/// A short message for the reader. Details go to the console, not here.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice(pub AttrValue);

impl Notice {
    /// The localized notice for an attribute value that was ignored.
    pub fn for_problem(lang: Lang, problem: &Problem) -> Notice {
        let text = common::Text::for_lang(lang);
        Notice(fill(text.bad_attribute, &[("name", &problem.attribute), ("value", &problem.value)]).into())
    }
}

/// The frame's settings. A view function's argument, not a component's props: the frame has no
/// state, its content changes whenever the widget renders, and each component costs ~0.75 KB of
/// gzipped wasm.
pub struct Shell {
    pub lang: Lang,
    pub theme: Theme,
    /// Accessible name of the widget as a whole.
    pub label: &'static str,
    pub notices: Vec<Notice>,
}

/// `content` in the frame.
pub fn shell(frame: Shell, content: Html) -> Html {
    let text = common::Text::for_lang(frame.lang);
    html! {
        <div class="aw" lang={frame.lang.code()} dir={frame.lang.dir()} data-theme={frame.theme.as_str()}
             role="region" aria-label={frame.label}>
            // The live region exists from the first render, so later notices are announced.
            <div class="aw-notices" role="status" aria-live="polite" aria-label={text.notices}>
                { for frame.notices.into_iter().map(|n| html! { <p class="aw-notice">{ n.0 }</p> }) }
            </div>
            { content }
        </div>
    }
}
