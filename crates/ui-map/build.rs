#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // a build script fails the build loudly
#[path = "../ui-common/css_minify.rs"]
mod css_minify;

fn main() {
    css_minify::minify_into_out_dir("map.css");
}
