//! A small JSON reader for the widgets' data files.
//!
//! Why not serde_json: the widgets ship as wasm with tight page-weight budgets (the countdown's is
//! 64 KB gzip, of which Yew alone takes ~57), and every data-file error must name a line and a
//! field path ("line 40, questions[6].choices: no correct choice"). This reader is a few hundred
//! lines, parses numbers lazily (no float parsing unless asked for), refuses the nasty cases
//! (deep nesting, lone surrogates, duplicate keys) with a clear message, and never panics.

mod node;
mod parse;

pub use node::{DataError, Node};
pub use parse::{parse, ParseError};

#[cfg(test)]
mod elide_tests {
    #[test]
    fn keeps_short_text_and_both_ends_of_long_text() {
        assert_eq!(super::elide("short", 10), "short");
        let long = format!("\"{}\" is not kebab-case", "Q".repeat(1_000_000));
        let short = super::elide(&long, 60);
        assert_eq!(short.chars().count(), 60);
        assert!(short.starts_with("\"QQQ") && short.ends_with("is not kebab-case"), "{short}");
        assert_eq!(super::elide("Việt Nam ở đây", 5).chars().count(), 5, "counts characters, not bytes");
    }
}

/// Deepest nesting accepted. Real data files nest 5 levels; this stops stack exhaustion.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value with the position of its first character.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: Kind,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    /// The number's source text, validated against the JSON grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Members in source order; duplicate keys are rejected by the parser.
    Object(Vec<(String, Value)>),
}

impl Kind {
    /// The JSON type name, for messages such as "expected a string, found an array".
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String(_) => "a string",
            Kind::Array(_) => "an array",
            Kind::Object(_) => "an object",
        }
    }
}

/// `text` itself if it has at most `max_chars` characters, else its start and its end around an
/// ellipsis. Error messages quote values, and a 5 MB value must not become a 5 MB console line or
/// notice; the end is kept because that is where messages say what is wrong.
pub fn elide(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let count = text.chars().count();
    if count <= max_chars {
        return text.into();
    }
    let head = max_chars * 2 / 3;
    let tail = max_chars.saturating_sub(head + 1);
    let mut out: String = text.chars().take(head).collect();
    out.push('…');
    out.extend(text.chars().skip(count - tail));
    out.into()
}

/// How long an error message may get before [`elide`] shortens it.
pub const MAX_MESSAGE_CHARS: usize = 300;

/// Writes `s` as a JSON string literal (with quotes). Used by tooling and by state that the
/// widgets persist, so both sides of a round trip share one escaping rule.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
