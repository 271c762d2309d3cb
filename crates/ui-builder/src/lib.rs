//! The demo site's embed-code builder.
//!
//! What the builder produces (snippets, links, oEmbed) is computed in `core-embed-code`; these
//! components hold the form, the live preview and the browser glue (URL, clipboard, downloads).

mod browser;
mod builder;
mod code_block;
mod common_fields;
mod countdown_fields;
mod lists;
mod map_fields;
mod oembed_panel;
mod preview;
mod quiz_fields;
mod share_page_link;
mod state;

/// Mounts the builder into `root`. The builder page is all builder, so the document takes the
/// site language too (lang, dir, title).
pub fn mount(root: web_sys::Element) {
    let lang = ui_site::page::site_lang();
    ui_site::page::adopt_language(lang, <core_i18n::builder::Text as core_i18n::Catalog>::for_lang(lang).site_title);
    root.set_text_content(None);
    yew::Renderer::<builder::Builder>::with_root_and_props(root, builder::BuilderProps { lang }).render();
}
