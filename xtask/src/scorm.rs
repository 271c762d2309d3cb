//! `cargo xtask scorm --out FILE.zip [--lang L] [--questions N] [--topics a,b] [--seed S]
//! [--pass PERCENT] [--bank FILE.json]`: the quiz as a SCORM 1.2 package for an LMS (Moodle's
//! SCORM activity, Canvas's SCORM import, …). The package itself is `core_scorm::package`, the
//! code the teachers' page uses too; this only reads the flags and files. The widget's files
//! come from `dist/` (built first when it has none). Bad settings or a bad bank: errors, no zip.

use crate::{dist, tools, Result};
use core_scorm::{File, Settings, ENTRY};
use std::fs;
use std::path::{Path, PathBuf};

pub const USAGE: &str =
    "usage: cargo xtask scorm --out FILE.zip [--lang L] [--questions N] [--topics a,b] [--seed S] [--pass PERCENT] [--bank FILE.json]";

#[derive(Debug, Default, PartialEq)]
struct Flags {
    out: Option<String>,
    lang: Option<String>,
    questions: Option<String>,
    topics: Option<String>,
    seed: Option<String>,
    pass: Option<String>,
    bank: Option<String>,
}

fn flags(args: &[String]) -> std::result::Result<Flags, String> {
    let mut f = Flags::default();
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let slot = match flag.as_str() {
            "--out" => &mut f.out,
            "--lang" => &mut f.lang,
            "--questions" => &mut f.questions,
            "--topics" => &mut f.topics,
            "--seed" => &mut f.seed,
            "--pass" => &mut f.pass,
            "--bank" => &mut f.bank,
            other => return Err(format!("scorm: unknown argument `{other}`\n{USAGE}")),
        };
        let value = rest.next().ok_or_else(|| format!("scorm: {flag} needs a value\n{USAGE}"))?;
        *slot = Some(value.clone());
    }
    if f.out.is_none() {
        return Err(format!("scorm: --out FILE.zip is required\n{USAGE}"));
    }
    Ok(f)
}

pub fn run(args: &[String]) -> Result {
    let f = flags(args)?;
    let out = PathBuf::from(f.out.as_deref().unwrap_or_default());
    let report = |errors: Vec<core_scorm::SettingError>| -> Box<dyn std::error::Error> {
        let lines: Vec<String> = errors.iter().map(|e| format!("  --{e}")).collect();
        format!("scorm: no package written:\n{}", lines.join("\n")).into()
    };
    let settings = Settings::parse(
        f.lang.as_deref(),
        f.questions.as_deref(),
        f.topics.as_deref(),
        f.seed.as_deref(),
        f.pass.as_deref(),
    )
    .map_err(report)?;
    let bank = match &f.bank {
        Some(path) => fs::read_to_string(path).map_err(|e| format!("scorm: --bank {path}: {e}"))?,
        None => core_quiz::BUILT_IN_JSON.to_string(),
    };
    // Before any build: bad input fails in a second.
    core_scorm::check(&settings, &bank).map_err(report)?;
    let dist = dist::dist_dir();
    if !dist.join(ENTRY).exists() {
        println!("scorm: dist/ has no {ENTRY}; building the widgets first");
        dist::build(&tools::ensure_all()?)?;
    }
    let zip = core_scorm::package(&settings, &bank, &widget_files(&dist)?).map_err(report)?;
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    fs::write(&out, &zip).map_err(|e| format!("scorm: {}: {e}", out.display()))?;
    println!(
        "scorm: {} ({} KB): SCORM 1.2, {} questions in {}, pass mark {}%",
        out.display(),
        zip.len() / 1000,
        settings.questions,
        settings.lang.code(),
        settings.pass
    );
    Ok(())
}

/// The quiz's entry in `dist` and the files it names.
fn widget_files(dist: &Path) -> Result<Vec<File>> {
    let read = |path: &str| -> Result<File> {
        let bytes = fs::read(dist.join(path)).map_err(|e| format!("scorm: dist/{path}: {e}"))?;
        Ok(File { path: path.to_string(), bytes })
    };
    let entry = read(ENTRY)?;
    let mut files = vec![];
    for name in core_scorm::widget_assets(&String::from_utf8_lossy(&entry.bytes)) {
        files.push(read(&name)?);
    }
    files.insert(0, entry);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_are_read_and_mistakes_named() {
        let f = flags(&args(&["--out", "q.zip", "--pass", "70", "--lang", "vi"])).unwrap();
        assert_eq!((f.out.as_deref(), f.pass.as_deref(), f.lang.as_deref()), (Some("q.zip"), Some("70"), Some("vi")));
        assert!(flags(&args(&["--pass", "70"])).unwrap_err().contains("--out FILE.zip is required"));
        assert!(flags(&args(&["--out"])).unwrap_err().contains("--out needs a value"));
        assert!(flags(&args(&["--out", "q.zip", "--colour", "red"]))
            .unwrap_err()
            .contains("unknown argument `--colour`"));
    }

    /// Bad input stops before anything is built or written.
    #[test]
    fn bad_settings_or_bank_write_no_zip() {
        let dir = std::env::temp_dir().join(format!("scorm-cli-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let out = dir.join("q.zip");
        let out_arg = out.display().to_string();
        let bad_bank = dir.join("bad.json");
        fs::write(&bad_bank, "{\"questions\": [}").unwrap();
        let cases: [(&[&str], &str); 4] = [
            (&["--pass", "150"], "--pass: `150` is not a percentage from 0 to 100"),
            (&["--questions", "0"], "--questions: `0` is not a whole number from 1 to 50"),
            (&["--bank", bad_bank.to_str().unwrap()], "--bank: the bank is not valid: line 1"),
            (&["--topics", "nope"], "--topics: the bank has no questions on nope"),
        ];
        for (extra, message) in cases {
            let mut list = args(&["--out", &out_arg]);
            list.extend(args(extra));
            let error = run(&list).unwrap_err().to_string();
            assert!(error.starts_with("scorm: no package written:") && error.contains(message), "{error}");
            assert!(!out.exists(), "no zip for {extra:?}");
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
