//! A small JSON reader for the widgets' data files.
//!
//! Why not serde_json: the widgets ship as wasm, where every KB is a phone's download (Yew alone
//! takes ~57 KB gzip of a countdown page), and every data-file error must name a line and a
//! field path ("line 40, questions[6].choices: no correct choice"). This reader is a few hundred
//! lines, parses numbers lazily (no float parsing unless asked for), refuses the nasty cases
//! (deep nesting, lone surrogates, duplicate keys) with a clear message, and never panics.
//!
//! It also holds the escaping every writer of JSON and URLs shares (`write_string`,
//! `percent_encode_into`), so each rule is written once.

mod decimal;
mod node;
mod parse;

pub use decimal::parse_decimal;

pub use node::{DataError, Node};
pub use parse::{parse, ParseError};

/// `text`, a valid JSON document, without the whitespace between its tokens (strings, and the
/// escapes in them, stay as they are): for a data file compiled into a wasm.
pub fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c.is_ascii_whitespace() {
            continue;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod minify_tests {
    #[test]
    fn drops_whitespace_between_tokens_only() {
        let text = "{\n  \"a b\": [1, 2],\n  \"q\": \"say \\\"hi\\\" \\\\\", \"t\": \"\\t x\"\n}\n";
        let min = super::minify(text);
        assert_eq!(min, r#"{"a b":[1,2],"q":"say \"hi\" \\","t":"\t x"}"#);
        assert!(crate::parse(&min).is_ok());
        assert_eq!(super::minify(&min), min);
    }
}

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

/// The upper-case hex digit of the low four bits of `nibble`.
pub fn hex_digit(nibble: u8) -> char {
    char::from(b"0123456789ABCDEF".get(usize::from(nibble & 15)).copied().unwrap_or(b'0'))
}

/// Appends `%XX` for byte `b`, as URLs escape it (RFC 3986: upper-case hex).
pub fn push_percent_byte(out: &mut String, b: u8) {
    out.push('%');
    out.push(hex_digit(b >> 4));
    out.push(hex_digit(b));
}

/// Appends `text` percent-encoded as UTF-8, keeping the bytes `keep` allows as they are.
pub fn percent_encode_into(out: &mut String, text: &str, keep: fn(u8) -> bool) {
    for b in text.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            push_percent_byte(out, b);
        }
    }
}

/// Writes `s` as a JSON string literal (with quotes). Used by tooling and by state that the
/// Escapes text for a double-quoted HTML or XML attribute value or element text (the snippets,
/// the share pages, the SCORM manifest and launch page all write through this).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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
                out.push_str("\\u00");
                out.push(hex_digit(c as u8 >> 4).to_ascii_lowercase());
                out.push(hex_digit(c as u8).to_ascii_lowercase());
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Where a 1-based `line` and `column` (columns in characters, as errors count them) fall in
/// `text`, as an offset in UTF-16 units: what a browser text field's selection uses, so an error
/// can take the cursor to its place. A column past the end of its line gives the line's end; a
/// line past the end, the end of the text.
pub fn utf16_offset(text: &str, line: u32, column: u32) -> u32 {
    // The parser skips a leading byte-order mark, so its columns do not count it.
    let (body, mut offset) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 1usize),
        None => (text, 0usize),
    };
    for (number, content) in (1u32..).zip(body.split('\n')) {
        if number == line.max(1) {
            let skip = column.saturating_sub(1) as usize;
            offset += content.chars().take(skip).map(char::len_utf16).sum::<usize>();
            return u32::try_from(offset).unwrap_or(u32::MAX);
        }
        offset += content.encode_utf16().count() + 1;
    }
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod offset_tests {
    use super::{parse, utf16_offset};

    #[test]
    fn an_error_position_maps_to_the_text_field_offset() {
        // "ệ" is one UTF-16 unit, "😀" two: the offset counts units, columns count characters.
        let text = "{\n  \"vi\": \"Việt 😀\" x\n}";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (2, 18));
        let at = utf16_offset(text, e.line, e.column) as usize;
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&units[at..]), "x\n}");
        assert_eq!(utf16_offset(text, 1, 1), 0);
        assert_eq!(utf16_offset(text, 3, 99), units.len() as u32, "past the line's end: its end");
        assert_eq!(utf16_offset(text, 9, 1), units.len() as u32, "past the text: its end");
        assert_eq!(utf16_offset("\u{feff}[x", 1, 2), 2, "a byte-order mark is one unit the parser skips");
    }
}
