//! Data text in the reader's language, or a fallback marked with its own language and direction.

use core_i18n::{Catalog, Lang, Localized, Piece};
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

/// What goes between a label and its value in `lang` ("Source: ", "来源：", "Source : ").
pub fn colon(lang: Lang) -> &'static str {
    core_i18n::common::Text::for_lang(lang).colon
}

/// A catalogue template whose values are markup: each `{key}` becomes its `Html`.
pub fn fill_html(template: &str, values: &[(&str, Html)]) -> Html {
    let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    let parts = core_i18n::pieces(template, &keys).into_iter().map(|piece| match piece {
        Piece::Text(text) => html! { { text.to_string() } },
        Piece::Value(i) => values.get(i).map_or_else(Html::default, |(_, value)| value.clone()),
    });
    html! { <>{ for parts }</> }
}

/// Class names joined by spaces, the empty ones left out, for `~className={…}` on an HTML element.
/// `html!` sends a `class` that is not one literal through yew's `Classes` (an IndexSet with its
/// hashing, ~3 KB of wasm); a plain string set as the DOM property costs nothing. (An SVG element's
/// `className` is not a string: use a `data-` attribute there.)
pub fn class_names(names: &[&str]) -> String {
    let mut joined = String::new();
    for name in names.iter().filter(|n| !n.is_empty()) {
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(name);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::class_names;

    #[test]
    fn class_names_are_joined_without_empty_ones() {
        assert_eq!(class_names(&["aw-q-choice", "", "aw-chosen"]), "aw-q-choice aw-chosen");
        assert_eq!(class_names(&["", "aw-msg"]), "aw-msg");
        assert_eq!(class_names(&[]), "");
    }
}
