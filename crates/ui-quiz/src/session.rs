//! One quiz session on one bank and plan: the screens, the events and the saving. The root gives
//! it a key made of both, so a bank that arrives later (`src`) or settings that draw differently
//! start a new session instead of patching this one.

use crate::intro::Intro;
use crate::model::QuizState;
use crate::question::QuestionView;
use crate::results::{self, Results};
use crate::TAG;
use core_i18n::Lang;
use core_quiz::{Action, Bank, Outcome, Plan, QuizModel, Screen, Session};
use std::rc::Rc;
use ui_common::{console, storage, Announcer, Host};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub lang: Lang,
    pub bank: Rc<Bank>,
    pub plan: Rc<Plan>,
    pub host: Host,
}

#[function_component(SessionView)]
pub fn session_view(props: &SessionProps) -> Html {
    let lang = props.lang;
    let model = use_reducer(|| QuizState(QuizModel::new(props.bank.clone(), session_for(&props.bank, &props.plan))));
    {
        let (model, host, plan) = (model.clone(), props.host.clone(), props.plan.clone());
        use_effect_with(model.actions, move |_| {
            report(&host, &model);
            if let Some(state) = plan.saved_state(&model.bank, &model.session) {
                if !storage::set(&plan.storage_key, &state) {
                    console::info(
                        TAG,
                        "progress cannot be saved here (storage unavailable); the quiz works without it",
                    );
                }
            }
        });
    }
    {
        let host = props.host.clone();
        use_effect_with(model.focus_moves, move |moves| {
            if *moves > 0 {
                focus_target(&host.0);
            }
        });
    }

    let act = |action: Action| {
        let dispatcher = model.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action.clone()))
    };
    let (bank, session) = (model.bank.clone(), model.session.clone());
    let body = match session.screen {
        Screen::Intro => html! { <Intro {lang} {bank} {session} on_start={act(Action::Start)} /> },
        Screen::Question => {
            let on_toggle = {
                let dispatcher = model.dispatcher();
                Callback::from(move |position| dispatcher.dispatch(Action::Toggle(position)))
            };
            html! {
                <QuestionView {lang} {bank} {session} {on_toggle} on_check={act(Action::Check)} on_next={act(Action::Next)} />
            }
        }
        Screen::Results => html! {
            <Results {lang} {bank} {session} on_retry={act(Action::Retry)} on_toggle_solutions={act(Action::ToggleSolutions)} />
        },
    };
    // Check moves focus to the feedback, which says the verdict; the results move it to their
    // heading, and this polite region then says the score, once per attempt.
    let announcement: AttrValue = match model.session.screen {
        Screen::Results => results::summary(lang, model.session.attempt.score(&model.bank)).into(),
        _ => AttrValue::default(),
    };
    html! {
        <>
            { body }
            <Announcer text={announcement} class="aw-quiz-announcer" />
        </>
    }
}

/// A new session, or the reader's saved one; a saved state that no longer fits is dropped.
fn session_for(bank: &Bank, plan: &Plan) -> Session {
    let saved = if plan.persist { storage::get(&plan.storage_key) } else { None };
    let (session, refused) = plan.session(bank, saved.as_deref());
    if let Some(e) = refused {
        console::info(TAG, &e.to_string());
        storage::remove(&plan.storage_key);
    }
    session
}

/// Tells the page (and a school's LMS) what happened: `scam-quiz:answer` after each check,
/// `scam-quiz:complete` with the results. Nothing else leaves the page.
fn report(host: &Host, model: &QuizModel) {
    match &model.last {
        Outcome::Answered { question, correct } => {
            host.emit("scam-quiz:answer", &[("questionId", question.as_str().into()), ("correct", (*correct).into())]);
        }
        Outcome::Completed => {
            let score = model.session.attempt.score(&model.bank);
            let topics: js_sys::Array = model
                .session
                .attempt
                .topic_results(&model.bank)
                .iter()
                .map(|t| {
                    let o = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&o, &"topic".into(), &t.topic.as_str().into());
                    let _ = js_sys::Reflect::set(&o, &"correct".into(), &(t.correct as u32).into());
                    let _ = js_sys::Reflect::set(&o, &"total".into(), &(t.total as u32).into());
                    JsValue::from(o)
                })
                .collect();
            host.emit(
                "scam-quiz:complete",
                &[
                    ("score", (score.correct as u32).into()),
                    ("total", (score.total as u32).into()),
                    ("percent", score.percent().into()),
                    ("topics", topics.into()),
                ],
            );
        }
        Outcome::Nothing | Outcome::NothingSelected => {}
    }
}

/// Moves focus to the element the current view marks with `data-focus` (the new question, the
/// feedback after Check, the results heading).
fn focus_target(host: &web_sys::HtmlElement) {
    let target = host.shadow_root().and_then(|root| root.query_selector("[data-focus]").ok().flatten());
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        ui_common::engines::focus(&element);
    }
}
