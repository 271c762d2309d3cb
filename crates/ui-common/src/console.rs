//! Console messages, prefixed with the element name so a page with many widgets stays readable.

pub fn warn(tag: &str, message: &str) {
    web_sys::console::warn_1(&format!("[{tag}] {message}").into());
}

pub fn error(tag: &str, message: &str) {
    web_sys::console::error_1(&format!("[{tag}] {message}").into());
}

pub fn info(tag: &str, message: &str) {
    web_sys::console::info_1(&format!("[{tag}] {message}").into());
}

/// Logs attribute problems in English, with the detail a developer needs.
pub fn report_problems(tag: &str, problems: &[core_attrs::Problem]) {
    for p in problems {
        warn(tag, &format!("{}=\"{}\" ignored: {}", p.attribute, p.value, p.detail));
    }
}
