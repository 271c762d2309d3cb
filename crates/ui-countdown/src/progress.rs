//! Entry into force before its date is known: "N of 40 ratifications", as text and as a native
//! progress bar, with the rule and the date of the data.

use core_i18n::{countdown::Text, fill, Catalog, Lang};
use ui_common::intl;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RatificationProgressProps {
    pub lang: Lang,
    pub counted: usize,
    pub required: usize,
    /// The data's date (UTC midnight, ms).
    pub as_of: f64,
}

#[function_component(RatificationProgress)]
pub fn ratification_progress(props: &RatificationProgressProps) -> Html {
    let text = Text::for_lang(props.lang);
    let code = props.lang.code();
    let label = fill(
        text.ratifications,
        &[("n", &intl::number(code, props.counted as i64)), ("total", &intl::number(code, props.required as i64))],
    );
    let as_of = intl::date_time(code, Some("UTC"), &[("dateStyle", "long")])
        .map(|f| f.format_ms(props.as_of))
        .unwrap_or_default();
    html! {
        <div class="aw-cd-progress">
            <p class="aw-cd-progress-label">{ label.clone() }</p>
            <progress max={props.required.to_string()} value={props.counted.to_string()} aria-label={label} />
            <p>{ text.entry_into_force_rule }</p>
            <p class="aw-muted">{ fill(text.data_as_of, &[("date", &as_of)]) }</p>
        </div>
    }
}
