//! The demo site's own pages, not the widgets: which language the site speaks and which page
//! this is (`page`), and the navigation every page carries (`SiteNav`). The builder, the
//! teachers' tools and the `site` bundle use it; no widget does.

pub mod page;
mod site_nav;

pub use site_nav::{SiteNav, SiteNavProps};

/// Mounts the translated site navigation (with its language picker) into `root`, replacing the
/// static English links the page carries for readers without WebAssembly.
pub fn mount_nav(root: web_sys::Element) {
    let lang = page::site_lang();
    root.set_text_content(None);
    yew::Renderer::<SiteNav>::with_root_and_props(root, SiteNavProps { lang }).render();
}
