//! The shipped data: it parses, it is exactly what the editor's CSV generates, and what the
//! widgets derive from it matches the research notes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_treaty::*;

const CSV: &str = include_str!("../../../data/signatories.csv");
const SCHEMA: &str = include_str!("../../../data/schema/signatories.schema.json");

fn data() -> Signatories {
    built_in().unwrap()
}

fn no_participants() -> Signatories {
    Signatories { participants: vec![], ..data() }
}

fn p<'a>(d: &'a Signatories, iso2: &str) -> &'a Participant {
    d.participant(iso2).unwrap()
}

#[test]
fn the_built_in_file_parses_with_69_participants() {
    let d = data();
    assert_eq!(d.participants.len(), 69);
    for code in ["VN", "FR", "EU", "DZ", "JM", "FJ", "CA", "TR"] {
        assert!(d.participant(code).is_some(), "{code}");
    }
    assert_eq!(p(&d, "EU").kind, ParticipantKind::Reio);
    assert_eq!(d.participants.iter().filter(|p| p.kind == ParticipantKind::Reio).count(), 1);
    assert_eq!(d.as_of.to_string(), "2026-12-01", "when the stored sources were last checked");
    let un = &d.sources[0];
    assert_eq!(
        un.url.as_deref(),
        Some("https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml")
    );
    assert_eq!(un.read.map(|r| r.to_string()).as_deref(), Some("2025-11-16"));
}

#[test]
fn the_json_is_generated_from_the_csv_byte_for_byte() {
    let imported = import_csv(CSV, no_participants())
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
    assert_eq!(to_json(&imported), BUILT_IN_JSON, "regenerate: cargo xtask import-signatories data/signatories.csv");
    assert_eq!(imported, data());
}

#[test]
fn the_json_is_in_canonical_form() {
    assert_eq!(to_json(&data()), BUILT_IN_JSON);
}

#[test]
fn the_downloadable_csv_imports_back_to_the_same_data() {
    let d = data();
    let csv = to_csv(&d);
    assert!(csv.starts_with("n,country,iso2,signature_date,place,ratification,source,confidence\r\n1,Algeria,DZ,2025-10-25,Hanoi,none found,UN status page,UN\r\n"));
    assert_eq!(import_csv(&csv, no_participants()).unwrap(), d);
}

#[test]
fn messy_dates_are_stored_no_more_precisely_than_the_sources_give_them() {
    let d = data();
    let sig = |code: &str| p(&d, code).signature.clone().unwrap();
    let day = |text: &str| Date::parse(text).unwrap();
    assert_eq!(sig("DZ").date, Some(ApproxDate::Day(day("2025-10-25"))));
    assert_eq!(sig("LU").date, Some(ApproxDate::Between(day("2025-10-25"), day("2025-10-26"))));
    assert_eq!(sig("NG").date, ApproxDate::month(2025, 10));
    assert_eq!(sig("MY").date, Some(ApproxDate::Day(day("2025-10-26"))));
    let fiji = sig("FJ");
    assert_eq!((fiji.date, fiji.place), (None, Some(Place::NewYork)));
    assert!(fiji.date_note.unwrap().contains("date not found"));
    let canada = sig("CA");
    assert_eq!((canada.date, canada.date_note.as_deref()), (ApproxDate::month(2026, 7), Some("exact day not found")));
    assert_eq!((canada.place, canada.place_note.as_deref()), (None, Some("presumably New York (not stated)")));
    assert_eq!(p(&d, "CA").confidence, Confidence::Weak);
    assert_eq!(sig("JM").date_note.as_deref(), Some("text cut off at \"25 O…\""));
    assert_eq!(p(&d, "CZ").un_name.as_deref(), Some("Czech Republic"));
    assert_eq!(p(&d, "EU").name, "European Union");
}

#[test]
fn the_leads_of_december_2026_are_in() {
    let d = data();
    // Türkiye signed in Hanoi (Turkish news).
    let tr = p(&d, "TR");
    let sig = tr.signature.clone().unwrap();
    assert_eq!((sig.date.map(|d| d.to_string()), sig.place), (Some("2025-10-25".into()), Some(Place::Hanoi)));
    assert_eq!(tr.confidence, Confidence::News);
    assert!(tr.source.contains("Yılmaz Tunç"));
    // Azerbaijan: ratification approved at home, no instrument shown as deposited: not ratified,
    // a note with its source.
    let az = p(&d, "AZ");
    assert_eq!((az.ratification, az.status()), (None, Status::Signed));
    let note = az.ratification_note.as_deref().unwrap();
    assert!(note.contains("10 Feb 2026") && note.contains("trend.az") && note.contains("not count"), "{note}");
    assert_eq!(az.ratification_confidence(), Confidence::News);
    // Fiji: New York, the 74th signatory.
    let fj = p(&d, "FJ").signature.clone().unwrap();
    assert_eq!(fj.place, Some(Place::NewYork));
    assert!(fj.date_note.unwrap().contains("74th"));
}

#[test]
fn unverified_ratification_claims_stay_notes() {
    let d = data();
    for code in ["QA", "VN"] {
        let row = p(&d, code);
        assert_eq!(row.ratification, None, "{code}");
        assert_eq!(row.status(), Status::Signed, "{code}");
        assert!(row.ratification_note.as_deref().is_some_and(|n| n.contains("AI-written wiki")), "{code}");
    }
    assert_eq!(p(&d, "QA").ratification_confidence(), Confidence::Weak);
    assert!(d.participants.iter().all(|p| p.ratification.is_none()), "no ratification could be verified");
}

#[test]
fn derived_counts_progress_and_gap() {
    let d = data();
    let c = d.counts();
    assert_eq!(c.signatories, 69, "67 Hanoi signatures identified (EU included) + Fiji + Canada");
    assert_eq!((c.signed, c.ratified, c.orgs_signed, c.orgs_ratified), (68, 0, 1, 0));
    assert_eq!((c.states, c.not_signed), (195, 127));
    assert_eq!(d.status("VN"), Status::Signed);
    assert_eq!(d.status("EU"), Status::Signed);
    assert_eq!(d.status("US"), Status::NotSigned);
    assert_eq!(d.status("IN"), Status::NotSigned);

    let progress = d.progress();
    assert_eq!((progress.counted, progress.required, progress.entry_into_force), (0, 40, None));

    let gap = d.main_gap().unwrap();
    assert_eq!((gap.reported.count, gap.reported.scope, gap.identified, gap.unidentified), (72, Scope::Hanoi, 67, 5));
    assert_eq!(gap.reported.as_of.to_string(), "2025-11-16");
    assert_eq!(gap.reported.source, "un-status");
}

#[test]
fn every_participant_code_is_a_un_state_or_the_eu() {
    for row in &data().participants {
        assert!(is_un_state(&row.iso2) || row.iso2 == EU, "{}", row.iso2);
    }
}

#[test]
fn the_csv_is_the_reference_copy() {
    assert_eq!(CSV.lines().next(), Some("n,country,iso2,signature_date,place,ratification,source,confidence"));
    assert_eq!(CSV.lines().count(), 70);
}

/// Replaces the first occurrence of `from` on the line that starts with `n,` in the CSV.
fn edit(row_n: u32, from: &str, to: &str) -> String {
    let prefix = format!("{row_n},");
    CSV.lines()
        .map(|line| if line.starts_with(&prefix) { line.replacen(from, to, 1) } else { line.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

fn import_errors(csv: &str) -> Vec<String> {
    import_csv(csv, no_participants()).unwrap_err().iter().map(|e| e.to_string()).collect()
}

#[test]
fn csv_errors_name_the_row_and_column() {
    // n = 12 (Chile) is spreadsheet row 13: the header is row 1.
    assert_eq!(
        import_errors(&edit(12, ",CL,", ",XX1,")),
        ["row 13, iso2: \"XX1\" is not an ISO 3166-1 alpha-2 code (two capital letters)"]
    );
    assert_eq!(
        import_errors(&edit(62, ",GB,", ",UK,")),
        ["row 63, iso2: \"UK\" is not an ISO 3166-1 alpha-2 code: the United Kingdom is GB"]
    );
    assert_eq!(
        import_errors(&edit(3, "2025-10-25", "2026-13-01")),
        ["row 4, signature_date: \"2026-13-01\" is not a real date: there is no month 13"]
    );
    assert_eq!(
        import_errors(&edit(3, "2025-10-25", "2026-02-30")),
        ["row 4, signature_date: \"2026-02-30\" is not a real date: February 2026 has 28 days"]
    );
    assert_eq!(import_errors(&edit(2, ",AO,", ",DZ,")), ["row 3, iso2: DZ is already on row 2"]);
}

#[test]
fn csv_errors_are_all_reported_at_once() {
    let csv = edit(12, ",CL,", ",XX1,").replace(
        ",2025-10-25,Hanoi,none found,UN status page,UN\n2,",
        ",2015-10-25,Hanoi,none found,UN status page,UN\n2,",
    );
    let csv = csv.replace(
        "Ghana,GH,2025-10-25,Hanoi,none found,UN status page,UN",
        "Ghana,GH,2025-10-25,Hanoi,ratified 2026-02,UN status page,UN",
    );
    let errors = import_errors(&csv);
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].starts_with("row 2, signature_date: 2015-10-25 is outside the signature period"));
    assert!(errors[1].starts_with("row 13, iso2:"));
    assert!(errors[2].starts_with("row 27, ratification:") && errors[2].contains("day of deposit"), "{}", errors[2]);
}

#[test]
fn a_real_ratification_in_the_csv_counts_and_a_weak_one_is_refused() {
    let d = import_csv(&edit(25, "none found", "ratification 2026-03-02"), no_participants()).unwrap();
    assert_eq!(d.status("FR"), Status::Ratified);
    assert_eq!(d.progress().counted, 1);
    // The EU's instrument is shown but does not count toward the 40.
    let d = import_csv(&edit(24, "none found", "approval 2026-03-02"), no_participants()).unwrap();
    assert_eq!(d.status("EU"), Status::Ratified);
    assert_eq!((d.progress().counted, d.progress().not_counted), (0, 1));
    assert_eq!((d.counts().orgs_ratified, d.counts().ratified), (1, 0));
    // Canada's row is WEAK: a ratification on it is refused.
    let errors = import_errors(&edit(69, "none found", "ratification 2026-07-30"));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("row 70, ratification:") && errors[0].contains("WEAK"), "{}", errors[0]);
}

#[test]
fn csv_header_problems() {
    let errors = import_errors(&CSV.replacen("confidence", "confidance", 1));
    assert_eq!(errors.len(), 2);
    assert!(errors[0].contains("unknown column \"confidance\""));
    assert!(errors[1].contains("no \"confidence\" column"));
    let reordered =
        "iso2,country,signature_date,place,ratification,source,confidence\nvn,Viet Nam,2025-10-25,Hanoi,none,UN,UN\n";
    let d = import_csv(reordered, no_participants()).unwrap();
    assert_eq!(d.participants[0].iso2, "VN");
    assert_eq!(import_errors(""), ["row 1: the file is empty (a header row is needed)"]);
    assert_eq!(
        import_errors("iso2,country,signature_date,place,ratification,source,confidence\nVN,Viet Nam\n"),
        ["row 2: has 2 cells, the header has 7"]
    );
}

#[test]
fn the_schema_lists_the_same_codes_as_the_parser() {
    let schema = core_json::parse(SCHEMA).unwrap();
    let root = core_json::Node::root(&schema);
    let codes =
        root.field("$defs").unwrap().field("participant").unwrap().field("properties").unwrap().field("iso2").unwrap();
    let codes: Vec<&str> = codes.field("enum").unwrap().items().unwrap().iter().map(|n| n.as_str().unwrap()).collect();
    assert_eq!(codes.len(), 250);
    assert!(codes.iter().all(|c| is_participant_code(c)));
    assert_eq!(root.field("$schema").unwrap().as_str().unwrap(), "https://json-schema.org/draft/2020-12/schema");
}
