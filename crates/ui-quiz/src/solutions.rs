//! Every question of the attempt with its right answer, the reader's answer and the explanation:
//! for a teacher going through the quiz with the class, or a reader who wants to learn more.

use core_i18n::{quiz::Text, Catalog, Lang};
use core_quiz::{Attempt, Bank};
use ui_common::text::{colon, localized};
use yew::prelude::*;

/// The attempt's questions with their answers. A view function, not a component: it has no
/// state, and each component costs ~0.75 KB of gzipped wasm.
pub fn solutions(lang: Lang, bank: &Bank, attempt: &Attempt) -> Html {
    let text = Text::for_lang(lang);
    let texts = |indices: &[usize], question: &core_quiz::Question| -> String {
        indices
            .iter()
            .filter_map(|&i| question.choices.get(i))
            .map(|c| c.text.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    html! {
        <section class="aw-solutions">
            <h3>{ text.solutions }</h3>
            <ol>
                { for attempt.items().iter().filter_map(|item| {
                    let question = bank.questions.get(item.question())?;
                    // The choices' language, for the answers joined into one line.
                    let (used, _) = question.prompt.resolve(lang);
                    let right = html! { <span lang={used.code()} dir={used.dir()}>{ texts(&question.correct_indices(), question) }</span> };
                    let chosen = item.answer().map(|a| html! { <span lang={used.code()} dir={used.dir()}>{ texts(a, question) }</span> });
                    Some(html! {
                        <li class="aw-solution">
                            <p class="aw-solution-prompt">{ localized(&question.prompt, lang) }</p>
                            <p><strong>{ text.right_answer }{ colon(lang) }</strong>{ right }</p>
                            if let Some(chosen) = chosen {
                                <p><strong>{ text.your_choice }{ colon(lang) }</strong>{ chosen }</p>
                            }
                            <p class="aw-muted">{ localized(&question.explanation, lang) }</p>
                        </li>
                    })
                }) }
            </ol>
        </section>
    }
}
