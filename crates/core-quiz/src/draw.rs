//! Drawing an attempt's questions: filtered by topic, balanced across topics, in a seeded order,
//! with each question's choices shuffled.

use crate::model::Bank;
use crate::rng::Rng;

/// The page's `topics` attribute, resolved against a bank.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TopicFilter {
    /// Topic ids to draw from; empty means every topic.
    pub topics: Vec<String>,
    /// Requested ids that the bank has no questions for, so the page can warn about a typo.
    pub ignored: Vec<String>,
}

impl TopicFilter {
    /// Every topic.
    pub fn all() -> Self {
        TopicFilter::default()
    }

    /// Parses a comma- or space-separated list ("romance, deepfake"). Ids are matched
    /// case-insensitively. If none of them has questions, the filter falls back to every topic
    /// rather than leave the reader with an empty quiz.
    pub fn parse(list: &str, bank: &Bank) -> Self {
        let mut filter = TopicFilter::default();
        for raw in list.split([',', ' ', ';']).map(str::trim).filter(|s| !s.is_empty()) {
            let id = raw.to_ascii_lowercase();
            let has_questions = bank.questions.iter().any(|q| q.topic == id);
            let target = if has_questions { &mut filter.topics } else { &mut filter.ignored };
            if !target.contains(&id) {
                target.push(id);
            }
        }
        filter
    }

    pub fn matches(&self, topic: &str) -> bool {
        self.topics.is_empty() || self.topics.iter().any(|t| t == topic)
    }
}

/// One drawn question: its index in `bank.questions`, and the order to show its choices in
/// (indices into `question.choices`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub question: usize,
    pub order: Vec<usize>,
}

/// Draws up to `count` questions. Topics take turns (in a shuffled order) so that ten questions
/// from eleven topics cover ten topics, not five questions on phishing; the result is then
/// shuffled so the turns do not show.
pub fn draw(bank: &Bank, count: usize, filter: &TopicFilter, rng: &mut Rng) -> Vec<Drawn> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for topic in &bank.topics {
        if !filter.matches(&topic.id) {
            continue;
        }
        let mut group: Vec<usize> =
            bank.questions.iter().enumerate().filter(|(_, q)| q.topic == topic.id).map(|(i, _)| i).collect();
        if !group.is_empty() {
            rng.shuffle(&mut group);
            groups.push(group);
        }
    }
    rng.shuffle(&mut groups);

    let mut picked = Vec::new();
    let mut round = 0;
    while picked.len() < count {
        let before = picked.len();
        for group in &groups {
            if picked.len() == count {
                break;
            }
            if let Some(&q) = group.get(round) {
                picked.push(q);
            }
        }
        if picked.len() == before {
            break; // every group is used up
        }
        round += 1;
    }
    rng.shuffle(&mut picked);

    picked
        .into_iter()
        .map(|question| {
            let (len, shuffle) = bank.questions.get(question).map_or((0, false), |q| (q.choices.len(), q.shuffle));
            let mut order: Vec<usize> = (0..len).collect();
            if shuffle {
                rng.shuffle(&mut order);
            }
            Drawn { question, order }
        })
        .collect()
}
