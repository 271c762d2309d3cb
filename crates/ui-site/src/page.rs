//! The demo site's pages (not the widgets): which page this is, and which language a site tool
//! speaks.

use core_i18n::Lang;

/// `?lang=xx` on the page's URL (so a shared link keeps its language), else the page's
/// `<html lang>`, else the browser's; negotiated down to a language we have.
pub fn site_lang() -> Lang {
    let window = web_sys::window();
    let from_query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let from_page = || {
        window
            .as_ref()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
    };
    let from_browser = || window.as_ref().and_then(|w| w.navigator().language());
    let tag = from_query
        .filter(|t| !t.trim().is_empty())
        .or_else(from_page)
        .filter(|t| !t.trim().is_empty())
        .or_else(from_browser)
        .unwrap_or_default();
    Lang::negotiate(&tag).lang
}

/// The page's URL, e.g. `http://127.0.0.1:8080/teachers.html?lang=vi`.
pub fn page_url() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The page's file name (`teachers.html`; `index.html` for a directory), for navigation that
/// marks the current page.
pub fn page_file() -> String {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    match path.rsplit('/').next() {
        Some("") | None => "index.html".into(),
        Some(file) => file.to_string(),
    }
}

/// Gives the whole document a site tool's language, direction and title: on pages whose every
/// visible text comes from the tools.
pub fn adopt_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir());
    }
    document.set_title(title);
}
