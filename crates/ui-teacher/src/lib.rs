//! The teachers' tools on the demo site (`teachers.html`): check your own quiz bank with the
//! validator the CLI uses, print a bank's answer key, and a guide to running a class.
//!
//! Each tool mounts into a page element with `data-site-tool`; all four speak the site's
//! language (`?lang=`, else `<html lang>`, else the browser's). Bank texts and the validator's
//! messages are rendered as text, never HTML.

mod answer_key;
mod checker;
mod file;
mod guide;
mod intro;
mod key_question;
mod key_sources;
mod key_view;
mod preview;
mod problems;
mod question_list;
mod reducer;
mod scorm_download;
mod shared;

use core_i18n::Lang;
use yew::prelude::*;

/// What every tool gets: the language it speaks.
#[derive(Properties, PartialEq, Clone)]
pub struct ToolProps {
    pub lang: Lang,
}

/// Mounts the tool named `tool` (the page element's `data-site-tool`) into `root`; false when no
/// tool has that name.
pub fn mount(tool: &str, root: web_sys::Element) -> bool {
    match tool {
        "teachers-intro" => render::<intro::Intro>(root),
        "bank-checker" => render::<checker::BankChecker>(root),
        "answer-key" => render::<answer_key::AnswerKeyTool>(root),
        "class-guide" => render::<guide::ClassGuide>(root),
        "scorm-download" => render::<scorm_download::ScormDownload>(root),
        _ => return false,
    }
    true
}

/// A count in the language's digits.
fn number(lang: Lang, n: usize) -> String {
    ui_common::intl::number(lang.code(), i64::try_from(n).unwrap_or(i64::MAX))
}

fn render<C: BaseComponent<Properties = ToolProps>>(root: web_sys::Element) {
    let lang = ui_site::page::site_lang();
    // The tool's own lang and dir: its text may differ from the static page around it.
    let _ = root.set_attribute("lang", lang.code());
    let _ = root.set_attribute("dir", lang.dir());
    // The app lives as long as the page; its handle has no teardown to keep.
    yew::Renderer::<C>::with_root_and_props(root, ToolProps { lang }).render();
}
