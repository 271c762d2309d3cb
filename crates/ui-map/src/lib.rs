//! `<signatory-map>`: who signed and who ratified the Convention, as a world map (with dots for
//! microstates), a legend with counts, progress toward entry into force, and a sortable table.

mod details;
mod format;
mod legend;
mod map_view;
mod model;
mod table_view;

use core_geo::World;
use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::map_config::{self as config, View};
use core_treaty::Signatories;
use format::{status_text, Names};
use model::{MapState, Msg};
use std::rc::Rc;
use ui_common::text::{english_list, fill_html};
use ui_common::{use_parsed, use_source, Announcer, HostProps, Notice, Shell, Source, WidgetSpec};
use yew::prelude::*;

pub const TAG: &str = "signatory-map";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: core_attrs::MAP_ATTRIBUTES,
    css: include_str!(concat!(env!("OUT_DIR"), "/map.css")),
};

ui_common::built_in_data! {
    fn built_in_signatories() -> Signatories {
        tag: TAG,
        parse: core_treaty::built_in().map_err(|e| e.to_string()),
        empty: || Signatories {
            as_of: core_treaty::SIGNATURE_OPENS,
            note: None,
            sources: Vec::new(),
            reported: Vec::new(),
            participants: Vec::new(),
        },
    }
}

/// Lower case without accents, so "viet nam" finds "Việt Nam" and "cote" finds "Côte d'Ivoire".
fn fold(text: &str) -> String {
    let decomposed: String = js_sys::JsString::from(text).normalize("NFD").into();
    decomposed
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

#[function_component(SignatoryMap)]
pub fn signatory_map(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, config::parse);
    let lang = parsed.common.lang.lang;
    let text = Text::for_lang(lang);
    let source =
        use_source(TAG, parsed.common.src.clone(), |t| core_treaty::parse_signatories(t).map_err(|e| e.to_string()));
    let data = source.loaded().cloned().unwrap_or_else(built_in_signatories);
    // The geometry comes from the site that served the widget, never from the embedding page.
    let geometry = use_source(TAG, Some(format!("{}data/world.json", props.site_root)), |t| {
        World::parse(t).map_err(|e| e.to_string())
    });
    let state = use_reducer(|| MapState::new(parsed.config.view, &parsed.config.highlight));
    {
        let state = state.clone();
        use_effect_with(parsed.config.view, move |view| state.dispatch(Msg::View(*view)));
    }
    {
        let state = state.clone();
        use_effect_with(parsed.config.highlight.clone(), move |codes| {
            if let Some(first) = codes.first() {
                state.dispatch(Msg::Select(Some(first.clone())));
            }
        });
    }
    // Every code a reader can find: participants and every place on the map.
    let world = geometry.loaded().cloned();
    let codes = use_memo((Rc::as_ptr(&data) as usize, world.as_ref().map(|w| Rc::as_ptr(w) as usize)), |_| {
        let mut codes: Vec<String> = data.participants.iter().map(|p| p.iso2.clone()).collect();
        if let Some(world) = &world {
            codes.extend(world.places().into_iter().map(|(code, _)| code));
        }
        codes.sort();
        codes.dedup();
        codes
    });
    // (code, local name, folded local name, folded English name), folded once for the search.
    let names = use_memo((lang, codes.clone()), |(lang, codes)| {
        let (local, english) = (Names::new(*lang), Names::new(Lang::En));
        codes
            .iter()
            .map(|code| {
                let fallback = data.participant(code).map(|p| p.name.as_str());
                let name = local.of(code, fallback);
                let (folded, folded_english) = (fold(&name), fold(&english.of(code, fallback)));
                (code.clone(), name, folded, folded_english)
            })
            .collect::<Vec<_>>()
    });
    let name_of = |code: &str| names.iter().find(|(c, ..)| c == code).map_or(code.to_string(), |(_, n, ..)| n.clone());
    let query = fold(state.query.trim());
    let matches: Vec<String> = names
        .iter()
        .filter(|(_, _, local, english)| query.is_empty() || local.contains(&query) || english.contains(&query))
        .map(|(code, ..)| code.clone())
        .collect();
    {
        let (host, data) = (props.host.clone(), data.clone());
        use_effect_with(state.selected.clone(), move |selected| {
            if let Some(code) = selected {
                host.emit(
                    "signatory-map:select",
                    &[("iso2", code.as_str().into()), ("status", data.status(code).code().into())],
                );
            }
        });
    }

    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    let map_failed = matches!(*geometry, Source::Failed { .. });
    if map_failed && state.view == View::Map {
        notices.push(Notice(text.map_unavailable.into()));
    }
    let set_view = |view: View| {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Msg::View(view)))
    };
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                state.dispatch(Msg::Query(input.value()));
            }
        })
    };
    let onkeydown = {
        let (state, first) = (state.clone(), matches.first().cloned());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(code) = &first {
                    state.dispatch(Msg::Select(Some(code.clone())));
                }
            }
        })
    };
    let counts = data.counts();
    let progress = data.progress();
    let shown_details = state.selected.clone().or_else(|| state.hovered.clone());
    let close = {
        let state = state.clone();
        Callback::from(move |()| {
            state.dispatch(Msg::Select(None));
            state.dispatch(Msg::Hover(None));
        })
    };
    // Arrow moves say where the reader is; Enter or a click says what was selected (the details
    // panel appears after the map). The text changes only on those, so nothing repeats.
    let announcement: AttrValue = state
        .current
        .as_deref()
        .map(|code| {
            let (name, status) = (name_of(code), status_text(text, data.status(code)));
            if state.selected.as_deref() == Some(code) {
                fill(text.announce_selected, &[("country", &name), ("status", status)]).into()
            } else {
                format!("{name}{}{status}", ui_common::text::colon(lang)).into()
            }
        })
        .unwrap_or_default();
    let code = lang.code();
    let as_of = format::date(lang, &core_treaty::ApproxDate::Day(data.as_of));
    let sources: Vec<String> = data.sources.iter().take(3).map(|s| s.title.clone()).collect();
    let gap = data.main_gap().filter(|g| g.unidentified > 0).map(|g| {
        fill(
            text.gap,
            &[
                ("missing", &ui_common::intl::number(code, i64::from(g.unidentified))),
                ("reported", &ui_common::intl::number(code, i64::from(g.reported.count))),
            ],
        )
    });
    let view = if map_failed { View::Table } else { state.view };
    let highlight = Rc::new(parsed.config.highlight.clone());

    html! {
        <Shell {lang} theme={parsed.common.theme} label={text.widget_name} {notices}>
            <h2>{ text.title }</h2>
            <legend::Legend {lang} {counts} {progress} />
            if !highlight.is_empty() {
                <p class="aw-map-highlighted">{ fill(text.highlighted, &[("list", &ui_common::intl::list(code, &highlight.iter().map(|c| name_of(c)).collect::<Vec<_>>(), ui_common::intl::ListKind::Conjunction))]) }</p>
            }
            <div class="aw-map-toolbar">
                <div class="aw-map-views" role="group" aria-label={text.views}>
                    <button type="button" class="aw-secondary" aria-pressed={(view == View::Map).to_string()} onclick={set_view(View::Map)}>{ text.view_map }</button>
                    <button type="button" class="aw-secondary" aria-pressed={(view == View::Table).to_string()} onclick={set_view(View::Table)}>{ text.view_table }</button>
                </div>
                <label class="aw-map-search">
                    <span>{ text.search_label }</span>
                    <input type="search" value={state.query.clone()} {oninput} {onkeydown} autocomplete="off" />
                </label>
            </div>
            <div class="aw-map-search-status" role="status" aria-live="polite">
                if !query.is_empty() && matches.is_empty() {
                    <p>{ fill(text.search_none, &[("query", state.query.trim())]) }</p>
                }
            </div>
            {
                match (view, &world) {
                    (View::Map, Some(world)) => html! {
                        <map_view::MapView {lang} world={world.clone()} data={data.clone()} state={state.clone()} highlight={highlight.clone()} />
                    },
                    (View::Map, _) => html! { <p class="aw-muted" aria-busy="true">{ "…" }</p> },
                    (View::Table, _) => html! {
                        <table_view::TableView {lang} data={data.clone()} state={state.clone()}
                            names={Rc::new(names.iter().map(|(c, n, ..)| (c.clone(), n.clone())).collect::<Vec<_>>())} shown={Rc::new(matches.clone())} />
                    },
                }
            }
            if let (Some(code), View::Map) = (shown_details, view) {
                <details::Details {lang} data={data.clone()} iso2={code.clone()} name={name_of(&code)} on_close={close} />
            }
            <Announcer text={announcement} class="aw-map-announcer" />
            <p class="aw-map-asof aw-muted">
                // The sources' titles are English data: marked so, inside the reader's sentence.
                { fill_html(text.as_of, &[("date", html! { { as_of } }), ("sources", english_list(lang, &sources))]) }
                if let Some(gap) = gap { { gap } }
            </p>
            <p class="aw-map-disclaimer aw-muted">{ text.disclaimer }</p>
        </Shell>
    }
}
