//! The first screen: what the quiz covers, and Start (or Continue, for a saved attempt).

use core_i18n::{fill, quiz::Text, Catalog, Lang};
use core_quiz::{Bank, Session};
use ui_common::intl::{self, ListKind};
use yew::prelude::*;

/// A view function's argument, not a component's props: the view has no state, and each
/// component costs ~0.75 KB of gzipped wasm.
pub struct Intro<'a> {
    pub lang: Lang,
    pub bank: &'a Bank,
    pub session: &'a Session,
    pub on_start: Callback<()>,
    /// Whether a frame has been painted (`ui_common::use_painted`).
    pub painted: bool,
}

pub fn intro(props: Intro) -> Html {
    let text = Text::for_lang(props.lang);
    let (bank, session) = (props.bank, props.session);
    let mut topics: Vec<String> = Vec::new();
    for item in session.attempt.items() {
        let Some(question) = bank.questions.get(item.question()) else { continue };
        let name = bank.topic_name(&question.topic, props.lang);
        if !topics.contains(&name) {
            topics.push(name);
        }
    }
    let code = props.lang.code();
    // The first frame lists the topics with commas; the language's own "and" (Intl) comes a frame
    // later, so Start does not wait for ICU to start (~100 ms on a phone).
    let topics = if props.painted { intl::list(code, &topics, ListKind::Conjunction) } else { topics.join(", ") };
    let summary = fill(text.intro, &[("n", &intl::number(code, session.attempt.len() as i64)), ("topics", &topics)]);
    let start = props.on_start.reform(|_: MouseEvent| ());
    let label = if session.in_progress() {
        let position = session.attempt.current() + 1;
        format!(
            "{} ({})",
            text.continue_attempt,
            fill(text.progress, &[("n", &position.to_string()), ("total", &session.attempt.len().to_string())])
        )
    } else {
        text.start.to_string()
    };
    html! {
        <section class="aw-quiz-intro">
            <h2>{ text.widget_name }</h2>
            <p>{ summary }</p>
            <button type="button" class="aw-quiz-start" onclick={start}>{ label }</button>
        </section>
    }
}
