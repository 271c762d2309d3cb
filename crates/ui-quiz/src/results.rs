//! The end: the score, feedback by score range, topics to review, a fresh retry, and every
//! answer with its explanation on request.

use crate::solutions::solutions;
use core_i18n::{fill, quiz::Text, Catalog, Lang};
use core_quiz::{Band, Bank, Score, Session};
use ui_common::intl;
use ui_common::text::colon;
use yew::prelude::*;

/// A view function's argument, not a component's props: the view has no state, it changes with
/// the session anyway, and each component costs ~0.75 KB of gzipped wasm.
pub struct Results<'a> {
    pub lang: Lang,
    pub bank: &'a Bank,
    pub session: &'a Session,
    pub on_retry: Callback<()>,
    pub on_toggle_solutions: Callback<()>,
}

/// "You got 3 of 4 right (75%).": shown, and said by the quiz's live region.
pub fn summary(lang: Lang, score: Score) -> String {
    let code = lang.code();
    fill(
        Text::for_lang(lang).score,
        &[
            ("correct", &intl::number(code, score.correct as i64)),
            ("total", &intl::number(code, score.total as i64)),
            ("percent", &intl::percent(code, score.percent())),
        ],
    )
}

pub fn results(props: Results) -> Html {
    let text = Text::for_lang(props.lang);
    let code = props.lang.code();
    let (bank, session) = (props.bank, props.session);
    let score = session.attempt.score(bank);
    let summary = summary(props.lang, score);
    let band = match score.band() {
        Band::Low => text.band_low,
        Band::Medium => text.band_medium,
        Band::High => text.band_high,
    };
    let review = session.attempt.topics_to_review(bank);
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
                        let name = bank.topic_name(&t.topic, props.lang);
                        let tally = fill(text.topic_score, &[("correct", &intl::number(code, t.correct as i64)), ("total", &intl::number(code, t.total as i64))]);
                        html! { <li><strong>{ name }</strong>{ colon(props.lang) }{ tally }</li> }
                    }) }
                </ul>
            }
            <div class="aw-actions">
                <button type="button" class="aw-retry" onclick={props.on_retry.reform(|_: MouseEvent| ())}>{ text.retry }</button>
                <button type="button" class="aw-secondary aw-show-solutions" aria-expanded={session.show_solutions.to_string()}
                    onclick={props.on_toggle_solutions.reform(|_: MouseEvent| ())}>
                    { if session.show_solutions { text.hide_solutions } else { text.show_solutions } }
                </button>
            </div>
            if session.show_solutions {
                { solutions(props.lang, bank, &session.attempt) }
            }
        </section>
    }
}
