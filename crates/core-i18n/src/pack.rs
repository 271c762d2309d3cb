//! Language packs: one widget's UI strings in one language, as a small text file the widget
//! fetches beside its wasm, so the wasm carries English alone (see the `packs` feature in
//! `catalog.rs`). `cargo xtask dist` writes them from the catalogues with [`write`]; the widget
//! reads them with [`load`]. A pack is the language's code, then each section: a line with the
//! catalogue's name and number of strings, and the strings one per line, in field order. No
//! field names and no JSON, so reading one takes little code in the wasm; a pack is built with
//! the wasm that reads it and both are content-hashed, so their field order always agrees.
//!
//! ```text
//! vi
//! common 33
//! Đóng
//! …
//! countdown 20
//! Bộ đếm ngược sự kiện
//! …
//! ```

use crate::{common, countdown, map, quiz, Lang};

/// A catalogue as a pack section: its name, its number of strings, and what registers it.
#[derive(Clone, Copy)]
pub struct Section {
    pub name: &'static str,
    pub count: usize,
    pub load: fn(Lang, &mut dyn Iterator<Item = &'static str>),
}

pub const COMMON: Section = Section { name: "common", count: common::Text::FIELD_COUNT, load: common::Text::load };
pub const COUNTDOWN: Section =
    Section { name: "countdown", count: countdown::Text::FIELD_COUNT, load: countdown::Text::load };
pub const MAP: Section = Section { name: "map", count: map::Text::FIELD_COUNT, load: map::Text::load };
pub const QUIZ: Section = Section { name: "quiz", count: quiz::Text::FIELD_COUNT, load: quiz::Text::load };

/// Where `tag`'s pack for `lang` is shipped, `text/<tag>.<lang>.txt`: the one name the build,
/// the entry script and the widget use.
pub fn file_name(tag: &str, lang: &str) -> String {
    let mut name = prefix(tag);
    name.push_str(lang);
    name.push_str(".txt");
    name
}

/// What every pack name of `tag` starts with.
pub fn prefix(tag: &str) -> String {
    let mut name = String::from("text/");
    name.push_str(tag);
    name.push('.');
    name
}

/// The strings of section `name` in `lang`, in field order, from the compiled-in catalogues
/// (for [`write`]; not in the widgets' build, where only English is compiled in).
#[cfg(not(feature = "packs"))]
pub fn section_texts(name: &str, lang: Lang) -> Option<Vec<&'static str>> {
    use crate::Catalog;
    let fields = match name {
        "common" => common::Text::for_lang(lang).fields(),
        "countdown" => countdown::Text::for_lang(lang).fields(),
        "map" => map::Text::for_lang(lang).fields(),
        "quiz" => quiz::Text::for_lang(lang).fields(),
        _ => return None,
    };
    Some(fields.into_iter().map(|(_, text)| text).collect())
}

/// The pack of `lang` with `sections` (section name, strings in field order). A string with a
/// line break cannot go in a pack (none of the catalogues has one).
pub fn write(lang: Lang, sections: &[(&str, Vec<&str>)]) -> Result<String, String> {
    let mut out = String::from(lang.code());
    out.push('\n');
    for (name, texts) in sections {
        out.push_str(&format!("{name} {}\n", texts.len()));
        for text in texts {
            if text.contains(['\n', '\r']) {
                return Err(format!("{name}: a string with a line break: {text:?}"));
            }
            out.push_str(text);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Reads a pack whose sections are among `sections` and registers them, so `for_lang` gives
/// them from now on. Nothing is registered unless every section is whole. Returns the language.
pub fn load(pack: &str, sections: &[Section]) -> Result<Lang, String> {
    let mut lines = pack.strip_suffix('\n').unwrap_or(pack).split('\n');
    let code = lines.next().unwrap_or_default();
    let lang = Lang::from_code(code).ok_or_else(|| format!("unknown language \"{code}\""))?;
    let mut read = Vec::new();
    while let Some(header) = lines.next().filter(|line| !line.is_empty()) {
        let (name, count) = header.split_once(' ').unwrap_or((header, ""));
        let section =
            sections.iter().find(|s| s.name == name).ok_or_else(|| format!("unexpected section \"{name}\""))?;
        if count.parse() != Ok(section.count) {
            return Err(format!("{name}: \"{count}\" strings, expected {}", section.count));
        }
        let texts: Vec<&str> = lines.by_ref().take(section.count).collect();
        if texts.len() != section.count {
            return Err(format!("{name}: the pack ends after {} strings", texts.len()));
        }
        read.push((section, texts));
    }
    for (section, texts) in read {
        let mut kept = texts.into_iter().map(|text| -> &'static str { Box::leak(text.to_owned().into_boxed_str()) });
        (section.load)(lang, &mut kept);
    }
    Ok(lang)
}

// The packs are written from the compiled-in languages, which the `packs` build leaves out.
#[cfg(test)]
#[cfg(not(feature = "packs"))]
mod tests {
    use super::*;

    fn pack(lang: Lang, names: &[&str]) -> String {
        let sections: Vec<(&str, Vec<&str>)> =
            names.iter().map(|name| (*name, section_texts(name, lang).unwrap())).collect();
        write(lang, &sections).unwrap()
    }

    #[test]
    fn a_written_pack_loads_as_the_catalogues_it_came_from() {
        let text = pack(Lang::Ar, &["common", "countdown"]);
        assert!(text.starts_with(&format!("ar\ncommon {}\n", common::Text::FIELD_COUNT)), "{text}");
        assert!(!text.contains("time_left"), "no field names");
        assert_eq!(load(&text, &[COMMON, COUNTDOWN]), Ok(Lang::Ar));
        assert_eq!(countdown::Text::loaded(Lang::Ar).unwrap().fields(), countdown::AR.fields());
        assert_eq!(common::Text::loaded(Lang::Ar).unwrap().fields(), common::AR.fields());
        assert!(map::Text::loaded(Lang::Ar).is_none(), "only the pack's sections are registered");
    }

    #[test]
    fn a_broken_pack_registers_nothing_and_says_what_is_wrong() {
        // A whole first section, then one a string short: neither is registered.
        let mut texts = section_texts("map", Lang::Fr).unwrap();
        texts.pop();
        let count = map::Text::FIELD_COUNT;
        let short = write(Lang::Fr, &[("common", section_texts("common", Lang::Fr).unwrap()), ("map", texts)]).unwrap();
        assert_eq!(load(&short, &[COMMON, MAP]), Err(format!("map: \"{}\" strings, expected {count}", count - 1)));
        // The right count, and the file cut short.
        let cut = short.replace(&format!("map {}\n", count - 1), &format!("map {count}\n"));
        assert_eq!(load(&cut, &[COMMON, MAP]), Err(format!("map: the pack ends after {} strings", count - 1)));
        assert!(common::Text::loaded(Lang::Fr).is_none());
        // A section the widget does not read, a language we do not speak, an empty file.
        let quiz = pack(Lang::Ru, &["quiz"]);
        assert_eq!(load(&quiz, &[COMMON, MAP]), Err("unexpected section \"quiz\"".to_string()));
        assert_eq!(load(&quiz.replacen("ru", "de", 1), &[QUIZ]), Err("unknown language \"de\"".to_string()));
        assert!(load("", &[COMMON]).is_err());
        assert!(quiz::Text::loaded(Lang::Ru).is_none());
        // A string with a line break would shift every string after it: refused when written.
        assert!(write(Lang::Zh, &[("common", vec!["two\nlines"])]).is_err());
    }

    #[test]
    fn every_section_can_be_written_in_every_language() {
        for section in [COMMON, COUNTDOWN, MAP, QUIZ] {
            for lang in Lang::ALL {
                assert_eq!(section_texts(section.name, lang).unwrap().len(), section.count);
            }
        }
        assert!(section_texts("builder", Lang::Vi).is_none());
    }
}
