//! The time, re-read from the system clock at each second boundary while the page is visible.
//!
//! Remaining time is always `target - Date.now()`, never a count of ticks, so it is right after
//! the tab sleeps or the laptop wakes. While the page is hidden no timer runs at all; when it is
//! shown again the time is re-read at once.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

fn page_hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

/// The last reading and whether the page was visible then: one state, so one hook, for both.
#[derive(Clone, Copy, PartialEq)]
struct Reading {
    now: f64,
    visible: bool,
}

/// Its one action: read the clock again.
impl Reducible for Reading {
    type Action = ();

    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        let visible = !page_hidden();
        // While hidden the time stays as it was, so nothing is redrawn for no one.
        let now = if visible { js_sys::Date::now() } else { self.now };
        Rc::new(Reading { now, visible })
    }
}

/// Milliseconds since the epoch, updated once a second (on the second) while visible.
#[hook]
pub fn use_clock() -> f64 {
    let reading = use_reducer_eq(|| Reading { now: js_sys::Date::now(), visible: !page_hidden() });

    {
        let reread = reading.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .map(|document| EventListener::new(&document, "visibilitychange", move |_| reread.dispatch(())));
            move || drop(listener)
        });
    }
    {
        let reread = reading.dispatcher();
        use_effect_with(*reading, move |Reading { now, visible }| {
            let timeout = visible.then(|| {
                // Land just after the next whole second, so the display changes with the clock.
                // In integers: a float remainder brings a 1 KB `fmod` into the wasm.
                let delay = 1005 - (*now as i64).rem_euclid(1000);
                Timeout::new(delay as u32, move || reread.dispatch(()))
            });
            move || drop(timeout)
        });
    }
    reading.now
}
