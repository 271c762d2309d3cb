//! A compact list of a checked bank's questions: prompt, topic and kind, in bank order.

use crate::key_question::kind_label;
use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_quiz::Bank;
use std::rc::Rc;
use ui_common::text::localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionListProps {
    pub lang: Lang,
    pub bank: Rc<Bank>,
}

#[function_component(QuestionList)]
pub fn question_list(props: &QuestionListProps) -> Html {
    let (lang, bank) = (props.lang, &props.bank);
    let text = Text::for_lang(lang);
    let items = bank.questions.iter().map(|q| {
        let topic = bank.topic(&q.topic).map(|t| localized(&t.name, lang)).unwrap_or_else(|| html! { { q.topic.clone() } });
        html! {
            <li data-question-id={q.id.clone()}>
                { localized(&q.prompt, lang) }
                <br />
                <span class="tk-meta">{ topic }{ " · " }{ kind_label(q, lang) }{ " · " }<code>{ q.id.clone() }</code></span>
            </li>
        }
    });
    let count = bank.questions.len().to_string();
    html! {
        <details class="tk-question-list">
            <summary>{ fill(text.question_list, &[("count", &count)]) }</summary>
            <ol>{ for items }</ol>
        </details>
    }
}
