//! Minifies and lowers the stylesheet for the supported browsers (see build-css).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // a build script fails the build loudly

fn main() {
    build_css::into_out_dir("base.css").unwrap_or_else(|e| panic!("{e}"));
}
