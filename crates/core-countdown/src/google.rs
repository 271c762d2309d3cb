//! A Google Calendar "add event" link.

use crate::calendar::CalendarEvent;
use crate::zone::check_zone_name;

const BASE: &str = "https://calendar.google.com/calendar/render?action=TEMPLATE";

/// `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=START/END&details=…&location=…&ctz=ZONE`.
///
/// Dates are UTC (`YYYYMMDDTHHMMSSZ`) or, for all-day events, `YYYYMMDD` with an exclusive end,
/// as Google expects. Empty `details`/`location` are left out, and so is `ctz` unless the zone is
/// shaped like an IANA name. Every value is percent-encoded as UTF-8, keeping only RFC 3986
/// unreserved characters, so `&`, `#`, `+` and spaces cannot change the link's meaning.
pub fn google_calendar_url(event: &CalendarEvent<'_>) -> String {
    let mut out = String::with_capacity(256);
    out.push_str(BASE);
    push_param(&mut out, "text", event.title);
    let (start, end) = event.when.compact_range();
    // Only digits, 'T' and 'Z', plus the '/' that Google's own links leave unencoded.
    out.push_str("&dates=");
    out.push_str(&start);
    out.push('/');
    out.push_str(&end);
    for (name, value) in [("details", event.description), ("location", event.location)] {
        if !value.trim().is_empty() {
            push_param(&mut out, name, value);
        }
    }
    if check_zone_name(event.time_zone).is_ok() {
        push_param(&mut out, "ctz", event.time_zone);
    }
    out
}

fn push_param(out: &mut String, name: &str, value: &str) {
    out.push('&');
    out.push_str(name);
    out.push('=');
    percent_encode(out, value);
}

/// Appends `text` percent-encoded as UTF-8, keeping only RFC 3986 unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`). A space becomes `%20`, never `+`.
pub fn percent_encode(out: &mut String, text: &str) {
    core_json::percent_encode_into(out, text, |b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::When;
    use crate::instant::Instant;
    use core_calendar::Date;

    fn encode(text: &str) -> String {
        let mut out = String::new();
        percent_encode(&mut out, text);
        out
    }

    /// Decodes a query value, to check round trips.
    fn decode(text: &str) -> String {
        let b = text.as_bytes();
        let mut bytes = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                bytes.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                bytes.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    fn params(url: &str) -> Vec<(String, String)> {
        let query = url.strip_prefix("https://calendar.google.com/calendar/render?").unwrap();
        query
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    #[test]
    fn encodes_reserved_and_non_ascii() {
        assert_eq!(encode("a b"), "a%20b");
        assert_eq!(encode("Q&A #1 + more"), "Q%26A%20%231%20%2B%20more");
        assert_eq!(encode("a=b?c/d"), "a%3Db%3Fc%2Fd");
        assert_eq!(encode("AZaz09-._~"), "AZaz09-._~");
        assert_eq!(encode("Hà Nội"), "H%C3%A0%20N%E1%BB%99i");
        assert_eq!(encode("100%"), "100%25");
        assert_eq!(encode("line\nbreak"), "line%0Abreak");
        let tricky = "Lễ mở ký Công ước Hà Nội & \"khác\" #2 + 50% / 😀";
        assert_eq!(decode(&encode(tricky)), tricky);
        assert!(encode(tricky).bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
    }

    #[test]
    fn builds_a_timed_link() {
        let e = CalendarEvent {
            uid: "x",
            title: "Hạn chót ký Công ước",
            description: "Điều 64 & 65",
            location: "Trụ sở Liên hợp quốc, New York",
            url: "https://example.org",
            time_zone: "America/New_York",
            when: When::Timed { start: Instant::parse("2026-12-31T23:59:59-05:00").unwrap(), end: None },
        };
        let url = google_calendar_url(&e);
        let p = params(&url);
        let keys: Vec<&str> = p.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["action", "text", "dates", "details", "location", "ctz"]);
        assert_eq!(p[0].1, "TEMPLATE");
        assert_eq!(decode(&p[1].1), "Hạn chót ký Công ước");
        assert_eq!(p[2].1, "20270101T045959Z/20270101T055959Z");
        assert_eq!(p[3].1, "%C4%90i%E1%BB%81u%2064%20%26%2065");
        assert_eq!(decode(&p[4].1), "Trụ sở Liên hợp quốc, New York");
        assert_eq!(p[5].1, "America%2FNew_York");
        assert!(!url.contains(' ') && !url.contains('#') && !url.contains('+'));
    }

    #[test]
    fn all_day_link_and_omitted_fields() {
        let d = Date::new(2024, 12, 24).unwrap();
        let e = CalendarEvent {
            uid: "x",
            title: "A+B #1",
            description: "",
            location: " ",
            url: "",
            time_zone: "not a zone",
            when: When::AllDay { first: d, end: d.add_days(1).unwrap() },
        };
        assert_eq!(
            google_calendar_url(&e),
            "https://calendar.google.com/calendar/render?action=TEMPLATE&text=A%2BB%20%231&dates=20241224/20241225"
        );
    }
}
