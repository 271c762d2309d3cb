//! "Download for an LMS (SCORM 1.2)": the quiz as a package for Moodle, Canvas and any LMS that
//! takes SCORM, built in the browser by `core_scorm::package`, the code `cargo xtask scorm`
//! runs, from the widget files this site serves. The same settings give the same zip, byte for
//! byte. A setting that cannot be used gets its message next to its control, and no download.

use crate::shared;
use crate::ToolProps;
use core_i18n::{fill, scorm::Text, teacher, Catalog, Lang};
use core_scorm::{File, SettingError, Settings, ENTRY};
use ui_common::fetch::fetch_text;
use ui_common::source::{FETCH_TIMEOUT_MS, MAX_DATA_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Relative to the page, which sits at the site's root.
const BUILT_IN_URL: &str = "data/quiz/bank.json";
/// The wasm is a few hundred KB; anything far larger is not ours.
const MAX_WIDGET_BYTES: f64 = 20_000_000.0;

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Building,
    Ready(String),
    Failed(String),
}

#[function_component(ScormDownload)]
pub fn scorm_download(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let teacher_text = teacher::Text::for_lang(lang);
    let status = use_state(|| Status::Idle);
    let errors = use_state(Vec::<SettingError>::new);
    let checked_available = use_state(|| false);
    let use_checked = use_state(|| false);
    // The form's values (language, questions, topics, seed, pass), kept in state: re-renders
    // (an error appearing) never put back the defaults.
    let values = use_state(|| [lang.code().to_string(), "10".into(), String::new(), String::new(), "50".into()]);
    {
        let (available, use_checked) = (checked_available.clone(), use_checked.clone());
        use_effect_with((), move |_| {
            let subscription = shared::subscribe(Callback::from(move |offer: core_quiz::teacher::Offer| {
                available.set(offer.bank.is_some());
                if offer.bank.is_none() {
                    use_checked.set(false);
                }
            }));
            move || drop(subscription)
        });
    }

    let on_download = {
        let (status, errors, use_checked, values) =
            (status.clone(), errors.clone(), use_checked.clone(), values.clone());
        Callback::from(move |_: MouseEvent| {
            if *status == Status::Building {
                return;
            }
            let value = |i: usize| -> Option<String> { values.get(i).cloned() };
            let parsed = Settings::parse(
                value(0).as_deref(),
                value(1).as_deref(),
                value(2).as_deref(),
                value(3).as_deref(),
                value(4).as_deref(),
            );
            let settings = match parsed {
                Ok(settings) => settings,
                Err(found) => {
                    errors.set(found);
                    status.set(Status::Idle);
                    return;
                }
            };
            errors.set(Vec::new());
            status.set(Status::Building);
            let (status, errors, checked) = (status.clone(), errors.clone(), *use_checked);
            wasm_bindgen_futures::spawn_local(async move {
                match build(&settings, checked).await {
                    Ok(zip) => {
                        let name = format!("scam-quiz-scorm-{}.zip", settings.lang.code());
                        match download(&zip, &name) {
                            Ok(()) => status.set(Status::Ready(name)),
                            Err(e) => status.set(Status::Failed(e)),
                        }
                    }
                    Err(Failure::Settings(found)) => {
                        errors.set(found);
                        status.set(Status::Idle);
                    }
                    Err(Failure::Other(why)) => {
                        web_sys::console::warn_1(&format!("[teachers] SCORM package: {why}").into());
                        status.set(Status::Failed(why));
                    }
                }
            });
        })
    };

    let error_for = |field: &str| -> Option<String> {
        let messages: Vec<&str> = errors.iter().filter(|e| e.field == field).map(|e| e.message.as_str()).collect();
        (!messages.is_empty()).then(|| messages.join(" "))
    };
    let field = |field: &'static str, label: &'static str, input: Html| -> Html {
        let id = format!("tk-scorm-{field}");
        let error = error_for(field);
        let error_id = format!("{id}-error");
        html! {
            <div class="tk-field">
                <label for={id.clone()}>{ label }</label>
                { input }
                if let Some(message) = error {
                    <p class="tk-scorm-error" id={error_id}>{ message }</p>
                }
            </div>
        }
    };
    let described = |field: &str| -> (Option<String>, Option<&'static str>) {
        let has = error_for(field).is_some();
        (has.then(|| format!("tk-scorm-{field}-error")), has.then_some("true"))
    };
    let setter = |index: usize| {
        let values = values.clone();
        move |value: String| {
            let mut next = (*values).clone();
            if let Some(slot) = next.get_mut(index) {
                *slot = value;
            }
            values.set(next);
        }
    };
    let input = |index: usize, name: &'static str, kind: &'static str| -> Html {
        let (describedby, invalid) = described(name);
        let set = setter(index);
        let oninput = Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                set(input.value());
            }
        });
        let value = values.get(index).cloned().unwrap_or_default();
        html! {
            <input id={format!("tk-scorm-{name}")} class={classes!("tk-scorm-input", format!("tk-scorm-{name}-input"))}
                type={kind} {value} {oninput} aria-describedby={describedby} aria-invalid={invalid} />
        }
    };
    let lang_select = {
        let (describedby, invalid) = described("lang");
        let set = setter(0);
        let onchange = Callback::from(move |e: Event| {
            if let Some(select) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                set(select.value());
            }
        });
        let chosen = values.first().cloned().unwrap_or_default();
        html! {
            <select id="tk-scorm-lang" class="tk-scorm-lang-input" {onchange} aria-describedby={describedby} aria-invalid={invalid}>
                { for Lang::ALL.iter().map(|l| html! { <option value={l.code()} lang={l.code()} selected={l.code() == chosen}>{ l.autonym() }</option> }) }
            </select>
        }
    };
    let on_source = {
        let use_checked = use_checked.clone();
        Callback::from(move |e: Event| {
            let value = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value());
            use_checked.set(value.as_deref() == Some("checked"));
        })
    };
    let bank_error = error_for("bank").or_else(|| error_for("widget"));
    let bank_choice = checked_available.then(|| {
        html! {
            <fieldset class="tk-field">
                <legend>{ teacher_text.key_bank }</legend>
                <label><input type="radio" name="tk-scorm-bank" value="built-in" checked={!*use_checked} onchange={on_source.clone()} />{ " " }{ teacher_text.key_built_in }</label>
                <label><input type="radio" name="tk-scorm-bank" value="checked" checked={*use_checked} onchange={on_source} />{ " " }{ teacher_text.key_checked }</label>
            </fieldset>
        }
    });
    let status_text = match &*status {
        Status::Idle => String::new(),
        Status::Building => text.building.to_string(),
        Status::Ready(name) => fill(text.ready, &[("name", name)]),
        Status::Failed(why) => fill(text.failed, &[("detail", why)]),
    };
    let status_class = match &*status {
        Status::Failed(_) => Some("tk-invalid"),
        Status::Ready(_) => Some("tk-valid"),
        _ => None,
    };
    html! {
        <section class="tk tk-scorm" aria-labelledby="tk-scorm-h">
            <h2 id="tk-scorm-h">{ text.download_heading }</h2>
            <p>{ text.download_intro }</p>
            <div class="tk-scorm-controls">
                { for bank_choice }
                { field("lang", text.language, lang_select) }
                { field("questions", text.questions, input(1, "questions", "text")) }
                { field("topics", text.topics, input(2, "topics", "text")) }
                { field("seed", text.seed, input(3, "seed", "text")) }
                { field("pass", text.pass, input(4, "pass", "text")) }
            </div>
            if let Some(message) = bank_error {
                <p class="tk-scorm-error" id="tk-scorm-bank-error">{ message }</p>
            }
            <button type="button" class="tk-button tk-scorm-download" onclick={on_download}
                aria-describedby={error_for("bank").is_some().then_some("tk-scorm-bank-error")}>{ text.download }</button>
            <p class={classes!("tk-scorm-status", status_class)} role="status" aria-live="polite">{ status_text }</p>
            <h3>{ text.guide_heading }</h3>
            <ul class="tk-scorm-guide">
                <li>{ text.guide_moodle }</li>
                <li>{ text.guide_canvas }</li>
                <li>{ text.guide_classroom }</li>
                <li>{ text.guide_other }</li>
            </ul>
        </section>
    }
}

enum Failure {
    Settings(Vec<SettingError>),
    Other(String),
}

/// The bank (built-in, or the checker's), the widget's files from this site, and the zip.
async fn build(settings: &Settings, use_checked: bool) -> Result<Vec<u8>, Failure> {
    let bank: String = match shared::checked_json().filter(|_| use_checked) {
        Some(json) => json.to_string(),
        None => fetch_text(BUILT_IN_URL, MAX_DATA_BYTES, FETCH_TIMEOUT_MS)
            .await
            .map_err(|e| Failure::Other(format!("{BUILT_IN_URL}: {}", e.detail())))?,
    };
    core_scorm::check(settings, &bank).map_err(Failure::Settings)?;
    let entry = fetch_bytes(ENTRY).await.map_err(Failure::Other)?;
    let mut files = vec![File { path: ENTRY.into(), bytes: entry }];
    let names =
        files.first().map(|f| core_scorm::widget_assets(&String::from_utf8_lossy(&f.bytes))).unwrap_or_default();
    for name in names {
        let bytes = fetch_bytes(&name).await.map_err(Failure::Other)?;
        files.push(File { path: name, bytes });
    }
    core_scorm::package(settings, &bank, &files).map_err(Failure::Settings)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| format!("{url}: {}", detail(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| detail(&e))?).await.map_err(|e| detail(&e))?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    if f64::from(bytes.length()) > MAX_WIDGET_BYTES {
        return Err(format!("{url}: too large"));
    }
    Ok(bytes.to_vec())
}

fn detail(e: &JsValue) -> String {
    ui_common::fetch::js_detail(e)
}

/// Saves `bytes` as `name` through a temporary link to a Blob.
fn download(bytes: &[u8], name: &str) -> Result<(), String> {
    let fail = |e: JsValue| detail(&e);
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/zip");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| "not a link".to_string())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The click has started the download; the URL may go once this task ends.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}
