//! Answer checking and results: the score, its band, and per-topic results.

use crate::model::Question;

/// Whether `selected` (indices into `question.choices`, any order) is exactly the set of correct
/// choices. For multiple choice, partly right is wrong: the lesson is to spot every sign.
pub fn is_correct(question: &Question, selected: &[usize]) -> bool {
    core_sort::distinct(selected) == question.correct_indices()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub correct: usize,
    pub answered: usize,
    pub total: usize,
}

/// Score ranges for the end-of-quiz feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Below 50%.
    Low,
    /// 50% to 79%.
    Medium,
    /// 80% and above.
    High,
}

impl Score {
    /// Percentage of all questions answered correctly, rounded to the nearest whole number.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        let p = (self.correct.min(self.total) * 200 + self.total) / (self.total * 2);
        u32::try_from(p).unwrap_or(100)
    }

    pub fn band(&self) -> Band {
        match self.percent() {
            0..=49 => Band::Low,
            50..=79 => Band::Medium,
            _ => Band::High,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicResult {
    pub topic: String,
    pub correct: usize,
    pub total: usize,
}

impl TopicResult {
    /// A topic to review: some question on it was missed or left unanswered.
    pub fn needs_review(&self) -> bool {
        self.correct < self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(correct: usize, total: usize) -> Score {
        Score { correct, answered: total, total }
    }

    #[test]
    fn percent_rounds_and_bands() {
        assert_eq!(score(0, 0).percent(), 0);
        assert_eq!(score(2, 3).percent(), 67);
        assert_eq!(score(1, 3).percent(), 33);
        assert_eq!(score(1, 8).percent(), 13);
        assert_eq!(score(10, 10).percent(), 100);
        assert_eq!(score(4, 10).band(), Band::Low);
        assert_eq!(score(5, 10).band(), Band::Medium);
        assert_eq!(score(8, 10).band(), Band::High);
    }
}
