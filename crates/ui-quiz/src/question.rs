//! One question: a fieldset whose legend is the prompt, native radio buttons or checkboxes with
//! labels, Check (no auto-check: the reader decides), then feedback on every choice, the
//! explanation and its source, and Next. Focus goes to the feedback after Check and to the new
//! prompt after Next, so screen-reader and keyboard users land where the news is.

use crate::message::message_mock;
use core_i18n::{fill, quiz::Text, Catalog, Lang};
use core_quiz::{Bank, Session};
use ui_common::intl;
use ui_common::text::{class_names, colon, localized};
use yew::prelude::*;

/// A view function's argument, not a component's props: the view has no state, it changes with
/// the session anyway, and each component costs ~0.75 KB of gzipped wasm.
pub struct QuestionView<'a> {
    pub lang: Lang,
    pub bank: &'a Bank,
    pub session: &'a Session,
    /// Selects or unselects the choice shown at this position.
    pub on_toggle: Callback<usize>,
    pub on_check: Callback<()>,
    pub on_next: Callback<()>,
}

pub fn question_view(props: QuestionView) -> Html {
    let text = Text::for_lang(props.lang);
    let lang = props.lang;
    let (bank, session) = (props.bank, props.session);
    let position = session.attempt.current();
    let (Some(item), Some(question)) =
        (session.attempt.items().get(position), session.attempt.question(bank, position))
    else {
        return Html::default();
    };
    let checked = session.checked();
    let multi = question.multi_select();
    // A plain button, not a form submission: sandboxed iframes without `allow-forms` (how
    // WordPress embeds untrusted content) block submission before any `submit` event fires.
    let check = props.on_check.reform(|_: MouseEvent| ());
    let next = props.on_next.reform(|_: MouseEvent| ());
    let answer = item.answer().unwrap_or(&[]);
    let is_last = session.attempt.items().iter().enumerate().all(|(i, it)| i == position || it.answer().is_some());
    let code = lang.code();
    let progress = fill(
        text.progress,
        &[
            ("n", &intl::number(code, position as i64 + 1)),
            ("total", &intl::number(code, session.attempt.len() as i64)),
        ],
    );
    let name = format!("q-{}", question.id);
    html! {
        <div class="aw-q">
            <p class="aw-q-progress aw-muted">{ progress }</p>
            <fieldset class="aw-q-fieldset">
                <legend class="aw-q-prompt" tabindex="-1" data-focus={(!checked).then_some("")}>{ localized(&question.prompt, lang) }</legend>
                if let Some(message) = &question.message {
                    { message_mock(lang, message) }
                }
                if multi {
                    <p class="aw-q-hint aw-muted">{ text.select_all }</p>
                }
                <ul class="aw-q-choices">
                    { for item.order().iter().enumerate().filter_map(|(shown_at, &index)| {
                        let choice = question.choices.get(index)?;
                        let chosen = if checked { answer.contains(&index) } else { session.selected.contains(&index) };
                        let onchange = props.on_toggle.reform(move |_: Event| shown_at);
                        let verdict = checked.then(|| match (choice.correct, chosen) {
                            (true, _) => ("aw-right", format!("✓ {}", text.right_answer)),
                            (false, true) => ("aw-wrong", format!("✗ {}", text.your_choice)),
                            (false, false) => ("aw-other", String::new()),
                        });
                        Some(html! {
                            <li ~className={class_names(&["aw-q-choice", verdict.as_ref().map_or("", |v| v.0), if chosen { "aw-chosen" } else { "" }])}>
                                <label>
                                    <input type={if multi { "checkbox" } else { "radio" }} name={name.clone()}
                                        checked={chosen} disabled={checked} {onchange} />
                                    <span>{ localized(&choice.text, lang) }</span>
                                </label>
                                if let Some((_, mark)) = &verdict {
                                    <p class="aw-q-choice-feedback">
                                        if !mark.is_empty() { <strong>{ mark.clone() }{ ". " }</strong> }
                                        { localized(&choice.feedback, lang) }
                                    </p>
                                }
                            </li>
                        })
                    }) }
                </ul>
            </fieldset>
            // Exists from the start, so "choose an answer first" is announced when it appears.
            <div class="aw-q-status" role="status" aria-live="polite">
                if session.nothing_selected { <p class="aw-q-warning">{ text.choose_first }</p> }
            </div>
            if !checked {
                <button type="button" class="aw-q-check" onclick={check}>{ text.check }</button>
            } else {
                // Focus lands here after Check; as a group named by the verdict, a screen reader
                // says "Correct!" or "Not quite." first, whatever it reads of a focused element.
                <div class="aw-q-feedback" tabindex="-1" data-focus="" role="group" aria-labelledby="aw-q-verdict">
                    <p class="aw-q-verdict" id="aw-q-verdict">{ if session.current_correct(bank) == Some(true) { text.correct } else { text.incorrect } }</p>
                    <p><strong>{ text.why }{ colon(lang) }</strong>{ localized(&question.explanation, lang) }</p>
                    <p class="aw-q-source aw-muted">
                        { text.source }{ colon(lang) }
                        <a href={question.source.url.clone()} target="_blank" rel="noopener noreferrer">{ localized(&question.source.title, lang) }</a>
                    </p>
                </div>
                <button type="button" class="aw-q-next" onclick={next}>{ if is_last { text.see_results } else { text.next } }</button>
            }
        </div>
    }
}
