//! The polite live region. It exists from the first render (a region created with its text is
//! not announced), and the root only changes its text once a minute or at a phase change.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub text: AttrValue,
}

#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    html! {
        <p class="aw-visually-hidden aw-cd-announcer" role="status" aria-live="polite" aria-atomic="true">
            { props.text.clone() }
        </p>
    }
}
