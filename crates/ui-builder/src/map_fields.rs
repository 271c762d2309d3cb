//! `<signatory-map>`'s own attributes: `highlight` (ISO codes, picked by country name) and
//! `view`.

use core_embed_code::Setup;
use core_i18n::{builder::Text, fill, Catalog, Lang};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapFieldsProps {
    pub lang: Lang,
    pub setup: Setup,
    /// ISO code and name, sorted by name.
    pub countries: Rc<Vec<(String, String)>>,
    pub on_set: Callback<(&'static str, String)>,
}

/// The code a typed entry stands for: a country's name in the list (any case), or a code.
fn code_for(typed: &str, countries: &[(String, String)]) -> Option<String> {
    let typed = typed.trim();
    countries
        .iter()
        .find(|(code, name)| name.eq_ignore_ascii_case(typed) || code.eq_ignore_ascii_case(typed))
        .map(|(code, _)| code.clone())
        .or_else(|| {
            // Without the list (it failed to load), take anything shaped like a code.
            (countries.is_empty() && typed.len() == 2 && typed.chars().all(|c| c.is_ascii_alphabetic()))
                .then(|| typed.to_ascii_uppercase())
        })
}

#[function_component(MapFields)]
pub fn map_fields(props: &MapFieldsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let setup = &props.setup;
    let chosen: Vec<String> = setup
        .get("highlight")
        .unwrap_or("")
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    // The field is left to the browser (no `value` prop): what it holds is read when a country
    // is added, so a paste or a pick from the list followed at once by Enter is never lost to a
    // render that has not happened yet.
    let input = use_node_ref();
    let unknown = use_state(|| None::<String>);
    let name_of = |code: &str| {
        props.countries.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()).unwrap_or_else(|| code.to_string())
    };

    let add = {
        let (unknown, input) = (unknown.clone(), input.clone());
        let countries = props.countries.clone();
        let on_set = props.on_set.clone();
        let chosen = chosen.clone();
        Callback::from(move |()| {
            let Some(field) = input.cast::<HtmlInputElement>() else { return };
            let typed = field.value();
            match code_for(&typed, &countries) {
                Some(code) => {
                    let mut next = chosen.clone();
                    if !next.contains(&code) {
                        next.push(code);
                    }
                    on_set.emit(("highlight", next.join(",")));
                    field.set_value("");
                    unknown.set(None);
                }
                None if typed.trim().is_empty() => {}
                None => unknown.set(Some(typed.trim().to_string())),
            }
        })
    };
    // Enter adds the country (the settings form itself never submits).
    let on_enter = {
        let add = add.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                add.emit(());
            }
        })
    };
    let chips = chosen.iter().map(|code| {
        let on_set = props.on_set.clone();
        let rest: Vec<String> = chosen.iter().filter(|c| *c != code).cloned().collect();
        let onclick = Callback::from(move |_| on_set.emit(("highlight", rest.join(","))));
        let name = name_of(code);
        html! {
            <li>
                <span>{ name.clone() }</span>
                <button type="button" class="chip-remove" aria-label={fill(text.highlight_remove, &[("name", &name)])} {onclick}>{ "×" }</button>
            </li>
        }
    });
    let options = props.countries.iter().map(|(_, name)| html! { <option value={name.clone()} /> });
    let view = setup.get("view").unwrap_or("map");
    let views = [("map", text.view_map), ("table", text.view_table)].map(|(value, label)| {
        let on_set = props.on_set.clone();
        let onchange = Callback::from(move |_| on_set.emit(("view", if value == "map" { String::new() } else { value.into() })));
        html! {
            <label class="choice"><input type="radio" name="view" {value} checked={view == value} {onchange} />{ label }</label>
        }
    });
    html! {
        <>
        <fieldset class="field highlight">
            <legend>{ text.highlight }</legend>
            if !chosen.is_empty() {
                <ul class="chips">{ for chips }</ul>
            }
            <div class="add-country">
                <input id="f-highlight" ref={input} type="text" list="f-countries" autocomplete="off" aria-label={text.highlight}
                    aria-invalid={unknown.is_some().then_some("true")} aria-describedby="f-highlight-hint"
                    onkeydown={on_enter} />
                <datalist id="f-countries">{ for options }</datalist>
                <button type="button" onclick={add.reform(|_| ())}>{ text.highlight_add }</button>
            </div>
            <p id="f-highlight-hint" class="hint error" aria-live="polite">
                { unknown.as_ref().map(|q| fill(text.highlight_unknown, &[("query", q)])).unwrap_or_default() }
            </p>
        </fieldset>
        <fieldset class="field inline">
            <legend>{ text.view }</legend>
            { for views }
        </fieldset>
        </>
    }
}
