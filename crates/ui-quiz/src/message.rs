//! A "spot the scam" mock-up: the SMS, chat, call transcript or email the reader judges, built
//! from the bank's structured data and rendered as text only.

use core_i18n::{quiz::Text, Catalog, Lang};
use core_quiz::{Channel, Message, Speaker};
use ui_common::text::{class_names, colon, localized};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessageProps {
    pub lang: Lang,
    pub message: Message,
}

#[function_component(MessageMock)]
pub fn message_mock(props: &MessageProps) -> Html {
    let text = Text::for_lang(props.lang);
    let lang = props.lang;
    let m = &props.message;
    let (channel, class) = match m.channel {
        Channel::Sms => (text.channel_sms, "sms"),
        Channel::Chat => (text.channel_chat, "chat"),
        Channel::Call => (text.channel_call, "call"),
        Channel::Email => (text.channel_email, "email"),
    };
    let from = m.from.get(lang).to_string();
    html! {
        <figure ~className={class_names(&["aw-msg", class])}>
            <figcaption class="aw-msg-head">
                <span class="aw-msg-channel">{ channel }</span>
                <span class="aw-msg-from">{ text.from }{ colon(lang) }<strong>{ localized(&m.from, lang) }</strong></span>
                if let Some(subject) = &m.subject {
                    <span class="aw-msg-subject">{ text.subject }{ colon(lang) }{ localized(subject, lang) }</span>
                }
            </figcaption>
            <ol class="aw-msg-lines">
                { for m.lines.iter().map(|line| {
                    let (who, class) = match line.from {
                        Speaker::Them => (from.clone(), "them"),
                        Speaker::Me => (text.me.to_string(), "me"),
                    };
                    html! {
                        <li ~className={class_names(&["aw-msg-line", class])}>
                            <span class="aw-visually-hidden">{ who }{ colon(lang) }</span>
                            { localized(&line.text, lang) }
                        </li>
                    }
                }) }
            </ol>
        </figure>
    }
}
