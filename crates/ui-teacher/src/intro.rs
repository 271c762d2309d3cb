//! The teachers' pages' title and introduction (the site navigation links the pages and picks
//! the language).
//! It also gives the whole page the tools' language and direction, since every visible text on
//! it comes from the tools.

use crate::ToolProps;
use core_i18n::{teacher::Text, Catalog};
use yew::prelude::*;

/// The class guide has a page of its own so that its demo quiz and the checker's preview quiz
/// are never two same-named landmarks on one page; it gets its own title.
const CLASS_GUIDE: &str = "class-guide.html";

#[function_component(Intro)]
pub fn intro(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    use_effect_with(lang, move |lang| {
        let text = Text::for_lang(*lang);
        let title = if ui_site::page::page_file() == CLASS_GUIDE {
            format!("{} · {}", text.guide_heading, text.page_title)
        } else {
            text.page_title.to_string()
        };
        ui_site::page::adopt_language(*lang, &title);
    });
    html! {
        <>
            <h1>{ text.page_title }</h1>
            <p class="tk-lead">{ text.page_intro }</p>
        </>
    }
}
