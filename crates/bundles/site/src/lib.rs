//! Entry point of `site/site.js`: mounts each site tool into the page elements that ask for it
//! with `data-site-tool`, so one module serves every page of the demo site.

use wasm_bindgen::JsCast;

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(roots) = document.query_selector_all("[data-site-tool]") else { return };
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        match root.get_attribute("data-site-tool").as_deref() {
            Some("builder") => ui_builder::mount(root),
            Some("nav") => ui_site::mount_nav(root),
            Some(tool) if !ui_teacher::mount(tool, root) => {
                web_sys::console::warn_1(&format!("[site] no tool called `{tool}`").into());
            }
            _ => {}
        }
    }
}
