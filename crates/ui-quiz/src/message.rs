//! A "spot the scam" mock-up: the SMS, chat, call transcript or email the reader judges, built
//! from the bank's structured data and rendered as text only.

use core_i18n::{quiz::Text, Catalog, Lang};
use core_quiz::{Channel, Message, Speaker};
use ui_common::text::{class_names, colon, localized};
use yew::prelude::*;

/// `m` as its channel shows it. A view function, not a component: it has no state, and each
/// component costs ~0.75 KB of gzipped wasm.
pub fn message_mock(lang: Lang, m: &Message) -> Html {
    let text = Text::for_lang(lang);
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
