//! The names the search box finds: every participant and every place on the map, by its
//! `Intl.DisplayNames` name in the reader's language and in English, its UN name and aliases
//! (`data/aliases.json`, once it has loaded) and its code. Folding and ranking are
//! `core_search`'s, with the browser's own `normalize("NFD")`.

use crate::format::Names;
use core_geo::World;
use core_i18n::Lang;
use core_search::{Index, NameKind, NameTable, Outcome};
use core_treaty::Signatories;

/// Canonical decomposition by the browser, which costs the wasm nothing.
pub fn nfd(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFD").into()
}

/// Every participant and every place on the map (once the geometry is there), with all their
/// names.
pub fn search_index(lang: Lang, data: &Signatories, world: Option<&World>, table: Option<&NameTable>) -> Index {
    let mut codes: Vec<String> = data.participants.iter().map(|p| p.iso2.clone()).collect();
    if let Some(world) = world {
        codes.extend(world.places().into_iter().map(|(code, _)| code));
    }
    core_sort::sort(&mut codes);
    codes.dedup();
    let (local, english) = (Names::new(lang), Names::new(Lang::En));
    let mut index = Index::new();
    for code in &codes {
        let fallback = data.participant(code).map(|p| p.name.as_str());
        index.add(code, NameKind::Local, &local.of(code, fallback), &nfd);
        index.add(code, NameKind::English, &english.of(code, fallback), &nfd);
        index.add(code, NameKind::Code, code, &nfd);
    }
    if let Some(table) = table {
        table.add_to(&mut index, true, &nfd);
    }
    index
}

/// What `query` finds.
pub fn find(index: &Index, query: &str) -> Outcome {
    index.search(query, &nfd)
}

/// A code's name in the widget's language; the code itself for one the index lacks.
pub fn name_of(index: &Index, code: &str) -> String {
    index.label(code).map_or_else(|| code.to_string(), str::to_string)
}
