//! The data files widgets fetch from their own site at run time, written into `dist/assets/`
//! under content-hashed names:
//!
//! - `data/quiz/bank.<lang>.json`: the built-in quiz bank in one language each (a reader gets
//!   the questions in their language, not every language's), in the bank format itself, so the
//!   quiz reads them with the parser it uses for a page's own bank;
//! - `data/events.<lang>.json`: the countdown's built-in milestones in one language each, in
//!   the events format, so its wasm holds neither the file nor six languages it does not show;
//! - `data/world.json`: the map's geometry;
//! - `data/aliases.json`: the names the map's search finds besides the browser's (UN names,
//!   common and former names), minified; the map fetches it when the reader enters the search;
//! - `text/<widget>.<lang>.txt`: each widget's UI strings in each language but English, which
//!   its wasm holds alone (`core_i18n::pack`).
//!
//! Each widget's entry script starts the downloads its elements will need as soon as it runs,
//! in parallel with the wasm (see entry.js).

use crate::bundle::hashed_name;
use crate::{root, Result};
use core_i18n::pack::{self, Section};
use core_i18n::Lang;
use std::fs;
use std::path::Path;

/// A shipped file: the name widgets ask for, where it is in `dist/`, and which bundles use it.
#[derive(Debug, Clone)]
pub struct Shipped {
    pub name: String,
    pub path: String,
    pub bundles: &'static [&'static str],
    /// An English page of the widget fetches it as it loads (the size report counts it); not
    /// the other languages' files, nor the map's names file, fetched on the first search.
    pub on_english_load: bool,
}

const QUIZ: &[&str] = &["scam-quiz", "all"];
const MAP: &[&str] = &["signatory-map", "all"];
const COUNTDOWN: &[&str] = &["event-countdown", "all"];

/// Each widget's element, the bundles that hold it, and its language pack's catalogues (as the
/// widget's `SPEC.text` reads them).
const WIDGETS: [(&str, &[&str], [Section; 2]); 3] = [
    ("event-countdown", COUNTDOWN, [pack::COMMON, pack::COUNTDOWN]),
    ("scam-quiz", QUIZ, [pack::COMMON, pack::QUIZ]),
    ("signatory-map", MAP, [pack::COMMON, pack::MAP]),
];

/// Writes every shipped file into `dist/assets/`.
pub fn write(dist: &Path) -> Result<Vec<Shipped>> {
    let assets = dist.join("assets");
    fs::create_dir_all(&assets)?;
    let mut shipped = Vec::new();
    let mut put =
        |name: String, stem: &str, bytes: &[u8], bundles: &'static [&'static str], on_english_load| -> Result {
            let (_, extension) = name.rsplit_once('.').unwrap_or((&name, "json"));
            let file = hashed_name(stem, extension, bytes);
            fs::write(assets.join(&file), bytes)?;
            shipped.push(Shipped { name, path: format!("assets/{file}"), bundles, on_english_load });
            Ok(())
        };
    for lang in bank_languages()? {
        let code = lang.code();
        let json = single_language_bank(core_quiz::BUILT_IN_JSON, lang)?;
        put(format!("data/quiz/bank.{code}.json"), &format!("bank.{code}"), json.as_bytes(), QUIZ, lang == Lang::En)?;
    }
    for lang in Lang::ALL {
        let code = lang.code();
        let json = single_language_events(core_countdown::events::BUILT_IN_JSON, lang)?;
        put(
            core_countdown::events::shipped_file(lang),
            &format!("events.{code}"),
            json.as_bytes(),
            COUNTDOWN,
            lang == Lang::En,
        )?;
    }
    let world = fs::read(root().join("data/world.json"))?;
    put("data/world.json".into(), "world", &world, MAP, true)?;
    let aliases = minified(&fs::read_to_string(root().join("data/aliases.json"))?)?;
    put("data/aliases.json".into(), "aliases", aliases.as_bytes(), MAP, false)?;
    for (tag, bundles, sections) in WIDGETS {
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            let text = language_pack(lang, &sections)?;
            let stem = format!("text.{tag}.{}", lang.code());
            put(pack::file_name(tag, lang.code()), &stem, text.as_bytes(), bundles, false)?;
        }
    }
    Ok(shipped)
}

/// The pack of `lang` with the catalogues `sections`, checked by the loader the widget uses.
fn language_pack(lang: Lang, sections: &[Section]) -> Result<String> {
    let mut texts = Vec::new();
    for section in sections {
        let name = section.name;
        texts.push((name, pack::section_texts(name, lang).ok_or(format!("no catalogue {name}"))?));
    }
    let text = pack::write(lang, &texts)?;
    pack::load(&text, sections).map_err(|e| format!("the {} pack does not load: {e}", lang.code()))?;
    Ok(text)
}

/// The names file without its note and spaces, checked by the parser the widget uses.
fn minified(json: &str) -> Result<String> {
    core_search::parse_names(json).map_err(|e| format!("data/aliases.json: {e}"))?;
    let mut value: serde_json::Value = serde_json::from_str(json)?;
    if let Some(object) = value.as_object_mut() {
        object.remove("note");
        object.remove("$schema");
    }
    Ok(value.to_string())
}

/// The languages of the built-in bank, as its parser reads them.
pub fn bank_languages() -> Result<Vec<Lang>> {
    let bank = core_quiz::built_in().map_err(|errors| {
        let first = errors.first().map(ToString::to_string).unwrap_or_default();
        format!("data/quiz/bank.json: {} errors, first: {first}", errors.len())
    })?;
    Ok(bank.languages)
}

/// The bank `json` with every text in `lang` alone, minified. The result must pass the bank
/// parser, or the build stops.
pub fn single_language_bank(json: &str, lang: Lang) -> Result<String> {
    let text = in_one_language(json, lang, |top| {
        top.insert("languages".into(), serde_json::json!([lang.code()]));
    })?;
    core_quiz::parse_bank(&text).map_err(|errors| {
        format!(
            "the {} bank does not validate: {}",
            lang.code(),
            errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
        )
    })?;
    Ok(text)
}

/// The built-in events `json` with every text in `lang` alone, minified. The result must pass
/// the parser the countdown reads it with, or the build stops.
fn single_language_events(json: &str, lang: Lang) -> Result<String> {
    let text = in_one_language(json, lang, |top| {
        top.remove("$schema");
    })?;
    core_countdown::Events::parse_requiring(&text, &[lang])
        .map_err(|e| format!("data/events.json in {} alone does not validate: {e}", lang.code()))?;
    Ok(text)
}

/// `json` with its texts in `lang` alone (`keep_language`) and its top object changed by `top`,
/// minified.
fn in_one_language(
    json: &str,
    lang: Lang,
    top: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>),
) -> Result<String> {
    let mut value: serde_json::Value = serde_json::from_str(json)?;
    keep_language(&mut value, lang);
    if let Some(object) = value.as_object_mut() {
        top(object);
    }
    Ok(serde_json::to_string(&value)?)
}

/// Replaces each language-keyed text (an object whose keys are all language codes) with its
/// `lang` entry alone. A text without one keeps what it has, and the bank parser then refuses
/// the result (every text of a bank is in all its languages, and every built-in event's in all
/// seven), which stops the build.
fn keep_language(value: &mut serde_json::Value, lang: Lang) {
    match value {
        serde_json::Value::Object(map) => {
            let is_text = !map.is_empty() && map.iter().all(|(k, v)| Lang::from_code(k).is_some() && v.is_string());
            if is_text {
                if let Some(kept) = map.get(lang.code()).cloned() {
                    map.clear();
                    map.insert(lang.code().into(), kept);
                }
            } else {
                map.values_mut().for_each(|v| keep_language(v, lang));
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| keep_language(v, lang)),
        _ => {}
    }
}

/// JS for `bundle`'s entry script that starts the downloads its elements in the page will need
/// (see entry.js). The quiz's bank language is a guess made as the widget will make it, from the
/// element's or page's `lang`; a wrong guess costs only a second download.
pub fn downloads_js(bundle: &str, bank_languages: &[Lang]) -> String {
    // The element's language as the widget will negotiate it (its own `lang`, else the page's,
    // else the browser's), by primary subtag.
    let mut js = String::from(
        "const langOf = (el) => (el.closest(\"[lang]\")?.getAttribute(\"lang\") || navigator.language || \"\")\n\
         \x20 .trim().toLowerCase().split(/[-_]/)[0];\n",
    );
    // Language packs: `download` skips the names the bundle does not ship (English, and
    // languages we do not speak).
    for (tag, _, _) in WIDGETS.iter().filter(|(_, bundles, _)| bundles.contains(&bundle)) {
        js += &format!(
            "for (const el of document.querySelectorAll(\"{tag}\")) download(`{}`);\n",
            pack::file_name(tag, "${langOf(el)}")
        );
    }
    if QUIZ.contains(&bundle) {
        let own = "el.hasAttribute(\"src\") || el.querySelector(':scope > script[type=\"application/json\"]')";
        js += &built_in_data_js("scam-quiz", own, "data/quiz/bank.", bank_languages);
    }
    if COUNTDOWN.contains(&bundle) {
        js += &built_in_data_js("event-countdown", "el.hasAttribute(\"src\")", "data/events.", &Lang::ALL);
    }
    if MAP.contains(&bundle) {
        js += "if (document.querySelector(\"signatory-map\")) download(\"data/world.json\");\n";
    }
    js
}

/// JS that starts `<prefix><lang>.json` for each `tag` element without data of its own (`own`),
/// in the language the widget will ask for: the element's if it is one of `langs`, else English.
fn built_in_data_js(tag: &str, own: &str, prefix: &str, langs: &[Lang]) -> String {
    let langs: Vec<String> = langs.iter().map(|l| format!("\"{}\"", l.code())).collect();
    format!(
        "for (const el of document.querySelectorAll(\"{tag}\")) {{\n\
         \x20 if ({own}) continue;\n\
         \x20 const lang = langOf(el);\n\
         \x20 download(`{prefix}${{[{}].includes(lang) ? lang : \"en\"}}.json`);\n}}\n",
        langs.join(", ")
    )
}

/// The JSON object an entry script gets: shipped name → hashed path, for the files `bundle` uses.
pub fn assets_json(shipped: &[Shipped], bundle: &str) -> String {
    let pairs: serde_json::Map<String, serde_json::Value> = shipped
        .iter()
        .filter(|s| s.bundles.contains(&bundle))
        .map(|s| (s.name.clone(), serde_json::Value::String(s.path.clone())))
        .collect();
    serde_json::Value::Object(pairs).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_language_bank_holds_that_language_only_and_stays_a_valid_bank() {
        let vi = single_language_bank(core_quiz::BUILT_IN_JSON, Lang::Vi).unwrap();
        let bank = core_quiz::parse_bank(&vi).unwrap();
        assert_eq!(bank.languages, vec![Lang::Vi]);
        let full = core_quiz::built_in().unwrap();
        assert_eq!(bank.questions.len(), full.questions.len());
        assert_eq!(bank.questions[0].prompt.get(Lang::Vi), full.questions[0].prompt.get(Lang::Vi));
        assert!(!vi.contains("\"en\":"), "no English text left in the Vietnamese bank");
        assert!(vi.len() < core_quiz::BUILT_IN_JSON.len() / 2 + 10_000, "{} bytes", vi.len());
    }

    #[test]
    fn a_text_missing_the_language_is_kept_and_then_refused() {
        let mut value = serde_json::json!({"prompt": {"en": "Hello", "vi": "Xin chào"}, "title": {"en": "Only English"}, "id": "x"});
        keep_language(&mut value, Lang::Vi);
        assert_eq!(
            value,
            serde_json::json!({"prompt": {"vi": "Xin chào"}, "title": {"en": "Only English"}, "id": "x"})
        );
        assert!(single_language_bank(core_quiz::BUILT_IN_JSON, Lang::Ar).is_err(), "no Arabic text: refused");
    }

    #[test]
    fn the_built_in_events_ship_one_language_per_file() {
        for lang in Lang::ALL {
            let json = single_language_events(core_countdown::events::BUILT_IN_JSON, lang).unwrap();
            let events = core_countdown::Events::parse_requiring(&json, &[lang]).unwrap();
            let full = core_countdown::built_in().unwrap();
            assert_eq!(events.all().len(), full.all().len());
            for (one, all) in events.all().iter().zip(full.all()) {
                assert_eq!(one.title.entries(), [(lang, all.title.get(lang).to_string())]);
                assert_eq!(one.timing(), all.timing());
            }
        }
        let en = single_language_events(core_countdown::events::BUILT_IN_JSON, Lang::En).unwrap();
        assert!(!en.contains("\"vi\":") && !en.contains("$schema"), "{en}");
    }

    #[test]
    fn each_entry_gets_the_files_of_its_own_widgets() {
        let shipped = [
            Shipped {
                name: "data/quiz/bank.vi.json".into(),
                path: "assets/bank.vi.0.json".into(),
                bundles: QUIZ,
                on_english_load: false,
            },
            Shipped {
                name: "data/world.json".into(),
                path: "assets/world.1.json".into(),
                bundles: MAP,
                on_english_load: true,
            },
        ];
        assert_eq!(assets_json(&shipped, "scam-quiz"), r#"{"data/quiz/bank.vi.json":"assets/bank.vi.0.json"}"#);
        assert_eq!(assets_json(&shipped, "event-countdown"), "{}");
        assert!(assets_json(&shipped, "all").contains("world"));
    }
}
