//! The UN Treaty Collection's table as editors paste it, with the names file the map's search
//! uses (data/aliases.json) and the last legible copy of the UN page as a fixture
//! (tests/fixtures/untc-table.tsv).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_search::{parse_names, NameTable};
use core_treaty::{
    diff, is_untc_table, merge_untc, parse_untc, Confidence, Date, InstrumentKind, LineError, Place, UntcTable,
    UNTC_SOURCE,
};
use unicode_normalization::UnicodeNormalization;

fn nfd(text: &str) -> String {
    text.nfd().collect()
}

fn names() -> NameTable {
    parse_names(include_str!("../../../data/aliases.json")).unwrap()
}

fn parse(text: &str) -> Result<UntcTable, Vec<LineError>> {
    let table = names();
    parse_untc(text, &|name| table.code_for(name, &nfd).map(str::to_string))
}

fn name_of(code: &str) -> String {
    names().of(code).map(|s| s.un.clone()).unwrap_or_default()
}

const HEADER: &str = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)\n";

fn day(y: u16, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

/// The built-in data as of 31 Jul 2026, without Türkiye (so the tests do not move with it).
fn base() -> core_treaty::Signatories {
    let mut data = core_treaty::built_in().unwrap();
    data.participants.retain(|p| p.iso2 != "TR");
    data.as_of = day(2026, 7, 31);
    data
}

#[test]
fn the_table_is_recognised_by_its_header_beside_the_editors_csv() {
    assert!(is_untc_table(include_str!("fixtures/untc-table.tsv")));
    assert!(is_untc_table(&format!("\u{feff}\n{HEADER}")));
    assert!(is_untc_table("Participant 1\tSignature\n"), "a footnote on the header");
    assert!(!is_untc_table(include_str!("../../../data/signatories.csv")));
    assert!(!is_untc_table("Participant,Signature,Ratification\n"), "commas: a CSV");
    assert!(!is_untc_table(""));
}

#[test]
fn the_stored_copy_of_the_un_page_reads_whole() {
    let table = parse(include_str!("fixtures/untc-table.tsv")).unwrap();
    assert_eq!(table.rows.len(), 30);
    assert!(table.has_ratifications);
    let codes: Vec<&str> = table.rows.iter().map(|r| r.iso2.as_str()).collect();
    for code in ["DZ", "BN", "CI", "CZ", "KP", "CD", "EU", "IR", "IE"] {
        assert!(codes.contains(&code), "{code}");
    }
    assert!(table.rows.iter().all(|r| r.signature == Some(day(2025, 10, 25)) && r.ratification.is_none()));
    let iran = table.rows.iter().find(|r| r.iso2 == "IR").unwrap();
    assert_eq!((iran.un_name.as_str(), iran.line), ("Iran (Islamic Republic of)", 30));
}

#[test]
fn footnotes_kind_markers_and_un_names() {
    let text = format!(
        "{HEADER}Bolivarian Republic of Venezuela\t25 Oct 2025\t\n\
         France 3\t25 Oct 20251\t12 Mar 2026 AA\n\
         Türkiye2\t25 Oct 2025\t3 Apr 2026 A 4\n\
         Viet Nam\t25 Oct 2025\t1 May 2026\n\
         State of Palestine\t\t2 Jun 2026 a\n\
         European Union 1, 2\t25 Oct 2025\t\n"
    );
    let table = parse(&text).unwrap();
    let row = |code: &str| table.rows.iter().find(|r| r.iso2 == code).unwrap();
    assert_eq!(row("VE").un_name, "Bolivarian Republic of Venezuela");
    assert_eq!(row("FR").un_name, "France");
    assert_eq!(row("FR").signature, Some(day(2025, 10, 25)), "footnote 1 stuck to the year");
    assert_eq!(row("FR").ratification.unwrap().kind, InstrumentKind::Approval);
    assert_eq!(row("TR").ratification.unwrap().kind, InstrumentKind::Acceptance);
    assert_eq!(row("TR").un_name, "Türkiye");
    assert_eq!(row("VN").ratification.unwrap().kind, InstrumentKind::Ratification);
    let ps = row("PS");
    assert_eq!((ps.signature, ps.ratification.unwrap().kind), (None, InstrumentKind::Accession));
    assert_eq!(row("EU").un_name, "European Union");
    assert_eq!(row("FR").line, 3);
}

#[test]
fn refuses_with_the_line_and_the_value() {
    let text = format!(
        "{HEADER}Narnia\t25 Oct 2025\t\n\
         France\t31 Feb 2026\t\n\
         Germany\t25 Oct 2025\t1 Oct 2025\n\
         Spain\t\t1 Mar 2026\n\
         Italy\t25 Oct 2025\t1 Mar 2026 X\n\
         Chile\t25 October\t\n\
         Korea\t25 Oct 2025\t\n\
         Peru\t25 Oct 2025 a\t\n\
         Viet Nam\t25 Oct 2025\t\n\
         Vietnam\t25 Oct 2025\t\n"
    );
    let errors: Vec<String> = parse(&text).unwrap_err().iter().map(ToString::to_string).collect();
    let on = |line: u32| errors.iter().find(|e| e.starts_with(&format!("line {line},"))).cloned().unwrap_or_default();
    assert!(on(2).contains("\"Narnia\""), "{errors:?}");
    assert!(on(3).contains("31 Feb 2026") && on(3).contains("not a real date"), "{errors:?}");
    assert!(on(4).contains("before the signature"), "{errors:?}");
    assert!(on(5).contains("needs a signature") && on(5).contains("accession"), "{errors:?}");
    assert!(on(6).contains("A, AA or a"), "{errors:?}");
    assert!(on(7).contains("25 October"), "{errors:?}");
    assert!(on(8).contains("\"Korea\""), "an ambiguous name is not guessed: {errors:?}");
    assert!(on(9).contains("kind marker"), "{errors:?}");
    assert!(on(11).contains("VN is already on line 10"), "{errors:?}");
    assert_eq!(errors.len(), 9, "{errors:#?}");
    assert!(parse("Country\tDate\nFrance\t25 Oct 2025\n").unwrap_err()[0].to_string().starts_with("line 1:"));
}

#[test]
fn it_updates_only_the_rows_it_lists_and_reports_the_rest() {
    let base = base();
    let text = format!(
        "{HEADER}Viet Nam\t25 Oct 2025\t\n\
         Malaysia\t26 Oct 2025\t\n\
         Türkiye\t25 Oct 2025\t\n\
         Canada\t10 Jul 2026\t\n"
    );
    let table = parse(&text).unwrap();
    let import = merge_untc(base.clone(), &table, &name_of).unwrap();
    assert_eq!(import.updated, ["VN", "MY", "CA"], "in the table's order");
    assert_eq!(import.added, ["TR"]);
    assert_eq!(import.kept.len(), base.participants.len() - 3);
    assert!(import.kept.contains(&"DZ".to_string()) && !import.kept.contains(&"VN".to_string()));
    let data = &import.data;
    let tr = data.participant("TR").unwrap();
    assert_eq!((tr.name.as_str(), tr.un_name.as_deref()), ("Türkiye", None));
    let sig = tr.signature.as_ref().unwrap();
    assert_eq!((sig.place, sig.date.unwrap().exact()), (Some(Place::Hanoi), Some(day(2025, 10, 25))));
    assert_eq!((tr.source.as_str(), tr.confidence), (UNTC_SOURCE, Confidence::Un));
    let ca = data.participant("CA").unwrap();
    assert_eq!(ca.signature.as_ref().unwrap().place, Some(Place::NewYork), "after 26 Oct 2025: New York");
    let vn = data.participant("VN").unwrap();
    assert_eq!(vn.un_name, None, "the data's name is the UN's");
    // Rows the table does not list are exactly as they were.
    for code in &import.kept {
        assert_eq!(data.participant(code), base.participant(code), "{code}");
    }
    let changes = diff(&base, data);
    assert!(
        changes.contains(&"added TR (Türkiye): signature 2025-10-25, Hanoi, ratification none".to_string()),
        "{changes:#?}"
    );
    assert!(
        changes
            .iter()
            .any(|c| c.starts_with("changed CA (Canada): signature 2026-07, place unknown → 2026-07-10, New York")),
        "{changes:#?}"
    );
    assert!(changes.iter().any(|c| c.starts_with("changed MY") && c.contains("confidence OFF → UN")), "{changes:#?}");
    assert!(!changes.iter().any(|c| c.contains(" DZ ")), "{changes:#?}");
}

#[test]
fn the_rules_still_hold_after_the_merge() {
    let base = base();
    // After the data's as_of date: the editor must move it on (--as-of).
    let late = parse(&format!("{HEADER}Norway\t1 Dec 2026\t\n")).unwrap();
    let errors = merge_untc(base.clone(), &late, &name_of).unwrap_err();
    assert_eq!(errors[0].line, 2);
    assert!(errors[0].to_string().contains("as_of"), "{errors:?}");
    // A partial copy without the ratification column leaves ratifications alone.
    let mut with_ratification = base.clone();
    with_ratification.as_of = day(2026, 12, 1);
    let ratify = parse(&format!("{HEADER}Viet Nam\t25 Oct 2025\t2 Nov 2026\n")).unwrap();
    let ratified = merge_untc(with_ratification, &ratify, &name_of).unwrap().data;
    assert_eq!(ratified.participant("VN").unwrap().ratification.unwrap().date, day(2026, 11, 2));
    let two_columns = parse("Participant\tSignature\nViet Nam\t25 Oct 2025\n").unwrap();
    assert!(!two_columns.has_ratifications);
    let kept = merge_untc(ratified.clone(), &two_columns, &name_of).unwrap().data;
    assert!(kept.participant("VN").unwrap().ratification.is_some());
}
