//! Commands for the people who edit data:
//!
//! - `cargo xtask validate-bank FILE`: checks a school's own quiz bank with the same validator the
//!   widget uses, and lists every problem with its line and field path.
//! - `cargo xtask import-signatories CSV [--as-of YYYY-MM-DD]`: turns the editors' spreadsheet
//!   (columns as in data/signatories.csv) into data/signatories.json, keeping the file-level
//!   fields (sources, reported counts) a spreadsheet row cannot hold.

use crate::{root, Result};

pub fn validate_bank(args: &[String]) -> Result {
    let [path] = args else { return Err("usage: cargo xtask validate-bank FILE".into()) };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    match core_quiz::parse_bank(&text) {
        Ok(bank) => {
            println!("{path}: valid, {} questions in {} topics", bank.questions.len(), bank.topics_in_use().len());
            Ok(())
        }
        Err(errors) => {
            for e in &errors {
                println!("{path}: {e}");
            }
            Err(format!("{path}: {} problem(s)", errors.len()).into())
        }
    }
}

pub fn import_signatories(args: &[String]) -> Result {
    let (csv_path, as_of) = match args {
        [csv] => (csv, None),
        [csv, flag, date] if flag == "--as-of" => (csv, Some(date)),
        _ => return Err("usage: cargo xtask import-signatories CSV [--as-of YYYY-MM-DD]".into()),
    };
    let json_path = root().join("data/signatories.json");
    let csv = std::fs::read_to_string(csv_path).map_err(|e| format!("{csv_path}: {e}"))?;
    let json = std::fs::read_to_string(&json_path)?;
    let mut base = core_treaty::parse_signatories(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;
    if let Some(date) = as_of {
        base.as_of = core_treaty::parse_date(date).map_err(|e| format!("--as-of: {e}"))?;
    }
    let data = core_treaty::import_csv(&csv, base)
        .map_err(|errors| errors.iter().map(|e| format!("{csv_path}: {e}")).collect::<Vec<_>>().join("\n"))?;
    std::fs::write(&json_path, core_treaty::to_json(&data))?;
    let counts = data.counts();
    println!(
        "{}: {} participants, {} signatories, {} of {} instruments toward entry into force",
        json_path.display(),
        data.participants.len(),
        counts.signatories,
        data.progress().counted,
        data.progress().required
    );
    Ok(())
}
