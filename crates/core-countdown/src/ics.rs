//! An iCalendar (RFC 5545) file for one event, made in the browser for "Add to calendar".
//!
//! Times are written in UTC (`…Z`), which every calendar reads without a VTIMEZONE block;
//! all-day events use `VALUE=DATE`, so they stay on their dates in every zone.

use crate::calendar::CalendarEvent;
use crate::instant::Instant;

/// Identifies the program that made the file (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//Hanoi Convention awareness widgets//event-countdown//EN";

/// The MIME type to give the `Blob` / download.
pub const MIME_TYPE: &str = "text/calendar;charset=utf-8";

/// Longest content line in octets, excluding the CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The whole `.ics` file: CRLF line endings, TEXT values escaped, long lines folded.
/// `now` becomes DTSTAMP (when this copy of the event was made).
pub fn ics(event: &CalendarEvent<'_>, now: Instant) -> String {
    let mut out = String::with_capacity(512);
    let mut value = String::with_capacity(128);
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", PRODID);
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    line(&mut out, "BEGIN", "VEVENT");
    value.clear();
    escape_text(&mut value, event.uid);
    line(&mut out, "UID", &value);
    line(&mut out, "DTSTAMP", &now.to_ical_utc());
    let (start, end) = event.when.compact_range();
    if event.when.day_range().is_some() {
        line(&mut out, "DTSTART;VALUE=DATE", &start);
        line(&mut out, "DTEND;VALUE=DATE", &end);
    } else {
        line(&mut out, "DTSTART", &start);
        line(&mut out, "DTEND", &end);
    }
    for (name, text) in [("SUMMARY", event.title), ("DESCRIPTION", event.description), ("LOCATION", event.location)] {
        // SUMMARY is kept even when empty: calendars show a blank entry otherwise anyway.
        if !text.trim().is_empty() || name == "SUMMARY" {
            value.clear();
            escape_text(&mut value, text);
            line(&mut out, name, &value);
        }
    }
    if !event.url.trim().is_empty() {
        value.clear();
        push_uri(&mut value, event.url.trim());
        line(&mut out, "URL", &value);
    }
    line(&mut out, "END", "VEVENT");
    line(&mut out, "END", "VCALENDAR");
    out
}

/// Appends the content line `NAME:value`, folded.
fn line(out: &mut String, name: &str, value: &str) {
    let mut content = String::with_capacity(name.len() + 1 + value.len());
    content.push_str(name);
    content.push(':');
    content.push_str(value);
    push_folded(out, &content);
}

/// Appends `text` as an RFC 5545 TEXT value: `\` `;` `,` escaped with a backslash, every line
/// break (CRLF, LF or CR) as `\n`, and other control characters (not allowed in TEXT) dropped.
pub fn escape_text(out: &mut String, text: &str) {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                // CRLF is one line break, not two.
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// Appends a URI value: printable ASCII as is, anything else (spaces, line breaks, non-ASCII)
/// percent-encoded, so the value is a valid URI and cannot break out of its line.
fn push_uri(out: &mut String, uri: &str) {
    for b in uri.bytes() {
        if b.is_ascii_graphic() {
            out.push(char::from(b));
        } else {
            core_json::push_percent_byte(out, b);
        }
    }
}

/// Appends one content line, folded so no physical line exceeds 75 octets: a CRLF and a space
/// are inserted before the character that would overflow, never inside a UTF-8 sequence.
fn push_folded(out: &mut String, content: &str) {
    let mut octets = 0;
    for c in content.chars() {
        if octets + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{uid, When};
    use core_calendar::Date;

    fn event<'a>(title: &'a str, description: &'a str, when: When) -> CalendarEvent<'a> {
        CalendarEvent {
            uid: "signature-deadline@event-countdown.hanoi-convention-widgets",
            title,
            description,
            location: "United Nations Headquarters, New York",
            url: "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
            time_zone: "America/New_York",
            when,
        }
    }

    fn deadline() -> When {
        When::Timed { start: Instant::parse("2026-12-31T23:59:59-05:00").unwrap(), end: None }
    }

    /// Undoes folding and splits into logical lines, checking the physical-line rules on the way.
    fn unfold(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        let physical: Vec<&str> = ics.strip_suffix("\r\n").unwrap().split("\r\n").collect();
        let mut lines: Vec<String> = Vec::new();
        for p in physical {
            assert!(p.len() <= 75, "line longer than 75 octets: {p:?}");
            assert!(!p.contains('\n') && !p.contains('\r'), "bare line break in {p:?}");
            match p.strip_prefix(' ') {
                Some(rest) => lines.last_mut().unwrap().push_str(rest),
                None => lines.push(p.to_string()),
            }
        }
        lines
    }

    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next().unwrap() {
                    'n' | 'N' => out.push('\n'),
                    other => out.push(other),
                }
            } else {
                assert!(!matches!(c, ';' | ','), "unescaped {c} in {value}");
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn writes_every_field_in_order() {
        let now = Instant::parse("2026-05-01T08:30:00Z").unwrap();
        let text = ics(&event("Convention closes for signature", "Last day (Art. 64).", deadline()), now);
        assert_eq!(
            unfold(&text),
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Hanoi Convention awareness widgets//event-countdown//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:signature-deadline@event-countdown.hanoi-convention-widgets",
                "DTSTAMP:20260501T083000Z",
                "DTSTART:20270101T045959Z",
                "DTEND:20270101T055959Z",
                "SUMMARY:Convention closes for signature",
                "DESCRIPTION:Last day (Art. 64).",
                "LOCATION:United Nations Headquarters\\, New York",
                "URL:https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml",
                "END:VEVENT",
                "END:VCALENDAR",
            ]
        );
        // CRLF everywhere, no bare LF.
        assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    }

    #[test]
    fn timed_event_with_end_and_empty_fields() {
        let when = When::Timed {
            start: Instant::parse("2025-10-25T09:00:00+07:00").unwrap(),
            end: Some(Instant::parse("2025-10-26T23:59:59+07:00").unwrap()),
        };
        let mut e = event("Hanoi", "", when);
        e.location = " ";
        e.url = "";
        let lines = unfold(&ics(&e, Instant(0)));
        assert!(lines.contains(&"DTSTART:20251025T020000Z".to_string()));
        assert!(lines.contains(&"DTEND:20251026T165959Z".to_string()));
        assert!(lines.contains(&"DTSTAMP:19700101T000000Z".to_string()));
        assert!(!lines
            .iter()
            .any(|l| l.starts_with("DESCRIPTION") || l.starts_with("LOCATION") || l.starts_with("URL")));
    }

    #[test]
    fn all_day_events_use_dates() {
        let d = Date::new(2024, 12, 24).unwrap();
        let lines =
            unfold(&ics(&event("Adoption", "", When::AllDay { first: d, end: d.add_days(1).unwrap() }), Instant(0)));
        assert!(lines.contains(&"DTSTART;VALUE=DATE:20241224".to_string()));
        assert!(lines.contains(&"DTEND;VALUE=DATE:20241225".to_string()));
    }

    #[test]
    fn escapes_text_values() {
        let mut out = String::new();
        escape_text(&mut out, "a\\b;c,d\ne\r\nf\rg\u{0}\u{7f}h\ti");
        assert_eq!(out, "a\\\\b\\;c\\,d\\ne\\nf\\ng\u{0}h\ti".replace('\u{0}', ""));
        // Injection attempt: a newline cannot start a new property.
        let lines = unfold(&ics(&event("x\r\nEND:VEVENT\r\nBEGIN:VEVENT", "", deadline()), Instant(0)));
        assert_eq!(lines.iter().filter(|l| l.as_str() == "BEGIN:VEVENT").count(), 1);
        assert!(lines.contains(&"SUMMARY:x\\nEND:VEVENT\\nBEGIN:VEVENT".to_string()));
        let mut e = event("x", "", deadline());
        e.url = "https://example.org/a b\r\nX-EVIL:1/Việt";
        let lines = unfold(&ics(&e, Instant(0)));
        assert!(lines.contains(&"URL:https://example.org/a%20b%0D%0AX-EVIL:1/Vi%E1%BB%87t".to_string()));
        assert!(!lines.iter().any(|l| l.starts_with("X-EVIL")));
    }

    #[test]
    fn folds_long_vietnamese_lines_without_splitting_characters() {
        let title = "Hạn chót ký Công ước của Liên hợp quốc về chống tội phạm mạng tại Trụ sở Liên hợp quốc, New York";
        let description = "Công ước được mở ký tại Hà Nội ngày 25–26/10/2025; sau đó tiếp tục được mở ký tại Trụ sở Liên hợp quốc ở New York đến hết ngày 31/12/2026 (Điều 64).\nNguồn: Liên hợp quốc.";
        let text = ics(&event(title, description, deadline()), Instant(0));
        // `unfold` checks the 75-octet limit; here also check that folding happened and that
        // the logical values come back intact.
        assert!(text.contains("\r\n "));
        let lines = unfold(&text);
        let get = |name: &str| lines.iter().find_map(|l| l.strip_prefix(name)).map(unescape).unwrap();
        assert_eq!(get("SUMMARY:"), title);
        assert_eq!(get("DESCRIPTION:"), description);
        // A physical line never ends in the middle of a character: each piece is valid UTF-8
        // on its own (true of any &str, but the byte counts below prove the boundary choice).
        for p in text.split("\r\n") {
            assert!(p.len() <= 75);
            assert!(std::str::from_utf8(p.as_bytes()).is_ok());
        }
        // A line of exactly 75 octets is not folded; 76 is.
        let mut out = String::new();
        push_folded(&mut out, &"a".repeat(75));
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)));
        out.clear();
        push_folded(&mut out, &"a".repeat(76));
        assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
        // A 3-octet character that would end at octet 76 moves to the next line whole.
        out.clear();
        push_folded(&mut out, &format!("{}ệ", "a".repeat(73)));
        assert_eq!(out, format!("{}\r\n ệ\r\n", "a".repeat(73)));
    }

    #[test]
    fn uid_from_calendar_helper() {
        let id = uid("adoption");
        let mut e = event("Adoption", "", deadline());
        e.uid = &id;
        assert!(
            unfold(&ics(&e, Instant(0))).contains(&"UID:adoption@event-countdown.hanoi-convention-widgets".to_string())
        );
    }
}
