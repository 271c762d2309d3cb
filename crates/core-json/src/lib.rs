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
