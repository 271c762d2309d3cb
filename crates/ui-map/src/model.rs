//! The reader's state as a Yew reducer: [`core_treaty::map_state`] holds every transition (and
//! its tests); this only wraps it, since Yew's trait cannot be implemented on another crate's type.

use core_treaty::map_state::{MapState, Msg};
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, PartialEq)]
pub struct MapModel(MapState);

impl MapModel {
    pub fn new(state: MapState) -> MapModel {
        MapModel(state)
    }
}

impl Deref for MapModel {
    type Target = MapState;

    fn deref(&self) -> &MapState {
        &self.0
    }
}

impl Reducible for MapModel {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let next = self.0.clone().reduce(msg);
        // The same state is the same Rc, so Yew skips the render (a mouse moving over one country).
        if next == self.0 {
            self
        } else {
            Rc::new(MapModel(next))
        }
    }
}
