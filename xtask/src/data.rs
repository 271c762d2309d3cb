//! Commands for the people who edit data:
//!
//! - `cargo xtask validate-bank FILE`: checks a school's own quiz bank with the same validator the
//!   widget uses, and lists every problem with its line and field path.
//! - `cargo xtask import-signatories FILE [--as-of YYYY-MM-DD]`: turns the editors' spreadsheet
//!   (columns as in data/signatories.csv) into data/signatories.json, keeping the file-level
//!   fields (sources, reported counts) a spreadsheet row cannot hold. A FILE whose first line is
//!   the UN Treaty Collection's table header (Participant, Signature, Ratification… separated
//!   by tabs, as copied from its page) updates only the rows it lists (see `core_treaty::untc`),
//!   with names mapped by data/aliases.json, and rewrites data/signatories.csv to match. Both
//!   print what changed.

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
    let (path, as_of) = match args {
        [file] => (file, None),
        [file, flag, date] if flag == "--as-of" => (file, Some(date)),
        _ => return Err("usage: cargo xtask import-signatories FILE [--as-of YYYY-MM-DD]  (FILE: the editors' CSV, or the UN Treaty Collection's table pasted as text)".into()),
    };
    let json_path = root().join("data/signatories.json");
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let json = std::fs::read_to_string(&json_path)?;
    let old = core_treaty::parse_signatories(&json).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let mut base = old.clone();
    if let Some(date) = as_of {
        base.as_of = core_treaty::parse_date(date).map_err(|e| format!("--as-of: {e}"))?;
    }
    let lines = |errors: Vec<String>| errors.iter().map(|e| format!("{path}: {e}")).collect::<Vec<_>>().join("\n");
    let data = if core_treaty::is_untc_table(&text) {
        let names_path = root().join("data/aliases.json");
        let names = core_search::parse_names(&std::fs::read_to_string(&names_path)?)
            .map_err(|e| format!("{}: {e}", names_path.display()))?;
        let nfd = |t: &str| -> String { unicode_normalization::UnicodeNormalization::nfd(t).collect() };
        let table = core_treaty::parse_untc(&text, &|name| names.code_for(name, &nfd).map(str::to_string))
            .map_err(|errors| lines(errors.iter().map(ToString::to_string).collect()))?;
        let name_of = |code: &str| names.of(code).map_or_else(|| code.to_string(), |s| s.un.clone());
        let import = core_treaty::merge_untc(base, &table, &name_of)
            .map_err(|errors| lines(errors.iter().map(ToString::to_string).collect()))?;
        println!(
            "{path}: the UN Treaty Collection's table, {} rows: {} updated, {} added; {} rows it does not list kept as they were: {}",
            table.rows.len(),
            import.updated.len(),
            import.added.len(),
            import.kept.len(),
            import.kept.join(" ")
        );
        // The spreadsheet stays the reference copy: it gets the same rows (in the writer's form).
        let csv_path = root().join("data/signatories.csv");
        std::fs::write(&csv_path, core_treaty::to_csv(&import.data))?;
        println!("{}: rewritten from the updated data", csv_path.display());
        import.data
    } else {
        core_treaty::import_csv(&text, base)
            .map_err(|errors| lines(errors.iter().map(ToString::to_string).collect()))?
    };
    let changes = core_treaty::diff(&old, &data);
    if changes.is_empty() {
        println!("no change to dates, places, kinds or confidence");
    }
    for change in &changes {
        println!("  {change}");
    }
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
