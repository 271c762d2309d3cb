//! Escaping for the two languages a snippet is written in: HTML attribute values and URL query
//! components.

pub use core_json::escape_html;

/// Percent-encodes a query value. `+` is encoded (URLSearchParams reads a bare `+` as a space,
/// which would turn `+07:00` into ` 07:00`); `,`, `:` and `/` stay readable.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    core_json::percent_encode_into(&mut out, text, |b| b.is_ascii_alphanumeric() || b"-._~,:/".contains(&b));
    out
}

/// Decodes a query component as URLSearchParams does: `+` is a space, `%XX` a byte, and a
/// malformed escape stays as written. Invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b))) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}
