//! Fetching a widget's `src` data: no cookies, no referrer, a time limit and a size limit, so a
//! hostile or broken URL gives a clear error instead of a frozen page.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// Network failure, CORS refusal, or a non-2xx status.
    Unreachable(String),
    TimedOut,
    TooLarge {
        limit: u32,
    },
    /// The server answered with something that is not JSON (an HTML error page, say).
    NotJson(String),
}

impl FetchError {
    /// English detail for the console.
    pub fn detail(&self) -> String {
        match self {
            FetchError::Unreachable(why) => format!("unreachable: {why}"),
            FetchError::TimedOut => "no answer in time".into(),
            FetchError::TooLarge { limit } => format!("larger than {limit} bytes"),
            FetchError::NotJson(kind) => format!("not JSON (content type {kind})"),
        }
    }
}

pub fn js_detail(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "network error".into())
}

/// GETs `url` (relative to the page) as text.
pub async fn fetch_text(url: &str, limit: u32, timeout_ms: u32) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Unreachable("no window".into()))?;
    let controller = web_sys::AbortController::new().map_err(|e| FetchError::Unreachable(js_detail(&e)))?;
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_signal(Some(&controller.signal()));

    let abort = controller.clone();
    // Dropping the timeout cancels it.
    let timer = gloo_timers::callback::Timeout::new(timeout_ms, move || abort.abort());
    let result = fetch_inner(&window, url, &init, &controller, limit).await;
    drop(timer);
    match result {
        Err(FetchError::Unreachable(_)) if controller.signal().aborted() => Err(FetchError::TimedOut),
        other => other,
    }
}

async fn fetch_inner(
    window: &web_sys::Window,
    url: &str,
    init: &web_sys::RequestInit,
    controller: &web_sys::AbortController,
    limit: u32,
) -> Result<String, FetchError> {
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, init))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(|e| FetchError::Unreachable(js_detail(&e)))?;
    if !response.ok() {
        return Err(FetchError::Unreachable(format!("HTTP {}", response.status())));
    }
    let headers = response.headers();
    if let Ok(Some(length)) = headers.get("content-length") {
        if length.trim().parse::<u64>().is_ok_and(|n| n > u64::from(limit)) {
            return Err(FetchError::TooLarge { limit });
        }
    }
    let content_type = headers.get("content-type").ok().flatten().unwrap_or_default().to_ascii_lowercase();
    if content_type.starts_with("text/html") {
        return Err(FetchError::NotJson(content_type));
    }
    read_body(&response, controller, limit).await
}

/// Reads the body chunk by chunk and stops at `limit`: a huge body sent without a
/// Content-Length is cut off after `limit` bytes instead of being downloaded whole and copied
/// into wasm memory (which never shrinks).
async fn read_body(
    response: &web_sys::Response,
    controller: &web_sys::AbortController,
    limit: u32,
) -> Result<String, FetchError> {
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk: web_sys::ReadableStreamReadResult =
            JsFuture::from(reader.read()).await.map_err(|e| FetchError::Unreachable(js_detail(&e)))?.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            break;
        }
        let Some(data) = chunk.get_value().dyn_ref::<js_sys::Uint8Array>().map(js_sys::Uint8Array::to_vec) else {
            break;
        };
        if bytes.len() + data.len() > limit as usize {
            // Stops the download; the stream's error is not ours to report.
            controller.abort();
            return Err(FetchError::TooLarge { limit });
        }
        bytes.extend_from_slice(&data);
    }
    // As `Response.text()` would: invalid UTF-8 becomes U+FFFD, and the parser says where.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
