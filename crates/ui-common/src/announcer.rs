//! A polite live region for what a widget says out loud (the countdown once a minute, the map's
//! current country). It exists from the first render, since a region created together with its
//! text is not announced; callers decide how often the text changes.

use crate::text::class_names;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub text: AttrValue,
    /// A class for tests and styling, e.g. `aw-cd-announcer`.
    pub class: &'static str,
}

#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    let class = class_names(&["aw-visually-hidden", props.class]);
    html! {
        <p ~className={class} role="status" aria-live="polite" aria-atomic="true">{ props.text.clone() }</p>
    }
}
