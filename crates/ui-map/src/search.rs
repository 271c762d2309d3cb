//! The names the search box finds: every participant and every place on the map, in the
//! reader's language and in English, folded once when the names are made.

use crate::format::Names;
use core_geo::World;
use core_i18n::Lang;
use core_treaty::Signatories;

/// A place the reader can find, with its name in the widget's language.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchName {
    pub code: String,
    pub name: String,
    /// `name` folded (see [`fold`]).
    pub folded: String,
    /// The English name folded, so "Germany" finds Đức in Vietnamese.
    pub folded_english: String,
}

impl SearchName {
    /// Whether an already folded query is part of either name.
    fn matches(&self, folded_query: &str) -> bool {
        self.folded.contains(folded_query) || self.folded_english.contains(folded_query)
    }
}

/// The names of every participant and every place on the map (once the geometry is there),
/// sorted by code.
pub fn search_names(lang: Lang, data: &Signatories, world: Option<&World>) -> Vec<SearchName> {
    let mut codes: Vec<String> = data.participants.iter().map(|p| p.iso2.clone()).collect();
    if let Some(world) = world {
        codes.extend(world.places().into_iter().map(|(code, _)| code));
    }
    codes.sort();
    codes.dedup();
    let (local, english) = (Names::new(lang), Names::new(Lang::En));
    codes
        .into_iter()
        .map(|code| {
            let fallback = data.participant(&code).map(|p| p.name.as_str());
            let name = local.of(&code, fallback);
            let folded_english = fold(&english.of(&code, fallback));
            SearchName { folded: fold(&name), folded_english, name, code }
        })
        .collect()
}

/// The codes whose names contain the folded query; all of them for an empty one.
pub fn matching(names: &[SearchName], folded_query: &str) -> Vec<String> {
    names.iter().filter(|n| folded_query.is_empty() || n.matches(folded_query)).map(|n| n.code.clone()).collect()
}

/// A code's name in the widget's language; the code itself for one the names lack.
pub fn name_of(names: &[SearchName], code: &str) -> String {
    names.iter().find(|n| n.code == code).map_or_else(|| code.to_string(), |n| n.name.clone())
}

/// Lower case without accents, so "viet nam" finds "Việt Nam" and "cote" finds "Côte d'Ivoire".
pub fn fold(text: &str) -> String {
    let decomposed: String = js_sys::JsString::from(text).normalize("NFD").into();
    decomposed
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| if c == 'đ' || c == 'Đ' { 'd' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}
