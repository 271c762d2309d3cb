//! RFC 4180 CSV: records of fields, quoted fields with doubled quotes, commas and line breaks
//! inside quotes. Lenient where spreadsheets and hand edits differ harmlessly (LF or CRLF, a
//! byte-order mark, spaces around a quoted field, blank rows); strict where text would be lost.

use core_json::{elide, MAX_MESSAGE_CHARS};
use std::fmt;

/// A problem in an editor's CSV, located the way a spreadsheet shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// Spreadsheet row: the header is row 1, the first participant row 2.
    pub row: u32,
    /// Column name, when the problem is in one cell.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(f, "row {}, {column}: {}", self.row, elide(&self.message, MAX_MESSAGE_CHARS)),
            None => write!(f, "row {}: {}", self.row, elide(&self.message, MAX_MESSAGE_CHARS)),
        }
    }
}

impl std::error::Error for CsvError {}

/// One record and its spreadsheet row number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    pub row: u32,
    pub fields: Vec<String>,
}

impl Record {
    /// Blank rows (no text in any cell) are what spreadsheets leave at the end; they are skipped.
    fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Reads every non-blank record. Syntax errors stop the reading: the rest could not be trusted.
pub(crate) fn read_records(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut row: u32 = 1;
    let error = |row: u32, message: &str| CsvError { row, column: None, message: message.into() };
    while chars.peek().is_some() {
        let mut fields = Vec::new();
        loop {
            let mut field = String::new();
            while matches!(chars.peek(), Some(' ' | '\t')) {
                field.extend(chars.next());
            }
            if chars.peek() == Some(&'"') {
                chars.next();
                field.clear(); // spaces before an opening quote are padding
                loop {
                    match chars.next() {
                        None => return Err(error(row, "a quoted field is not closed (a \" is missing)")),
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(c) => field.push(c),
                    }
                }
                while matches!(chars.peek(), Some(' ' | '\t')) {
                    chars.next();
                }
                if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                    return Err(error(
                        row,
                        "text after a closing quote: quote the whole field and double any \" inside it",
                    ));
                }
            } else {
                while let Some(&c) = chars.peek() {
                    match c {
                        ',' | '\r' | '\n' => break,
                        '"' => {
                            return Err(error(
                                row,
                                "a \" inside an unquoted field: quote the whole field and double the \"",
                            ));
                        }
                        _ => {
                            field.push(c);
                            chars.next();
                        }
                    }
                }
            }
            fields.push(field);
            match chars.next() {
                Some(',') => continue,
                Some('\r') => {
                    if chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    break;
                }
                _ => break, // '\n' or the end
            }
        }
        let record = Record { row, fields };
        if !record.is_blank() {
            records.push(record);
        }
        row = row.saturating_add(1);
    }
    Ok(records)
}

/// Appends one field, quoted when it must be (and when spaces at its ends would be trimmed).
pub(crate) fn write_field(out: &mut String, field: &str) {
    let needs_quotes = field.contains([',', '"', '\r', '\n'])
        || field.starts_with(char::is_whitespace)
        || field.ends_with(char::is_whitespace);
    if needs_quotes {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Appends a record with the CRLF ending RFC 4180 asks for.
pub(crate) fn write_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        read_records(text).unwrap().into_iter().map(|r| r.fields).collect()
    }

    fn rows(text: &str) -> Vec<u32> {
        read_records(text).unwrap().into_iter().map(|r| r.row).collect()
    }

    #[test]
    fn reads_plain_and_quoted_fields() {
        assert_eq!(fields("a,b,c\n1,2,3\n"), [["a", "b", "c"], ["1", "2", "3"]]);
        assert_eq!(fields("a,,c"), [["a", "", "c"]]);
        assert_eq!(
            fields("\"Czechia (listed as \"\"Czech Republic\"\")\",CZ"),
            [["Czechia (listed as \"Czech Republic\")", "CZ"]]
        );
        assert_eq!(fields("\"a, b\",\"line 1\nline 2\",\"\""), [["a, b", "line 1\nline 2", ""]]);
        assert_eq!(fields("x,\"a\r\nb\"\r\ny,z\r\n"), [["x", "a\r\nb"], ["y", "z"]]);
        assert_eq!(fields("a,b,"), [["a", "b", ""]]);
        assert_eq!(fields("Việt Nam,VN"), [["Việt Nam", "VN"]]);
    }

    #[test]
    fn tolerates_what_spreadsheets_and_editors_do() {
        assert_eq!(fields("\u{feff}a,b\r\n1,2"), [["a", "b"], ["1", "2"]]);
        assert_eq!(fields("a, \"b\" ,c"), [["a", "b", "c"]]);
        assert_eq!(fields("a\rb"), [["a"], ["b"]]);
        assert_eq!(fields(" a , b "), [[" a ", " b "]], "unquoted spaces are kept; the importer trims");
        assert_eq!(fields(""), Vec::<Vec<String>>::new());
    }

    #[test]
    fn row_numbers_count_blank_rows_and_not_line_breaks_in_quotes() {
        assert_eq!(rows("h\n\"a\nb\"\nc\n\n,,\nd\n\n"), [1, 2, 3, 6]);
    }

    #[test]
    fn syntax_errors_name_the_row() {
        let e = read_records("h\nok\n\"open\nnever closed").unwrap_err();
        assert_eq!((e.row, e.column.as_deref()), (3, None));
        assert!(e.message.contains("not closed"));
        assert!(read_records("a,b\"c\"").unwrap_err().message.contains("unquoted"));
        let e = read_records("h\n\"a\"b,c").unwrap_err();
        assert_eq!(e.row, 2);
        assert!(e.message.contains("after a closing quote"));
        assert_eq!(e.to_string(), format!("row 2: {}", e.message));
    }

    #[test]
    fn writes_what_it_reads() {
        let record = ["plain", "a, b", "say \"hi\"", "two\nlines", " padded", "", "Côte d'Ivoire"];
        let mut out = String::new();
        write_record(&mut out, &record);
        write_record(&mut out, &["x"]);
        assert_eq!(out.lines().next(), Some("plain,\"a, b\",\"say \"\"hi\"\"\",\"two"));
        assert!(out.ends_with("\r\nx\r\n"));
        assert_eq!(fields(&out), [record.to_vec(), vec!["x"]]);
    }

    #[test]
    fn error_display_names_the_column() {
        let e = CsvError { row: 12, column: Some("iso2".into()), message: "bad".into() };
        assert_eq!(e.to_string(), "row 12, iso2: bad");
    }
}
