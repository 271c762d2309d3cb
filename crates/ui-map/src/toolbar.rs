//! Above the map: the map/table switch and the search box (see `search_box`).

use crate::search_box::{search_box, SearchBox};
use core_i18n::{map::Text, Catalog, Lang};
use core_treaty::map_config::View;
use yew::prelude::*;

/// What the toolbar shows and where its input goes. A view of the explorer's state, not a
/// component: it has no state of its own, and each component costs ~0.7 KB of gzipped wasm.
pub struct Toolbar {
    pub lang: Lang,
    /// The view on screen.
    pub view: View,
    pub on_view: Callback<View>,
    pub search: SearchBox,
}

pub fn toolbar(props: Toolbar) -> Html {
    let text = Text::for_lang(props.lang);
    let view_button = |view: View, label: &'static str| {
        let onclick = props.on_view.reform(move |_: MouseEvent| view);
        html! {
            <button type="button" class="aw-secondary" aria-pressed={(props.view == view).to_string()} {onclick}>{ label }</button>
        }
    };
    html! {
        <div class="aw-map-toolbar">
            <div class="aw-map-views" role="group" aria-label={text.views}>
                { view_button(View::Map, text.view_map) }
                { view_button(View::Table, text.view_table) }
            </div>
            { search_box(props.search) }
        </div>
    }
}
