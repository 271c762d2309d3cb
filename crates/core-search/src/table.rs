//! The names file (`data/aliases.json`): per state, the UN's official short name as the UN Treaty
//! Collection writes it, and the other names readers and editors use (common English names,
//! former names, the UN page's older spellings). The map's search and the UN-table importer read
//! the same file, so a name one understands the other does too.

use crate::fold::{fold, Nfd};
use crate::index::{Index, NameKind};
use core_json::{DataError, Node};

/// One state's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateNames {
    pub iso2: String,
    /// The UN's official short name ("Viet Nam").
    pub un: String,
    /// Other names, former names included ("Vietnam").
    pub aliases: Vec<String>,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NameTable {
    pub states: Vec<StateNames>,
}

/// Reads the names file; errors name the line and the field.
pub fn parse_names(text: &str) -> Result<NameTable, DataError> {
    let value = core_json::parse(text)?;
    let root = Node::root(&value);
    root.deny_unknown(&["$schema", "note", "states"])?;
    let mut table = NameTable::default();
    for item in root.field("states")?.items()? {
        item.deny_unknown(&["iso2", "un", "aliases"])?;
        let code = item.field("iso2")?;
        let iso2 = code.as_str()?;
        if iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(code.error(format!("\"{iso2}\" is not an ISO 3166-1 alpha-2 code (two capital letters)")));
        }
        if table.states.iter().any(|s| s.iso2 == iso2) {
            return Err(code.error(format!("{iso2} is listed twice")));
        }
        let un_node = item.field("un")?;
        let un = un_node.as_str()?;
        if un.trim().is_empty() {
            return Err(un_node.error("the UN name is empty"));
        }
        let mut aliases = Vec::new();
        if let Some(list) = item.get("aliases") {
            for alias in list.items()? {
                let text = alias.as_str()?;
                if text.trim().is_empty() {
                    return Err(alias.error("an alias is empty"));
                }
                aliases.push(text.to_string());
            }
        }
        table.states.push(StateNames { iso2: iso2.to_string(), un: un.to_string(), aliases });
    }
    Ok(table)
}

impl NameTable {
    /// The names of `code`, if the file has it.
    pub fn of(&self, code: &str) -> Option<&StateNames> {
        self.states.iter().find(|s| s.iso2 == code)
    }

    /// Adds every UN name and alias of the states `index` has (or of every state in the file
    /// when `only_known` is false).
    pub fn add_to(&self, index: &mut Index, only_known: bool, nfd: Nfd<'_>) {
        let known: Vec<String> = index.codes().map(str::to_string).collect();
        for state in &self.states {
            if only_known && !known.contains(&state.iso2) {
                continue;
            }
            index.add(&state.iso2, NameKind::Un, &state.un, nfd);
            for alias in &state.aliases {
                index.add(&state.iso2, NameKind::Alias, alias, nfd);
            }
        }
    }

    /// The code whose UN name or alias is `name` once folded, if exactly one state has it.
    pub fn code_for(&self, name: &str, nfd: Nfd<'_>) -> Option<&str> {
        let wanted = fold(name, nfd);
        if wanted.is_empty() {
            return None;
        }
        let mut found = self
            .states
            .iter()
            .filter(|s| std::iter::once(&s.un).chain(&s.aliases).any(|n| fold(n, nfd).compact == wanted.compact));
        match (found.next(), found.next()) {
            (Some(one), None) => Some(one.iso2.as_str()),
            _ => None,
        }
    }
}
