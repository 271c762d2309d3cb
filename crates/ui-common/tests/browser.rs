//! Browser behaviour of the shared pieces: events leave the shadow root, fetch limits hold.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use ui_common::fetch::{fetch_text, FetchError};
use ui_common::Host;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn emitted_events_bubble_out_of_shadow_roots_with_their_detail() {
    let document = web_sys::window().unwrap().document().unwrap();
    let outer = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&outer).unwrap();
    // The widget host sits inside another component's shadow root: the event must cross it.
    let shadow = outer.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap();
    let host: web_sys::HtmlElement = document.create_element("x-host").unwrap().dyn_into().unwrap();
    shadow.append_child(&host).unwrap();

    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let record = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
        record.borrow_mut().push(e.detail())
    });
    document.add_event_listener_with_callback("demo:done", listener.as_ref().unchecked_ref()).unwrap();

    Host(host).emit("demo:done", &[("score", 7.into()), ("phase", "after".into())]);

    document.remove_event_listener_with_callback("demo:done", listener.as_ref().unchecked_ref()).unwrap();
    let seen = seen.borrow();
    assert_eq!(seen.len(), 1, "composed + bubbling: heard at the document");
    let score = js_sys::Reflect::get(&seen[0], &"score".into()).unwrap();
    assert_eq!(score.as_f64(), Some(7.0));
    assert_eq!(js_sys::Reflect::get(&seen[0], &"phase".into()).unwrap().as_string().as_deref(), Some("after"));
    outer.remove();
}

fn data_url(body: &str) -> String {
    let blob = web_sys::Blob::new_with_str_sequence(&js_sys::Array::of1(&body.into())).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

#[wasm_bindgen_test]
async fn fetch_reads_text_and_refuses_bodies_over_the_limit() {
    let url = data_url("{\"ok\": true}");
    assert_eq!(fetch_text(&url, 1_000, 5_000).await.unwrap(), "{\"ok\": true}");
    let big = data_url(&"x".repeat(2_000));
    assert_eq!(fetch_text(&big, 1_000, 5_000).await, Err(FetchError::TooLarge { limit: 1_000 }));
}

#[wasm_bindgen_test]
async fn fetch_reports_unreachable_urls() {
    match fetch_text("http://127.0.0.1:9/nothing.json", 1_000, 5_000).await {
        Err(FetchError::Unreachable(_)) => {}
        other => panic!("expected Unreachable, got {other:?}"),
    }
}
