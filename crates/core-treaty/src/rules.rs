//! The Convention's rules that data must respect, checked the same way for JSON and CSV input.

use crate::confidence::{parse_confidence_text, Confidence};
use crate::date::Date;
use crate::iso::code_problem;
use crate::model::{InstrumentKind, Participant, Place};

// The days below are checked when the crate is compiled: an impossible one fails the build.
/// Signature opens in Hanoi (Art. 64).
pub const SIGNATURE_OPENS: Date = Date::new(2025, 10, 25).expect("a real day");
/// Last day of signature in Hanoi; from the next day, at UN Headquarters (Art. 64).
pub const HANOI_LAST_DAY: Date = Date::new(2025, 10, 26).expect("a real day");
/// Last day of signature at UN Headquarters, New York (Art. 64).
pub const SIGNATURE_CLOSES: Date = Date::new(2026, 12, 31).expect("a real day");
/// Instruments needed for entry into force (Art. 65(1)).
pub const INSTRUMENTS_REQUIRED: usize = 40;
/// Entry into force is on the 90th day after the deposit of the 40th instrument (Art. 65(1)).
pub const DAYS_AFTER_DEPOSIT: i64 = 90;

/// The part of a participant a problem is about; JSON and CSV readers map it to a field path or
/// a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Iso2,
    Kind,
    Name,
    UnName,
    Signature,
    SignatureDate,
    DateNote,
    Place,
    PlaceNote,
    Ratification,
    RatificationDate,
    RatificationNote,
    Source,
    ConfidenceText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub field: Field,
    pub message: String,
}

fn blank(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| t.trim().is_empty())
}

/// Every rule a participant breaks, in field order. `as_of` is the file's date: nothing in the
/// data can have happened after it.
pub(crate) fn check_participant(p: &Participant, as_of: Date) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut problem = |field, message: String| out.push(Problem { field, message });
    if let Some(message) = code_problem(&p.iso2, p.kind) {
        let field = if p.iso2 != "EU" && p.kind == crate::ParticipantKind::Reio { Field::Kind } else { Field::Iso2 };
        problem(field, message);
    }
    if p.name.trim().is_empty() {
        problem(Field::Name, "is empty".into());
    }
    if blank(&p.un_name) {
        problem(Field::UnName, "is empty".into());
    }
    if p.signature.is_none() && p.ratification.is_none() {
        problem(
            Field::Signature,
            "a participant needs a signature or an instrument (ratification, acceptance, approval or accession)".into(),
        );
    }
    if let Some(s) = &p.signature {
        match s.date {
            None if s.date_note.as_deref().is_none_or(|n| n.trim().is_empty()) => {
                problem(Field::SignatureDate, "is unknown: say what is known in date_note".into());
            }
            None => {}
            Some(d) if d.latest() < SIGNATURE_OPENS || d.earliest() > SIGNATURE_CLOSES => problem(
                Field::SignatureDate,
                format!("{d} is outside the signature period (25 Oct 2025 to 31 Dec 2026, Art. 64)"),
            ),
            Some(d) if d.earliest() > as_of => {
                problem(Field::SignatureDate, format!("{d} is after the file's as_of date ({as_of})"));
            }
            Some(d) => match s.place {
                Some(Place::Hanoi) if d.earliest() > HANOI_LAST_DAY || d.latest() < SIGNATURE_OPENS => problem(
                    Field::Place,
                    format!("Hanoi, but signed {d}: signature in Hanoi was on 25–26 Oct 2025 only (Art. 64)"),
                ),
                Some(Place::NewYork) if d.latest() <= HANOI_LAST_DAY => problem(
                    Field::Place,
                    format!("New York, but signed {d}: signature moved to New York after 26 Oct 2025 (Art. 64)"),
                ),
                _ => {}
            },
        }
        if blank(&s.date_note) {
            problem(Field::DateNote, "is empty".into());
        }
        if blank(&s.place_note) {
            problem(Field::PlaceNote, "is empty".into());
        }
    }
    if let Some(r) = &p.ratification {
        if r.date < SIGNATURE_OPENS {
            problem(
                Field::RatificationDate,
                format!("{} is before the Convention opened for signature (25 Oct 2025)", r.date),
            );
        } else if r.date > as_of {
            problem(Field::RatificationDate, format!("{} is after the file's as_of date ({as_of})", r.date));
        }
        match (&p.signature, r.kind) {
            (None, InstrumentKind::Accession) => {}
            (None, kind) => problem(
                Field::Ratification,
                format!("{} needs a signature first; an instrument without one is an accession", kind.code()),
            ),
            (Some(s), _) => {
                if let Some(d) = s.date.filter(|d| r.date < d.earliest()) {
                    problem(Field::RatificationDate, format!("{} is before the signature ({d})", r.date));
                }
            }
        }
        if p.ratification_confidence() == Confidence::Weak {
            problem(
                Field::Ratification,
                "rests on a WEAK source: keep the claim in the note, not as a ratification".into(),
            );
        }
    }
    if blank(&p.ratification_note) {
        problem(Field::RatificationNote, "is empty".into());
    }
    if p.source.trim().is_empty() {
        problem(Field::Source, "is empty: every row needs its source".into());
    }
    if let Some(text) = &p.confidence_text {
        match parse_confidence_text(text) {
            Err(message) => problem(Field::ConfidenceText, message),
            Ok(t) if t.level != p.confidence => problem(
                Field::ConfidenceText,
                format!("says {} for the signature, but confidence is {}", t.level, p.confidence),
            ),
            Ok(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ApproxDate;
    use crate::model::{ParticipantKind, Ratification, Signature};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn hanoi_signer() -> Participant {
        Participant {
            iso2: "VN".into(),
            kind: ParticipantKind::State,
            name: "Viet Nam".into(),
            un_name: None,
            signature: Some(Signature {
                date: Some(ApproxDate::Day(day("2025-10-25"))),
                date_note: None,
                place: Some(Place::Hanoi),
                place_note: None,
            }),
            ratification: None,
            ratification_note: None,
            source: "UN status page".into(),
            confidence: Confidence::Un,
            confidence_text: None,
        }
    }

    const AS_OF: Date = Date::new(2026, 7, 31).expect("a real day");

    fn fields(p: &Participant) -> Vec<Field> {
        check_participant(p, AS_OF).into_iter().map(|pr| pr.field).collect()
    }

    #[test]
    fn constants_are_real_days() {
        for d in [SIGNATURE_OPENS, HANOI_LAST_DAY, SIGNATURE_CLOSES, AS_OF] {
            assert_eq!(Date::new(d.year(), d.month(), d.day()), Some(d));
        }
    }

    #[test]
    fn a_plain_hanoi_signature_passes() {
        assert_eq!(fields(&hanoi_signer()), []);
    }

    #[test]
    fn signature_dates_must_fit_the_signature_period_and_place() {
        let mut p = hanoi_signer();
        let set = |p: &mut Participant, text: &str| {
            if let Some(s) = p.signature.as_mut() {
                s.date = Some(ApproxDate::parse(text).unwrap());
            }
        };
        set(&mut p, "2025-10-24");
        assert_eq!(fields(&p), [Field::SignatureDate]);
        set(&mut p, "2027-01-01");
        assert_eq!(fields(&p), [Field::SignatureDate]);
        set(&mut p, "2026-08-01");
        assert!(check_participant(&p, AS_OF)[0].message.contains("as_of"));
        set(&mut p, "2025-11-02");
        assert_eq!(fields(&p), [Field::Place], "Hanoi only on 25-26 Oct");
        set(&mut p, "2025-10");
        assert_eq!(fields(&p), [], "October 2025 may be 25 or 26 Oct");
        set(&mut p, "2025-10-25/2025-10-26");
        assert_eq!(fields(&p), []);
        if let Some(s) = p.signature.as_mut() {
            s.place = Some(Place::NewYork);
        }
        assert_eq!(fields(&p), [Field::Place], "New York only after Hanoi");
        set(&mut p, "2026-07");
        assert_eq!(fields(&p), []);
    }

    #[test]
    fn an_unknown_date_needs_a_note() {
        let mut p = hanoi_signer();
        if let Some(s) = p.signature.as_mut() {
            s.date = None;
        }
        assert_eq!(fields(&p), [Field::SignatureDate]);
        if let Some(s) = p.signature.as_mut() {
            s.date_note = Some("after Hanoi, date not found".into());
        }
        assert_eq!(fields(&p), []);
        if let Some(s) = p.signature.as_mut() {
            s.date_note = Some("  ".into());
        }
        assert_eq!(fields(&p), [Field::SignatureDate, Field::DateNote]);
    }

    #[test]
    fn ratifications_follow_signatures_and_need_a_solid_source() {
        let mut p = hanoi_signer();
        p.ratification = Some(Ratification { kind: InstrumentKind::Ratification, date: day("2026-02-10") });
        assert_eq!(fields(&p), []);
        p.ratification = Some(Ratification { kind: InstrumentKind::Ratification, date: day("2025-10-24") });
        assert_eq!(fields(&p), [Field::RatificationDate, Field::RatificationDate]);
        p.ratification = Some(Ratification { kind: InstrumentKind::Approval, date: day("2026-08-01") });
        assert_eq!(fields(&p), [Field::RatificationDate]);
        // Same day as a signature that may have been the 26th: possible, so allowed.
        if let Some(s) = p.signature.as_mut() {
            s.date = Some(ApproxDate::parse("2025-10-25/2025-10-26").unwrap());
        }
        p.ratification = Some(Ratification { kind: InstrumentKind::Ratification, date: day("2025-10-25") });
        assert_eq!(fields(&p), []);

        p.confidence_text = Some("UN (signature); WEAK (ratification)".into());
        let problems = check_participant(&p, AS_OF);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("WEAK"));
        p.confidence_text = None;
        p.confidence = Confidence::Weak;
        assert_eq!(fields(&p), [Field::Ratification]);
    }

    #[test]
    fn only_accession_goes_without_signature() {
        let mut p = hanoi_signer();
        p.signature = None;
        assert_eq!(fields(&p), [Field::Signature]);
        p.ratification = Some(Ratification { kind: InstrumentKind::Ratification, date: day("2026-03-01") });
        assert_eq!(fields(&p), [Field::Ratification]);
        p.ratification = Some(Ratification { kind: InstrumentKind::Accession, date: day("2026-03-01") });
        assert_eq!(fields(&p), []);
    }

    #[test]
    fn codes_kinds_texts_and_confidence_text_are_checked() {
        let mut p = hanoi_signer();
        p.iso2 = "XX1".into();
        assert_eq!(fields(&p), [Field::Iso2]);
        p.iso2 = "EU".into();
        assert_eq!(fields(&p), [Field::Iso2]);
        p.kind = ParticipantKind::Reio;
        assert_eq!(fields(&p), []);
        p.iso2 = "FR".into();
        assert_eq!(fields(&p), [Field::Kind]);
        let mut p = hanoi_signer();
        p.name = " ".into();
        p.source = String::new();
        p.un_name = Some(String::new());
        p.ratification_note = Some(String::new());
        assert_eq!(fields(&p), [Field::Name, Field::UnName, Field::RatificationNote, Field::Source]);
        let mut p = hanoi_signer();
        p.confidence_text = Some("OFF/NEWS".into());
        assert_eq!(fields(&p), [Field::ConfidenceText], "says OFF, row says UN");
        p.confidence_text = Some("BEST".into());
        assert_eq!(fields(&p), [Field::ConfidenceText]);
        p.confidence_text = Some("UN (date truncated)".into());
        assert_eq!(fields(&p), []);
    }
}
