//! `<scam-quiz>`: a scam-awareness lesson with explanations and sources, for classrooms (a shared
//! `seed`) and news readers (progress kept across reloads).

mod data;
mod intro;
mod message;
mod model;
mod question;
mod report;
mod results;
mod session;
mod solutions;

use core_i18n::{quiz::Text, Catalog};
use core_quiz::{config, Plan};
use session::SessionView;
use std::rc::Rc;
use ui_common::site::{use_shipped, Shipped};
use ui_common::{
    announcer, console, shell, use_parsed, use_source, HostProps, Notice, Shared, Shell, Source, WidgetSpec,
};
use yew::prelude::*;

pub const TAG: &str = "scam-quiz";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: core_attrs::QUIZ_ATTRIBUTES,
    css: include_str!(concat!(env!("OUT_DIR"), "/quiz.css")),
    text: &[core_i18n::pack::COMMON, core_i18n::pack::QUIZ],
};

#[function_component(ScamQuiz)]
pub fn scam_quiz(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, config::parse);
    let lang = parsed.common.lang.lang;
    let text = Text::for_lang(lang);
    let source = use_source(TAG, parsed.common.src.clone(), data::parse_bank_text);
    // Warnings are logged where they are found, in the memos: each effect would cost its code.
    let inline = use_memo(props.inline_data.clone(), |inline| {
        let bank = inline.as_ref().map(|json| data::parse_bank_text(json).map(Rc::new));
        if let Some(Err(errors)) = &bank {
            console::warn(TAG, &format!("inline bank ignored, using the built-in bank:\n{errors}"));
        }
        bank
    });

    let page_bank = match (&*source, &*inline) {
        (Source::Loaded(bank), _) => Some(bank.clone()),
        (Source::BuiltIn, Some(Ok(bank))) => Some(bank.clone()),
        _ => None,
    };
    // xAPI object ids start from the bank's URL, or the page's for an inline or built-in bank.
    let base: AttrValue = match (&*source, &parsed.common.src) {
        (Source::Loaded(_), Some(src)) => src.clone().into(),
        _ => AttrValue::default(),
    };
    // The built-in bank is downloaded only when the page gives none that works.
    let wanted = (page_bank.is_none() && !matches!(*source, Source::Loading)).then(|| data::built_in_bank_file(lang));
    let built_in = use_shipped(TAG, wanted, data::parse_bank_text);
    let bank = page_bank.or_else(|| match &*built_in {
        Shipped::Ready(bank) => Some(bank.clone()),
        _ => None,
    });
    // Hashes the whole bank: once per bank and settings, not on every click.
    // The bank compared by identity: comparing contents would walk the whole bank.
    // The reader's own draw is made here too, not kept in a state of its own (a hook's code):
    // a new bank or new settings start a new session anyway.
    let plan = use_memo((bank.clone().map(Shared), parsed.config.clone()), |(bank, config)| {
        let random_seed = (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64;
        let plan = bank.as_ref().map(|bank| Plan::new(bank, config, random_seed));
        let ignored = plan.as_ref().map(|p| p.ignored_topics()).unwrap_or_default();
        if !ignored.is_empty() {
            console::warn(TAG, &format!("topics not in the bank, ignored: {}", ignored.join(", ")));
        }
        plan
    });
    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    if let Some(Err(_)) = &*inline {
        let common = core_i18n::common::Text::for_lang(lang);
        let what = core_i18n::fill(common.data_invalid, &[("src", "<script type=\"application/json\">")]);
        notices.push(Notice(format!("{what} {}", common.using_built_in).into()));
    }
    let ignored_topics = plan.as_ref().as_ref().map(|p| p.ignored_topics()).unwrap_or_default();
    if !ignored_topics.is_empty() {
        notices.push(Notice::for_problem(
            lang,
            &core_attrs::Problem::new("topics", &ignored_topics.join(","), "not in the bank"),
        ));
    }

    let failed = bank.is_none() && matches!(*built_in, Shipped::Failed);
    if failed {
        notices.push(Notice(text.questions_unavailable.into()));
    }
    let body = match (bank, plan.as_ref().clone()) {
        (Some(bank), Some(plan)) => {
            // The settings decide the draw, given the bank: either changing starts a new session.
            let key = format!("{:x}|{}", Rc::as_ptr(&bank) as usize, plan.settings);
            html! { <SessionView {key} {lang} bank={Shared(bank)} plan={Rc::new(plan)} host={props.host.clone()} {base} /> }
        }
        _ => html! {
            <>
                if !failed {
                    <p class="aw-muted" aria-busy="true">{ "…" }</p>
                }
                { announcer(AttrValue::default(), "aw-quiz-announcer") }
            </>
        },
    };
    shell(Shell { lang, theme: parsed.common.theme, label: text.widget_name, notices }, body)
}
