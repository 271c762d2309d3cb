//! The attempt as a host keeps it (`scam-quiz:progress`, the `resume` attribute): what an LMS
//! stores as SCORM suspend data, whose limit is 4,096 characters in SCORM 1.2.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_attrs::Problem;
use core_quiz::config::{self, QuizConfig, MAX_QUESTIONS};
use core_quiz::{built_in, Action, Bank, Plan, Screen, Session};

fn parse(pairs: &[(&str, &str)]) -> (QuizConfig, Vec<Problem>) {
    let owned: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let get = |name: &str| core_attrs::attribute(&owned, name);
    let mut problems = Vec::new();
    (config::parse(&get, &mut problems), problems)
}

/// Answers every question (the first shown choice) until the attempt is complete.
fn answer(bank: &Bank, session: &mut Session, how_many: usize) {
    for _ in 0..how_many {
        session.apply(bank, Action::Toggle(0));
        session.apply(bank, Action::Check);
        session.apply(bank, Action::Next);
    }
}

#[test]
fn pass_and_resume_are_read_with_their_defaults() {
    let (c, problems) = parse(&[]);
    assert_eq!((c.pass, c.resume, problems.len()), (50, None, 0));
    let (c, problems) = parse(&[("pass", " 80 "), ("resume", "{\"v\":1}")]);
    assert_eq!((c.pass, c.resume.as_deref(), problems.len()), (80, Some("{\"v\":1}"), 0));
    for bad in ["101", "-1", "fifty", "50%", "5.5"] {
        let (c, problems) = parse(&[("pass", bad)]);
        assert_eq!(c.pass, 50, "{bad}: the default");
        assert_eq!(problems.len(), 1, "{bad}: reported");
        assert_eq!(problems[0].attribute, "pass");
    }
    assert_eq!(parse(&[("pass", "0")]).0.pass, 0);
    assert_eq!(parse(&[("pass", "100")]).0.pass, 100);
}

#[test]
fn the_progress_state_resumes_at_the_next_question_and_is_gone_when_complete() {
    let bank = built_in().unwrap();
    let (c, _) = parse(&[("questions", "5"), ("seed", "lop-9a"), ("persist", "off")]);
    let plan = Plan::new(&bank, &c, 1);
    let (mut session, _) = plan.session(&bank, None);
    assert_eq!(plan.progress_state(&bank, &session), None, "nothing answered yet");
    session.apply(&bank, Action::Start);
    answer(&bank, &mut session, 2);
    let state = plan.progress_state(&bank, &session).expect("kept even with persist off");
    assert_eq!(plan.saved_state(&bank, &session), None, "persist off: nothing for localStorage");

    let (c, _) = parse(&[("questions", "5"), ("seed", "lop-9a"), ("persist", "off"), ("resume", &state)]);
    let resumed_plan = Plan::new(&bank, &c, 2);
    assert_eq!(resumed_plan.settings, plan.settings, "resume is not a setting");
    let (mut resumed, refused) = resumed_plan.session(&bank, resumed_plan.resume.as_deref());
    assert_eq!(refused, None);
    assert_eq!(resumed.screen, Screen::Intro);
    resumed.apply(&bank, Action::Start);
    assert_eq!((resumed.screen, resumed.attempt.current()), (Screen::Question, 2), "at the third question");
    assert_eq!(resumed.attempt, session.attempt);

    answer(&bank, &mut resumed, 3);
    assert_eq!(resumed.screen, Screen::Results);
    assert_eq!(plan.progress_state(&bank, &resumed), None, "a complete attempt has nothing to resume");
}

#[test]
fn the_largest_attempt_fits_scorm_suspend_data() {
    let bank = built_in().unwrap();
    let max = MAX_QUESTIONS.to_string();
    // The longest settings text a page can give, and every question of the bank.
    let topics = bank.topics_in_use().iter().map(|t| t.id.clone()).collect::<Vec<_>>().join(",");
    let (c, problems) =
        parse(&[("questions", &max), ("topics", &topics), ("seed", "a-class-seed-of-forty-characters-long-x")]);
    assert!(problems.is_empty());
    let plan = Plan::new(&bank, &c, 1);
    let (mut session, _) = plan.session(&bank, None);
    session.apply(&bank, Action::Start);
    let mut largest = 0;
    for _ in 0..bank.questions.len() - 1 {
        // Multiple-choice questions answered with every choice: the longest answer.
        let current = session.attempt.current();
        let choices = session.attempt.question(&bank, current).unwrap().choices.len();
        let multi = session.attempt.question(&bank, current).unwrap().multi_select();
        for position in 0..if multi { choices } else { 1 } {
            session.apply(&bank, Action::Toggle(position));
        }
        session.apply(&bank, Action::Check);
        session.apply(&bank, Action::Next);
        largest = largest.max(plan.progress_state(&bank, &session).unwrap().len());
    }
    let bound = plan.largest_progress_state(&bank);
    println!("largest progress state: {largest} characters (bound {bound}) for {} questions", bank.questions.len());
    assert!(largest <= bound, "the bound ({bound}) holds ({largest})");
    assert!(bound < 4096, "SCORM 1.2 keeps 4,096 characters of suspend data; the bound is {bound}");
    assert!(bound < largest + 200, "the bound is close, not wild: {bound} for {largest}");
}
