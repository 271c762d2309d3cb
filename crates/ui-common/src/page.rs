//! The demo site's pages (not the widgets): which language a site tool speaks.

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
