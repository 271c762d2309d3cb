//! The visual timer: days, hours, minutes, seconds, from the largest unit that is not zero.
//! Hidden from screen readers (the announcer speaks instead, once a minute); digits are
//! tabular and cells fixed-width, so nothing moves while it ticks. Numbers and unit words come
//! from `core_i18n::count`, not `Intl`: the timer is the widget's first content, drawn before
//! the page has paid for starting `Intl`.

use core_countdown::{Breakdown, Unit};
use core_i18n::count::{self, TimeUnit};
use core_i18n::Lang;
use yew::prelude::*;

/// `ms` to go (rounded up to whole seconds for display).
pub fn timer(lang: Lang, ms: i64) -> Html {
    let breakdown = Breakdown::remaining(ms);
    let units = breakdown.visible_units();
    html! {
        <div class="aw-cd-timer" aria-hidden="true" data-units={units.len().to_string()}>
            { for units.iter().enumerate().map(|(i, unit)| {
                // The largest unit shows as is; smaller ones keep two digits so widths hold.
                let digits = if i == 0 { 1 } else { 2 };
                let n = u64::try_from(breakdown.get(*unit)).unwrap_or(0);
                let (number, label) = count::unit_parts(lang, time_unit(*unit), n, digits);
                html! {
                    <div class="aw-cd-unit" data-unit={unit.as_str()}>
                        <span class="aw-cd-num">{ number }</span>
                        <span class="aw-cd-unit-label">{ label }</span>
                    </div>
                }
            }) }
        </div>
    }
}

pub fn time_unit(unit: Unit) -> TimeUnit {
    match unit {
        Unit::Days => TimeUnit::Day,
        Unit::Hours => TimeUnit::Hour,
        Unit::Minutes => TimeUnit::Minute,
        Unit::Seconds => TimeUnit::Second,
    }
}
