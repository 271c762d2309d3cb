//! Entry into force before its date is known: "N of 40 ratifications", as text and as a native
//! progress bar, with the rule and the date of the data.

use crate::data::Treaty;
use core_i18n::{countdown::Text, fill, Catalog, Lang};
use ui_common::intl;
use yew::prelude::*;

/// The texts, worked out once per language (the root's memo), not at every tick: each asks
/// `Intl` for a formatter. Plain data and a view function rather than a component, since each
/// component costs ~0.75 KB of gzipped wasm.
#[derive(Debug)]
pub struct RatificationProgress {
    counted: usize,
    required: usize,
    /// "12 of 40 ratifications".
    label: String,
    /// The data's date.
    as_of: String,
}

impl RatificationProgress {
    pub fn new(lang: Lang, treaty: &Treaty) -> RatificationProgress {
        let text = Text::for_lang(lang);
        let code = lang.code();
        let label = fill(
            text.ratifications,
            &[
                ("n", &intl::number(code, treaty.counted as i64)),
                ("total", &intl::number(code, treaty.required as i64)),
            ],
        );
        let as_of = intl::date_time(code, Some("UTC"), &[("dateStyle", "long")])
            .map(|f| f.format_ms(treaty.as_of))
            .unwrap_or_default();
        RatificationProgress { counted: treaty.counted, required: treaty.required, label, as_of }
    }

    pub fn view(&self, lang: Lang) -> Html {
        let text = Text::for_lang(lang);
        html! {
            <div class="aw-cd-progress">
                <p class="aw-cd-progress-label">{ self.label.clone() }</p>
                <progress max={self.required.to_string()} value={self.counted.to_string()} aria-label={self.label.clone()} />
                <p>{ text.entry_into_force_rule }</p>
                <p class="aw-muted">{ fill(text.data_as_of, &[("date", &self.as_of)]) }</p>
            </div>
        }
    }
}
