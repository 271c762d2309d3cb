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
    /// The country list is still loading.
    pub loading: bool,
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
            // Without the list (still loading, or failed), take anything shaped like a code.
            (countries.is_empty() && typed.len() == 2 && typed.chars().all(|c| c.is_ascii_alphabetic()))
                .then(|| typed.to_ascii_uppercase())
        })
}

/// What adding a typed entry comes to.
#[derive(Debug, PartialEq)]
enum Pick {
    Code(String),
    /// A name typed before the country list arrived: it is looked up when the list comes.
    Waiting(String),
    Unknown(String),
    Nothing,
}

fn pick(typed: &str, countries: &[(String, String)], loading: bool) -> Pick {
    let typed = typed.trim();
    match code_for(typed, countries) {
        Some(code) => Pick::Code(code),
        None if typed.is_empty() => Pick::Nothing,
        None if loading => Pick::Waiting(typed.to_string()),
        None => Pick::Unknown(typed.to_string()),
    }
}

/// What the hint under the field says.
#[derive(Clone, PartialEq)]
enum Hint {
    None,
    Waiting(String),
    Unknown(String),
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
    let hint = use_state(|| Hint::None);
    let name_of = |code: &str| {
        props.countries.iter().find(|(c, _)| c == code).map(|(_, n)| n.clone()).unwrap_or_else(|| code.to_string())
    };
    // Applies what a typed entry comes to; the field is cleared only if it still holds that entry.
    let settle = {
        let (hint, input) = (hint.clone(), input.clone());
        let on_set = props.on_set.clone();
        let chosen = chosen.clone();
        move |typed: &str, picked: Pick| {
            let field = input.cast::<HtmlInputElement>();
            match picked {
                Pick::Code(code) => {
                    let mut next = chosen.clone();
                    if !next.contains(&code) {
                        next.push(code);
                    }
                    on_set.emit(("highlight", next.join(",")));
                    if let Some(field) = field.filter(|f| f.value().trim() == typed.trim()) {
                        field.set_value("");
                    }
                    hint.set(Hint::None);
                }
                Pick::Waiting(query) => hint.set(Hint::Waiting(query)),
                Pick::Unknown(query) => hint.set(Hint::Unknown(query)),
                Pick::Nothing => {}
            }
        }
    };
    let add = {
        let (input, settle) = (input.clone(), settle.clone());
        let countries = props.countries.clone();
        let loading = props.loading;
        Callback::from(move |()| {
            let Some(field) = input.cast::<HtmlInputElement>() else { return };
            let typed = field.value();
            settle(&typed, pick(&typed, &countries, loading));
        })
    };
    // A name typed while the list was loading is looked up once it has come (or has failed).
    {
        let waiting = match &*hint {
            Hint::Waiting(query) => Some(query.clone()),
            _ => None,
        };
        use_effect_with((props.countries.clone(), props.loading, waiting), move |(countries, loading, waiting)| {
            if let (Some(query), false) = (waiting, *loading) {
                settle(query, pick(query, countries, false));
            }
        });
    }
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
                    aria-invalid={matches!(*hint, Hint::Unknown(_)).then_some("true")} aria-describedby="f-highlight-hint"
                    onkeydown={on_enter} />
                <datalist id="f-countries">{ for options }</datalist>
                <button type="button" onclick={add.reform(|_| ())}>{ text.highlight_add }</button>
            </div>
            <p id="f-highlight-hint" class={if matches!(*hint, Hint::Unknown(_)) { "hint error" } else { "hint" }} aria-live="polite">
                { match &*hint {
                    Hint::None => String::new(),
                    Hint::Waiting(query) => fill(text.highlight_pending, &[("query", query)]),
                    Hint::Unknown(query) => fill(text.highlight_unknown, &[("query", query)]),
                } }
            </p>
        </fieldset>
        <fieldset class="field inline">
            <legend>{ text.view }</legend>
            { for views }
        </fieldset>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn countries() -> Vec<(String, String)> {
        vec![("FR".into(), "France".into()), ("VN".into(), "Vietnam".into())]
    }

    #[test]
    fn names_and_codes_become_codes() {
        assert_eq!(pick(" vietnam ", &countries(), false), Pick::Code("VN".into()));
        assert_eq!(pick("fr", &countries(), false), Pick::Code("FR".into()));
        assert_eq!(pick("Atlantis", &countries(), false), Pick::Unknown("Atlantis".into()));
        assert_eq!(pick("  ", &countries(), false), Pick::Nothing);
    }

    #[test]
    fn a_name_typed_before_the_list_waits_and_a_code_does_not() {
        assert_eq!(pick("Vietnam", &[], true), Pick::Waiting("Vietnam".into()));
        assert_eq!(pick("vn", &[], true), Pick::Code("VN".into()));
        // A list that failed takes codes only.
        assert_eq!(pick("Vietnam", &[], false), Pick::Unknown("Vietnam".into()));
    }
}
