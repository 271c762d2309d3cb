//! Reads and validates a bank file. It reports every problem it can find, not just the first,
//! because a teacher fixing a bank wants the whole list at once. Each error names the line, the
//! field path and the question as a teacher counts it ("question 7 (fake-police-call): …").

use crate::model::{Bank, Channel, Choice, Kind, Line, Message, Question, Source, Speaker, Topic};
use crate::topics::{standard_name, STANDARD_TOPICS};
use core_i18n::{Lang, Localized};
use core_json::{DataError, Node};

/// Most errors reported for one file; past this a last error says how many more there were.
pub const MAX_ERRORS: usize = 100;

const MAX_CHOICES: usize = 8;
const TOP_FIELDS: &[&str] = &["version", "languages", "topics", "questions"];
const QUESTION_FIELDS: &[&str] =
    &["id", "topic", "kind", "prompt", "message", "choices", "shuffle", "explanation", "source"];
const CHOICE_FIELDS: &[&str] = &["id", "text", "correct", "feedback"];
const MESSAGE_FIELDS: &[&str] = &["channel", "from", "subject", "lines"];

/// Parses and validates a bank. On failure, returns every error found (at most [`MAX_ERRORS`]).
pub fn parse_bank(text: &str) -> Result<Bank, Vec<DataError>> {
    let value = core_json::parse(text).map_err(|e| vec![DataError::from(e)])?;
    let root = Node::root(&value);
    let mut errors = Errors::default();
    if root.members().is_err() {
        return Err(vec![root.error(format!(
            "a bank must be a JSON object with a \"questions\" array, found {}",
            root.kind().type_name()
        ))]);
    }
    unknown_fields(&root, TOP_FIELDS, &mut errors.list);

    if let Some(v) = root.get("version") {
        match v.as_i64() {
            Ok(1) => {}
            Ok(n) => errors.push(v.error(format!("unsupported version {n} (this quiz reads version 1)"))),
            Err(e) => errors.push(e),
        }
    }
    let languages = match root.get("languages") {
        Some(node) => errors.take(parse_languages(&node)).unwrap_or_default(),
        None => vec![Lang::En, Lang::Vi],
    };
    let topics = parse_topics(&root, &languages, &mut errors);

    let mut questions = Vec::new();
    match root.field("questions").and_then(|n| n.items().map(|items| (n, items))) {
        Err(e) => errors.push(e),
        Ok((node, items)) if items.is_empty() => errors.push(node.error("has no questions")),
        Ok((_, items)) => {
            let mut seen: Vec<String> = Vec::new();
            for (index, item) in items.iter().enumerate() {
                let mut local = Vec::new();
                let question = parse_question(item, &languages, &topics, &mut local);
                let id = question.as_ref().map(|q| q.id.clone()).or_else(|| plain_id(item));
                let label = match &id {
                    Some(id) => format!("question {} ({id})", index + 1),
                    None => format!("question {}", index + 1),
                };
                if let Some(id) = &id {
                    if let Some(first) = seen.iter().position(|s| s == id) {
                        let at = item.get("id").unwrap_or_else(|| item.clone());
                        local.push(at.error(format!("duplicate id \"{id}\" (question {} has it too)", first + 1)));
                    }
                    seen.push(id.clone());
                }
                for mut e in local {
                    e.message = format!("{label}: {}", e.message);
                    errors.push(e);
                }
                if let Some(q) = question {
                    questions.push(q);
                }
            }
        }
    }

    let list = errors.finish();
    if list.is_empty() {
        Ok(Bank { languages, topics, questions })
    } else {
        Err(list)
    }
}

/// Collects errors up to [`MAX_ERRORS`] and counts the rest.
#[derive(Default)]
struct Errors {
    list: Vec<DataError>,
}

impl Errors {
    fn push(&mut self, e: DataError) {
        self.list.push(e);
    }

    fn take<T>(&mut self, r: Result<T, DataError>) -> Option<T> {
        r.map_err(|e| self.push(e)).ok()
    }

    fn finish(mut self) -> Vec<DataError> {
        if self.list.len() > MAX_ERRORS {
            let more = self.list.len() - MAX_ERRORS;
            self.list.truncate(MAX_ERRORS);
            let last = self.list.last().map_or((0, 0), |e| (e.line, e.column));
            self.list.push(DataError {
                line: last.0,
                column: last.1,
                path: String::new(),
                message: format!("and {more} more errors"),
            });
        }
        self.list
    }
}

/// Keeps an `Ok` value, or records the error.
fn keep<T>(out: &mut Vec<DataError>, r: Result<T, DataError>) -> Option<T> {
    r.map_err(|e| out.push(e)).ok()
}

/// Reports every unknown member (core-json's `deny_unknown` stops at the first).
fn unknown_fields(node: &Node<'_>, allowed: &[&str], out: &mut Vec<DataError>) {
    if let Ok(members) = node.members() {
        for (key, value) in members {
            if !allowed.contains(&key) {
                out.push(value.error(format!("unknown field \"{key}\" (expected one of: {})", allowed.join(", "))));
            }
        }
    }
}

/// Lower-case letters and digits in groups joined by single hyphens.
fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

fn parse_id(node: &Node<'_>) -> Result<String, DataError> {
    let id = node.as_str()?;
    if is_kebab(id) {
        Ok(id.to_string())
    } else {
        Err(node.error(format!(
            "id \"{id}\" is not kebab-case (lower-case letters, digits and single hyphens, e.g. \"fake-police-call\")"
        )))
    }
}

/// The question's id for labelling errors, even when the rest of the question is broken.
fn plain_id(item: &Node<'_>) -> Option<String> {
    item.get("id").and_then(|n| n.as_str().ok().map(str::to_string)).filter(|s| !s.is_empty())
}

fn parse_languages(node: &Node<'_>) -> Result<Vec<Lang>, DataError> {
    let mut langs = Vec::new();
    for item in node.items()? {
        let code = item.as_str()?;
        let lang = Lang::from_code(code).ok_or_else(|| {
            item.error(format!("unknown language \"{code}\" (expected one of: vi, en, ar, zh, fr, ru, es)"))
        })?;
        if langs.contains(&lang) {
            return Err(item.error(format!("language \"{code}\" is listed twice")));
        }
        langs.push(lang);
    }
    if langs.is_empty() {
        return Err(node.error("lists no language"));
    }
    Ok(langs)
}

/// The standard topics, renamed or extended by the bank's own `topics`.
fn parse_topics(root: &Node<'_>, langs: &[Lang], errors: &mut Errors) -> Vec<Topic> {
    let mut topics: Vec<Topic> =
        STANDARD_TOPICS.iter().map(|(id, name)| Topic { id: (*id).to_string(), name: standard_name(*name) }).collect();
    let Some(node) = root.get("topics") else { return topics };
    let Some(items) = errors.take(node.items()) else { return topics };
    let mut declared: Vec<String> = Vec::new();
    for item in items {
        if item.members().is_err() {
            errors.push(
                item.error(format!(
                    "expected a topic object with \"id\" and \"name\", found {}",
                    item.kind().type_name()
                )),
            );
            continue;
        }
        unknown_fields(&item, &["id", "name"], &mut errors.list);
        let id = errors.take(item.field("id").and_then(|n| parse_id(&n)));
        let name = errors.take(item.field("name").and_then(|n| Localized::parse(&n, langs)));
        let (Some(id), Some(name)) = (id, name) else { continue };
        if declared.contains(&id) {
            errors.push(item.error(format!("topic \"{id}\" is declared twice")));
            continue;
        }
        declared.push(id.clone());
        match topics.iter_mut().find(|t| t.id == id) {
            Some(existing) => existing.name = name,
            None => topics.push(Topic { id, name }),
        }
    }
    topics
}

/// Parses one question, pushing its errors (without the "question N" label) into `out`.
fn parse_question(item: &Node<'_>, langs: &[Lang], topics: &[Topic], out: &mut Vec<DataError>) -> Option<Question> {
    if item.members().is_err() {
        out.push(item.error(format!("expected a question object, found {}", item.kind().type_name())));
        return None;
    }
    unknown_fields(item, QUESTION_FIELDS, out);
    let id: Option<String> = keep(out, item.field("id").and_then(|n| parse_id(&n)));
    let topic: Option<String> = keep(
        out,
        item.field("topic").and_then(|n| {
            let t = n.as_str()?;
            if topics.iter().any(|known| known.id == t) {
                Ok(t.to_string())
            } else {
                let ids: Vec<&str> = topics.iter().map(|k| k.id.as_str()).collect();
                Err(n.error(format!(
                    "unknown topic \"{t}\" (expected one of: {}, or one declared in \"topics\")",
                    ids.join(", ")
                )))
            }
        }),
    );
    let kind: Option<Kind> = keep(
        out,
        item.field("kind").and_then(|n| {
            let k = n.as_str()?;
            Kind::from_code(k).ok_or_else(|| {
                n.error(format!("unknown kind \"{k}\" (expected one of: single, multiple, true-false, spot-the-scam)"))
            })
        }),
    );
    let prompt = keep(out, item.field("prompt").and_then(|n| Localized::parse(&n, langs)));
    let explanation = keep(out, item.field("explanation").and_then(|n| Localized::parse(&n, langs)));
    let source = keep(out, item.field("source").and_then(|n| parse_source(&n, langs)));
    let shuffle_flag: Option<Option<bool>> = match item.get("shuffle") {
        Some(n) => keep(out, n.as_bool()).map(Some),
        None => Some(None),
    };

    let message = match (item.get("message"), kind) {
        (Some(node), Some(Kind::SpotTheScam)) => parse_message(&node, langs, out).map(Some),
        (None, Some(Kind::SpotTheScam)) => {
            out.push(item.error("is a spot-the-scam question without a \"message\" to judge"));
            None
        }
        (Some(node), Some(k)) => {
            out.push(node.error(format!(
                "has a message, but only spot-the-scam questions show one (this one is \"{}\")",
                k.code()
            )));
            None
        }
        (_, None) => Some(None),
        (None, Some(_)) => Some(None),
    };

    let choices = parse_choices(item, kind, langs, out);

    let shuffle = shuffle_flag?.unwrap_or_else(|| choices.as_ref().is_some_and(|c| c.len() > 2));
    Some(Question {
        id: id?,
        topic: topic?,
        kind: kind?,
        prompt: prompt?,
        message: message?,
        choices: choices?,
        shuffle,
        explanation: explanation?,
        source: source?,
    })
}

fn parse_choices(item: &Node<'_>, kind: Option<Kind>, langs: &[Lang], out: &mut Vec<DataError>) -> Option<Vec<Choice>> {
    let node = keep(out, item.field("choices"))?;
    let items = keep(out, node.items())?;
    let mut choices = Vec::new();
    let mut seen_ids: Vec<String> = Vec::new();
    let mut broken = false;
    for c in &items {
        if c.members().is_err() {
            out.push(c.error(format!("expected a choice object, found {}", c.kind().type_name())));
            broken = true;
            continue;
        }
        unknown_fields(c, CHOICE_FIELDS, out);
        let id = keep(out, c.field("id").and_then(|n| parse_id(&n)));
        let text = keep(out, c.field("text").and_then(|n| Localized::parse(&n, langs)));
        let correct = keep(out, c.field("correct").and_then(|n| n.as_bool()));
        let feedback = keep(out, c.field("feedback").and_then(|n| Localized::parse(&n, langs)));
        if let (Some(id), Some(id_node)) = (&id, c.get("id")) {
            if seen_ids.contains(id) {
                out.push(id_node.error(format!("choice id \"{id}\" is used twice in this question")));
                broken = true;
            }
            seen_ids.push(id.clone());
        }
        match (id, text, correct, feedback) {
            (Some(id), Some(text), Some(correct), Some(feedback)) => {
                choices.push(Choice { id, text, correct, feedback })
            }
            _ => broken = true,
        }
    }
    if broken {
        return None;
    }
    // The rules below count choices, so they only make sense once every choice parsed.
    let n = choices.len();
    let right = choices.iter().filter(|c| c.correct).count();
    let before = out.len();
    if !(2..=MAX_CHOICES).contains(&n) {
        out.push(node.error(format!("has {n} choices (expected 2 to {MAX_CHOICES})")));
    }
    if right == 0 {
        out.push(node.error("has no correct choice"));
        return None;
    }
    match kind {
        Some(Kind::TrueFalse) if n != 2 => {
            out.push(node.error(format!("is a true-false question with {n} choices (expected exactly 2)")));
        }
        Some(k @ (Kind::Single | Kind::TrueFalse)) if right > 1 => out.push(node.error(format!(
            "is a {} question with {right} correct choices (expected exactly 1; use \"multiple\" for more)",
            k.code()
        ))),
        Some(Kind::Multiple) if right == 1 => out.push(node.error(
            "is a multiple-choice question with only 1 correct choice (expected at least 2; use \"single\" for one)",
        )),
        _ if right == n => out.push(node.error("has no incorrect choice (every choice is marked correct)")),
        _ => {}
    }
    (out.len() == before).then_some(choices)
}

fn parse_source(node: &Node<'_>, langs: &[Lang]) -> Result<Source, DataError> {
    node.deny_unknown(&["title", "url"])?;
    let title = Localized::parse(&node.field("title")?, langs)?;
    let url_node = node.field("url")?;
    let url = url_node.as_str()?;
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        url.get(8..)
    } else if lower.starts_with("http://") {
        url.get(7..)
    } else {
        None
    };
    match rest {
        None => Err(url_node.error(format!("source URL \"{url}\" must start with http:// or https://"))),
        Some("") => Err(url_node.error("source URL has no address after the scheme")),
        Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Err(url_node.error("source URL contains spaces or control characters (encode them, e.g. %20)"))
        }
        Some(_) => Ok(Source { title, url: url.to_string() }),
    }
}

fn parse_message(node: &Node<'_>, langs: &[Lang], out: &mut Vec<DataError>) -> Option<Message> {
    if node.members().is_err() {
        out.push(node.error(format!("expected a message object, found {}", node.kind().type_name())));
        return None;
    }
    unknown_fields(node, MESSAGE_FIELDS, out);
    let channel: Option<Channel> = keep(
        out,
        node.field("channel").and_then(|n| {
            let c = n.as_str()?;
            Channel::from_code(c)
                .ok_or_else(|| n.error(format!("unknown channel \"{c}\" (expected one of: sms, chat, call, email)")))
        }),
    );
    let from = keep(out, node.field("from").and_then(|n| Localized::parse(&n, langs)));
    let subject: Option<Option<Localized>> = match node.get("subject") {
        Some(n) => keep(out, Localized::parse(&n, langs)).map(Some),
        None => Some(None),
    };
    let items = keep(
        out,
        node.field("lines").and_then(|n| {
            let items = n.items()?;
            if items.is_empty() {
                return Err(n.error("has no lines"));
            }
            Ok(items)
        }),
    );
    let lines: Option<Vec<Line>> = items.and_then(|items| {
        let parsed: Vec<Option<Line>> = items.iter().map(|line| keep(out, parse_line(line, langs))).collect();
        parsed.into_iter().collect()
    });
    Some(Message { channel: channel?, from: from?, subject: subject?, lines: lines? })
}

fn parse_line(node: &Node<'_>, langs: &[Lang]) -> Result<Line, DataError> {
    node.deny_unknown(&["from", "text"])?;
    let from_node = node.field("from")?;
    let from = match from_node.as_str()? {
        "them" => Speaker::Them,
        "me" => Speaker::Me,
        other => return Err(from_node.error(format!("unknown speaker \"{other}\" (expected \"them\" or \"me\")"))),
    };
    let text = Localized::parse(&node.field("text")?, langs)?;
    Ok(Line { from, text })
}

#[cfg(test)]
mod tests {
    use super::is_kebab;

    #[test]
    fn kebab_case_rules() {
        for ok in ["a", "fake-police-call", "q1", "2024-otp"] {
            assert!(is_kebab(ok), "{ok}");
        }
        for bad in ["", "Fake", "a--b", "-a", "a-", "a_b", "a b", "việt"] {
            assert!(!is_kebab(bad), "{bad}");
        }
    }
}
