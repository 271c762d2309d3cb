//! The answer key itself, in the key's language: a title, then one section per topic (each
//! starts a printed page), then the sources.

use crate::key_question::KeyQuestion;
use crate::key_sources::KeySources;
use crate::number;
use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_quiz::{AnswerKey, Bank};
use std::rc::Rc;
use ui_common::text::localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyViewProps {
    pub bank: Rc<Bank>,
    pub lang: Lang,
}

#[function_component(KeyView)]
pub fn key_view(props: &KeyViewProps) -> Html {
    let (bank, lang) = (&props.bank, props.lang);
    let text = Text::for_lang(lang);
    let key = use_memo(Rc::as_ptr(bank) as usize, |_| AnswerKey::new(bank));
    let topics = key.topics.iter().filter_map(|t| {
        let topic = bank.topics.get(t.topic)?;
        let id = format!("tk-topic-{}", topic.id);
        let start = t.items.first().map_or(1, |i| i.number);
        let questions = t.items.iter().filter_map(|item| {
            let question = bank.questions.get(item.question)?;
            Some(html! { <KeyQuestion bank={bank.clone()} index={item.question} answer={item.answer.clone()} {lang} key={question.id.clone()} /> })
        });
        Some(html! {
            <section class="tk-key-topic" data-topic={topic.id.clone()} aria-labelledby={id.clone()}>
                <h4 {id}>{ localized(&topic.name, lang) }</h4>
                <ol class="tk-key-questions" start={start.to_string()}>{ for questions }</ol>
            </section>
        })
    });
    let summary = fill(
        text.key_summary,
        &[("questions", &number(lang, key.question_count())), ("topics", &number(lang, key.topics.len()))],
    );
    html! {
        <article class="tk-key" lang={lang.code()} dir={lang.dir()}>
            <header class="tk-key-head">
                <h3>{ text.key_title }</h3>
                <p>{ summary }</p>
            </header>
            { for topics }
            <KeySources sources={Rc::new(key.sources.clone())} {lang} />
        </article>
    }
}
