//! The mount path in a real browser: custom element, open shadow root, adopted stylesheet,
//! attribute updates, teardown and double registration.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use ui_common::{HostProps, WidgetSpec};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    static LIVE: Cell<i32> = const { Cell::new(0) };
}

#[function_component(Probe)]
fn probe(props: &HostProps) -> Html {
    use_effect_with((), |_| {
        LIVE.with(|l| l.set(l.get() + 1));
        || LIVE.with(|l| l.set(l.get() - 1))
    });
    html! { <div class="aw"><p class="value">{ props.get("value").unwrap_or_default() }</p></div> }
}

static SPEC: WidgetSpec =
    WidgetSpec { tag: "probe-widget", attributes: &["value"], css: ".value { color: rgb(1, 2, 3); }", text: &[] };

async fn settle() {
    yew::scheduler::flush().await;
    gloo_timers_sleep().await;
}

/// Lets microtasks (disconnect teardown) run.
async fn gloo_timers_sleep() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn value_in(el: &web_sys::Element) -> Option<String> {
    el.shadow_root()?.query_selector(".value").ok()??.text_content()
}

#[wasm_bindgen_test]
async fn element_mounts_in_open_shadow_root_follows_attributes_and_tears_down() {
    embed::register::<Probe>(&SPEC);
    // Registering again (a second script copy) is harmless.
    embed::register::<Probe>(&SPEC);
    let document = web_sys::window().unwrap().document().unwrap();
    let el = document.create_element("probe-widget").unwrap();
    el.set_attribute("value", "one").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    settle().await;

    let root = el.shadow_root().expect("open shadow root");
    assert_eq!(root.mode(), web_sys::ShadowRootMode::Open);
    assert_eq!(root.adopted_style_sheets().length(), 1, "styles are one adopted sheet");
    assert_eq!(value_in(&el).as_deref(), Some("one"));
    let p = root.query_selector(".value").unwrap().unwrap();
    let color =
        web_sys::window().unwrap().get_computed_style(&p).unwrap().unwrap().get_property_value("color").unwrap();
    assert_eq!(color, "rgb(1, 2, 3)");
    assert_eq!(LIVE.with(Cell::get), 1);

    el.set_attribute("value", "two").unwrap();
    settle().await;
    assert_eq!(value_in(&el).as_deref(), Some("two"));

    // Moving the element (disconnect + connect in one task) keeps the same app.
    document.body().unwrap().prepend_with_node_1(&el).unwrap();
    settle().await;
    assert_eq!(LIVE.with(Cell::get), 1);

    el.remove();
    settle().await;
    assert_eq!(LIVE.with(Cell::get), 0, "removing the element destroys its app");

    // Coming back remounts into the same shadow root, once.
    document.body().unwrap().append_child(&el).unwrap();
    settle().await;
    assert_eq!(LIVE.with(Cell::get), 1);
    assert_eq!(el.shadow_root().unwrap().query_selector_all(".aw").unwrap().length(), 1);
    assert_eq!(value_in(&el).as_deref(), Some("two"));
    el.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn two_instances_share_one_stylesheet_and_stay_independent() {
    embed::register::<Probe>(&SPEC);
    let document = web_sys::window().unwrap().document().unwrap();
    let a = document.create_element("probe-widget").unwrap();
    let b = document.create_element("probe-widget").unwrap();
    a.set_attribute("value", "a").unwrap();
    b.set_attribute("value", "b").unwrap();
    let body = document.body().unwrap();
    body.append_child(&a).unwrap();
    body.append_child(&b).unwrap();
    settle().await;
    let sheet = |el: &web_sys::Element| el.shadow_root().unwrap().adopted_style_sheets().get(0);
    assert!(js_sys::Object::is(&sheet(&a), &sheet(&b)), "one parsed sheet serves every instance");
    a.set_attribute("value", "a2").unwrap();
    settle().await;
    assert_eq!(value_in(&a).as_deref(), Some("a2"));
    assert_eq!(value_in(&b).as_deref(), Some("b"));
    a.remove();
    b.remove();
    settle().await;
}
