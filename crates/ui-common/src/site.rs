//! The site that served the widget, and the data files it ships (the quiz's banks, the map's
//! geometry): fetched from there under their content-hashed names, never from the embedding
//! page, and parsed once per page however many widgets use them. The entry script starts these
//! downloads while the wasm is still on its way (see `site.js` and `xtask/src/entry.js`).

use crate::console;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[wasm_bindgen(module = "/src/site.js")]
extern "C" {
    #[wasm_bindgen(js_name = builtInText)]
    pub(crate) fn built_in_text(name: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = arrivedText)]
    fn arrived_text(name: &str) -> Option<String>;
}

thread_local! {
    /// Parsed data files by name: every widget of the page shares one copy.
    static PARSED: RefCell<Vec<(String, Rc<dyn Any>)>> = const { RefCell::new(Vec::new()) };
}

fn cached<T: 'static>(name: &str) -> Option<Rc<T>> {
    PARSED.with(|p| p.borrow().iter().find(|(n, _)| n == name).and_then(|(_, v)| v.clone().downcast::<T>().ok()))
}

/// The state of a shipped data file.
#[derive(Debug)]
pub enum Shipped<T> {
    Loading,
    Ready(Rc<T>),
    /// It could not be fetched or parsed (logged); the widget says so and carries on.
    Failed,
}

/// Loads the shipped file `name` (e.g. `data/quiz/bank.vi.json`) when `name` is `Some`, and
/// parses it with `parse` once per page.
#[hook]
pub fn use_shipped<T: 'static>(
    tag: &'static str,
    name: Option<String>,
    parse: fn(&str) -> Result<T, String>,
) -> Rc<Shipped<T>> {
    // A file that arrived before the wasm started (the entry began it) is there for the first
    // frame: no frame of "…" and no wait for a task.
    let initial = || match name.as_deref().and_then(|name| cached::<T>(name).or_else(|| parse_arrived(name, parse))) {
        Some(data) => Shipped::Ready(data),
        None => Shipped::Loading,
    };
    let state = use_state(|| Rc::new(initial()));
    {
        let state = state.clone();
        use_effect_with(name, move |name| {
            let cancelled = Rc::new(std::cell::Cell::new(false));
            if let Some(name) = name.clone() {
                match cached::<T>(&name) {
                    // Already shown (the first frame had it): setting it again would render twice.
                    Some(data) if matches!(&**state, Shipped::Ready(shown) if Rc::ptr_eq(shown, &data)) => {}
                    Some(data) => state.set(Rc::new(Shipped::Ready(data))),
                    None => {
                        let cancelled = cancelled.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let outcome = load(&name, parse).await;
                            if cancelled.get() {
                                return;
                            }
                            state.set(Rc::new(match outcome {
                                Ok(data) => Shipped::Ready(data),
                                Err(why) => {
                                    console::warn(tag, &format!("{name}: {why}"));
                                    Shipped::Failed
                                }
                            }));
                        });
                    }
                }
            }
            move || cancelled.set(true)
        });
    }
    (*state).clone()
}

async fn load<T: 'static>(name: &str, parse: fn(&str) -> Result<T, String>) -> Result<Rc<T>, String> {
    let text = JsFuture::from(built_in_text(name)).await.map_err(|e| crate::fetch::js_detail(&e))?;
    let text = text.as_string().ok_or("not text")?;
    // Another widget may have parsed it meanwhile.
    if let Some(data) = cached::<T>(name) {
        return Ok(data);
    }
    Ok(keep(name, parse(&text)?))
}

/// The file `name` parsed, if its text has already arrived and parses (else `load` tries, and
/// reports what is wrong).
fn parse_arrived<T: 'static>(name: &str, parse: fn(&str) -> Result<T, String>) -> Option<Rc<T>> {
    let data = parse(&arrived_text(name)?).ok()?;
    Some(keep(name, data))
}

fn keep<T: 'static>(name: &str, data: T) -> Rc<T> {
    let data = Rc::new(data);
    PARSED.with(|p| p.borrow_mut().push((name.to_string(), data.clone() as Rc<dyn Any>)));
    data
}
