//! The embed-code builder on the demo site's front page.

/// Mounts the builder into `root`.
pub fn mount(root: web_sys::Element) {
    let _ = root;
}
