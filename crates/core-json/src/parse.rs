use crate::{elide, Kind, Value, MAX_DEPTH, MAX_MESSAGE_CHARS};
use std::cell::Cell;
use std::fmt;

/// A syntax error with the 1-based line and column where it was found, and the field it is in
/// (`questions[3].prompt.en`; empty at the top level), so a bad escape deep in a long file is
/// easy to find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: u32,
    pub column: u32,
    pub path: String,
    pub message: String,
}

impl ParseError {
    /// Puts the error inside `key` (a member name) or `[i]` (an array item), as it unwinds.
    fn inside(mut self, segment: &str) -> Self {
        let sep = if self.path.is_empty() || self.path.starts_with('[') { "" } else { "." };
        // Past 64 levels only the outer part of the path helps; keep it bounded.
        if self.path.len() > 120 {
            self.path.truncate(self.path.char_indices().nth(100).map_or(self.path.len(), |(i, _)| i));
            self.path.push('…');
        }
        self.path = format!("{segment}{sep}{}", self.path);
        self
    }

    /// The message with the field it is in, if any.
    pub fn message_with_path(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{} (in {})", self.message, self.path)
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, elide(&self.message_with_path(), MAX_MESSAGE_CHARS))
    }
}

impl std::error::Error for ParseError {}

/// Parses a whole JSON document. Leading byte-order marks are skipped; trailing content is an error.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser { src: text.as_bytes(), text, pos: 0, line: 1, line_start: 0, counted: Cell::new((0, 1)) };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.src.len() {
        return Err(p.error("unexpected text after the end of the document"));
    }
    Ok(value)
}

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
    /// The last column worked out: (byte position, its column). Every value records its column,
    /// and a minified file is one long line, so counting from the line's start each time would
    /// take quadratic time (a quarter of a second for the quiz bank on a phone).
    counted: Cell<(usize, u32)>,
}

impl<'a> Parser<'a> {
    fn column(&self) -> u32 {
        let (from, column) = match self.counted.get() {
            (at, column) if at >= self.line_start && at <= self.pos => (at, column),
            _ => (self.line_start.min(self.pos), 1),
        };
        // Columns count characters, not bytes, so editors agree with us on Vietnamese text: every
        // byte but UTF-8's continuation bytes starts one.
        let chars = self.src.get(from..self.pos).unwrap_or_default().iter().filter(|b| **b & 0xC0 != 0x80).count();
        let column = column + chars as u32;
        self.counted.set((self.pos, column));
        column
    }

    fn error(&self, message: impl Into<String>) -> ParseError {
        ParseError { line: self.line, column: self.column(), path: String::new(), message: message.into() }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\r' => self.pos += 1,
                b'\n' => {
                    self.pos += 1;
                    self.line += 1;
                    self.line_start = self.pos;
                }
                _ => break,
            }
        }
    }

    /// The bytes not yet read.
    fn rest(&self) -> &'a [u8] {
        self.src.get(self.pos..).unwrap_or_default()
    }

    fn expect_literal(&mut self, word: &str, kind: Kind, line: u32, column: u32) -> Result<Value, ParseError> {
        if self.rest().starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(Value { kind, line, column })
        } else {
            Err(self.error("expected a value (string, number, object, array, true, false or null)"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        let (line, column) = (self.line, self.column());
        match self.peek() {
            None => Err(self.error("unexpected end of the document")),
            Some(b'{') => self.object(depth, line, column),
            Some(b'[') => self.array(depth, line, column),
            Some(b'"') => Ok(Value { kind: Kind::String(self.string()?), line, column }),
            Some(b't') => self.expect_literal("true", Kind::Bool(true), line, column),
            Some(b'f') => self.expect_literal("false", Kind::Bool(false), line, column),
            Some(b'n') => self.expect_literal("null", Kind::Null, line, column),
            Some(b'-' | b'0'..=b'9') => Ok(Value { kind: Kind::Number(self.number()?), line, column }),
            Some(_) => Err(self.error("expected a value (string, number, object, array, true, false or null)")),
        }
    }

    fn object(&mut self, depth: usize, line: u32, column: u32) -> Result<Value, ParseError> {
        self.pos += 1; // '{'
        let mut members: Vec<(String, Value)> = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value { kind: Kind::Object(members), line, column });
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a member name in double quotes"));
            }
            let key_error = self.error("");
            let key = self.string()?;
            if members.iter().any(|(k, _)| *k == key) {
                return Err(ParseError { message: format!("duplicate member name \"{key}\""), ..key_error });
            }
            self.skip_ws();
            if self.peek() != Some(b':') {
                return Err(self.error("expected ':' after the member name"));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value(depth + 1).map_err(|e| e.inside(&key))?;
            members.push((key, value));
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value { kind: Kind::Object(members), line, column });
                }
                _ => return Err(self.error("expected ',' or '}' in the object")),
            }
        }
    }

    fn array(&mut self, depth: usize, line: u32, column: u32) -> Result<Value, ParseError> {
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value { kind: Kind::Array(items), line, column });
        }
        loop {
            self.skip_ws();
            let index = items.len();
            items.push(self.value(depth + 1).map_err(|e| e.inside(&format!("[{index}]")))?);
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value { kind: Kind::Array(items), line, column });
                }
                _ => return Err(self.error("expected ',' or ']' in the array")),
            }
        }
    }

    fn number(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let s = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos - s
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(self.error("invalid number: digits must follow '.'"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("invalid number: digits must follow the exponent"));
            }
        }
        Ok(self.text[start..self.pos].to_string())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.error("invalid \\u escape: four hex digits expected")),
            };
            n = n * 16 + u32::from(d);
            self.pos += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.pos += 1; // opening quote
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // The input is a &str and we stop only at ASCII bytes, so this slice is valid UTF-8.
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let esc = self.peek().ok_or_else(|| self.error("unterminated string"))?;
                    self.pos += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if !self.rest().starts_with(b"\\u") {
                                    return Err(self
                                        .error("invalid \\u escape: a high surrogate must be followed by a low one"));
                                }
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self
                                        .error("invalid \\u escape: a high surrogate must be followed by a low one"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else if (0xDC00..0xE000).contains(&hi) {
                                return Err(self.error("invalid \\u escape: lone low surrogate"));
                            } else {
                                hi
                            };
                            match char::from_u32(code) {
                                Some(c) => out.push(c),
                                None => return Err(self.error("invalid \\u escape")),
                            }
                        }
                        _ => return Err(self.error("invalid escape in string")),
                    }
                }
                Some(_) => return Err(self.error("control character in string (escape it, e.g. \\n)")),
            }
        }
    }
}
