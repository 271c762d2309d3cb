//! The plan: the page's settings resolved against a bank, and the storage key readers' saved
//! progress lives under (its format is pinned: a change would lose everyone's progress).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_quiz::config::QuizConfig;
use core_quiz::{built_in, parse_bank, seed_from_text, storage_key, Action, Bank, Plan, Screen, TopicFilter};

/// A one-question bank whose fingerprint is pinned below.
const SMALL_BANK: &str = r#"{"questions": [{"id": "one", "topic": "romance", "kind": "single", "prompt": {"en": "Prompt", "vi": "Câu hỏi"}, "choices": [{"id": "a", "text": {"en": "T", "vi": "Đ"}, "correct": true, "feedback": {"en": "F", "vi": "P"}}, {"id": "b", "text": {"en": "T2", "vi": "Đ2"}, "correct": false, "feedback": {"en": "F", "vi": "P"}}], "explanation": {"en": "Why", "vi": "Vì sao"}, "source": {"title": {"en": "FTC", "vi": "FTC"}, "url": "https://consumer.ftc.gov/"}}]}"#;

fn config(questions: usize, topics: Option<&str>, seed: Option<&str>, persist: bool) -> QuizConfig {
    QuizConfig {
        questions,
        topics: topics.map(String::from),
        seed: seed.map(String::from),
        persist,
        pass: 50,
        resume: None,
    }
}

fn defaults() -> QuizConfig {
    config(10, None, None, true)
}

fn bank() -> Bank {
    built_in().unwrap()
}

#[test]
fn the_storage_key_keeps_its_format() {
    let small = parse_bank(SMALL_BANK).unwrap();
    assert_eq!(
        Plan::new(&small, &defaults(), 1).storage_key,
        "awareness-widgets:scam-quiz:555d4566758a046c:0e6a1df0f953aa1c"
    );
    assert_eq!(
        Plan::new(&small, &config(5, Some("romance"), Some("lop-9a"), false), 1).storage_key,
        "awareness-widgets:scam-quiz:555d4566758a046c:0db3ac96244042a3"
    );
    assert_eq!(storage_key(&small, "10||"), "awareness-widgets:scam-quiz:555d4566758a046c:0e6a1df0f953aa1c");
}

#[test]
fn settings_are_the_attributes_as_given() {
    let bank = bank();
    assert_eq!(Plan::new(&bank, &defaults(), 1).settings, "10||");
    let plan = Plan::new(&bank, &config(5, Some("romance, deepfake"), Some("lop-9a"), true), 1);
    assert_eq!(plan.settings, "5|romance, deepfake|lop-9a");
    assert_eq!(plan.storage_key, storage_key(&bank, "5|romance, deepfake|lop-9a"));
}

#[test]
fn different_banks_and_settings_never_share_a_key() {
    let (bank, small) = (bank(), parse_bank(SMALL_BANK).unwrap());
    let keys = [
        Plan::new(&bank, &defaults(), 1).storage_key,
        Plan::new(&small, &defaults(), 1).storage_key,
        Plan::new(&bank, &config(5, None, None, true), 1).storage_key,
        Plan::new(&bank, &config(10, Some("romance"), None, true), 1).storage_key,
        Plan::new(&bank, &config(10, None, Some("lop-9a"), true), 1).storage_key,
    ];
    for (i, a) in keys.iter().enumerate() {
        for b in keys.iter().skip(i + 1) {
            assert_ne!(a, b);
        }
    }
    // Neither the reader's random draw nor `persist` moves the key.
    assert_eq!(Plan::new(&bank, &defaults(), 1).storage_key, Plan::new(&bank, &defaults(), 2).storage_key);
    assert_eq!(keys[0], Plan::new(&bank, &config(10, None, None, false), 1).storage_key);
}

#[test]
fn the_setup_draws_what_the_page_asked_for() {
    let bank = bank();
    let plan = Plan::new(&bank, &defaults(), 77);
    assert_eq!(plan.setup.count, 10);
    assert_eq!(plan.setup.seed, 77, "without a seed, the reader's own draw");
    assert_eq!(plan.setup.filter, TopicFilter::all());
    assert!(plan.persist);

    let plan = Plan::new(&bank, &config(3, Some("romance, nonsense"), Some("lop-9a"), false), 77);
    assert_eq!(plan.setup.count, 3);
    assert_eq!(plan.setup.seed, seed_from_text("lop-9a"), "a seed gives the class one draw");
    assert_eq!(plan.setup.filter.topics, ["romance"]);
    assert_eq!(plan.ignored_topics(), ["nonsense"]);
    assert!(!plan.persist);
}

#[test]
fn a_saved_attempt_resumes_on_the_intro_screen() {
    let bank = bank();
    let plan = Plan::new(&bank, &config(5, None, Some("lop-9a"), true), 1);
    let (mut session, refused) = plan.session(&bank, None);
    assert_eq!((session.screen, refused), (Screen::Intro, None));
    assert_eq!(plan.saved_state(&bank, &session), None, "nothing answered, nothing to save");

    session.apply(&bank, Action::Start);
    session.apply(&bank, Action::Toggle(0));
    session.apply(&bank, Action::Check);
    session.apply(&bank, Action::Next);
    let saved = plan.saved_state(&bank, &session).expect("an answer is progress");

    let (resumed, refused) = plan.session(&bank, Some(&saved));
    assert_eq!(refused, None);
    assert_eq!(resumed.screen, Screen::Intro, "Continue, on the intro screen");
    assert!(resumed.in_progress());
    assert_eq!(resumed.attempt, session.attempt);

    // Without `persist`, nothing is saved.
    let off = Plan { persist: false, ..plan.clone() };
    assert_eq!(off.saved_state(&bank, &session), None);
}

#[test]
fn a_saved_attempt_that_does_not_fit_is_refused() {
    let bank = bank();
    let plan = Plan::new(&bank, &config(5, None, Some("lop-9a"), true), 1);
    let (mut session, _) = plan.session(&bank, None);
    session.apply(&bank, Action::Start);
    session.apply(&bank, Action::Toggle(0));
    session.apply(&bank, Action::Check);
    let saved = plan.saved_state(&bank, &session).unwrap();

    let other = Plan::new(&bank, &config(5, None, Some("lop-9b"), true), 1);
    for state in [saved.as_str(), "{not json", ""] {
        let plan = if state == saved { &other } else { &plan };
        let (fresh, refused) = plan.session(&bank, Some(state));
        assert!(refused.is_some(), "{state:?} should be refused");
        assert_eq!(fresh.screen, Screen::Intro);
        assert!(!fresh.in_progress(), "a refused state starts afresh");
        assert_eq!(fresh.attempt, plan.session(&bank, None).0.attempt);
    }
}
