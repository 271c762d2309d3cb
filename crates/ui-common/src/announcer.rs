//! A polite live region for what a widget says out loud (the countdown once a minute, the map's
//! current country). It exists from the first render, since a region created together with its
//! text is not announced; callers decide how often the text changes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub text: AttrValue,
    /// A class for tests and styling, e.g. `aw-cd-announcer`.
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    html! {
        <p class={classes!("aw-visually-hidden", props.class.clone())} role="status" aria-live="polite" aria-atomic="true">
            { props.text.clone() }
        </p>
    }
}
