//! A polite live region for what a widget says out loud (the countdown once a minute, the map's
//! current country). It exists from the first render, since a region created together with its
//! text is not announced; callers decide how often the text changes.

use crate::text::class_names;
use yew::prelude::*;

/// The region saying `text`; `class` is for tests and styling, e.g. `aw-cd-announcer`. A view
/// function, not a component: it has no state, and each component costs ~0.75 KB of gzipped wasm.
pub fn announcer(text: AttrValue, class: &'static str) -> Html {
    let class = class_names(&["aw-visually-hidden", class]);
    html! {
        <p ~className={class} role="status" aria-live="polite" aria-atomic="true">{ text }</p>
    }
}
