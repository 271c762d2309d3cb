//! "Add to calendar": a standards-correct .ics file (made here, in the browser, as a data URL)
//! and a Google Calendar link. Both are plain links: keyboard, middle-click and "save as" work.
//! In a frame sandboxed without downloads and popups (WordPress's oEmbed) neither would work: a
//! note links the countdown's own page instead (`ui_common::sandbox`).

use core_countdown::{google_calendar_url, ics, CalendarEvent, Instant, Shown, Timing};
use core_i18n::{countdown::Text, Catalog, Lang};
use std::rc::Rc;
use ui_common::sandbox::SandboxNote;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AddToCalendarProps {
    pub lang: Lang,
    pub shown: Rc<Shown>,
    pub timing: Timing,
}

#[function_component(AddToCalendar)]
pub fn add_to_calendar(props: &AddToCalendarProps) -> Html {
    let text = Text::for_lang(props.lang);
    // The links, or the page to open instead where they would not work; the frame is asked here
    // rather than in a memo of its own, since each hook costs its code (~0.35 KB gzip).
    let links = use_memo((props.shown.clone(), props.timing), |(shown, timing)| {
        if let Some(page) = ui_common::sandbox::opaque_frame_page() {
            return Err(AttrValue::from(page));
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
        let mut data_url = String::from("data:text/calendar;charset=utf-8,");
        core_countdown::google::percent_encode(&mut data_url, &ics(&event, stamp));
        Ok((data_url, google_calendar_url(&event)))
    });
    let file_name = format!("{}.ics", props.shown.id.as_deref().unwrap_or("event"));
    html! {
        <div class="aw-cd-calendar" role="group" aria-label={text.add_to_calendar}>
            <span class="aw-cd-calendar-label">{ text.add_to_calendar }</span>
            { match &*links {
                Ok((ics_url, google_url)) => html! {
                    <>
                        <a class="aw-cd-ics" href={ics_url.clone()} download={file_name}>{ text.download_ics }</a>
                        <a class="aw-cd-google" href={google_url.clone()} target="_blank" rel="noopener noreferrer">{ text.google_calendar }</a>
                    </>
                },
                Err(page) => html! { <SandboxNote lang={props.lang} page={page.clone()} /> },
            } }
        </div>
    }
}
