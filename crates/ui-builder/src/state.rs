//! `core_embed_code::BuilderState` (the form's setups and preview mode, tested natively) as
//! Yew's reducer.

use core_embed_code::{BuilderAction, BuilderState};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub struct BuilderReducer(pub BuilderState);

impl Deref for BuilderReducer {
    type Target = BuilderState;

    fn deref(&self) -> &BuilderState {
        &self.0
    }
}

impl Reducible for BuilderReducer {
    type Action = BuilderAction;

    fn reduce(self: Rc<Self>, action: BuilderAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self).0;
        next.reduce(action);
        Rc::new(BuilderReducer(next))
    }
}
