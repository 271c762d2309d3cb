//! The bank checker tells the answer key about the last bank it checked. Both tools live in the
//! same wasm instance but are separate Yew apps (each mounts into its own page element), so they
//! share this small channel instead of a context.

use core_quiz::teacher::Offer;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

thread_local! {
    /// The text of the last valid bank checked, for the SCORM download (which inlines it).
    static CHECKED_JSON: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<(u32, Callback<Offer>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(0) };
}

/// Keeps the checked bank's text (`None` after a failed check).
pub fn set_checked_json(json: Option<Rc<str>>) {
    CHECKED_JSON.with(|c| *c.borrow_mut() = json);
}

pub fn checked_json() -> Option<Rc<str>> {
    CHECKED_JSON.with(|c| c.borrow().clone())
}

pub fn offer(offer: Offer) {
    let listeners: Vec<Callback<Offer>> = LISTENERS.with(|l| l.borrow().iter().map(|(_, cb)| cb.clone()).collect());
    for cb in listeners {
        cb.emit(offer.clone());
    }
}

/// Listens until the returned guard is dropped.
pub fn subscribe(cb: Callback<Offer>) -> Subscription {
    let id = NEXT_ID.with(|n| {
        let mut n = n.borrow_mut();
        *n = n.wrapping_add(1);
        *n
    });
    LISTENERS.with(|l| l.borrow_mut().push((id, cb)));
    Subscription(id)
}

pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        LISTENERS.with(|l| l.borrow_mut().retain(|(id, _)| *id != self.0));
    }
}
