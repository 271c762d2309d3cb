//! The frame every widget renders in: language and direction, theme hook for CSS, and the
//! notices area where problems with attributes or data are shown in the reader's language.

use core_attrs::{Problem, Theme};
use core_i18n::{common, fill, Catalog, Lang};
use yew::prelude::*;

/// A short message for the reader. Details go to the console, not here.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice(pub AttrValue);

impl Notice {
    /// The localized notice for an attribute value that was ignored.
    pub fn for_problem(lang: Lang, problem: &Problem) -> Notice {
        let text = common::Text::for_lang(lang);
        Notice(fill(text.bad_attribute, &[("name", &problem.attribute), ("value", &problem.value)]).into())
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub lang: Lang,
    pub theme: Theme,
    /// Accessible name of the widget as a whole.
    pub label: AttrValue,
    #[prop_or_default]
    pub notices: Vec<Notice>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let text = common::Text::for_lang(props.lang);
    html! {
        <div class="aw" lang={props.lang.code()} dir={props.lang.dir()} data-theme={props.theme.as_str()}
             role="region" aria-label={props.label.clone()}>
            // The live region exists from the first render, so later notices are announced.
            <div class="aw-notices" role="status" aria-live="polite" aria-label={text.notices}>
                { for props.notices.iter().map(|n| html! { <p class="aw-notice">{ n.0.clone() }</p> }) }
            </div>
            { props.children.clone() }
        </div>
    }
}
