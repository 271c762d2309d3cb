//! Frames sandboxed without `allow-same-origin` (WordPress's oEmbed frames: `sandbox="allow-scripts"`)
//! have an opaque origin and, in practice, no downloads and no new windows. Links that need those
//! (the countdown's .ics and Google Calendar, the map's CSV) give way to a short note and a link to
//! the widget's own page, where they work; in WordPress the iframe page (`embed/frame.js`) asks the
//! host to open it (`a.aw-open-page`).

use core_i18n::{common::Text, Catalog, Lang};
use yew::prelude::*;

/// The page's own address (without its fragment) when it runs in a frame with an opaque origin.
pub fn opaque_frame_page() -> Option<String> {
    let window = web_sys::window()?;
    let framed = window.parent().ok().flatten().is_some_and(|parent| parent != window);
    if !framed || window.origin() != "null" {
        return None;
    }
    let href = window.location().href().ok()?;
    Some(href.split('#').next().unwrap_or_default().to_string())
}

/// "This frame cannot download files or open new windows. Open it on its own page.", linking
/// `page` (from [`opaque_frame_page`]). A view function: it has no state, and each component
/// costs ~0.75 KB of gzipped wasm.
pub fn sandbox_note(lang: Lang, page: AttrValue) -> Html {
    let text = Text::for_lang(lang);
    html! {
        <p class="aw-sandbox-note">
            { text.sandbox_blocked }{ " " }
            <a class="aw-open-page" href={page} target="_blank" rel="noopener noreferrer">{ text.open_own_page }</a>
        </p>
    }
}
