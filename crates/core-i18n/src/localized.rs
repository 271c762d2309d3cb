use crate::Lang;
use core_json::{DataError, Node};

/// Text in several languages, as data files hold it: `{"en": "…", "vi": "…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized(Vec<(Lang, String)>);

impl Localized {
    pub fn new(entries: Vec<(Lang, String)>) -> Self {
        Localized(entries)
    }

    /// The text in `lang`, else English, else Vietnamese, else whatever there is.
    pub fn get(&self, lang: Lang) -> &str {
        self.resolve(lang).1
    }

    /// Like `get`, with the language the text is actually in: a widget in Arabic showing an
    /// English fallback must mark it `lang="en" dir="ltr"`, or it reads backwards.
    pub fn resolve(&self, lang: Lang) -> (Lang, &str) {
        [lang, Lang::En, Lang::Vi]
            .iter()
            .find_map(|want| self.0.iter().find(|(l, _)| l == want))
            .or_else(|| self.0.first())
            .map_or((lang, ""), |(l, text)| (*l, text.as_str()))
    }

    pub fn has(&self, lang: Lang) -> bool {
        self.0.iter().any(|(l, _)| *l == lang)
    }

    pub fn entries(&self) -> &[(Lang, String)] {
        &self.0
    }

    /// Reads a language-keyed object. Every language in `required` must be present and non-blank;
    /// unknown language keys are errors, so that a typo ("vn") does not silently drop a translation.
    pub fn parse(node: &Node<'_>, required: &[Lang]) -> Result<Self, DataError> {
        let mut entries = Vec::new();
        for (key, value) in node.members()? {
            let lang = Lang::from_code(key).ok_or_else(|| {
                value.error(format!("unknown language \"{key}\" (expected one of: vi, en, ar, zh, fr, ru, es)"))
            })?;
            let text = value.as_str()?;
            if text.trim().is_empty() {
                return Err(value.error("is empty"));
            }
            entries.push((lang, text.to_string()));
        }
        for lang in required {
            if !entries.iter().any(|(l, _)| l == lang) {
                return Err(node.error(format!("has no \"{}\" text", lang.code())));
            }
        }
        Ok(Localized(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str, required: &[Lang]) -> Result<Localized, DataError> {
        let v = core_json::parse(text).unwrap();
        Localized::parse(&Node::root(&v), required)
    }

    #[test]
    fn falls_back_to_english_then_vietnamese() {
        let l = parse(r#"{"vi": "Xin chào", "en": "Hello"}"#, &[Lang::En]).unwrap();
        assert_eq!(l.get(Lang::Vi), "Xin chào");
        assert_eq!(l.get(Lang::Fr), "Hello");
        let only_vi = parse(r#"{"vi": "Xin chào"}"#, &[]).unwrap();
        assert_eq!(only_vi.get(Lang::Ar), "Xin chào");
        assert_eq!(l.resolve(Lang::Ar), (Lang::En, "Hello"));
        assert_eq!(l.resolve(Lang::Vi), (Lang::Vi, "Xin chào"));
    }

    #[test]
    fn reports_missing_unknown_and_blank_languages() {
        assert_eq!(parse(r#"{"en": "Hi"}"#, &[Lang::En, Lang::Vi]).unwrap_err().message, "has no \"vi\" text");
        assert!(parse(r#"{"vn": "Chào"}"#, &[]).unwrap_err().message.contains("unknown language"));
        assert_eq!(parse(r#"{"en": "  "}"#, &[]).unwrap_err().message, "is empty");
        assert!(parse(r#""Hi""#, &[]).is_err());
    }
}
