//! `<scam-quiz>`: a scam-awareness lesson with explanations and sources, for classrooms (a shared
//! `seed`) and news readers (progress kept across reloads).

mod data;
mod intro;
mod message;
mod model;
mod question;
mod results;
mod solutions;

use core_i18n::{quiz::Text, Catalog};
use core_quiz::{config, seed_from_text, Attempt, Bank, Outcome, Screen, Session, Setup, TopicFilter};
use model::{Msg, QuizModel};
use std::rc::Rc;
use ui_common::{console, storage, use_parsed, use_source, Announcer, HostProps, Notice, Shell, Source, WidgetSpec};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

pub const TAG: &str = "scam-quiz";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: core_attrs::QUIZ_ATTRIBUTES,
    css: include_str!(concat!(env!("OUT_DIR"), "/quiz.css")),
};

/// Everything that decides which questions an attempt draws, and where it is saved.
#[derive(Clone, PartialEq)]
struct Plan {
    setup: Setup,
    /// The settings a saved attempt must match to be resumed.
    settings: String,
    storage_key: String,
    persist: bool,
}

fn plan(bank: &Bank, config: &config::QuizConfig, random_seed: u64) -> (Plan, Vec<String>) {
    let filter = match &config.topics {
        Some(list) => TopicFilter::parse(list, bank),
        None => TopicFilter::all(),
    };
    let ignored = filter.ignored.clone();
    let seed = config.seed.as_deref().map_or(random_seed, seed_from_text);
    let settings = format!(
        "{}|{}|{}",
        config.questions,
        config.topics.as_deref().unwrap_or(""),
        config.seed.as_deref().unwrap_or("")
    );
    let storage_key =
        format!("awareness-widgets:scam-quiz:{:016x}:{:016x}", bank.fingerprint(), seed_from_text(&settings));
    (
        Plan { setup: Setup { count: config.questions, filter, seed }, settings, storage_key, persist: config.persist },
        ignored,
    )
}

/// A new session, or the reader's saved one (shown on the intro screen with "Continue").
fn session_for(bank: &Bank, plan: &Plan) -> Session {
    if plan.persist {
        if let Some(saved) = storage::get(&plan.storage_key) {
            match Attempt::from_state(&saved, bank, &plan.settings) {
                Ok(attempt) => {
                    let mut session = Session::resume(plan.setup.clone(), attempt);
                    session.screen = Screen::Intro;
                    return session;
                }
                Err(e) => {
                    console::info(TAG, &e.to_string());
                    storage::remove(&plan.storage_key);
                }
            }
        }
    }
    Session::new(bank, plan.setup.clone())
}

#[function_component(ScamQuiz)]
pub fn scam_quiz(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, config::parse);
    let lang = parsed.common.lang.lang;
    let text = Text::for_lang(lang);
    let source = use_source(TAG, parsed.common.src.clone(), data::parse_bank_text);
    let inline = use_memo(props.inline_data.clone(), |inline| {
        inline.as_ref().map(|json| data::parse_bank_text(json).map(Rc::new))
    });
    let random_seed = *use_state(|| (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64);

    let loading = matches!(*source, Source::Loading);
    let bank = match (&*source, &*inline) {
        (Source::Loaded(bank), _) => bank.clone(),
        (Source::BuiltIn, Some(Ok(bank))) => bank.clone(),
        _ => data::built_in_bank(),
    };
    // Hashes the whole bank: once per bank and settings, not on every click.
    let planned =
        use_memo((Rc::as_ptr(&bank) as usize, parsed.config.clone()), |(_, config)| plan(&bank, config, random_seed));
    let (plan, ignored_topics) = (planned.0.clone(), planned.1.clone());
    let model = use_reducer({
        let (bank, plan) = (bank.clone(), plan.clone());
        move || QuizModel {
            session: session_for(&bank, &plan),
            bank,
            last: Outcome::Nothing,
            actions: 0,
            focus_moves: 0,
        }
    });
    // A bank that arrives later (src) or new settings start a new session.
    {
        let model = model.clone();
        let key = (Rc::as_ptr(&bank) as usize, plan.clone());
        use_effect_with(key, move |(_, plan)| {
            if !Rc::ptr_eq(&model.bank, &bank) || model.session.setup != plan.setup {
                model.dispatch(Msg::Replace(bank.clone(), session_for(&bank, plan)));
            }
        });
    }
    {
        let (model, host, plan) = (model.clone(), props.host.clone(), plan.clone());
        use_effect_with(model.actions, move |_| {
            report(&host, &model);
            if plan.persist && model.session.in_progress() {
                let state = model.session.attempt.to_state(&model.bank, &plan.settings);
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
        let (model, host) = (model.clone(), props.host.clone());
        use_effect_with(model.focus_moves, move |moves| {
            if *moves > 0 {
                focus_target(&host.0);
            }
        });
    }
    {
        let (inline, ignored) = (inline.clone(), ignored_topics.clone());
        use_effect_with((props.inline_data.clone(), ignored), move |(_, ignored)| {
            if let Some(Err(errors)) = &*inline {
                console::warn(TAG, &format!("inline bank ignored, using the built-in bank:\n{errors}"));
            }
            if !ignored.is_empty() {
                console::warn(TAG, &format!("topics not in the bank, ignored: {}", ignored.join(", ")));
            }
        });
    }

    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    if let Some(Err(_)) = &*inline {
        let common = core_i18n::common::Text::for_lang(lang);
        let what = core_i18n::fill(common.data_invalid, &[("src", "<script type=\"application/json\">")]);
        notices.push(Notice(format!("{what} {}", common.using_built_in).into()));
    }
    if !ignored_topics.is_empty() {
        notices.push(Notice::for_problem(
            lang,
            &core_attrs::Problem::new("topics", &ignored_topics.join(","), "not in the bank"),
        ));
    }

    let body = if loading {
        html! { <p class="aw-muted" aria-busy="true">{ "…" }</p> }
    } else {
        match model.session.screen {
            Screen::Intro => html! { <intro::Intro {lang} model={model.clone()} /> },
            Screen::Question => html! { <question::QuestionView {lang} model={model.clone()} /> },
            Screen::Results => html! { <results::Results {lang} model={model.clone()} /> },
        }
    };
    // Check moves focus to the feedback, which says the verdict; the results move it to their
    // heading, and this polite region then says the score, once per attempt.
    let announcement: AttrValue = match (loading, &model.session.screen) {
        (false, Screen::Results) => results::summary(lang, &model).into(),
        _ => AttrValue::default(),
    };
    html! {
        <Shell {lang} theme={parsed.common.theme} label={text.widget_name} {notices}>
            { body }
            <Announcer text={announcement} class="aw-quiz-announcer" />
        </Shell>
    }
}

/// Tells the page (and a school's LMS) what happened: `scam-quiz:answer` after each check,
/// `scam-quiz:complete` with the results. Nothing else leaves the page.
fn report(host: &ui_common::Host, model: &QuizModel) {
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
        let _ = element.focus();
    }
}
