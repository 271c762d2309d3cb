//! The signatories data: what is stored. Everything counted is derived elsewhere.

use crate::confidence::{parse_confidence_text, Confidence};
use crate::date::{ApproxDate, Date};
use core_i18n::Lang;

/// The whole data file: when it was true, where it comes from, and the participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signatories {
    /// The data reflects the sources up to this day.
    pub as_of: Date,
    /// Coverage and caveats, for people reading the file.
    pub note: Option<String>,
    /// The sources of the file as a whole, for the widget's "from SOURCES" line.
    pub sources: Vec<Source>,
    /// Signature counts that sources report, so the widget can say how many are not identified.
    pub reported: Vec<ReportedCount>,
    /// In file order (the editor's spreadsheet order).
    pub participants: Vec<Participant>,
}

/// A source of the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Short id that [`ReportedCount::source`] refers to.
    pub id: Option<String>,
    pub title: String,
    /// Always `http:` or `https:`: the map turns it into a link.
    pub url: Option<String>,
    /// When this copy of the source was read.
    pub read: Option<Date>,
    pub note: Option<String>,
}

/// Which signatures a reported count covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Signatures made in Hanoi on 25–26 Oct 2025.
    Hanoi,
    /// All signatures made up to the count's date, anywhere.
    All,
}

impl Scope {
    pub fn code(self) -> &'static str {
        match self {
            Scope::Hanoi => "hanoi",
            Scope::All => "all",
        }
    }

    pub fn from_code(code: &str) -> Option<Scope> {
        [Scope::Hanoi, Scope::All].into_iter().find(|s| s.code() == code)
    }
}

/// A number of signatories that a source reports (the UN page's "Signatories 72").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportedCount {
    /// Signatories counted the UN's way: the European Union is one of them.
    pub count: u32,
    pub scope: Scope,
    pub as_of: ApproxDate,
    /// The id of an entry in [`Signatories::sources`].
    pub source: String,
    pub confidence: Confidence,
    pub note: Option<String>,
}

/// A state, or a regional economic integration organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParticipantKind {
    State,
    /// A regional economic integration organization: the European Union, code `EU`.
    Reio,
}

impl ParticipantKind {
    pub fn code(self) -> &'static str {
        match self {
            ParticipantKind::State => "state",
            ParticipantKind::Reio => "reio",
        }
    }

    pub fn from_code(code: &str) -> Option<ParticipantKind> {
        [ParticipantKind::State, ParticipantKind::Reio].into_iter().find(|k| k.code() == code)
    }
}

/// Where signatures happen (Art. 64): Hanoi on 25–26 Oct 2025, then UN Headquarters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    Hanoi,
    NewYork,
}

impl Place {
    /// As data files write it.
    pub fn code(self) -> &'static str {
        match self {
            Place::Hanoi => "Hanoi",
            Place::NewYork => "New York",
        }
    }

    pub fn from_code(code: &str) -> Option<Place> {
        [Place::Hanoi, Place::NewYork].into_iter().find(|p| p.code() == code)
    }

    /// The city's name in `lang`. `Intl` has no city names, so these few live here.
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Place::Hanoi, Lang::Vi) => "Hà Nội",
            (Place::Hanoi, Lang::En) => "Hanoi",
            (Place::Hanoi, Lang::Ar) => "هانوي",
            (Place::Hanoi, Lang::Zh) => "河内",
            (Place::Hanoi, Lang::Fr) => "Hanoï",
            (Place::Hanoi, Lang::Ru) => "Ханой",
            (Place::Hanoi, Lang::Es) => "Hanói",
            (Place::NewYork, Lang::Zh) => "纽约",
            (Place::NewYork, Lang::Ru) => "Нью-Йорк",
            (Place::NewYork, Lang::Ar) => "نيويورك",
            (Place::NewYork, Lang::Es) => "Nueva York",
            (Place::NewYork, Lang::Vi | Lang::En | Lang::Fr) => "New York",
        }
    }
}

/// A participant's signature. Dates are as precise as the sources, never more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// `None` when no source gives it; `date_note` then says what is known.
    pub date: Option<ApproxDate>,
    pub date_note: Option<String>,
    /// `None` when no source says where.
    pub place: Option<Place>,
    pub place_note: Option<String>,
}

/// The four kinds of instrument that count toward entry into force (Art. 65(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InstrumentKind {
    Ratification,
    Acceptance,
    Approval,
    Accession,
}

impl InstrumentKind {
    pub const ALL: [InstrumentKind; 4] =
        [InstrumentKind::Ratification, InstrumentKind::Acceptance, InstrumentKind::Approval, InstrumentKind::Accession];

    pub fn code(self) -> &'static str {
        match self {
            InstrumentKind::Ratification => "ratification",
            InstrumentKind::Acceptance => "acceptance",
            InstrumentKind::Approval => "approval",
            InstrumentKind::Accession => "accession",
        }
    }

    pub fn from_code(code: &str) -> Option<InstrumentKind> {
        InstrumentKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// A deposited instrument of ratification, acceptance, approval or accession.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratification {
    pub kind: InstrumentKind,
    /// The day of deposit with the Secretary-General. Always exact: entry into force counts from it.
    pub date: Date,
}

/// One row of the data: a state or the EU, what it did, and on what evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// ISO 3166-1 alpha-2, or `EU`.
    pub iso2: String,
    pub kind: ParticipantKind,
    /// English short name, a fallback only: widgets name countries with `Intl.DisplayNames`.
    pub name: String,
    /// The name on the UN list, when it differs ("Czech Republic" for Czechia).
    pub un_name: Option<String>,
    /// `None` for a participant that acceded without signing.
    pub signature: Option<Signature>,
    /// `None` unless an instrument is confirmed; unconfirmed claims stay in `ratification_note`.
    pub ratification: Option<Ratification>,
    pub ratification_note: Option<String>,
    /// Where the row's facts come from, as the editor wrote it (may contain URLs).
    pub source: String,
    /// The confidence of the row (of its signature).
    pub confidence: Confidence,
    /// The editor's wording when it says more than the label, e.g. "OFF (signature); WEAK (ratification)".
    pub confidence_text: Option<String>,
}

impl Participant {
    /// The confidence of the row's ratification facts: a "(ratification)" segment of
    /// `confidence_text` if there is one, else the row's.
    pub fn ratification_confidence(&self) -> Confidence {
        self.confidence_text
            .as_deref()
            .and_then(|t| parse_confidence_text(t).ok())
            .and_then(|t| t.ratification)
            .unwrap_or(self.confidence)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in [Scope::Hanoi, Scope::All] {
            assert_eq!(Scope::from_code(s.code()), Some(s));
        }
        for k in [ParticipantKind::State, ParticipantKind::Reio] {
            assert_eq!(ParticipantKind::from_code(k.code()), Some(k));
        }
        for p in [Place::Hanoi, Place::NewYork] {
            assert_eq!(Place::from_code(p.code()), Some(p));
        }
        for k in InstrumentKind::ALL {
            assert_eq!(InstrumentKind::from_code(k.code()), Some(k));
        }
        assert_eq!(Place::from_code("hanoi"), None);
    }

    #[test]
    fn places_have_a_name_in_every_language() {
        for lang in Lang::ALL {
            for place in [Place::Hanoi, Place::NewYork] {
                assert!(!place.name(lang).is_empty());
            }
        }
        assert_eq!(Place::Hanoi.name(Lang::Vi), "Hà Nội");
    }
}
