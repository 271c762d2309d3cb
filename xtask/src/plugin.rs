//! The WordPress plugin (`integrations/wordpress/hanoi-convention-widgets/`), zipped into
//! `dist/integrations/hanoi-convention-widgets.zip` as WordPress's "Upload plugin" wants it: one
//! folder at the root. Its default widget host becomes the origin dist/ is built for
//! (`WIDGETS_ORIGIN`).

use crate::{root, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

pub const NAME: &str = "hanoi-convention-widgets";
/// The default host as the plugin's source says it, replaced in the zip.
const SOURCE_HOST: &str = "define( 'AWARENESS_WIDGETS_DEFAULT_HOST', 'http://localhost:8080' );";

pub fn source_dir() -> PathBuf {
    root().join("integrations/wordpress").join(NAME)
}

/// Where the zip goes in dist/.
pub fn zip_path(dist: &Path) -> PathBuf {
    dist.join("integrations").join(format!("{NAME}.zip"))
}

/// The plugin's files (name, bytes), its default host set to `origin`.
fn files(origin: &str) -> Result<Vec<(String, Vec<u8>)>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(source_dir())?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    let mut out = Vec::new();
    for path in names.into_iter().filter(|p| p.is_file()) {
        let name = path.file_name().and_then(|n| n.to_str()).ok_or("bad file name")?.to_string();
        let mut bytes = std::fs::read(&path)?;
        if name == format!("{NAME}.php") {
            let text = String::from_utf8(bytes)?;
            if !text.contains(SOURCE_HOST) {
                return Err(format!(
                    "{name}: the line `{SOURCE_HOST}` is gone; xtask/src/plugin.rs sets the host there"
                )
                .into());
            }
            let host = SOURCE_HOST.replace("http://localhost:8080", origin);
            bytes = text.replace(SOURCE_HOST, &host).into_bytes();
        }
        out.push((name, bytes));
    }
    Ok(out)
}

/// Writes the zip; returns its path.
pub fn write(dist: &Path, origin: &str) -> Result<PathBuf> {
    let path = zip_path(dist);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path)?);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    zip.add_directory(format!("{NAME}/"), options.unix_permissions(0o755))?;
    for (name, bytes) in files(origin)? {
        zip.start_file(format!("{NAME}/{name}"), options)?;
        zip.write_all(&bytes)?;
    }
    zip.finish()?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// The attribute list under each `= [widget] =` heading of readme.txt.
    fn documented(readme: &str, widget: &str) -> Vec<String> {
        let heading = format!("= [{widget}] =");
        let rest = &readme[readme.find(&heading).unwrap_or_else(|| panic!("readme.txt has no {heading}"))..];
        let line = rest.lines().find(|l| l.starts_with("Attributes: ")).unwrap();
        line.trim_start_matches("Attributes: ").split(", ").map(str::to_string).collect()
    }

    #[test]
    fn the_readme_lists_exactly_the_attributes_each_widget_accepts() {
        let readme = std::fs::read_to_string(source_dir().join("readme.txt")).unwrap();
        for (widget, attributes) in [
            ("scam-quiz", core_attrs::QUIZ_ATTRIBUTES),
            ("event-countdown", core_attrs::COUNTDOWN_ATTRIBUTES),
            ("signatory-map", core_attrs::MAP_ATTRIBUTES),
        ] {
            assert_eq!(documented(&readme, widget), attributes, "readme.txt, [{widget}]: keep it to core_attrs");
        }
    }

    #[test]
    fn the_plugin_has_a_header_and_registers_each_shortcode_handler_and_setting() {
        let php = std::fs::read_to_string(source_dir().join(format!("{NAME}.php"))).unwrap();
        assert!(php.starts_with("<?php\n/**\n * Plugin Name:"), "WordPress reads the header at the top");
        for needle in [
            "wp_embed_register_handler(",
            "'awareness_widgets_host'",
            "add_shortcode(",
            "rawurlencode(",
            "esc_url(",
            "esc_attr(",
            "0 === strpos( $name, 'on' )",
        ] {
            assert!(php.contains(needle), "{needle}");
        }
        // The shortcodes are the widgets' element names.
        for widget in ["scam-quiz", "event-countdown", "signatory-map"] {
            assert!(php.contains(&format!("'{widget}'")), "{widget}");
        }
        assert!(!php.contains("?>"), "no closing tag: stray whitespace after it breaks headers");
    }

    #[test]
    fn the_zip_holds_one_folder_with_the_plugin_for_its_host() {
        let dir = std::env::temp_dir().join(format!("plugin-zip-{}", std::process::id()));
        let path = write(&dir, "https://widgets.example.org").unwrap();
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
        let names: Vec<String> = zip.file_names().map(str::to_string).collect();
        assert!(names.iter().all(|n| n.starts_with("hanoi-convention-widgets/")), "{names:?}");
        assert!(names.contains(&"hanoi-convention-widgets/readme.txt".to_string()), "{names:?}");
        let mut php = String::new();
        zip.by_name("hanoi-convention-widgets/hanoi-convention-widgets.php").unwrap().read_to_string(&mut php).unwrap();
        assert!(php.contains("define( 'AWARENESS_WIDGETS_DEFAULT_HOST', 'https://widgets.example.org' );"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
