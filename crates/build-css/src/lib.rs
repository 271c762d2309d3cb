//! The stylesheet step of the widget crates' build scripts: every `.css` file is parsed,
//! minified and lowered by lightningcss for the browsers the widgets support, so what ships
//! works there (e.g. `light-dark()`, which Safari has only since 17.5, becomes custom
//! properties that `color-scheme` switches).

use lightningcss::printer::PrinterOptions;
use lightningcss::stylesheet::{MinifyOptions, ParserOptions, StyleSheet};
use lightningcss::targets::{Browsers, Targets};

/// The oldest browsers the widgets support (README, "Browser support"): Safari 16.4 (iOS 16.4),
/// Firefox 115 ESR and Chrome 111. Versions are `major << 16 | minor << 8`.
pub const SUPPORTED: Browsers = Browsers {
    safari: Some(16 << 16 | 4 << 8),
    ios_saf: Some(16 << 16 | 4 << 8),
    firefox: Some(115 << 16),
    chrome: Some(111 << 16),
    edge: Some(111 << 16),
    android: Some(111 << 16),
    samsung: None,
    opera: None,
    ie: None,
};

/// Minifies and lowers `css` for [`SUPPORTED`]. The error names the line and column.
pub fn lower(css: &str, file: &str) -> Result<String, String> {
    let targets = Targets::from(SUPPORTED);
    let options = ParserOptions { filename: file.to_string(), ..ParserOptions::default() };
    let mut sheet = StyleSheet::parse(css, options).map_err(|e| match &e.loc {
        // lightningcss counts lines from 0; editors count from 1.
        Some(loc) => format!("{file}:{}:{}: {}", loc.line + 1, loc.column, e.kind),
        None => format!("{file}: {}", e.kind),
    })?;
    sheet.minify(MinifyOptions { targets, ..MinifyOptions::default() }).map_err(|e| format!("{file}: {e}"))?;
    let printed = sheet
        .to_css(PrinterOptions { minify: true, targets, ..PrinterOptions::default() })
        .map_err(|e| format!("{file}: {e}"))?;
    Ok(printed.code)
}

/// For build scripts: lowers `src/<name>` (relative to the crate) into `$OUT_DIR/<name>`.
pub fn into_out_dir(name: &str) -> Result<(), String> {
    let source = format!("src/{name}");
    println!("cargo::rerun-if-changed={source}");
    let css = std::fs::read_to_string(&source).map_err(|e| format!("reading {source}: {e}"))?;
    let out_dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let out = std::path::Path::new(&out_dir).join(name);
    std::fs::write(&out, lower(&css, &source)?).map_err(|e| format!("writing {}: {e}", out.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minifies_and_keeps_descendant_pseudo_class_selectors_apart() {
        let out = lower("/* a comment */\n.a :focus { color : red ; }\n.a:focus{color:blue}", "t.css").unwrap();
        assert!(!out.contains("comment"), "{out}");
        assert!(out.contains(".a :focus"), "{out}");
        assert!(out.contains(".a:focus"), "{out}");
    }

    #[test]
    fn light_dark_is_lowered_for_safari_before_17_5() {
        let out = lower(":host { color-scheme: light dark; --bg: light-dark(#fff, #000); }", "t.css").unwrap();
        assert!(!out.contains("light-dark("), "{out}");
        assert!(out.contains("--lightningcss-dark"), "{out}");
        assert!(out.contains("prefers-color-scheme"), "{out}");
    }

    #[test]
    fn bad_css_is_reported_with_its_place() {
        let err = lower(".a {\n  color: red;\n}\n..b { color: red; }", "bad.css").unwrap_err();
        assert!(err.starts_with("bad.css:4:"), "{err}");
    }
}
