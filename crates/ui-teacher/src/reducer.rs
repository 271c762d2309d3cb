//! The tools' states (`core_quiz::teacher`, tested natively) as Yew reducers.

use core_quiz::teacher::{CheckerMsg, CheckerState, KeyMsg, KeyState};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// A state that changes in place by message.
pub trait Reduce: Clone {
    type Msg;
    fn apply(&mut self, msg: Self::Msg);
}

impl Reduce for CheckerState {
    type Msg = CheckerMsg;
    fn apply(&mut self, msg: CheckerMsg) {
        self.reduce(msg);
    }
}

impl Reduce for KeyState {
    type Msg = KeyMsg;
    fn apply(&mut self, msg: KeyMsg) {
        self.reduce(msg);
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct Reducer<S>(S);

impl<S> Deref for Reducer<S> {
    type Target = S;

    fn deref(&self) -> &S {
        &self.0
    }
}

impl<S: Reduce> Reducible for Reducer<S> {
    type Action = S::Msg;

    fn reduce(self: Rc<Self>, msg: S::Msg) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self).0;
        next.apply(msg);
        Rc::new(Reducer(next))
    }
}
