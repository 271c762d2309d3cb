//! One piece of code to copy: a heading, what it is for, the code (as text, focusable so it
//! scrolls by keyboard) and a copy button whose outcome the live region announces.

use crate::browser;
use core_i18n::{builder::Text, fill, Catalog, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CodeBlockProps {
    pub lang: Lang,
    /// Stable id, for the heading and for tests.
    pub id: AttrValue,
    pub heading: AttrValue,
    pub note: AttrValue,
    pub code: AttrValue,
    pub on_announce: Callback<String>,
}

#[function_component(CodeBlock)]
pub fn code_block(props: &CodeBlockProps) -> Html {
    let text = Text::for_lang(props.lang);
    let heading_id = format!("{}-h", props.id);
    let onclick = {
        let code = props.code.clone();
        let heading = props.heading.clone();
        let announce = props.on_announce.clone();
        Callback::from(move |_| {
            let (code, heading, announce) = (code.clone(), heading.clone(), announce.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let message = if browser::copy(&code).await {
                    fill(text.copied, &[("what", &heading)])
                } else {
                    text.copy_failed.to_string()
                };
                announce.emit(message);
            });
        })
    };
    html! {
        <div class="code-block" id={props.id.clone()}>
            <h4 id={heading_id.clone()}>{ props.heading.clone() }</h4>
            if !props.note.is_empty() {
                <p class="hint">{ props.note.clone() }</p>
            }
            <pre tabindex="0" aria-labelledby={heading_id}><code>{ props.code.clone() }</code></pre>
            <button type="button" class="copy" aria-label={fill(text.copy_what, &[("what", &props.heading)])} {onclick}>
                { text.copy }
            </button>
        </div>
    }
}
