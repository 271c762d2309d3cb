//! The answer key's reducer: which bank (the built-in one, fetched from the site, or the one the
//! teacher checked) and which of its languages.

use crate::shared::Offer;
use core_i18n::Lang;
use core_quiz::{key_language, Bank};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
pub enum Load {
    #[default]
    Loading,
    Ready(Rc<Bank>),
    /// Why, in English (for the notice and the console).
    Failed(String),
}

#[derive(Clone, PartialEq, Default)]
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
}

impl Reducible for KeyState {
    type Action = KeyMsg;

    fn reduce(self: Rc<Self>, msg: KeyMsg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            KeyMsg::BuiltIn(Ok(bank)) => next.built_in = Load::Ready(bank),
            KeyMsg::BuiltIn(Err(why)) => next.built_in = Load::Failed(why),
            KeyMsg::Offered(Offer { bank, show }) => {
                next.use_checked = bank.is_some() && (show || next.use_checked);
                next.checked = bank;
                if show {
                    next.focus_moves = next.focus_moves.wrapping_add(1);
                }
            }
            KeyMsg::UseChecked(on) => next.use_checked = on && next.checked.is_some(),
            KeyMsg::Lang(lang) => next.lang = Some(lang),
        }
        Rc::new(next)
    }
}
