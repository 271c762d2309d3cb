//! The map: one tab stop; arrow keys move between countries (announced politely), Enter selects,
//! Escape closes; hover shows details, click or tap selects; zoom and pan by buttons, wheel, drag
//! or pinch. The drawing itself is hidden from screen readers: the table is their view.

use crate::gestures::{use_map_gestures, MapGestures};
use core_geo::{two_decimals, Direction, World, Zoom, ZoomChange, BUTTON_FACTOR};
use core_i18n::{map::Text, Catalog, Lang};
use core_treaty::Signatories;
use std::rc::Rc;
use ui_common::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub lang: Lang,
    pub world: Shared<World>,
    pub data: Shared<Signatories>,
    pub highlight: Rc<Vec<String>>,
    pub selected: Option<String>,
    /// The country the arrow keys are on.
    pub current: Option<String>,
    pub zoom: Zoom,
    /// An arrow key.
    pub on_step: Callback<Direction>,
    /// Enter or Space: select the current country.
    pub on_select_current: Callback<()>,
    /// A click or tap on a country, or Escape (`None`).
    pub on_select: Callback<Option<String>>,
    pub on_hover: Callback<Option<String>>,
    pub on_zoom: Callback<ZoomChange>,
}

#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let text = Text::for_lang(props.lang);
    let (world, zoom) = (&props.world, props.zoom);
    let frame = use_node_ref();
    let MapGestures { onpointerdown, onpointermove, onpointerup, onpointerleave } =
        use_map_gestures(frame.clone(), props.on_zoom.clone(), props.on_hover.clone(), props.on_select.clone());

    let onkeydown = {
        let (on_step, on_select_current, on_select) =
            (props.on_step.clone(), props.on_select_current.clone(), props.on_select.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if let Some(direction) = Direction::of_key(&key) {
                // Arrows move on the map, never scroll the page.
                e.prevent_default();
                on_step.emit(direction);
                return;
            }
            match key.as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    on_select_current.emit(());
                }
                "Escape" => on_select.emit(None),
                _ => {}
            }
        })
    };
    let zoom_button = |change: ZoomChange| props.on_zoom.reform(move |_: MouseEvent| change);

    // Status and mark are `data-` attributes, not classes: an SVG element's `className` is no
    // string, so a class here would go through yew's `Classes` (an IndexSet per shape per render).
    let status_of = |iso2: &str| props.data.status(iso2).code();
    let mark_of = |iso2: &str| {
        if props.selected.as_deref() == Some(iso2) {
            Some("sel")
        } else if props.current.as_deref() == Some(iso2) {
            Some("cur")
        } else if props.highlight.iter().any(|c| c == iso2) {
            Some("hl")
        } else {
            None
        }
    };
    let radius = two_decimals(zoom.dot_radius());
    html! {
        <div class="aw-map-frame">
            <div class="aw-map-canvas" ref={frame} tabindex="0" role="group" aria-label={text.map_label}
                {onkeydown} {onpointerdown} {onpointermove} {onpointerup} {onpointerleave}>
                <svg class="aw-map-svg" viewBox={zoom.view_box(world.size())} aria-hidden="true" focusable="false"
                    preserveAspectRatio="xMidYMid meet">
                    <g class="aw-map-other">
                        { for world.other.iter().map(|d| html! { <path d={d.clone()} /> }) }
                    </g>
                    <g class="aw-map-shapes">
                        { for world.shapes.iter().map(|s| html! {
                            <path d={s.path.clone()} data-iso={s.iso2.clone()} data-status={status_of(&s.iso2)} data-mark={mark_of(&s.iso2)} />
                        }) }
                    </g>
                    <g class="aw-map-dots">
                        { for world.dots.iter().map(|d| html! {
                            <circle cx={two_decimals(d.x)} cy={two_decimals(d.y)} r={radius.clone()} data-iso={d.iso2.clone()} data-status={status_of(&d.iso2)} data-mark={mark_of(&d.iso2)} />
                        }) }
                    </g>
                </svg>
            </div>
            <div class="aw-map-zoom">
                <button type="button" class="aw-secondary" onclick={zoom_button(ZoomChange::By(BUTTON_FACTOR))} aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" class="aw-secondary" onclick={zoom_button(ZoomChange::By(1.0 / BUTTON_FACTOR))} aria-label={text.zoom_out}>{ "−" }</button>
                <button type="button" class="aw-secondary" onclick={zoom_button(ZoomChange::Whole)} aria-label={text.zoom_reset}>{ "⟲" }</button>
            </div>
        </div>
    }
}
