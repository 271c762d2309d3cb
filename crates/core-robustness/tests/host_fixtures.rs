//! The end-to-end hardening tests (`tests/e2e/hardening.test.mjs`) load data files from
//! `www/hosts/`. They must be valid, or the widgets would fall back to their built-in data and
//! the tests would prove nothing: the payload files `xss-*.json` (their `javascript:` variants
//! must be refused at the URL) and the pairs of files for the cross-instance test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

const PAYLOAD: &str =
    r#"<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"><svg onload=window.__xss=1>"#;

fn payload_count(text: &str) -> usize {
    core_json::parse(text).map(|v| count(&v)).unwrap_or(0)
}

fn count(value: &core_json::Value) -> usize {
    match &value.kind {
        core_json::Kind::String(s) => usize::from(s.starts_with(PAYLOAD)),
        core_json::Kind::Array(items) => items.iter().map(count).sum(),
        core_json::Kind::Object(members) => members.iter().map(|(_, v)| count(v)).sum(),
        _ => 0,
    }
}

#[test]
fn quiz_bank_payloads_are_valid_and_javascript_urls_are_not() {
    let bank = include_str!("../../../www/hosts/xss-bank.json");
    assert!(core_quiz::parse_bank(bank).is_ok(), "{:?}", core_quiz::parse_bank(bank).err());
    assert!(payload_count(bank) >= 30, "every text field carries the payload");
    let errors = core_quiz::parse_bank(include_str!("../../../www/hosts/xss-bank-javascript-url.json")).unwrap_err();
    assert!(errors.iter().any(|e| e.path == "questions[0].source.url"), "{errors:?}");
}

#[test]
fn events_payloads_are_valid_and_javascript_urls_are_not() {
    let events = include_str!("../../../www/hosts/xss-events.json");
    assert!(core_countdown::Events::parse(events).is_ok(), "{:?}", core_countdown::Events::parse(events).err());
    assert_eq!(payload_count(events), 7, "title, location, description (en, vi) and the source title");
    let e =
        core_countdown::Events::parse(include_str!("../../../www/hosts/xss-events-javascript-url.json")).unwrap_err();
    assert_eq!(e.path, "events[0].source.url");
}

#[test]
fn signatories_payloads_are_valid_and_javascript_urls_are_not() {
    let data = include_str!("../../../www/hosts/xss-signatories.json");
    assert!(core_treaty::parse_signatories(data).is_ok(), "{:?}", core_treaty::parse_signatories(data).err());
    assert!(payload_count(data) >= 14, "every text field carries the payload");
    let e = core_treaty::parse_signatories(include_str!("../../../www/hosts/xss-signatories-javascript-url.json"))
        .unwrap_err();
    assert_eq!(e.path, "sources[0].url");
}

#[test]
fn cross_instance_pairs_are_valid_and_different() {
    let banks =
        [include_str!("../../../www/hosts/custom-bank.json"), include_str!("../../../www/hosts/second-bank.json")];
    let ids: Vec<Vec<String>> = banks
        .iter()
        .map(|b| core_quiz::parse_bank(b).expect("valid bank").questions.iter().map(|q| q.id.clone()).collect())
        .collect();
    assert!(ids[0].iter().all(|id| !ids[1].contains(id)), "different banks, different question ids");
    for events in
        [include_str!("../../../www/hosts/events-alpha.json"), include_str!("../../../www/hosts/events-beta.json")]
    {
        let parsed = core_countdown::Events::parse(events).expect("valid events");
        assert!(parsed.get("meeting").is_some(), "both files name their event `meeting`, so a mix-up would show");
    }
    let second =
        core_treaty::parse_signatories(include_str!("../../../www/hosts/second-signatories.json")).expect("valid");
    let custom =
        core_treaty::parse_signatories(include_str!("../../../www/hosts/custom-signatories.json")).expect("valid");
    assert_ne!(second.participants.len(), custom.participants.len());
}
