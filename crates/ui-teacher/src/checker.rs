//! "Check your own bank": paste, choose or drop a bank file; the summary is a polite live
//! region, followed by every problem (with a way to the line) or the preview of a valid bank.

use crate::reducer::Reducer;
use crate::shared;
use crate::{file, number, preview::Preview, problems::Problems, question_list::QuestionList, ToolProps};
use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_quiz::teacher::{CheckerMsg, CheckerState, Offer, Status};
use ui_common::intl;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[function_component(BankChecker)]
pub fn bank_checker(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let state = use_reducer(Reducer::<CheckerState>::default);
    let area = use_node_ref();

    // Each check tells the answer key which bank it may offer (none after a failed check).
    {
        let state = state.clone();
        use_effect_with(state.checks, move |checks| {
            if *checks > 0 {
                let json = match &state.status {
                    Status::Valid { json, .. } => Some(json.clone()),
                    _ => None,
                };
                shared::set_checked_json(json);
                shared::offer(Offer { bank: state.valid_bank(), show: false });
            }
        });
    }

    let on_check = {
        let (state, area) = (state.clone(), area.clone());
        Callback::from(move |_: MouseEvent| {
            let value = area.cast::<web_sys::HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default();
            state.dispatch(CheckerMsg::Check(value));
        })
    };
    let on_file = {
        let (state, area) = (state.clone(), area.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            if let Some(f) = input.files().and_then(|files| files.get(0)) {
                file::read_and_check(f, area.clone(), state.dispatcher());
            }
            // Choosing the same file again after fixing it must fire `change` again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let state = state.clone();
        Callback::from(move |e: DragEvent| {
            // Only files are ours; dragged text goes into the box as usual.
            if carries_files(&e) {
                e.prevent_default();
                if !state.dragging {
                    state.dispatch(CheckerMsg::Dragging(true));
                }
            }
        })
    };
    let on_drag_leave = {
        let state = state.clone();
        Callback::from(move |_: DragEvent| state.dispatch(CheckerMsg::Dragging(false)))
    };
    let on_drop = {
        let (state, area) = (state.clone(), area.clone());
        Callback::from(move |e: DragEvent| {
            let Some(f) = e.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) else { return };
            e.prevent_default();
            file::read_and_check(f, area.clone(), state.dispatcher());
        })
    };
    let go_to = {
        let area = area.clone();
        Callback::from(move |(line, column): (u32, u32)| {
            let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() else { return };
            let value = area.value();
            let start = core_json::utf16_offset(&value, line, column);
            let end = core_json::utf16_offset(&value, line.saturating_add(1), 1).max(start.saturating_add(1));
            let _ = area.focus();
            // Selecting from the error to the line's end shows where it is and scrolls there.
            let _ = area.set_selection_range(start, end.saturating_sub(1).max(start));
        })
    };

    let status_text = summary(lang, &state.status);
    let details = match &state.status {
        Status::Invalid(errors) => html! { <Problems {lang} errors={errors.clone()} go_to={go_to.clone()} /> },
        Status::Valid { bank, json } => {
            let show_key = {
                let bank = bank.clone();
                Callback::from(move |_: MouseEvent| shared::offer(Offer { bank: Some(bank.clone()), show: true }))
            };
            html! {
                <>
                    <p><button type="button" class="tk-button tk-to-key" onclick={show_key}>{ text.key_for_this_bank }</button></p>
                    <Preview {lang} json={json.clone()} />
                    <QuestionList {lang} bank={bank.clone()} />
                </>
            }
        }
        _ => html! {},
    };
    let drop_class = classes!("tk-drop", state.dragging.then_some("tk-dragging"));
    html! {
        <section class="tk tk-checker" aria-labelledby="tk-checker-h">
            <h2 id="tk-checker-h">{ text.checker_heading }</h2>
            <p>{ text.checker_intro }</p>
            <div class={drop_class} ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="tk-bank-text">{ text.bank_label }</label>
                <textarea id="tk-bank-text" class="tk-bank-text" ref={area} rows="12" spellcheck="false"
                    autocomplete="off" aria-describedby="tk-drop-hint" dir="ltr" />
                <p id="tk-drop-hint" class="tk-hint">{ text.drop_hint }</p>
            </div>
            <div class="tk-actions">
                <button type="button" class="tk-button tk-check" onclick={on_check}>{ text.check }</button>
                <label class="tk-file">
                    <span>{ text.file_label }</span>
                    <input type="file" class="tk-file-input" accept=".json,application/json" onchange={on_file} />
                </label>
            </div>
            // Always present, so screen readers hear each new summary; the key re-creates the text
            // node, so the same result checked again is announced again.
            <p class={classes!("tk-status", status_class(&state.status))} role="status" aria-live="polite" aria-atomic="true">
                <span key={state.checks.to_string()}>{ status_text }</span>
            </p>
            { details }
        </section>
    }
}

fn carries_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| d.types().iter().any(|t| t.as_string().as_deref() == Some("Files")))
}

fn status_class(status: &Status) -> &'static str {
    match status {
        Status::Valid { .. } => "tk-valid",
        Status::Invalid(_) | Status::FileFailed { .. } | Status::Empty => "tk-invalid",
        Status::Idle | Status::Reading(_) => "",
    }
}

/// The one-sentence result, in the tool's language.
fn summary(lang: Lang, status: &Status) -> String {
    let text = Text::for_lang(lang);
    let n = |count: usize| number(lang, count);
    match status {
        Status::Idle => String::new(),
        Status::Empty => text.nothing_to_check.to_string(),
        Status::Reading(name) => fill(text.reading_file, &[("name", name)]),
        Status::FileFailed { name, too_large: true } => fill(text.file_too_large, &[("name", name)]),
        Status::FileFailed { name, too_large: false } => fill(text.file_unreadable, &[("name", name)]),
        Status::Invalid(errors) => fill(text.problems_summary, &[("count", &n(errors.len()))]),
        Status::Valid { bank, .. } => {
            let languages: Vec<String> = bank.languages.iter().map(|l| l.autonym().to_string()).collect();
            fill(
                text.valid_summary,
                &[
                    ("questions", &n(bank.questions.len())),
                    ("topics", &n(bank.topics_in_use().len())),
                    ("languages", &intl::list(lang.code(), &languages, intl::ListKind::Conjunction)),
                ],
            )
        }
    }
}
