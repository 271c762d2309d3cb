//! Build-time CSS minification, shared by the build scripts of every crate with a stylesheet
//! (`#[path]`-included): comments are for us, not for readers' downloads.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // a build script fails the build loudly

/// Strips comments and collapses whitespace. Spaces before `:` are kept, since `.a :focus` and
/// `.a:focus` are different selectors.
pub fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);

    let mut out = String::with_capacity(without_comments.len());
    for word in without_comments.split_whitespace() {
        let glue = matches!(out.chars().last(), None | Some('{' | '}' | ';' | ',' | '>'))
            || matches!(word.chars().next(), Some('{' | '}' | ';' | ',' | '>'));
        if !glue {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace(";}", "}")
}

/// Minifies `src/<name>` (relative to the crate) into `$OUT_DIR/<name>`.
#[allow(dead_code)]
pub fn minify_into_out_dir(name: &str) {
    let source = format!("src/{name}");
    println!("cargo::rerun-if-changed={source}");
    let css = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("reading {source}: {e}"));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
    std::fs::write(&out, minify(&css)).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}
