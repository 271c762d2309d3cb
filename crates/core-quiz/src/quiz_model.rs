//! The quiz widget's state: the `Session` plus what the page must react to (events to send,
//! progress to save, where focus goes). Counters tell the widget's effects that something
//! happened; the widget's reducer only calls `reduce`.

use crate::model::Bank;
use crate::session::{Action, Outcome, Session};
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq)]
pub struct QuizModel {
    pub bank: Rc<Bank>,
    pub session: Session,
    /// What the last action did, for the events effect.
    pub last: Outcome,
    /// Bumped by every action, so effects (events, saving) run once per action.
    pub actions: u32,
    /// Bumped by actions after which focus should move. Zero at first: a widget must not steal
    /// focus from the page it loads in.
    pub focus_moves: u32,
}

impl QuizModel {
    pub fn new(bank: Rc<Bank>, session: Session) -> QuizModel {
        QuizModel { bank, session, last: Outcome::Nothing, actions: 0, focus_moves: 0 }
    }

    pub fn reduce(&mut self, action: Action) {
        let navigates = matches!(action, Action::Start | Action::Next | Action::Retry);
        self.last = self.session.apply(&self.bank, action);
        self.actions = self.actions.wrapping_add(1);
        // Focus follows navigation and a checked answer; a refused Check, a selection or
        // opening the solutions leave it where the reader is.
        if navigates || matches!(self.last, Outcome::Answered { .. }) {
            self.focus_moves = self.focus_moves.wrapping_add(1);
        }
    }
}
