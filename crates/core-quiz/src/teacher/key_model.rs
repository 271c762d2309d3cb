//! The answer key's state: which bank (the built-in one, fetched from the site, or the one the
//! teacher checked) and which of its languages.

use crate::answer_key::key_language;
use crate::model::Bank;
use core_i18n::Lang;
use std::rc::Rc;

/// What the bank checker tells the answer key after each check.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// The last valid bank checked, or `None` once a check fails.
    pub bank: Option<Rc<Bank>>,
    /// The teacher asked for this bank's key: show it and move there.
    pub show: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Load {
    #[default]
    Loading,
    Ready(Rc<Bank>),
    /// Why, in English (for the notice and the console).
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyState {
    pub built_in: Load,
    /// The last valid bank the checker found.
    pub checked: Option<Rc<Bank>>,
    pub use_checked: bool,
    /// The language the teacher picked; `None` until they do.
    pub lang: Option<Lang>,
    /// Bumped when the teacher asks for the checked bank's key: focus moves to the key.
    pub focus_moves: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum KeyMsg {
    BuiltIn(Result<Rc<Bank>, String>),
    Offered(Offer),
    UseChecked(bool),
    Lang(Lang),
}

impl KeyState {
    /// The bank the key shows, if it is there yet.
    pub fn bank(&self) -> Option<&Rc<Bank>> {
        match (&self.checked, &self.built_in) {
            (Some(bank), _) if self.use_checked => Some(bank),
            (_, Load::Ready(bank)) => Some(bank),
            _ => None,
        }
    }

    /// The picked language when the bank has it, else the reader's, else the bank's first.
    pub fn key_lang(&self, bank: &Bank, reader: Lang) -> Lang {
        self.lang.filter(|l| bank.languages.contains(l)).unwrap_or_else(|| key_language(bank, reader))
    }

    pub fn reduce(&mut self, msg: KeyMsg) {
        match msg {
            KeyMsg::BuiltIn(Ok(bank)) => self.built_in = Load::Ready(bank),
            KeyMsg::BuiltIn(Err(why)) => self.built_in = Load::Failed(why),
            KeyMsg::Offered(Offer { bank, show }) => {
                self.use_checked = bank.is_some() && (show || self.use_checked);
                self.checked = bank;
                if show {
                    self.focus_moves = self.focus_moves.wrapping_add(1);
                }
            }
            KeyMsg::UseChecked(on) => self.use_checked = on && self.checked.is_some(),
            KeyMsg::Lang(lang) => self.lang = Some(lang),
        }
    }
}
