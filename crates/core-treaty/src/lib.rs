//! Who signed and who ratified the UN Convention against Cybercrime ("Hanoi Convention"), and
//! what follows from it: status per country, legend counts, and progress toward entry into force.
//!
//! The data file (`data/signatories.json`, schema in `data/schema/`) stores only facts with their
//! sources: signature and ratification dates, places, and per-row source and confidence. Counts,
//! status and entry-into-force progress are derived here, never stored. Editors keep the rows in a
//! spreadsheet (`data/signatories.csv`); [`import_csv`] turns it into the JSON
//! (`cargo xtask import-signatories`).
//!
//! Pure Rust with no dependencies beyond the workspace's JSON reader and language list, so the
//! map and the countdown (whose `entry-into-force` milestone comes from [`Signatories::progress`])
//! can share it in wasm.

mod confidence;
mod csv;
mod csv_write;
mod date;
mod import;
mod iso;
mod json_read;
mod json_write;
mod links;
pub mod map_config;
pub mod map_state;
mod model;
mod progress;
mod rules;
mod status;
mod untc;

pub use confidence::{parse_confidence_text, Confidence, ConfidenceText};
pub use csv::CsvError;
pub use csv_write::{to_csv, to_csv_for};
pub use date::{parse_date, ApproxDate, Date};
pub use import::{import_csv, localized_columns, CSV_COLUMNS};
pub use iso::{code_problem, is_assigned, is_participant_code, is_un_state, parse_code_list, CodeList, EU, UN_STATES};
pub use json_read::{parse_signatories, progress_from_json};
pub use json_write::{to_json, SCHEMA_REF};
pub use links::{is_web_url, text_parts, TextPart};
pub use model::{
    InstrumentKind, Participant, ParticipantKind, Place, Ratification, ReportedCount, Scope, Signatories, Signature,
    Source,
};
pub use progress::{entry_into_force_after, Progress};
pub use rules::{DAYS_AFTER_DEPOSIT, HANOI_LAST_DAY, INSTRUMENTS_REQUIRED, SIGNATURE_CLOSES, SIGNATURE_OPENS};
pub use status::{Counts, Gap, Status};
pub use untc::{diff, is_untc_table, merge_untc, parse_untc, LineError, UntcImport, UntcRow, UntcTable, UNTC_SOURCE};

/// The built-in data file, compiled in so the widgets work without a network request.
pub const BUILT_IN_JSON: &str = include_str!("../../../data/signatories.json");

/// Parses the built-in data. It is checked by this crate's tests, so the error case is for
/// completeness only; callers may keep the result rather than parse again.
pub fn built_in() -> Result<Signatories, core_json::DataError> {
    parse_signatories(BUILT_IN_JSON)
}

/// The copy of `data` that a widget compiles in: everything it shows or lets readers download,
/// without what only the file's readers read (the file's note, its sources' notes and the days
/// they were read), as one line of JSON. For the map's build script: ~0.7 KB less gzipped wasm.
pub fn embedded_json(data: &Signatories) -> String {
    let mut copy = data.clone();
    copy.note = None;
    for source in &mut copy.sources {
        source.note = None;
        source.read = None;
    }
    core_json::minify(&to_json(&copy))
}

#[cfg(test)]
mod embedded_tests {
    #[test]
    fn the_embedded_copy_keeps_what_widgets_use() {
        let full = super::built_in().unwrap();
        let text = super::embedded_json(&full);
        assert!(!text.contains('\n') && text.len() < super::BUILT_IN_JSON.len() * 3 / 4, "{} bytes", text.len());
        let copy = super::parse_signatories(&text).unwrap();
        assert_eq!((copy.as_of, &copy.participants, &copy.reported), (full.as_of, &full.participants, &full.reported));
        let shown = |d: &super::Signatories| {
            d.sources.iter().map(|s| (s.id.clone(), s.title.clone(), s.url.clone())).collect::<Vec<_>>()
        };
        assert_eq!(shown(&copy), shown(&full));
        assert!(copy.note.is_none() && copy.sources.iter().all(|s| s.note.is_none() && s.read.is_none()));
    }
}
