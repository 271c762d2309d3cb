//! Regenerates the signatories JSON from the editor's CSV, keeping the JSON's file-level fields
//! (as_of, sources, reported counts), which a spreadsheet row cannot hold.
//!
//! cargo run -p core-treaty --example import_signatories -- data/signatories.csv data/signatories.json [--as-of YYYY-MM-DD]

use core_treaty::{import_csv, parse_signatories, to_json, Date};
use std::process::ExitCode;

fn run(args: &[String]) -> Result<(), String> {
    let (csv_path, json_path) = match args {
        [csv, json] | [csv, json, _, _] => (csv, json),
        _ => return Err("usage: import_signatories CSV JSON [--as-of YYYY-MM-DD]".into()),
    };
    let csv = std::fs::read_to_string(csv_path).map_err(|e| format!("{csv_path}: {e}"))?;
    let json = std::fs::read_to_string(json_path).map_err(|e| format!("{json_path}: {e}"))?;
    let mut base = parse_signatories(&json).map_err(|e| format!("{json_path}: {e}"))?;
    if let [_, _, flag, date] = args {
        if flag != "--as-of" {
            return Err(format!("unknown option {flag}"));
        }
        base.as_of = Date::parse(date)?;
    }
    let data = import_csv(&csv, base)
        .map_err(|errors| errors.iter().map(|e| format!("{csv_path}: {e}")).collect::<Vec<_>>().join("\n"))?;
    std::fs::write(json_path, to_json(&data)).map_err(|e| format!("{json_path}: {e}"))?;
    let counts = data.counts();
    eprintln!(
        "{json_path}: {} participants, {} signatories, {} instruments",
        data.participants.len(),
        counts.signatories,
        data.progress().counted
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
