//! When the event happens: in its own time zone ("Thursday, December 31, 2026 at 11:59 PM
//! (Eastern Time)") and in the reader's, formatted by the browser's `Intl` in the widget's
//! language, with the zone named by Intl too ("giờ miền Đông", "北美东部时间").

use core_countdown::{Shown, Timing};
use core_i18n::{countdown::Text, fill, Catalog, Lang};
use ui_common::intl;
use yew::prelude::*;

/// The two lines, worked out once per event and language (the root's memo), not at every tick:
/// each asks `Intl` for a formatter. Plain data and a view function rather than a component,
/// since each component costs ~0.75 KB of gzipped wasm.
#[derive(Debug)]
pub struct EventTimes {
    /// In the event's zone (or its own offset).
    event_line: Option<String>,
    /// In the reader's, unless that is the same zone or the event is all-day.
    reader_line: Option<String>,
    same_zone: bool,
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
    let format = intl::date_time(lang.code(), zone, fields)?;
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

impl EventTimes {
    /// The times of `shown` in `time_zone` (its zone, when the browser knows it) and the reader's.
    pub fn new(lang: Lang, shown: &Shown, timing: Timing, time_zone: Option<&str>) -> EventTimes {
        let text = Text::for_lang(lang);
        let (start, end, all_day) = (timing.start.millis(), timing.end.map(|e| e.millis()), shown.all_day);
        let (zone, zone_name) = match (time_zone, shown.offset_seconds) {
            (Some(zone), _) => (Some(zone.to_string()), zone_label(lang, Some(zone), start as f64)),
            (None, Some(offset)) => (Some(offset_zone(offset)), Some(offset_name(offset))),
            (None, None) => (None, None),
        };
        let event_line = zone.as_deref().and_then(|zone| zoned_time(lang, Some(zone), zone_name, start, end, all_day));
        let same_zone = time_zone.is_some_and(|zone| {
            intl::resolved_time_zone(Some(zone)).is_some_and(|zone| Some(zone) == intl::reader_time_zone())
        });
        // All-day events are dates, not instants: the reader's clock adds nothing.
        let reader_line = (!all_day && !same_zone)
            .then(|| zoned_time(lang, None, zone_label(lang, None, start as f64), start, end, false))
            .flatten()
            .map(|time| fill(text.your_time, &[("time", &time)]));
        EventTimes { event_line, reader_line, same_zone }
    }

    pub fn view(&self, lang: Lang) -> Html {
        let text = Text::for_lang(lang);
        html! {
            <div class="aw-cd-times">
                if let Some(line) = &self.event_line {
                    <p class="aw-cd-event-time">{ line.clone() }</p>
                }
                if let Some(line) = &self.reader_line {
                    <p class="aw-cd-reader-time">{ line.clone() }</p>
                } else if self.same_zone {
                    <p class="aw-cd-reader-time aw-muted">{ text.your_zone_too }</p>
                }
            </div>
        }
    }
}
