//! UI string catalogues: one struct per widget, one `const` per language.
//!
//! A struct literal must name every field, so a language that lacks a string does not compile:
//! missing translations fail the build, not the reader. Templates use `{name}` placeholders,
//! filled by [`fill`]; numbers and dates are formatted by the browser before they go in.

/// The parts every catalogue has, written once: `fields()` (every string with its name, for the
/// completeness test; the destructuring has no `..`, so a field missing from the list does not
/// compile), `from_texts` and the registry of loaded languages (for language packs, see
/// [`crate::pack`]), and `Catalog::for_lang` over the module's seven language constants.
///
/// With the `packs` feature (the widgets' bundles), `for_lang` names English alone: the other
/// six constants stay out of the wasm, and their text comes from the language pack the page
/// loaded, English standing in until it has (or when it could not be loaded).
macro_rules! catalog {
    ($($field:ident),+ $(,)?) => {
        impl Text {
            /// Every string with its field name, for checks that must see all of them.
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                let Text { $($field),+ } = self;
                vec![$((stringify!($field), *$field)),+]
            }

            /// How many strings the catalogue has (a language pack's section has as many).
            pub const FIELD_COUNT: usize = [$(stringify!($field)),+].len();

            /// The catalogue from its strings in field order (a language pack's section, see
            /// [`crate::pack`]); `None` when there are too few.
            pub fn from_texts(texts: &mut dyn Iterator<Item = &'static str>) -> Option<Text> {
                Some(Text { $($field: texts.next()?),+ })
            }

            /// Reads and registers `lang`'s catalogue from its strings in field order.
            pub fn load(lang: $crate::Lang, texts: &mut dyn Iterator<Item = &'static str>) {
                if let Some(text) = Text::from_texts(texts) {
                    Text::register(lang, text);
                }
            }

            /// The catalogue of `lang` loaded from a language pack, if one was.
            pub fn loaded(lang: $crate::Lang) -> Option<&'static Text> {
                LOADED.with(|loaded| loaded.borrow().iter().find(|(l, _)| *l == lang).map(|(_, text)| *text))
            }

            /// Keeps `text` as `lang`'s catalogue for the rest of the page's life (a page loads
            /// each language's pack once, so leaking it is what a `static` would cost).
            pub fn register(lang: $crate::Lang, text: Text) {
                if Text::loaded(lang).is_none() {
                    let text: &'static Text = Box::leak(Box::new(text));
                    LOADED.with(|loaded| loaded.borrow_mut().push((lang, text)));
                }
            }
        }

        thread_local! {
            static LOADED: std::cell::RefCell<Vec<($crate::Lang, &'static Text)>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }

        impl $crate::Catalog for Text {
            #[cfg(not(feature = "packs"))]
            fn for_lang(lang: $crate::Lang) -> &'static Self {
                match lang {
                    $crate::Lang::Vi => &VI,
                    $crate::Lang::En => &EN,
                    $crate::Lang::Ar => &AR,
                    $crate::Lang::Zh => &ZH,
                    $crate::Lang::Fr => &FR,
                    $crate::Lang::Ru => &RU,
                    $crate::Lang::Es => &ES,
                }
            }

            #[cfg(feature = "packs")]
            fn for_lang(lang: $crate::Lang) -> &'static Self {
                match lang {
                    $crate::Lang::En => &EN,
                    other => Text::loaded(other).unwrap_or(&EN),
                }
            }
        }
    };
}

pub mod builder;
pub mod common;
pub mod countdown;
pub mod map;
pub mod quiz;
pub mod scorm;
pub mod share;
pub mod teacher;

use crate::Lang;

/// A catalogue with one instance per language.
pub trait Catalog: 'static {
    fn for_lang(lang: Lang) -> &'static Self;
}

/// A template cut at its placeholders: literal text, and the index of a value in `keys`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Value(usize),
}

/// Cuts `template` at each `{key}` whose key is in `keys`; unknown placeholders stay text, so a
/// translator's mistake shows up on screen instead of losing text. For templates whose values
/// are markup (a link, a fragment in another language) as well as for [`fill`].
pub fn pieces<'a>(template: &'a str, keys: &[&str]) -> Vec<Piece<'a>> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut literal_from = 0;
    let mut offset = 0;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let found =
            after.find('}').and_then(|close| keys.iter().position(|k| *k == &after[..close]).map(|i| (i, close)));
        match found {
            Some((index, close)) => {
                let start = offset + open;
                if start > literal_from {
                    out.push(Piece::Text(&template[literal_from..start]));
                }
                out.push(Piece::Value(index));
                offset += open + close + 2;
                literal_from = offset;
                rest = &after[close + 1..];
            }
            None => {
                offset += open + 1;
                rest = after;
            }
        }
    }
    if literal_from < template.len() {
        out.push(Piece::Text(&template[literal_from..]));
    }
    out
}

/// Replaces each `{key}` in `template` with its value. Unknown placeholders are left as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let keys: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    let mut out = String::with_capacity(template.len() + 16);
    for piece in pieces(template, &keys) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Value(i) => out.push_str(values.get(i).map_or("", |(_, v)| *v)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{builder, common, countdown, fill, map, pieces, quiz, scorm, share, teacher, Catalog, Piece};
    use crate::Lang;
    use std::collections::BTreeSet;

    /// The `{name}` placeholders of a template (names of letters, digits and `_`).
    fn placeholders(template: &str) -> BTreeSet<&str> {
        let mut found = BTreeSet::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close)
                    if !after[..close].is_empty()
                        && after[..close].chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
                {
                    found.insert(&after[..close]);
                    rest = &after[close + 1..];
                }
                _ => rest = after,
            }
        }
        found
    }

    /// What is wrong with one language's strings compared with English's: a blank string, a
    /// placeholder English has and the translation lacks, or one the translation made up.
    fn problems(
        lang: Lang,
        english: &[(&'static str, &'static str)],
        translated: &[(&'static str, &'static str)],
    ) -> Vec<String> {
        let mut out = Vec::new();
        if !english.iter().map(|(n, _)| n).eq(translated.iter().map(|(n, _)| n)) {
            out.push(format!("{lang:?}: fields differ from English"));
            return out;
        }
        for ((field, en), (_, text)) in english.iter().zip(translated) {
            if text.trim().is_empty() {
                out.push(format!("{lang:?}.{field} is empty"));
            }
            let (want, got) = (placeholders(en), placeholders(text));
            for missing in want.difference(&got) {
                out.push(format!("{lang:?}.{field} lacks {{{missing}}}: {text:?}"));
            }
            for extra in got.difference(&want) {
                out.push(format!("{lang:?}.{field} has {{{extra}}}, which English does not: {text:?}"));
            }
        }
        out
    }

    /// For every language: `for_lang` gives that language's own const (English only for English),
    /// and its strings pass [`problems`].
    macro_rules! check_catalogue {
        ($module:ident) => {{
            use $module::Text;
            let own = |lang: Lang| -> &'static Text {
                match lang {
                    Lang::Vi => &$module::VI,
                    Lang::En => &$module::EN,
                    Lang::Ar => &$module::AR,
                    Lang::Zh => &$module::ZH,
                    Lang::Fr => &$module::FR,
                    Lang::Ru => &$module::RU,
                    Lang::Es => &$module::ES,
                }
            };
            let english = $module::EN.fields();
            let mut all = Vec::new();
            for lang in Lang::ALL {
                let given = Text::for_lang(lang).fields();
                assert_eq!(
                    given,
                    own(lang).fields(),
                    "{}: for_lang({lang:?}) is not {lang:?}'s own catalogue",
                    stringify!($module)
                );
                if lang != Lang::En {
                    assert_ne!(given, english, "{}: {lang:?} is English", stringify!($module));
                }
                all.extend(
                    problems(lang, &english, &given).into_iter().map(|p| format!("{}: {p}", stringify!($module))),
                );
            }
            all
        }};
    }

    #[test]
    fn every_language_has_its_own_complete_catalogues() {
        let mut all = Vec::new();
        all.extend(check_catalogue!(common));
        all.extend(check_catalogue!(countdown));
        all.extend(check_catalogue!(quiz));
        all.extend(check_catalogue!(map));
        all.extend(check_catalogue!(builder));
        all.extend(check_catalogue!(teacher));
        all.extend(check_catalogue!(share));
        all.extend(check_catalogue!(scorm));
        assert!(all.is_empty(), "catalogue problems:\n{}", all.join("\n"));
    }

    /// Punctuation between label and value, or around an aside, follows the language: Chinese
    /// uses full-width "：" "，" "（）", French a no-break space before ":" (English habits
    /// leaked into translations, or code joining with ": ", are the bug this catches).
    #[test]
    fn punctuation_follows_the_language() {
        let fields = |lang: Lang| {
            let mut all = common::Text::for_lang(lang).fields();
            all.extend(countdown::Text::for_lang(lang).fields());
            all.extend(quiz::Text::for_lang(lang).fields());
            all.extend(share::Text::for_lang(lang).fields());
            all.extend(scorm::Text::for_lang(lang).fields());
            // The CSV header is comma-separated by format, not by language.
            all.extend(map::Text::for_lang(lang).fields().into_iter().filter(|(name, _)| *name != "csv_header"));
            all
        };
        let mut wrong = Vec::new();
        for (name, text) in fields(Lang::Zh) {
            // Nor a space around full-width punctuation or between sentences.
            let spaced = text.starts_with(' ') || ["。 ", "， ", "： ", " （", "） "].iter().any(|s| text.contains(s));
            if spaced || [": ", ", ", "(", ")"].iter().any(|ascii| text.contains(ascii)) {
                wrong.push(format!("Zh.{name}: {text:?}"));
            }
        }
        for (name, text) in fields(Lang::Fr) {
            let colons = text.match_indices(':').map(|(i, _)| &text[..i]);
            if colons.into_iter().any(|before| !before.ends_with(['\u{a0}', '\u{202f}'])) {
                wrong.push(format!("Fr.{name}: {text:?}"));
            }
        }
        assert!(wrong.is_empty(), "punctuation of another language:\n{}", wrong.join("\n"));
        assert_eq!(common::ZH.colon, "：");
        assert_eq!(common::FR.colon, "\u{a0}: ");
    }

    #[test]
    fn the_check_catches_missing_extra_and_empty() {
        assert_eq!(placeholders("{n} of {total}, {n} {} {a b} {"), BTreeSet::from(["n", "total"]));
        let en = [("a", "{n} of {total}"), ("b", "Hi")];
        assert!(problems(Lang::Fr, &en, &[("a", "{n} sur {total}"), ("b", "Salut")]).is_empty());
        assert_eq!(problems(Lang::Fr, &en, &[("a", "{n} sur"), ("b", "Salut")]).len(), 1);
        assert_eq!(problems(Lang::Fr, &en, &[("a", "{n} sur {totale}"), ("b", "Salut")]).len(), 2);
        assert_eq!(problems(Lang::Fr, &en, &[("a", "{n} sur {total}"), ("b", " ")]).len(), 1);
        assert_eq!(problems(Lang::Fr, &en, &[("a", "{n} sur {total}")]).len(), 1);
    }

    #[test]
    fn fills_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "40")]), "3 of 40");
        assert_eq!(fill("a {x} b {", &[]), "a {x} b {");
        assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
        assert_eq!(fill("{}{b{a}}", &[("a", "1")]), "{}{b1}");
        assert_eq!(
            pieces("As of {date}, from {sources}.", &["sources", "date"]),
            vec![Piece::Text("As of "), Piece::Value(1), Piece::Text(", from "), Piece::Value(0), Piece::Text(".")]
        );
        assert_eq!(pieces("{x}", &["x"]), vec![Piece::Value(0)]);
    }
}
