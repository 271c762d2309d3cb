//! One quiz session on one bank and plan: the screens, the events and the saving. The root gives
//! it a key made of both, so a bank that arrives later (`src`) or settings that draw differently
//! start a new session instead of patching this one.

use crate::intro::{intro, Intro};
use crate::model::QuizState;
use crate::question::{question_view, QuestionView};
use crate::report::{self, Clock};
use crate::results::{self, results, Results};
use crate::TAG;
use core_i18n::Lang;
use core_quiz::{Action, Bank, Plan, QuizModel, Screen, Session};
use std::rc::Rc;
use ui_common::{announcer, console, storage, use_painted, Host, Shared};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub lang: Lang,
    pub bank: Shared<Bank>,
    pub plan: Rc<Plan>,
    pub host: Host,
    /// The bank's URL (`src`), or empty for the page's: where xAPI object ids start.
    pub base: AttrValue,
}

#[function_component(SessionView)]
pub fn session_view(props: &SessionProps) -> Html {
    let lang = props.lang;
    let model = use_reducer(|| QuizState(QuizModel::new(props.bank.0.clone(), session_for(&props.bank, &props.plan))));
    let clock = use_mut_ref(|| Clock::new(model.session.attempt.current()));
    // For the intro's topic list, joined by Intl only once a frame is on screen.
    let painted = use_painted();
    {
        let (model, host, plan) = (model.clone(), props.host.clone(), props.plan.clone());
        let (clock, base) = (clock.clone(), props.base.clone());
        use_effect_with(model.actions, move |_| {
            // The statements' context (the bank's or the page's address, without its fragment) is
            // read at each action, which costs less than a memo's code; a single-page app that
            // changes its address mid-attempt gets statements that name the page they come from.
            let xapi = report::context(&base, lang, plan.pass);
            report::report(&host, &model, &plan, &xapi, &mut clock.borrow_mut());
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
    let (bank, session) = (&model.bank, &model.session);
    let body = match session.screen {
        Screen::Intro => intro(Intro { lang, bank, session, on_start: act(Action::Start), painted }),
        Screen::Question => {
            let on_toggle = {
                let dispatcher = model.dispatcher();
                Callback::from(move |position| dispatcher.dispatch(Action::Toggle(position)))
            };
            question_view(QuestionView {
                lang,
                bank,
                session,
                on_toggle,
                on_check: act(Action::Check),
                on_next: act(Action::Next),
            })
        }
        Screen::Results => results(Results {
            lang,
            bank,
            session,
            on_retry: act(Action::Retry),
            on_toggle_solutions: act(Action::ToggleSolutions),
        }),
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
            { announcer(announcement, "aw-quiz-announcer") }
        </>
    }
}

/// A new session, or a saved one: the host's (`resume`), else the reader's in localStorage. A
/// saved state that no longer fits is dropped.
fn session_for(bank: &Bank, plan: &Plan) -> Session {
    let from_host = plan.resume.is_some();
    let saved = match &plan.resume {
        Some(state) => Some(state.clone()),
        None if plan.persist => storage::get(&plan.storage_key),
        None => None,
    };
    let (session, refused) = plan.session(bank, saved.as_deref());
    if let Some(e) = refused {
        console::info(TAG, &e.to_string());
        if !from_host {
            storage::remove(&plan.storage_key);
        }
    }
    session
}

/// Moves focus to the element the current view marks with `data-focus` (the new question, the
/// feedback after Check, the results heading).
fn focus_target(host: &web_sys::HtmlElement) {
    let target = host.shadow_root().and_then(|root| root.query_selector("[data-focus]").ok().flatten());
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        ui_common::engines::focus(&element);
    }
}
