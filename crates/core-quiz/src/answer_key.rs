//! A bank's answer key, for teachers to print: every question grouped by topic (one printed page
//! per topic), numbered straight through, with which choices are right and the bank's sources.
//! The quiz shuffles choices, so the key names answers by their text, in bank order.

use crate::model::{Bank, Question, Source};
use core_i18n::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct AnswerKey {
    /// Topics that have questions, in the bank's topic order (the order results list them).
    pub topics: Vec<KeyTopic>,
    /// Every distinct source (by URL), in the order the key first cites it.
    pub sources: Vec<KeySource>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyTopic {
    /// Index into `bank.topics`.
    pub topic: usize,
    /// The topic's questions in bank order.
    pub items: Vec<KeyItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyItem {
    /// 1-based, continuous across topics: "question 12" means the same on every page.
    pub number: usize,
    /// Index into `bank.questions`.
    pub question: usize,
    pub answer: Answer,
}

/// What counts as the right answer, which depends on how the question is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Radio buttons (single, true-false, a spot-the-scam verdict): this one choice.
    One(usize),
    /// Checkboxes (multiple, a spot-the-scam "tick every warning sign"): all of these and
    /// nothing else; partly right is wrong in the quiz.
    All(Vec<usize>),
}

impl Answer {
    pub fn for_question(question: &Question) -> Answer {
        let correct = question.correct_indices();
        match (question.multi_select(), correct.as_slice()) {
            (false, [one]) => Answer::One(*one),
            _ => Answer::All(correct),
        }
    }

    pub fn includes(&self, choice: usize) -> bool {
        match self {
            Answer::One(one) => *one == choice,
            Answer::All(all) => all.contains(&choice),
        }
    }

    /// How many choices make the answer.
    pub fn len(&self) -> usize {
        match self {
            Answer::One(_) => 1,
            Answer::All(all) => all.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeySource {
    pub source: Source,
    /// Numbers (`KeyItem::number`) of the questions that cite it, ascending.
    pub questions: Vec<usize>,
}

impl AnswerKey {
    pub fn new(bank: &Bank) -> AnswerKey {
        let mut topics = Vec::new();
        let mut number = 0;
        for (t, topic) in bank.topics.iter().enumerate() {
            let items: Vec<KeyItem> = bank
                .questions
                .iter()
                .enumerate()
                .filter(|(_, q)| q.topic == topic.id)
                .map(|(i, q)| {
                    number += 1;
                    KeyItem { number, question: i, answer: Answer::for_question(q) }
                })
                .collect();
            if !items.is_empty() {
                topics.push(KeyTopic { topic: t, items });
            }
        }
        let mut sources: Vec<KeySource> = Vec::new();
        for item in topics.iter().flat_map(|t| &t.items) {
            let Some(q) = bank.questions.get(item.question) else { continue };
            match sources.iter_mut().find(|s| s.source.url == q.source.url) {
                Some(known) => known.questions.push(item.number),
                None => sources.push(KeySource { source: q.source.clone(), questions: vec![item.number] }),
            }
        }
        AnswerKey { topics, sources }
    }

    pub fn question_count(&self) -> usize {
        self.topics.iter().map(|t| t.items.len()).sum()
    }
}

/// The language to print a bank's key in: the reader's when the bank has it, else the bank's
/// first language. Bank texts are only guaranteed in the bank's own languages.
pub fn key_language(bank: &Bank, wanted: Lang) -> Lang {
    if bank.languages.contains(&wanted) {
        wanted
    } else {
        bank.languages.first().copied().unwrap_or(Lang::En)
    }
}
