//! The quiz as the reader moves through it: which screen, what is selected, what was checked.
//! The widget's reducer is a thin wrapper around `Session::apply`; everything it decides is here
//! and tested natively.

use crate::attempt::Attempt;
use crate::draw::TopicFilter;
use crate::model::Bank;
use crate::score::is_correct;

/// How the page set up the quiz: what every attempt (and retry) draws.
#[derive(Debug, Clone, PartialEq)]
pub struct Setup {
    pub count: usize,
    pub filter: TopicFilter,
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Title, what the quiz covers, Start (or Continue).
    Intro,
    Question,
    Results,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Start,
    /// Select or unselect the choice at this display position (radio questions keep one).
    Toggle(usize),
    Check,
    Next,
    Retry,
    ToggleSolutions,
}

/// What an action did that the page should hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    /// Start or Retry began a new attempt (xAPI `attempted`).
    Started,
    /// Continue took up an attempt saved with answers in it (xAPI `resumed`).
    Resumed,
    /// Check with nothing selected: the UI says "choose an answer first".
    NothingSelected,
    Answered {
        question: String,
        correct: bool,
    },
    /// The last answer is in: the results are shown.
    Completed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub setup: Setup,
    pub screen: Screen,
    pub attempt: Attempt,
    /// Indices into the current question's choices.
    pub selected: Vec<usize>,
    pub show_solutions: bool,
    /// Set by a Check with nothing selected, cleared by the next selection.
    pub nothing_selected: bool,
}

impl Session {
    /// A fresh session on the intro screen.
    pub fn new(bank: &Bank, setup: Setup) -> Session {
        let attempt = Attempt::start(bank, setup.count, &setup.filter, setup.seed, 0);
        Session {
            setup,
            screen: Screen::Intro,
            attempt,
            selected: Vec::new(),
            show_solutions: false,
            nothing_selected: false,
        }
    }

    /// A session resumed from a saved attempt: at its first unanswered question, or its results.
    pub fn resume(setup: Setup, attempt: Attempt) -> Session {
        let mut attempt = attempt;
        let screen = match attempt.next_unanswered() {
            Some(position) => {
                attempt.go_to(position);
                Screen::Question
            }
            None => Screen::Results,
        };
        Session { setup, screen, attempt, selected: Vec::new(), show_solutions: false, nothing_selected: false }
    }

    /// Whether the current question has been checked (its feedback is showing).
    pub fn checked(&self) -> bool {
        self.attempt.items().get(self.attempt.current()).is_some_and(|i| i.answer().is_some())
    }

    /// Whether anything was answered: the intro then offers Continue, not Start.
    pub fn in_progress(&self) -> bool {
        self.attempt.items().iter().any(|i| i.answer().is_some())
    }

    pub fn apply(&mut self, bank: &Bank, action: Action) -> Outcome {
        match action {
            Action::Start => {
                let from_intro = self.screen == Screen::Intro;
                self.screen = if self.attempt.is_complete() { Screen::Results } else { Screen::Question };
                match (from_intro, self.screen, self.in_progress()) {
                    (true, Screen::Question, false) => Outcome::Started,
                    (true, Screen::Question, true) => Outcome::Resumed,
                    _ => Outcome::Nothing,
                }
            }
            Action::Toggle(position) => {
                if self.screen != Screen::Question || self.checked() {
                    return Outcome::Nothing;
                }
                let current = self.attempt.current();
                let (Some(item), Some(question)) =
                    (self.attempt.items().get(current), self.attempt.question(bank, current))
                else {
                    return Outcome::Nothing;
                };
                let Some(&choice) = item.order().get(position) else { return Outcome::Nothing };
                if question.multi_select() {
                    match self.selected.iter().position(|&c| c == choice) {
                        Some(i) => {
                            self.selected.remove(i);
                        }
                        None => self.selected.push(choice),
                    }
                } else {
                    self.selected = vec![choice];
                }
                self.nothing_selected = false;
                Outcome::Nothing
            }
            Action::Check if self.screen == Screen::Question => {
                let current = self.attempt.current();
                let Some(question) = self.attempt.question(bank, current) else { return Outcome::Nothing };
                let id = question.id.clone();
                if self.selected.is_empty() {
                    self.nothing_selected = true;
                    return Outcome::NothingSelected;
                }
                match self.attempt.answer(bank, current, &self.selected) {
                    Ok(correct) => Outcome::Answered { question: id, correct },
                    Err(_) => Outcome::Nothing,
                }
            }
            Action::Check => Outcome::Nothing,
            Action::Next => {
                if self.screen != Screen::Question || !self.checked() {
                    return Outcome::Nothing;
                }
                self.selected.clear();
                match self.attempt.next_unanswered() {
                    Some(position) => {
                        self.attempt.go_to(position);
                        Outcome::Nothing
                    }
                    None => {
                        self.screen = Screen::Results;
                        Outcome::Completed
                    }
                }
            }
            Action::Retry => {
                self.attempt = self.attempt.retry(bank, self.setup.count, &self.setup.filter);
                self.screen = Screen::Question;
                self.selected.clear();
                self.show_solutions = false;
                self.nothing_selected = false;
                Outcome::Started
            }
            Action::ToggleSolutions => {
                self.show_solutions = !self.show_solutions;
                Outcome::Nothing
            }
        }
    }

    /// For the feedback after Check: was the answer to the current question right?
    pub fn current_correct(&self, bank: &Bank) -> Option<bool> {
        let current = self.attempt.current();
        let item = self.attempt.items().get(current)?;
        Some(is_correct(self.attempt.question(bank, current)?, item.answer()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::built_in;

    fn setup(count: usize) -> Setup {
        Setup { count, filter: TopicFilter::all(), seed: 42 }
    }

    /// The display position of a correct (or wrong) choice of the current question.
    fn position(session: &Session, bank: &Bank, correct: bool) -> usize {
        let current = session.attempt.current();
        let item = &session.attempt.items()[current];
        let question = session.attempt.question(bank, current).unwrap();
        item.order().iter().position(|&c| question.choices[c].correct == correct).unwrap()
    }

    #[test]
    fn a_whole_attempt_from_intro_to_results() {
        let bank = built_in().unwrap();
        let mut s = Session::new(&bank, setup(3));
        assert_eq!(s.screen, Screen::Intro);
        assert_eq!(s.apply(&bank, Action::Check), Outcome::Nothing, "nothing to check on the intro");
        s.apply(&bank, Action::Start);
        assert_eq!(s.screen, Screen::Question);

        // Checking with nothing selected is refused, and says so.
        assert_eq!(s.apply(&bank, Action::Check), Outcome::NothingSelected);
        assert!(s.nothing_selected);
        assert_eq!(s.apply(&bank, Action::Next), Outcome::Nothing, "no skipping past an unchecked question");

        let mut answers = Vec::new();
        for round in 0..3 {
            let want = round != 1;
            let wrong_or_right = position(&s, &bank, want);
            s.apply(&bank, Action::Toggle(wrong_or_right));
            assert!(!s.nothing_selected);
            if s.attempt.question(&bank, s.attempt.current()).unwrap().multi_select() && want {
                // Select every correct choice of a multiple-choice question.
                let current = s.attempt.current();
                let order = s.attempt.items()[current].order().to_vec();
                let q = s.attempt.question(&bank, current).unwrap().clone();
                s.selected = order.iter().copied().filter(|&c| q.choices[c].correct).collect();
            }
            match s.apply(&bank, Action::Check) {
                Outcome::Answered { correct, .. } => answers.push(correct),
                other => panic!("{other:?}"),
            }
            assert!(s.checked());
            assert_eq!(s.current_correct(&bank), Some(want));
            // Answers are final: toggling after Check changes nothing.
            let before = s.selected.clone();
            s.apply(&bank, Action::Toggle(0));
            assert_eq!(s.selected, before);
            let outcome = s.apply(&bank, Action::Next);
            assert_eq!(outcome == Outcome::Completed, round == 2);
        }
        assert_eq!(answers, vec![true, false, true]);
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(s.attempt.score(&bank).correct, 2);
        s.apply(&bank, Action::ToggleSolutions);
        assert!(s.show_solutions);
    }

    #[test]
    fn radio_questions_keep_one_choice_checkboxes_toggle() {
        let bank = built_in().unwrap();
        let mut s = Session::new(&bank, Setup { count: 40, filter: TopicFilter::all(), seed: 7 });
        s.apply(&bank, Action::Start);
        // Walk to a multiple-choice question and a single-choice one.
        let mut seen = (false, false);
        while !(seen.0 && seen.1) {
            let multi = s.attempt.question(&bank, s.attempt.current()).unwrap().multi_select();
            s.apply(&bank, Action::Toggle(0));
            s.apply(&bank, Action::Toggle(1));
            if multi {
                assert_eq!(s.selected.len(), 2);
                s.apply(&bank, Action::Toggle(0));
                assert_eq!(s.selected.len(), 1, "a second press unselects");
                seen.0 = true;
            } else {
                assert_eq!(s.selected.len(), 1);
                seen.1 = true;
            }
            s.apply(&bank, Action::Check);
            if s.apply(&bank, Action::Next) == Outcome::Completed {
                break;
            }
        }
        assert!(seen.0 && seen.1);
    }

    #[test]
    fn retry_draws_again_and_resume_picks_up_where_the_reader_was() {
        let bank = built_in().unwrap();
        let mut s = Session::new(&bank, setup(5));
        s.apply(&bank, Action::Start);
        s.apply(&bank, Action::Toggle(0));
        s.apply(&bank, Action::Check);
        s.apply(&bank, Action::Next);
        assert!(s.in_progress());

        let resumed = Session::resume(setup(5), s.attempt.clone());
        assert_eq!((resumed.screen, resumed.attempt.current()), (Screen::Question, 1));

        let first: Vec<usize> = s.attempt.items().iter().map(|i| i.question()).collect();
        s.apply(&bank, Action::Retry);
        let second: Vec<usize> = s.attempt.items().iter().map(|i| i.question()).collect();
        assert_ne!(first, second, "a retry draws afresh");
        assert!(!s.in_progress());
        // The same seed gives the whole class the same draw.
        assert_eq!(Session::new(&bank, setup(5)).attempt, Session::new(&bank, setup(5)).attempt);
    }
}
