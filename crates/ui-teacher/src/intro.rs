//! The teachers' pages' title and introduction (the site navigation links the pages and picks
//! the language).
//! It also gives the whole page the tools' language and direction, since every visible text on
//! it comes from the tools.

use crate::ToolProps;
use core_i18n::{teacher::Text, Catalog};
use yew::prelude::*;

/// The teachers' pages, by file name. The class guide has a page of its own so that its demo quiz
/// and the checker's preview quiz are never two same-named landmarks on one page.
const PAGES: [&str; 2] = ["teachers.html", "class-guide.html"];

fn current_page() -> &'static str {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    PAGES.into_iter().find(|p| path.ends_with(p)).unwrap_or(PAGES[0])
}

#[function_component(Intro)]
pub fn intro(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let page = current_page();
    use_effect_with(lang, move |lang| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = document.document_element() {
                let _ = html.set_attribute("lang", lang.code());
                let _ = html.set_attribute("dir", lang.dir());
            }
            let text = Text::for_lang(*lang);
            let title = if page == PAGES[1] { format!("{} · {}", text.guide_heading, text.page_title) } else { text.page_title.to_string() };
            document.set_title(&title);
        }
    });
    html! {
        <>
            <h1>{ text.page_title }</h1>
            <p class="tk-lead">{ text.page_intro }</p>
        </>
    }
}
