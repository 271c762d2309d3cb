//! `<signatory-map>`: who signed and who ratified the Convention, as a world map (with dots for
//! microstates), a legend with counts, progress toward entry into force, and a sortable table.

mod details;
mod explorer;
mod footnote;
mod format;
mod gestures;
mod legend;
mod map_view;
mod model;
mod search;
mod search_box;
mod table_view;
mod toolbar;

use core_geo::World;
use core_search::Index;
use core_treaty::map_config::{self as config, View};
use core_treaty::Signatories;
use explorer::Explorer;
use std::rc::Rc;
use ui_common::site::{use_shipped, Shipped};
use ui_common::{use_painted, use_parsed, use_source, HostProps, Shared, WidgetSpec};
use yew::prelude::*;

pub const TAG: &str = "signatory-map";

/// The map's geometry, as the site ships it (see `cargo xtask dist`).
const WORLD: &str = "data/world.json";
/// The UN names and aliases the search finds besides the browser's names.
const ALIASES: &str = "data/aliases.json";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: core_attrs::MAP_ATTRIBUTES,
    css: include_str!(concat!(env!("OUT_DIR"), "/map.css")),
    text: &[core_i18n::pack::COMMON, core_i18n::pack::MAP],
};

ui_common::built_in_data! {
    fn built_in_signatories() -> Signatories {
        tag: TAG,
        // data/signatories.json as build.rs compiles it in, without the notes for its readers.
        parse: core_treaty::parse_signatories(include_str!(concat!(env!("OUT_DIR"), "/signatories.json")))
            .map_err(|e| e.to_string()),
        empty: || Signatories {
            as_of: core_treaty::SIGNATURE_OPENS,
            note: None,
            sources: Vec::new(),
            reported: Vec::new(),
            participants: Vec::new(),
        },
    }
}

/// Reads the attributes and loads the data and the map, then hands them to an [`Explorer`] keyed
/// by `view` and `highlight`: when the page changes either, the reader starts afresh from the new
/// values, while the data and the geometry stay loaded.
#[function_component(SignatoryMap)]
pub fn signatory_map(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, config::parse);
    let lang = parsed.common.lang.lang;
    let source =
        use_source(TAG, parsed.common.src.clone(), |t| core_treaty::parse_signatories(t).map_err(|e| e.to_string()));
    let data: Shared<Signatories> = source.loaded().cloned().unwrap_or_else(built_in_signatories).into();
    // The geometry comes from the site that served the widget, never from the embedding page
    // (under its hashed name; the entry script started the download with the wasm's).
    let geometry = use_shipped(TAG, Some(WORLD.to_string()), |t| World::parse(t).map_err(|e| e.to_string()));
    let world = match &*geometry {
        Shipped::Ready(world) => Some(Shared(world.clone())),
        _ => None,
    };
    // The names file is fetched when the reader first enters the search box: most readers never
    // search, and the browser's names need no file. Until it is there (or if it fails), the
    // search finds those.
    let searching = use_state_eq(|| false);
    let on_search_focus = {
        let searching = searching.setter();
        Callback::from(move |()| searching.set(true))
    };
    let aliases = use_shipped(TAG, searching.then(|| ALIASES.to_string()), |t| {
        core_search::parse_names(t).map_err(|e| e.to_string())
    });
    let table = match &*aliases {
        Shipped::Ready(table) => Some(Shared(table.clone())),
        _ => None,
    };
    // The names come from Intl, whose first use starts ICU (~130 ms on a phone): a first frame
    // that shows only the map draws it without them, and they follow a frame later. A table or a
    // list of highlighted states shows names at once (never ISO codes standing in for them).
    let painted = use_painted();
    let names_now = painted || parsed.config.view == View::Table || !parsed.config.highlight.is_empty();
    let names = {
        let key = (lang, names_now, data.clone(), world.clone(), table);
        let index = use_memo(key, |(lang, names_now, data, world, table)| {
            if *names_now {
                search::search_index(*lang, data, world.as_deref(), table.as_deref())
            } else {
                Index::new()
            }
        });
        Shared(index)
    };
    // The page hears of each change of selection; a new explorer that starts with the selection
    // the last one had is no change.
    let last_selected = use_mut_ref(|| None::<String>);
    let on_selected = {
        let (host, data) = (props.host.clone(), data.clone());
        Callback::from(move |selected: Option<String>| {
            if *last_selected.borrow() == selected {
                return;
            }
            last_selected.replace(selected.clone());
            if let Some(code) = selected {
                host.emit(
                    "signatory-map:select",
                    &[("iso2", code.as_str().into()), ("status", data.status(&code).code().into())],
                );
            }
        })
    };
    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    let config = &parsed.config;
    let key = format!(
        "{}:{}",
        match config.view {
            View::Map => "map",
            View::Table => "table",
        },
        config.highlight.join(",")
    );
    html! {
        <Explorer {key} {lang} theme={parsed.common.theme} view={config.view} highlight={Rc::new(config.highlight.clone())}
            {data} {world} map_failed={matches!(*geometry, Shipped::Failed)} {names} {painted} {notices} {on_selected} {on_search_focus} />
    }
}
