//! The search box: an ARIA 1.2 combobox with a listbox of suggestions. Arrow keys move through
//! the options (the focus stays in the box, `aria-activedescendant` names the option), Enter
//! chooses, Escape closes the list and then clears the box; a polite status says how many
//! states match, or that none does and which names are closest.

use core_i18n::{map::Text, Catalog, Lang};
use std::rc::Rc;
use yew::prelude::*;

const INPUT_ID: &str = "aw-map-search-input";
const LIST_ID: &str = "aw-map-search-options";

/// One option: the state's code and name, and what the option says ("Viet Nam, signed 25 Oct
/// 2025").
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOption {
    pub code: String,
    pub label: String,
    pub text: String,
}

/// What the search box shows and where its keys go. A view of the explorer's state, like the
/// toolbar it sits in.
pub struct SearchBox {
    pub lang: Lang,
    pub query: AttrValue,
    pub options: Rc<Vec<SearchOption>>,
    /// The list is open (and shown when it has options).
    pub open: bool,
    pub active: Option<usize>,
    /// The polite status: the count of matches, or none and the closest names.
    pub status: AttrValue,
    pub on_query: Callback<String>,
    /// Arrow Down (+1) or Up (-1).
    pub on_move: Callback<i8>,
    /// Enter, with the text in the box then.
    pub on_enter: Callback<String>,
    pub on_escape: Callback<()>,
    /// A click on an option: its code and label.
    pub on_choose: Callback<(String, String)>,
    pub on_blur: Callback<()>,
    /// The reader is in the box: what the search needs beyond the browser's names is wanted now.
    pub on_focus: Callback<()>,
}

fn option_id(i: usize) -> String {
    format!("aw-map-search-option-{i}")
}

fn input_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlInputElement>().map(|input| input.value())
}

pub fn search_box(props: SearchBox) -> Html {
    let text = Text::for_lang(props.lang);
    let expanded = props.open && !props.options.is_empty();
    let active = props.active.filter(|i| expanded && *i < props.options.len());
    let oninput = {
        let on_query = props.on_query;
        Callback::from(move |e: InputEvent| {
            if let Some(value) = input_value(&e) {
                on_query.emit(value);
            }
        })
    };
    let onkeydown = {
        let (on_move, on_enter, on_escape) = (props.on_move, props.on_enter, props.on_escape);
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                e.prevent_default();
                on_move.emit(if e.key() == "ArrowDown" { 1 } else { -1 });
            }
            "Enter" => {
                e.prevent_default();
                if let Some(value) = input_value(&e) {
                    on_enter.emit(value);
                }
            }
            "Escape" => {
                // The browser's own clearing of a search field would skip the first step.
                e.prevent_default();
                on_escape.emit(());
            }
            _ => {}
        })
    };
    let onblur = props.on_blur.reform(|_: FocusEvent| ());
    let onfocus = props.on_focus.reform(|_: FocusEvent| ());
    let options = props.options.iter().enumerate().map(|(i, option)| {
        let chosen = (option.code.clone(), option.label.clone());
        let onclick = props.on_choose.reform(move |_: MouseEvent| chosen.clone());
        // Keeps the focus in the box, so the click is not a blur that closes the list first.
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        let selected = active == Some(i);
        html! {
            <li id={option_id(i)} role="option" aria-selected={selected.to_string()} data-iso={option.code.clone()}
                class="aw-map-option" {onclick} {onmousedown}>
                { option.text.clone() }
            </li>
        }
    });
    html! {
        <div class="aw-map-search">
            <label for={INPUT_ID}>{ text.search_label }</label>
            <div class="aw-map-combo">
                <input id={INPUT_ID} type="search" role="combobox" aria-autocomplete="list" aria-controls={LIST_ID}
                    aria-expanded={expanded.to_string()} aria-activedescendant={active.map(option_id)}
                    value={props.query.clone()} {oninput} {onkeydown} {onblur} {onfocus} autocomplete="off" spellcheck="false" />
                <ul id={LIST_ID} role="listbox" aria-label={text.search_label} class="aw-map-options" hidden={!expanded}>
                    { for options }
                </ul>
            </div>
            <div class="aw-map-search-status" role="status" aria-live="polite">{ props.status.clone() }</div>
        </div>
    }
}
