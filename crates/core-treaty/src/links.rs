//! Splits a source text into plain text and web links, so the map can render links as elements
//! (no innerHTML) and only for `http:`/`https:` addresses.

/// A piece of a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextPart<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Finds `http://` and `https://` addresses. An address ends at whitespace; trailing punctuation
/// that usually closes a sentence (`.,;:!?'"`) or an unmatched `)` is left out of it.
pub fn text_parts(text: &str) -> Vec<TextPart<'_>> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = find_scheme(rest) {
        let (before, from) = rest.split_at(start);
        let end = from.find(char::is_whitespace).unwrap_or(from.len());
        let url = trim_url(&from[..end]);
        let (url, after) = from.split_at(url.len());
        if !before.is_empty() {
            parts.push(TextPart::Text(before));
        }
        parts.push(TextPart::Link(url));
        rest = after;
    }
    if !rest.is_empty() {
        parts.push(TextPart::Text(rest));
    }
    parts
}

/// Whether `url` is an address the widgets may link to.
pub fn is_web_url(url: &str) -> bool {
    let Some(rest) = strip_prefix_ignore_case(url, "https://").or_else(|| strip_prefix_ignore_case(url, "http://"))
    else {
        return false;
    };
    !rest.is_empty() && !rest.starts_with('/') && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &text[prefix.len()..])
}

/// The byte offset of the next address with a host after its scheme.
fn find_scheme(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find("http").map(|i| i + from) {
        let tail = &text[i..];
        let scheme = if tail.starts_with("https://") {
            8
        } else if tail.starts_with("http://") {
            7
        } else {
            0
        };
        if scheme > 0 && tail[scheme..].chars().next().is_some_and(|c| !c.is_whitespace() && c != '/') {
            return Some(i);
        }
        from = i + 4;
    }
    None
}

fn trim_url(url: &str) -> &str {
    let mut url = url;
    loop {
        let Some(last) = url.chars().last() else { return url };
        let unmatched_paren = last == ')' && url.matches(')').count() > url.matches('(').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '"') || unmatched_paren {
            url = &url[..url.len() - last.len_utf8()];
        } else {
            return url;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TextPart::{Link, Text};
    use super::*;

    #[test]
    fn splits_text_and_links() {
        assert_eq!(
            text_parts("Rajah & Tann: https://www.rajahtannasia.com/?p=185145 ; SunStar (DICT)"),
            [Text("Rajah & Tann: "), Link("https://www.rajahtannasia.com/?p=185145"), Text(" ; SunStar (DICT)")]
        );
        assert_eq!(text_parts("UN status page"), [Text("UN status page")]);
        assert_eq!(text_parts(""), []);
        assert_eq!(
            text_parts("Ecofin; https://a.example/x, and (see http://b.example/y)."),
            [
                Text("Ecofin; "),
                Link("https://a.example/x"),
                Text(", and (see "),
                Link("http://b.example/y"),
                Text(").")
            ]
        );
    }

    #[test]
    fn keeps_balanced_parentheses_and_ignores_non_links() {
        assert_eq!(
            text_parts("https://en.wikipedia.org/wiki/Hanoi_(city)"),
            [Link("https://en.wikipedia.org/wiki/Hanoi_(city)")]
        );
        assert_eq!(
            text_parts("javascript:alert(1) httpx://a http:// b"),
            [Text("javascript:alert(1) httpx://a http:// b")]
        );
        assert_eq!(
            text_parts("Việt https://vn.example/ Nam"),
            [Text("Việt "), Link("https://vn.example/"), Text(" Nam")]
        );
    }

    #[test]
    fn parts_put_back_together_give_the_text() {
        let text = "a https://x.example/1; b http://y.example/(2)) c";
        let joined: String = text_parts(text)
            .iter()
            .map(|p| match p {
                Text(t) | Link(t) => *t,
            })
            .collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn web_urls_only() {
        assert!(is_web_url("https://treaties.un.org/doc/x.xml"));
        assert!(is_web_url("HTTP://example.org"));
        assert!(is_web_url("http://é.example"));
        for bad in
            ["javascript:alert(1)", "https://", "https:///x", "ftp://x", "https://a b", "data:text/html,x", "ht", "é"]
        {
            assert!(!is_web_url(bad), "{bad}");
        }
    }
}
