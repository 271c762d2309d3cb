//! What the quiz tells its page after each action: `scam-quiz:answer` and `scam-quiz:complete`,
//! the xAPI statements (`scam-quiz:xapi`, built by `core_quiz::xapi`), and the resume state
//! (`scam-quiz:progress`, which an LMS layer keeps as suspend data). Nothing leaves the page.

use core_i18n::Lang;
use core_quiz::{xapi, Outcome, Plan, QuizModel};
use ui_common::Host;
use wasm_bindgen::JsValue;

/// When the attempt and the current question began on this page, for xAPI durations.
#[derive(Debug, Default)]
pub struct Clock {
    attempt_ms: f64,
    question_ms: f64,
    position: usize,
}

impl Clock {
    pub fn new(position: usize) -> Clock {
        let now = js_sys::Date::now();
        Clock { attempt_ms: now, question_ms: now, position }
    }

    fn since(start: f64) -> u64 {
        let elapsed = js_sys::Date::now() - start;
        if elapsed > 0.0 {
            elapsed as u64
        } else {
            0
        }
    }
}

/// The xAPI context of this quiz: `base` is the bank's URL (`src`) or the page's.
pub fn context(base: &str, lang: Lang, pass: u32) -> xapi::Context {
    let window = web_sys::window();
    let location = window.as_ref().map(web_sys::Window::location);
    let page = location.as_ref().and_then(|l| l.href().ok()).unwrap_or_default();
    let origin = location.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let base = if base.is_empty() {
        page
    } else {
        web_sys::Url::new_with_base(base, &page).map(|u| u.href()).unwrap_or_else(|_| base.to_string())
    };
    xapi::Context { base, origin, lang, pass, timestamp: None }
}

/// Sends the events for the model's last action.
pub fn report(host: &Host, model: &QuizModel, plan: &Plan, cx: &xapi::Context, clock: &mut Clock) {
    let (bank, attempt) = (&model.bank, &model.session.attempt);
    let cx = xapi::Context { timestamp: js_sys::Date::new_0().to_iso_string().as_string(), ..cx.clone() };
    let statement = match &model.last {
        Outcome::Started | Outcome::Resumed => {
            *clock = Clock::new(attempt.current());
            Some(if model.last == Outcome::Started { xapi::attempted(&cx) } else { xapi::resumed(&cx) })
        }
        Outcome::Answered { question, correct } => {
            host.emit("scam-quiz:answer", &[("questionId", question.as_str().into()), ("correct", (*correct).into())]);
            xapi::answered(&cx, bank, attempt, attempt.current(), Clock::since(clock.question_ms))
        }
        Outcome::Completed => {
            complete_event(host, model);
            Some(xapi::completed(&cx, bank, attempt, Clock::since(clock.attempt_ms)))
        }
        Outcome::Nothing | Outcome::NothingSelected => None,
    };
    if let Some(statement) = statement {
        match js_sys::JSON::parse(&statement) {
            Ok(detail) => host.emit_detail("scam-quiz:xapi", &detail),
            Err(e) => web_sys::console::warn_2(&"[scam-quiz] xAPI statement not sent:".into(), &e),
        }
    }
    if matches!(model.last, Outcome::Started | Outcome::Answered { .. } | Outcome::Completed) {
        let state = plan.progress_state(bank, &model.session).map_or(JsValue::NULL, |s| s.into());
        let score = attempt.score(bank);
        host.emit(
            "scam-quiz:progress",
            &[
                ("state", state),
                ("answered", (score.answered as u32).into()),
                ("total", (score.total as u32).into()),
                ("complete", attempt.is_complete().into()),
            ],
        );
    }
    // A new question on screen starts its own clock.
    if attempt.current() != clock.position {
        clock.position = attempt.current();
        clock.question_ms = js_sys::Date::now();
    }
}

/// `scam-quiz:complete` {score, total, percent, topics}.
fn complete_event(host: &Host, model: &QuizModel) {
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
