//! The custom element that hosts a widget, and the props every widget root receives.

use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;
use yew::{AttrValue, Properties};

/// The host element. Compared by identity, so re-rendering never compares DOM trees.
#[derive(Clone, Debug)]
pub struct Host(pub HtmlElement);

impl PartialEq for Host {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Host {
    /// Dispatches a bubbling, composed `CustomEvent` from the host, so pages and LMSs can listen
    /// on the element or anywhere above it, across shadow roots. `detail` pairs become an object.
    pub fn emit(&self, name: &str, detail: &[(&str, JsValue)]) {
        let object = js_sys::Object::new();
        for (key, value) in detail {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), value);
        }
        self.emit_detail(name, &object);
    }

    /// Like `emit`, with a `detail` built elsewhere (an xAPI statement parsed from JSON).
    pub fn emit_detail(&self, name: &str, detail: &JsValue) {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(detail);
        match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            Ok(event) => {
                let _ = self.0.dispatch_event(&event);
            }
            Err(e) => web_sys::console::warn_2(&format!("could not create event {name}").into(), &e),
        }
    }
}

/// Props of every widget root: the host and a snapshot of its attributes.
#[derive(Clone, PartialEq, Properties)]
pub struct HostProps {
    pub host: Host,
    /// Attribute names and values, in the element's order.
    pub attrs: Rc<Vec<(String, String)>>,
    /// The nearest `lang` in the page, else the browser's language.
    pub page_lang: AttrValue,
    /// The text of a `<script type="application/json">` child: data given inline, for CMSs
    /// and pages that cannot host a file for `src`.
    pub inline_data: Option<AttrValue>,
}

impl HostProps {
    pub fn get(&self, name: &str) -> Option<String> {
        core_attrs::attribute(&self.attrs, name)
    }

    pub fn names(&self) -> Vec<String> {
        self.attrs.iter().map(|(k, _)| k.clone()).collect()
    }

    /// The language the widget renders in, as `parse_common` negotiates it.
    pub fn lang(&self) -> core_i18n::Lang {
        let get = |name: &str| self.get(name);
        core_i18n::Lang::negotiate(&core_attrs::requested_lang(&get, &self.page_lang)).lang
    }
}
