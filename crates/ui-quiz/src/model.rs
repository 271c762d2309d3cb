//! The quiz's reducer: the pure `core_quiz::Session` plus what the page must react to (events to
//! send, progress to save, where focus goes). Counters tell effects that something happened.

use core_quiz::{Action, Bank, Outcome, Session};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct QuizModel {
    pub bank: Rc<Bank>,
    pub session: Session,
    /// What the last action did, for the events effect.
    pub last: Outcome,
    /// Bumped by every action, so effects run once per action.
    pub actions: u32,
    /// Bumped by actions after which focus should move (not on first render: a widget must not
    /// steal focus from the page it loads in).
    pub focus_moves: u32,
}

pub enum Msg {
    Act(Action),
    /// A different bank or setup (a `src` loaded, an attribute changed): start over.
    Replace(Rc<Bank>, Session),
}

impl Reducible for QuizModel {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Act(action) => {
                let navigates = matches!(action, Action::Start | Action::Next | Action::Retry);
                next.last = next.session.apply(&next.bank, action);
                next.actions = next.actions.wrapping_add(1);
                // Focus follows navigation and a checked answer; a refused Check, a selection or
                // opening the solutions leave it where the reader is.
                if navigates || matches!(next.last, Outcome::Answered { .. }) {
                    next.focus_moves = next.focus_moves.wrapping_add(1);
                }
            }
            Msg::Replace(bank, session) => {
                next.bank = bank;
                next.session = session;
                next.last = Outcome::Nothing;
            }
        }
        Rc::new(next)
    }
}
