//! The bank's sources, each once, with the questions that cite it. The address is printed as
//! well as linked: paper has no links.

use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_quiz::KeySource;
use std::rc::Rc;
use ui_common::text::localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeySourcesProps {
    pub sources: Rc<Vec<KeySource>>,
    pub lang: Lang,
}

#[function_component(KeySources)]
pub fn key_sources(props: &KeySourcesProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let items = props.sources.iter().map(|s| {
        let numbers: Vec<String> = s.questions.iter().map(ToString::to_string).collect();
        html! {
            <li>
                <a href={s.source.url.clone()} rel="noopener noreferrer">{ localized(&s.source.title, lang) }</a>
                <br />
                <span class="tk-url" dir="ltr">{ s.source.url.clone() }</span>
                { " · " }
                <span class="tk-meta">{ fill(text.cited_by, &[("numbers", &numbers.join(", "))]) }</span>
            </li>
        }
    });
    html! {
        <section class="tk-key-sources" aria-labelledby="tk-sources-h">
            <h4 id="tk-sources-h">{ text.sources_heading }</h4>
            <ol>{ for items }</ol>
        </section>
    }
}
