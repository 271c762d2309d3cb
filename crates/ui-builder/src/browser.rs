//! The browser APIs the builder needs, each behind a small function that fails softly.

use core_countdown::Instant;
use wasm_bindgen::{JsCast, JsValue};

/// The fragment without its `#`.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.trim_start_matches('#').to_string()
}

/// Replaces the fragment without a history entry per keystroke, keeping path and query.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let url =
        format!("{}{}#{fragment}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Every IANA zone the browser knows (`Intl.supportedValuesOf("timeZone")`); empty where that
/// API is missing, and the zone field then takes any name the browser accepts.
pub fn time_zones() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let supported = intl.as_ref().and_then(|i| js_sys::Reflect::get(i, &"supportedValuesOf".into()).ok());
    let Some(supported) = supported.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else { return Vec::new() };
    let Ok(list) = supported.call1(intl.as_ref().unwrap_or(&JsValue::UNDEFINED), &"timeZone".into()) else {
        return Vec::new();
    };
    js_sys::Array::from(&list).iter().filter_map(|z| z.as_string()).collect()
}

/// The UTC offset (seconds east) of `zone` at an instant, from Intl.
pub fn offset_in(zone: &str) -> impl Fn(Instant) -> Option<i32> + '_ {
    move |t: Instant| ui_common::intl::offset_at(zone, t.0 as f64, core_countdown::zone::parse_gmt_offset)
}

/// Copies `text` to the clipboard. The async Clipboard API needs a secure context and the
/// reader's permission; when it is missing or refuses, the caller says so and the code stays
/// selectable by hand.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else { return false };
    // `clipboard` is undefined on insecure origins even though the binding says otherwise.
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> bool {
    let run = || -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        web_sys::Url::revoke_object_url(&url)
    };
    run().is_ok()
}
