//! Rendering in two steps: what a reader came for first, then the rest once the browser has
//! painted it. On a slow phone, every millisecond before the first frame is one the reader
//! waits; formatting dates with `Intl` (whose first use starts ICU) and building calendar files
//! can wait one frame.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `false` on the first render; `true` from the render after the browser painted that one.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            after_next_paint(move || painted.set(true));
        });
    }
    *painted
}

/// Runs `f` once the next frame has been painted: an animation frame callback runs just
/// before a paint, and a timeout set from there runs after it. Without a window, at once.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        f();
        return;
    };
    let timeout_window = window.clone();
    let frame = Closure::once_into_js(move || {
        let after = Closure::once_into_js(f);
        let _ = timeout_window.set_timeout_with_callback(after.unchecked_ref());
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}
