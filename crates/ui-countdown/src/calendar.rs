//! "Add to calendar": a standards-correct .ics file (made here, in the browser, as a data URL)
//! and a Google Calendar link. Both are plain links: keyboard, middle-click and "save as" work.
//! In a frame sandboxed without downloads and popups (WordPress's oEmbed) neither would work: a
//! note links the countdown's own page instead (`ui_common::sandbox`).

use core_countdown::{google_calendar_url, ics, CalendarEvent, Instant, Shown, Timing};
use core_i18n::{countdown::Text, Catalog, Lang};
use ui_common::sandbox::sandbox_note;
use yew::prelude::*;

/// The links, worked out once per event (the root's memo), not at every tick. Plain data and a
/// view function rather than a component, since each component costs ~0.75 KB of gzipped wasm.
#[derive(Debug)]
pub enum AddToCalendar {
    Links {
        ics_url: String,
        google_url: String,
        file_name: String,
    },
    /// In a frame where they would not work: the page to open instead.
    Sandboxed {
        page: String,
    },
}

impl AddToCalendar {
    pub fn new(shown: &Shown, timing: Timing) -> AddToCalendar {
        if let Some(page) = ui_common::sandbox::opaque_frame_page() {
            return AddToCalendar::Sandboxed { page };
        }
        let url = shown.source.as_ref().map_or("", |s| s.url.as_str());
        let event = CalendarEvent {
            uid: &shown.uid,
            title: &shown.title,
            description: shown.description.as_deref().unwrap_or(""),
            location: shown.location.as_deref().unwrap_or(""),
            url,
            time_zone: shown.time_zone.as_deref().unwrap_or(""),
            when: timing.when,
        };
        let stamp = Instant::from_js(js_sys::Date::now()).unwrap_or(timing.start);
        let mut ics_url = String::from("data:text/calendar;charset=utf-8,");
        core_countdown::google::percent_encode(&mut ics_url, &ics(&event, stamp));
        let file_name = format!("{}.ics", shown.id.as_deref().unwrap_or("event"));
        AddToCalendar::Links { ics_url, google_url: google_calendar_url(&event), file_name }
    }

    pub fn view(&self, lang: Lang) -> Html {
        let text = Text::for_lang(lang);
        html! {
            <div class="aw-cd-calendar" role="group" aria-label={text.add_to_calendar}>
                <span class="aw-cd-calendar-label">{ text.add_to_calendar }</span>
                { match self {
                    AddToCalendar::Links { ics_url, google_url, file_name } => html! {
                        <>
                            <a class="aw-cd-ics" href={ics_url.clone()} download={file_name.clone()}>{ text.download_ics }</a>
                            <a class="aw-cd-google" href={google_url.clone()} target="_blank" rel="noopener noreferrer">{ text.google_calendar }</a>
                        </>
                    },
                    AddToCalendar::Sandboxed { page } => sandbox_note(lang, page.clone().into()),
                } }
            </div>
        }
    }
}
