//! Attribute parsing as a hook: every widget root calls `use_parsed` with its own parser and gets
//! the common attributes, its config and the problems, re-parsed only when attributes change.

use crate::{console, HostProps, Notice};
use core_attrs::{parse_common, Common, Lookup, Problem};
use std::rc::Rc;
use yew::prelude::*;

pub struct Parsed<C> {
    pub common: Common,
    pub config: C,
    pub problems: Vec<Problem>,
}

impl<C> Parsed<C> {
    /// Notices for the reader, one per problem, in the widget's language.
    pub fn notices(&self) -> Vec<Notice> {
        self.problems.iter().map(|p| Notice::for_problem(self.common.lang.lang, p)).collect()
    }
}

#[hook]
pub fn use_parsed<C: 'static>(
    tag: &'static str,
    props: &HostProps,
    parse: fn(Lookup<'_>, &mut Vec<Problem>) -> C,
) -> Rc<Parsed<C>> {
    // Logged where parsed rather than in an effect: the memo runs once per change of what it
    // reads, and an effect would be one more hook compiled into every widget.
    use_memo((props.attrs.clone(), props.page_lang.clone()), |(attrs, page_lang)| {
        let get = |name: &str| core_attrs::attribute(attrs, name);
        let mut problems = Vec::new();
        let common = parse_common(&get, page_lang, &mut problems);
        let config = parse(&get, &mut problems);
        console::report_problems(tag, &problems);
        if !common.lang.supported {
            console::info(tag, &format!("language \"{}\" is not supported; using English", common.requested_lang));
        }
        Parsed { common, config, problems }
    })
}
