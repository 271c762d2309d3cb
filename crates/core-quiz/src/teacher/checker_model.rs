//! The bank checker's state: what the last check (or file read) found.

use crate::model::Bank;
use crate::parse::parse_bank;
use core_json::DataError;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Default)]
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckerState {
    pub status: Status,
    /// Bumped by every check, so the summary is announced again even when it reads the same,
    /// and the answer key hears about each new result once.
    pub checks: u32,
    /// A file is being dragged over the text box.
    pub dragging: bool,
}

#[derive(Debug, Clone, PartialEq)]
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

impl CheckerState {
    pub fn reduce(&mut self, msg: CheckerMsg) {
        match msg {
            CheckerMsg::Check(text) => {
                self.status = if text.trim().is_empty() {
                    Status::Empty
                } else {
                    // The very function `cargo xtask validate-bank` calls.
                    match parse_bank(&text) {
                        Ok(bank) => Status::Valid { bank: Rc::new(bank), json: text.into() },
                        Err(errors) => Status::Invalid(Rc::new(errors)),
                    }
                };
                self.checks = self.checks.wrapping_add(1);
                self.dragging = false;
            }
            CheckerMsg::Reading(name) => self.status = Status::Reading(name),
            CheckerMsg::FileFailed { name, too_large } => {
                self.status = Status::FileFailed { name, too_large };
                self.dragging = false;
            }
            CheckerMsg::Dragging(on) => self.dragging = on,
        }
    }

    /// The bank the last check found valid, for the answer key; `None` after a failed check.
    pub fn valid_bank(&self) -> Option<Rc<Bank>> {
        match &self.status {
            Status::Valid { bank, .. } => Some(bank.clone()),
            _ => None,
        }
    }
}
