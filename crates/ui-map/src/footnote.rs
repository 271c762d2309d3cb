//! Below the map: how current the data is and where it comes from, the participants the sources
//! report but do not name, and the disclaimer about borders.

use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::Signatories;
use ui_common::intl;
use yew::prelude::*;

/// A view function rather than a component: it has no state, and a component costs ~0.7 KB of
/// gzipped wasm.
pub fn footnote(lang: Lang, data: &Signatories) -> Html {
    let text = Text::for_lang(lang);
    let code = lang.code();
    let as_of = crate::format::date(lang, &core_treaty::ApproxDate::Day(data.as_of));
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
            <div class="aw-map-asof aw-muted">
                <p>{ fill(text.as_of, &[("date", &as_of)]) }</p>
                // The titles are English data: each isolated and marked so, on a line of its own,
                // where it reads the same in every language's direction.
                <ul class="aw-map-sources">
                    { for data.sources.iter().take(3).map(|s| html! {
                        <li><bdi lang="en" dir="ltr">{ s.title.clone() }</bdi></li>
                    }) }
                </ul>
                if let Some(gap) = gap { <p>{ gap }</p> }
            </div>
            <p class="aw-map-disclaimer aw-muted">{ text.disclaimer }</p>
        </>
    }
}
