//! The bank checker's reducer: what the last check (or file read) found.

use core_json::DataError;
use core_quiz::{parse_bank, Bank};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
pub enum Status {
    #[default]
    Idle,
    /// Check was pressed with nothing to check.
    Empty,
    Reading(String),
    FileFailed {
        name: String,
        too_large: bool,
    },
    Invalid(Rc<Vec<DataError>>),
    /// The bank, and its text for the preview quiz.
    Valid {
        bank: Rc<Bank>,
        json: Rc<str>,
    },
}

#[derive(Clone, PartialEq, Default)]
pub struct CheckerState {
    pub status: Status,
    /// Bumped by every check, so the summary is announced again even when it reads the same,
    /// and the answer key hears about each new result once.
    pub checks: u32,
    /// A file is being dragged over the text box.
    pub dragging: bool,
}

pub enum CheckerMsg {
    /// Validate this text (the text box's, or a file's just put into it).
    Check(String),
    Reading(String),
    FileFailed {
        name: String,
        too_large: bool,
    },
    Dragging(bool),
}

impl Reducible for CheckerState {
    type Action = CheckerMsg;

    fn reduce(self: Rc<Self>, msg: CheckerMsg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            CheckerMsg::Check(text) => {
                next.status = if text.trim().is_empty() {
                    Status::Empty
                } else {
                    // The very function `cargo xtask validate-bank` calls.
                    match parse_bank(&text) {
                        Ok(bank) => Status::Valid { bank: Rc::new(bank), json: text.into() },
                        Err(errors) => Status::Invalid(Rc::new(errors)),
                    }
                };
                next.checks = next.checks.wrapping_add(1);
                next.dragging = false;
            }
            CheckerMsg::Reading(name) => next.status = Status::Reading(name),
            CheckerMsg::FileFailed { name, too_large } => {
                next.status = Status::FileFailed { name, too_large };
                next.dragging = false;
            }
            CheckerMsg::Dragging(on) => next.dragging = on,
        }
        Rc::new(next)
    }
}
