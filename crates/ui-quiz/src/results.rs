//! The end: the score, feedback by score range, topics to review, a fresh retry, and every
//! answer with its explanation on request.

use crate::model::{Msg, QuizModel};
use crate::solutions::Solutions;
use core_i18n::{fill, quiz::Text, Catalog, Lang};
use core_quiz::{Action, Band};
use ui_common::intl;
use ui_common::text::colon;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    pub model: UseReducerHandle<QuizModel>,
}

/// "You got 3 of 4 right (75%).": shown, and said by the quiz's live region.
pub fn summary(lang: Lang, model: &QuizModel) -> String {
    let code = lang.code();
    let score = model.session.attempt.score(&model.bank);
    fill(
        Text::for_lang(lang).score,
        &[
            ("correct", &intl::number(code, score.correct as i64)),
            ("total", &intl::number(code, score.total as i64)),
            ("percent", &intl::percent(code, score.percent())),
        ],
    )
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let code = props.lang.code();
    let (bank, session) = (&props.model.bank, &props.model.session);
    let score = session.attempt.score(bank);
    let summary = summary(props.lang, &props.model);
    let band = match score.band() {
        Band::Low => text.band_low,
        Band::Medium => text.band_medium,
        Band::High => text.band_high,
    };
    let review = session.attempt.topics_to_review(bank);
    let act = |action: Action| {
        let model = props.model.clone();
        Callback::from(move |_| model.dispatch(Msg::Act(action.clone())))
    };
    html! {
        <section class="aw-results">
            <h2 tabindex="-1" data-focus="">{ text.results }</h2>
            <p class="aw-score">{ summary }</p>
            <p>{ band }</p>
            <h3>{ text.review }</h3>
            if review.is_empty() {
                <p>{ text.nothing_to_review }</p>
            } else {
                <ul class="aw-review">
                    { for review.iter().map(|t| {
                        let name = bank.topic(&t.topic).map_or(t.topic.clone(), |topic| topic.name.get(props.lang).to_string());
                        let tally = fill(text.topic_score, &[("correct", &intl::number(code, t.correct as i64)), ("total", &intl::number(code, t.total as i64))]);
                        html! { <li><strong>{ name }</strong>{ colon(props.lang) }{ tally }</li> }
                    }) }
                </ul>
            }
            <div class="aw-actions">
                <button type="button" class="aw-retry" onclick={act(Action::Retry)}>{ text.retry }</button>
                <button type="button" class="aw-secondary aw-show-solutions" aria-expanded={session.show_solutions.to_string()}
                    onclick={act(Action::ToggleSolutions)}>
                    { if session.show_solutions { text.hide_solutions } else { text.show_solutions } }
                </button>
            </div>
            if session.show_solutions {
                <Solutions lang={props.lang} model={props.model.clone()} />
            }
        </section>
    }
}
