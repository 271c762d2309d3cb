//! The visual timer: days, hours, minutes, seconds, from the largest unit that is not zero.
//! Hidden from screen readers (the announcer speaks instead, once a minute); digits are
//! tabular and cells fixed-width, so nothing moves while it ticks.

use core_countdown::{Breakdown, Unit};
use core_i18n::Lang;
use ui_common::intl;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimerProps {
    pub lang: Lang,
    /// Milliseconds to go (rounded up to whole seconds for display).
    pub ms: i64,
}

#[function_component(Timer)]
pub fn timer(props: &TimerProps) -> Html {
    let breakdown = Breakdown::remaining(props.ms);
    let units = breakdown.visible_units();
    html! {
        <div class="aw-cd-timer" aria-hidden="true" data-units={units.len().to_string()}>
            { for units.iter().enumerate().map(|(i, unit)| {
                // The largest unit shows as is; smaller ones keep two digits so widths hold.
                let digits = if i == 0 { 1 } else { 2 };
                let (number, label) = intl::unit_parts(props.lang.code(), intl_unit(*unit), breakdown.get(*unit), digits);
                html! {
                    <div class={classes!("aw-cd-unit", unit.as_str())}>
                        <span class="aw-cd-num">{ number }</span>
                        <span class="aw-cd-unit-label">{ label }</span>
                    </div>
                }
            }) }
        </div>
    }
}

fn intl_unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Days => "day",
        Unit::Hours => "hour",
        Unit::Minutes => "minute",
        Unit::Seconds => "second",
    }
}
