//! A live `<scam-quiz>` on the checked bank, given inline as the contract allows (a child
//! `<script type="application/json">`). The element is built by hand because the quiz reads its
//! inline bank when it connects: the child must be in place before the element enters the page.
//! The page loads `widgets/scam-quiz.js`, which defines the element.

use core_i18n::{teacher::Text, Catalog, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub lang: Lang,
    /// The bank's text as the teacher gave it.
    pub json: Rc<str>,
}

#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let text = Text::for_lang(props.lang);
    let holder = use_node_ref();
    {
        let holder = holder.clone();
        let lang = props.lang;
        use_effect_with((props.json.clone(), lang), move |(json, lang)| {
            if let Some(holder) = holder.cast::<web_sys::Element>() {
                holder.set_text_content(None);
                if let Err(e) = build_quiz(&holder, json, *lang) {
                    web_sys::console::warn_2(&"[teachers] could not show the preview".into(), &e);
                }
            }
        });
    }
    html! {
        <section class="tk-preview" aria-labelledby="tk-preview-h">
            <h3 id="tk-preview-h">{ text.preview_heading }</h3>
            <p>{ text.preview_intro }</p>
            <div class="tk-preview-quiz" ref={holder}></div>
        </section>
    }
}

fn build_quiz(holder: &web_sys::Element, json: &str, lang: Lang) -> Result<(), wasm_bindgen::JsValue> {
    let document = holder.owner_document().ok_or("no document")?;
    let quiz = document.create_element("scam-quiz")?;
    quiz.set_attribute("lang", lang.code())?;
    // A preview must not leave a half-done attempt in the teacher's storage.
    quiz.set_attribute("persist", "off")?;
    let script = document.create_element("script")?;
    // Not a script to run: a data block, which no CSP blocks (and text, never parsed as HTML).
    script.set_attribute("type", "application/json")?;
    script.set_text_content(Some(json));
    quiz.append_child(&script)?;
    holder.append_child(&quiz)?;
    Ok(())
}
