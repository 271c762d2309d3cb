//! Pointers and the wheel on the map, as callbacks: hover (mouse only), tap or click to select,
//! drag to pan, pinch and wheel to zoom. What a move means is `core_geo::Pointers`; this reads
//! the events and the frame's size.

use core_geo::{PointerMove, Pointers, ZoomChange};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The handlers for the map's frame element.
pub struct MapGestures {
    pub onpointerdown: Callback<PointerEvent>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerup: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
}

/// The country under a pointer: shapes and dots carry their code in `data-iso`.
fn iso_of(target: Option<web_sys::EventTarget>) -> Option<String> {
    target?.dyn_into::<web_sys::Element>().ok()?.get_attribute("data-iso")
}

fn frame_width(frame: &NodeRef) -> f64 {
    frame.cast::<web_sys::Element>().map_or(0.0, |e| e.get_bounding_client_rect().width())
}

fn position(e: &PointerEvent) -> (f64, f64) {
    (f64::from(e.client_x()), f64::from(e.client_y()))
}

#[hook]
pub fn use_map_gestures(
    frame: NodeRef,
    on_zoom: Callback<ZoomChange>,
    on_hover: Callback<Option<String>>,
    on_select: Callback<Option<String>>,
) -> MapGestures {
    let pointers = use_mut_ref(Pointers::default);

    // Wheel zoom needs a non-passive listener to keep the page from scrolling meanwhile. It is
    // added once and calls the latest callback.
    let on_wheel = use_mut_ref(|| on_zoom.clone());
    on_wheel.replace(on_zoom.clone());
    {
        let frame = frame.clone();
        use_effect_with((), move |()| {
            let listener = frame.cast::<web_sys::Element>().map(|element| {
                let target = element.clone();
                EventListener::new_with_options(
                    &element,
                    "wheel",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<web_sys::WheelEvent>() else { return };
                        e.prevent_default();
                        let rect = target.get_bounding_client_rect();
                        let offset = (
                            f64::from(e.client_x()) - rect.left() - rect.width() / 2.0,
                            f64::from(e.client_y()) - rect.top() - rect.height() / 2.0,
                        );
                        let on_zoom = on_wheel.borrow().clone();
                        on_zoom.emit(ZoomChange::wheel(e.delta_y(), offset, rect.width()));
                    },
                )
            });
            move || drop(listener)
        });
    }

    let onpointerdown = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            let (x, y) = position(&e);
            pointers.borrow_mut().down(e.pointer_id(), x, y);
        })
    };
    let onpointermove = {
        let (pointers, on_zoom, on_hover) = (pointers.clone(), on_zoom.clone(), on_hover.clone());
        Callback::from(move |e: PointerEvent| {
            let (x, y) = position(&e);
            match pointers.borrow_mut().move_to(e.pointer_id(), x, y, frame_width(&frame)) {
                // With a mouse only: touch has no hover, and a pen hovering is rare.
                PointerMove::Hover if e.pointer_type() == "mouse" => on_hover.emit(iso_of(e.target())),
                PointerMove::Zoom(change) => on_zoom.emit(change),
                PointerMove::Hover | PointerMove::Still => {}
            }
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            if pointers.borrow_mut().up(e.pointer_id()) {
                if let Some(code) = iso_of(e.target()) {
                    on_select.emit(Some(code));
                }
            }
        })
    };
    let onpointerleave = {
        Callback::from(move |_: PointerEvent| {
            pointers.borrow_mut().clear();
            on_hover.emit(None);
        })
    };
    MapGestures { onpointerdown, onpointermove, onpointerup, onpointerleave }
}
