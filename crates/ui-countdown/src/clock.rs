//! The time, re-read from the system clock at each second boundary while the page is visible.
//!
//! Remaining time is always `target - Date.now()`, never a count of ticks, so it is right after
//! the tab sleeps or the laptop wakes. While the page is hidden no timer runs at all; when it is
//! shown again the time is re-read at once.

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

fn page_hidden() -> bool {
    web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden())
}

/// Milliseconds since the epoch, updated once a second (on the second) while visible.
#[hook]
pub fn use_clock() -> f64 {
    let now = use_state(js_sys::Date::now);
    let visible = use_state_eq(|| !page_hidden());

    {
        let (now, visible) = (now.setter(), visible.setter());
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|document| {
                EventListener::new(&document, "visibilitychange", move |_| {
                    let shown = !page_hidden();
                    visible.set(shown);
                    if shown {
                        now.set(js_sys::Date::now());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let setter = now.setter();
        use_effect_with((*now, *visible), move |(current, visible)| {
            let timeout = visible.then(|| {
                // Land just after the next whole second, so the display changes with the clock.
                let delay = 1000.0 - current.rem_euclid(1000.0) + 5.0;
                Timeout::new(delay as u32, move || setter.set(js_sys::Date::now()))
            });
            move || drop(timeout)
        });
    }
    *now
}
