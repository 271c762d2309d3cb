#[path = "../ui-common/css_minify.rs"]
mod css_minify;

fn main() {
    css_minify::minify_into_out_dir("quiz.css");
}
