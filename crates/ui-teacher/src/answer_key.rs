//! "Print the answer key": picks the bank and the language, and prints. The built-in bank is
//! fetched from the site (`data/quiz/bank.json`) rather than compiled in, so the site's wasm
//! does not carry it twice.

use crate::key_view::KeyView;
use crate::reducer::Reducer;
use crate::shared;
use crate::ToolProps;
use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_quiz::teacher::{KeyMsg, KeyState, Load};
use std::rc::Rc;
use ui_common::fetch::fetch_text;
use ui_common::source::{FETCH_TIMEOUT_MS, MAX_DATA_BYTES};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Relative to the page, which sits at the site's root.
const BUILT_IN_URL: &str = "data/quiz/bank.json";

#[function_component(AnswerKeyTool)]
pub fn answer_key_tool(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let state = use_reducer(Reducer::<KeyState>::default);
    let heading = use_node_ref();

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let result = match fetch_text(BUILT_IN_URL, MAX_DATA_BYTES, FETCH_TIMEOUT_MS).await {
                    Ok(json) => core_quiz::parse_bank(&json)
                        .map(Rc::new)
                        .map_err(|errors| format!("{BUILT_IN_URL}: {} problem(s)", errors.len())),
                    Err(e) => Err(format!("{BUILT_IN_URL}: {}", e.detail())),
                };
                if let Err(why) = &result {
                    web_sys::console::warn_1(&format!("[teachers] {why}").into());
                }
                state.dispatch(KeyMsg::BuiltIn(result));
            });
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let subscription = shared::subscribe(Callback::from(move |offer| state.dispatch(KeyMsg::Offered(offer))));
            move || drop(subscription)
        });
    }
    {
        let heading = heading.clone();
        use_effect_with(state.focus_moves, move |moves| {
            if *moves > 0 {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    ui_common::engines::focus(&h);
                    h.scroll_into_view();
                }
            }
        });
    }

    let on_source = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let checked = input_value(&e).as_deref() == Some("checked");
            state.dispatch(KeyMsg::UseChecked(checked));
        })
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let picked = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value());
            if let Some(l) = picked.as_deref().and_then(Lang::from_code) {
                state.dispatch(KeyMsg::Lang(l));
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let source_choice = state.checked.is_some().then(|| {
        html! {
            <fieldset class="tk-field">
                <legend>{ text.key_bank }</legend>
                <label><input type="radio" name="tk-key-bank" value="built-in" checked={!state.use_checked} onchange={on_source.clone()} />{ " " }{ text.key_built_in }</label>
                <label><input type="radio" name="tk-key-bank" value="checked" checked={state.use_checked} onchange={on_source} />{ " " }{ text.key_checked }</label>
            </fieldset>
        }
    });
    let body = match (state.bank(), &state.built_in) {
        (Some(bank), _) => {
            let key_lang = state.key_lang(bank, lang);
            let options = bank.languages.iter().map(|l| {
                html! { <option value={l.code()} lang={l.code()} selected={*l == key_lang}>{ l.autonym() }</option> }
            });
            html! {
                <>
                    <div class="tk-key-controls">
                        { for source_choice }
                        <div class="tk-field">
                            <label for="tk-key-lang">{ text.key_language }</label>
                            <select id="tk-key-lang" class="tk-key-lang" onchange={on_lang}>{ for options }</select>
                        </div>
                        <button type="button" class="tk-button tk-print" onclick={on_print}>{ text.print }</button>
                    </div>
                    <KeyView bank={bank.clone()} lang={key_lang} />
                </>
            }
        }
        (None, Load::Failed(why)) => html! {
            <p class="tk-status tk-invalid" role="alert">{ fill(text.load_failed, &[("detail", why)]) }</p>
        },
        (None, _) => html! { <p class="tk-status" aria-busy="true">{ text.loading }</p> },
    };
    html! {
        <section class="tk tk-answer-key" aria-labelledby="tk-key-h">
            <h2 id="tk-key-h" tabindex="-1" ref={heading}>{ text.key_heading }</h2>
            <p class="tk-screen-only">{ text.key_intro }</p>
            { body }
        </section>
    }
}

fn input_value(e: &Event) -> Option<String> {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value())
}
