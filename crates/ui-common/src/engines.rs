//! Where a browser engine needs code of its own, it is here, saying which engine and why, so the
//! widgets have no scattered engine checks. Each case is tested in that engine by the
//! cross-engine suite (tests/engines/).

/// Moves focus to `element` (the quiz's next question, its feedback, its results heading).
///
/// Firefox (153 ESR) does not focus an element that was inserted in the same task and has no
/// layout box yet when that element is a `<legend tabindex="-1">`: it decides focusability from
/// the box, and `focus()` does nothing (the quiz's keyboard test in tests/engines/ caught it;
/// WebKit and Chromium focus it). Reading the element's size builds the box first. The other
/// engines lay out inside `focus()` anyway, so the extra read costs them nothing.
pub fn focus(element: &web_sys::HtmlElement) {
    let _ = element.offset_height();
    let _ = element.focus();
}

/// The digits of every number a widget formats with Intl: Latin, as `core_i18n::count` writes
/// the countdown's timer and the browser tests compare it with Intl.
///
/// Engines disagree on Arabic's default: WebKitGTK 2.50 (ICU 72, of Safari 16's age) writes
/// `ar` numbers and dates in Arabic-Indic digits ("١٢٨"), Firefox 153 and Chromium 156 in Latin
/// ones ("128"). Left to the engine, WebKit showed the timer in one and the dates under it in
/// the other (the Arabic screenshot of tests/engines/); naming the numbering system makes every
/// engine write the same.
pub const DIGITS: &str = "latn";
