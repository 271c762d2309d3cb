//! When the event happens: in its own time zone ("31 December 2026, 23:59 (New York time)") and
//! in the reader's, both formatted by the browser's `Intl` in the widget's language.

use core_i18n::{countdown::Text, fill, Catalog, Lang};
use ui_common::intl;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventTimesProps {
    pub lang: Lang,
    pub start: i64,
    pub end: Option<i64>,
    pub all_day: bool,
    /// The event's IANA zone, when known to the browser.
    pub time_zone: Option<String>,
    /// A custom event's own UTC offset, used when it names no zone.
    pub offset_seconds: Option<i32>,
}

/// "America/Ho_Chi_Minh" → "Ho Chi Minh". IANA city names are English everywhere; `Intl` has
/// no localized city names to offer.
fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// "+07:00" for an offset: `Intl` accepts it as a time zone, and so does a reader.
fn offset_zone(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

#[function_component(EventTimes)]
pub fn event_times(props: &EventTimesProps) -> Html {
    let text = Text::for_lang(props.lang);
    let code = props.lang.code();
    // A zone is named by its city ("New York time"); a bare offset by itself, as "UTC" or
    // "UTC+07:00", never "UTC+00:00 time".
    let (zone, label) = match (&props.time_zone, props.offset_seconds) {
        (Some(zone), _) => (Some(zone.clone()), fill(text.event_time, &[("city", &city(zone))])),
        (None, Some(0)) => (Some(offset_zone(0)), fill(text.event_time_offset, &[("offset", "UTC")])),
        (None, Some(offset)) => (
            Some(offset_zone(offset)),
            fill(text.event_time_offset, &[("offset", &format!("UTC{}", offset_zone(offset)))]),
        ),
        (None, None) => (None, String::new()),
    };
    let fields: &[(&str, &str)] =
        if props.all_day { &[("dateStyle", "full")] } else { &[("dateStyle", "full"), ("timeStyle", "short")] };
    let event_line = zone.as_deref().and_then(|zone| {
        let format = intl::date_time(code, Some(zone), fields).ok()?;
        let time = match (props.end, props.all_day) {
            (Some(end), false) => format.format_range_ms(props.start as f64, end as f64),
            _ => format.format_ms(props.start as f64),
        };
        Some(fill(&label, &[("time", &time)]))
    });
    let reader_zone = intl::reader_time_zone();
    let same_zone = zone.is_some() && reader_zone == props.time_zone;
    // All-day events are dates, not instants: the reader's clock adds nothing.
    let reader_line = (!props.all_day && !same_zone).then(|| {
        let fields = [
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
            // "6:59 PM" in English, "18:59" in Vietnamese: the language's own clock.
            ("hour", "numeric"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
        ];
        intl::date_time(code, None, &fields)
            .map(|f| fill(text.your_time, &[("time", &f.format_ms(props.start as f64))]))
    });
    html! {
        <div class="aw-cd-times">
            if let Some(line) = event_line {
                <p class="aw-cd-event-time">{ line }</p>
            }
            if let Some(Ok(line)) = reader_line {
                <p class="aw-cd-reader-time">{ line }</p>
            } else if same_zone {
                <p class="aw-cd-reader-time aw-muted">{ text.your_zone_too }</p>
            }
        </div>
    }
}
