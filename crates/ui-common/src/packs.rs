//! Language packs: a widget's wasm carries its English strings alone; the other languages come
//! as `text/<widget>.<lang>.txt`, shipped beside it (`core_i18n::pack`). The entry script starts
//! the packs its elements will need and `boot` reads them before the wasm starts, so a first
//! frame is in the reader's language; a widget that arrives later, or whose `lang` changes, waits
//! for its pack here (see `embed`). A pack that cannot be loaded leaves the widget in English,
//! with the reason in the console.

use crate::site::built_in_text;
use crate::{console, WidgetSpec};
use core_i18n::pack::{file_name, prefix};
use core_i18n::Lang;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/site.js")]
extern "C" {
    #[wasm_bindgen(js_name = hasAsset)]
    fn has_asset(name: &str) -> bool;
    #[wasm_bindgen(js_name = takeStartedPacks)]
    fn take_started_packs(prefix: &str) -> js_sys::Array;
}

thread_local! {
    /// The packs loaded, or tried and failed (so a widget is not kept waiting for them again).
    static TRIED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn tried(name: &str) -> bool {
    TRIED.with(|t| t.borrow().iter().any(|n| n == name))
}

fn load(spec: &WidgetSpec, name: String, text: Result<String, String>) {
    if let Err(why) = text.and_then(|text| core_i18n::pack::load(&text, spec.text).map(|_| ())) {
        console::error(spec.tag, &format!("{name}: {why}; showing English instead"));
    }
    TRIED.with(|t| t.borrow_mut().push(name));
}

/// Registers the packs of `spec`'s widget that the entry script loaded before the wasm started.
pub fn load_started(spec: &WidgetSpec) {
    for entry in take_started_packs(&prefix(spec.tag)).iter() {
        let entry = js_sys::Array::from(&entry);
        let name = entry.get(0).as_string().unwrap_or_default();
        let text = entry.get(1).as_string().ok_or_else(|| entry.get(2).as_string().unwrap_or_default());
        load(spec, name, text);
    }
}

/// Whether `tag` can render in `lang` now: English, a pack already loaded (or tried), or a
/// language the widget ships no pack for (then English is all there is).
pub fn ready(spec: &WidgetSpec, lang: Lang) -> bool {
    let name = file_name(spec.tag, lang.code());
    lang == Lang::En || tried(&name) || !has_asset(&name)
}

/// Runs `then` once `spec`'s pack for `lang` has loaded (or failed to: then in English).
pub fn when_ready(spec: &'static WidgetSpec, lang: Lang, then: Box<dyn FnOnce()>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file_name(spec.tag, lang.code());
        let text = JsFuture::from(built_in_text(&name)).await;
        // Another widget of the page may have loaded it meanwhile.
        if !tried(&name) {
            let text = text
                .map_err(|e| crate::fetch::js_detail(&e))
                .and_then(|text| text.as_string().ok_or_else(|| "not text".to_string()));
            load(spec, name, text);
        }
        then();
    });
}
