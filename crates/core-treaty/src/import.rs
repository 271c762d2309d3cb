//! Turns an editor's spreadsheet (CSV, columns as in the reference file) into participants.
//!
//! Cells are research notes, so the reader is lenient about wording but never about facts:
//! - Dates: `2025-10-25`, `2025-10` (month only), `2025-10-25/26` or `2025-10-25/2025-10-26` (one
//!   of those days), `July 2026`; any words after the date, in parentheses or not, become the
//!   date's note, except one that only repeats the place. `unknown (why)`, or a cell without a
//!   date (`after Hanoi, date not found`), is an unknown date with a note, unless the text
//!   mentions a year: then it is an error, because a date was meant but could not be read. A
//!   date that does not exist (2026-13-01, 2026-02-30) is always an error. Empty or `none` (with
//!   an empty place) means no signature, as for an accession.
//! - Place: `Hanoi` or `New York`, optionally followed by a note; `unknown (why)` or any other
//!   text is a note about an unknown place (`presumably New York (not stated)`).
//! - Ratification: `none`, `none found`, `none (note)`; or `KIND YYYY-MM-DD` (KIND: ratification,
//!   acceptance, approval, accession, or the verbs ratified, accepted, approved, acceded) with an
//!   optional note. A cell that starts with a date, or with KIND but without an exact day, is an
//!   error; any other text is a note about a claim, never an instrument. So an unverified claim
//!   cannot become a ratification by accident.
//! - Confidence: `UN`, `OFF`, `NEWS`, `WEAK`, or a fuller text such as `OFF/NEWS` or
//!   `OFF (signature); WEAK (ratification)`, kept as `confidence_text`.
//! - Row numbers in errors are spreadsheet rows: the header is row 1.
//! - `**` (Markdown bold) is dropped, a `*` footnote mark after a code is ignored, codes may be
//!   lowercase, and `Name (listed as "UN name")` fills both names.

use crate::confidence::{parse_confidence_text, Confidence};
use crate::csv::{read_records, CsvError, Record};
use crate::date::{parse_date, ApproxDate, Date, MONTH_NAMES};
use crate::model::{InstrumentKind, Participant, ParticipantKind, Place, Ratification, Signatories, Signature};
use crate::rules::{check_participant, Field};
use core_i18n::{map, Catalog, Lang};

/// The columns, in the order the writer uses. `n` (a row counter) is optional and ignored.
pub const CSV_COLUMNS: [&str; 8] =
    ["n", "country", "iso2", "signature_date", "place", "ratification", "source", "confidence"];

/// The column a header cell names: the editor's names above, or the names the map's CSV
/// download uses in any of its languages (so a downloaded file imports as it is).
fn column_named(name: &str) -> Option<usize> {
    CSV_COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(name)).or_else(|| {
        Lang::ALL.iter().find_map(|&lang| localized_columns(lang).position(|c| c.to_lowercase() == name.to_lowercase()))
    })
}

/// The column names of the map's CSV download in `lang`, in [`CSV_COLUMNS`] order.
pub fn localized_columns(lang: Lang) -> impl Iterator<Item = &'static str> {
    map::Text::for_lang(lang).csv_header.split(',').map(str::trim)
}

/// Replaces `base`'s participants with the CSV's, keeping its `as_of`, sources and reported counts.
/// Every problem is reported, each with its spreadsheet row and column.
pub fn import_csv(text: &str, base: Signatories) -> Result<Signatories, Vec<CsvError>> {
    let records = read_records(text).map_err(|e| vec![e])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![CsvError {
            row: 1,
            column: None,
            message: "the file is empty (a header row is needed)".into(),
        }]);
    };
    let columns = Columns::from_header(header)?;
    let mut errors = Vec::new();
    let mut participants: Vec<(u32, Participant)> = Vec::with_capacity(rows.len());
    for record in rows {
        match columns.participant(record) {
            Ok(p) => {
                let row_errors: Vec<CsvError> = check_participant(&p, base.as_of)
                    .into_iter()
                    .map(|problem| cell_error(record.row, column_of(problem.field), problem.message))
                    .collect();
                if let Some((first_row, _)) = participants.iter().find(|(_, o)| o.iso2 == p.iso2) {
                    errors.push(cell_error(record.row, "iso2", format!("{} is already on row {first_row}", p.iso2)));
                }
                if row_errors.is_empty() {
                    participants.push((record.row, p));
                } else {
                    errors.extend(row_errors);
                }
            }
            Err(row_errors) => errors.extend(row_errors),
        }
    }
    if errors.is_empty() {
        Ok(Signatories { participants: participants.into_iter().map(|(_, p)| p).collect(), ..base })
    } else {
        Err(errors)
    }
}

fn cell_error(row: u32, column: &str, message: String) -> CsvError {
    CsvError { row, column: Some(column.to_string()), message }
}

fn column_of(field: Field) -> &'static str {
    match field {
        Field::Iso2 | Field::Kind => "iso2",
        Field::Name | Field::UnName => "country",
        Field::Signature | Field::SignatureDate | Field::DateNote => "signature_date",
        Field::Place | Field::PlaceNote => "place",
        Field::Ratification | Field::RatificationDate | Field::RatificationNote => "ratification",
        Field::Source => "source",
        Field::ConfidenceText => "confidence",
    }
}

/// Where each column is; the header may order them freely.
struct Columns {
    index: [Option<usize>; CSV_COLUMNS.len()],
    width: usize,
}

impl Columns {
    fn from_header(header: &Record) -> Result<Columns, Vec<CsvError>> {
        let mut index = [None; CSV_COLUMNS.len()];
        let mut errors = Vec::new();
        for (i, name) in header.fields.iter().enumerate() {
            let name = name.trim();
            match column_named(name).and_then(|c| index.get_mut(c)) {
                Some(Some(_)) => errors.push(cell_error(header.row, name, "appears twice in the header".into())),
                Some(slot) => *slot = Some(i),
                None if name.is_empty() => {}
                None => errors.push(CsvError {
                    row: header.row,
                    column: None,
                    message: format!("unknown column \"{name}\" (expected: {})", CSV_COLUMNS.join(", ")),
                }),
            }
        }
        for (c, name) in CSV_COLUMNS.iter().enumerate().skip(1) {
            if index.get(c).is_some_and(Option::is_none) {
                errors.push(CsvError {
                    row: header.row,
                    column: None,
                    message: format!("the header has no \"{name}\" column"),
                });
            }
        }
        if errors.is_empty() {
            Ok(Columns { index, width: header.fields.len() })
        } else {
            Err(errors)
        }
    }

    /// The trimmed cell of column `c`, with Markdown bold removed.
    fn cell(&self, record: &Record, c: usize) -> String {
        self.index
            .get(c)
            .copied()
            .flatten()
            .and_then(|i| record.fields.get(i))
            .map(|s| s.replace("**", "").trim().to_string())
            .unwrap_or_default()
    }

    fn participant(&self, record: &Record) -> Result<Participant, Vec<CsvError>> {
        let row = record.row;
        let extra = record.fields.iter().skip(self.width).any(|f| !f.trim().is_empty());
        if record.fields.len() < self.width || extra {
            return Err(vec![CsvError {
                row,
                column: None,
                message: format!("has {} cells, the header has {}", record.fields.len(), self.width),
            }]);
        }
        let [_, country, iso2, signature_date, place, ratification, source, confidence] =
            std::array::from_fn(|c| self.cell(record, c));
        let mut errors = Vec::new();
        let mut check = |column: &str, result: Result<(), String>| {
            if let Err(message) = result {
                errors.push(cell_error(row, column, message));
            }
        };

        let iso2 = iso2.trim_end_matches('*').trim().to_ascii_uppercase();
        let kind = if iso2 == crate::iso::EU { ParticipantKind::Reio } else { ParticipantKind::State };
        let (name, un_name) = country_cell(&country, kind);
        if iso2.is_empty() {
            check("iso2", Err("is empty".into()));
        }

        let mut signature = None;
        check("signature_date", signature_cell(&signature_date, &place).map(|s| signature = s));
        let mut instrument = (None, None);
        check("ratification", ratification_cell(&ratification).map(|r| instrument = r));
        let mut level = (Confidence::Weak, None);
        check("confidence", confidence_cell(&confidence).map(|c| level = c));
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Participant {
            iso2,
            kind,
            name,
            un_name,
            signature,
            ratification: instrument.0,
            ratification_note: instrument.1,
            source,
            confidence: level.0,
            confidence_text: level.1,
        })
    }
}

/// The text inside one pair of parentheses around the whole of `text`, else `text`.
fn unwrap_parens(text: &str) -> &str {
    let text = text.trim();
    let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) else { return text };
    let mut depth = 0i32;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return text; // "(a) and (b)": not one group
        }
    }
    if depth == 0 {
        inner.trim()
    } else {
        text
    }
}

/// What follows a value in a cell, as a note; `None` if nothing does.
fn note(rest: &str) -> Option<String> {
    let n = unwrap_parens(rest);
    (!n.is_empty()).then(|| n.to_string())
}

/// Splits a trailing parenthesized group off `text`: `("Czechia", "listed as \"Czech Republic\"")`.
fn trailing_group(text: &str) -> Option<(&str, &str)> {
    let body = text.strip_suffix(')')?;
    let mut depth = 1i32;
    for (i, c) in body.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return Some((body[..i].trim_end(), &body[i + 1..]));
        }
    }
    None
}

fn country_cell(cell: &str, kind: ParticipantKind) -> (String, Option<String>) {
    if let Some((name, group)) = trailing_group(cell) {
        let group = group.trim();
        if let Some(listed) = group.get(..9).filter(|g| g.eq_ignore_ascii_case("listed as")).map(|_| &group[9..]) {
            let listed = listed.trim().trim_matches(|c| matches!(c, '"' | '“' | '”')).trim();
            if !name.is_empty() && !listed.is_empty() {
                return (name.to_string(), Some(listed.to_string()));
            }
        }
        // The EU's kind already says this; the name should not repeat it.
        if kind == ParticipantKind::Reio && group.eq_ignore_ascii_case("a regional economic integration organization") {
            return (name.to_string(), None);
        }
    }
    (cell.to_string(), None)
}

/// `word` at the start of `text`, case-insensitively, followed by the end or a non-letter.
fn strip_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    let rest = &text[word.len()..];
    (head.eq_ignore_ascii_case(word) && !rest.starts_with(|c: char| c.is_alphanumeric())).then_some(rest)
}

/// A date at the start of `cell` in one of the accepted forms, and the rest of the cell.
/// `Ok(None)` when the cell does not start with a date.
fn leading_date(cell: &str) -> Result<Option<(ApproxDate, &str)>, String> {
    // A signed year (`+275760-09-13`, JavaScript's extended form) is a date attempt too, not a note.
    let signed_digits = cell.strip_prefix(['+', '-']).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if signed_digits || cell.starts_with(|c: char| c.is_ascii_digit()) {
        let end = cell.find(|c: char| c.is_whitespace() || c == '(').unwrap_or(cell.len());
        let (token, rest) = cell.split_at(end);
        let shaped = token.len() >= 7
            && token.as_bytes().get(4) == Some(&b'-')
            && token.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'/');
        if !shaped {
            return Err(format!("cannot read a date in \"{cell}\": {DATE_FORMS}"));
        }
        let date = match token.split_once('/') {
            // The research notes' short range: 2025-10-25/26.
            Some((start, end_day)) if end_day.len() <= 2 => {
                let start = parse_date(start)?;
                let end = end_day
                    .parse::<u8>()
                    .ok()
                    .filter(|_| end_day.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|day| Date::new(start.year(), start.month(), day))
                    .ok_or_else(|| {
                        format!("\"{token}\" is not a date range: \"{end_day}\" is not a day of that month")
                    })?;
                if end <= start {
                    return Err(format!("\"{token}\" is not a date range: the first day must come before the second"));
                }
                ApproxDate::Between(start, end)
            }
            _ => ApproxDate::parse(token)?,
        };
        return Ok(Some((date, rest)));
    }
    for (i, month) in MONTH_NAMES.iter().enumerate() {
        let rest = strip_word(cell, month).or_else(|| strip_word(cell, &month[..3]));
        if let Some(rest) = rest.map(str::trim_start) {
            let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if year.len() == 4 {
                let date = year.parse().ok().and_then(|y| ApproxDate::month(y, i as u8 + 1));
                return date.map(|d| Some((d, &rest[4..]))).ok_or_else(|| format!("\"{cell}\" is not a real month"));
            }
        }
    }
    Ok(None)
}

fn mentions_a_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() == 4)
}

const DATE_FORMS: &str = "write YYYY-MM-DD, YYYY-MM, YYYY-MM-DD/DD or \"unknown (why)\"";

/// The signature from the date and place cells; `None` when both say there is none.
fn signature_cell(date_cell: &str, place_cell: &str) -> Result<Option<Signature>, String> {
    let none = date_cell.is_empty() || strip_word(date_cell, "none").is_some_and(|r| r.trim().is_empty());
    if none && place_cell.is_empty() {
        return Ok(None);
    }
    let (date, date_note) = if none {
        return Err(format!("is empty, but the place is filled in: {DATE_FORMS}"));
    } else if let Some(rest) = strip_word(date_cell, "unknown") {
        (None, note(rest))
    } else {
        match leading_date(date_cell)? {
            Some((date, rest)) => (Some(date), note(rest)),
            None if mentions_a_year(date_cell) => {
                return Err(format!("cannot read a date in \"{date_cell}\": {DATE_FORMS}"))
            }
            None => (None, Some(date_cell.to_string())),
        }
    };
    // "2025-10 (Hanoi)" in a row whose place is Hanoi: the note only repeats the place column.
    let date_note = date_note.filter(|n| !n.eq_ignore_ascii_case(place_cell));
    let (place, place_note) = place_of(place_cell);
    Ok(Some(Signature { date, date_note, place, place_note }))
}

fn place_of(cell: &str) -> (Option<Place>, Option<String>) {
    if cell.is_empty() {
        return (None, None);
    }
    if let Some(rest) = strip_word(cell, "unknown") {
        return (None, note(rest));
    }
    const NAMES: [(Place, &str); 4] =
        [(Place::Hanoi, "Hanoi"), (Place::Hanoi, "Ha Noi"), (Place::Hanoi, "Hà Nội"), (Place::NewYork, "New York")];
    for (place, name) in NAMES {
        if let Some(rest) = strip_word(cell, name) {
            if rest.trim().is_empty() || rest.trim_start().starts_with('(') {
                return (Some(place), note(rest));
            }
        }
    }
    (None, Some(cell.to_string()))
}

fn ratification_cell(cell: &str) -> Result<(Option<Ratification>, Option<String>), String> {
    if cell.is_empty() {
        return Ok((None, None));
    }
    if let Some(rest) = strip_word(cell, "none") {
        let rest = strip_word(rest.trim_start(), "found").unwrap_or(rest);
        return Ok((None, note(rest)));
    }
    if cell.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!(
            "write the kind before the date, e.g. \"ratification {}\"",
            cell.split_whitespace().next().unwrap_or("")
        ));
    }
    const WORDS: [(&str, InstrumentKind); 8] = [
        ("ratification", InstrumentKind::Ratification),
        ("ratified", InstrumentKind::Ratification),
        ("acceptance", InstrumentKind::Acceptance),
        ("accepted", InstrumentKind::Acceptance),
        ("approval", InstrumentKind::Approval),
        ("approved", InstrumentKind::Approval),
        ("accession", InstrumentKind::Accession),
        ("acceded", InstrumentKind::Accession),
    ];
    let Some((kind, rest)) = WORDS.iter().find_map(|(word, kind)| strip_word(cell, word).map(|rest| (*kind, rest)))
    else {
        // A remark about a claim ("Unverified: …", "Not ratified as of …"): kept, not counted.
        return Ok((None, Some(cell.to_string())));
    };
    let rest = rest.trim_start().trim_start_matches([':', ',']).trim_start();
    let needs_day = || {
        format!(
            "\"{cell}\": after \"{}\" give the day of deposit as YYYY-MM-DD (entry into force counts from it), \
             or write the claim as \"none (…)\"",
            kind.code()
        )
    };
    match leading_date(rest)? {
        Some((ApproxDate::Day(date), after)) => Ok((Some(Ratification { kind, date }), note(after))),
        _ => Err(needs_day()),
    }
}

fn confidence_cell(cell: &str) -> Result<(Confidence, Option<String>), String> {
    if cell.is_empty() {
        return Err("is empty (expected UN, OFF, NEWS or WEAK)".into());
    }
    let level = parse_confidence_text(cell)?.level;
    Ok((level, (cell != level.code()).then(|| cell.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn sig(date: &str, place: &str) -> Signature {
        signature_cell(date, place).unwrap().unwrap()
    }

    #[test]
    fn reads_every_date_form_in_the_reference_file() {
        let s = sig("2025-10-25", "Hanoi");
        assert_eq!(
            (s.date, s.date_note, s.place, s.place_note),
            (Some(ApproxDate::Day(day("2025-10-25"))), None, Some(Place::Hanoi), None)
        );
        let s = sig("2025-10-25 (text cut off at \"25 O…\")", "Hanoi");
        assert_eq!(s.date_note.as_deref(), Some("text cut off at \"25 O…\""));
        let s = sig("2025-10-25/26", "Hanoi");
        assert_eq!(s.date, Some(ApproxDate::Between(day("2025-10-25"), day("2025-10-26"))));
        let s = sig("2025-10-25/26 (\"Sunday\" per North Africa Post, i.e. probably 26 Oct)", "Hanoi");
        assert_eq!(s.date_note.as_deref(), Some("\"Sunday\" per North Africa Post, i.e. probably 26 Oct"));
        let s = sig("2025-10 (Hanoi)", "Hanoi");
        assert_eq!(
            (s.date.map(|d| d.to_string()), s.date_note.as_deref()),
            (Some("2025-10".into()), None),
            "repeats the place"
        );
        assert_eq!(sig("2025-10 (Hanoi)", "").date_note.as_deref(), Some("Hanoi"));
        let s = sig("after Hanoi, date not found (\"74th member of the UN to sign\")", "New York");
        assert_eq!(s.date, None);
        assert_eq!(s.date_note.as_deref(), Some("after Hanoi, date not found (\"74th member of the UN to sign\")"));
        assert_eq!(s.place, Some(Place::NewYork));
        let s = sig("July 2026 (exact day not found)", "presumably New York (not stated)");
        assert_eq!(s.date, ApproxDate::month(2026, 7));
        assert_eq!(s.date_note.as_deref(), Some("exact day not found"));
        assert_eq!((s.place, s.place_note.as_deref()), (None, Some("presumably New York (not stated)")));
    }

    #[test]
    fn other_date_forms() {
        assert_eq!(
            sig("2025-10-25/2025-10-26", "").date,
            Some(ApproxDate::Between(day("2025-10-25"), day("2025-10-26")))
        );
        assert_eq!(sig("Jul 2026", "").date, ApproxDate::month(2026, 7));
        assert_eq!(sig("september 2026", "").date, ApproxDate::month(2026, 9));
        assert_eq!(sig("2025-10-25 first signatory", "").date_note.as_deref(), Some("first signatory"));
        let s = sig("unknown (no source gives it)", "unknown");
        assert_eq!(
            (s.date, s.date_note.as_deref(), s.place, s.place_note),
            (None, Some("no source gives it"), None, None)
        );
        assert_eq!(signature_cell("", ""), Ok(None));
        assert_eq!(signature_cell("none", ""), Ok(None));
    }

    #[test]
    fn wrong_dates_are_errors() {
        for (cell, needle) in [
            ("2026-13-01", "no month 13"),
            ("2026-02-30", "28 days"),
            ("2025-10-25/24", "before"),
            ("2025-10-31/32", "not a day"),
            ("2025/10/25", "YYYY-MM-DD"),
            ("25 Oct 2025", "cannot read a date"),
            ("Oct 25, 2025", "cannot read a date"),
            ("Julember 2026", "cannot read a date"),
            ("2025-1-5", "YYYY-MM-DD"),
        ] {
            let e = signature_cell(cell, "Hanoi").unwrap_err();
            assert!(e.contains(needle), "{cell}: {e}");
        }
        assert!(signature_cell("", "Hanoi").unwrap_err().contains("empty"));
    }

    #[test]
    fn places() {
        assert_eq!(place_of("Hà Nội"), (Some(Place::Hanoi), None));
        assert_eq!(place_of("new york (UN Headquarters)"), (Some(Place::NewYork), Some("UN Headquarters".into())));
        assert_eq!(place_of("New Yorkshire"), (None, Some("New Yorkshire".into())));
        assert_eq!(place_of("Hanoi, probably"), (None, Some("Hanoi, probably".into())));
        assert_eq!(
            place_of("unknown (presumably New York (not stated))"),
            (None, Some("presumably New York (not stated)".into()))
        );
    }

    #[test]
    fn ratification_cells() {
        assert_eq!(ratification_cell("none found"), Ok((None, None)));
        assert_eq!(ratification_cell(""), Ok((None, None)));
        assert_eq!(ratification_cell("None (claimed by a wiki)"), Ok((None, Some("claimed by a wiki".into()))));
        let claim = "Unverified: one AI-written wiki says Qatar ratified in Feb 2026";
        assert_eq!(ratification_cell(claim), Ok((None, Some(claim.into()))));
        let not_yet = "Not ratified as of 2026-01-28 (still \"completing domestic procedures\").";
        assert_eq!(ratification_cell(not_yet), Ok((None, Some(not_yet.into()))));
        let r = |kind, d| Some(Ratification { kind, date: day(d) });
        assert_eq!(
            ratification_cell("ratification 2026-02-10"),
            Ok((r(InstrumentKind::Ratification, "2026-02-10"), None))
        );
        assert_eq!(
            ratification_cell("Acceded: 2026-03-01 (with two reservations)"),
            Ok((r(InstrumentKind::Accession, "2026-03-01"), Some("with two reservations".into())))
        );
        assert_eq!(ratification_cell("approval, 2026-04-01"), Ok((r(InstrumentKind::Approval, "2026-04-01"), None)));
        for bad in ["ratified in Feb 2026", "ratification 2026-02", "ratified", "acceptance 2026-02-30", "2026-02-10"] {
            assert!(ratification_cell(bad).is_err(), "{bad}");
        }
        assert!(ratification_cell("2026-02-10").unwrap_err().contains("ratification 2026-02-10"));
    }

    #[test]
    fn country_names() {
        let state = ParticipantKind::State;
        assert_eq!(country_cell("Algeria", state), ("Algeria".into(), None));
        assert_eq!(
            country_cell("Czechia (listed as \"Czech Republic\")", state),
            ("Czechia".into(), Some("Czech Republic".into()))
        );
        assert_eq!(
            country_cell("Iran (listed as \"Iran (Islamic Republic of)\")", state),
            ("Iran".into(), Some("Iran (Islamic Republic of)".into()))
        );
        assert_eq!(
            country_cell("European Union (a regional economic integration organization)", ParticipantKind::Reio),
            ("European Union".into(), None)
        );
        assert_eq!(country_cell("Foo (Bar)", state), ("Foo (Bar)".into(), None));
        assert_eq!(country_cell("(listed as \"X\")", state), ("(listed as \"X\")".into(), None));
    }

    #[test]
    fn confidence_cells() {
        assert_eq!(confidence_cell("UN"), Ok((Confidence::Un, None)));
        assert_eq!(confidence_cell("OFF/NEWS"), Ok((Confidence::Off, Some("OFF/NEWS".into()))));
        assert!(confidence_cell("").is_err());
        assert!(confidence_cell("SURE").is_err());
    }

    #[test]
    fn parentheses_are_unwrapped_only_around_the_whole_note() {
        assert_eq!(unwrap_parens(" (a (b) c) "), "a (b) c");
        assert_eq!(unwrap_parens("(a) and (b)"), "(a) and (b)");
        assert_eq!(unwrap_parens("(a"), "(a");
        assert_eq!(note("  "), None);
    }
}
