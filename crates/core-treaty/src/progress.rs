//! Progress toward entry into force (Art. 65(1)): "N of 40", and the date once 40 are in.

use crate::date::Date;
use crate::model::{ParticipantKind, Signatories};
use crate::rules::{DAYS_AFTER_DEPOSIT, INSTRUMENTS_REQUIRED};

/// Where the Convention stands on the way to entry into force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Instruments that count: those deposited by states.
    pub counted: usize,
    /// Always [`INSTRUMENTS_REQUIRED`] (40); here so a widget can print "N of 40" from one value.
    pub required: usize,
    /// Instruments deposited by a regional economic integration organization (the EU): shown, but
    /// "not counted as additional to those deposited by member States" (Art. 65(1)).
    pub not_counted: usize,
    /// Deposit day of the 40th counted instrument, once there are 40.
    pub fortieth_deposit: Option<Date>,
    /// The day the Convention enters into force, once there are 40.
    pub entry_into_force: Option<Date>,
}

impl Progress {
    pub fn remaining(&self) -> usize {
        self.required.saturating_sub(self.counted)
    }

    pub fn reached(&self) -> bool {
        self.counted >= self.required
    }
}

/// The "ninetieth day after the date of deposit": the deposit day is day 0 and the next day is
/// day 1, so this is the deposit day plus 90 days. That is how the UN counts the same wording in
/// other conventions: UNTOC's 40th instrument was deposited on 1 Jul 2003 and it entered into
/// force on 29 Sep 2003 (UNIS/CP/439); UNCAC's 30th on 15 Sep 2005, in force 14 Dec 2005 (L/T/4389).
pub fn entry_into_force_after(deposit: Date) -> Option<Date> {
    deposit.add_days(DAYS_AFTER_DEPOSIT)
}

impl Signatories {
    /// Counts instruments per Art. 65(1).
    ///
    /// The EU's instrument is never counted: the article says it shall not count "as additional
    /// to those deposited by member States", and the depositary practice for the same clause in
    /// other UN conventions is to leave such instruments out of the count.
    pub fn progress(&self) -> Progress {
        progress_of(self.participants.iter().filter_map(|p| p.ratification.map(|r| (p.kind, r.date))))
    }
}

/// Progress from each deposited instrument's depositor kind and day, in any order.
pub(crate) fn progress_of(instruments: impl Iterator<Item = (ParticipantKind, Date)>) -> Progress {
    let mut dates: Vec<Date> = Vec::new();
    let mut not_counted = 0;
    for (kind, date) in instruments {
        match kind {
            ParticipantKind::State => dates.push(date),
            ParticipantKind::Reio => not_counted += 1,
        }
    }
    // Insertion sort: at most ~200 instruments, and the generic sort costs ~2 KB of wasm.
    for i in 1..dates.len() {
        let mut j = i;
        while j > 0 && dates.get(j - 1) > dates.get(j) {
            dates.swap(j - 1, j);
            j -= 1;
        }
    }
    let fortieth_deposit = dates.get(INSTRUMENTS_REQUIRED - 1).copied();
    Progress {
        counted: dates.len(),
        required: INSTRUMENTS_REQUIRED,
        not_counted,
        fortieth_deposit,
        entry_into_force: fortieth_deposit.and_then(entry_into_force_after),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::confidence::Confidence;
    use crate::model::{InstrumentKind, Participant, Ratification};

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn acceded(iso2: &str, date: Date) -> Participant {
        Participant {
            iso2: iso2.into(),
            kind: if iso2 == "EU" { ParticipantKind::Reio } else { ParticipantKind::State },
            name: iso2.into(),
            un_name: None,
            signature: None,
            ratification: Some(Ratification { kind: InstrumentKind::Accession, date }),
            ratification_note: None,
            source: "test".into(),
            confidence: Confidence::Un,
            confidence_text: None,
        }
    }

    fn data(participants: Vec<Participant>) -> Signatories {
        Signatories { as_of: d("2027-12-31"), note: None, sources: vec![], reported: vec![], participants }
    }

    #[test]
    fn the_ninetieth_day_after_deposit() {
        assert_eq!(entry_into_force_after(d("2027-01-10")), Some(d("2027-04-10")));
        // Real cases of the same wording: UNCAC (30th instrument) and UNTOC (40th).
        assert_eq!(entry_into_force_after(d("2005-09-15")), Some(d("2005-12-14")));
        assert_eq!(entry_into_force_after(d("2003-07-01")), Some(d("2003-09-29")));
        // Across a leap day and a year end.
        assert_eq!(entry_into_force_after(d("2027-12-01")), Some(d("2028-02-29")));
        assert_eq!(entry_into_force_after(d("9999-12-01")), None);
    }

    #[test]
    fn nothing_deposited() {
        let p = data(vec![]).progress();
        assert_eq!((p.counted, p.required, p.remaining(), p.reached()), (0, 40, 40, false));
        assert_eq!((p.fortieth_deposit, p.entry_into_force), (None, None));
    }

    #[test]
    fn the_fortieth_state_instrument_sets_the_date_whatever_the_file_order() {
        let codes: Vec<&str> = crate::iso::UN_STATES[..41].to_vec();
        let start = d("2026-01-01");
        // Listed latest-first, so sorting matters: instrument i is deposited on start + i days.
        let mut ps: Vec<Participant> =
            codes.iter().enumerate().rev().map(|(i, c)| acceded(c, start.add_days(i as i64).unwrap())).collect();
        let p39 = data(ps[2..].to_vec()).progress();
        assert_eq!((p39.counted, p39.remaining(), p39.entry_into_force), (39, 1, None));
        ps.push(acceded("EU", d("2026-01-02")));
        let p = data(ps).progress();
        assert_eq!((p.counted, p.not_counted, p.reached()), (41, 1, true));
        assert_eq!(p.fortieth_deposit, start.add_days(39));
        assert_eq!(p.entry_into_force, start.add_days(39 + 90));
    }

    #[test]
    fn the_eu_does_not_make_the_fortieth() {
        let mut ps: Vec<Participant> =
            crate::iso::UN_STATES[..39].iter().map(|c| acceded(c, d("2026-03-01"))).collect();
        ps.push(acceded("EU", d("2026-02-01")));
        let p = data(ps).progress();
        assert_eq!((p.counted, p.not_counted, p.entry_into_force), (39, 1, None));
    }

    #[test]
    fn deposits_on_the_same_day_share_it() {
        let ps: Vec<Participant> = crate::iso::UN_STATES[..45].iter().map(|c| acceded(c, d("2026-06-26"))).collect();
        let p = data(ps).progress();
        assert_eq!(p.entry_into_force, Some(d("2026-09-24")));
    }
}
