//! The widget's state: every action is counted once (the widget sends events and saves once per
//! action), and focus moves after Start, Next, Retry and a checked answer only, never on load.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_quiz::{built_in, is_correct, Action, Outcome, QuizModel, Screen, Session, Setup, TopicFilter};
use std::rc::Rc;

fn model(count: usize) -> QuizModel {
    let bank = Rc::new(built_in().unwrap());
    let session = Session::new(&bank, Setup { count, filter: TopicFilter::all(), seed: 42 });
    QuizModel::new(bank, session)
}

/// Applies `action` and says what changed: (actions, focus moves) added, and the outcome.
fn step(model: &mut QuizModel, action: Action) -> (u32, u32, Outcome) {
    let (actions, moves) = (model.actions, model.focus_moves);
    model.reduce(action);
    (model.actions - actions, model.focus_moves - moves, model.last.clone())
}

/// The display position of a right choice of the current question.
fn right_choice(model: &QuizModel) -> usize {
    let attempt = &model.session.attempt;
    let question = attempt.question(&model.bank, attempt.current()).unwrap();
    let item = &attempt.items()[attempt.current()];
    item.order().iter().position(|&c| question.choices[c].correct).unwrap()
}

#[test]
fn a_new_model_has_done_nothing_and_moves_no_focus() {
    let m = model(3);
    assert_eq!((m.actions, m.focus_moves, m.last), (0, 0, Outcome::Nothing));
    assert_eq!(m.session.screen, Screen::Intro);
}

#[test]
fn every_action_counts_and_only_navigation_or_an_answer_moves_focus() {
    let mut m = model(2);
    assert_eq!(step(&mut m, Action::Check), (1, 0, Outcome::Nothing), "nothing to check on the intro");
    assert_eq!(step(&mut m, Action::Start), (1, 1, Outcome::Started));
    assert_eq!(m.session.screen, Screen::Question);
    assert_eq!(step(&mut m, Action::Check), (1, 0, Outcome::NothingSelected), "a refused Check stays put");
    let right = right_choice(&m);
    assert_eq!(step(&mut m, Action::Toggle(right)), (1, 0, Outcome::Nothing), "a selection stays put");
    let question = m.session.attempt.question(&m.bank, 0).unwrap().clone();
    let chosen = m.session.attempt.items()[0].order()[right];
    let answered = Outcome::Answered { question: question.id.clone(), correct: is_correct(&question, &[chosen]) };
    assert_eq!(step(&mut m, Action::Check), (1, 1, answered), "focus goes to the feedback");
    assert_eq!(step(&mut m, Action::Next), (1, 1, Outcome::Nothing), "focus goes to the next question");
    step(&mut m, Action::Toggle(0));
    assert_eq!(step(&mut m, Action::Check).1, 1);
    assert_eq!(step(&mut m, Action::Next), (1, 1, Outcome::Completed), "focus goes to the results");
    assert_eq!(m.session.screen, Screen::Results);
    assert_eq!(step(&mut m, Action::ToggleSolutions), (1, 0, Outcome::Nothing), "the solutions open in place");
    assert!(m.session.show_solutions);
    assert_eq!(step(&mut m, Action::Retry), (1, 1, Outcome::Started), "a retry starts at its first question");
    assert_eq!(m.session.screen, Screen::Question);
    assert!(!m.session.in_progress());
    assert_eq!((m.actions, m.focus_moves), (11, 6));
}

#[test]
fn the_outcome_is_the_last_actions_only() {
    let mut m = model(2);
    m.reduce(Action::Start);
    m.reduce(Action::Toggle(0));
    m.reduce(Action::Check);
    assert!(matches!(m.last, Outcome::Answered { .. }));
    // The events effect must not send the answer twice: the next action replaces it.
    m.reduce(Action::Next);
    assert_eq!(m.last, Outcome::Nothing);
}

#[test]
fn the_counters_wrap_instead_of_overflowing() {
    let mut m = model(2);
    m.actions = u32::MAX;
    m.focus_moves = u32::MAX;
    m.reduce(Action::Start);
    assert_eq!((m.actions, m.focus_moves), (0, 0));
}
