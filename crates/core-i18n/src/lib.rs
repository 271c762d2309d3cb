//! Languages, language negotiation, localized data text and the widgets' UI catalogues.
//!
//! Dates, numbers, plurals and country names mostly come from the browser's `Intl` APIs, at no
//! cost in wasm size. The exception is `count`: whole numbers and time units in words, so the
//! countdown's first frame needs no `Intl` (see there why).

mod catalog;
pub mod count;
mod localized;
pub mod pack;

pub use catalog::{builder, common, countdown, fill, map, pieces, quiz, scorm, share, teacher, Catalog, Piece};
pub use localized::Localized;

/// The languages the widgets speak: Vietnamese and English first, then the other UN languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Vi,
    En,
    Ar,
    Zh,
    Fr,
    Ru,
    Es,
}

/// The outcome of matching a requested BCP 47 tag against what we support.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negotiated {
    pub lang: Lang,
    /// False when the request was not supported and we fell back to English.
    pub supported: bool,
}

impl Lang {
    pub const ALL: [Lang; 7] = [Lang::Vi, Lang::En, Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag we hand to `Intl` and write into `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// Exact match on a primary language subtag ("vi"), case-insensitive.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language's name in itself, for language pickers ("Tiếng Việt", "العربية").
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Vi => "Tiếng Việt",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `"rtl"` or `"ltr"`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The languages whose UI catalogues are complete (all of them; the catalogue test checks
    /// it). A widget in any other language would mix English words with dates and numbers that
    /// `Intl` formats in that language, so those fall back to English entirely.
    pub const TRANSLATED: [Lang; 7] = Lang::ALL;

    /// Matches a BCP 47 tag ("vi-VN", "zh-Hant-TW", "EN") by its primary subtag; anything not
    /// translated falls back to English and says so, so the caller can log it.
    pub fn negotiate(tag: &str) -> Negotiated {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match Lang::from_code(primary).filter(|l| Lang::TRANSLATED.contains(l)) {
            Some(lang) => Negotiated { lang, supported: true },
            None => Negotiated { lang: Lang::En, supported: false },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_primary_subtag() {
        assert_eq!(Lang::negotiate("vi-VN"), Negotiated { lang: Lang::Vi, supported: true });
        assert_eq!(Lang::negotiate(" EN ").lang, Lang::En);
        assert_eq!(Lang::negotiate("vi_VN").lang, Lang::Vi);
        assert_eq!(Lang::negotiate("ar-EG"), Negotiated { lang: Lang::Ar, supported: true });
        assert_eq!(Lang::negotiate("zh-Hant-TW"), Negotiated { lang: Lang::Zh, supported: true });
        // Not one of ours: English throughout, reported as unsupported.
        assert_eq!(Lang::negotiate("ja-JP"), Negotiated { lang: Lang::En, supported: false });
        assert_eq!(Lang::negotiate("de-DE"), Negotiated { lang: Lang::En, supported: false });
        assert_eq!(Lang::negotiate(""), Negotiated { lang: Lang::En, supported: false });
    }

    #[test]
    fn codes_round_trip_and_only_arabic_is_rtl() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.is_rtl(), lang == Lang::Ar);
        }
    }
}
