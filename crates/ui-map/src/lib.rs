//! `<signatory-map>`: a placeholder until the map issue fills it in.

use core_attrs::{Lookup, Problem};
use ui_common::{use_parsed, use_source, HostProps, Shell, WidgetSpec};
use yew::prelude::*;

pub const TAG: &str = "signatory-map";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: &["lang", "theme", "src", "highlight", "view"],
    css: include_str!(concat!(env!("OUT_DIR"), "/map.css")),
};

#[derive(PartialEq)]
struct Config {
    view_table: bool,
}

fn parse(get: Lookup<'_>, problems: &mut Vec<Problem>) -> Config {
    let view_table = match get("view").as_deref().map(str::trim) {
        None | Some("") | Some("map") => false,
        Some("table") => true,
        Some(other) => {
            problems.push(Problem::new("view", other, "expected map or table"));
            false
        }
    };
    Config { view_table }
}

#[function_component(SignatoryMap)]
pub fn signatory_map(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, parse);
    // Placeholder: the widget issue replaces this with the real data parser.
    let source = use_source(TAG, parsed.common.src.clone(), |text| core_json::parse(text).map(drop).map_err(|e| e.to_string()));
    let lang = parsed.common.lang.lang;
    let (title, view) = match (lang, parsed.config.view_table) {
        (core_i18n::Lang::Vi, false) => ("Các quốc gia ký Công ước Hà Nội", "Bản đồ"),
        (core_i18n::Lang::Vi, true) => ("Các quốc gia ký Công ước Hà Nội", "Bảng"),
        (_, false) => ("Who signed the Hanoi Convention", "Map"),
        (_, true) => ("Who signed the Hanoi Convention", "Table"),
    };
    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    html! {
        <Shell {lang} theme={parsed.common.theme} label={title} notices={notices}>
            <h2>{ title }</h2>
            <p class="aw-map-value">{ view }</p>
        </Shell>
    }
}
