//! The UN Treaty Collection's status table, as an editor copies it from the page
//! (treaties.un.org, chapter XVIII-16) into a text file or a spreadsheet: tab-separated columns
//! "Participant", "Signature" and "Ratification, Acceptance(A), Approval(AA), Accession(a)".
//!
//! - Names are the UN's ("Iran (Islamic Republic of)", "European Union"); the caller maps them
//!   to codes with the names file the map's search uses, and every name it cannot map is an
//!   error.
//! - Dates are written "25 Oct 2025"; a kind marker may follow a ratification's date (`A`
//!   acceptance, `AA` approval, `a` accession; none is a ratification); footnote numbers may be
//!   stuck to names and dates ("France 2", "25 Oct 20253").
//! - The table is often copied in part, so it updates only the rows it lists and keeps every
//!   other row ([`UntcImport::kept`]). The place is derived (25–26 Oct 2025 is Hanoi, later is New
//!   York), and each updated row takes the UN page as its source, at the highest confidence.
//! - It refuses, with the line and the value, a name it cannot map, a date that does not exist,
//!   and a ratification, acceptance or approval before its signature or without one.

use crate::confidence::Confidence;
use crate::date::{ApproxDate, Date, MONTH_NAMES};
use crate::model::{InstrumentKind, Participant, ParticipantKind, Place, Ratification, Signatories, Signature};
use crate::rules::{check_participant, HANOI_LAST_DAY};
use crate::EU;
use std::fmt;

/// The source each row from the UN's table gets.
pub const UNTC_SOURCE: &str = "UN Treaty Collection status page (chapter XVIII-16): https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml";

/// A problem on one line of the pasted table (lines count from 1, the header's included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: u32,
    /// The column, when the problem is in one cell.
    pub column: Option<&'static str>,
    pub message: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(f, "line {}, {column}: {}", self.line, core_json::elide(&self.message, 300)),
            None => write!(f, "line {}: {}", self.line, core_json::elide(&self.message, 300)),
        }
    }
}

/// One participant row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntcRow {
    pub line: u32,
    /// The participant as the UN writes it, without footnote numbers.
    pub un_name: String,
    pub iso2: String,
    pub signature: Option<Date>,
    pub ratification: Option<Ratification>,
}

/// The table read: its rows, and whether it had the ratification column at all (a copy of the
/// first two columns says nothing about ratifications).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntcTable {
    pub rows: Vec<UntcRow>,
    pub has_ratifications: bool,
}

/// Whether `text` is the UN's table: its first line that is not blank is the header,
/// "Participant", "Signature…", optionally "Ratification…", separated by tabs.
pub fn is_untc_table(text: &str) -> bool {
    header_columns(text.trim_start_matches('\u{feff}').lines().find(|l| !l.trim().is_empty()).unwrap_or_default())
        .is_some()
}

/// Whether the header has the ratification column.
fn header_columns(line: &str) -> Option<bool> {
    let cells: Vec<String> = line.split('\t').map(|c| strip_footnotes(c).to_lowercase()).collect();
    match cells.as_slice() {
        [participant, signature, rest @ ..] if participant == "participant" && signature.starts_with("signature") => {
            let ratification = rest.first().is_some_and(|c| c.starts_with("ratification"));
            Some(ratification)
        }
        _ => None,
    }
}

/// A cell without footnote numbers (and the superscript digits a copy may keep) at its end.
fn strip_footnotes(cell: &str) -> &str {
    cell.trim().trim_end_matches(|c: char| c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰, ".contains(c)).trim_end()
}

/// Reads the table; `code_for` maps a UN name to its ISO alpha-2 code (the names file's).
/// Every problem is reported, each with its line.
pub fn parse_untc(text: &str, code_for: &dyn Fn(&str) -> Option<String>) -> Result<UntcTable, Vec<LineError>> {
    let mut lines = text.trim_start_matches('\u{feff}').lines().zip(1u32..).filter(|(l, _)| !l.trim().is_empty());
    let Some(has_ratifications) = lines.next().and_then(|(header, _)| header_columns(header)) else {
        return Err(vec![LineError {
            line: 1,
            column: None,
            message: "not the UN Treaty Collection's table: the first line must be its header, \"Participant\", \"Signature\", \"Ratification, …\", separated by tabs".into(),
        }]);
    };
    let mut errors = Vec::new();
    let mut rows: Vec<UntcRow> = Vec::new();
    for (line, number) in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        let error = |column, message: String| LineError { line: number, column, message };
        let name = strip_footnotes(cells.first().copied().unwrap_or_default());
        let signature_cell = cells.get(1).map(|c| c.trim()).unwrap_or_default();
        let ratification_cell = cells.get(2).map(|c| c.trim()).unwrap_or_default();
        let mut row_errors = Vec::new();
        if cells.len() > 3 && cells.iter().skip(3).any(|c| !c.trim().is_empty()) {
            row_errors.push(error(None, format!("more than three columns: \"{}\"", line.trim())));
        }
        let iso2 = code_for(name);
        if iso2.is_none() {
            row_errors.push(error(
                Some("Participant"),
                format!("\"{name}\" is no state or organization the names file (data/aliases.json) knows; add this spelling to its aliases if it is one"),
            ));
        }
        let signature = match parse_cell(signature_cell) {
            Ok(None) => None,
            Ok(Some((date, None))) => Some(date),
            Ok(Some((_, Some(marker)))) => {
                row_errors.push(error(
                    Some("Signature"),
                    format!("\"{signature_cell}\": a signature has no kind marker (\"{marker}\")"),
                ));
                None
            }
            Err(message) => {
                row_errors.push(error(Some("Signature"), message));
                None
            }
        };
        let ratification = match parse_cell(ratification_cell) {
            Ok(None) => None,
            Ok(Some((date, marker))) => {
                match instrument(marker.as_deref()) {
                    Some(kind) => Some(Ratification { kind, date }),
                    None => {
                        row_errors.push(error(
                        Some("Ratification"),
                        format!("\"{ratification_cell}\": the kind marker must be A, AA or a (or none, for a ratification)"),
                    ));
                        None
                    }
                }
            }
            Err(message) => {
                row_errors.push(error(Some("Ratification"), message));
                None
            }
        };
        if row_errors.is_empty() {
            match (signature, ratification) {
                (None, None) => {
                    row_errors.push(error(None, format!("\"{name}\" has neither a signature nor an instrument")))
                }
                (None, Some(r)) if r.kind != InstrumentKind::Accession => row_errors.push(error(
                    Some("Ratification"),
                    format!(
                        "\"{ratification_cell}\": {} needs a signature first; without one it is an accession (a)",
                        r.kind.code()
                    ),
                )),
                (Some(s), Some(r)) if r.date < s && r.kind != InstrumentKind::Accession => row_errors.push(error(
                    Some("Ratification"),
                    format!("\"{ratification_cell}\": {} before the signature (\"{signature_cell}\")", r.kind.code()),
                )),
                _ => {}
            }
        }
        if let (Some(code), true) = (&iso2, row_errors.is_empty()) {
            if let Some(first) = rows.iter().find(|r| &r.iso2 == code) {
                row_errors.push(error(Some("Participant"), format!("{code} is already on line {}", first.line)));
            }
        }
        match (iso2, row_errors.is_empty()) {
            (Some(iso2), true) => {
                rows.push(UntcRow { line: number, un_name: name.to_string(), iso2, signature, ratification })
            }
            _ => errors.extend(row_errors),
        }
    }
    if errors.is_empty() {
        Ok(UntcTable { rows, has_ratifications })
    } else {
        Err(errors)
    }
}

fn instrument(marker: Option<&str>) -> Option<InstrumentKind> {
    match marker {
        None => Some(InstrumentKind::Ratification),
        Some("A") => Some(InstrumentKind::Acceptance),
        Some("AA") => Some(InstrumentKind::Approval),
        Some("a") => Some(InstrumentKind::Accession),
        Some(_) => None,
    }
}

/// A cell: empty, or "25 Oct 2025" with footnote numbers and a kind marker after it.
fn parse_cell(cell: &str) -> Result<Option<(Date, Option<String>)>, String> {
    if cell.is_empty() {
        return Ok(None);
    }
    let wrong = || format!("\"{cell}\" is not a date as the UN writes it (25 Oct 2025)");
    let mut tokens = cell.split_whitespace();
    let (Some(day), Some(month), Some(year)) = (tokens.next(), tokens.next(), tokens.next()) else {
        return Err(wrong());
    };
    let day: u8 = day.parse().map_err(|_| wrong())?;
    let month = month.trim_end_matches('.').to_lowercase();
    let month = MONTH_NAMES
        .iter()
        .position(|m| month.len() >= 3 && m.to_lowercase().starts_with(&month))
        .and_then(|i| u8::try_from(i + 1).ok())
        .ok_or_else(wrong)?;
    let (digits, tail) = year.split_at(year.find(|c: char| !c.is_ascii_digit()).unwrap_or(year.len()));
    let year: u16 = digits.get(..4).and_then(|y| y.parse().ok()).ok_or_else(wrong)?;
    // What follows the year: footnote numbers (stuck to it or not), commas, and a kind marker.
    let rest: String = std::iter::once(tail)
        .chain(tokens)
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_ascii_digit() && !"¹²³⁴⁵⁶⁷⁸⁹⁰,;".contains(*c) && !c.is_whitespace())
        .collect();
    let date = Date::new(year, month, day).ok_or_else(|| format!("\"{cell}\" is not a real date"))?;
    Ok(Some((date, (!rest.is_empty()).then_some(rest))))
}

/// What an import of the table did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UntcImport {
    pub data: Signatories,
    /// Codes of the participants the table listed that the data did not have.
    pub added: Vec<String>,
    /// Codes of the participants the table updated.
    pub updated: Vec<String>,
    /// Codes of the participants the table does not list, kept as they were.
    pub kept: Vec<String>,
}

/// Updates `base` with the table's rows; `name_of` gives a new participant's English name (the
/// names file's). Rows the table does not list are kept. Every updated row must still follow
/// the Convention's rules (e.g. no date after `base.as_of`); errors name the table's line.
pub fn merge_untc(
    base: Signatories,
    table: &UntcTable,
    name_of: &dyn Fn(&str) -> String,
) -> Result<UntcImport, Vec<LineError>> {
    let mut data = base;
    let (mut added, mut updated, mut errors) = (Vec::new(), Vec::new(), Vec::new());
    for row in &table.rows {
        let signature = row.signature.map(|date| Signature {
            date: Some(ApproxDate::Day(date)),
            date_note: None,
            place: Some(if date <= HANOI_LAST_DAY { Place::Hanoi } else { Place::NewYork }),
            place_note: None,
        });
        let existing = data.participants.iter().position(|p| p.iso2 == row.iso2);
        let mut p = match existing.and_then(|i| data.participants.get(i)) {
            Some(p) => p.clone(),
            None => Participant {
                iso2: row.iso2.clone(),
                kind: if row.iso2 == EU { ParticipantKind::Reio } else { ParticipantKind::State },
                name: name_of(&row.iso2),
                un_name: None,
                signature: None,
                ratification: None,
                ratification_note: None,
                source: String::new(),
                confidence: Confidence::Un,
                confidence_text: None,
            },
        };
        p.un_name = (row.un_name != p.name).then(|| row.un_name.clone());
        p.signature = signature;
        if table.has_ratifications {
            p.ratification = row.ratification;
        }
        p.source = UNTC_SOURCE.to_string();
        p.confidence = Confidence::Un;
        p.confidence_text = None;
        let problems = check_participant(&p, data.as_of);
        if !problems.is_empty() {
            errors.extend(problems.into_iter().map(|problem| LineError {
                line: row.line,
                column: None,
                message: format!("{}: {}", row.un_name, problem.message),
            }));
            continue;
        }
        match existing.and_then(|i| data.participants.get_mut(i)) {
            Some(slot) => {
                *slot = p;
                updated.push(row.iso2.clone());
            }
            None => {
                data.participants.push(p);
                added.push(row.iso2.clone());
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let listed: Vec<&str> = table.rows.iter().map(|r| r.iso2.as_str()).collect();
    let kept =
        data.participants.iter().filter(|p| !listed.contains(&p.iso2.as_str())).map(|p| p.iso2.clone()).collect();
    Ok(UntcImport { data, added, updated, kept })
}

/// What differs between two versions of the data, one line per change: participants added and
/// removed, and changed signature dates and places, ratification dates and kinds, sources.
pub fn diff(old: &Signatories, new: &Signatories) -> Vec<String> {
    let mut out = Vec::new();
    let signature = |p: &Participant| match &p.signature {
        None => "none".to_string(),
        Some(s) => {
            let date = s.date.map_or_else(|| "date unknown".to_string(), |d| d.to_string());
            let place = s.place.map_or("place unknown", Place::code);
            format!("{date}, {place}")
        }
    };
    let note = |p: &Participant| {
        p.ratification_note
            .as_deref()
            .map_or_else(|| "none".to_string(), |n| format!("\"{}\"", core_json::elide(n, 60)))
    };
    let ratification = |p: &Participant| match &p.ratification {
        None => "none".to_string(),
        Some(r) => format!("{} {}", r.kind.code(), r.date),
    };
    for p in &new.participants {
        match old.participants.iter().find(|o| o.iso2 == p.iso2) {
            None => out.push(format!(
                "added {} ({}): signature {}, ratification {}",
                p.iso2,
                p.name,
                signature(p),
                ratification(p)
            )),
            Some(o) => {
                for (what, before, after) in [
                    ("signature", signature(o), signature(p)),
                    ("ratification", ratification(o), ratification(p)),
                    ("confidence", o.confidence.code().to_string(), p.confidence.code().to_string()),
                    ("ratification note", note(o), note(p)),
                ] {
                    if before != after {
                        out.push(format!("changed {} ({}): {what} {before} → {after}", p.iso2, p.name));
                    }
                }
            }
        }
    }
    for o in &old.participants {
        if !new.participants.iter().any(|p| p.iso2 == o.iso2) {
            out.push(format!("removed {} ({})", o.iso2, o.name));
        }
    }
    out
}
