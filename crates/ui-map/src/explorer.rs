//! The map as one reader uses it: the reducer with their view, selection, search, sort and zoom,
//! and everything that shows it. Its state starts from the `view` and `highlight` attributes; the
//! root keys it by them, so when a host page changes one, Yew starts a new explorer from the new
//! values.

use crate::format::status_text;
use crate::model::MapModel;
use crate::search::{fold, matching, name_of, SearchName};
use crate::toolbar::{toolbar, Toolbar};
use crate::{details, footnote, legend, map_view, table_view};
use core_attrs::Theme;
use core_geo::World;
use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::map_config::View;
use core_treaty::map_state::{MapState, Msg};
use core_treaty::Signatories;
use std::rc::Rc;
use ui_common::text::colon;
use ui_common::{intl, Announcer, Notice, Shell};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub lang: Lang,
    pub theme: Theme,
    /// The attributes' view, where the reader starts.
    pub view: View,
    pub highlight: Rc<Vec<String>>,
    pub data: Rc<Signatories>,
    /// `None` while it loads, and if it failed.
    pub world: Option<Rc<World>>,
    pub map_failed: bool,
    pub names: Rc<Vec<SearchName>>,
    /// The attributes' and the data file's.
    pub notices: Vec<Notice>,
    /// The selection, whenever it changes (for the page's `signatory-map:select`).
    pub on_selected: Callback<Option<String>>,
}

#[function_component(Explorer)]
pub fn explorer(props: &ExplorerProps) -> Html {
    let (lang, data, names, highlight) = (props.lang, &props.data, &props.names, &props.highlight);
    let text = Text::for_lang(lang);
    let state = use_reducer(|| MapModel::new(MapState::new(props.view, highlight)));
    {
        let on_selected = props.on_selected.clone();
        use_effect_with(state.selected.clone(), move |selected| on_selected.emit(selected.clone()));
    }
    let world = props.world.clone();
    let places = use_memo(world.as_ref().map(|w| Rc::as_ptr(w) as usize), move |_| {
        world.map(|w| w.places()).unwrap_or_default()
    });
    // Every message says what the reader did; the reducer works out the rest from the state it
    // has then, so nothing here reads a state that may be a render behind.
    let dispatch: Callback<Msg> = state.dispatcher().into();

    let query = fold(state.query.trim());
    let matches = matching(names, &query);
    let no_match = !query.is_empty() && matches.is_empty();
    let on_search = {
        let (names, dispatch) = (names.clone(), dispatch.clone());
        Callback::from(move |typed: String| {
            if let Some(code) = matching(&names, &fold(typed.trim())).into_iter().next() {
                dispatch.emit(Msg::Select(Some(code)));
            }
        })
    };
    let view = if props.map_failed { View::Table } else { state.view };
    let mut notices = props.notices.clone();
    if props.map_failed && state.view == View::Map {
        notices.push(Notice(text.map_unavailable.into()));
    }
    let close = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            dispatch.emit(Msg::Select(None));
            dispatch.emit(Msg::Hover(None));
        })
    };
    let shown_details = state.selected.clone().or_else(|| state.hovered.clone());
    let highlighted: Vec<String> = highlight.iter().map(|c| name_of(names, c)).collect();
    let map = |world: &Rc<World>| {
        let size = world.size();
        let (step_places, select_places) = (places.clone(), places.clone());
        html! {
            <map_view::MapView {lang} world={world.clone()} data={data.clone()} highlight={highlight.clone()}
                selected={state.selected.clone()} current={state.current.clone()} zoom={state.zoom_on(size)}
                on_step={dispatch.reform(move |direction| Msg::Step(direction, step_places.clone()))}
                on_select_current={dispatch.reform(move |()| Msg::SelectCurrent(select_places.clone()))}
                on_select={dispatch.reform(Msg::Select)} on_hover={dispatch.reform(Msg::Hover)}
                on_zoom={dispatch.reform(move |change| Msg::Zoom(change, size))} />
        }
    };

    html! {
        <Shell {lang} theme={props.theme} label={text.widget_name} {notices}>
            <h2>{ text.title }</h2>
            <legend::Legend {lang} counts={data.counts()} progress={data.progress()} />
            if !highlighted.is_empty() {
                <p class="aw-map-highlighted">{ fill(text.highlighted, &[("list", &intl::list(lang.code(), &highlighted, intl::ListKind::Conjunction))]) }</p>
            }
            { toolbar(Toolbar { lang, view, query: state.query.clone().into(), no_match,
                on_view: dispatch.reform(Msg::View), on_query: dispatch.reform(Msg::Query), on_search }) }
            {
                match (view, &props.world) {
                    (View::Map, Some(world)) => map(world),
                    (View::Map, None) => html! { <p class="aw-muted" aria-busy="true">{ "…" }</p> },
                    (View::Table, _) => html! {
                        <table_view::TableView {lang} data={data.clone()} names={names.clone()} shown={Rc::new(matches)}
                            sort={state.sort} on_sort={dispatch.reform(Msg::Sort)} />
                    },
                }
            }
            if let (Some(code), View::Map) = (shown_details, view) {
                <details::Details {lang} data={data.clone()} iso2={code.clone()} name={name_of(names, &code)} on_close={close} />
            }
            <Announcer text={announcement(text, lang, names, data, &state)} class="aw-map-announcer" />
            { footnote::footnote(lang, data) }
        </Shell>
    }
}

/// Arrow moves say where the reader is; Enter or a click says what was selected (the details
/// panel appears after the map). The text changes only on those, so nothing repeats.
fn announcement(text: &Text, lang: Lang, names: &[SearchName], data: &Signatories, state: &MapState) -> AttrValue {
    let Some(code) = state.current.as_deref() else { return AttrValue::default() };
    let (name, status) = (name_of(names, code), status_text(text, data.status(code)));
    if state.selected.as_deref() == Some(code) {
        fill(text.announce_selected, &[("country", &name), ("status", status)]).into()
    } else {
        format!("{name}{}{status}", colon(lang)).into()
    }
}
