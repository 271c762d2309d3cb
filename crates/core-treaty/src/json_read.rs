//! Reads a signatories JSON file (data/signatories.json or a page's `src`) with errors that name
//! the line and the field path.

use crate::confidence::Confidence;
use crate::date::{parse_date, ApproxDate, Date};
use crate::links::is_web_url;
use crate::model::{
    InstrumentKind, Participant, ParticipantKind, Place, Ratification, ReportedCount, Scope, Signatories, Signature,
    Source,
};
use crate::progress::{progress_of, Progress};
use crate::rules::{check_participant, Field, Problem};
use core_json::{DataError, Node};

/// Parses and validates a signatories file. The first problem found is returned.
pub fn parse_signatories(text: &str) -> Result<Signatories, DataError> {
    let value = core_json::parse(text)?;
    let root = Node::root(&value);
    root.deny_unknown(&["$schema", "as_of", "note", "sources", "reported", "participants"])?;
    let as_of = date(&root.field("as_of")?)?;
    let note = opt_text(&root, "note")?;

    let source_nodes = root.field("sources")?.items()?;
    let mut sources = Vec::with_capacity(source_nodes.len());
    for node in &source_nodes {
        let s = source(node)?;
        if let Some(id) = &s.id {
            if sources.iter().any(|o: &Source| o.id.as_ref() == Some(id)) {
                return Err(node.field("id")?.error(format!("duplicate source id \"{id}\"")));
            }
        }
        sources.push(s);
    }

    let mut reported = Vec::new();
    if let Some(list) = root.get("reported") {
        for node in list.items()? {
            let r = reported_count(&node)?;
            if !sources.iter().any(|s| s.id.as_deref() == Some(r.source.as_str())) {
                return Err(node.field("source")?.error(format!("no source has the id \"{}\"", r.source)));
            }
            if r.as_of.earliest() > as_of {
                return Err(node
                    .field("as_of")?
                    .error(format!("{} is after the file's as_of date ({as_of})", r.as_of)));
            }
            reported.push(r);
        }
    }

    let participant_nodes = root.field("participants")?.items()?;
    let mut participants: Vec<Participant> = Vec::with_capacity(participant_nodes.len());
    for node in &participant_nodes {
        let p = participant(node)?;
        if let Some(problem) = check_participant(&p, as_of).into_iter().next() {
            return Err(locate(node, &problem));
        }
        if let Some(first) = participants.iter().position(|o| o.iso2 == p.iso2) {
            return Err(node.field("iso2")?.error(format!("{} is listed twice (also participants[{first}])", p.iso2)));
        }
        participants.push(p);
    }
    Ok(Signatories { as_of, note, sources, reported, participants })
}

/// Progress toward entry into force, reading only what it needs: each participant's `kind` and
/// ratification `date`. For the countdown, whose size budget has no room for the whole model;
/// it does not check the rest of the file (the map's [`parse_signatories`] does, and the tests
/// check the built-in file). Returns the file's `as_of` date too, for "data as of …".
pub fn progress_from_json(text: &str) -> Result<(Progress, Date), DataError> {
    let value = core_json::parse(text)?;
    let root = Node::root(&value);
    let as_of = date(&root.field("as_of")?)?;
    let mut instruments = Vec::new();
    for node in root.field("participants")?.items()? {
        if let Some(r) = node.get("ratification") {
            let kind = match node.get("kind") {
                Some(k) if k.as_str()? == "reio" => ParticipantKind::Reio,
                _ => ParticipantKind::State,
            };
            instruments.push((kind, date(&r.field("date")?)?));
        }
    }
    Ok((progress_of(instruments.into_iter()), as_of))
}

/// The node a problem is about, or the nearest one that exists, with the full field path.
fn locate(participant: &Node<'_>, problem: &Problem) -> DataError {
    let keys: &[&str] = match problem.field {
        Field::Iso2 => &["iso2"],
        Field::Kind => &["kind"],
        Field::Name => &["name"],
        Field::UnName => &["un_name"],
        Field::Signature => &["signature"],
        Field::SignatureDate => &["signature", "date"],
        Field::DateNote => &["signature", "date_note"],
        Field::Place => &["signature", "place"],
        Field::PlaceNote => &["signature", "place_note"],
        Field::Ratification => &["ratification"],
        Field::RatificationDate => &["ratification", "date"],
        Field::RatificationNote => &["ratification_note"],
        Field::Source => &["source"],
        Field::ConfidenceText => &["confidence_text"],
    };
    let mut node = participant.clone();
    let mut found = true;
    for key in keys {
        match node.get(key) {
            Some(child) => node = child,
            None => {
                found = false;
                break;
            }
        }
    }
    let mut error = node.error(problem.message.clone());
    if !found {
        error.path = format!("{}.{}", participant.path(), keys.join("."));
    }
    error
}

fn text(node: &Node<'_>) -> Result<String, DataError> {
    let s = node.as_str()?;
    if s.trim().is_empty() {
        return Err(node.error("is empty"));
    }
    Ok(s.to_string())
}

fn opt_text(parent: &Node<'_>, key: &str) -> Result<Option<String>, DataError> {
    parent.get(key).map(|n| text(&n)).transpose()
}

fn date(node: &Node<'_>) -> Result<Date, DataError> {
    parse_date(node.as_str()?).map_err(|m| node.error(m))
}

fn approx_date(node: &Node<'_>) -> Result<ApproxDate, DataError> {
    ApproxDate::parse(node.as_str()?).map_err(|m| node.error(m))
}

fn code<T>(node: &Node<'_>, parse: impl Fn(&str) -> Option<T>, expected: &str) -> Result<T, DataError> {
    let s = node.as_str()?;
    parse(s).ok_or_else(|| node.error(format!("\"{s}\" is not one of: {expected}")))
}

fn confidence(node: &Node<'_>) -> Result<Confidence, DataError> {
    code(node, Confidence::from_code, "UN, OFF, NEWS, WEAK")
}

fn source(node: &Node<'_>) -> Result<Source, DataError> {
    node.deny_unknown(&["id", "title", "url", "read", "note"])?;
    let url = opt_text(node, "url")?;
    if let (Some(url), Some(url_node)) = (&url, node.get("url")) {
        if !is_web_url(url) {
            return Err(url_node.error("must be an http:// or https:// address"));
        }
    }
    Ok(Source {
        id: opt_text(node, "id")?,
        title: text(&node.field("title")?)?,
        url,
        read: node.get("read").map(|n| date(&n)).transpose()?,
        note: opt_text(node, "note")?,
    })
}

fn reported_count(node: &Node<'_>) -> Result<ReportedCount, DataError> {
    node.deny_unknown(&["count", "scope", "as_of", "source", "confidence", "note"])?;
    let count_node = node.field("count")?;
    let count = u32::try_from(count_node.as_i64()?).map_err(|_| count_node.error("must be a whole number from 0"))?;
    Ok(ReportedCount {
        count,
        scope: code(&node.field("scope")?, Scope::from_code, "hanoi, all")?,
        as_of: approx_date(&node.field("as_of")?)?,
        source: text(&node.field("source")?)?,
        confidence: confidence(&node.field("confidence")?)?,
        note: opt_text(node, "note")?,
    })
}

fn signature(node: &Node<'_>) -> Result<Signature, DataError> {
    node.deny_unknown(&["date", "date_note", "place", "place_note"])?;
    Ok(Signature {
        date: node.get("date").map(|n| approx_date(&n)).transpose()?,
        date_note: opt_text(node, "date_note")?,
        place: node.get("place").map(|n| code(&n, Place::from_code, "Hanoi, New York")).transpose()?,
        place_note: opt_text(node, "place_note")?,
    })
}

fn ratification(node: &Node<'_>) -> Result<Ratification, DataError> {
    node.deny_unknown(&["kind", "date"])?;
    let date_node = node.field("date")?;
    let date = match approx_date(&date_node)? {
        ApproxDate::Day(d) => d,
        other => {
            return Err(date_node
                .error(format!("{other} is not a day: the day of deposit is needed, entry into force counts from it")))
        }
    };
    Ok(Ratification {
        kind: code(&node.field("kind")?, InstrumentKind::from_code, "ratification, acceptance, approval, accession")?,
        date,
    })
}

fn participant(node: &Node<'_>) -> Result<Participant, DataError> {
    node.deny_unknown(&[
        "iso2",
        "kind",
        "name",
        "un_name",
        "signature",
        "ratification",
        "ratification_note",
        "source",
        "confidence",
        "confidence_text",
    ])?;
    Ok(Participant {
        iso2: node.field("iso2")?.as_str()?.to_string(),
        kind: node
            .get("kind")
            .map(|n| code(&n, ParticipantKind::from_code, "state, reio"))
            .transpose()?
            .unwrap_or(ParticipantKind::State),
        name: text(&node.field("name")?)?,
        un_name: opt_text(node, "un_name")?,
        signature: node.get("signature").map(|n| signature(&n)).transpose()?,
        ratification: node.get("ratification").map(|n| ratification(&n)).transpose()?,
        ratification_note: opt_text(node, "ratification_note")?,
        source: text(&node.field("source")?)?,
        confidence: confidence(&node.field("confidence")?)?,
        confidence_text: opt_text(node, "confidence_text")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"{
  "as_of": "2026-07-31",
  "sources": [{"id": "un", "title": "UN status page", "url": "https://treaties.un.org/x.xml", "read": "2025-11-16"}],
  "reported": [{"count": 72, "scope": "hanoi", "as_of": "2025-11-16", "source": "un", "confidence": "UN"}],
  "participants": ["#;

    fn with(participants: &str) -> String {
        format!("{HEAD}\n{participants}\n]}}")
    }

    fn err(participants: &str) -> DataError {
        parse_signatories(&with(participants)).unwrap_err()
    }

    const VN: &str = r#"{"iso2": "VN", "name": "Viet Nam", "signature": {"date": "2025-10-25", "place": "Hanoi"}, "ratification": null, "source": "UN", "confidence": "UN"}"#;

    #[test]
    fn reads_a_small_file() {
        let d = parse_signatories(&with(&format!(
            "{VN},\n{}",
            r#"{"iso2": "EU", "kind": "reio", "name": "European Union", "signature": {"date": "2025-10-25/2025-10-26", "date_note": "weekend", "place": "Hanoi"}, "source": "x", "confidence": "NEWS", "confidence_text": "NEWS/WEAK"}"#
        )))
        .unwrap();
        assert_eq!(d.as_of.to_string(), "2026-07-31");
        assert_eq!(d.sources[0].read.map(|r| r.to_string()).as_deref(), Some("2025-11-16"));
        assert_eq!(d.reported[0].count, 72);
        assert_eq!(d.participants.len(), 2);
        assert_eq!(d.participants[1].kind, ParticipantKind::Reio);
        assert_eq!(d.participants[0].kind, ParticipantKind::State);
        assert_eq!(d.participants[1].signature.as_ref().and_then(|s| s.date_note.as_deref()), Some("weekend"));
    }

    #[test]
    fn errors_name_line_and_field_path() {
        let e = err(&VN.replace("\"VN\"", "\"V1\""));
        assert_eq!(
            e.to_string(),
            "line 6, participants[0].iso2: \"V1\" is not an ISO 3166-1 alpha-2 code (two capital letters)"
        );
        let e = err(&VN.replace("2025-10-25", "2026-02-30"));
        assert_eq!(e.path, "participants[0].signature.date");
        assert!(e.message.contains("not a real date"), "{e}");
        let e = err(&VN.replace("\"confidence\": \"UN\"", "\"confidence\": \"UN\", \"colour\": \"red\""));
        assert_eq!(e.path, "participants[0].colour");
        assert!(e.message.contains("unknown field"));
        let e = err(&format!("{VN},\n{VN}"));
        assert_eq!((e.line, e.path.as_str()), (7, "participants[1].iso2"));
        assert!(e.message.contains("listed twice"));
    }

    #[test]
    fn the_eu_code_needs_the_reio_kind() {
        let e = err(&VN.replace("\"VN\"", "\"EU\""));
        assert_eq!(e.path, "participants[0].iso2");
        assert!(e.message.contains("reio"));
        let e = err(&VN.replace("\"iso2\": \"VN\"", "\"iso2\": \"FR\", \"kind\": \"reio\""));
        assert_eq!(e.path, "participants[0].kind");
        let e = err(&VN.replace("\"iso2\": \"VN\"", "\"iso2\": \"VN\", \"kind\": \"country\""));
        assert!(e.message.contains("state, reio"));
    }

    #[test]
    fn ratifications_need_an_exact_date_after_signature() {
        let ratified = |r: &str| VN.replace("\"ratification\": null", &format!("\"ratification\": {r}"));
        let ok = parse_signatories(&with(&ratified(r#"{"kind": "ratification", "date": "2026-02-10"}"#))).unwrap();
        assert_eq!(ok.participants[0].ratification.map(|r| r.kind), Some(InstrumentKind::Ratification));
        let e = err(&ratified(r#"{"kind": "ratification", "date": "2026-02"}"#));
        assert_eq!(e.path, "participants[0].ratification.date");
        assert!(e.message.contains("day of deposit"));
        let e = err(&ratified(r#"{"kind": "ratification", "date": "2025-10-20"}"#));
        assert_eq!(e.path, "participants[0].ratification.date");
        let e = err(&ratified(r#"{"kind": "ratified", "date": "2026-02-10"}"#));
        assert_eq!(e.path, "participants[0].ratification.kind");
        let e = err(&ratified(r#"{"kind": "ratification"}"#));
        assert_eq!((e.path.as_str(), e.message.as_str()), ("participants[0].ratification.date", "is missing"));
    }

    #[test]
    fn an_accession_without_signature_is_allowed_a_ratification_is_not() {
        let acceded = r#"{"iso2": "NZ", "name": "New Zealand", "signature": null, "ratification": {"kind": "accession", "date": "2026-05-01"}, "source": "UN", "confidence": "UN"}"#;
        assert!(parse_signatories(&with(acceded)).is_ok());
        let e = err(&acceded.replace("accession", "approval"));
        assert_eq!(e.path, "participants[0].ratification");
        assert!(e.message.contains("needs a signature"));
        let neither = r#"{"iso2": "NZ", "name": "New Zealand", "source": "UN", "confidence": "UN"}"#;
        assert_eq!(err(neither).path, "participants[0].signature");
    }

    #[test]
    fn file_level_problems() {
        let e = parse_signatories("{\"as_of\": \"2026-07-31\", \"participants\": []}").unwrap_err();
        assert_eq!(e.to_string(), "line 1, sources: is missing");
        let e = parse_signatories(&with("").replace("\"source\": \"un\"", "\"source\": \"unknown\"")).unwrap_err();
        assert_eq!(e.path, "reported[0].source");
        let e =
            parse_signatories(&with("").replace("https://treaties.un.org/x.xml", "javascript:alert(1)")).unwrap_err();
        assert_eq!(e.path, "sources[0].url");
        let e = parse_signatories(&with("").replace("\"count\": 72", "\"count\": -1")).unwrap_err();
        assert_eq!(e.path, "reported[0].count");
        let e =
            parse_signatories(&with("").replace("\"as_of\": \"2025-11-16\"", "\"as_of\": \"2026-08\"")).unwrap_err();
        assert_eq!(e.path, "reported[0].as_of");
        let e =
            parse_signatories(&with("").replace("\"as_of\": \"2026-07-31\"", "\"as_of\": \"2026-07\"")).unwrap_err();
        assert_eq!(e.path, "as_of");
        let e = parse_signatories(&with("").replace("\"as_of\"", "\"asof\"")).unwrap_err();
        assert!(e.message.contains("unknown field"));
        let e = parse_signatories("[1").unwrap_err();
        assert_eq!((e.line, e.path.as_str()), (1, ""));
        assert!(parse_signatories(&with("")).is_ok(), "no participants yet is a valid file");
    }

    #[test]
    fn the_lean_progress_reader_agrees_with_the_full_model() {
        let ratified = |iso: &str, kind: &str, date: &str| {
            format!(
                r#"{{"iso2": "{iso}", {kind}"name": "x", "signature": {{"date": "2025-10-25", "place": "Hanoi"}}, "ratification": {{"kind": "ratification", "date": "{date}"}}, "source": "UN", "confidence": "UN"}}"#
            )
        };
        let text = with(
            &[VN.to_string(), ratified("FR", "", "2026-03-01"), ratified("EU", "\"kind\": \"reio\", ", "2026-02-01")]
                .join(",\n"),
        );
        let (lean, as_of) = progress_from_json(&text).unwrap();
        assert_eq!(as_of, parse_signatories(&text).unwrap().as_of);
        assert_eq!(lean, parse_signatories(&text).unwrap().progress());
        assert_eq!((lean.counted, lean.not_counted), (1, 1));
        let e = progress_from_json(&text.replace("2026-03-01", "2026-02-30")).unwrap_err();
        assert_eq!(e.path, "participants[1].ratification.date");
        assert!(progress_from_json("{}").is_err());
    }

    #[test]
    fn a_missing_nested_field_is_located_at_its_parent() {
        let e = err(&VN.replace("\"date\": \"2025-10-25\", ", ""));
        assert_eq!(e.path, "participants[0].signature.date");
        assert!(e.message.contains("date_note"));
    }
}
