//! The page's quiz attributes resolved against a bank: which questions an attempt draws, and
//! where the reader's progress is saved. The storage key is public by use: readers' saved
//! progress lives under it, so its format must not change.

use crate::config::QuizConfig;
use crate::draw::TopicFilter;
use crate::model::Bank;
use crate::rng::seed_from_text;
use crate::session::{Screen, Session, Setup};
use crate::state::StateError;
use crate::Attempt;

/// Everything that decides which questions an attempt draws, and where it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub setup: Setup,
    /// The settings a saved attempt must match to be resumed; given the bank, they also decide
    /// `setup`.
    pub settings: String,
    pub storage_key: String,
    pub persist: bool,
    /// The pass mark in percent.
    pub pass: u32,
    /// The host's saved state (`resume`), offered instead of localStorage's.
    pub resume: Option<String>,
}

impl Plan {
    /// `random_seed` is the reader's own draw, used when the page sets no `seed`.
    pub fn new(bank: &Bank, config: &QuizConfig, random_seed: u64) -> Plan {
        let filter = match &config.topics {
            Some(list) => TopicFilter::parse(list, bank),
            None => TopicFilter::all(),
        };
        let seed = config.seed.as_deref().map_or(random_seed, seed_from_text);
        let settings = format!(
            "{}|{}|{}",
            config.questions,
            config.topics.as_deref().unwrap_or(""),
            config.seed.as_deref().unwrap_or("")
        );
        let storage_key = storage_key(bank, &settings);
        Plan {
            setup: Setup { count: config.questions, filter, seed },
            settings,
            storage_key,
            persist: config.persist,
            pass: config.pass,
            resume: config.resume.clone(),
        }
    }

    /// Topics the page asked for that the bank has no questions for (a typo, most likely).
    pub fn ignored_topics(&self) -> &[String] {
        &self.setup.filter.ignored
    }

    /// A new session, or the reader's `saved` one, shown on the intro screen with "Continue".
    /// A saved state that does not fit this bank and these settings is refused, with the reason,
    /// so the caller can drop it.
    pub fn session(&self, bank: &Bank, saved: Option<&str>) -> (Session, Option<StateError>) {
        let refused = match saved.map(|state| Attempt::from_state(state, bank, &self.settings)) {
            Some(Ok(attempt)) => {
                let mut session = Session::resume(self.setup.clone(), attempt);
                session.screen = Screen::Intro;
                return (session, None);
            }
            Some(Err(e)) => Some(e),
            None => None,
        };
        (Session::new(bank, self.setup.clone()), refused)
    }

    /// What to save after an action: the attempt, once the reader has answered something, when
    /// the page lets the quiz persist.
    pub fn saved_state(&self, bank: &Bank, session: &Session) -> Option<String> {
        (self.persist && session.in_progress()).then(|| session.attempt.to_state(bank, &self.settings))
    }
}

impl Plan {
    /// What `scam-quiz:progress` hands the host to keep (an LMS's suspend data): the attempt,
    /// while it is under way (something answered, something left). `None` once it is complete or
    /// before the first answer: there is nothing to resume.
    pub fn progress_state(&self, bank: &Bank, session: &Session) -> Option<String> {
        (session.in_progress() && !session.attempt.is_complete())
            .then(|| session.attempt.to_state(bank, &self.settings))
    }

    /// The longest `progress_state` these settings can produce with this bank: every drawable
    /// question saved with its longest ids and an answer naming every choice. A host with a
    /// size limit (SCORM 1.2's 4,096 characters of suspend data) checks it before it relies on
    /// the state.
    pub fn largest_progress_state(&self, bank: &Bank) -> usize {
        let filter = &self.setup.filter;
        let mut items: Vec<usize> = bank
            .questions
            .iter()
            .filter(|q| filter.topics.is_empty() || filter.topics.contains(&q.topic))
            .map(|q| {
                let ids: usize = q.choices.iter().map(|c| json_len(&c.id) + 1).sum();
                let longest = q.choices.iter().map(|c| json_len(&c.id)).max().unwrap_or(0);
                let answer = if q.multi_select() { ids } else { longest };
                // {"q":ID,"o":[ids],"a":[ids]}, + a comma
                json_len(&q.id) + ids + answer + 21
            })
            .collect();
        core_sort::sort_by(&mut items, |a, b| b.cmp(a));
        let count = self.setup.count.min(items.len());
        let header = json_len(&self.settings) + 80 + digits(count);
        header + items.iter().take(count).sum::<usize>()
    }
}

fn json_len(text: &str) -> usize {
    let mut out = String::new();
    core_json::write_string(&mut out, text);
    out.len()
}

fn digits(n: usize) -> usize {
    n.to_string().len()
}

/// `awareness-widgets:scam-quiz:<bank fingerprint>:<settings hash>`, both as 16 hex digits:
/// different banks and settings never share saved progress.
pub fn storage_key(bank: &Bank, settings: &str) -> String {
    format!("awareness-widgets:scam-quiz:{:016x}:{:016x}", bank.fingerprint(), seed_from_text(settings))
}
