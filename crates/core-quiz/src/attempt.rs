//! One attempt at the quiz: the drawn questions, the reader's answers, and the results.

use crate::draw::{draw, TopicFilter};
use crate::model::{Bank, Question};
use crate::rng::Rng;
use crate::score::{is_correct, Score, TopicResult};

/// A drawn question and the reader's answer to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub(crate) question: usize,
    pub(crate) order: Vec<usize>,
    pub(crate) answer: Option<Vec<usize>>,
}

impl Item {
    /// Index into `bank.questions`.
    pub fn question(&self) -> usize {
        self.question
    }

    /// Display order: `order()[position]` is the index into `question.choices` shown at `position`.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// The checked answer (indices into `question.choices`, sorted), once the reader pressed Check.
    pub fn answer(&self) -> Option<&[usize]> {
        self.answer.as_deref()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    /// No item at that position (or the bank does not match the attempt).
    NoSuchItem,
    /// Answers are final once checked; feedback has been shown.
    AlreadyAnswered,
    NothingSelected,
    /// A choice index outside the question.
    UnknownChoice,
    /// Several choices for a radio-button question.
    OneChoiceOnly,
}

/// An attempt. Indices refer to the bank it was started with (or restored against).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub(crate) seed: u64,
    pub(crate) number: u32,
    pub(crate) items: Vec<Item>,
    pub(crate) current: usize,
}

impl Attempt {
    /// Draws a new attempt. `seed` is the hash of the page's `seed` attribute, or a random number
    /// from the caller; `number` counts retries from 0 so each retry draws afresh.
    pub fn start(bank: &Bank, count: usize, filter: &TopicFilter, seed: u64, number: u32) -> Attempt {
        let mut rng = Rng::for_attempt(seed, number);
        let items = draw(bank, count, filter, &mut rng)
            .into_iter()
            .map(|d| Item { question: d.question, order: d.order, answer: None })
            .collect();
        Attempt { seed, number, items, current: 0 }
    }

    /// The next attempt with the same seed: a new draw, the same one for everyone sharing the seed.
    pub fn retry(&self, bank: &Bank, count: usize, filter: &TopicFilter) -> Attempt {
        Attempt::start(bank, count, filter, self.seed, self.number.wrapping_add(1))
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The position the reader is at (saved with the state, so a reload returns there).
    pub fn current(&self) -> usize {
        self.current
    }

    /// Moves to `position`; false (and no move) if there is no such item.
    pub fn go_to(&mut self, position: usize) -> bool {
        let ok = position < self.items.len();
        if ok {
            self.current = position;
        }
        ok
    }

    /// The question at `position`.
    pub fn question<'b>(&self, bank: &'b Bank, position: usize) -> Option<&'b Question> {
        self.items.get(position).and_then(|item| bank.questions.get(item.question))
    }

    /// Checks and records an answer; returns whether it is correct. `selected` holds indices into
    /// `question.choices` (map display positions through `Item::order`).
    pub fn answer(&mut self, bank: &Bank, position: usize, selected: &[usize]) -> Result<bool, AnswerError> {
        let item = self.items.get_mut(position).ok_or(AnswerError::NoSuchItem)?;
        let question = bank.questions.get(item.question).ok_or(AnswerError::NoSuchItem)?;
        if item.answer.is_some() {
            return Err(AnswerError::AlreadyAnswered);
        }
        let chosen = core_sort::distinct(selected);
        if chosen.is_empty() {
            return Err(AnswerError::NothingSelected);
        }
        if chosen.iter().any(|&i| i >= question.choices.len()) {
            return Err(AnswerError::UnknownChoice);
        }
        if chosen.len() > 1 && !question.multi_select() {
            return Err(AnswerError::OneChoiceOnly);
        }
        let correct = is_correct(question, &chosen);
        item.answer = Some(chosen);
        Ok(correct)
    }

    /// Whether the answer at `position` is correct (`None` while unanswered).
    pub fn was_correct(&self, bank: &Bank, position: usize) -> Option<bool> {
        let item = self.items.get(position)?;
        let answer = item.answer.as_deref()?;
        Some(is_correct(bank.questions.get(item.question)?, answer))
    }

    /// The first unanswered position, for "next" and for resuming.
    pub fn next_unanswered(&self) -> Option<usize> {
        self.items.iter().position(|i| i.answer.is_none())
    }

    pub fn is_complete(&self) -> bool {
        !self.items.is_empty() && self.items.iter().all(|i| i.answer.is_some())
    }

    pub fn score(&self, bank: &Bank) -> Score {
        let answered = self.items.iter().filter(|i| i.answer.is_some()).count();
        let correct = (0..self.items.len()).filter(|&p| self.was_correct(bank, p) == Some(true)).count();
        Score { correct, answered, total: self.items.len() }
    }

    /// Results per topic, in the bank's topic order; only topics that were drawn.
    pub fn topic_results(&self, bank: &Bank) -> Vec<TopicResult> {
        let mut results: Vec<TopicResult> = Vec::new();
        for topic in &bank.topics {
            let mut result = TopicResult { topic: topic.id.clone(), correct: 0, total: 0 };
            for (position, item) in self.items.iter().enumerate() {
                if bank.questions.get(item.question).is_some_and(|q| q.topic == topic.id) {
                    result.total += 1;
                    if self.was_correct(bank, position) == Some(true) {
                        result.correct += 1;
                    }
                }
            }
            if result.total > 0 {
                results.push(result);
            }
        }
        results
    }

    /// Topics with a missed or unanswered question, weakest first (ties keep the bank's order).
    pub fn topics_to_review(&self, bank: &Bank) -> Vec<TopicResult> {
        let mut review: Vec<TopicResult> =
            self.topic_results(bank).into_iter().filter(TopicResult::needs_review).collect();
        // Compare correct/total as cross products to stay in integers.
        core_sort::sort_by(&mut review, |a, b| (a.correct * b.total).cmp(&(b.correct * a.total)));
        review
    }
}
