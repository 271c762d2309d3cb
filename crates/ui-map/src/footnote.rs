//! Below the map: how current the data is and where it comes from, the participants the sources
//! report but do not name, and the disclaimer about borders.

use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::Signatories;
use ui_common::intl;
use ui_common::text::{english_list, fill_html};
use yew::prelude::*;

/// A view function rather than a component: it has no state, and a component costs ~0.7 KB of
/// gzipped wasm.
pub fn footnote(lang: Lang, data: &Signatories) -> Html {
    let text = Text::for_lang(lang);
    let code = lang.code();
    let as_of = crate::format::date(lang, &core_treaty::ApproxDate::Day(data.as_of));
    let sources: Vec<String> = data.sources.iter().take(3).map(|s| s.title.clone()).collect();
    let gap = data.main_gap().filter(|g| g.unidentified > 0).map(|g| {
        fill(
            text.gap,
            &[
                ("missing", &intl::number(code, i64::from(g.unidentified))),
                ("reported", &intl::number(code, i64::from(g.reported.count))),
            ],
        )
    });
    html! {
        <>
            <p class="aw-map-asof aw-muted">
                // The sources' titles are English data: marked so, inside the reader's sentence.
                { fill_html(text.as_of, &[("date", html! { { as_of } }), ("sources", english_list(lang, &sources))]) }
                if let Some(gap) = gap { { gap } }
            </p>
            <p class="aw-map-disclaimer aw-muted">{ text.disclaimer }</p>
        </>
    }
}
