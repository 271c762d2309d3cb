//! The attributes every widget has: `lang`, `theme`, `src`.

use core_embed_code::Setup;
use core_i18n::{builder::Text, Catalog, Lang};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldsProps {
    pub lang: Lang,
    pub setup: Setup,
    pub on_set: Callback<(&'static str, String)>,
}

/// Sets attribute `name` from a `<select>`'s value.
pub fn select_setter(on_set: &Callback<(&'static str, String)>, name: &'static str) -> Callback<Event> {
    let on_set = on_set.clone();
    Callback::from(move |e: Event| on_set.emit((name, e.target_unchecked_into::<HtmlSelectElement>().value())))
}

/// Sets attribute `name` from an `<input>`'s value on every keystroke.
pub fn input_setter(on_set: &Callback<(&'static str, String)>, name: &'static str) -> Callback<InputEvent> {
    let on_set = on_set.clone();
    Callback::from(move |e: InputEvent| on_set.emit((name, e.target_unchecked_into::<HtmlInputElement>().value())))
}

#[function_component(CommonFields)]
pub fn common_fields(props: &FieldsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let setup = &props.setup;
    let lang_value = setup.get("lang").unwrap_or("");
    let theme_value = setup.get("theme").unwrap_or("auto");
    let src = setup.get("src").unwrap_or("");
    let src_ok = src.is_empty() || core_embed_code::plausible_src(src);
    let langs = Lang::ALL.iter().map(|l| {
        html! { <option value={l.code()} lang={l.code()} selected={lang_value == l.code()}>{ l.autonym() }</option> }
    });
    let themes =
        [("auto", text.theme_auto), ("light", text.theme_light), ("dark", text.theme_dark)].map(|(value, label)| {
            html! { <option {value} selected={theme_value == value}>{ label }</option> }
        });
    html! {
        <>
        <div class="field">
            <label for="f-lang">{ text.widget_language }</label>
            <select id="f-lang" onchange={select_setter(&props.on_set, "lang")}>
                <option value="" selected={lang_value.is_empty()}>{ text.lang_page }</option>
                { for langs }
            </select>
        </div>
        <div class="field">
            <label for="f-theme">{ text.theme }</label>
            <select id="f-theme" onchange={select_setter(&props.on_set, "theme")}>{ for themes }</select>
        </div>
        <div class="field">
            <label for="f-src">{ text.src }</label>
            <input id="f-src" type="url" inputmode="url" value={src.to_string()} placeholder="https://…/data.json"
                aria-describedby="f-src-hint" aria-invalid={(!src_ok).then_some("true")}
                oninput={input_setter(&props.on_set, "src")} />
            <p id="f-src-hint" class={classes!("hint", (!src_ok).then_some("error"))}>
                { if src_ok { text.src_hint } else { text.src_invalid } }
            </p>
        </div>
        </>
    }
}
