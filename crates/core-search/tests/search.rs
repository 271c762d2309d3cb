//! The search over every state and every language, with the names file and the display names
//! the browser gives: `cargo xtask test` writes them from headless Chromium's
//! `Intl.DisplayNames` into target/display-names.tsv first (tests/e2e/tools/display-names.mjs).
//! Without that table (a plain `cargo test` before any `cargo xtask test`), the tests that need
//! it say so and pass; `cargo xtask test` makes them fail instead.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_search::{fold, parse_names, Index, Level, NameKind, NameTable, Outcome};
use unicode_normalization::UnicodeNormalization;

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

const LANGS: [&str; 7] = ["en", "vi", "ar", "zh", "fr", "ru", "es"];

fn names_file() -> NameTable {
    parse_names(include_str!("../../../data/aliases.json")).unwrap()
}

/// (code, names by language in LANGS' order), or `None` when the build has not made the table.
fn display_names() -> Option<Vec<(String, Vec<String>)>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/display-names.tsv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        assert!(std::env::var_os("AW_REQUIRE_TOOLS").is_none(), "{} is missing", path.display());
        eprintln!("skipped: no {} (`cargo xtask test` writes it from Chromium)", path.display());
        return None;
    };
    let mut lines = text.lines();
    assert_eq!(lines.next().unwrap(), format!("code\t{}", LANGS.join("\t")));
    Some(
        lines
            .map(|line| {
                let mut cells = line.split('\t').map(str::to_string);
                let code = cells.next().unwrap();
                let names: Vec<String> = cells.collect();
                assert_eq!(names.len(), LANGS.len(), "{line}");
                (code, names)
            })
            .collect(),
    )
}

/// The index as the widget builds it in `lang` (`None` without the display-name table).
fn index(lang: &str) -> Option<Index> {
    let column = LANGS.iter().position(|l| *l == lang).unwrap();
    let mut index = Index::new();
    for (code, names) in display_names()? {
        index.add(&code, NameKind::Local, &names[column], &nfd);
        index.add(&code, NameKind::English, &names[0], &nfd);
        index.add(&code, NameKind::Code, &code, &nfd);
    }
    names_file().add_to(&mut index, true, &nfd);
    Some(index)
}

fn codes(outcome: &Outcome) -> Vec<&str> {
    outcome.hits.iter().map(|h| h.code.as_str()).collect()
}

#[test]
fn folding_ignores_case_diacritics_and_punctuation() {
    let f = |t: &str| fold(t, &nfd).spaced();
    assert_eq!(f("Việt Nam"), "viet nam");
    assert_eq!(f("VIET-NAM"), "viet nam");
    assert_eq!(f("Côte d’Ivoire"), "cote d ivoire");
    assert_eq!(f("Côte d'Ivoire"), f("cote d ivoire"));
    assert_eq!(f("Đức"), "duc", "đ does not decompose");
    assert_eq!(f("Føroyar Łódź Straße Æsir Œuvre Dıyarbakır"), "foroyar lodz strasse aesir oeuvre diyarbakir");
    assert_eq!(f("  Iran (Islamic Republic of)  "), "iran islamic republic of");
    assert_eq!(f("São Tomé and Príncipe"), f("Sao Tome and Principe"));
    assert_eq!(f("Türkiye"), "turkiye");
    assert_eq!(f("Кот-д’Ивуар"), "кот д ивуар");
    assert_eq!(f("Ё"), "е");
    // Arabic: hamza and vowel marks, teh marbuta, alef maksura.
    assert_eq!(f("الإمارات"), f("الامارات"));
    assert_eq!(fold("المملكة", &nfd).compact, fold("المملكه", &nfd).compact);
    // Chinese: each character is a word, so a query matches at any character.
    assert_eq!(fold("朝鲜", &nfd).starts, [0, 3]);
    assert_eq!(f("?!…  ''"), "");
}

#[test]
fn the_names_file_covers_every_state_and_the_eu_and_the_aliases_readers_use() {
    let table = names_file();
    let mut codes: Vec<&str> = table.states.iter().map(|s| s.iso2.as_str()).collect();
    codes.sort_unstable();
    let mut expected: Vec<&str> = core_treaty::UN_STATES.to_vec();
    expected.push(core_treaty::EU);
    expected.sort_unstable();
    assert_eq!(codes, expected);
    for (alias, code) in [
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("USA", "US"),
        ("United States", "US"),
        ("Ivory Coast", "CI"),
        ("Turkey", "TR"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Cape Verde", "CV"),
        ("East Timor", "TL"),
        ("Holland", "NL"),
        ("Vatican", "VA"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Czech Republic", "CZ"),
        ("Russia", "RU"),
        ("Vietnam", "VN"),
        ("Laos", "LA"),
        ("Syria", "SY"),
        ("Macedonia", "MK"),
        ("Bolivarian Republic of Venezuela", "VE"),
        ("Zaire", "CD"),
    ] {
        assert_eq!(table.code_for(alias, &nfd), Some(code), "{alias}");
    }
    // The UN's own spellings, as its treaty pages write them.
    for (un, code) in [
        ("Viet Nam", "VN"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Republic of Korea", "KR"),
        ("Türkiye", "TR"),
        ("Czechia", "CZ"),
        ("Côte d'Ivoire", "CI"),
        ("Brunei Darussalam", "BN"),
        ("Democratic Republic of the Congo", "CD"),
        ("Congo", "CG"),
        ("European Union", "EU"),
        ("Venezuela (Bolivarian Republic of)", "VE"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
    ] {
        assert_eq!(table.code_for(un, &nfd), Some(code), "{un}");
    }
    assert_eq!(table.code_for("Korea", &nfd), None);
    assert_eq!(table.code_for("Atlantis", &nfd), None);
}

#[test]
fn no_name_in_the_file_belongs_to_two_states() {
    let table = names_file();
    let mut seen: Vec<(String, &str)> = Vec::new();
    for state in &table.states {
        for name in std::iter::once(&state.un).chain(&state.aliases) {
            let folded = fold(name, &nfd).compact;
            if let Some((_, other)) = seen.iter().find(|(f, c)| *f == folded && *c != state.iso2) {
                panic!("\"{name}\" names both {other} and {}", state.iso2);
            }
            seen.push((folded, &state.iso2));
        }
    }
}

#[test]
fn names_file_errors_name_the_line() {
    let bad = "{\"states\": [\n {\"iso2\": \"VN\", \"un\": \"Viet Nam\"},\n {\"iso2\": \"vn\", \"un\": \"x\"}]}";
    let e = parse_names(bad).unwrap_err().to_string();
    assert!(e.contains("line 3") && e.contains("two capital letters"), "{e}");
    let twice = "{\"states\": [{\"iso2\": \"VN\", \"un\": \"Viet Nam\"},\n{\"iso2\": \"VN\", \"un\": \"Vietnam\"}]}";
    assert!(parse_names(twice).unwrap_err().to_string().contains("twice"));
    assert!(parse_names("{\"states\": [{\"iso2\": \"VN\", \"un\": \" \"}]}").is_err());
    assert!(parse_names("{\"states\": [{\"iso2\": \"VN\", \"un\": \"V\", \"alias\": []}]}").is_err());
}

/// Every state, in every language, is found and selected by each of its names: the display name
/// in the reader's language and in English, the UN name, every alias, and its code.
#[test]
fn every_name_of_every_state_selects_it_in_every_language() {
    let table = names_file();
    let Some(display) = display_names() else { return };
    let mut failures = Vec::new();
    for (column, lang) in LANGS.iter().enumerate() {
        let Some(index) = index(lang) else { return };
        for (code, names) in &display {
            let state = table.of(code).unwrap();
            let mut all = vec![names[column].clone(), names[0].clone(), state.un.clone(), code.clone()];
            all.extend(state.aliases.iter().cloned());
            for name in all {
                let outcome = index.search(&name, &nfd);
                if outcome.pick.as_deref() != Some(code.as_str())
                    || outcome.hits.first().map(|h| h.code.as_str()) != Some(code)
                {
                    failures.push(format!(
                        "{lang}: \"{name}\" → pick {:?}, first {:?}",
                        outcome.pick,
                        codes(&outcome).first()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_hard_cases_in_english() {
    let Some(en) = index("en") else { return };
    let search = |q: &str| en.search(q, &nfd);
    for (query, code) in [
        ("Viet Nam", "VN"),
        ("viet nam", "VN"),
        ("Việt Nam", "VN"),
        ("Vietnam", "VN"),
        ("Russian Federation", "RU"),
        ("Turkey", "TR"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("cote d ivoire", "CI"),
        ("Britain", "GB"),
        ("UK", "GB"),
        ("uk", "GB"),
        ("U.K.", "GB"),
        ("gb", "GB"),
        ("Niger", "NE"),
        ("Guinea", "GN"),
        ("Dominica", "DM"),
        ("Sudan", "SD"),
    ] {
        let outcome = search(query);
        assert_eq!(outcome.pick.as_deref(), Some(code), "{query}: {:?}", codes(&outcome));
        assert_eq!(codes(&outcome).first().copied(), Some(code), "{query}: the pick is the first option");
    }
    // "UK" starts Ukraine too, which follows GB.
    assert_eq!(codes(&search("UK")), ["GB", "UA"]);
    // Korea is no state's name: both are listed, Enter selects neither.
    let korea = search("Korea");
    assert_eq!(korea.pick, None);
    let mut both = codes(&korea);
    both.sort_unstable();
    assert_eq!(both, ["KP", "KR"]);
    for query in ["South", "Saint", "United", "Republic", "Islands"] {
        let outcome = search(query);
        assert!(outcome.hits.len() > 1 && outcome.pick.is_none(), "{query}: {:?} {:?}", codes(&outcome), outcome.pick);
    }
    // A word anywhere in a name: "Korea" in the UN's "Democratic People's Republic of Korea".
    assert!(search("republic of korea").hits.iter().any(|h| h.code == "KP" && h.level == Level::WordStart));
    assert_eq!(search("korea north").pick.as_deref(), Some("KP"), "words in any order");
    // Only one option: Enter takes it.
    assert_eq!(search("Viet").pick.as_deref(), Some("VN"));
    // The name that matched is shown beside the label when it differs.
    let burma = search("Burma");
    assert_eq!((burma.hits[0].label.as_str(), burma.hits[0].matched.as_deref()), ("Myanmar (Burma)", Some("Burma")));
    assert_eq!(search("Vietnam").hits[0].matched, None);
    // Codes match only exactly, never by prefix: "d" does not find Algeria (DZ), "dz" does.
    assert!(!codes(&search("d")).contains(&"DZ"));
    assert_eq!(codes(&search("dz")), ["DZ"]);
    assert_eq!(search("zw").pick.as_deref(), Some("ZW"));
    assert_eq!(search("DZA").hits, []);
    // Nothing matches: say so, and suggest the closest names.
    let none = search("Atlantis");
    assert!(none.hits.is_empty() && none.pick.is_none());
    let typo = search("Germny");
    assert!(typo.hits.is_empty());
    assert_eq!(typo.suggestions.first().map(|(c, _)| c.as_str()), Some("DE"));
    assert!(search("Swizerland").suggestions.iter().any(|(c, _)| c == "CH"));
    assert!(search("Kazakstan").suggestions.iter().any(|(c, _)| c == "KZ"));
    assert_eq!(search("").hits, []);
    assert_eq!(search(" ' ").hits, []);
}

#[test]
fn the_hard_cases_in_vietnamese_and_other_languages() {
    let Some(vi) = index("vi") else { return };
    for (query, code) in [
        ("Hoa Kỳ", "US"),
        ("hoa ky", "US"),
        ("Pháp", "FR"),
        ("phap", "FR"),
        ("Việt Nam", "VN"),
        ("Viet Nam", "VN"),
        ("Đức", "DE"),
        ("duc", "DE"),
        ("Germany", "DE"),
        ("Russian Federation", "RU"),
        ("Côte d'Ivoire", "CI"),
        ("UK", "GB"),
    ] {
        assert_eq!(vi.search(query, &nfd).pick.as_deref(), Some(code), "vi {query}");
    }
    // Vietnamese "Áo" (Austria) and "Bỉ" (Belgium) fold to Angola's and Burundi's codes: capitals
    // mean the code, anything else the name.
    for (query, code) in [("Áo", "AT"), ("ao", "AT"), ("AO", "AO"), ("Bỉ", "BE"), ("BI", "BI")] {
        let outcome = vi.search(query, &nfd);
        assert_eq!(outcome.pick.as_deref(), Some(code), "vi {query}");
        assert_eq!(outcome.hits[0].code, code, "vi {query}");
    }
    let korea = vi.search("Korea", &nfd);
    assert_eq!((korea.pick, korea.hits.len()), (None, 2));
    // The label is the Vietnamese name, whatever matched.
    assert_eq!(vi.search("Ivory Coast", &nfd).hits[0].label, "Côte d’Ivoire");
    assert_eq!(vi.search("Hoa Kỳ", &nfd).hits[0].label, "Hoa Kỳ");
    // Chinese: any character of a name.
    let Some(zh) = index("zh") else { return };
    assert!(codes(&zh.search("鲜", &nfd)).contains(&"KP"));
    assert_eq!(zh.search("越南", &nfd).pick.as_deref(), Some("VN"));
    // Arabic without hamza; Russian with е for ё.
    let Some(ar) = index("ar") else { return };
    assert_eq!(ar.search("الامارات العربية المتحدة", &nfd).pick.as_deref(), Some("AE"));
    let Some(ru) = index("ru") else { return };
    assert_eq!(ru.search("кот д ивуар", &nfd).pick.as_deref(), Some("CI"));
}
