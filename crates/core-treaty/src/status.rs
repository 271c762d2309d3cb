//! Derived status: per code, the legend's counts, and how many reported signatories are not
//! identified in the data. Nothing here is stored in the data file.

use crate::iso::{is_un_state, UN_STATES};
use crate::model::{Participant, ParticipantKind, Place, ReportedCount, Scope, Signatories};

/// The map's three categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NotSigned,
    /// Signed, no instrument deposited yet.
    Signed,
    /// Deposited an instrument of ratification, acceptance, approval or accession. The UN status
    /// table puts all four in one column, and all four count toward entry into force.
    Ratified,
}

impl Status {
    /// For events and attributes: `not-signed`, `signed`, `ratified`.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotSigned => "not-signed",
            Status::Signed => "signed",
            Status::Ratified => "ratified",
        }
    }
}

impl Participant {
    pub fn status(&self) -> Status {
        if self.ratification.is_some() {
            Status::Ratified
        } else if self.signature.is_some() {
            Status::Signed
        } else {
            Status::NotSigned
        }
    }
}

/// Counts for the legend and the headline numbers.
///
/// The per-status counts are of **states** only: they describe the shapes on the map, and the EU
/// is not a shape (it is listed in the table). The EU is counted apart in `orgs_*`, and
/// `signatories` counts it the UN's way, so that it compares with the UN page's "Signatories 72".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// UN member and observer states, plus any other state in the data.
    pub states: u32,
    pub not_signed: u32,
    pub signed: u32,
    pub ratified: u32,
    /// Regional economic integration organizations (the EU) that signed but deposited nothing.
    pub orgs_signed: u32,
    /// Regional economic integration organizations that deposited an instrument.
    pub orgs_ratified: u32,
    /// Participants with a signature, ratified or not, the EU included: the UN's "Signatories".
    pub signatories: u32,
}

/// A reported number of signatories compared with the ones the data identifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gap<'a> {
    pub reported: &'a ReportedCount,
    /// Participants in the data that fall in the count's scope.
    pub identified: u32,
    /// `reported.count - identified`, or 0 if the data lists more.
    pub unidentified: u32,
}

impl Signatories {
    /// The participant with this code, case-insensitively.
    pub fn participant(&self, iso2: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.iso2.eq_ignore_ascii_case(iso2))
    }

    /// The status of any code; anything not listed has not signed.
    pub fn status(&self, iso2: &str) -> Status {
        self.participant(iso2).map_or(Status::NotSigned, Participant::status)
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts { states: UN_STATES.len() as u32, ..Counts::default() };
        for p in &self.participants {
            if p.signature.is_some() {
                c.signatories += 1;
            }
            match (p.kind, p.status()) {
                (ParticipantKind::Reio, Status::Signed) => c.orgs_signed += 1,
                (ParticipantKind::Reio, Status::Ratified) => c.orgs_ratified += 1,
                (ParticipantKind::Reio, Status::NotSigned) => {}
                (ParticipantKind::State, status) => {
                    // A state outside the UN list (Cook Islands, say) widens the universe.
                    if !is_un_state(&p.iso2) {
                        c.states += 1;
                    }
                    match status {
                        Status::Signed => c.signed += 1,
                        Status::Ratified => c.ratified += 1,
                        Status::NotSigned => {}
                    }
                }
            }
        }
        c.not_signed = c.states.saturating_sub(c.signed + c.ratified);
        c
    }

    /// How many signatories each reported count leaves unidentified, in file order.
    pub fn gaps(&self) -> Vec<Gap<'_>> {
        self.reported
            .iter()
            .map(|reported| {
                let identified = self.participants.iter().filter(|p| in_scope(p, reported)).count() as u32;
                Gap { reported, identified, unidentified: reported.count.saturating_sub(identified) }
            })
            .collect()
    }

    /// The gap to show by default: the most confident count, the latest among equals.
    pub fn main_gap(&self) -> Option<Gap<'_>> {
        self.gaps().into_iter().min_by(|a, b| {
            (a.reported.confidence, std::cmp::Reverse(a.reported.as_of.latest()))
                .cmp(&(b.reported.confidence, std::cmp::Reverse(b.reported.as_of.latest())))
        })
    }
}

/// Whether a participant is among the signatories a count covers. A signature of unknown date
/// is counted if it may fall within the count's date.
fn in_scope(p: &Participant, count: &ReportedCount) -> bool {
    let Some(s) = &p.signature else { return false };
    match count.scope {
        Scope::Hanoi => s.place == Some(Place::Hanoi),
        Scope::All => s.date.is_none_or(|d| d.earliest() <= count.as_of.latest()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::confidence::Confidence;
    use crate::date::{ApproxDate, Date};
    use crate::model::{InstrumentKind, Ratification, Signature};

    fn participant(iso2: &str, date: Option<&str>, place: Option<Place>, ratified: Option<&str>) -> Participant {
        Participant {
            iso2: iso2.into(),
            kind: if iso2 == "EU" { ParticipantKind::Reio } else { ParticipantKind::State },
            name: iso2.into(),
            un_name: None,
            signature: (date.is_some() || place.is_some()).then(|| Signature {
                date: date.map(|d| ApproxDate::parse(d).unwrap()),
                date_note: None,
                place,
                place_note: None,
            }),
            ratification: ratified
                .map(|d| Ratification { kind: InstrumentKind::Ratification, date: Date::parse(d).unwrap() }),
            ratification_note: None,
            source: "test".into(),
            confidence: Confidence::Un,
            confidence_text: None,
        }
    }

    fn data(participants: Vec<Participant>, reported: Vec<ReportedCount>) -> Signatories {
        Signatories { as_of: Date::parse("2026-07-31").unwrap(), note: None, sources: vec![], reported, participants }
    }

    fn count(count: u32, scope: Scope, as_of: &str, confidence: Confidence) -> ReportedCount {
        ReportedCount {
            count,
            scope,
            as_of: ApproxDate::parse(as_of).unwrap(),
            source: "s".into(),
            confidence,
            note: None,
        }
    }

    #[test]
    fn status_per_code_defaults_to_not_signed() {
        let d = data(
            vec![
                participant("VN", Some("2025-10-25"), Some(Place::Hanoi), None),
                participant("QA", Some("2025-10-25"), Some(Place::Hanoi), Some("2026-02-10")),
            ],
            vec![],
        );
        assert_eq!(d.status("VN"), Status::Signed);
        assert_eq!(d.status("vn"), Status::Signed);
        assert_eq!(d.status("QA"), Status::Ratified);
        assert_eq!(d.status("US"), Status::NotSigned);
        assert_eq!(d.status("nonsense"), Status::NotSigned);
        assert_eq!(Status::NotSigned.code(), "not-signed");
    }

    #[test]
    fn counts_keep_the_eu_out_of_the_map_categories_but_in_signatories() {
        let d = data(
            vec![
                participant("VN", Some("2025-10-25"), Some(Place::Hanoi), None),
                participant("FR", Some("2025-10-25"), Some(Place::Hanoi), Some("2026-03-01")),
                participant("EU", Some("2025-10-25"), Some(Place::Hanoi), None),
                participant("CK", Some("2026-01-05"), Some(Place::NewYork), None),
            ],
            vec![],
        );
        let c = d.counts();
        assert_eq!(c.states, 196, "195 UN states + the Cook Islands");
        assert_eq!((c.signed, c.ratified, c.not_signed), (2, 1, 193));
        assert_eq!((c.orgs_signed, c.orgs_ratified), (1, 0));
        assert_eq!(c.signatories, 4);
        assert_eq!(c.not_signed + c.signed + c.ratified, c.states);
    }

    #[test]
    fn an_accession_is_ratified_but_not_a_signatory() {
        let mut p = participant("NZ", None, None, None);
        p.ratification =
            Some(Ratification { kind: InstrumentKind::Accession, date: Date::parse("2026-05-01").unwrap() });
        let d = data(vec![p], vec![]);
        assert_eq!(d.status("NZ"), Status::Ratified);
        let c = d.counts();
        assert_eq!((c.ratified, c.signatories), (1, 0));
    }

    #[test]
    fn gaps_compare_reported_counts_with_identified_rows() {
        let d = data(
            vec![
                participant("VN", Some("2025-10-25"), Some(Place::Hanoi), None),
                participant("EU", Some("2025-10-25"), Some(Place::Hanoi), None),
                participant("FJ", None, Some(Place::NewYork), None),
                participant("CA", Some("2026-07"), None, None),
            ],
            vec![
                count(72, Scope::Hanoi, "2025-11-16", Confidence::Un),
                count(76, Scope::All, "2026-05", Confidence::Weak),
                count(1, Scope::All, "2026-08", Confidence::Weak),
            ],
        );
        let gaps = d.gaps();
        assert_eq!((gaps[0].identified, gaps[0].unidentified), (2, 70));
        // Fiji's date is unknown, so it may be in; Canada signed in July, after May.
        assert_eq!((gaps[1].identified, gaps[1].unidentified), (3, 73));
        assert_eq!((gaps[2].identified, gaps[2].unidentified), (4, 0), "never negative");
        assert_eq!(d.main_gap().map(|g| g.reported.count), Some(72));
    }

    #[test]
    fn main_gap_prefers_confidence_then_recency() {
        let d = data(
            vec![],
            vec![
                count(74, Scope::All, "2026-01", Confidence::News),
                count(76, Scope::All, "2026-05", Confidence::News),
            ],
        );
        assert_eq!(d.main_gap().map(|g| g.reported.count), Some(76));
        assert_eq!(data(vec![], vec![]).main_gap(), None);
    }
}
