//! The attempt's resume state: a compact JSON string the page keeps in localStorage.
//!
//! It stores question and choice ids, not positions, so that a state saved before the bank was
//! edited is either still exactly meaningful or refused. Whatever comes back from storage may be
//! corrupt, truncated, forged or from an older bank: it is validated, and refused rather than
//! trusted; the page then simply starts a new attempt.

use crate::attempt::{Attempt, Item};
use crate::model::{Bank, Question};
use core_json::{write_string, DataError, Node};
use std::fmt;

const VERSION: i64 = 1;
/// Far above any real state (a 50-question attempt is ~3 KB); refuses junk before parsing it.
const MAX_STATE_BYTES: usize = 64 * 1024;
const MAX_ITEMS: usize = 200;

/// Why a stored state was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateError(pub String);

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "saved quiz progress ignored: {}", self.0)
    }
}

impl std::error::Error for StateError {}

impl From<DataError> for StateError {
    fn from(e: DataError) -> Self {
        StateError(e.to_string())
    }
}

fn write_ids(out: &mut String, question: &Question, indices: &[usize]) {
    out.push('[');
    for (n, &i) in indices.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        write_string(out, question.choices.get(i).map_or("", |c| c.id.as_str()));
    }
    out.push(']');
}

impl Attempt {
    /// Serialises the attempt. `key` names the page's configuration (for example
    /// `"questions=10;topics=romance;seed=9a"`); `from_state` refuses a state saved under another.
    pub fn to_state(&self, bank: &Bank, key: &str) -> String {
        let mut out = String::with_capacity(64 + self.items.len() * 48);
        out.push_str("{\"v\":1,\"k\":");
        write_string(&mut out, key);
        out.push_str(&format!(
            ",\"seed\":\"{:016x}\",\"n\":{},\"at\":{},\"items\":[",
            self.seed, self.number, self.current
        ));
        let mut first = true;
        for item in &self.items {
            let Some(question) = bank.questions.get(item.question) else { continue };
            if !first {
                out.push(',');
            }
            first = false;
            out.push_str("{\"q\":");
            write_string(&mut out, &question.id);
            out.push_str(",\"o\":");
            write_ids(&mut out, question, &item.order);
            if let Some(answer) = &item.answer {
                out.push_str(",\"a\":");
                write_ids(&mut out, question, answer);
            }
            out.push('}');
        }
        out.push_str("]}");
        out
    }

    /// Restores an attempt saved by `to_state` for this bank and `key`, or says why not.
    pub fn from_state(text: &str, bank: &Bank, key: &str) -> Result<Attempt, StateError> {
        if text.len() > MAX_STATE_BYTES {
            return Err(StateError(format!("too large ({} bytes)", text.len())));
        }
        let value = core_json::parse(text).map_err(|e| StateError(format!("not valid JSON ({e})")))?;
        let root = Node::root(&value);
        root.deny_unknown(&["v", "k", "seed", "n", "at", "items"])?;
        if root.field("v")?.as_i64()? != VERSION {
            return Err(StateError("saved by another version of the quiz".into()));
        }
        if root.field("k")?.as_str()? != key {
            return Err(StateError("saved with other quiz settings".into()));
        }
        let seed_node = root.field("seed")?;
        let seed_text = seed_node.as_str()?;
        let seed = (seed_text.len() == 16)
            .then(|| u64::from_str_radix(seed_text, 16).ok())
            .flatten()
            .ok_or_else(|| StateError(seed_node.error("expected 16 hexadecimal digits").to_string()))?;
        let number_node = root.field("n")?;
        let number = u32::try_from(number_node.as_i64()?)
            .map_err(|_| StateError(number_node.error("out of range").to_string()))?;

        let items_node = root.field("items")?;
        let raw_items = items_node.items()?;
        if raw_items.is_empty() || raw_items.len() > MAX_ITEMS {
            return Err(StateError(format!("{} questions saved (expected 1 to {MAX_ITEMS})", raw_items.len())));
        }
        let mut items: Vec<Item> = Vec::with_capacity(raw_items.len());
        for node in &raw_items {
            let item = read_item(node, bank)?;
            if items.iter().any(|i| i.question == item.question) {
                return Err(StateError(node.error("the same question is saved twice").to_string()));
            }
            items.push(item);
        }

        let at_node = root.field("at")?;
        let current = usize::try_from(at_node.as_i64()?)
            .ok()
            .filter(|&at| at < items.len())
            .ok_or_else(|| StateError(at_node.error("points past the last question").to_string()))?;
        Ok(Attempt { seed, number, items, current })
    }
}

fn read_item(node: &Node<'_>, bank: &Bank) -> Result<Item, StateError> {
    node.deny_unknown(&["q", "o", "a"])?;
    let q_node = node.field("q")?;
    let id = q_node.as_str()?;
    let index =
        bank.questions.iter().position(|q| q.id == id).ok_or_else(|| {
            StateError(q_node.error(format!("question \"{id}\" is no longer in the bank")).to_string())
        })?;
    let question = bank.questions.get(index).ok_or_else(|| StateError("question index out of range".into()))?;

    let o_node = node.field("o")?;
    let order = choice_indices(&o_node, question)?;
    if order.len() != question.choices.len() {
        return Err(StateError(o_node.error("the question's choices have changed").to_string()));
    }

    let answer = match node.get("a") {
        None => None,
        Some(a_node) => {
            let mut answer = choice_indices(&a_node, question)?;
            if answer.is_empty() || (answer.len() > 1 && !question.multi_select()) {
                return Err(StateError(a_node.error("not a possible answer to this question").to_string()));
            }
            core_sort::sort(&mut answer);
            Some(answer)
        }
    };
    Ok(Item { question: index, order, answer })
}

/// Choice ids to indices; every id must exist and appear once.
fn choice_indices(node: &Node<'_>, question: &Question) -> Result<Vec<usize>, StateError> {
    let mut out = Vec::new();
    for item in node.items()? {
        let id = item.as_str()?;
        let i = question.choice_index(id).ok_or_else(|| {
            StateError(item.error(format!("choice \"{id}\" is no longer in question \"{}\"", question.id)).to_string())
        })?;
        if out.contains(&i) {
            return Err(StateError(item.error(format!("choice \"{id}\" is listed twice")).to_string()));
        }
        out.push(i);
    }
    Ok(out)
}
