//! The `scam-quiz:xapi` statements, checked against the xAPI 1.0.3 statement rules (Data
//! section 2.4) that a Learning Record Store enforces, and against what H5P sends.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_i18n::Lang;
use core_json::Node;
use core_quiz::xapi::{self, Context};
use core_quiz::{built_in, parse_bank, Attempt, Bank, TopicFilter};

fn cx(pass: u32) -> Context {
    Context {
        base: "https://school.example/lesson/page.html?unit=3#top".into(),
        origin: "https://school.example".into(),
        lang: Lang::Vi,
        pass,
        timestamp: Some("2026-12-02T03:04:05.678Z".into()),
    }
}

/// An IRI as xAPI needs it: a scheme, then no spaces.
fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    !scheme.is_empty()
        && scheme.chars().next().unwrap().is_ascii_alphabetic()
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !text.chars().any(char::is_whitespace)
}

/// ISO 8601 durations as xAPI uses them (PnYnMnDTnHnMnS, any part optional, seconds may have
/// decimals).
fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else { return false };
    let (date, time) = rest.split_once('T').unwrap_or((rest, ""));
    let parts = |s: &str, units: &str| -> bool {
        let mut number = String::new();
        let mut last = None;
        for c in s.chars() {
            if c.is_ascii_digit() || (c == '.' && units.ends_with('S')) {
                number.push(c);
            } else {
                let Some(at) = units.find(c) else { return false };
                if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
                    return false;
                }
                if last.is_some_and(|l| at <= l) {
                    return false;
                }
                if c != 'S' && number.contains('.') {
                    return false;
                }
                last = Some(at);
                number.clear();
            }
        }
        number.is_empty()
    };
    (!date.is_empty() || !time.is_empty())
        && parts(date, "YMWD")
        && (!rest.contains('T') || (!time.is_empty() && parts(time, "HMS")))
}

/// A language map: RFC 5646 tags (letters, digits, hyphens) to strings.
fn check_language_map(node: &Node<'_>) {
    let members = node.members().unwrap();
    assert!(!members.is_empty(), "{}: empty language map", node.path());
    for (tag, value) in members {
        assert!(tag.split('-').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric())), "tag {tag}");
        assert!(!value.as_str().unwrap().is_empty());
    }
}

fn number(node: &Node<'_>) -> f64 {
    node.as_f64().unwrap()
}

/// Every rule of xAPI 1.0.3 a statement of ours can break. Returns the statement for more checks.
fn check_statement(text: &str) -> core_json::Value {
    let value = core_json::parse(text).unwrap_or_else(|e| panic!("not JSON: {e}\n{text}"));
    let root = Node::root(&value);
    root.deny_unknown(&["actor", "verb", "object", "result", "context", "timestamp"]).unwrap();

    // The actor: an Agent with exactly one inverse functional identifier, here an account.
    let actor = root.field("actor").unwrap();
    actor.deny_unknown(&["objectType", "account"]).unwrap();
    assert_eq!(actor.field("objectType").unwrap().as_str().unwrap(), "Agent");
    let account = actor.field("account").unwrap();
    account.deny_unknown(&["homePage", "name"]).unwrap();
    assert_eq!(account.field("homePage").unwrap().as_str().unwrap(), "https://school.example");
    assert_eq!(account.field("name").unwrap().as_str().unwrap(), "anonymous");

    let verb = root.field("verb").unwrap();
    verb.deny_unknown(&["id", "display"]).unwrap();
    let verb_id = verb.field("id").unwrap().as_str().unwrap();
    assert!(verb_id.starts_with("http://adlnet.gov/expapi/verbs/") && is_iri(verb_id), "{verb_id}");
    check_language_map(&verb.field("display").unwrap());

    let object = root.field("object").unwrap();
    object.deny_unknown(&["objectType", "id", "definition"]).unwrap();
    assert_eq!(object.field("objectType").unwrap().as_str().unwrap(), "Activity");
    let id = object.field("id").unwrap().as_str().unwrap();
    assert!(is_iri(id), "object id {id}");
    assert!(id.starts_with("https://school.example/lesson/page.html?unit=3#"), "{id}: base, then # and an id");
    assert_eq!(id.matches('#').count(), 1, "{id}");
    let definition = object.field("definition").unwrap();
    definition
        .deny_unknown(&["name", "description", "type", "interactionType", "correctResponsesPattern", "choices"])
        .unwrap();
    check_language_map(&definition.field("name").unwrap());
    if let Some(d) = definition.get("description") {
        check_language_map(&d);
    }
    assert!(is_iri(definition.field("type").unwrap().as_str().unwrap()));
    if let Some(kind) = definition.get("interactionType") {
        let kind = kind.as_str().unwrap();
        assert!(["true-false", "choice"].contains(&kind), "{kind}");
        let patterns = definition.field("correctResponsesPattern").unwrap().items().unwrap();
        assert!(!patterns.is_empty());
        let choices: Vec<String> = match definition.get("choices") {
            Some(choices) => choices
                .items()
                .unwrap()
                .iter()
                .map(|c| {
                    c.deny_unknown(&["id", "description"]).unwrap();
                    check_language_map(&c.field("description").unwrap());
                    c.field("id").unwrap().as_str().unwrap().to_string()
                })
                .collect(),
            None => {
                assert_eq!(kind, "true-false", "a choice interaction lists its choices");
                vec!["true".into(), "false".into()]
            }
        };
        for pattern in patterns {
            for part in pattern.as_str().unwrap().split("[,]") {
                assert!(choices.iter().any(|c| c == part), "pattern names {part}, not a choice");
            }
        }
    }

    if let Some(result) = root.get("result") {
        result.deny_unknown(&["score", "success", "completion", "response", "duration"]).unwrap();
        if let Some(score) = result.get("score") {
            score.deny_unknown(&["scaled", "raw", "min", "max"]).unwrap();
            let (min, max, raw) = (
                number(&score.field("min").unwrap()),
                number(&score.field("max").unwrap()),
                number(&score.field("raw").unwrap()),
            );
            let scaled = number(&score.field("scaled").unwrap());
            assert!(min <= raw && raw <= max && min < max, "{min} <= {raw} <= {max}");
            assert!((-1.0..=1.0).contains(&scaled));
            assert!((scaled - raw / max).abs() < 0.00005, "scaled {scaled} is raw/max to 4 decimals");
        }
        for flag in ["success", "completion"] {
            if let Some(f) = result.get(flag) {
                f.as_bool().unwrap();
            }
        }
        if let Some(d) = result.get("duration") {
            let d = d.as_str().unwrap();
            assert!(is_duration(d), "duration {d}");
        }
    }
    let context = root.field("context").unwrap();
    context.deny_unknown(&["contextActivities", "language"]).unwrap();
    assert_eq!(context.field("language").unwrap().as_str().unwrap(), "vi");
    if let Some(activities) = context.get("contextActivities") {
        for (key, list) in activities.members().unwrap() {
            assert!(["parent", "grouping", "category", "other"].contains(&key));
            for activity in list.items().unwrap() {
                assert!(is_iri(activity.field("id").unwrap().as_str().unwrap()));
            }
        }
    }
    if let Some(t) = root.get("timestamp") {
        assert!(t.as_str().unwrap().ends_with('Z'));
    }
    value
}

fn field<'a>(value: &'a core_json::Value, path: &[&str]) -> Node<'a> {
    let mut node = Node::root(value);
    for key in path {
        node = node.field(key).unwrap_or_else(|e| panic!("{e}"));
    }
    node
}

/// An attempt of the whole bank with every other answer right.
fn answered_attempt(bank: &Bank) -> Attempt {
    let mut attempt = Attempt::start(bank, bank.questions.len(), &TopicFilter::all(), 9, 0);
    for position in 0..attempt.len() {
        let question = attempt.question(bank, position).unwrap();
        let answer = if position % 2 == 0 {
            question.correct_indices()
        } else {
            vec![question.choices.iter().position(|c| !c.correct).unwrap()]
        };
        attempt.answer(bank, position, &answer).unwrap();
    }
    attempt
}

#[test]
fn the_attempt_starts_with_attempted_on_the_quiz() {
    let s = check_statement(&xapi::attempted(&cx(50)));
    assert_eq!(field(&s, &["verb", "id"]).as_str().unwrap(), "http://adlnet.gov/expapi/verbs/attempted");
    assert_eq!(
        field(&s, &["object", "id"]).as_str().unwrap(),
        "https://school.example/lesson/page.html?unit=3#scam-quiz"
    );
    assert_eq!(field(&s, &["object", "definition", "name", "vi"]).as_str().unwrap(), "Trắc nghiệm nhận diện lừa đảo");
    assert!(Node::root(&s).get("result").is_none());
    let s = check_statement(&xapi::resumed(&cx(50)));
    assert_eq!(field(&s, &["verb", "id"]).as_str().unwrap(), "http://adlnet.gov/expapi/verbs/resumed");
}

#[test]
fn every_answer_of_the_bank_is_a_valid_interaction() {
    let bank = built_in().unwrap();
    let attempt = answered_attempt(&bank);
    let mut kinds = std::collections::BTreeSet::new();
    for position in 0..attempt.len() {
        let text = xapi::answered(&cx(50), &bank, &attempt, position, 3456).unwrap();
        let s = check_statement(&text);
        let question = attempt.question(&bank, position).unwrap();
        let right = position % 2 == 0;
        assert_eq!(field(&s, &["verb", "id"]).as_str().unwrap(), xapi::VERB_ANSWERED);
        assert_eq!(
            field(&s, &["object", "id"]).as_str().unwrap(),
            format!("https://school.example/lesson/page.html?unit=3#{}", question.id)
        );
        assert_eq!(
            field(&s, &["context", "contextActivities", "parent"]).items().unwrap()[0]
                .field("id")
                .unwrap()
                .as_str()
                .unwrap(),
            "https://school.example/lesson/page.html?unit=3#scam-quiz"
        );
        assert_eq!(field(&s, &["result", "success"]).as_bool().unwrap(), right);
        assert_eq!(field(&s, &["result", "score", "raw"]).as_i64().unwrap(), i64::from(right));
        assert_eq!(field(&s, &["result", "duration"]).as_str().unwrap(), "PT3.46S");
        let response = field(&s, &["result", "response"]).as_str().unwrap().to_string();
        let pattern = field(&s, &["object", "definition", "correctResponsesPattern"]).items().unwrap()[0]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(response == pattern, right, "the response matches the pattern exactly when right");
        let kind = field(&s, &["object", "definition", "interactionType"]).as_str().unwrap().to_string();
        if kind == "true-false" {
            assert!(["true", "false"].contains(&response.as_str()));
        }
        if question.multi_select() && right {
            assert!(response.contains("[,]"), "several choices: {response}");
        }
        kinds.insert(kind);
    }
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), ["choice", "true-false"]);
    // No answer, no statement.
    let fresh = Attempt::start(&bank, 3, &TopicFilter::all(), 9, 0);
    assert_eq!(xapi::answered(&cx(50), &bank, &fresh, 0, 0), None);
}

#[test]
fn completion_scores_and_succeeds_at_the_pass_mark() {
    let bank = built_in().unwrap();
    let attempt = answered_attempt(&bank);
    let score = attempt.score(&bank);
    assert_eq!((score.correct, score.total), (25, 49));
    let s = check_statement(&xapi::completed(&cx(51), &bank, &attempt, 754_321));
    assert_eq!(field(&s, &["verb", "id"]).as_str().unwrap(), xapi::VERB_COMPLETED);
    assert_eq!(
        field(&s, &["object", "id"]).as_str().unwrap(),
        "https://school.example/lesson/page.html?unit=3#scam-quiz"
    );
    assert_eq!(field(&s, &["result", "score", "raw"]).as_i64().unwrap(), 25);
    assert_eq!(field(&s, &["result", "score", "max"]).as_i64().unwrap(), 49);
    assert_eq!(field(&s, &["result", "score", "min"]).as_i64().unwrap(), 0);
    assert!(xapi::completed(&cx(51), &bank, &attempt, 0).contains("\"scaled\":0.5102"));
    assert!(field(&s, &["result", "completion"]).as_bool().unwrap());
    assert_eq!(field(&s, &["result", "duration"]).as_str().unwrap(), "PT12M34.32S");
    // 25 of 49 is 51%: it passes at 51, not at 52.
    assert!(field(&s, &["result", "success"]).as_bool().unwrap());
    let s = check_statement(&xapi::completed(&cx(52), &bank, &attempt, 0));
    assert!(!field(&s, &["result", "success"]).as_bool().unwrap());
}

#[test]
fn an_id_that_needs_escaping_stays_one_iri() {
    let bank = parse_bank(
        r#"{"questions": [{"id": "q1", "topic": "romance", "kind": "single", "prompt": {"en": "P", "vi": "P"}, "choices": [{"id": "a", "text": {"en": "A", "vi": "A"}, "correct": true, "feedback": {"en": "F", "vi": "F"}}, {"id": "b", "text": {"en": "B", "vi": "B"}, "correct": false, "feedback": {"en": "F", "vi": "F"}}], "explanation": {"en": "W", "vi": "W"}, "source": {"title": {"en": "T", "vi": "T"}, "url": "https://example.org/"}}]}"#,
    )
    .unwrap();
    let mut attempt = Attempt::start(&bank, 1, &TopicFilter::all(), 1, 0);
    attempt.answer(&bank, 0, &[1]).unwrap();
    let mut c = cx(50);
    c.origin = "null".into();
    let text = xapi::answered(&c, &bank, &attempt, 0, 0).unwrap();
    let s = check_statement(&text);
    assert_eq!(field(&s, &["result", "response"]).as_str().unwrap(), "b");
    assert_eq!(field(&s, &["result", "duration"]).as_str().unwrap(), "PT0S");
    assert_eq!(field(&s, &["object", "definition", "name", "vi"]).as_str().unwrap(), "P");
}

#[test]
fn numbers_are_written_without_float_formatting() {
    assert_eq!(xapi::scaled(2, 3), "0.6667");
    assert_eq!(xapi::scaled(1, 3), "0.3333");
    assert_eq!(xapi::scaled(1, 2), "0.5");
    assert_eq!(xapi::scaled(10, 10), "1");
    assert_eq!(xapi::scaled(0, 7), "0");
    assert_eq!(xapi::scaled(1, 8), "0.125");
    assert_eq!(xapi::scaled(0, 0), "0");
    assert_eq!(xapi::duration(0), "PT0S");
    assert_eq!(xapi::duration(994), "PT0.99S");
    assert_eq!(xapi::duration(996), "PT1S");
    assert_eq!(xapi::duration(65_000), "PT1M5S");
    assert_eq!(xapi::duration(7_200_500), "PT2H0M0.5S");
    for ms in [0, 5, 999, 61_010, 3_600_000, 90_061_234] {
        assert!(is_duration(&xapi::duration(ms)), "{}", xapi::duration(ms));
    }
    assert!(!is_duration("PT") && !is_duration("P1S") && !is_duration("PT1.S") && !is_duration("PTS"));
}
