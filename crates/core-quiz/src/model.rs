//! The question-bank model. Values come only from `parse_bank`, which enforces the rules written
//! on each type; code that builds them by hand must keep those rules too.

use core_i18n::{Lang, Localized};

/// A validated question bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    /// Languages every text has (the bank's `languages`, default English and Vietnamese).
    pub languages: Vec<Lang>,
    /// The standard topics (renamed where the bank says so), then the bank's own, in that order.
    pub topics: Vec<Topic>,
    /// At least one; ids are unique and every topic is in `topics`.
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Topic {
    pub id: String,
    pub name: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Exactly one correct choice.
    Single,
    /// At least two correct choices and one incorrect; right only when the whole set is chosen.
    Multiple,
    /// Two choices, one correct.
    TrueFalse,
    /// A message mock-up to judge; one correct choice (radio) or several (checkboxes).
    SpotTheScam,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Single, Kind::Multiple, Kind::TrueFalse, Kind::SpotTheScam];

    /// The name used in bank files.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multiple => "multiple",
            Kind::TrueFalse => "true-false",
            Kind::SpotTheScam => "spot-the-scam",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Stable kebab-case id, unique in the bank; resume state and events refer to it.
    pub id: String,
    pub topic: String,
    pub kind: Kind,
    pub prompt: Localized,
    /// Present exactly when `kind` is `SpotTheScam`.
    pub message: Option<Message>,
    /// 2 to 8 choices with unique ids; the correct-count rules of `kind` hold.
    pub choices: Vec<Choice>,
    /// Whether an attempt shuffles the choices (default: more than two choices, so that
    /// "True / False" and "Scam / Legitimate" keep their natural order).
    pub shuffle: bool,
    /// The warning signs: why.
    pub explanation: Localized,
    pub source: Source,
}

impl Question {
    /// Checkboxes rather than radio buttons.
    pub fn multi_select(&self) -> bool {
        match self.kind {
            Kind::Multiple => true,
            Kind::Single | Kind::TrueFalse => false,
            Kind::SpotTheScam => self.choices.iter().filter(|c| c.correct).count() > 1,
        }
    }

    /// Indices of the correct choices, in bank order.
    pub fn correct_indices(&self) -> Vec<usize> {
        self.choices.iter().enumerate().filter(|(_, c)| c.correct).map(|(i, _)| i).collect()
    }

    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|c| c.id == id)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: Localized,
    pub correct: bool,
    /// Why this choice is right or wrong.
    pub feedback: Localized,
}

/// A mock-up of a message or call, for spot-the-scam questions. Rendered as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub channel: Channel,
    /// Sender as shown on the screen: a brand name, a number, a chat name.
    pub from: Localized,
    pub subject: Option<Localized>,
    /// At least one.
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Chat,
    Call,
    Email,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Sms, Channel::Chat, Channel::Call, Channel::Email];

    pub fn code(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Chat => "chat",
            Channel::Call => "call",
            Channel::Email => "email",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub from: Speaker,
    pub text: Localized,
}

/// Who says a line: the other party, or the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speaker {
    Them,
    Me,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: Localized,
    /// Starts with `http://` or `https://`.
    pub url: String,
}

impl Bank {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// Topics that have at least one question, in `topics` order: what a topic picker offers.
    pub fn topics_in_use(&self) -> Vec<&Topic> {
        self.topics.iter().filter(|t| self.questions.iter().any(|q| q.topic == t.id)).collect()
    }

    /// A stable fingerprint of what a saved attempt depends on: each question's id, topic,
    /// kind, prompt, and its choices (id, text, which are right). Storage keys include it, so two
    /// banks that reuse ids but differ in a question or an answer never share saved progress,
    /// and an attempt is offered back only to the bank it was made with.
    pub fn fingerprint(&self) -> u64 {
        fn texts(out: &mut String, text: &Localized) {
            for (lang, value) in text.entries() {
                out.push_str(lang.code());
                out.push('\u{1f}');
                out.push_str(value);
                out.push('\u{1f}');
            }
        }
        let mut all = String::new();
        for q in &self.questions {
            all.push_str(&q.id);
            all.push('\u{1e}');
            all.push_str(&q.topic);
            all.push(match q.kind {
                Kind::Single => 's',
                Kind::Multiple => 'm',
                Kind::TrueFalse => 't',
                Kind::SpotTheScam => 'x',
            });
            texts(&mut all, &q.prompt);
            for c in &q.choices {
                all.push('\u{1e}');
                all.push_str(&c.id);
                all.push(if c.correct { '+' } else { '-' });
                texts(&mut all, &c.text);
            }
            all.push('\u{1d}');
        }
        crate::seed_from_text(&all)
    }
}
