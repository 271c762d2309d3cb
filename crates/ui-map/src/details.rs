//! A country's details: name, status, signature date and place, ratification, and the source
//! (its web addresses as links). Always has a close button, which touch screens need.

use crate::format::{confidence_text, ratification_text, signature_html, status_text};
use crate::legend::swatch;
use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::{ParticipantKind, Signatories, TextPart};
use ui_common::text::colon;
use yew::prelude::*;

/// A view function's argument, not a component's props: the panel has no state, its close
/// callback is new at every render of the explorer (so props would never compare equal), and
/// each component costs ~0.75 KB of gzipped wasm.
pub struct Details<'a> {
    pub lang: Lang,
    pub data: &'a Signatories,
    pub iso2: &'a str,
    pub name: String,
    pub on_close: Callback<()>,
}

pub fn details(props: Details) -> Html {
    let text = Text::for_lang(props.lang);
    let lang = props.lang;
    let participant = props.data.participant(props.iso2);
    let status = props.data.status(props.iso2);
    let close = props.on_close.reform(|_| ());
    let signature = participant.and_then(|p| p.signature.as_ref()).map(|s| signature_html(lang, text, s, true));
    let ratification = participant.and_then(|p| p.ratification.as_ref()).map(|r| ratification_text(lang, text, r));
    let organization = participant.is_some_and(|p| p.kind == ParticipantKind::Reio);
    let colon = colon(lang);
    html! {
        <section class="aw-map-details" aria-label={props.name.clone()}>
            <button type="button" class="aw-map-close aw-secondary" onclick={close} aria-label={text.close}>{ "×" }</button>
            <h3>{ props.name.clone() }</h3>
            if organization { <p class="aw-muted">{ text.organization }</p> }
            <p class="aw-map-status">{ swatch(status) }{ " " }<strong>{ status_text(text, status) }</strong></p>
            <p>
                <strong>{ text.signature }{ colon }</strong>
                { signature.unwrap_or_else(|| html! { { text.not_yet_signed } }) }
            </p>
            <p>
                <strong>{ text.ratification }{ colon }</strong>
                { ratification.unwrap_or_else(|| text.not_yet_ratified.to_string()) }
            </p>
            // What is known short of a deposited instrument ("approved by parliament on …"), with
            // its sources: never counted, shown as the editors wrote it.
            if let Some(note) = participant.and_then(|p| p.ratification_note.as_deref()) {
                <p class="aw-map-note aw-muted">{ english_with_links(&words_unbroken(note)) }</p>
            }
            if let Some(p) = participant {
                <p class="aw-map-source aw-muted">
                    { text.source }{ colon }
                    { english_with_links(&p.source) }
                    { fill(text.confidence, &[("level", confidence_text(text, p.confidence))]) }
                </p>
            }
        </section>
    }
}

/// Editors' notes are English: isolated, so they read right in Arabic; web addresses are links.
fn english_with_links(text: &str) -> Html {
    html! {
        <bdi lang="en" dir="ltr">
        { for core_treaty::text_parts(text).into_iter().map(|part| match part {
            TextPart::Text(t) => html! { { t.to_string() } },
            TextPart::Link(url) => html! { <a href={url.to_string()} target="_blank" rel="noopener noreferrer">{ url.to_string() }</a> },
        }) }
        </bdi>
    }
}

/// "2026-01-28" and "AI-written" with non-breaking hyphens, so a narrow panel does not split a
/// word over two lines (long notes wrap between words).
fn words_unbroken(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let word_at = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|c| c.is_alphanumeric());
            if c == '-' && word_at(i.checked_sub(1)) && word_at(Some(i + 1)) {
                '\u{2011}'
            } else {
                c
            }
        })
        .collect()
}
