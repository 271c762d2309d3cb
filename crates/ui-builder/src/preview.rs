//! The live preview: the real widget, embedded the way the snippet embeds it.
//!
//! As an element, it is created here once per widget and then only has its attributes changed,
//! as a page's script would do: the widgets follow attribute changes at run time, so the preview
//! also shows that they do. As an iframe, it is the embed page with the snippet's query.

use core_embed_code::{PreviewMode, Setup, SiteBase};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub setup: Setup,
    pub mode: PreviewMode,
    pub base: SiteBase,
    pub title: AttrValue,
}

/// Creates the widget element in `host` if it is missing (or another widget), then makes its
/// attributes exactly the setup's.
fn sync_element(host: &web_sys::Element, setup: &Setup) {
    let tag = setup.widget.tag();
    let current = host.first_element_child().filter(|el| el.local_name() == tag);
    let element = match current {
        Some(el) => el,
        None => {
            host.set_text_content(None);
            let Some(el) = host.owner_document().and_then(|d| d.create_element(tag).ok()) else { return };
            let _ = host.append_child(&el);
            el
        }
    };
    for name in setup.widget.attributes() {
        match setup.get(name) {
            Some(value) if element.get_attribute(name).as_deref() != Some(value) => {
                let _ = element.set_attribute(name, value);
            }
            None if element.has_attribute(name) => {
                let _ = element.remove_attribute(name);
            }
            _ => {}
        }
    }
}

#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let host = use_node_ref();
    {
        let host = host.clone();
        use_effect_with((props.setup.clone(), props.mode), move |(setup, mode)| {
            if *mode == PreviewMode::Element {
                if let Some(el) = host.cast::<web_sys::Element>() {
                    sync_element(&el, setup);
                }
            }
        });
    }
    match props.mode {
        PreviewMode::Element => html! { <div class="preview" ref={host} /> },
        PreviewMode::Iframe => html! {
            <div class="preview">
                <iframe src={props.setup.iframe_url(&props.base)} title={props.title.clone()} width="100%"
                    height={props.setup.widget.initial_height().to_string()} loading="lazy" />
            </div>
        },
    }
}
