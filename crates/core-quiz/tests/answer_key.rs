//! The printable answer key: grouping by topic in the bank's topic order, continuous numbering,
//! the right choices for every kind of question, and the sources list.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_i18n::Lang;
use core_quiz::{built_in, key_language, parse_bank, Answer, AnswerKey};

/// One question as a bank file holds it; `correct` marks choices c0, c1, … right or wrong.
fn question(id: &str, topic: &str, kind: &str, correct: &[bool], url: &str) -> String {
    let choices: Vec<String> = correct
        .iter()
        .enumerate()
        .map(|(i, c)| {
            format!(r#"{{"id": "c{i}", "text": {{"en": "T{i}"}}, "correct": {c}, "feedback": {{"en": "F"}}}}"#)
        })
        .collect();
    let message = if kind == "spot-the-scam" {
        r#""message": {"channel": "sms", "from": {"en": "Bank"}, "lines": [{"from": "them", "text": {"en": "Hi"}}]},"#
    } else {
        ""
    };
    format!(
        r#"{{"id": "{id}", "topic": "{topic}", "kind": "{kind}", "prompt": {{"en": "P"}}, {message}
            "choices": [{}], "explanation": {{"en": "E"}},
            "source": {{"title": {{"en": "Source {url}"}}, "url": "{url}"}}}}"#,
        choices.join(", ")
    )
}

fn bank(questions: &[String], extra: &str) -> core_quiz::Bank {
    let text = format!(r#"{{"languages": ["en"], {extra} "questions": [{}]}}"#, questions.join(","));
    parse_bank(&text).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn groups_by_topic_in_bank_topic_order_and_numbers_straight_through() {
    // Questions out of topic order; a bank topic of its own comes after the standard ones.
    let b = bank(
        &[
            question("r1", "romance", "single", &[true, false], "https://a.example/"),
            question("own1", "school-rules", "single", &[false, true], "https://b.example/"),
            question("p1", "phishing-links", "single", &[true, false], "https://a.example/"),
            question("r2", "romance", "true-false", &[false, true], "https://c.example/"),
        ],
        r#""topics": [{"id": "school-rules", "name": {"en": "School rules"}}],"#,
    );
    let key = AnswerKey::new(&b);
    let topics: Vec<&str> = key.topics.iter().map(|t| b.topics[t.topic].id.as_str()).collect();
    assert_eq!(topics, ["phishing-links", "romance", "school-rules"]);
    let ids: Vec<Vec<(usize, &str)>> = key
        .topics
        .iter()
        .map(|t| t.items.iter().map(|i| (i.number, b.questions[i.question].id.as_str())).collect())
        .collect();
    assert_eq!(ids, vec![vec![(1, "p1")], vec![(2, "r1"), (3, "r2")], vec![(4, "own1")]]);
    assert_eq!(key.question_count(), 4);
}

#[test]
fn the_right_choices_for_every_kind() {
    let b = bank(
        &[
            question("single", "romance", "single", &[false, false, true], "https://a.example/"),
            question("multi", "romance", "multiple", &[true, false, true, true], "https://a.example/"),
            question("tf", "romance", "true-false", &[false, true], "https://a.example/"),
            // A verdict ("scam" / "legitimate"): radio buttons, one answer.
            question("verdict", "romance", "spot-the-scam", &[true, false], "https://a.example/"),
            // "Tick every warning sign": checkboxes, all of them.
            question("signs", "romance", "spot-the-scam", &[true, true, false], "https://a.example/"),
        ],
        "",
    );
    let key = AnswerKey::new(&b);
    let answers: Vec<(&str, &Answer)> =
        key.topics[0].items.iter().map(|i| (b.questions[i.question].id.as_str(), &i.answer)).collect();
    assert_eq!(
        answers,
        vec![
            ("single", &Answer::One(2)),
            ("multi", &Answer::All(vec![0, 2, 3])),
            ("tf", &Answer::One(1)),
            ("verdict", &Answer::One(0)),
            ("signs", &Answer::All(vec![0, 1])),
        ]
    );
    let multi = &key.topics[0].items[1].answer;
    assert!(multi.includes(3) && !multi.includes(1));
    assert_eq!(multi.len(), 3);
}

#[test]
fn sources_are_listed_once_each_with_the_questions_citing_them() {
    let b = bank(
        &[
            question("r1", "romance", "single", &[true, false], "https://a.example/"),
            question("p1", "phishing-links", "single", &[true, false], "https://b.example/"),
            question("r2", "romance", "single", &[true, false], "https://b.example/"),
        ],
        "",
    );
    let key = AnswerKey::new(&b);
    // Key order: p1 (1, b), r1 (2, a), r2 (3, b): b is cited first.
    let sources: Vec<(&str, &[usize])> =
        key.sources.iter().map(|s| (s.source.url.as_str(), s.questions.as_slice())).collect();
    assert_eq!(sources, vec![("https://b.example/", &[1, 3][..]), ("https://a.example/", &[2][..])]);
}

#[test]
fn the_built_in_key_has_every_question_once_with_its_correct_choices() {
    let b = built_in().unwrap();
    let key = AnswerKey::new(&b);
    let mut seen: Vec<usize> = key.topics.iter().flat_map(|t| t.items.iter().map(|i| i.question)).collect();
    seen.sort_unstable();
    assert_eq!(seen, (0..b.questions.len()).collect::<Vec<_>>());
    for item in key.topics.iter().flat_map(|t| &t.items) {
        let q = &b.questions[item.question];
        for (i, c) in q.choices.iter().enumerate() {
            assert_eq!(item.answer.includes(i), c.correct, "{} choice {}", q.id, c.id);
        }
    }
    assert_eq!(key.topics.len(), b.topics_in_use().len());
    let cited: usize = key.sources.iter().map(|s| s.questions.len()).sum();
    assert_eq!(cited, b.questions.len(), "every question cites exactly one listed source");
}

#[test]
fn prints_in_the_readers_language_when_the_bank_has_it() {
    let b = built_in().unwrap();
    assert_eq!(key_language(&b, Lang::Vi), Lang::Vi);
    assert_eq!(key_language(&b, Lang::Ar), Lang::En, "the bank's first language");
    let vi_only = parse_bank(&r#"{"languages": ["vi"], "questions": [Q]}"#.replace(
        "Q",
        &question("q", "romance", "single", &[true, false], "https://a.example/").replace("\"en\"", "\"vi\""),
    ))
    .unwrap();
    assert_eq!(key_language(&vi_only, Lang::Fr), Lang::Vi);
}
