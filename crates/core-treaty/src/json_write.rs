//! Writes a signatories file: deterministic, pretty, keys in a fixed order, defaults left out.
//! One participant per block and the small signature/ratification objects on one line each, so
//! that a data update reads well in a diff.

use crate::model::{Participant, ReportedCount, Signatories, Signature, Source};
use core_json::write_string;

/// The `$schema` reference written into every file (relative to data/).
pub const SCHEMA_REF: &str = "./schema/signatories.schema.json";

/// Members of one JSON object, written either on one line or one per line.
struct Object<'a> {
    out: &'a mut String,
    indent: &'static str,
    inline: bool,
    first: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut String, indent: &'static str, inline: bool) -> Self {
        out.push('{');
        Object { out, indent, inline, first: true }
    }

    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(',');
        }
        if self.inline {
            if !self.first {
                self.out.push(' ');
            }
        } else {
            self.out.push('\n');
            self.out.push_str(self.indent);
            self.out.push_str("  ");
        }
        self.first = false;
        write_string(self.out, key);
        self.out.push_str(": ");
    }

    fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        write_string(self.out, value);
    }

    fn opt_string(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.string(key, value);
        }
    }

    /// A string or an explicit `null`, for fields whose absence means something.
    fn string_or_null(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        match value {
            Some(value) => write_string(self.out, value),
            None => self.out.push_str("null"),
        }
    }

    fn raw(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push_str(value);
    }

    fn close(self) {
        if !self.inline && !self.first {
            self.out.push('\n');
            self.out.push_str(self.indent);
        }
        self.out.push('}');
    }
}

/// Writes the file. `parse_signatories(&to_json(x))` gives back `x`.
pub fn to_json(data: &Signatories) -> String {
    let mut out = String::with_capacity(512 + data.participants.len() * 320);
    let mut root = Object::open(&mut out, "", false);
    root.string("$schema", SCHEMA_REF);
    root.string("as_of", &data.as_of.to_string());
    root.opt_string("note", data.note.as_deref());
    root.key("sources");
    list(root.out, &data.sources, source);
    root.key("reported");
    list(root.out, &data.reported, reported);
    root.key("participants");
    list(root.out, &data.participants, participant);
    root.close();
    out.push('\n');
    out
}

fn list<T>(out: &mut String, items: &[T], write: fn(&mut String, &T)) {
    if items.is_empty() {
        out.push_str("[]");
        return;
    }
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        out.push_str(if i == 0 { "\n    " } else { ",\n    " });
        write(out, item);
    }
    out.push_str("\n  ]");
}

fn source(out: &mut String, s: &Source) {
    let mut o = Object::open(out, "    ", false);
    o.opt_string("id", s.id.as_deref());
    o.string("title", &s.title);
    o.opt_string("url", s.url.as_deref());
    if let Some(read) = s.read {
        o.string("read", &read.to_string());
    }
    o.opt_string("note", s.note.as_deref());
    o.close();
}

fn reported(out: &mut String, r: &ReportedCount) {
    let mut o = Object::open(out, "    ", false);
    o.raw("count", &r.count.to_string());
    o.string("scope", r.scope.code());
    o.string("as_of", &r.as_of.to_string());
    o.string("source", &r.source);
    o.string("confidence", r.confidence.code());
    o.opt_string("note", r.note.as_deref());
    o.close();
}

fn signature(out: &mut String, s: &Signature) {
    let mut o = Object::open(out, "", true);
    o.string_or_null("date", s.date.map(|d| d.to_string()).as_deref());
    o.opt_string("date_note", s.date_note.as_deref());
    o.string_or_null("place", s.place.map(|p| p.code()));
    o.opt_string("place_note", s.place_note.as_deref());
    o.close();
}

fn participant(out: &mut String, p: &Participant) {
    let mut o = Object::open(out, "    ", false);
    o.string("iso2", &p.iso2);
    if p.kind != crate::ParticipantKind::State {
        o.string("kind", p.kind.code());
    }
    o.string("name", &p.name);
    o.opt_string("un_name", p.un_name.as_deref());
    o.key("signature");
    match &p.signature {
        Some(s) => signature(o.out, s),
        None => o.out.push_str("null"),
    }
    o.key("ratification");
    match &p.ratification {
        Some(r) => {
            let mut inner = Object::open(o.out, "", true);
            inner.string("kind", r.kind.code());
            inner.string("date", &r.date.to_string());
            inner.close();
        }
        None => o.out.push_str("null"),
    }
    o.opt_string("ratification_note", p.ratification_note.as_deref());
    o.string("source", &p.source);
    o.string("confidence", p.confidence.code());
    o.opt_string("confidence_text", p.confidence_text.as_deref());
    o.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_signatories;

    const SMALL: &str = r#"{
  "$schema": "./schema/signatories.schema.json",
  "as_of": "2026-07-31",
  "sources": [
    {
      "id": "un",
      "title": "UN \"status\" page",
      "url": "https://treaties.un.org/x.xml",
      "read": "2025-11-16"
    }
  ],
  "reported": [
    {
      "count": 72,
      "scope": "hanoi",
      "as_of": "2025-11-16",
      "source": "un",
      "confidence": "UN",
      "note": "EU included"
    }
  ],
  "participants": [
    {
      "iso2": "EU",
      "kind": "reio",
      "name": "European Union",
      "signature": {"date": "2025-10-25", "place": "Hanoi"},
      "ratification": null,
      "source": "UN status page",
      "confidence": "UN"
    },
    {
      "iso2": "CA",
      "name": "Canada",
      "signature": {"date": "2026-07", "date_note": "exact day not found", "place": null, "place_note": "presumably New York"},
      "ratification": null,
      "ratification_note": "none",
      "source": "digest",
      "confidence": "WEAK"
    },
    {
      "iso2": "NZ",
      "name": "New Zealand",
      "signature": null,
      "ratification": {"kind": "accession", "date": "2026-05-01"},
      "source": "UN",
      "confidence": "UN",
      "confidence_text": "UN (date checked)"
    }
  ]
}
"#;

    #[test]
    fn writes_the_canonical_layout_byte_for_byte() {
        let data = parse_signatories(SMALL).unwrap();
        assert_eq!(to_json(&data), SMALL);
    }

    #[test]
    fn empty_lists_and_no_note() {
        let mut data = parse_signatories(SMALL).unwrap();
        data.participants.clear();
        data.reported.clear();
        let text = to_json(&data);
        assert!(text.contains("\"reported\": [],\n  \"participants\": []\n}"), "{text}");
        assert_eq!(parse_signatories(&text).unwrap(), data);
    }
}
