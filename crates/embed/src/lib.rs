//! Turns a Yew root component into a custom element rendered in an open shadow root.
//!
//! `register` defines the element through a tiny JS class (wasm-bindgen cannot subclass
//! `HTMLElement`); on connect, Rust attaches the shadow root, adopts the widget's stylesheet and
//! mounts the Yew app; attribute changes re-prop the app; leaving the page destroys it.

mod styles;

// talc instead of Rust's default dlmalloc: made for wasm, and about 1.3 KB less of every
// widget's gzipped wasm (measured on a bare widget), with the same free-block reuse that the
// memory tests (48 hours of ticking, 1,000 widgets added and removed) rely on.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the widgets run in single-threaded wasm (no threads, no shared memory), which is
// what `new_global` requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

use std::cell::RefCell;
use std::rc::Rc;
pub use ui_common::WidgetSpec;
use ui_common::{Host, HostProps};
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, BaseComponent};

#[wasm_bindgen(module = "/src/define.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineWidget)]
    fn define_widget(tag: &str, observed: js_sys::Array, create: &js_sys::Function) -> String;
}

/// One mounted widget, owned by its element. JS calls `free()` when the element leaves the page.
#[wasm_bindgen]
pub struct Mounted {
    instance: Box<dyn Instance>,
}

#[wasm_bindgen]
impl Mounted {
    /// Called on every change of an observed attribute: the app gets a fresh attribute snapshot.
    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&mut self) {
        self.instance.refresh();
    }
}

trait Instance {
    fn refresh(&mut self);
}

/// One element's app. Shared with a pending language-pack load, which renders or updates it
/// when the pack arrives, unless the element has left the page by then.
struct App<C: BaseComponent<Properties = HostProps>> {
    state: Rc<RefCell<AppState<C>>>,
}

struct AppState<C: BaseComponent<Properties = HostProps>> {
    spec: &'static WidgetSpec,
    /// None until the first render (which waits for the widget's language pack).
    handle: Option<AppHandle<C>>,
    host: HtmlElement,
    /// The element the app renders into, inside the shadow root.
    container: web_sys::Element,
    gone: bool,
}

impl<C: BaseComponent<Properties = HostProps>> AppState<C> {
    /// Renders (or re-props) the app from the element's attributes now.
    fn show(&mut self, props: HostProps) {
        match self.handle.as_mut() {
            Some(handle) => handle.update(props),
            None => {
                warn_unknown_attributes(self.spec, &props);
                self.handle = Some(yew::Renderer::<C>::with_root_and_props(self.container.clone(), props).render());
            }
        }
    }
}

impl<C: BaseComponent<Properties = HostProps>> App<C> {
    /// Shows the element's current attributes: at once when their language is ready, else
    /// after its pack has loaded (the app keeps its old language, or stays empty, meanwhile).
    fn show_when_ready(&self) {
        // Borrowed only while a render runs: a widget never sets its own observed attributes,
        // so this is never re-entered in practice; if it were, skipping is safer than a trap.
        let Ok(mut state) = self.state.try_borrow_mut() else { return };
        let props = props_for(&state.host);
        let (spec, lang) = (state.spec, props.lang());
        if ui_common::packs::ready(spec, lang) {
            state.show(props);
            return;
        }
        drop(state);
        let state = Rc::downgrade(&self.state);
        ui_common::packs::when_ready(
            spec,
            lang,
            Box::new(move || {
                let Some(state) = state.upgrade() else { return };
                let Ok(mut state) = state.try_borrow_mut() else { return };
                if !state.gone {
                    // The attributes as they are now: they may have changed while the pack loaded.
                    let props = props_for(&state.host);
                    state.show(props);
                }
            }),
        );
    }
}

impl<C: BaseComponent<Properties = HostProps>> Instance for App<C> {
    fn refresh(&mut self) {
        self.show_when_ready();
    }
}

impl<C: BaseComponent<Properties = HostProps>> Drop for App<C> {
    fn drop(&mut self) {
        let Ok(mut state) = self.state.try_borrow_mut() else { return };
        state.gone = true;
        if let Some(handle) = state.handle.take() {
            handle.destroy();
        }
        // Yew 0.23 never removes the event-delegation listeners it puts on the app's root
        // element (`subtree_root.rs`: "static" handlers, `forget`), and their closures keep
        // that element. Detached, it is an empty div that no longer holds the shadow root, so
        // the widget's element and DOM can be collected; the empty div and the closures stay.
        state.container.remove();
    }
}

/// Defines `spec.tag` to render `C`. Safe to call when the tag is already defined.
pub fn register<C: BaseComponent<Properties = HostProps>>(spec: &'static WidgetSpec) {
    // The language packs the entry script loaded while the wasm was on its way.
    ui_common::packs::load_started(spec);
    let observed: js_sys::Array = spec.attributes.iter().map(|a| JsValue::from_str(a)).collect();
    let create =
        Closure::<dyn Fn(HtmlElement) -> JsValue>::new(move |host: HtmlElement| match mount::<C>(spec, host) {
            Ok(mounted) => mounted.into(),
            Err(e) => {
                web_sys::console::error_2(&format!("[{}] could not start:", spec.tag).into(), &e);
                JsValue::UNDEFINED
            }
        });
    let outcome = define_widget(spec.tag, observed, create.as_ref().unchecked_ref());
    match outcome.as_str() {
        // The element class calls `create` for as long as the page lives, so the closure must too.
        "defined" => create.forget(),
        "exists" => {}
        _ => web_sys::console::warn_1(&format!("[{}] this browser has no custom elements", spec.tag).into()),
    }
}

fn mount<C: BaseComponent<Properties = HostProps>>(
    spec: &'static WidgetSpec,
    host: HtmlElement,
) -> Result<Mounted, JsValue> {
    let document = host.owner_document().ok_or("element has no document")?;
    // An element that comes back after being removed keeps its open shadow root: reuse it.
    let root = match host.shadow_root() {
        Some(root) => {
            root.set_text_content(None);
            root
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::apply(&document, &root, spec)?;
    let container = document.create_element("div")?;
    root.append_child(&container)?;
    let app = App::<C> { state: Rc::new(RefCell::new(AppState { spec, handle: None, host, container, gone: false })) };
    app.show_when_ready();
    Ok(Mounted { instance: Box::new(app) })
}

fn warn_unknown_attributes(spec: &WidgetSpec, props: &HostProps) {
    let names = props.names();
    for name in core_attrs::unknown_attributes(&names, spec.attributes) {
        ui_common::console::warn(spec.tag, &format!("unknown attribute \"{name}\" ignored"));
    }
}

fn props_for(host: &HtmlElement) -> HostProps {
    let names = host.get_attribute_names();
    let attrs = names
        .iter()
        .filter_map(|n| n.as_string())
        .filter_map(|name| host.get_attribute(&name).map(|value| (name, value)))
        .collect();
    let inline_data = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content())
        .map(Into::into);
    HostProps { host: Host(host.clone()), attrs: Rc::new(attrs), page_lang: page_lang(host).into(), inline_data }
}

/// The nearest `lang` above the element (crossing shadow roots), else the browser's language.
fn page_lang(host: &HtmlElement) -> String {
    let mut node: Option<web_sys::Element> = host.parent_element().or_else(|| shadow_host_of(host));
    while let Some(el) = node {
        if let Some(lang) = el.get_attribute("lang").filter(|l| !l.trim().is_empty()) {
            return lang;
        }
        node = el.parent_element().or_else(|| shadow_host_of(&el));
    }
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_else(|| "en".into())
}

fn shadow_host_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    el.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|root| root.host())
}
