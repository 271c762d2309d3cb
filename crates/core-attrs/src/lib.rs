//! Attribute parsing every widget shares.
//!
//! Widgets read attributes through a lookup closure, so the same code serves custom elements
//! (attributes) and iframe pages (query parameters), and is tested natively.

use core_i18n::{Lang, Negotiated};
pub use core_json::elide;
pub use core_json::MAX_MESSAGE_CHARS;

/// Longest attribute value a problem quotes.
pub const MAX_VALUE_CHARS: usize = 60;

/// How a widget reads one attribute: `None` when it is absent.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The value of attribute `name` in a snapshot of (name, value) pairs: what a [`Lookup`] reads.
pub fn attribute(attrs: &[(String, String)], name: &str) -> Option<String> {
    attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
}

/// An attribute value the widget could not use. The widget shows a short localized notice and
/// logs `detail` (English) to the console; it keeps working with a default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub attribute: String,
    pub value: String,
    /// What is wrong, for developers reading the console.
    pub detail: String,
}

impl Problem {
    /// The value is shortened for the notice (a page can set a megabyte attribute).
    pub fn new(attribute: &str, value: &str, detail: impl Into<String>) -> Self {
        let detail = detail.into();
        Problem {
            attribute: attribute.to_string(),
            value: elide(value, MAX_VALUE_CHARS).into_owned(),
            detail: elide(&detail, MAX_MESSAGE_CHARS).into_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// The attributes every widget has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Common {
    pub lang: Negotiated,
    /// The tag that was asked for, for the console note when it is not supported.
    pub requested_lang: String,
    pub theme: Theme,
    /// A data file replacing the built-in data; relative URLs resolve against the page.
    pub src: Option<String>,
}

/// Each widget's attributes from the public contract, the common `lang`, `theme` and `src`
/// first. The widgets accept exactly these; the demo site's builder offers exactly these.
pub const QUIZ_ATTRIBUTES: &[&str] =
    &["lang", "theme", "src", "questions", "topics", "seed", "persist", "pass", "resume"];
pub const COUNTDOWN_ATTRIBUTES: &[&str] =
    &["lang", "theme", "src", "event", "at", "until", "title", "time-zone", "location"];
pub const MAP_ATTRIBUTES: &[&str] = &["lang", "theme", "src", "highlight", "view"];

/// Attributes of HTML itself that any element may carry; they are not ours to warn about.
const GLOBAL_ATTRIBUTES: &[&str] = &[
    "accesskey",
    "autofocus",
    "class",
    "contenteditable",
    "dir",
    "draggable",
    "enterkeyhint",
    "exportparts",
    "hidden",
    "id",
    "inert",
    "inputmode",
    "is",
    "itemid",
    "itemprop",
    "itemref",
    "itemscope",
    "itemtype",
    "lang",
    "nonce",
    "part",
    "popover",
    "role",
    "slot",
    "spellcheck",
    "style",
    "tabindex",
    "title",
    "translate",
];

/// The attributes in `present` that neither HTML nor this widget defines, for a console warning
/// (a misspelt `quesitons="5"` would otherwise be ignored without a trace).
pub fn unknown_attributes<'a>(present: &'a [String], widget: &[&str]) -> Vec<&'a str> {
    present
        .iter()
        .map(String::as_str)
        .filter(|name| {
            let name = name.to_ascii_lowercase();
            !(GLOBAL_ATTRIBUTES.contains(&name.as_str())
                || widget.contains(&name.as_str())
                || name.starts_with("data-")
                || name.starts_with("aria-")
                || name.starts_with("on"))
        })
        .collect()
}

/// The language tag the widget was asked for: its own `lang`, else the page's.
pub fn requested_lang(get: Lookup<'_>, page_lang: &str) -> String {
    get("lang").filter(|l| !l.trim().is_empty()).unwrap_or_else(|| page_lang.to_string())
}

/// Reads `lang`, `theme` and `src`. `page_lang` is the nearest `lang` in the page, else the
/// browser's language; it applies when the element has no `lang` of its own.
pub fn parse_common(get: Lookup<'_>, page_lang: &str, problems: &mut Vec<Problem>) -> Common {
    let requested_lang = requested_lang(get, page_lang);
    let lang = Lang::negotiate(&requested_lang);

    let theme = match get("theme").as_deref().map(str::trim) {
        None | Some("") => Theme::Auto,
        Some(v) => match v.to_ascii_lowercase().as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            "auto" => Theme::Auto,
            _ => {
                problems.push(Problem::new("theme", v, "expected light, dark or auto"));
                Theme::Auto
            }
        },
    };

    let src = match get("src") {
        None => None,
        Some(v) if v.trim().is_empty() => None,
        Some(v) => {
            let url = v.trim();
            let scheme = url.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
            let is_scheme = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
            match scheme {
                Some(s) if is_scheme(&s) && !matches!(s.as_str(), "http" | "https") => {
                    problems.push(Problem::new(
                        "src",
                        url,
                        "only http(s) URLs or paths relative to the page are allowed",
                    ));
                    None
                }
                _ => Some(url.to_string()),
            }
        }
    };

    Common { lang, requested_lang, theme, src }
}

/// Reads a whole number attribute within `range`; out-of-range or garbage values are problems.
pub fn parse_count(
    get: Lookup<'_>,
    name: &str,
    range: std::ops::RangeInclusive<u32>,
    problems: &mut Vec<Problem>,
) -> Option<u32> {
    let raw = get(name)?;
    match raw.trim().parse::<u32>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            problems.push(Problem::new(
                name,
                &raw,
                format!("expected a whole number from {} to {}", range.start(), range.end()),
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn lang_comes_from_the_attribute_else_the_page() {
        let mut p = vec![];
        assert_eq!(parse_common(&attrs(&[("lang", "vi-VN")]), "en", &mut p).lang.lang, Lang::Vi);
        assert_eq!(parse_common(&attrs(&[]), "vi", &mut p).lang.lang, Lang::Vi);
        let unsupported = parse_common(&attrs(&[("lang", "de")]), "vi", &mut p);
        assert_eq!((unsupported.lang.lang, unsupported.lang.supported), (Lang::En, false));
        assert_eq!(unsupported.requested_lang, "de");
        assert!(p.is_empty(), "an unsupported language is a console note, not a problem");
    }

    #[test]
    fn bad_theme_is_a_problem_and_falls_back_to_auto() {
        let mut p = vec![];
        assert_eq!(parse_common(&attrs(&[("theme", "DARK")]), "en", &mut p).theme, Theme::Dark);
        assert_eq!(parse_common(&attrs(&[("theme", "blue")]), "en", &mut p).theme, Theme::Auto);
        assert_eq!(p, vec![Problem::new("theme", "blue", "expected light, dark or auto")]);
    }

    #[test]
    fn src_allows_http_and_relative_urls_only() {
        let mut p = vec![];
        let src = |v: &'static str, p: &mut Vec<Problem>| {
            let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("src", v)]));
            parse_common(&attrs(pairs), "en", p).src
        };
        assert_eq!(src("https://example.org/bank.json", &mut p).as_deref(), Some("https://example.org/bank.json"));
        assert_eq!(src("data/bank.json", &mut p).as_deref(), Some("data/bank.json"));
        assert_eq!(src("/x.json?a=b:c", &mut p).as_deref(), Some("/x.json?a=b:c"));
        assert!(p.is_empty());
        assert_eq!(src("javascript:alert(1)", &mut p), None);
        assert_eq!(src(" JavaScript:alert(1)", &mut p), None);
        assert_eq!(src("data:application/json,{}", &mut p), None);
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn counts_outside_the_range_are_problems() {
        let mut p = vec![];
        assert_eq!(parse_count(&attrs(&[("questions", " 5 ")]), "questions", 1..=50, &mut p), Some(5));
        assert_eq!(parse_count(&attrs(&[("questions", "0")]), "questions", 1..=50, &mut p), None);
        assert_eq!(parse_count(&attrs(&[("questions", "ten")]), "questions", 1..=50, &mut p), None);
        assert_eq!(parse_count(&attrs(&[]), "questions", 1..=50, &mut p), None);
        assert_eq!(p.len(), 2);
    }

    #[test]
    fn unknown_attributes_skip_html_and_our_own() {
        let present: Vec<String> = ["class", "lang", "quesitons", "data-x", "aria-label", "seed", "onclick", "foo"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(unknown_attributes(&present, &["seed", "questions"]), vec!["quesitons", "foo"]);
    }
}
