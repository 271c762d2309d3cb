//! The map as one reader uses it: the reducer with their view, selection, search, sort and zoom,
//! and everything that shows it. Its state starts from the `view` and `highlight` attributes; the
//! root keys it by them, so when a host page changes one, Yew starts a new explorer from the new
//! values.

use crate::format::{date, status_text};
use crate::model::MapModel;
use crate::search::{find, name_of};
use crate::search_box::{SearchBox, SearchOption};
use crate::toolbar::{toolbar, Toolbar};
use crate::{details, footnote, legend, map_view, table_view};
use core_attrs::Theme;
use core_geo::World;
use core_i18n::{fill, map::Text, Catalog, Lang};
use core_search::{Index, Outcome};
use core_treaty::map_config::View;
use core_treaty::map_state::{MapState, Msg};
use core_treaty::{ApproxDate, Signatories, Status};
use std::rc::Rc;
use ui_common::text::colon;
use ui_common::{announcer, intl, shell, Notice, Shared, Shell};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplorerProps {
    pub lang: Lang,
    pub theme: Theme,
    /// The attributes' view, where the reader starts.
    pub view: View,
    pub highlight: Rc<Vec<String>>,
    pub data: Shared<Signatories>,
    /// `None` while it loads, and if it failed.
    pub world: Option<Shared<World>>,
    pub map_failed: bool,
    /// Every name the search finds, and each state's name in the widget's language (empty in
    /// the first frame).
    pub names: Shared<Index>,
    /// Whether the first frame is on screen: what needs Intl below the map waits for it.
    pub painted: bool,
    /// The attributes' and the data file's.
    pub notices: Vec<Notice>,
    /// The selection, whenever it changes (for the page's `signatory-map:select`).
    pub on_selected: Callback<Option<String>>,
    /// The reader entered the search box (the names file is fetched then).
    pub on_search_focus: Callback<()>,
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
    let places = use_memo(props.world.clone(), |world| world.as_ref().map(|w| w.places()).unwrap_or_default());
    // Every message says what the reader did; the reducer works out the rest from the state it
    // has then, so nothing here reads a state that may be a render behind.
    let dispatch: Callback<Msg> = state.dispatcher().into();

    let outcome = {
        let names = names.clone();
        use_memo((names.clone(), state.query.clone()), move |(_, query)| find(&names, query))
    };
    let options = {
        let (data, outcome) = (data.clone(), outcome.clone());
        use_memo((data.clone(), outcome.clone(), lang), move |_| search_options(text, lang, &data, &outcome))
    };
    let shown: Rc<Vec<String>> = Rc::new(if state.query.trim().is_empty() {
        data.participants.iter().map(|p| p.iso2.clone()).collect()
    } else {
        outcome.hits.iter().map(|h| h.code.clone()).collect()
    });
    let on_enter = {
        let (names, data, dispatch) = (names.clone(), data.clone(), dispatch.clone());
        Callback::from(move |typed: String| {
            let found = find(&names, &typed);
            let options =
                search_options(text, lang, &data, &found).iter().map(|o| (o.code.clone(), o.label.clone())).collect();
            let pick = found.pick.map(|code| {
                let label = name_of(&names, &code);
                (code, label)
            });
            dispatch.emit(Msg::Enter { options: Rc::new(options), pick });
        })
    };
    let search = SearchBox {
        lang,
        query: state.query.clone().into(),
        options: options.clone(),
        open: state.options_open,
        active: state.active_option,
        status: search_status(text, lang, state.query.trim(), &outcome).into(),
        on_query: dispatch.reform(Msg::Query),
        on_move: {
            let count = options.len();
            dispatch.reform(move |by| Msg::MoveOption { by, options: count })
        },
        on_enter,
        on_escape: dispatch.reform(|()| Msg::Escape),
        on_choose: dispatch.reform(|(code, label)| Msg::Choose(code, label)),
        on_blur: dispatch.reform(|()| Msg::CloseOptions),
        on_focus: props.on_search_focus.clone(),
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
    let map = |world: &Shared<World>| {
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

    let content = html! {
        <>
            <h2>{ text.title }</h2>
            <legend::Legend {lang} counts={data.counts()} progress={data.progress()} />
            if !highlighted.is_empty() {
                <p class="aw-map-highlighted">{ fill(text.highlighted, &[("list", &intl::list(lang.code(), &highlighted, intl::ListKind::Conjunction))]) }</p>
            }
            { toolbar(Toolbar { lang, view, on_view: dispatch.reform(Msg::View), search }) }
            {
                match (view, &props.world) {
                    (View::Map, Some(world)) => map(world),
                    (View::Map, None) => html! { <p class="aw-muted" aria-busy="true">{ "…" }</p> },
                    (View::Table, _) => html! {
                        <table_view::TableView {lang} data={data.clone()} names={names.clone()} {shown}
                            sort={state.sort} on_sort={dispatch.reform(Msg::Sort)} />
                    },
                }
            }
            if let (Some(code), View::Map) = (shown_details, view) {
                { details::details(details::Details { lang, data, iso2: &code, name: name_of(names, &code), on_close: close }) }
            }
            { announcer(announcement(text, lang, names, data, &state), "aw-map-announcer") }
            if props.painted {
                { footnote::footnote(lang, data) }
            }
        </>
    };
    shell(Shell { lang, theme: props.theme, label: text.widget_name, notices }, content)
}

/// Arrow moves say where the reader is; Enter or a click says what was selected (the details
/// panel appears after the map). The text changes only on those, so nothing repeats.
fn announcement(text: &Text, lang: Lang, names: &Index, data: &Signatories, state: &MapState) -> AttrValue {
    let Some(code) = state.current.as_deref() else { return AttrValue::default() };
    let (name, status) = (name_of(names, code), status_text(text, data.status(code)));
    if state.selected.as_deref() == Some(code) {
        fill(text.announce_selected, &[("country", &name), ("status", status)]).into()
    } else {
        format!("{name}{}{status}", colon(lang)).into()
    }
}

/// The most options the list shows; the count says how many states match in all.
const MAX_OPTIONS: usize = 8;

/// The list's options: the best matches, or the closest names when nothing matches. Each says
/// the state's status, with its date: "Viet Nam, signed 25 Oct 2025".
fn search_options(text: &Text, lang: Lang, data: &Signatories, outcome: &Outcome) -> Vec<SearchOption> {
    let status = |code: &str| {
        let participant = data.participant(code);
        match data.status(code) {
            Status::NotSigned => text.option_not_signed.to_string(),
            Status::Signed => match participant.and_then(|p| p.signature.as_ref()).and_then(|s| s.date.as_ref()) {
                Some(d) => fill(text.option_signed_on, &[("date", &date(lang, d))]),
                None => text.option_signed.to_string(),
            },
            Status::Ratified => match participant.and_then(|p| p.ratification.as_ref()) {
                Some(r) => fill(text.option_ratified_on, &[("date", &date(lang, &ApproxDate::Day(r.date)))]),
                None => text.ratified.to_string(),
            },
        }
    };
    let option = |code: &str, label: &str, matched: Option<&str>| {
        let country = match matched {
            Some(alias) => fill(text.search_alias, &[("country", label), ("alias", alias)]),
            None => label.to_string(),
        };
        SearchOption {
            code: code.to_string(),
            label: label.to_string(),
            text: fill(text.search_option, &[("country", &country), ("status", &status(code))]),
        }
    };
    if outcome.hits.is_empty() {
        outcome.suggestions.iter().map(|(code, label)| option(code, label, None)).collect()
    } else {
        outcome.hits.iter().take(MAX_OPTIONS).map(|h| option(&h.code, &h.label, h.matched.as_deref())).collect()
    }
}

/// The polite status under the box: how many states match, or that none does and the closest
/// names; nothing for an empty box.
fn search_status(text: &Text, lang: Lang, query: &str, outcome: &Outcome) -> String {
    if query.is_empty() {
        return String::new();
    }
    if !outcome.hits.is_empty() {
        return fill(text.search_count, &[("n", &intl::number(lang.code(), outcome.hits.len() as i64))]);
    }
    let mut status = fill(text.search_none, &[("query", query)]);
    if !outcome.suggestions.is_empty() {
        let names: Vec<String> = outcome.suggestions.iter().map(|(_, label)| label.clone()).collect();
        status +=
            &fill(text.search_suggest, &[("list", &intl::list(lang.code(), &names, intl::ListKind::Disjunction))]);
    }
    status
}
