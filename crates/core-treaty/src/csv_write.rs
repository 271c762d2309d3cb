//! Writes participants as CSV in the editor's columns: the map's "download CSV" link, and a
//! spreadsheet an editor can change and import again (`import_csv(to_csv(x))` gives back `x`).

use crate::csv::write_record;
use crate::import::{localized_columns, CSV_COLUMNS};
use crate::model::{Participant, Signatories};
use core_i18n::Lang;

/// RFC 4180 (CRLF line ends), no byte-order mark: add "\u{feff}" for Excel if needed.
pub fn to_csv(data: &Signatories) -> String {
    write(data, &CSV_COLUMNS)
}

/// Like [`to_csv`], with the column names in the reader's language (the map's download); the
/// cells keep the editor's grammar, so the file still imports.
pub fn to_csv_for(data: &Signatories, lang: Lang) -> String {
    let names: Vec<&str> = localized_columns(lang).collect();
    // The catalogue test checks there are eight; the editor's names if a translation lost one.
    write(data, if names.len() == CSV_COLUMNS.len() { &names } else { &CSV_COLUMNS })
}

fn write(data: &Signatories, header: &[&str]) -> String {
    let mut out = String::with_capacity(64 + data.participants.len() * 200);
    write_record(&mut out, header);
    for (i, p) in data.participants.iter().enumerate() {
        write_record(&mut out, &row(i + 1, p));
    }
    out
}

/// `value (note)`, `value`, or `unknown (note)` when only the note is known: the importer reads
/// each back the same way.
fn with_note(value: Option<String>, note: Option<&str>) -> String {
    match (value, note) {
        (Some(v), Some(n)) => format!("{v} ({n})"),
        (Some(v), None) => v,
        (None, Some(n)) => format!("unknown ({n})"),
        (None, None) => String::new(),
    }
}

fn row(n: usize, p: &Participant) -> [String; 8] {
    let country = match &p.un_name {
        Some(un) => format!("{} (listed as \"{un}\")", p.name),
        None => p.name.clone(),
    };
    let (date, place) = match &p.signature {
        Some(s) => (
            with_note(s.date.map(|d| d.to_string()), s.date_note.as_deref()),
            with_note(s.place.map(|p| p.code().to_string()), s.place_note.as_deref()),
        ),
        None => ("none".to_string(), String::new()),
    };
    let ratification = match (&p.ratification, p.ratification_note.as_deref()) {
        (Some(r), note) => with_note(Some(format!("{} {}", r.kind.code(), r.date)), note),
        (None, Some(note)) => format!("none ({note})"),
        (None, None) => "none found".to_string(),
    };
    [
        n.to_string(),
        country,
        p.iso2.clone(),
        date,
        place,
        ratification,
        p.source.clone(),
        p.confidence_text.clone().unwrap_or_else(|| p.confidence.code().to_string()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{import_csv, parse_signatories, to_json};

    const DATA: &str = r#"{
  "as_of": "2026-07-31",
  "sources": [],
  "participants": [
    {"iso2": "CZ", "name": "Czechia", "un_name": "Czech Republic", "signature": {"date": "2025-10-25", "place": "Hanoi"}, "source": "UN, p. 2", "confidence": "UN"},
    {"iso2": "EU", "kind": "reio", "name": "European Union", "signature": {"date": "2025-10-25/2025-10-26", "date_note": "weekend", "place": "Hanoi"}, "source": "x", "confidence": "NEWS"},
    {"iso2": "FJ", "name": "Fiji", "signature": {"date": null, "date_note": "after Hanoi (\"74th\")", "place": "New York"}, "source": "FBC", "confidence": "NEWS"},
    {"iso2": "CA", "name": "Canada", "signature": {"date": "2026-07", "place": null, "place_note": "New York (not stated)"}, "source": "d", "confidence": "WEAK"},
    {"iso2": "QA", "name": "Qatar", "signature": {"date": "2025-10-25", "place": "Hanoi"}, "ratification_note": "Ratification claimed by a wiki", "source": "QNA", "confidence": "OFF", "confidence_text": "OFF (signature); WEAK (ratification)"},
    {"iso2": "FR", "name": "France", "signature": {"date": "2025-10-25", "place": "Hanoi"}, "ratification": {"kind": "approval", "date": "2026-03-01"}, "ratification_note": "with a declaration", "source": "UN", "confidence": "UN"},
    {"iso2": "NZ", "name": "New Zealand", "ratification": {"kind": "accession", "date": "2026-05-01"}, "source": "UN \"status\"", "confidence": "UN"}
  ]
}"#;

    #[test]
    fn writes_rows_an_editor_can_read() {
        let data = parse_signatories(DATA).unwrap();
        let csv = to_csv(&data);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "n,country,iso2,signature_date,place,ratification,source,confidence");
        assert_eq!(
            lines[1],
            "1,\"Czechia (listed as \"\"Czech Republic\"\")\",CZ,2025-10-25,Hanoi,none found,\"UN, p. 2\",UN"
        );
        assert_eq!(lines[2], "2,European Union,EU,2025-10-25/2025-10-26 (weekend),Hanoi,none found,x,NEWS");
        assert_eq!(lines[3], "3,Fiji,FJ,\"unknown (after Hanoi (\"\"74th\"\"))\",New York,none found,FBC,NEWS");
        assert_eq!(lines[4], "4,Canada,CA,2026-07,unknown (New York (not stated)),none found,d,WEAK");
        assert!(lines[5].contains(",none (Ratification claimed by a wiki),QNA,OFF (signature); WEAK (ratification)"));
        assert!(lines[6].contains(",approval 2026-03-01 (with a declaration),"));
        assert_eq!(lines[7], "7,New Zealand,NZ,none,,accession 2026-05-01,\"UN \"\"status\"\"\",UN");
        assert_eq!(lines[8], "");
    }

    #[test]
    fn importing_the_written_csv_gives_the_same_data() {
        let data = parse_signatories(DATA).unwrap();
        let base = Signatories { participants: vec![], ..data.clone() };
        let back = import_csv(&to_csv(&data), base.clone()).unwrap();
        assert_eq!(back, data);
        assert_eq!(to_json(&back), to_json(&data));
        // The map's download, with its column names in each language, imports the same.
        for lang in Lang::ALL {
            let csv = to_csv_for(&data, lang);
            assert_eq!(import_csv(&csv, base.clone()).unwrap(), data, "{lang:?}");
        }
    }

    #[test]
    fn the_download_names_its_columns_in_the_readers_language() {
        let data = parse_signatories(DATA).unwrap();
        let first = |lang| to_csv_for(&data, lang).split("\r\n").next().unwrap().to_string();
        assert_eq!(
            first(Lang::En),
            "No.,Country,ISO code,Signature date,Place of signature,Ratification,Source,Confidence"
        );
        assert_eq!(first(Lang::Zh), "序号,国家,ISO代码,签署日期,签署地点,批准,来源,可信度");
        for lang in Lang::ALL {
            let names: Vec<&str> = localized_columns(lang).collect();
            assert_eq!(names.len(), CSV_COLUMNS.len(), "{lang:?}: {names:?}");
            let distinct: std::collections::HashSet<String> = names.iter().map(|n| n.to_lowercase()).collect();
            assert_eq!(distinct.len(), names.len(), "{lang:?} names two columns alike");
            assert!(names.iter().all(|n| !n.is_empty() && !n.contains('"')), "{lang:?}: {names:?}");
            if lang != Lang::En {
                assert_ne!(first(lang), first(Lang::En), "{lang:?} is English");
            }
        }
    }
}
