//! Styles go in as constructable stylesheets: they pass a strict `style-src` CSP (no inline
//! `<style>`), and one parsed sheet per widget type is shared by every instance on the page.

use crate::WidgetSpec;
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, Document, ShadowRoot};

thread_local! {
    static SHEETS: RefCell<Vec<(&'static str, CssStyleSheet)>> = const { RefCell::new(Vec::new()) };
}

fn sheet_for(spec: &WidgetSpec) -> Result<CssStyleSheet, JsValue> {
    if let Some(sheet) = SHEETS.with(|s| s.borrow().iter().find(|(tag, _)| *tag == spec.tag).map(|(_, s)| s.clone())) {
        return Ok(sheet);
    }
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(&full_css(spec))?;
    SHEETS.with(|s| s.borrow_mut().push((spec.tag, sheet.clone())));
    Ok(sheet)
}

fn full_css(spec: &WidgetSpec) -> String {
    let mut css = String::with_capacity(ui_common::BASE_CSS.len() + spec.css.len() + 1);
    css.push_str(ui_common::BASE_CSS);
    css.push('\n');
    css.push_str(spec.css);
    css
}

pub fn apply(document: &Document, root: &ShadowRoot, spec: &WidgetSpec) -> Result<(), JsValue> {
    let adopted = sheet_for(spec).and_then(|sheet| {
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        // Old engines ignore the setter silently; check that it took.
        if root.adopted_style_sheets().length() == 1 {
            Ok(())
        } else {
            Err("adoptedStyleSheets unsupported".into())
        }
    });
    if adopted.is_err() {
        // Browsers without constructable stylesheets (Safari < 16.4): a <style> element works
        // wherever the page's CSP allows it.
        let style = document.create_element("style")?;
        style.set_text_content(Some(&full_css(spec)));
        root.append_child(&style)?;
    }
    Ok(())
}
