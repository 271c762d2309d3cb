//! One question of the answer key: prompt, the message to judge (spot-the-scam), every choice
//! with the right ones marked by a check mark and a word (not by colour alone), the
//! explanation and the source.

use core_i18n::{fill, quiz, teacher::Text, Catalog, Lang};
use core_quiz::{Answer, Bank, Channel, Kind, Message, Question, Speaker};
use std::rc::Rc;
use ui_common::text::localized;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyQuestionProps {
    pub bank: Rc<Bank>,
    /// Index into `bank.questions`.
    pub index: usize,
    pub answer: Answer,
    pub lang: Lang,
}

/// The kind of question, as a short label.
pub fn kind_label(question: &Question, lang: Lang) -> &'static str {
    let text = Text::for_lang(lang);
    match question.kind {
        Kind::Single => text.kind_single,
        Kind::Multiple => text.kind_multiple,
        Kind::TrueFalse => text.kind_true_false,
        Kind::SpotTheScam => text.kind_spot,
    }
}

#[function_component(KeyQuestion)]
pub fn key_question(props: &KeyQuestionProps) -> Html {
    let Some(q) = props.bank.questions.get(props.index) else { return html! {} };
    let lang = props.lang;
    let (text, words) = (Text::for_lang(lang), quiz::Text::for_lang(lang));
    let choices = q.choices.iter().enumerate().map(|(i, c)| {
        if props.answer.includes(i) {
            html! {
                <li class="tk-choice tk-correct" data-correct="true">
                    <strong class="tk-mark">{ "✓ " }{ text.correct_mark }{ ": " }</strong>
                    <strong>{ localized(&c.text, lang) }</strong>
                </li>
            }
        } else {
            html! { <li class="tk-choice" data-correct="false">{ localized(&c.text, lang) }</li> }
        }
    });
    let all_needed = matches!(&props.answer, Answer::All(all) if all.len() > 1)
        .then(|| html! { <p class="tk-all-needed">{ fill(text.all_needed, &[("count", &props.answer.len().to_string())]) }</p> });
    html! {
        <li class="tk-key-q" data-question-id={q.id.clone()}>
            <p class="tk-key-prompt">{ localized(&q.prompt, lang) }</p>
            <p class="tk-meta">{ kind_label(q, lang) }</p>
            { for q.message.as_ref().map(|m| message(m, lang, words)) }
            <ul class="tk-choices">{ for choices }</ul>
            { for all_needed }
            <p class="tk-explanation"><strong>{ text.explanation }{ ": " }</strong>{ localized(&q.explanation, lang) }</p>
            <p class="tk-source">
                <strong>{ words.source }{ ": " }</strong>
                <a href={q.source.url.clone()} rel="noopener noreferrer">{ localized(&q.source.title, lang) }</a>
            </p>
        </li>
    }
}

/// The spot-the-scam mock-up, compact: channel and sender, subject, then the lines.
fn message(m: &Message, lang: Lang, words: &quiz::Text) -> Html {
    let channel = match m.channel {
        Channel::Sms => words.channel_sms,
        Channel::Chat => words.channel_chat,
        Channel::Call => words.channel_call,
        Channel::Email => words.channel_email,
    };
    let lines = m.lines.iter().map(|l| {
        let who = match l.from {
            Speaker::Them => html! { localized(&m.from, lang) },
            Speaker::Me => html! { { words.me } },
        };
        html! { <li><strong>{ who }{ ": " }</strong>{ localized(&l.text, lang) }</li> }
    });
    html! {
        <div class="tk-message">
            <p><strong>{ channel }</strong>{ " · " }{ words.from }{ ": " }{ localized(&m.from, lang) }</p>
            { for m.subject.as_ref().map(|s| html! { <p>{ words.subject }{ ": " }{ localized(s, lang) }</p> }) }
            <ul>{ for lines }</ul>
        </div>
    }
}
