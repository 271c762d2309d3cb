//! `core_quiz::QuizModel` (the session plus its action and focus counters, tested natively) as
//! Yew's reducer.

use core_quiz::{Action, QuizModel};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub struct QuizState(pub QuizModel);

impl Deref for QuizState {
    type Target = QuizModel;

    fn deref(&self) -> &QuizModel {
        &self.0
    }
}

impl Reducible for QuizState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self).0;
        next.reduce(action);
        Rc::new(QuizState(next))
    }
}
