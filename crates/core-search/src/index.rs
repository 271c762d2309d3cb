//! The names of every state, folded once, and what a query finds among them: the options in
//! order, the one state Enter may select, and the closest names when nothing matches.

use crate::fold::{fold, Folded, Nfd};

/// Where a name comes from. The order is the ranking's tie-break: a reader's own language first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    /// `Intl.DisplayNames` in the reader's language: the name shown.
    Local,
    /// `Intl.DisplayNames` in English.
    English,
    /// The UN's official short name ("Viet Nam", "Iran (Islamic Republic of)").
    Un,
    /// A common or former name ("UK", "Burma").
    Alias,
    /// The ISO 3166-1 alpha-2 code: matches only when the query is exactly the code.
    Code,
}

/// How a name matches a query, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// The whole name ("uk" for the alias UK, "vietnam" for Viet Nam).
    Equal,
    /// The start of the name ("viet").
    Prefix,
    /// The start of a later word ("korea" in "Democratic People's Republic of Korea"), running
    /// on across words ("d ivoire").
    WordStart,
    /// Every word of a query of several words starts a word of the name, in any order.
    Words,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Name {
    kind: NameKind,
    text: String,
    folded: Folded,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    code: String,
    label: String,
    names: Vec<Name>,
}

/// One option of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub code: String,
    /// The name to show (the reader's language's).
    pub label: String,
    pub level: Level,
    /// The name that matched, when it is not the label ("Burma" for Myanmar), to show beside it.
    pub matched: Option<String>,
}

/// What a query finds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// The options, best first.
    pub hits: Vec<Hit>,
    /// The state Enter selects: the only one with a name, alias or code equal to the query, or
    /// the only option. `None` when the query is ambiguous ("Korea") or finds nothing.
    pub pick: Option<String>,
    /// With no hits: the states whose names are closest to the query (codes and labels), at most
    /// [`SUGGESTIONS`].
    pub suggestions: Vec<(String, String)>,
}

/// How many closest names a query without matches suggests.
pub const SUGGESTIONS: usize = 3;

/// Every state's names, folded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// Adds a name of `code` (a new state the first time; its first name of kind
    /// [`NameKind::Local`] is its label, else its first name). Empty names are ignored; a name
    /// the state already has keeps its better kind.
    pub fn add(&mut self, code: &str, kind: NameKind, text: &str, nfd: Nfd<'_>) {
        let folded = match kind {
            NameKind::Code => fold(&text.to_ascii_lowercase(), nfd),
            _ => fold(text, nfd),
        };
        let position = match self.entries.iter().position(|e| e.code == code) {
            Some(i) => i,
            None => {
                self.entries.push(Entry { code: code.to_string(), label: String::new(), names: Vec::new() });
                self.entries.len() - 1
            }
        };
        let Some(entry) = self.entries.get_mut(position) else { return };
        let first_local = kind == NameKind::Local && !entry.names.iter().any(|n| n.kind == NameKind::Local);
        if (entry.label.is_empty() || first_local) && !text.trim().is_empty() && kind != NameKind::Code {
            entry.label = text.to_string();
        }
        if folded.is_empty() {
            return;
        }
        match entry.names.iter_mut().find(|n| n.folded == folded) {
            Some(same) if kind < same.kind => *same = Name { kind, text: text.to_string(), folded },
            Some(_) => {}
            None => entry.names.push(Name { kind, text: text.to_string(), folded }),
        }
        if entry.label.is_empty() {
            entry.label = code.to_string();
        }
    }

    /// The codes, in the order they were added.
    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        self.entries.iter().map(|e| e.code.as_str())
    }

    /// The label of `code`: its name in the reader's language.
    pub fn label(&self, code: &str) -> Option<&str> {
        self.entries.iter().find(|e| e.code == code).map(|e| e.label.as_str())
    }

    /// The options for `query`, in order, and whom Enter selects. An empty query finds nothing.
    pub fn search(&self, query: &str, nfd: Nfd<'_>) -> Outcome {
        let raw = query.trim();
        let query = fold(raw, nfd);
        if query.is_empty() {
            return Outcome::default();
        }
        let query_words: Vec<&str> = query.words().collect();
        let mut hits: Vec<(Level, NameKind, String, Hit)> = Vec::new();
        let mut equal = Vec::new();
        for entry in &self.entries {
            let best = entry
                .names
                .iter()
                .filter_map(|name| level(name, &query, &query_words).map(|l| (l, name)))
                .min_by_key(|(l, name)| (*l, name.kind));
            let Some((level, name)) = best else { continue };
            if level == Level::Equal {
                let by_code = entry.names.iter().any(|n| n.kind == NameKind::Code && n.folded.compact == query.compact);
                let by_name = entry.names.iter().any(|n| n.kind != NameKind::Code && n.folded.compact == query.compact);
                equal.push(Equal { code: entry.code.clone(), by_code, by_name });
            }
            let matched = (name.text != entry.label && name.kind != NameKind::Code).then(|| name.text.clone());
            let hit = Hit { code: entry.code.clone(), label: entry.label.clone(), level, matched };
            hits.push((level, name.kind, sort_key(entry), hit));
        }
        core_sort::sort_by(&mut hits, |a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        let mut hits: Vec<Hit> = hits.into_iter().map(|(_, _, _, hit)| hit).collect();
        let pick = pick(&equal, code_like(raw), &hits);
        if let Some(at) = pick.as_ref().and_then(|code| hits.iter().position(|h| &h.code == code)) {
            let first = hits.remove(at);
            hits.insert(0, first);
        }
        let suggestions = if hits.is_empty() { self.closest(&query) } else { Vec::new() };
        Outcome { hits, pick, suggestions }
    }

    /// The states whose names are within a few typing errors of the query, closest first.
    fn closest(&self, query: &Folded) -> Vec<(String, String)> {
        let q: Vec<char> = query.compact.chars().collect();
        let allowed = match q.len() {
            0..=2 => return Vec::new(),
            3..=4 => 1,
            5..=8 => 2,
            _ => 3,
        };
        let mut near: Vec<(usize, NameKind, String, &Entry)> = Vec::new();
        for entry in &self.entries {
            let best = entry
                .names
                .iter()
                .filter(|n| n.kind != NameKind::Code)
                .map(|n| (distance_to(&q, &n.folded), n.kind))
                .min();
            if let Some((d, kind)) = best.filter(|(d, _)| *d <= allowed) {
                near.push((d, kind, sort_key(entry), entry));
            }
        }
        core_sort::sort_by(&mut near, |a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        near.into_iter().take(SUGGESTIONS).map(|(_, _, _, e)| (e.code.clone(), e.label.clone())).collect()
    }
}

/// Whether the reader typed what looks like a code: two capital letters ("AO", not "Áo").
fn code_like(raw: &str) -> bool {
    raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_uppercase())
}

/// A state with a name or code equal to the query.
struct Equal {
    code: String,
    by_code: bool,
    by_name: bool,
}

/// Whom Enter selects: the one state with a name or code equal to the query. When a name of one
/// state and the code of another are both equal (Vietnamese "Áo", Austria, and AO, Angola), a
/// query in capitals means the code and any other means the name. Failing that, the only option.
fn pick(equal: &[Equal], code_like: bool, hits: &[Hit]) -> Option<String> {
    // `None`: no state this way; `Some(None)`: several, so none.
    let unique = |by_code: bool| {
        let mut found = equal.iter().filter(|e| if by_code { e.by_code } else { e.by_name });
        match (found.next(), found.next()) {
            (Some(one), None) => Some(Some(one.code.clone())),
            (Some(_), Some(_)) => Some(None),
            (None, _) => None,
        }
    };
    match unique(code_like).or_else(|| unique(!code_like)) {
        Some(found) => found,
        None => match hits {
            [only] => Some(only.code.clone()),
            _ => None,
        },
    }
}

fn sort_key(entry: &Entry) -> String {
    entry
        .names
        .iter()
        .find(|n| n.kind == NameKind::Local)
        .map(|n| n.folded.compact.clone())
        .unwrap_or_else(|| entry.label.clone())
}

/// How `name` matches the query, if it does. A code matches only when the query is the code.
fn level(name: &Name, query: &Folded, query_words: &[&str]) -> Option<Level> {
    let (compact, q) = (&name.folded.compact, &query.compact);
    if compact == q {
        return Some(Level::Equal);
    }
    if name.kind == NameKind::Code {
        return None;
    }
    if compact.starts_with(q.as_str()) {
        return Some(Level::Prefix);
    }
    let tail = |start: &usize| compact.get(*start..).is_some_and(|t| t.starts_with(q.as_str()));
    if name.folded.starts.iter().any(tail) {
        return Some(Level::WordStart);
    }
    let words: Vec<&str> = name.folded.words().collect();
    if query_words.len() > 1 && query_words.iter().all(|q| words.iter().any(|w| w.starts_with(q))) {
        return Some(Level::Words);
    }
    None
}

/// The fewest typing errors (insertions, deletions, substitutions) between the query and the
/// name, or the start of the name as long as the query.
fn distance_to(query: &[char], name: &Folded) -> usize {
    let name: Vec<char> = name.compact.chars().collect();
    let start = name.get(..query.len()).unwrap_or(&name);
    levenshtein(query, &name).min(levenshtein(query, start))
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let value = (diagonal + usize::from(ca != cb)).min(up + 1).min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
            left = value;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}
