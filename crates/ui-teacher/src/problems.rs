//! Every problem the validator found, in its order: a button to the line, the field path, and
//! the message exactly as `cargo xtask validate-bank` prints it (English, marked as such).

use core_i18n::{fill, teacher::Text, Catalog, Lang};
use core_json::DataError;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub lang: Lang,
    pub errors: Rc<Vec<DataError>>,
    /// Puts the cursor at a line and column of the text box.
    pub go_to: Callback<(u32, u32)>,
}

#[function_component(Problems)]
pub fn problems(props: &ProblemsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let items = props.errors.iter().map(|e| {
        let at = (e.line, e.column);
        let go_to = props.go_to.reform(move |_: MouseEvent| at);
        // A syntax error has no field path: its column is what finds it.
        let place = if e.path.is_empty() { format!("column {}", e.column) } else { e.path.clone() };
        html! {
            <li class="tk-problem" data-line={e.line.to_string()} data-column={e.column.to_string()} data-path={e.path.clone()}>
                <button type="button" class="tk-link tk-goto" onclick={go_to}>
                    { fill(text.go_to_line, &[("line", &e.line.to_string())]) }
                </button>
                { " " }
                <span lang="en" dir="ltr" class="tk-problem-text">
                    <code class="tk-path">{ place }</code>{ ": " }
                    <span class="tk-problem-message">{ e.message.clone() }</span>
                </span>
            </li>
        }
    });
    html! {
        <section class="tk-problems" aria-labelledby="tk-problems-h">
            <h3 id="tk-problems-h">{ text.problems_heading }</h3>
            <p class="tk-hint">{ text.messages_in_english }</p>
            <ol>{ for items }</ol>
        </section>
    }
}
