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
    let parsed = use_memo((props.attrs.clone(), props.page_lang.clone()), |(attrs, page_lang)| {
        let get = |name: &str| core_attrs::attribute(attrs, name);
        let mut problems = Vec::new();
        let common = parse_common(&get, page_lang, &mut problems);
        let config = parse(&get, &mut problems);
        Parsed { common, config, problems }
    });
    let logged = parsed.clone();
    use_effect_with(props.attrs.clone(), move |_| {
        console::report_problems(tag, &logged.problems);
        if !logged.common.lang.supported {
            console::info(
                tag,
                &format!("language \"{}\" is not supported; using English", logged.common.requested_lang),
            );
        }
    });
    parsed
}
