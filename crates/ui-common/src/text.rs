//! Data text in the reader's language, or a fallback marked with its own language and direction.

use core_i18n::{Lang, Localized};
use yew::prelude::*;

/// `text` in `lang`; when the data only has another language (the quiz bank is vi + en), that
/// text is wrapped with its `lang` and `dir`, so an English sentence inside an Arabic widget keeps
/// its punctuation at the right end and screen readers switch voice.
pub fn localized(text: &Localized, lang: Lang) -> Html {
    let (used, value) = text.resolve(lang);
    if used == lang {
        html! { { value.to_string() } }
    } else {
        html! { <span lang={used.code()} dir={used.dir()}>{ value.to_string() }</span> }
    }
}
