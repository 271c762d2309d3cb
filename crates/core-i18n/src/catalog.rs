//! UI string catalogues: one struct per widget, one `const` per language.
//!
//! A struct literal must name every field, so a language that lacks a string does not compile:
//! missing translations fail the build, not the reader. Templates use `{name}` placeholders,
//! filled by [`fill`]; numbers and dates are formatted by the browser before they go in.

pub mod common;
pub mod countdown;
pub mod map;
pub mod quiz;

use crate::Lang;

/// A catalogue with one instance per language.
pub trait Catalog: 'static {
    fn for_lang(lang: Lang) -> &'static Self;
}

/// Replaces each `{key}` in `template` with its value. Unknown placeholders are left as they are,
/// so a translator's mistake shows up on screen instead of losing text.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.find('}').and_then(|close| {
            let key = &after[..close];
            values.iter().find(|(k, _)| *k == key).map(|(_, value)| (*value, close))
        });
        match filled {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_known_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{n} of {total}", &[("n", "3"), ("total", "40")]), "3 of 40");
        assert_eq!(fill("a {x} b {", &[]), "a {x} b {");
        assert_eq!(fill("{a}{a}", &[("a", "é")]), "éé");
    }
}
