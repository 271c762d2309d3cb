//! Minifies and lowers the stylesheet for the supported browsers (see build-css), and writes the
//! built-in signatories as the map compiles them in (`core_treaty::embedded_json`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // a build script fails the build loudly

use std::path::PathBuf;

fn main() {
    build_css::into_out_dir("map.css").unwrap_or_else(|e| panic!("{e}"));
    let source = "../../data/signatories.json";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let data = core_treaty::parse_signatories(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("signatories.json");
    std::fs::write(&out, core_treaty::embedded_json(&data)).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
