//! Above the map: the map/table switch and the search box, with a polite status that says when
//! nothing matches. Enter in the search selects the first match.

use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::map_config::View;
use yew::prelude::*;

/// What the toolbar shows and where its input goes. A view of the explorer's state, not a
/// component: it has no state of its own, and each component costs ~0.7 KB of gzipped wasm.
pub struct Toolbar {
    pub lang: Lang,
    /// The view on screen.
    pub view: View,
    pub query: AttrValue,
    /// The query is not empty and finds nothing.
    pub no_match: bool,
    pub on_view: Callback<View>,
    pub on_query: Callback<String>,
    /// Enter in the search box, with the text it holds then.
    pub on_search: Callback<String>,
}

fn input_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlInputElement>().map(|input| input.value())
}

pub fn toolbar(props: Toolbar) -> Html {
    let text = Text::for_lang(props.lang);
    let view_button = |view: View, label: &'static str| {
        let onclick = props.on_view.reform(move |_: MouseEvent| view);
        html! {
            <button type="button" class="aw-secondary" aria-pressed={(props.view == view).to_string()} {onclick}>{ label }</button>
        }
    };
    let oninput = {
        let on_query = props.on_query;
        Callback::from(move |e: InputEvent| {
            if let Some(value) = input_value(&e) {
                on_query.emit(value);
            }
        })
    };
    let onkeydown = {
        let on_search = props.on_search;
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(value) = input_value(&e) {
                    on_search.emit(value);
                }
            }
        })
    };
    html! {
        <>
            <div class="aw-map-toolbar">
                <div class="aw-map-views" role="group" aria-label={text.views}>
                    { view_button(View::Map, text.view_map) }
                    { view_button(View::Table, text.view_table) }
                </div>
                <label class="aw-map-search">
                    <span>{ text.search_label }</span>
                    <input type="search" value={props.query.clone()} {oninput} {onkeydown} autocomplete="off" />
                </label>
            </div>
            <div class="aw-map-search-status" role="status" aria-live="polite">
                if props.no_match {
                    <p>{ fill(text.search_none, &[("query", props.query.trim())]) }</p>
                }
            </div>
        </>
    }
}
