//! `<signatory-map>`'s own attributes: `highlight` (ISO 3166-1 alpha-2 list) and `view`
//! (`map` | `table`). Pure, so every attribute parser is tested natively.

use crate::parse_code_list;
use core_attrs::{Lookup, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Map,
    Table,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MapConfig {
    pub view: View,
    pub highlight: Vec<String>,
}

pub fn parse(get: Lookup<'_>, problems: &mut Vec<Problem>) -> MapConfig {
    let view = match get("view").as_deref().map(str::trim) {
        None | Some("") | Some("map") => View::Map,
        Some("table") => View::Table,
        Some(other) => {
            problems.push(Problem::new("view", other, "expected map or table"));
            View::Map
        }
    };
    let list = parse_code_list(&get("highlight").unwrap_or_default());
    if !list.unknown.is_empty() {
        problems.push(Problem::new(
            "highlight",
            &list.unknown.join(","),
            "not ISO 3166-1 alpha-2 codes of possible participants",
        ));
    }
    MapConfig { view, highlight: list.codes }
}
