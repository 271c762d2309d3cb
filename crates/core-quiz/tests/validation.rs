//! Broken banks give the right errors: where (line, field path, question as a teacher counts
//! it) and what. And hostile strings survive parsing verbatim, for the UI to show as text.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_json::DataError;
use core_quiz::{parse_bank, Kind, MAX_ERRORS};

/// A valid one-question bank; tests break it in one place at a time.
fn question(id: &str, kind: &str, choices: &str, extra: &str) -> String {
    format!(
        r#"{{
  "id": "{id}",
  "topic": "romance",
  "kind": "{kind}",
  "prompt": {{"en": "Prompt", "vi": "Câu hỏi"}},{extra}
  "choices": {choices},
  "explanation": {{"en": "Why", "vi": "Vì sao"}},
  "source": {{"title": {{"en": "FTC", "vi": "FTC"}}, "url": "https://consumer.ftc.gov/"}}
}}"#
    )
}

fn choice(id: &str, correct: bool) -> String {
    format!(
        r#"{{"id": "{id}", "text": {{"en": "T", "vi": "Đ"}}, "correct": {correct}, "feedback": {{"en": "F", "vi": "P"}}}}"#
    )
}

fn choices(spec: &[bool]) -> String {
    let items: Vec<String> = spec.iter().enumerate().map(|(i, &c)| choice(&format!("c{i}"), c)).collect();
    format!("[{}]", items.join(", "))
}

const MESSAGE: &str = r#"
  "message": {"channel": "sms", "from": {"en": "Bank", "vi": "Ngân hàng"}, "lines": [{"from": "them", "text": {"en": "Hi", "vi": "Chào"}}]},"#;

fn bank(questions: &[String]) -> String {
    format!("{{\"questions\": [\n{}\n]}}", questions.join(",\n"))
}

fn errors(text: &str) -> Vec<DataError> {
    match parse_bank(text) {
        Ok(_) => panic!("expected errors for:\n{text}"),
        Err(e) => e,
    }
}

fn messages(text: &str) -> Vec<String> {
    errors(text).iter().map(|e| e.to_string()).collect()
}

fn assert_has(list: &[String], wanted: &str) {
    assert!(list.iter().any(|m| m.contains(wanted)), "no error containing {wanted:?} in:\n{}", list.join("\n"));
}

#[test]
fn a_valid_bank_parses() {
    let text = bank(&[
        question("one", "single", &choices(&[true, false, false]), ""),
        question("two", "multiple", &choices(&[true, true, false]), ""),
        question("three", "true-false", &choices(&[false, true]), ""),
        question("four", "spot-the-scam", &choices(&[true, false]), MESSAGE),
    ]);
    let bank = parse_bank(&text).unwrap();
    assert_eq!(bank.questions.len(), 4);
    assert_eq!(bank.questions[3].kind, Kind::SpotTheScam);
    assert!(bank.questions[0].shuffle, "three choices shuffle by default");
    assert!(!bank.questions[2].shuffle, "true/false keeps its order");
    assert!(bank.questions[1].multi_select());
    assert!(!bank.questions[3].multi_select());
}

#[test]
fn no_correct_choice_names_line_path_and_question() {
    let mut qs: Vec<String> =
        (1..=6).map(|i| question(&format!("q{i}"), "single", &choices(&[true, false]), "")).collect();
    qs.push(question("fake-police-call", "single", &choices(&[false, false, false]), ""));
    let text = bank(&qs);
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    let e = &errs[0];
    assert_eq!(e.path, "questions[6].choices");
    assert_eq!(e.message, "question 7 (fake-police-call): has no correct choice");
    // The error points at question 7's choices array: the 7th line that starts with "choices".
    let seventh = text.lines().enumerate().filter(|(_, l)| l.trim_start().starts_with("\"choices\"")).nth(6).unwrap().0;
    assert_eq!(e.line as usize, seventh + 1);
    assert_eq!(
        e.to_string(),
        format!("line {}, questions[6].choices: question 7 (fake-police-call): has no correct choice", seventh + 1)
    );
}

#[test]
fn collects_all_errors_not_just_the_first() {
    let text = bank(&[
        question("same", "single", &choices(&[true, true]), ""),
        question("same", "multiple", &choices(&[true, false, false]), ""),
        question("tf", "true-false", &choices(&[true, false, false]), ""),
        question("spot", "spot-the-scam", &choices(&[true, false]), ""),
        question("quiz", "essay", &choices(&[true, false]), ""),
        question("extra-msg", "single", &choices(&[true, false]), MESSAGE),
    ]);
    let list = messages(&text);
    assert_has(&list, "question 1 (same): is a single question with 2 correct choices (expected exactly 1");
    assert_has(&list, "question 2 (same): duplicate id \"same\" (question 1 has it too)");
    assert_has(&list, "question 2 (same): is a multiple-choice question with only 1 correct choice");
    assert_has(&list, "question 3 (tf): is a true-false question with 3 choices (expected exactly 2)");
    assert_has(&list, "question 4 (spot): is a spot-the-scam question without a \"message\"");
    assert_has(
        &list,
        "question 5 (quiz): unknown kind \"essay\" (expected one of: single, multiple, true-false, spot-the-scam)",
    );
    assert_has(
        &list,
        "questions[5].message: question 6 (extra-msg): has a message, but only spot-the-scam questions show one",
    );
    assert_eq!(list.len(), 7, "{list:#?}");
}

#[test]
fn unknown_topic_missing_language_empty_text_and_bad_url() {
    let q = question("q", "single", &choices(&[true, false]), "")
        .replace("\"topic\": \"romance\"", "\"topic\": \"lottery\"")
        .replace("{\"en\": \"Prompt\", \"vi\": \"Câu hỏi\"}", "{\"en\": \"Prompt\"}")
        .replace("{\"en\": \"Why\", \"vi\": \"Vì sao\"}", "{\"en\": \"Why\", \"vi\": \"   \"}")
        .replace("https://consumer.ftc.gov/", "javascript:alert(1)");
    let list = messages(&bank(&[q]));
    assert_has(
        &list,
        "questions[0].topic: question 1 (q): unknown topic \"lottery\" (expected one of: authority-impersonation,",
    );
    assert_has(&list, "questions[0].prompt: question 1 (q): has no \"vi\" text");
    assert_has(&list, "questions[0].explanation.vi: question 1 (q): is empty");
    assert_has(&list, "questions[0].source.url: question 1 (q): source URL \"javascript:alert(1)\" must start with http:// or https://");
    assert_eq!(list.len(), 4, "{list:#?}");
}

#[test]
fn missing_fields_bad_ids_and_unknown_fields() {
    let q = r#"{"id": "Bad Id", "topic": "romance", "kind": "single", "promt": {"en": "x", "vi": "y"},
      "choices": [{"id": "a", "text": {"en": "A", "vi": "A"}, "correct": "yes", "feedback": {"en": "f", "vi": "f"}},
                  {"id": "a", "text": {"en": "B", "vi": "B"}, "correct": false, "feedback": {"en": "f", "vi": "f"}}],
      "explanation": {"en": "e", "vi": "e"}, "source": {"title": {"en": "t", "vi": "t"}, "url": "https://x.example/"}}"#;
    let list = messages(&bank(&[q.to_string()]));
    assert_has(&list, "questions[0].id: question 1 (Bad Id): id \"Bad Id\" is not kebab-case");
    assert_has(&list, "questions[0].promt: question 1 (Bad Id): unknown field \"promt\"");
    assert_has(&list, "questions[0].prompt: question 1 (Bad Id): is missing");
    assert_has(&list, "questions[0].choices[0].correct: question 1 (Bad Id): expected true or false, found a string");
    assert_has(
        &list,
        "questions[0].choices[1].id: question 1 (Bad Id): choice id \"a\" is used twice in this question",
    );
}

#[test]
fn document_level_errors() {
    assert_eq!(errors("[1, 2]")[0].message, "a bank must be a JSON object with a \"questions\" array, found an array");
    assert_eq!(errors("{}")[0].to_string(), "line 1, questions: is missing");
    assert_eq!(errors("{\"questions\": []}")[0].to_string(), "line 1, questions: has no questions");
    let syntax = errors("{\"questions\": [\n  {\"id\": \"a\",}\n]}");
    assert_eq!(syntax.len(), 1);
    assert_eq!(syntax[0].line, 2);
    assert!(syntax[0].message.contains("member name"), "{}", syntax[0]);
    let version = messages(&format!(
        "{{\"version\": 2, \"extra\": 1, {}",
        &bank(&[question("a", "single", &choices(&[true, false]), "")])[1..]
    ));
    assert_has(&version, "version: unsupported version 2 (this quiz reads version 1)");
    assert_has(&version, "extra: unknown field \"extra\"");
    assert_eq!(version.len(), 2, "{version:#?}");
}

#[test]
fn custom_topics_and_languages() {
    let q = question("q", "single", &choices(&[true, false]), "")
        .replace("\"topic\": \"romance\"", "\"topic\": \"lottery\"");
    let text = format!(
        "{{\"topics\": [{{\"id\": \"lottery\", \"name\": {{\"en\": \"Lottery\", \"vi\": \"Xổ số\"}}}}, {{\"id\": \"romance\", \"name\": {{\"en\": \"Love\", \"vi\": \"Tình yêu\"}}}}], {}",
        &bank(&[q])[1..]
    );
    let parsed = parse_bank(&text).unwrap();
    assert_eq!(parsed.topics.len(), 12);
    assert_eq!(parsed.topic("romance").unwrap().name.get(core_i18n::Lang::En), "Love");
    assert_eq!(parsed.topics_in_use().iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), vec!["lottery"]);

    // A Vietnamese-only bank is fine when it says so, and then English is not required.
    let vi_only = question("q", "single", &choices(&[true, false]), "").replace("\"en\": \"Prompt\", ", "");
    let vi_bank = bank(&[vi_only]);
    assert!(parse_bank(&format!("{{\"languages\": [\"vi\"], {}", &vi_bank[1..])).is_ok());
    assert_has(&messages(&vi_bank), "has no \"en\" text");
}

#[test]
fn error_list_is_capped() {
    let qs: Vec<String> =
        (0..150).map(|i| question(&format!("q{i}"), "single", &choices(&[false, false]), "")).collect();
    let errs = errors(&bank(&qs));
    assert_eq!(errs.len(), MAX_ERRORS + 1);
    assert_eq!(errs[MAX_ERRORS].message, "and 50 more errors");
}

#[test]
fn hostile_strings_survive_verbatim() {
    let script = r#"<script>alert("x")</script>"#;
    let img = r#"<img src=x onerror="alert(1)">"#;
    let mut json_script = String::new();
    core_json::write_string(&mut json_script, script);
    let mut json_img = String::new();
    core_json::write_string(&mut json_img, img);
    let q = question("xss", "spot-the-scam", &choices(&[true, false]), MESSAGE)
        .replace("\"Prompt\"", &json_script)
        .replace("\"Hi\"", &json_img)
        .replace("\"https://consumer.ftc.gov/\"", "\"https://example.org/?q=<script>\"");
    let bank = parse_bank(&bank(&[q])).unwrap();
    let question = &bank.questions[0];
    assert_eq!(question.prompt.get(core_i18n::Lang::En), script);
    assert_eq!(question.message.as_ref().unwrap().lines[0].text.get(core_i18n::Lang::En), img);
    assert_eq!(question.source.url, "https://example.org/?q=<script>");
}

#[test]
fn never_panics_on_mangled_banks() {
    // Every prefix of a valid bank, and a few substitutions, must give errors, never a panic.
    let text = bank(&[
        question("one", "multiple", &choices(&[true, true, false]), ""),
        question("two", "spot-the-scam", &choices(&[true, false]), MESSAGE),
    ]);
    for (cut, _) in text.char_indices().step_by(7) {
        let _ = parse_bank(&text[..cut]);
    }
    for (from, to) in [("\"", "'"), ("{", "["), ("true", "1"), (":", ","), ("\"en\"", "\"xx\""), ("[", "{")] {
        let _ = parse_bank(&text.replacen(from, to, 3));
    }
}
