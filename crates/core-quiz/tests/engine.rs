//! The engine: seeded draws balanced across topics, choice shuffles, answer checking, scoring
//! (multiple choice is right only when the chosen set equals the correct set), topics to review.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_quiz::{built_in, is_correct, seed_from_text, AnswerError, Attempt, Band, Bank, Kind, TopicFilter};
use std::collections::{HashMap, HashSet};

fn bank() -> Bank {
    built_in().unwrap()
}

fn ids(bank: &Bank, attempt: &Attempt) -> Vec<String> {
    attempt.items().iter().map(|i| bank.questions[i.question()].id.clone()).collect()
}

/// The correct answer for the item at `position`, as indices into the question's choices.
fn right_answer(bank: &Bank, attempt: &Attempt, position: usize) -> Vec<usize> {
    attempt.question(bank, position).unwrap().correct_indices()
}

/// A wrong but well-formed answer.
fn wrong_answer(bank: &Bank, attempt: &Attempt, position: usize) -> Vec<usize> {
    let q = attempt.question(bank, position).unwrap();
    vec![q.choices.iter().position(|c| !c.correct).unwrap()]
}

#[test]
fn same_seed_same_draw_for_the_whole_class() {
    let bank = bank();
    let seed = seed_from_text("lop-9a");
    let a = Attempt::start(&bank, 10, &TopicFilter::all(), seed, 0);
    let b = Attempt::start(&bank, 10, &TopicFilter::all(), seed, 0);
    assert_eq!(a, b);
    assert_eq!(a.len(), 10);
    let other = Attempt::start(&bank, 10, &TopicFilter::all(), seed_from_text("lop-9b"), 0);
    assert_ne!(ids(&bank, &a), ids(&bank, &other));
}

#[test]
fn retry_draws_again_and_repeats_for_the_same_seed() {
    let bank = bank();
    let first = Attempt::start(&bank, 10, &TopicFilter::all(), 77, 0);
    let second = first.retry(&bank, 10, &TopicFilter::all());
    assert_eq!(second.number(), 1);
    assert_ne!(ids(&bank, &first), ids(&bank, &second));
    assert_eq!(second, first.retry(&bank, 10, &TopicFilter::all()));
}

#[test]
fn draws_are_balanced_across_topics() {
    let bank = bank();
    for seed in 0..50u64 {
        let attempt = Attempt::start(&bank, 10, &TopicFilter::all(), seed, 0);
        let topics: HashSet<&str> =
            attempt.items().iter().map(|i| bank.questions[i.question()].topic.as_str()).collect();
        assert_eq!(topics.len(), 10, "seed {seed}: 10 questions should come from 10 different topics");
        let unique: HashSet<usize> = attempt.items().iter().map(|i| i.question()).collect();
        assert_eq!(unique.len(), 10, "no question twice");

        let big = Attempt::start(&bank, 30, &TopicFilter::all(), seed, 0);
        let mut per_topic: HashMap<&str, usize> = HashMap::new();
        for item in big.items() {
            *per_topic.entry(bank.questions[item.question()].topic.as_str()).or_default() += 1;
        }
        let (min, max) = (per_topic.values().min().unwrap(), per_topic.values().max().unwrap());
        assert!(max - min <= 1, "seed {seed}: uneven {per_topic:?}");
    }
}

#[test]
fn every_question_gets_drawn_eventually() {
    let bank = bank();
    let mut seen = HashSet::new();
    for seed in 0..200u64 {
        for item in Attempt::start(&bank, 10, &TopicFilter::all(), seed, 0).items() {
            seen.insert(item.question());
        }
    }
    assert_eq!(seen.len(), bank.questions.len());
}

#[test]
fn topic_filter_and_count_limits() {
    let bank = bank();
    let filter = TopicFilter::parse("Romance, deepfake ,lottery", &bank);
    assert_eq!(filter.topics, vec!["romance", "deepfake"]);
    assert_eq!(filter.ignored, vec!["lottery"]);
    let available = bank.questions.iter().filter(|q| q.topic == "romance" || q.topic == "deepfake").count();
    let attempt = Attempt::start(&bank, 100, &filter, 5, 0);
    assert_eq!(attempt.len(), available, "count is capped by the pool");
    assert!(attempt.items().iter().all(|i| filter.matches(&bank.questions[i.question()].topic)));

    // Only unknown topics: fall back to every topic rather than an empty quiz.
    let none = TopicFilter::parse("lottery", &bank);
    assert!(none.topics.is_empty());
    assert_eq!(Attempt::start(&bank, 10, &none, 5, 0).len(), 10);
    assert!(Attempt::start(&bank, 0, &TopicFilter::all(), 5, 0).is_empty());
}

#[test]
fn choices_are_shuffled_except_two_choice_questions() {
    let bank = bank();
    let mut moved = 0;
    for seed in 0..20u64 {
        let attempt = Attempt::start(&bank, 40, &TopicFilter::all(), seed, 0);
        for item in attempt.items() {
            let q = &bank.questions[item.question()];
            let mut sorted = item.order().to_vec();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..q.choices.len()).collect::<Vec<_>>(), "order is a permutation");
            if q.choices.len() == 2 {
                assert_eq!(item.order(), &[0, 1], "{}: True/False and Scam/Legitimate keep their order", q.id);
            } else if item.order().windows(2).any(|w| w[0] > w[1]) {
                moved += 1;
            }
        }
    }
    assert!(moved > 100, "choices of longer questions should usually be shuffled ({moved})");
}

#[test]
fn multiple_choice_is_right_only_for_the_exact_set() {
    let bank = bank();
    let q = bank.questions.iter().find(|q| q.kind == Kind::Multiple).unwrap();
    let right = q.correct_indices();
    let wrong = q.choices.iter().position(|c| !c.correct).unwrap();
    assert!(is_correct(q, &right));
    let mut reversed = right.clone();
    reversed.reverse();
    assert!(is_correct(q, &reversed), "order does not matter");
    assert!(!is_correct(q, &right[..1]), "a subset is wrong");
    let mut superset = right.clone();
    superset.push(wrong);
    assert!(!is_correct(q, &superset), "a superset is wrong");
    assert!(!is_correct(q, &[]));
}

#[test]
fn answering_scoring_and_topics_to_review() {
    let bank = bank();
    let mut attempt = Attempt::start(&bank, 10, &TopicFilter::all(), 11, 0);
    assert_eq!(attempt.next_unanswered(), Some(0));
    for position in 0..attempt.len() {
        let answer = if position < 7 {
            right_answer(&bank, &attempt, position)
        } else {
            wrong_answer(&bank, &attempt, position)
        };
        let expected = position < 7;
        assert_eq!(attempt.answer(&bank, position, &answer), Ok(expected));
        assert_eq!(attempt.was_correct(&bank, position), Some(expected));
    }
    assert!(attempt.is_complete());
    assert_eq!(attempt.next_unanswered(), None);
    let score = attempt.score(&bank);
    assert_eq!((score.correct, score.answered, score.total, score.percent()), (7, 10, 10, 70));
    assert_eq!(score.band(), Band::Medium);

    let results = attempt.topic_results(&bank);
    assert_eq!(results.iter().map(|r| r.total).sum::<usize>(), 10);
    let review = attempt.topics_to_review(&bank);
    assert_eq!(review.len(), 3);
    let missed: HashSet<&str> = (7..10).map(|p| attempt.question(&bank, p).unwrap().topic.as_str()).collect();
    assert_eq!(review.iter().map(|r| r.topic.as_str()).collect::<HashSet<_>>(), missed);
}

#[test]
fn answer_errors() {
    let bank = bank();
    let mut attempt = Attempt::start(&bank, 44, &TopicFilter::all(), 3, 0);
    let single = (0..attempt.len()).find(|&p| !attempt.question(&bank, p).unwrap().multi_select()).unwrap();
    let n = attempt.question(&bank, single).unwrap().choices.len();
    assert_eq!(attempt.answer(&bank, single, &[]), Err(AnswerError::NothingSelected));
    assert_eq!(attempt.answer(&bank, single, &[n]), Err(AnswerError::UnknownChoice));
    assert_eq!(attempt.answer(&bank, single, &[0, 1]), Err(AnswerError::OneChoiceOnly));
    assert_eq!(attempt.answer(&bank, 999, &[0]), Err(AnswerError::NoSuchItem));
    assert!(attempt.answer(&bank, single, &[0]).is_ok());
    assert_eq!(attempt.answer(&bank, single, &[1]), Err(AnswerError::AlreadyAnswered));
    // Duplicates in the selection are harmless.
    let multi = (0..attempt.len()).find(|&p| attempt.question(&bank, p).unwrap().kind == Kind::Multiple).unwrap();
    let mut doubled = right_answer(&bank, &attempt, multi);
    doubled.extend(doubled.clone());
    assert_eq!(attempt.answer(&bank, multi, &doubled), Ok(true));
    assert!(attempt.go_to(3));
    assert!(!attempt.go_to(attempt.len()));
    assert_eq!(attempt.current(), 3);
}

#[test]
fn unanswered_questions_count_as_missed() {
    let bank = bank();
    let mut attempt = Attempt::start(&bank, 4, &TopicFilter::all(), 8, 0);
    let right = right_answer(&bank, &attempt, 0);
    attempt.answer(&bank, 0, &right).unwrap();
    let score = attempt.score(&bank);
    assert_eq!((score.correct, score.answered, score.total, score.percent()), (1, 1, 4, 25));
    assert_eq!(score.band(), Band::Low);
    assert_eq!(attempt.topics_to_review(&bank).len(), 3);
    assert!(!attempt.is_complete());
}
