//! When the event happens: in its own time zone ("Thursday, December 31, 2026 at 11:59 PM
//! (Eastern Time)") and in the reader's, formatted by the browser's `Intl` in the widget's
//! language, with the zone named by Intl too ("giờ miền Đông", "北美东部时间").

use core_i18n::{countdown::Text, fill, Catalog, Lang};
use ui_common::intl;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EventTimesProps {
    pub lang: Lang,
    pub start: i64,
    /// The end; for an all-day event, midnight after its last day.
    pub end: Option<i64>,
    pub all_day: bool,
    /// The event's IANA zone, when known to the browser.
    pub time_zone: Option<String>,
    /// A custom event's own UTC offset, used when it names no zone.
    pub offset_seconds: Option<i32>,
}

/// "+07:00" for an offset: `Intl` accepts it as a time zone, and so does a reader.
fn offset_zone(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// A bare offset as readers write it: "UTC", "UTC+07:00" (Intl would say "GMT+07:00").
fn offset_name(seconds: i32) -> String {
    match seconds {
        0 => "UTC".to_string(),
        _ => format!("UTC{}", offset_zone(seconds)),
    }
}

/// `start` (to `end`) in `zone` (the reader's when `None`), as Intl writes a full date and a
/// short time in `lang`, followed by the zone's name: "{time} ({zone})". A range says what its
/// two ends share once ("Wednesday, November 25, 2026, 9:00 AM – 5:00 PM").
fn zoned_time(
    lang: Lang,
    zone: Option<&str>,
    zone_name: Option<String>,
    start: i64,
    end: Option<i64>,
    all_day: bool,
) -> Option<String> {
    let fields: &[(&str, &str)] =
        if all_day { &[("dateStyle", "full")] } else { &[("dateStyle", "full"), ("timeStyle", "short")] };
    let format = intl::date_time(lang.code(), zone, fields).ok()?;
    let time = match end {
        // An all-day event ends at the midnight after its last day, which is not one of its days.
        Some(end) if all_day => format.format_range_ms(start as f64, (end - 1) as f64),
        Some(end) => format.format_range_ms(start as f64, end as f64),
        None => format.format_ms(start as f64),
    };
    Some(match zone_name {
        Some(name) => fill(Text::for_lang(lang).zoned, &[("time", &time), ("zone", &name)]),
        None => time,
    })
}

/// What to call `zone` (the reader's when `None`): Intl's generic name ("Eastern Time", which
/// holds all year, unlike "Eastern Standard Time"), but "UTC" for UTC, where Intl says
/// "GMT+00:00".
fn zone_label(lang: Lang, zone: Option<&str>, at: f64) -> Option<String> {
    let zone = zone.map(str::to_string).or_else(intl::reader_time_zone);
    match zone.as_deref() {
        Some("UTC" | "Etc/UTC" | "Etc/UCT" | "Etc/GMT" | "Etc/Universal" | "Etc/Zulu" | "GMT" | "UCT" | "Zulu") => {
            Some("UTC".to_string())
        }
        zone => intl::zone_name(lang.code(), zone, at, "longGeneric"),
    }
}

#[function_component(EventTimes)]
pub fn event_times(props: &EventTimesProps) -> Html {
    let text = Text::for_lang(props.lang);
    let start = props.start as f64;
    let (zone, zone_name) = match (&props.time_zone, props.offset_seconds) {
        (Some(zone), _) => (Some(zone.clone()), zone_label(props.lang, Some(zone), start)),
        (None, Some(offset)) => (Some(offset_zone(offset)), Some(offset_name(offset))),
        (None, None) => (None, None),
    };
    let event_line = zone
        .as_deref()
        .and_then(|zone| zoned_time(props.lang, Some(zone), zone_name, props.start, props.end, props.all_day));
    let same_zone = props.time_zone.as_deref().is_some_and(|zone| {
        intl::resolved_time_zone(Some(zone)).is_some_and(|zone| Some(zone) == intl::reader_time_zone())
    });
    // All-day events are dates, not instants: the reader's clock adds nothing.
    let reader_line = (!props.all_day && !same_zone)
        .then(|| zoned_time(props.lang, None, zone_label(props.lang, None, start), props.start, props.end, false))
        .flatten()
        .map(|time| fill(text.your_time, &[("time", &time)]));
    html! {
        <div class="aw-cd-times">
            if let Some(line) = event_line {
                <p class="aw-cd-event-time">{ line }</p>
            }
            if let Some(line) = reader_line {
                <p class="aw-cd-reader-time">{ line }</p>
            } else if same_zone {
                <p class="aw-cd-reader-time aw-muted">{ text.your_zone_too }</p>
            }
        </div>
    }
}
