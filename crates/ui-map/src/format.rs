//! Texts about participants in the reader's language: names from `Intl.DisplayNames`, dates
//! from `Intl.DateTimeFormat`, status and instrument words from the catalogue.

use core_i18n::{fill, map::Text, Lang};
use core_treaty::{ApproxDate, Confidence, Date, InstrumentKind, Participant, Ratification, Signature, Status};
use ui_common::intl;
use ui_common::text::fill_html;
use yew::prelude::*;

/// Country names in one language; the data's English name where the browser has none.
pub struct Names(Option<intl::DisplayNames>);

impl Names {
    pub fn new(lang: Lang) -> Names {
        Names(intl::region_names(lang.code()))
    }

    pub fn of(&self, iso2: &str, fallback: Option<&str>) -> String {
        self.0
            .as_ref()
            .and_then(|d| d.name(iso2))
            .or_else(|| fallback.map(str::to_string))
            .unwrap_or_else(|| iso2.to_string())
    }
}

pub fn status_text(text: &Text, status: Status) -> &'static str {
    match status {
        Status::NotSigned => text.not_signed,
        Status::Signed => text.signed,
        Status::Ratified => text.ratified,
    }
}

pub fn instrument_text(text: &Text, kind: InstrumentKind) -> &'static str {
    match kind {
        InstrumentKind::Ratification => text.kind_ratification,
        InstrumentKind::Acceptance => text.kind_acceptance,
        InstrumentKind::Approval => text.kind_approval,
        InstrumentKind::Accession => text.kind_accession,
    }
}

/// How far a row's source can be trusted, in words rather than the data's codes.
pub fn confidence_text(text: &Text, confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Un => text.confidence_un,
        Confidence::Off => text.confidence_off,
        Confidence::News => text.confidence_news,
        Confidence::Weak => text.confidence_weak,
    }
}

fn utc_ms(date: Date) -> f64 {
    date.to_days() as f64 * 86_400_000.0
}

/// A day with its month in words: "Oct 25, 2025", "25 أكتوبر 2025". (`dateStyle: "medium"`
/// writes Arabic dates as "25/10/2025".)
const DAY: [(&str, &str); 3] = [("year", "numeric"), ("month", "short"), ("day", "numeric")];

/// A date as precise as the source: "25 Oct 2025", "October 2025", or "25–26 Oct 2025".
pub fn date(lang: Lang, date: &ApproxDate) -> String {
    let code = lang.code();
    let (fields, start, end): (&[(&str, &str)], Date, Option<Date>) = match *date {
        ApproxDate::Day(d) => (&DAY, d, None),
        ApproxDate::Month(d) => (&[("month", "long"), ("year", "numeric")], d, None),
        ApproxDate::Between(a, b) => (&DAY, a, Some(b)),
    };
    intl::date_time(code, Some("UTC"), fields)
        .map(|f| match end {
            Some(end) => f.format_range_ms(utc_ms(start), utc_ms(end)),
            None => f.format_ms(utc_ms(start)),
        })
        .unwrap_or_default()
}

/// "25 Oct 2025, Hanoi", in the language's punctuation; the editors' notes (English) stand in
/// for an unknown date, and for an unknown place when `place_notes` (the details have room for
/// them), marked as English so they read right inside Arabic or Chinese.
pub fn signature_html(lang: Lang, text: &Text, s: &Signature, place_notes: bool) -> Html {
    let english = |note: &str| html! { <bdi lang="en" dir="ltr">{ note.to_string() }</bdi> };
    let when = match (&s.date, &s.date_note) {
        (Some(d), _) => html! { { date(lang, d) } },
        (None, Some(note)) => english(note),
        (None, None) => Html::default(),
    };
    let place = match (s.place, &s.place_note) {
        (Some(p), _) => Some(html! { { p.name(lang) } }),
        (None, Some(note)) if place_notes => Some(english(note)),
        _ => None,
    };
    match place {
        Some(place) => fill_html(text.date_place, &[("date", when), ("place", place)]),
        None => when,
    }
}

/// "1 Mar 2026 (approval)".
pub fn ratification_text(lang: Lang, text: &Text, r: &Ratification) -> String {
    fill(text.date_kind, &[("date", &date(lang, &ApproxDate::Day(r.date))), ("kind", instrument_text(text, r.kind))])
}

/// The sort key of a participant's signature or ratification date (unknown dates last).
pub fn signature_key(p: &Participant) -> i64 {
    p.signature.as_ref().and_then(|s| s.date.as_ref()).map_or(i64::MAX, |d| d.earliest().to_days())
}

pub fn ratification_key(p: &Participant) -> i64 {
    p.ratification.as_ref().map_or(i64::MAX, |r| r.date.to_days())
}
