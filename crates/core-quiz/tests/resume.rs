//! Resume state: round trips, and anything corrupt, foreign or stale is refused, never trusted
//! and never a panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_quiz::{built_in, parse_bank, Attempt, Bank, TopicFilter};

const KEY: &str = "questions=10;topics=;seed=lop-9a";

fn bank() -> Bank {
    built_in().unwrap()
}

fn half_done(bank: &Bank) -> Attempt {
    let mut attempt = Attempt::start(bank, 10, &TopicFilter::all(), 0x0123_4567_89ab_cdef, 2);
    for position in 0..5 {
        let answer = attempt.question(bank, position).unwrap().correct_indices();
        attempt.answer(bank, position, &answer).unwrap();
    }
    attempt.go_to(5);
    attempt
}

#[test]
fn round_trip() {
    let bank = bank();
    let attempt = half_done(&bank);
    let state = attempt.to_state(&bank, KEY);
    assert!(state.len() < 1500, "state should stay compact ({} bytes)", state.len());
    assert!(
        state.starts_with(
            "{\"v\":1,\"k\":\"questions=10;topics=;seed=lop-9a\",\"seed\":\"0123456789abcdef\",\"n\":2,\"at\":5,"
        ),
        "{state}"
    );
    let restored = Attempt::from_state(&state, &bank, KEY).unwrap();
    assert_eq!(restored, attempt);
    assert_eq!(restored.score(&bank), attempt.score(&bank));
    assert_eq!(restored.next_unanswered(), Some(5));
    // Retrying from a restored attempt continues the same sequence of draws.
    assert_eq!(restored.retry(&bank, 10, &TopicFilter::all()), attempt.retry(&bank, 10, &TopicFilter::all()));
}

#[test]
fn refuses_other_settings_versions_and_junk() {
    let bank = bank();
    let state = half_done(&bank).to_state(&bank, KEY);
    let refuse = |text: &str, why: &str| {
        let e = Attempt::from_state(text, &bank, KEY).expect_err(text);
        assert!(e.0.contains(why), "{text}: {e}");
    };
    assert!(Attempt::from_state(&state, &bank, "questions=5").is_err());
    refuse(&state.replace("\"v\":1", "\"v\":2"), "another version");
    refuse("", "not valid JSON");
    refuse("null", "expected an object");
    refuse("{\"v\":1}", "is missing");
    refuse(&state.replace("\"at\":5", "\"at\":10"), "past the last");
    refuse(&state.replace("\"at\":5", "\"at\":-1"), "past the last");
    refuse(&state.replace("\"n\":2", "\"n\":4294967296"), "out of range");
    refuse(&state.replace("0123456789abcdef", "xyz"), "16 hexadecimal");
    refuse(&state.replace("\"items\":[", "\"items\":[],\"x\":["), "unknown field");
    refuse(&format!("{}{}", &state[..state.len() - 2], ",{\"q\":\"x\",\"o\":[]}]}"), "no longer in the bank");
    let huge = format!("[{}]", "0,".repeat(40_000));
    refuse(&huge, "too large");
}

#[test]
fn refuses_state_from_an_older_bank() {
    let bank = bank();
    let attempt = half_done(&bank);
    let state = attempt.to_state(&bank, KEY);
    let first = &bank.questions[attempt.items()[0].question()];

    // The question was removed from the bank.
    let mut smaller = bank.clone();
    smaller.questions.retain(|q| q.id != first.id);
    assert!(Attempt::from_state(&state, &smaller, KEY).unwrap_err().0.contains("no longer in the bank"));

    // A choice was added, or renamed.
    let mut changed = bank.clone();
    let q = changed.questions.iter_mut().find(|q| q.id == first.id).unwrap();
    let mut extra = q.choices[0].clone();
    extra.id = "new-choice".into();
    q.choices.push(extra);
    assert!(Attempt::from_state(&state, &changed, KEY).unwrap_err().0.contains("choices have changed"));
    let mut renamed = bank.clone();
    let q = renamed.questions.iter_mut().find(|q| q.id == first.id).unwrap();
    q.choices[0].id = "renamed".into();
    assert!(Attempt::from_state(&state, &renamed, KEY).is_err());
}

#[test]
fn refuses_impossible_answers() {
    let bank = bank();
    let attempt = half_done(&bank);
    let position = (0..5).find(|&p| !attempt.question(&bank, p).unwrap().multi_select()).unwrap();
    let q = attempt.question(&bank, position).unwrap();
    let state = attempt.to_state(&bank, KEY);
    let needle = format!("{{\"q\":\"{}\",", q.id);
    let start = state.find(&needle).unwrap();
    let end = start + state[start..].find('}').unwrap() + 1;
    let all: Vec<String> = q.choices.iter().map(|c| format!("\"{}\"", c.id)).collect();
    let order = format!("[{}]", all.join(","));
    for bad_answer in [format!("[{},{}]", all[0], all[1]), "[]".to_string(), format!("[{},{}]", all[0], all[0])] {
        let item = format!("{{\"q\":\"{}\",\"o\":{order},\"a\":{bad_answer}}}", q.id);
        let forged = format!("{}{}{}", &state[..start], item, &state[end..]);
        assert!(Attempt::from_state(&forged, &bank, KEY).is_err(), "{bad_answer}");
    }
    let dup_order = format!("{{\"q\":\"{}\",\"o\":[{},{}]}}", q.id, all[0], all[0]);
    assert!(Attempt::from_state(&format!("{}{}{}", &state[..start], dup_order, &state[end..]), &bank, KEY).is_err());
}

#[test]
fn corrupted_states_never_panic() {
    let bank = bank();
    let state = half_done(&bank).to_state(&bank, KEY);
    for cut in 0..state.len() {
        if state.is_char_boundary(cut) {
            assert!(Attempt::from_state(&state[..cut], &bank, KEY).is_err());
        }
    }
    // Flip every byte to a few other ASCII characters.
    let bytes = state.as_bytes();
    for i in 0..bytes.len() {
        for replacement in [b'"', b'0', b'}', b'x', b','] {
            let mut mutated = bytes.to_vec();
            mutated[i] = replacement;
            if let Ok(text) = std::str::from_utf8(&mutated) {
                let _ = Attempt::from_state(text, &bank, KEY);
            }
        }
    }
}

#[test]
fn works_with_a_custom_bank() {
    let text = r#"{"questions": [
      {"id": "a", "topic": "romance", "kind": "true-false", "prompt": {"en": "P", "vi": "C"},
       "choices": [{"id": "true", "text": {"en": "True", "vi": "Đúng"}, "correct": true, "feedback": {"en": "f", "vi": "p"}},
                   {"id": "false", "text": {"en": "False", "vi": "Sai"}, "correct": false, "feedback": {"en": "f", "vi": "p"}}],
       "explanation": {"en": "e", "vi": "g"}, "source": {"title": {"en": "t", "vi": "t"}, "url": "https://example.org/"}}]}"#;
    let bank = parse_bank(text).unwrap();
    let mut attempt = Attempt::start(&bank, 10, &TopicFilter::all(), 1, 0);
    assert_eq!(attempt.len(), 1);
    assert_eq!(attempt.answer(&bank, 0, &[0]), Ok(true));
    let state = attempt.to_state(&bank, "k");
    assert_eq!(state, "{\"v\":1,\"k\":\"k\",\"seed\":\"0000000000000001\",\"n\":0,\"at\":0,\"items\":[{\"q\":\"a\",\"o\":[\"true\",\"false\"],\"a\":[\"true\"]}]}");
    assert_eq!(Attempt::from_state(&state, &bank, "k").unwrap(), attempt);
}

#[test]
fn banks_that_share_ids_but_not_questions_have_different_fingerprints() {
    let built_in = bank();
    assert_eq!(built_in.fingerprint(), bank().fingerprint(), "stable for the same bank");
    let json = core_quiz::BUILT_IN_JSON;
    // The same ids, one prompt changed; then the same ids with another right answer.
    let mut reworded = parse_bank(json).unwrap();
    reworded.questions[0].prompt = core_i18n::Localized::new(vec![(core_i18n::Lang::En, "Reworded?".into())]);
    let mut rekeyed = parse_bank(json).unwrap();
    let q = rekeyed
        .questions
        .iter_mut()
        .find(|q| q.choices.iter().filter(|c| c.correct).count() == 1 && q.choices.len() > 2)
        .unwrap();
    let right = q.choices.iter().position(|c| c.correct).unwrap();
    q.choices[right].correct = false;
    let other = (right + 1) % q.choices.len();
    q.choices[other].correct = true;
    let prints = [built_in.fingerprint(), reworded.fingerprint(), rekeyed.fingerprint()];
    assert_ne!(prints[0], prints[1]);
    assert_ne!(prints[0], prints[2]);
    assert_ne!(prints[1], prints[2]);
}
