//! `<scam-quiz>`'s own attributes: `questions`, `topics`, `seed`, `persist`.

use crate::common_fields::input_setter;
use core_embed_code::Setup;
use core_i18n::{builder::Text, Catalog, Lang};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuizFieldsProps {
    pub lang: Lang,
    pub setup: Setup,
    /// Topic id and name, from the built-in bank.
    pub topics: Rc<Vec<(String, String)>>,
    pub on_set: Callback<(&'static str, String)>,
}

#[function_component(QuizFields)]
pub fn quiz_fields(props: &QuizFieldsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let setup = &props.setup;
    let chosen: Vec<String> =
        setup.get("topics").unwrap_or("").split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
    let topic_boxes = props.topics.iter().map(|(id, name)| {
        let checked = chosen.contains(id);
        let on_set = props.on_set.clone();
        let chosen = chosen.clone();
        let topic = id.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next: Vec<String> = chosen.iter().filter(|t| **t != topic).cloned().collect();
            if on {
                next.push(topic.clone());
            }
            on_set.emit(("topics", next.join(",")));
        });
        html! {
            <label class="choice">
                <input type="checkbox" value={id.clone()} {checked} {onchange} />
                { name }
            </label>
        }
    });
    let persist = setup.get("persist") != Some("off");
    let on_persist = {
        let on_set = props.on_set.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            on_set.emit(("persist", if on { String::new() } else { "off".into() }));
        })
    };
    html! {
        <>
        <div class="field">
            <label for="f-questions">{ text.questions }</label>
            <input id="f-questions" type="number" min="1" max="50" inputmode="numeric" placeholder="10"
                value={setup.get("questions").unwrap_or("").to_string()} oninput={input_setter(&props.on_set, "questions")} />
        </div>
        <fieldset class="field topics">
            <legend>{ text.topics }</legend>
            <p class="hint">{ text.topics_hint }</p>
            if props.topics.is_empty() {
                <input id="f-topics" type="text" aria-label={text.topics} value={setup.get("topics").unwrap_or("").to_string()}
                    oninput={input_setter(&props.on_set, "topics")} />
            } else {
                { for topic_boxes }
            }
        </fieldset>
        <div class="field">
            <label for="f-seed">{ text.seed }</label>
            <input id="f-seed" type="text" autocomplete="off" value={setup.get("seed").unwrap_or("").to_string()}
                oninput={input_setter(&props.on_set, "seed")} />
        </div>
        <div class="field">
            <label class="choice">
                <input id="f-persist" type="checkbox" checked={persist} onchange={on_persist} />
                { text.persist }
            </label>
        </div>
        </>
    }
}
