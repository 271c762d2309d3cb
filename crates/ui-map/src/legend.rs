//! The legend: each status with its colour and pattern, and its count; and the progress toward
//! entry into force. It also holds the pattern definitions the map and the table's swatches use.

use crate::format::status_text;
use core_i18n::{fill, map::Text, Catalog, Lang};
use core_treaty::{Counts, Progress, Status};
use ui_common::intl;
use yew::prelude::*;

pub const STATUSES: [Status; 3] = [Status::NotSigned, Status::Signed, Status::Ratified];

/// A small sample of a status's fill (colour and pattern), for the legend and the table.
pub fn swatch(status: Status) -> Html {
    html! {
        <svg class="aw-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" data-status={status.code()} />
        </svg>
    }
}

/// Patterns, so statuses differ by more than colour (for colour-blind readers and print).
pub fn pattern_defs() -> Html {
    html! {
        <svg class="aw-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="aw-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
                    <rect width="4" height="4" class="aw-hatch-bg" />
                    <rect width="1.4" height="4" class="aw-hatch-line" />
                </pattern>
                <pattern id="aw-dots" patternUnits="userSpaceOnUse" width="4" height="4">
                    <rect width="4" height="4" class="aw-dots-bg" />
                    <circle cx="2" cy="2" r="0.9" class="aw-dots-dot" />
                </pattern>
            </defs>
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
    pub counts: Counts,
    pub progress: Progress,
}

/// A component rather than a view function: its props compare equal when the explorer renders
/// again for a hover or a key, so its five `Intl` numbers are not made again each time.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let text = Text::for_lang(props.lang);
    let code = props.lang.code();
    let count = |status: Status| match status {
        Status::NotSigned => props.counts.not_signed,
        Status::Signed => props.counts.signed,
        Status::Ratified => props.counts.ratified,
    };
    let progress = fill(
        text.progress,
        &[
            ("n", &intl::number(code, props.progress.counted as i64)),
            ("total", &intl::number(code, props.progress.required as i64)),
        ],
    );
    html! {
        <div class="aw-map-legend-block">
            { pattern_defs() }
            <ul class="aw-map-legend" aria-label={text.legend}>
                { for STATUSES.iter().map(|&status| html! {
                    <li class="aw-legend-item" data-status={status.code()}>
                        { swatch(status) }
                        <span class="aw-legend-label">{ status_text(text, status) }</span>
                        <span class="aw-legend-count">{ intl::number(code, i64::from(count(status))) }</span>
                    </li>
                }) }
            </ul>
            <p class="aw-map-progress">{ progress.clone() }</p>
            <progress max={props.progress.required.to_string()} value={props.progress.counted.to_string()} aria-label={progress} />
        </div>
    }
}
