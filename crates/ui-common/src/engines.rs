//! Where a browser engine needs code of its own, it is here, saying which engine and why, so the
//! widgets have no scattered engine checks. Each case is tested in that engine by the
//! cross-engine suite (tests/engines/). The digits Intl writes, which engines disagree on, are
//! named in `intl.js`.

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
