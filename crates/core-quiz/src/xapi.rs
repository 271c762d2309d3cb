//! xAPI 1.0.3 statements about an attempt, shaped as H5P's own, so H5P-aware collectors and LRS
//! bridges can take them: `attempted` at the start, `resumed` when a saved attempt is taken up,
//! `answered` per question (an interaction with its choices, the correct pattern, the response),
//! `completed` at the end (score, success at the pass mark, duration).
//!
//! The widget only dispatches them (`scam-quiz:xapi`); it sends nothing anywhere. The actor is a
//! placeholder the host replaces: the widget knows no user. Every number is written with
//! integer arithmetic: the widget's wasm must not format floats.

use crate::attempt::Attempt;
use crate::model::{Bank, Question};
use core_i18n::{quiz::Text, Catalog, Lang, Localized};
use core_json::write_string;

pub const VERB_ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
pub const VERB_RESUMED: &str = "http://adlnet.gov/expapi/verbs/resumed";
pub const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// The fragment naming the quiz itself (questions are named by their ids).
pub const QUIZ_FRAGMENT: &str = "scam-quiz";

/// Where the statements are made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The absolute URL object ids start from: the bank's (`src`), or the page's for the
    /// built-in or an inline bank. A fragment it has is dropped.
    pub base: String,
    /// The page's origin: the placeholder actor's `account.homePage`.
    pub origin: String,
    pub lang: Lang,
    /// The pass mark in percent.
    pub pass: u32,
    /// ISO 8601 instant of the statement, from the browser's clock (optional in xAPI).
    pub timestamp: Option<String>,
}

impl Context {
    fn base(&self) -> &str {
        self.base.split('#').next().unwrap_or("")
    }

    /// The actor's home page: the origin, unless the page has none (`null` in a sandboxed
    /// frame or a file), then the base's scheme and host.
    fn home_page(&self) -> String {
        if self.origin.starts_with("http://") || self.origin.starts_with("https://") {
            return self.origin.clone();
        }
        let base = self.base();
        match base.find("://") {
            Some(scheme_end) => {
                let after = scheme_end + 3;
                let end = base.get(after..).and_then(|rest| rest.find('/')).map_or(base.len(), |i| after + i);
                base.get(..end).unwrap_or(base).to_string()
            }
            None => base.to_string(),
        }
    }

    fn object_id(&self, fragment: &str) -> String {
        let mut id = String::from(self.base());
        id.push('#');
        // A fragment is an IRI component: keep ids to characters that need no escaping.
        for c in fragment.chars() {
            if c.is_alphanumeric() || "-._~".contains(c) {
                id.push(c);
            } else {
                let mut bytes = [0; 4];
                for &b in c.encode_utf8(&mut bytes).as_bytes() {
                    core_json::push_percent_byte(&mut id, b);
                }
            }
        }
        id
    }
}

/// `attempted`: a new attempt began.
pub fn attempted(cx: &Context) -> String {
    statement(cx, VERB_ATTEMPTED, "attempted", &quiz_object(cx), None, false)
}

/// `resumed`: a saved attempt was taken up.
pub fn resumed(cx: &Context) -> String {
    statement(cx, VERB_RESUMED, "resumed", &quiz_object(cx), None, false)
}

/// `answered`: the answer at `position` of `attempt`, checked `duration_ms` after the question
/// was shown. `None` when that position has no answer (or the bank does not match).
pub fn answered(cx: &Context, bank: &Bank, attempt: &Attempt, position: usize, duration_ms: u64) -> Option<String> {
    let item = attempt.items().get(position)?;
    let question = bank.questions.get(item.question())?;
    let answer = item.answer()?;
    let correct = attempt.was_correct(bank, position)?;
    let mut result = String::from("{");
    push_score(&mut result, usize::from(correct), 1);
    result.push_str(",\"success\":");
    result.push_str(bool_text(correct));
    result.push_str(",\"completion\":true,\"response\":");
    write_string(&mut result, &response(question, answer));
    result.push_str(",\"duration\":");
    write_string(&mut result, &duration(duration_ms));
    result.push('}');
    Some(statement(cx, VERB_ANSWERED, "answered", &question_object(cx, question), Some(&result), true))
}

/// `completed`: every question answered. The score is the number right out of the number
/// asked; `success` is whether the percentage reached the pass mark.
pub fn completed(cx: &Context, bank: &Bank, attempt: &Attempt, duration_ms: u64) -> String {
    let score = attempt.score(bank);
    let mut result = String::from("{");
    push_score(&mut result, score.correct, score.total);
    result.push_str(",\"success\":");
    result.push_str(bool_text(score.percent() >= cx.pass));
    result.push_str(",\"completion\":true,\"duration\":");
    write_string(&mut result, &duration(duration_ms));
    result.push('}');
    statement(cx, VERB_COMPLETED, "completed", &quiz_object(cx), Some(&result), false)
}

fn statement(cx: &Context, verb: &str, display: &str, object: &str, result: Option<&str>, in_quiz: bool) -> String {
    let mut s = String::with_capacity(512 + object.len());
    s.push_str("{\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":");
    write_string(&mut s, &cx.home_page());
    s.push_str(",\"name\":\"anonymous\"}},\"verb\":{\"id\":");
    write_string(&mut s, verb);
    s.push_str(",\"display\":{\"en-US\":");
    write_string(&mut s, display);
    s.push_str("}},\"object\":");
    s.push_str(object);
    if let Some(result) = result {
        s.push_str(",\"result\":");
        s.push_str(result);
    }
    s.push_str(",\"context\":{");
    if in_quiz {
        s.push_str("\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":");
        write_string(&mut s, &cx.object_id(QUIZ_FRAGMENT));
        s.push_str("}]},");
    }
    s.push_str("\"language\":");
    write_string(&mut s, cx.lang.code());
    s.push('}');
    if let Some(timestamp) = &cx.timestamp {
        s.push_str(",\"timestamp\":");
        write_string(&mut s, timestamp);
    }
    s.push('}');
    s
}

fn quiz_object(cx: &Context) -> String {
    let mut s = String::from("{\"objectType\":\"Activity\",\"id\":");
    write_string(&mut s, &cx.object_id(QUIZ_FRAGMENT));
    s.push_str(",\"definition\":{\"name\":{");
    write_string(&mut s, cx.lang.code());
    s.push(':');
    write_string(&mut s, Text::for_lang(cx.lang).widget_name);
    s.push_str("},\"type\":");
    write_string(&mut s, ASSESSMENT);
    s.push_str("}}");
    s
}

/// A question as an interaction: `true-false` when its choices are literally `true` and
/// `false`, else `choice`, with every choice and the correct pattern.
fn question_object(cx: &Context, question: &Question) -> String {
    let true_false = is_true_false(question);
    let mut s = String::from("{\"objectType\":\"Activity\",\"id\":");
    write_string(&mut s, &cx.object_id(&question.id));
    s.push_str(",\"definition\":{\"name\":");
    language_map(&mut s, &question.prompt, cx.lang);
    s.push_str(",\"description\":");
    language_map(&mut s, &question.prompt, cx.lang);
    s.push_str(",\"type\":");
    write_string(&mut s, INTERACTION);
    s.push_str(",\"interactionType\":");
    write_string(&mut s, if true_false { "true-false" } else { "choice" });
    s.push_str(",\"correctResponsesPattern\":[");
    write_string(&mut s, &response(question, &question.correct_indices()));
    s.push(']');
    if !true_false {
        s.push_str(",\"choices\":[");
        for (n, choice) in question.choices.iter().enumerate() {
            if n > 0 {
                s.push(',');
            }
            s.push_str("{\"id\":");
            write_string(&mut s, &choice.id);
            s.push_str(",\"description\":");
            language_map(&mut s, &choice.text, cx.lang);
            s.push('}');
        }
        s.push(']');
    }
    s.push_str("}}");
    s
}

fn is_true_false(question: &Question) -> bool {
    let ids: Vec<&str> = question.choices.iter().map(|c| c.id.as_str()).collect();
    matches!(ids.as_slice(), ["true", "false"] | ["false", "true"])
}

/// The text in the language it is shown in (the reader's, or the fallback the widget shows).
fn language_map(out: &mut String, text: &Localized, lang: Lang) {
    let (used, value) = text.resolve(lang);
    out.push('{');
    write_string(out, used.code());
    out.push(':');
    write_string(out, value);
    out.push('}');
}

/// xAPI's response format for choices: the choice ids joined by `[,]`, in bank order.
fn response(question: &Question, indices: &[usize]) -> String {
    core_sort::distinct(indices)
        .iter()
        .filter_map(|&i| question.choices.get(i))
        .map(|c| c.id.as_str())
        .collect::<Vec<_>>()
        .join("[,]")
}

fn push_score(out: &mut String, raw: usize, max: usize) {
    out.push_str(&format!("\"score\":{{\"min\":0,\"max\":{max},\"raw\":{raw},\"scaled\":{}}}", scaled(raw, max)));
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// `raw / max` rounded to 4 decimals, as a JSON number ("0.6667", "1", "0"), by integer
/// arithmetic. A `max` of 0 scales to 0.
pub fn scaled(raw: usize, max: usize) -> String {
    if max == 0 {
        return "0".into();
    }
    let ten_thousandths = (raw.min(max) as u64 * 20_000 + max as u64) / (max as u64 * 2);
    let (whole, fraction) = (ten_thousandths / 10_000, ten_thousandths % 10_000);
    if fraction == 0 {
        return whole.to_string();
    }
    let digits = format!("{fraction:04}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// An ISO 8601 duration to the hundredth of a second, as xAPI stores it: `PT3.46S`, `PT1M5S`,
/// `PT2H0M0.5S`.
pub fn duration(ms: u64) -> String {
    let centis = (ms + 5) / 10;
    let (hours, minutes) = (centis / 360_000, centis / 6_000 % 60);
    let (seconds, hundredths) = (centis / 100 % 60, centis % 100);
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&format!("{hours}H"));
    }
    if hours > 0 || minutes > 0 {
        out.push_str(&format!("{minutes}M"));
    }
    out.push_str(&seconds.to_string());
    if hundredths > 0 {
        let digits = format!("{hundredths:02}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
    out.push('S');
    out
}
