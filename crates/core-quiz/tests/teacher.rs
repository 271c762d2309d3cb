//! The teacher tools' state: the bank checker (every check counted, so the same result is
//! announced again) and the answer key (which bank, which language, when focus moves).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_i18n::Lang;
use core_quiz::teacher::{CheckerMsg, CheckerState, KeyMsg, KeyState, Load, Offer, Status};
use core_quiz::{built_in, parse_bank, Bank, BUILT_IN_JSON};
use std::rc::Rc;

/// A valid one-question bank in English only.
const ENGLISH_BANK: &str = r#"{"languages": ["en"], "questions": [{"id": "one", "topic": "romance", "kind": "single", "prompt": {"en": "Prompt"}, "choices": [{"id": "a", "text": {"en": "T"}, "correct": true, "feedback": {"en": "F"}}, {"id": "b", "text": {"en": "T2"}, "correct": false, "feedback": {"en": "F"}}], "explanation": {"en": "Why"}, "source": {"title": {"en": "FTC"}, "url": "https://consumer.ftc.gov/"}}]}"#;

fn checked(state: &CheckerState, msg: CheckerMsg) -> CheckerState {
    let mut next = state.clone();
    next.reduce(msg);
    next
}

#[test]
fn the_checker_starts_idle() {
    let state = CheckerState::default();
    assert_eq!((&state.status, state.checks, state.dragging), (&Status::Idle, 0, false));
    assert_eq!(state.valid_bank(), None);
}

#[test]
fn a_check_validates_with_the_clis_parser_and_counts() {
    let dragging = checked(&CheckerState::default(), CheckerMsg::Dragging(true));
    assert!(dragging.dragging);

    let empty = checked(&dragging, CheckerMsg::Check(" \n ".into()));
    assert_eq!((&empty.status, empty.checks, empty.dragging), (&Status::Empty, 1, false), "a drop ends the drag");

    let broken = "{\"questions\": [}";
    let invalid = checked(&empty, CheckerMsg::Check(broken.into()));
    match &invalid.status {
        Status::Invalid(errors) => assert_eq!(**errors, parse_bank(broken).unwrap_err()),
        other => panic!("{other:?}"),
    }
    assert_eq!((invalid.checks, invalid.valid_bank()), (2, None));

    let valid = checked(&invalid, CheckerMsg::Check(BUILT_IN_JSON.into()));
    match &valid.status {
        Status::Valid { bank, json } => {
            assert_eq!(**bank, built_in().unwrap());
            assert_eq!(&**json, BUILT_IN_JSON, "the text, for the preview quiz");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(valid.checks, 3);
    assert_eq!(valid.valid_bank().as_deref(), Some(&built_in().unwrap()));

    // The same text again is another check: the summary is announced again.
    let again = checked(&valid, CheckerMsg::Check(BUILT_IN_JSON.into()));
    assert_eq!((again.checks, &again.status), (4, &valid.status));
}

#[test]
fn reading_a_file_and_its_failures_are_not_checks() {
    let reading = checked(&CheckerState::default(), CheckerMsg::Reading("bank.json".into()));
    assert_eq!((&reading.status, reading.checks), (&Status::Reading("bank.json".into()), 0));

    let dragging = checked(&reading, CheckerMsg::Dragging(true));
    let failed = checked(&dragging, CheckerMsg::FileFailed { name: "huge.json".into(), too_large: true });
    assert_eq!(failed.status, Status::FileFailed { name: "huge.json".into(), too_large: true });
    assert_eq!((failed.checks, failed.dragging), (0, false));

    let left = checked(&checked(&failed, CheckerMsg::Dragging(true)), CheckerMsg::Dragging(false));
    assert!(!left.dragging);
    assert_eq!(left.status, failed.status, "dragging leaves the result alone");
}

fn keyed(state: &KeyState, msg: KeyMsg) -> KeyState {
    let mut next = state.clone();
    next.reduce(msg);
    next
}

fn banks() -> (Rc<Bank>, Rc<Bank>) {
    (Rc::new(built_in().unwrap()), Rc::new(parse_bank(ENGLISH_BANK).unwrap()))
}

#[test]
fn the_key_waits_for_the_built_in_bank() {
    let (built_in, _) = banks();
    let loading = KeyState::default();
    assert_eq!((&loading.built_in, loading.bank()), (&Load::Loading, None));

    let ready = keyed(&loading, KeyMsg::BuiltIn(Ok(built_in.clone())));
    assert_eq!(ready.bank(), Some(&built_in));

    let failed = keyed(&loading, KeyMsg::BuiltIn(Err("data/quiz/bank.json: 404".into())));
    assert_eq!((&failed.built_in, failed.bank()), (&Load::Failed("data/quiz/bank.json: 404".into()), None));
}

#[test]
fn a_checked_bank_is_offered_and_shown_on_request() {
    let (built_in, own) = banks();
    let ready = keyed(&KeyState::default(), KeyMsg::BuiltIn(Ok(built_in.clone())));

    // Each valid check offers its bank; the key keeps showing the built-in one.
    let offered = keyed(&ready, KeyMsg::Offered(Offer { bank: Some(own.clone()), show: false }));
    assert_eq!((offered.checked.as_ref(), offered.use_checked, offered.focus_moves), (Some(&own), false, 0));
    assert_eq!(offered.bank(), Some(&built_in));

    // "Answer key for this bank": shown, and focus moves to the key.
    let shown = keyed(&offered, KeyMsg::Offered(Offer { bank: Some(own.clone()), show: true }));
    assert_eq!((shown.use_checked, shown.focus_moves, shown.bank()), (true, 1, Some(&own)));

    // A later valid check replaces the bank shown, without moving focus.
    let newer = Rc::new(parse_bank(ENGLISH_BANK).unwrap());
    let replaced = keyed(&shown, KeyMsg::Offered(Offer { bank: Some(newer.clone()), show: false }));
    assert_eq!((replaced.use_checked, replaced.focus_moves), (true, 1));
    assert!(Rc::ptr_eq(replaced.bank().unwrap(), &newer));

    // A failed check withdraws it: back to the built-in bank.
    let withdrawn = keyed(&replaced, KeyMsg::Offered(Offer { bank: None, show: false }));
    assert_eq!((withdrawn.checked.as_ref(), withdrawn.use_checked, withdrawn.bank()), (None, false, Some(&built_in)));
}

#[test]
fn the_teacher_picks_the_bank_only_when_there_is_a_checked_one() {
    let (built_in, own) = banks();
    let ready = keyed(&KeyState::default(), KeyMsg::BuiltIn(Ok(built_in.clone())));
    assert!(!keyed(&ready, KeyMsg::UseChecked(true)).use_checked, "no checked bank to use");

    let offered = keyed(&ready, KeyMsg::Offered(Offer { bank: Some(own.clone()), show: false }));
    let using = keyed(&offered, KeyMsg::UseChecked(true));
    assert_eq!((using.use_checked, using.bank(), using.focus_moves), (true, Some(&own), 0));
    let back = keyed(&using, KeyMsg::UseChecked(false));
    assert_eq!(back.bank(), Some(&built_in));
}

#[test]
fn the_key_language_is_the_pick_when_the_bank_has_it() {
    let (built_in, own) = banks();
    let state = KeyState::default();
    assert_eq!(state.key_lang(&built_in, Lang::Vi), Lang::Vi, "the reader's, when the bank has it");
    assert_eq!(state.key_lang(&built_in, Lang::Fr), built_in.languages[0], "else the bank's first");
    assert_eq!(state.key_lang(&own, Lang::Vi), Lang::En);

    let picked = keyed(&state, KeyMsg::Lang(Lang::En));
    assert_eq!(picked.lang, Some(Lang::En));
    assert_eq!(picked.key_lang(&built_in, Lang::Vi), Lang::En);
    let unavailable = keyed(&state, KeyMsg::Lang(Lang::Vi));
    assert_eq!(unavailable.key_lang(&own, Lang::Fr), Lang::En, "a pick the bank lacks falls back");
}
