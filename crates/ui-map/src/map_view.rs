//! The map: one tab stop; arrow keys move between countries (announced politely), Enter selects,
//! Escape closes; hover shows details, click or tap selects; zoom and pan by buttons, wheel, drag
//! or pinch. The drawing itself is hidden from screen readers: the table is their view.

use crate::model::{MapState, Msg, Zoom};
use core_geo::{neighbour, Direction, World};
use core_i18n::{map::Text, Catalog, Lang};
use core_treaty::Signatories;
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapViewProps {
    pub lang: Lang,
    pub world: Rc<World>,
    pub data: Rc<Signatories>,
    pub state: UseReducerHandle<MapState>,
    pub highlight: Rc<Vec<String>>,
}

/// Pointers down on the map, for drags and pinches.
#[derive(Default)]
struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    moved: bool,
}

fn iso_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    target?.dyn_into::<web_sys::Element>().ok()?.get_attribute("data-iso")
}

/// Map units per screen pixel at the current zoom.
fn units_per_px(frame: &web_sys::Element, world: &World, zoom: Zoom) -> f64 {
    let width = frame.get_bounding_client_rect().width();
    if width > 0.0 {
        world.width / zoom.scale / width
    } else {
        1.0
    }
}

#[function_component(MapView)]
pub fn map_view(props: &MapViewProps) -> Html {
    let text = Text::for_lang(props.lang);
    let world = props.world.clone();
    let (w, h) = (world.width, world.height);
    let zoom = props.state.zoom.unwrap_or_else(|| Zoom::whole(w, h));
    let places = use_memo(world.clone(), |world| world.places());
    let frame = use_node_ref();
    let gesture = use_mut_ref(Gesture::default);

    // Wheel zoom needs a non-passive listener to keep the page from scrolling meanwhile.
    {
        let (frame, state, world) = (frame.clone(), props.state.clone(), world.clone());
        use_effect_with((), move |_| {
            let listener = frame.cast::<web_sys::Element>().map(|element| {
                let target = element.clone();
                EventListener::new_with_options(
                    &element,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                        e.prevent_default();
                        let zoom = state.zoom.unwrap_or_else(|| Zoom::whole(world.width, world.height));
                        let rect = target.get_bounding_client_rect();
                        let per_px = units_per_px(&target, &world, zoom);
                        let x = zoom.cx + (f64::from(e.client_x()) - rect.left() - rect.width() / 2.0) * per_px;
                        let y = zoom.cy + (f64::from(e.client_y()) - rect.top() - rect.height() / 2.0) * per_px;
                        let factor = if e.delta_y() < 0.0 { 1.25 } else { 0.8 };
                        state.dispatch(Msg::Zoom(zoom.zoom_at(factor, x, y, world.width, world.height)));
                    },
                )
            });
            move || drop(listener)
        });
    }

    let onkeydown = {
        let (state, places) = (props.state.clone(), places.clone());
        Callback::from(move |e: KeyboardEvent| {
            let direction = match e.key().as_str() {
                "ArrowLeft" => Some(Direction::Left),
                "ArrowRight" => Some(Direction::Right),
                "ArrowUp" => Some(Direction::Up),
                "ArrowDown" => Some(Direction::Down),
                _ => None,
            };
            let start =
                || state.current.clone().or_else(|| places.iter().find(|(c, _)| c == "VN").map(|(c, _)| c.clone()));
            if let Some(direction) = direction {
                e.prevent_default();
                let next = match state.current.as_deref() {
                    Some(from) => neighbour(&places, from, direction).map(str::to_string),
                    None => start(),
                };
                if let Some(code) = next {
                    state.dispatch(Msg::Current(code));
                }
                return;
            }
            match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    if let Some(code) = start() {
                        state.dispatch(Msg::Select(Some(code)));
                    }
                }
                "Escape" => state.dispatch(Msg::Select(None)),
                _ => {}
            }
        })
    };
    let onpointerdown = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            if g.pointers.is_empty() {
                g.moved = false;
            }
            g.pointers.push((e.pointer_id(), f64::from(e.client_x()), f64::from(e.client_y())));
        })
    };
    let onpointermove = {
        let (gesture, state, world, frame) = (gesture.clone(), props.state.clone(), world.clone(), frame.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(element) = frame.cast::<web_sys::Element>() else { return };
            let mut g = gesture.borrow_mut();
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let Some(index) = g.pointers.iter().position(|p| p.0 == e.pointer_id()) else {
                // Hover, with a mouse only: touch has no hover, and a pen hovering is rare.
                if e.pointer_type() == "mouse" {
                    let code = iso_of(e.target());
                    if code != state.hovered {
                        state.dispatch(Msg::Hover(code));
                    }
                }
                return;
            };
            let (_, px, py) = g.pointers[index];
            let zoom = state.zoom.unwrap_or_else(|| Zoom::whole(world.width, world.height));
            let per_px = units_per_px(&element, &world, zoom);
            if g.pointers.len() == 2 {
                let (_, ox, oy) = g.pointers[1 - index];
                let before = ((px - ox).powi(2) + (py - oy).powi(2)).sqrt();
                let after = ((x - ox).powi(2) + (y - oy).powi(2)).sqrt();
                if before > 0.0 && after > 0.0 {
                    g.moved = true;
                    state.dispatch(Msg::Zoom(zoom.zoom_at(
                        after / before,
                        zoom.cx,
                        zoom.cy,
                        world.width,
                        world.height,
                    )));
                }
            } else if g.moved || (x - px).abs() + (y - py).abs() > 4.0 {
                g.moved = true;
                state.dispatch(Msg::Zoom(zoom.pan((px - x) * per_px, (py - y) * per_px, world.width, world.height)));
            } else {
                return;
            }
            g.pointers[index] = (e.pointer_id(), x, y);
        })
    };
    let onpointerup = {
        let (gesture, state) = (gesture.clone(), props.state.clone());
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            let was_down = g.pointers.iter().any(|p| p.0 == e.pointer_id());
            g.pointers.retain(|p| p.0 != e.pointer_id());
            if was_down && !g.moved {
                if let Some(code) = iso_of(e.target()) {
                    state.dispatch(Msg::Select(Some(code)));
                }
            }
        })
    };
    let onpointerleave = {
        let (gesture, state) = (gesture.clone(), props.state.clone());
        Callback::from(move |_: PointerEvent| {
            gesture.borrow_mut().pointers.clear();
            if state.hovered.is_some() {
                state.dispatch(Msg::Hover(None));
            }
        })
    };
    let zoom_by = |factor: f64| {
        let (state, world) = (props.state.clone(), world.clone());
        Callback::from(move |_| {
            let zoom = state.zoom.unwrap_or_else(|| Zoom::whole(world.width, world.height));
            state.dispatch(Msg::Zoom(zoom.zoom_at(factor, zoom.cx, zoom.cy, world.width, world.height)));
        })
    };
    let reset = {
        let (state, world) = (props.state.clone(), world.clone());
        Callback::from(move |_| state.dispatch(Msg::Zoom(Zoom::whole(world.width, world.height))))
    };

    let class_of = |iso2: &str| {
        classes!(
            props.data.status(iso2).code(),
            props.highlight.iter().any(|c| c == iso2).then_some("hl"),
            (props.state.selected.as_deref() == Some(iso2)).then_some("sel"),
            (props.state.current.as_deref() == Some(iso2)).then_some("cur"),
        )
    };
    // Dots keep a constant size on screen whatever the zoom.
    let radius = fixed2(3.2 / zoom.scale);
    html! {
        <div class="aw-map-frame">
            <div class="aw-map-canvas" ref={frame} tabindex="0" role="group" aria-label={text.map_label}
                {onkeydown} {onpointerdown} {onpointermove} {onpointerup} {onpointerleave}>
                <svg class="aw-map-svg" viewBox={zoom.view_box(w, h)} aria-hidden="true" focusable="false"
                    preserveAspectRatio="xMidYMid meet">
                    <g class="aw-map-other">
                        { for world.other.iter().map(|d| html! { <path d={d.clone()} /> }) }
                    </g>
                    <g class="aw-map-shapes">
                        { for world.shapes.iter().map(|s| html! {
                            <path d={s.path.clone()} data-iso={s.iso2.clone()} class={class_of(&s.iso2)} />
                        }) }
                    </g>
                    <g class="aw-map-dots">
                        { for world.dots.iter().map(|d| html! {
                            <circle cx={fixed2(d.x)} cy={fixed2(d.y)} r={radius.clone()} data-iso={d.iso2.clone()} class={class_of(&d.iso2)} />
                        }) }
                    </g>
                </svg>
            </div>
            <div class="aw-map-zoom">
                <button type="button" class="aw-secondary" onclick={zoom_by(1.5)} aria-label={text.zoom_in}>{ "+" }</button>
                <button type="button" class="aw-secondary" onclick={zoom_by(1.0 / 1.5)} aria-label={text.zoom_out}>{ "−" }</button>
                <button type="button" class="aw-secondary" onclick={reset} aria-label={text.zoom_reset}>{ "⟲" }</button>
            </div>
        </div>
    }
}

/// A number with two decimals, for SVG attributes, without Rust's float printing (~15 KB of
/// wasm): the geometry is in half units, and radii need no more precision than this.
fn fixed2(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}
