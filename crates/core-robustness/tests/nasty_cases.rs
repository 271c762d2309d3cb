//! The nasty-case corpus, as named regular tests: for every parser of outside input, the inputs
//! that break parsers (deep nesting, huge strings, NaN and huge numbers, lone UTF-16 surrogates,
//! duplicate ids, impossible dates and year 275760). Each must be refused without a panic, with
//! an error that names the field (or attribute, or spreadsheet row and column) and stays short
//! enough to read. `mutations.rs` covers the space around real files at random; this file pins
//! the known-bad cases so a regression names itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use std::fmt::Debug;

/// Longest error we accept: a 5 MB value must not come back as a 5 MB console line or notice.
const READABLE: usize = 1_000;

fn big(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// Runs `f`; a panic fails the test with the case's name.
fn no_panic<T>(case: &str, f: impl FnOnce() -> T) -> T {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| panic!("{case}: panicked"))
}

/// The error must exist, name `field`, and be short.
fn refused<T: Debug>(case: &str, result: Result<T, String>, field: &str) {
    match result {
        Ok(_) => panic!("{case}: accepted"),
        Err(message) => {
            assert!(message.contains(field), "{case}: the error does not name `{field}`: {}", shorten(&message));
            assert!(message.len() < READABLE, "{case}: an error of {} bytes: {}", message.len(), shorten(&message));
        }
    }
}

fn shorten(s: &str) -> String {
    s.chars().take(300).collect()
}

/// A case: in the valid `template`, replace the first `from` by `to`; the parser must refuse it
/// naming `field`.
struct Case {
    name: &'static str,
    from: &'static str,
    to: String,
    field: &'static str,
}

fn case(name: &'static str, from: &'static str, to: impl Into<String>, field: &'static str) -> Case {
    Case { name, from, to: to.into(), field }
}

fn run_cases(template: &str, parse: impl Fn(&str) -> Result<(), String>, cases: Vec<Case>) {
    assert_eq!(parse(template), Ok(()), "the template must be valid to start from");
    for c in cases {
        assert!(template.contains(c.from), "{}: `{}` is not in the template", c.name, c.from);
        let input = template.replacen(c.from, &c.to, 1);
        let result = no_panic(c.name, || parse(&input));
        refused(c.name, result, c.field);
    }
}

/// Deep enough to exhaust any recursive parser's stack (the reader stops at 64 levels).
fn deep() -> String {
    big('[', 100_000)
}

// ---------------------------------------------------------------------------------------------
// Quiz banks
// ---------------------------------------------------------------------------------------------

const BANK: &str = r#"{"version": 1, "questions": [
  {"id": "q-one", "topic": "phishing-links", "kind": "single",
   "prompt": {"en": "P1", "vi": "P1 vi"},
   "choices": [
     {"id": "a", "text": {"en": "A", "vi": "A"}, "correct": true, "feedback": {"en": "F", "vi": "F"}},
     {"id": "b", "text": {"en": "B", "vi": "B"}, "correct": false, "feedback": {"en": "F", "vi": "F"}}],
   "explanation": {"en": "E", "vi": "E"},
   "source": {"title": {"en": "S", "vi": "S"}, "url": "https://example.org/s"}},
  {"id": "q-two", "topic": "phishing-links", "kind": "true-false",
   "prompt": {"en": "P2", "vi": "P2"},
   "choices": [
     {"id": "true", "text": {"en": "True", "vi": "Đúng"}, "correct": false, "feedback": {"en": "F", "vi": "F"}},
     {"id": "false", "text": {"en": "False", "vi": "Sai"}, "correct": true, "feedback": {"en": "F", "vi": "F"}}],
   "explanation": {"en": "E", "vi": "E"},
   "source": {"title": {"en": "S", "vi": "S"}, "url": "https://example.org/s"}}
]}"#;

fn parse_bank(text: &str) -> Result<(), String> {
    core_quiz::parse_bank(text).map(drop).map_err(|errors| {
        // Every error is a line of its own in the console; each must be readable.
        errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    })
}

#[test]
fn quiz_bank_nasty_cases() {
    run_cases(
        BANK,
        parse_bank,
        vec![
            case("deep nesting in a prompt", r#""P1""#, deep(), "questions[0].prompt.en"),
            case("deep nesting as the whole file", BANK, deep(), "nested deeper"),
            case("a huge id", r#""q-one""#, format!("\"{}\"", big('Q', 1_000_000)), "questions[0].id"),
            case("a huge topic", r#""phishing-links""#, format!("\"{}\"", big('X', 1_000_000)), "questions[0].topic"),
            case("a huge kind", r#""single""#, format!("\"{}\"", big('k', 1_000_000)), "questions[0].kind"),
            case("NaN as the version", r#""version": 1"#, r#""version": NaN"#, "version"),
            case("NaN as a text", r#""P1""#, "NaN", "questions[0].prompt.en"),
            case("a huge version", r#""version": 1"#, r#""version": 1e999"#, "version"),
            case("a version past i64", r#""version": 1"#, r#""version": 99999999999999999999"#, "version"),
            case("a huge number as a text", r#""P1""#, "1e999", "questions[0].prompt.en"),
            case(
                "Infinity as correct",
                r#""correct": true"#,
                r#""correct": Infinity"#,
                "questions[0].choices[0].correct",
            ),
            case("a lone high surrogate", r#""P1""#, r#""\ud800""#, "questions[0].prompt.en"),
            case("a lone low surrogate", r#""P1""#, r#""\udc00""#, "questions[0].prompt.en"),
            case("surrogates in the wrong order", r#""P1""#, r#""\udc00\ud800""#, "questions[0].prompt.en"),
            case("a broken escape", r#""P1""#, r#""\u12""#, "questions[0].prompt.en"),
            case("duplicate question ids", r#""q-two""#, r#""q-one""#, "questions[1].id"),
            case("duplicate choice ids", r#""id": "b""#, r#""id": "a""#, "questions[0].choices[1].id"),
            case(
                "a duplicate member",
                r#""kind": "single","#,
                r#""kind": "single", "kind": "multiple","#,
                "questions[0]",
            ),
            case(
                "a javascript: source",
                "https://example.org/s",
                "javascript:window.__xss=1",
                "questions[0].source.url",
            ),
        ],
    );
}

#[test]
fn quiz_bank_huge_text_is_text() {
    // A 4 MB prompt is odd but not wrong: it is accepted as text (the fetch limit is 5 MB).
    let bank = BANK.replacen(r#""P1""#, &format!("\"{}\"", big('x', 4_000_000)), 1);
    assert_eq!(no_panic("a huge prompt", || parse_bank(&bank)), Ok(()));
}

#[test]
fn quiz_saved_state_nasty_cases() {
    // The saved attempt comes back from localStorage, which the page (or the reader) can edit.
    let bank = core_quiz::parse_bank(BANK).expect("template bank");
    let setup = core_quiz::TopicFilter::all();
    let mut attempt = core_quiz::Attempt::start(&bank, 2, &setup, 9, 0);
    let _ = attempt.answer(&bank, 0, &[0]);
    let saved = attempt.to_state(&bank, "key");
    let parse = |t: &str| core_quiz::Attempt::from_state(t, &bank, "key").map(drop).map_err(|e| e.to_string());
    assert_eq!(parse(&saved), Ok(()));
    for (name, text) in [
        ("deep nesting", deep()),
        ("NaN", "NaN".to_string()),
        ("a huge number", "1e999".to_string()),
        ("a lone surrogate", r#""\ud800""#.to_string()),
        ("a huge string", format!("\"{}\"", big('x', 1_000_000))),
    ] {
        let result = no_panic(name, || parse(&text));
        assert!(result.as_ref().is_err_and(|m| !m.is_empty() && m.len() < READABLE), "saved state, {name}: {result:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Events (the countdown's `src`)
// ---------------------------------------------------------------------------------------------

const EVENTS: &str = r#"{"events": [
  {"id": "first", "start": "2026-10-25T09:00:00+07:00", "end": "2026-10-26T17:00:00+07:00", "time_zone": "Asia/Ho_Chi_Minh",
   "title": {"en": "T1", "vi": "T1 vi"}, "location": {"en": "L", "vi": "L"},
   "source": {"title": "S", "url": "https://example.org/s"}},
  {"id": "second", "start": "2026-12-31T23:59:59-05:00", "time_zone": "America/New_York",
   "title": {"en": "T2", "vi": "T2 vi"}, "source": {"title": "S", "url": "https://example.org/s"}}
]}"#;

fn parse_events(text: &str) -> Result<(), String> {
    core_countdown::Events::parse(text).map(drop).map_err(|e| e.to_string())
}

#[test]
fn events_nasty_cases() {
    run_cases(
        EVENTS,
        parse_events,
        vec![
            case("deep nesting in a title", r#""T1""#, deep(), "events[0].title.en"),
            case("a huge id", r#""first""#, format!("\"{}\"", big('Q', 1_000_000)), "events[0].id"),
            case(
                "a huge time zone",
                r#""Asia/Ho_Chi_Minh""#,
                format!("\"{}\"", big('Z', 1_000_000)),
                "events[0].time_zone",
            ),
            case(
                "a huge start",
                r#""2026-10-25T09:00:00+07:00""#,
                format!("\"{}\"", big('9', 1_000_000)),
                "events[0].start",
            ),
            case("NaN as the start", r#""2026-10-25T09:00:00+07:00""#, "NaN", "events[0].start"),
            case("a huge number as the start", r#""2026-10-25T09:00:00+07:00""#, "1e999", "events[0].start"),
            case(
                "a number past i64 as the start",
                r#""2026-10-25T09:00:00+07:00""#,
                "99999999999999999999",
                "events[0].start",
            ),
            case("a lone surrogate in a title", r#""T1""#, r#""\ud800""#, "events[0].title.en"),
            case(
                "a lone surrogate in a date",
                r#""2026-10-25T09:00:00+07:00""#,
                r#""2026-10-25T09:00:00\udc00""#,
                "events[0].start",
            ),
            case("duplicate ids", r#""second""#, r#""first""#, "events[1].id"),
            case("30 February", r#""2026-10-25T09:00:00+07:00""#, r#""2026-02-30T09:00:00+07:00""#, "events[0].start"),
            case(
                "30 February as the end",
                r#""2026-10-26T17:00:00+07:00""#,
                r#""2026-02-30T17:00:00+07:00""#,
                "events[0].end",
            ),
            case("year 275760", r#""2026-10-25T09:00:00+07:00""#, r#""275760-09-13T00:00:00Z""#, "events[0].start"),
            case("year +275760", r#""2026-10-25T09:00:00+07:00""#, r#""+275760-09-13T00:00:00Z""#, "events[0].start"),
            case("a leap second", r#""2026-10-25T09:00:00+07:00""#, r#""2026-10-25T23:59:60Z""#, "events[0].start"),
            case("a javascript: source", "https://example.org/s", "javascript:window.__xss=1", "events[0].source.url"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Signatories (the map's `src`) and the spreadsheet import
// ---------------------------------------------------------------------------------------------

const SIGNATORIES: &str = r#"{
  "as_of": "2026-07-31",
  "sources": [{"id": "un", "title": "UN status page", "url": "https://treaties.un.org/x.xml", "read": "2025-11-16"},
              {"id": "news", "title": "News", "url": "https://example.org/news"}],
  "reported": [{"count": 72, "scope": "hanoi", "as_of": "2025-11-16", "source": "un", "confidence": "UN"}],
  "participants": [
    {"iso2": "VN", "name": "Viet Nam", "signature": {"date": "2025-10-25", "place": "Hanoi"}, "ratification": null, "source": "UN", "confidence": "UN"},
    {"iso2": "FR", "name": "France", "signature": {"date": "2025-10-26", "place": "Hanoi"}, "ratification": null, "source": "UN", "confidence": "UN"}
  ]}"#;

fn parse_signatories(text: &str) -> Result<(), String> {
    core_treaty::parse_signatories(text).map(drop).map_err(|e| e.to_string())
}

#[test]
fn signatories_nasty_cases() {
    run_cases(
        SIGNATORIES,
        parse_signatories,
        vec![
            case("deep nesting in a name", r#""Viet Nam""#, deep(), "participants[0].name"),
            case("a huge iso2", r#""VN""#, format!("\"{}\"", big('V', 1_000_000)), "participants[0].iso2"),
            case(
                "a huge place",
                r#""Hanoi""#,
                format!("\"{}\"", big('H', 1_000_000)),
                "participants[0].signature.place",
            ),
            case("NaN as a count", r#""count": 72"#, r#""count": NaN"#, "reported[0].count"),
            case("a huge count", r#""count": 72"#, r#""count": 1e999"#, "reported[0].count"),
            case("a count past i64", r#""count": 72"#, r#""count": 99999999999999999999"#, "reported[0].count"),
            case("a negative count", r#""count": 72"#, r#""count": -72"#, "reported[0].count"),
            case("a lone surrogate in a name", r#""Viet Nam""#, r#""Vi\ud800t Nam""#, "participants[0].name"),
            case("duplicate participants", r#""FR""#, r#""VN""#, "participants[1].iso2"),
            case("duplicate source ids", r#""news""#, r#""un""#, "sources[1].id"),
            case(
                "30 February as a signature date",
                r#""2025-10-26""#,
                r#""2026-02-30""#,
                "participants[1].signature.date",
            ),
            case("30 February as as_of", r#""2026-07-31""#, r#""2026-02-30""#, "as_of"),
            case(
                "year 275760 as a signature date",
                r#""2025-10-26""#,
                r#""275760-09-13""#,
                "participants[1].signature.date",
            ),
            case("year +275760 as as_of", r#""2026-07-31""#, r#""+275760-09-13""#, "as_of"),
            case("a javascript: source", "https://example.org/news", "javascript:window.__xss=1", "sources[1].url"),
        ],
    );
}

const CSV: &str = "n,country,iso2,signature_date,place,ratification,source,confidence\n\
1,Viet Nam,VN,2025-10-25,Hanoi,none found,UN status page,UN\n\
2,France,FR,2025-10-26,Hanoi,none found,UN status page,UN\n";

fn import_csv(text: &str) -> Result<(), String> {
    let base = core_treaty::built_in().expect("built-in signatories");
    core_treaty::import_csv(text, base)
        .map(drop)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
}

#[test]
fn spreadsheet_import_nasty_cases() {
    run_cases(
        CSV,
        import_csv,
        vec![
            case("a huge iso2 cell", "VN", big('V', 1_000_000), "row 2, iso2"),
            case("a huge date cell", "2025-10-25", big('2', 1_000_000), "row 2, signature_date"),
            // (a date cell without a year, like "NaN", is kept as a note by design: "signed, date unknown")
            case("NaN as a country code", "VN", "NaN", "row 2, iso2"),
            case("a huge number as a date", "2025-10-25", "1e999", "row 2, signature_date"),
            case("a replaced lone surrogate", "VN", "V\u{fffd}", "row 2, iso2"),
            case("duplicate participants", "FR", "VN", "row 3, iso2"),
            case("30 February", "2025-10-26", "2026-02-30", "row 3, signature_date"),
            case("year 275760", "2025-10-26", "275760-09-13", "row 3, signature_date"),
            case("year +275760", "2025-10-26", "+275760-09-13", "row 3, signature_date"),
            case("an unterminated quote", "Viet Nam", "\"Viet Nam", "row 2"),
            case("quotes nested a thousand deep", "Viet Nam", big('"', 1_001), "row 2"),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Attributes (and the iframe pages' query parameters, which `www/embed/frame.js` copies to
// attributes verbatim, so they reach exactly these parsers)
// ---------------------------------------------------------------------------------------------

/// Every attribute parser of every widget, with `name` set to `value` and nothing else.
fn attribute_problems(name: &str, value: &str) -> Vec<(String, String)> {
    attribute_problems_with(name, value, &[])
}

/// The same, with `others` set too.
fn attribute_problems_with(name: &str, value: &str, others: &[(&str, &str)]) -> Vec<(String, String)> {
    let get = |n: &str| {
        if n == name {
            Some(value.to_string())
        } else {
            others.iter().find(|(k, _)| *k == n).map(|(_, v)| v.to_string())
        }
    };
    let mut problems = Vec::new();
    let common = core_attrs::parse_common(&get, "en", &mut problems);
    assert!(common.src.as_deref().is_none_or(|s| !s.to_ascii_lowercase().starts_with("javascript:")));
    let _ = core_quiz::config::parse(&get, &mut problems);
    let _ = core_treaty::map_config::parse(&get, &mut problems);
    // The countdown's attributes, then what only its events file reveals (an unknown `event`).
    let config = core_countdown::parse_config(&get, &mut problems);
    let events = core_countdown::built_in().expect("built-in events");
    let no_offset = |_: &str, _| Some(0);
    let _ = core_countdown::resolve(&config, &events, core_i18n::Lang::En, "Event", None, &no_offset, &mut problems);
    problems.into_iter().map(|p| (p.attribute, format!("{}: {}", p.value, p.detail))).collect()
}

#[test]
fn attribute_nasty_cases() {
    let huge = big('9', 1_000_000);
    let cases: Vec<(&str, &str, String)> = vec![
        ("deep brackets as at", "at", deep()),
        ("a huge at", "at", huge.clone()),
        ("NaN as at", "at", "NaN".into()),
        ("a huge number as at", "at", "1e999".into()),
        ("30 February as at", "at", "2026-02-30T09:00:00Z".into()),
        ("year 275760 as at", "at", "275760-09-13T00:00:00Z".into()),
        ("year +275760 as at", "at", "+275760-09-13T00:00:00Z".into()),
        ("a lone surrogate (replaced by the browser) in at", "at", "2026-10-25T09:00:00\u{fffd}".into()),
        ("30 February as until", "until", "2026-02-30T09:00:00Z".into()),
        ("year 275760 as until", "until", "+275760-09-13T00:00:00Z".into()),
        ("a huge event id", "event", big('e', 1_000_000)),
        ("NaN as questions", "questions", "NaN".into()),
        ("a huge number as questions", "questions", "1e999".into()),
        ("questions past u64", "questions", "99999999999999999999".into()),
        ("negative questions", "questions", "-5".into()),
        ("hex questions", "questions", "0x10".into()),
        ("a huge questions", "questions", huge.clone()),
        ("NaN as persist", "persist", "NaN".into()),
        ("NaN as theme", "theme", "NaN".into()),
        ("a huge theme", "theme", huge.clone()),
        ("a huge view", "view", huge.clone()),
        ("a huge highlight", "highlight", huge.clone()),
        ("a javascript: src", "src", "javascript:window.__xss=1".into()),
        ("a data: src", "src", "data:application/json,{}".into()),
    ];
    for (name, attribute, value) in cases {
        let problems = no_panic(name, || attribute_problems(attribute, &value));
        let Some((_, text)) = problems.iter().find(|(a, _)| a == attribute) else {
            panic!(
                "{name}: no problem reported for `{attribute}` (got {problems:?})",
                problems = problems.iter().map(|p| shorten(&p.1)).collect::<Vec<_>>()
            );
        };
        assert!(text.len() < READABLE, "{name}: a problem of {} bytes: {}", text.len(), shorten(text));
    }
}

#[test]
fn free_text_attributes_take_anything() {
    // `lang`, `seed`, `topics`, `src`, and a custom event's `title` and `location`, are free
    // text: no problem, no panic.
    let bank = core_quiz::parse_bank(BANK).expect("template bank");
    for value in [big('x', 1_000_000), deep(), "\u{0}\u{fffd}\u{feff}".to_string(), "NaN".into(), "1e999".into()] {
        for attribute in ["lang", "seed", "topics", "src", "title", "location"] {
            let with_event = [("at", "2026-10-25T09:00:00+07:00")];
            let others: &[(&str, &str)] = if matches!(attribute, "title" | "location") { &with_event } else { &[] };
            let problems = no_panic(attribute, || attribute_problems_with(attribute, &value, others));
            assert!(
                problems.is_empty(),
                "{attribute}: {:?}",
                problems.iter().map(|p| shorten(&p.1)).collect::<Vec<_>>()
            );
        }
        let filter = no_panic("topics", || core_quiz::TopicFilter::parse(&value, &bank));
        assert!(filter.topics.is_empty(), "nothing in the bank matches");
        let _ = no_panic("seed", || core_quiz::seed_from_text(&value));
    }
    // Ten thousand valid codes (repeats included) are fine.
    let codes = ["VN", "fr", "EU"].repeat(3_334).join(",");
    let problems = attribute_problems("highlight", &codes);
    assert!(problems.is_empty(), "{problems:?}");
}
