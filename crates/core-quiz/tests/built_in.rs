//! The built-in bank: it validates, and it meets the coverage the quiz promises.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_i18n::Lang;
use core_quiz::{built_in, Kind, STANDARD_TOPICS};
use std::collections::HashSet;

#[test]
fn built_in_bank_validates() {
    let bank = built_in().unwrap_or_else(|errors| {
        panic!("built-in bank is invalid:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
    });
    assert!(bank.questions.len() >= 44, "{} questions", bank.questions.len());
    assert_eq!(bank.languages, vec![Lang::En, Lang::Vi]);
}

#[test]
fn covers_every_topic_and_kind() {
    let bank = built_in().unwrap();
    for (topic, _) in STANDARD_TOPICS {
        let n = bank.questions.iter().filter(|q| q.topic == *topic).count();
        assert!(n >= 3, "topic {topic} has {n} questions");
    }
    for kind in Kind::ALL {
        let n = bank.questions.iter().filter(|q| q.kind == kind).count();
        assert!(n >= 6, "kind {} has {n} questions", kind.code());
    }
    // Spot-the-scam questions must not all have the same answer, or readers learn the pattern.
    let legit = bank
        .questions
        .iter()
        .filter(|q| q.kind == Kind::SpotTheScam)
        .filter(|q| q.choices.iter().any(|c| c.id == "legit" && c.correct))
        .count();
    assert!(legit >= 2, "only {legit} spot-the-scam questions are legitimate messages");
}

#[test]
fn every_question_is_complete_in_both_languages() {
    let bank = built_in().unwrap();
    let mut ids = HashSet::new();
    for q in &bank.questions {
        assert!(ids.insert(q.id.as_str()), "duplicate id {}", q.id);
        let mut texts = vec![&q.prompt, &q.explanation, &q.source.title];
        for c in &q.choices {
            texts.push(&c.text);
            texts.push(&c.feedback);
        }
        if let Some(m) = &q.message {
            texts.push(&m.from);
            texts.extend(m.subject.iter());
            texts.extend(m.lines.iter().map(|l| &l.text));
        }
        for t in texts {
            for lang in [Lang::En, Lang::Vi] {
                assert!(t.has(lang), "{}: missing {lang:?}", q.id);
                let s = t.get(lang);
                // Bank text is shown as text; keep it free of anything that looks like markup.
                assert!(!s.contains('<') && !s.contains('>'), "{}: markup-like text {s:?}", q.id);
                assert_eq!(s.trim(), s, "{}: stray whitespace in {s:?}", q.id);
            }
        }
        assert!(q.source.url.starts_with("https://") || q.source.url.starts_with("http://"), "{}", q.id);
        if q.kind == Kind::Multiple {
            assert!(q.choices.iter().filter(|c| c.correct).count() >= 2, "{}", q.id);
        }
    }
}

#[test]
fn vietnamese_text_has_diacritics() {
    // A cheap guard against text pasted without its accents ("Ngan hang" for "Ngân hàng").
    let bank = built_in().unwrap();
    for q in &bank.questions {
        let vi = q.explanation.get(Lang::Vi);
        assert!(
            vi.chars().any(|c| "ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ".contains(c.to_lowercase().next().unwrap_or(c))),
            "{}",
            q.id
        );
    }
}

#[test]
fn standard_topic_names_are_ui_text_in_every_language() {
    // The bank is vi + en, but the topic names come from the catalogue: a Chinese reader sees
    // Chinese topic names in the intro and results.
    let bank = built_in().unwrap();
    let romance = bank.topic("romance").unwrap();
    assert_eq!(romance.name.resolve(Lang::Zh), (Lang::Zh, "情感诈骗"));
    assert_eq!(romance.name.get(Lang::Vi), "Lừa đảo tình cảm");
    assert_eq!(romance.name.get(Lang::En), "Romance scams");
}

#[test]
fn texts_use_typographic_quotes() {
    // Straight quotes look like code next to the widgets' own “…” and ’; JSON's syntax never
    // needs `'` or `\"`, so any in the file are in a text.
    for (line, text) in core_quiz::BUILT_IN_JSON.lines().enumerate() {
        assert!(
            !text.contains('\'') && !text.contains("\\\""),
            "data/quiz/bank.json line {}: use ’ “ ” ‘ instead: {text}",
            line + 1
        );
    }
}
