//! `<event-countdown>`.

mod clock;

use clock::use_clock;
use core_attrs::{Lookup, Problem};
use core_i18n::{countdown, Catalog};
use ui_common::{use_parsed, use_source, HostProps, Shell, WidgetSpec};
use yew::prelude::*;

pub const TAG: &str = "event-countdown";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: &["lang", "theme", "src", "event", "at", "until", "title", "time-zone", "location"],
    css: include_str!("countdown.css"),
};

/// 31 Dec 2026, 23:59:59 in New York: the end of the signature period (Art. 64).
const SIGNATURE_DEADLINE_MS: f64 = 1_798_779_599_000.0;

#[derive(PartialEq)]
struct Config;

fn parse(_get: Lookup<'_>, _problems: &mut Vec<Problem>) -> Config {
    Config
}

#[function_component(EventCountdown)]
pub fn event_countdown(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, parse);
    // Placeholder: the widget issue replaces this with the real data parser.
    let source = use_source(TAG, parsed.common.src.clone(), |text| core_json::parse(text).map(drop).map_err(|e| e.to_string()));
    let now = use_clock();
    let lang = parsed.common.lang.lang;
    let text = countdown::Text::for_lang(lang);
    let left = ((SIGNATURE_DEADLINE_MS - now) / 1000.0).max(0.0) as u64;
    let value = format!("{}d {:02}:{:02}:{:02}", left / 86_400, left / 3600 % 24, left / 60 % 60, left % 60);
    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    html! {
        <Shell {lang} theme={parsed.common.theme} label={text.widget_name} notices={notices}>
            <h2>{ text.widget_name }</h2>
            <p>{ text.before }</p>
            <p class="aw-cd-value">{ value }</p>
        </Shell>
    }
}
