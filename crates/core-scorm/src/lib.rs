//! The quiz as a SCORM 1.2 package, without a browser or a file system: the settings a teacher
//! chooses, `imsmanifest.xml`, the launch page with its LMS layer (`scorm.js`), and the zip.
//! `cargo xtask scorm` and the teachers' page both call [`package`], so the two producers give
//! the same package for the same settings (the zip has no clock in it: same input, same bytes).
//!
//! What is inside, all by relative path, so it runs from the LMS's own origin and nothing else:
//!
//! ```text
//! imsmanifest.xml          one organization, one item, one SCO resource, the mastery score
//! index.html               the launch page: <scam-quiz persist="off" …> with the bank inline
//! scorm.js  scorm.css      the LMS layer (the only code here that speaks SCORM) and the page's style
//! widgets/scam-quiz.js     the quiz's entry, and the content-hashed files it names:
//! assets/scam-quiz.<hash>.js, assets/scam-quiz.<hash>.wasm, assets/text.scam-quiz.<lang>.<hash>.txt
//! ```

mod manifest;
mod page;
mod settings;

pub use manifest::manifest;
pub use page::launch_page;
pub use settings::{SettingError, Settings};

use core_quiz::{parse_bank, Bank, Plan};
use std::io::Write;

/// The LMS layer of the launch page: finds the API, starts or resumes, reports (see the file).
pub const SCORM_JS: &str = include_str!("scorm.js");
pub const SCORM_CSS: &str = include_str!("scorm.css");
/// Where the quiz's entry script sits, in `dist/` and in the package.
pub const ENTRY: &str = "widgets/scam-quiz.js";
/// SCORM 1.2's limit on `cmi.suspend_data`.
pub const SUSPEND_DATA_LIMIT: usize = 4096;

/// One file of the package: its path inside the zip and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The content-hashed files the quiz's entry script loads (`assets/scam-quiz.<hash>.js` and
/// `.wasm`, and its language packs `assets/text.scam-quiz.<lang>.<hash>.txt`), found in its
/// text: a package must carry exactly these.
pub fn widget_assets(entry_js: &str) -> Vec<String> {
    let mut found = code_assets(entry_js);
    const PACK: &str = "assets/text.scam-quiz.";
    for after in after_each(entry_js, &format!("\"{PACK}")) {
        let name = format!("{PACK}{}", after.split('"').next().unwrap_or(""));
        let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/'));
        if plain && name.ends_with(".txt") && !found.contains(&name) {
            found.push(name);
        }
    }
    found
}

/// The text after each occurrence of `needle` in `text`.
fn after_each<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = &'a str> {
    let len = needle.len();
    text.match_indices(needle).map(move |(at, _)| text.get(at + len..).unwrap_or(""))
}

/// The quiz's own `.js` and `.wasm`.
fn code_assets(entry_js: &str) -> Vec<String> {
    const STEM: &str = "scam-quiz.";
    let mut found: Vec<String> = Vec::new();
    for after in after_each(entry_js, STEM) {
        let hash: String = after.chars().take(8).collect();
        let tail = after.get(8..).unwrap_or("");
        if hash.len() == 8 && hash.chars().all(|c| c.is_ascii_hexdigit()) {
            for ext in [".js", ".wasm"] {
                if tail.starts_with(ext) {
                    let name = format!("assets/{STEM}{hash}{ext}");
                    if !found.contains(&name) {
                        found.push(name);
                    }
                }
            }
        }
    }
    found
}

/// Checks the settings against the bank: a valid bank, topics it has, and attempts whose
/// progress fits SCORM 1.2's suspend data. Returns the parsed bank.
pub fn check(settings: &Settings, bank_json: &str) -> Result<Bank, Vec<SettingError>> {
    let bank = parse_bank(bank_json).map_err(|errors| {
        errors.iter().map(|e| SettingError::new("bank", format!("the bank is not valid: {e}"))).collect::<Vec<_>>()
    })?;
    let plan = Plan::new(&bank, &settings.quiz_config(), 0);
    let mut errors = Vec::new();
    if !plan.ignored_topics().is_empty() {
        let in_use: Vec<&str> = bank.topics_in_use().iter().map(|t| t.id.as_str()).collect();
        errors.push(SettingError::new(
            "topics",
            format!(
                "the bank has no questions on {}; its topics are {}",
                plan.ignored_topics().join(", "),
                in_use.join(", ")
            ),
        ));
    }
    let largest = plan.largest_progress_state(&bank);
    if largest >= SUSPEND_DATA_LIMIT {
        errors.push(SettingError::new(
            "bank",
            format!(
                "an attempt's progress could take {largest} characters, more than the {SUSPEND_DATA_LIMIT} SCORM 1.2 \
                 keeps (cmi.suspend_data): ask for fewer questions, or use shorter question and choice ids"
            ),
        ));
    }
    if errors.is_empty() {
        Ok(bank)
    } else {
        Err(errors)
    }
}

/// The package as zip bytes. `widget` holds the quiz's files: [`ENTRY`] and the assets it
/// names ([`widget_assets`]).
pub fn package(settings: &Settings, bank_json: &str, widget: &[File]) -> Result<Vec<u8>, Vec<SettingError>> {
    check(settings, bank_json)?;
    let entry = widget.iter().find(|f| f.path == ENTRY).ok_or_else(|| {
        vec![SettingError::new("widget", format!("{ENTRY} is missing: build the widgets first (cargo xtask dist)"))]
    })?;
    let mut files = vec![
        File { path: "index.html".into(), bytes: launch_page(settings, bank_json).into_bytes() },
        File { path: "scorm.js".into(), bytes: SCORM_JS.as_bytes().to_vec() },
        File { path: "scorm.css".into(), bytes: SCORM_CSS.as_bytes().to_vec() },
        entry.clone(),
    ];
    for name in widget_assets(&String::from_utf8_lossy(&entry.bytes)) {
        let file = widget.iter().find(|f| f.path == name).ok_or_else(|| {
            vec![SettingError::new("widget", format!("{name} (named by {ENTRY}) is missing: rebuild the widgets"))]
        })?;
        files.push(file.clone());
    }
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let manifest = manifest(settings, &paths);
    zip(&manifest, &files).map_err(|e| vec![SettingError::new("zip", e.to_string())])
}

fn zip(manifest: &str, files: &[File]) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    // The manifest first, at the root, as Moodle looks for it.
    writer.start_file("imsmanifest.xml", options)?;
    writer.write_all(manifest.as_bytes())?;
    for file in files {
        writer.start_file(file.path.as_str(), options)?;
        writer.write_all(&file.bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// Escapes text for XML and HTML text and attribute values.
pub(crate) use core_json::escape_html as escape;
