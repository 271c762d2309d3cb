use crate::{elide, Kind, ParseError, Value, MAX_MESSAGE_CHARS};
use std::fmt;

/// A problem in a data file: where (line, column, field path) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub line: u32,
    pub column: u32,
    /// Field path such as `questions[6].choices`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            // A syntax error: the column is what finds it.
            write!(f, "line {}, column {}: {}", self.line, self.column, elide(&self.message, MAX_MESSAGE_CHARS))
        } else {
            write!(f, "line {}, {}: {}", self.line, self.path, elide(&self.message, MAX_MESSAGE_CHARS))
        }
    }
}

impl std::error::Error for DataError {}

impl From<ParseError> for DataError {
    fn from(e: ParseError) -> Self {
        // The path stays empty (a syntax error, shown with its column); the field goes in the message.
        DataError { line: e.line, column: e.column, path: String::new(), message: e.message_with_path() }
    }
}

/// A value together with its field path, for typed decoding with precise errors.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    value: &'a Value,
    path: String,
}

impl<'a> Node<'a> {
    pub fn root(value: &'a Value) -> Self {
        Node { value, path: String::new() }
    }

    pub fn value(&self) -> &'a Value {
        self.value
    }

    pub fn kind(&self) -> &'a Kind {
        &self.value.kind
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn line(&self) -> u32 {
        self.value.line
    }

    /// An error located at this value.
    pub fn error(&self, message: impl Into<String>) -> DataError {
        DataError { line: self.value.line, column: self.value.column, path: self.path.clone(), message: message.into() }
    }

    fn child_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn expected(&self, what: &str) -> DataError {
        self.error(format!("expected {what}, found {}", self.value.kind.type_name()))
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value.kind, Kind::Null)
    }

    fn object(&self) -> Result<&'a [(String, Value)], DataError> {
        match &self.value.kind {
            Kind::Object(members) => Ok(members),
            _ => Err(self.expected("an object")),
        }
    }

    /// The member `key`, if this is an object that has it (a `null` member counts as absent).
    pub fn get(&self, key: &str) -> Option<Node<'a>> {
        let Kind::Object(members) = &self.value.kind else { return None };
        members
            .iter()
            .find(|(k, v)| k == key && !matches!(v.kind, Kind::Null))
            .map(|(_, v)| Node { value: v, path: self.child_path(key) })
    }

    /// The member `key`, which must be present.
    pub fn field(&self, key: &str) -> Result<Node<'a>, DataError> {
        self.object()?;
        self.get(key).ok_or_else(|| DataError {
            line: self.value.line,
            column: self.value.column,
            path: self.child_path(key),
            message: "is missing".into(),
        })
    }

    /// Rejects members other than `allowed`, so that a misspelt field is reported, not ignored.
    pub fn deny_unknown(&self, allowed: &[&str]) -> Result<(), DataError> {
        for (key, value) in self.object()? {
            if !allowed.contains(&key.as_str()) {
                let node = Node { value, path: self.child_path(key) };
                return Err(node.error(format!("unknown field (expected one of: {})", allowed.join(", "))));
            }
        }
        Ok(())
    }

    pub fn as_str(&self) -> Result<&'a str, DataError> {
        match &self.value.kind {
            Kind::String(s) => Ok(s),
            _ => Err(self.expected("a string")),
        }
    }

    pub fn as_bool(&self) -> Result<bool, DataError> {
        match self.value.kind {
            Kind::Bool(b) => Ok(b),
            _ => Err(self.expected("true or false")),
        }
    }

    /// An integer; fractions, exponents and values outside i64 are errors, not roundings.
    pub fn as_i64(&self) -> Result<i64, DataError> {
        match &self.value.kind {
            Kind::Number(text) => {
                text.parse::<i64>().map_err(|_| self.error(format!("expected a whole number, found {text}")))
            }
            _ => Err(self.expected("a whole number")),
        }
    }

    pub fn as_f64(&self) -> Result<f64, DataError> {
        match &self.value.kind {
            Kind::Number(text) => match text.parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(n),
                _ => Err(self.error(format!("number out of range: {text}"))),
            },
            _ => Err(self.expected("a number")),
        }
    }

    /// A plain decimal (`-?digits(.digits)?`, short enough to be exact), read without Rust's
    /// general float parser, which the widgets' wasm then does without (see `parse_decimal`).
    pub fn as_decimal(&self) -> Result<f64, DataError> {
        match &self.value.kind {
            Kind::Number(text) => crate::parse_decimal(text)
                .ok_or_else(|| self.error(format!("expected a plain decimal number, found {text}"))),
            _ => Err(self.expected("a number")),
        }
    }

    pub fn items(&self) -> Result<Vec<Node<'a>>, DataError> {
        match &self.value.kind {
            Kind::Array(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, value)| Node { value, path: format!("{}[{i}]", self.path) })
                .collect()),
            _ => Err(self.expected("an array")),
        }
    }

    pub fn members(&self) -> Result<Vec<(&'a str, Node<'a>)>, DataError> {
        Ok(self.object()?.iter().map(|(k, value)| (k.as_str(), Node { value, path: self.child_path(k) })).collect())
    }
}

#[cfg(test)]
mod tests {
    use crate::*;

    fn err(text: &str) -> ParseError {
        parse(text).expect_err("should fail")
    }

    #[test]
    fn parses_all_kinds_with_positions() {
        let v = parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\\u00e9\\ud83d\\ude00\"\n}").unwrap();
        let root = Node::root(&v);
        let a = root.field("a").unwrap();
        assert_eq!(a.line(), 2);
        assert_eq!(a.path(), "a");
        let items = a.items().unwrap();
        assert_eq!(items[0].as_i64().unwrap(), 1);
        assert_eq!(items[1].as_f64().unwrap(), -2500.0);
        assert!(items[2].as_bool().unwrap());
        assert!(items[3].is_null());
        assert_eq!(items[1].path(), "a[1]");
        assert_eq!(root.field("b").unwrap().as_str().unwrap(), "xé😀");
    }

    #[test]
    fn errors_name_line_column_and_path() {
        let v = parse("{\"q\": [{\"id\": 3}]}").unwrap();
        let item = &Node::root(&v).field("q").unwrap().items().unwrap()[0];
        let e = item.field("id").unwrap().as_str().unwrap_err();
        assert_eq!(e.path, "q[0].id");
        assert_eq!(e.to_string(), "line 1, q[0].id: expected a string, found a number");
        let missing = item.field("prompt").unwrap_err();
        assert_eq!(missing.to_string(), "line 1, q[0].prompt: is missing");
        let unknown = item.deny_unknown(&["ID"]).unwrap_err();
        assert_eq!(unknown.path, "q[0].id");
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = err("{\n  \"a\": 1,\n  \"b\" 2\n}");
        assert_eq!((e.line, e.column), (3, 7));
        assert!(e.message.contains("':'"), "{e}");
        assert!(err("[1, 2").message.contains("','"));
        assert!(err("").message.contains("end"));
        assert!(err("{} x").message.contains("after the end"));
        assert!(err("\"abc").message.contains("unterminated"));
        assert!(err("01").message.contains("after the end"));
        assert!(err("1.").message.contains("digits"));
        assert!(err("NaN").message.contains("expected a value"));
        assert!(err("\"a\nb\"").message.contains("control character"));
    }

    #[test]
    fn refuses_nasty_input() {
        let deep = "[".repeat(10_000);
        assert!(err(&deep).message.contains("nested deeper"));
        assert!(err("\"\\ud800\"").message.contains("surrogate"));
        assert!(err("\"\\udc00\"").message.contains("surrogate"));
        assert!(err("\"\\ud800\\u0041\"").message.contains("surrogate"));
        assert!(err("{\"a\":1,\"a\":2}").message.contains("duplicate"));
        let v = parse("[1e400, 99999999999999999999]").unwrap();
        let items = Node::root(&v).items().unwrap();
        assert!(items[0].as_f64().is_err());
        assert!(items[1].as_i64().is_err());
        assert!(parse("\u{feff}{}").is_ok());
    }

    #[test]
    fn syntax_errors_name_the_field_they_are_in() {
        let e = err("{\"questions\": [{\"id\": \"a\"}, {\"prompt\": {\"en\": \"\\ud800\"}}]}");
        assert_eq!(e.path, "questions[1].prompt.en");
        assert!(e.to_string().contains("surrogate must be followed by a low one (in questions[1].prompt.en)"), "{e}");
        let dup = err("{\"q\": [{\"id\": 1, \"id\": 2}]}");
        assert_eq!(dup.path, "q[0]");
        // Deep nesting: the outer part of the path, bounded.
        let deep = format!("{{\"a\": {}}}", "[".repeat(1_000));
        let e = err(&deep);
        assert!(e.path.starts_with("a[0][0]") && e.path.chars().count() < 140, "{}", e.path);
        assert_eq!(DataError::from(e.clone()).to_string(), e.to_string(), "files show syntax errors the same way");
        // Top-level errors keep the plain format.
        assert_eq!(err("[1 2]").to_string(), "line 1, column 4: expected ',' or ']' in the array");
    }

    #[test]
    fn column_counts_characters_not_bytes() {
        let e = err("[\"Việt\" x]");
        assert_eq!(e.column, 9);
        // Columns are counted on from the last value, on a long line and across lines.
        let v = parse("[\"Đà Nẵng\", 1,\n  {\"ả\": [true, \"ố\", null]}]").unwrap();
        let root = Node::root(&v).items().unwrap();
        let at = |node: &Node<'_>| (node.error("").line, node.error("").column);
        assert_eq!(at(&root[1]), (1, 13));
        assert_eq!(at(&root[2]), (2, 3));
        let list = root[2].get("ả").unwrap().items().unwrap();
        assert_eq!((at(&list[1]), at(&list[2])), ((2, 16), (2, 21)));
        assert_eq!(err("[\"ố\", \"ố\", \"ố\" x]").column, 16);
    }

    #[test]
    fn null_members_count_as_absent() {
        let v = parse("{\"end\": null}").unwrap();
        assert!(Node::root(&v).get("end").is_none());
        assert!(Node::root(&v).field("end").is_err());
    }

    #[test]
    fn write_string_round_trips() {
        let original = "quote \" back \\ nl \n tab \t ctl \u{1} việt </script>";
        let mut out = String::new();
        write_string(&mut out, original);
        let v = parse(&out).unwrap();
        assert_eq!(Node::root(&v).as_str().unwrap(), original);
    }
}
