//! `<event-countdown>`'s own attributes: a built-in `event`, or a custom one (`at`, `until`,
//! `title`, `time-zone`, `location`) set with date, time and time-zone pickers.
//!
//! The pickers hold a wall-clock time in the event's zone; the attributes hold RFC 3339
//! instants with that zone's offset on that date (`core_embed_code::wall_time_in_zone`).

use crate::browser::{self, offset_in};
use crate::common_fields::input_setter;
use core_countdown::Instant;
use core_embed_code::custom_event::{change_zone, choose_event, edit_wall_time, EventChoice, WallPart};
use core_embed_code::{Setup, WallTime};
use core_i18n::{builder::Text, fill, Catalog, Lang};
use ui_common::intl;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountdownFieldsProps {
    pub lang: Lang,
    pub setup: Setup,
    pub on_set_many: Callback<Vec<(&'static str, String)>>,
}

#[function_component(CountdownFields)]
pub fn countdown_fields(props: &CountdownFieldsProps) -> Html {
    let text = Text::for_lang(props.lang);
    let lang = props.lang;
    let setup = &props.setup;
    let events = use_memo((), |_| core_countdown::built_in().map(|e| e.all().to_vec()).unwrap_or_default());
    let zones = use_memo((), |_| browser::time_zones());
    let reader_zone = use_memo((), |_| intl::reader_time_zone().unwrap_or_else(|| "UTC".into()));
    let custom = setup.get("at").is_some();
    let zone = setup.get("time-zone").map(str::to_string).unwrap_or_else(|| (*reader_zone).clone());
    // What the zone field shows while a name is typed that is not (yet) a known zone.
    let zone_draft = use_state(|| zone.clone());
    let time_error = use_state(|| false);
    {
        let zone_draft = zone_draft.clone();
        use_effect_with(zone.clone(), move |zone| zone_draft.set(zone.clone()));
    }
    let wall = |name: &str| setup.get(name).and_then(|at| WallTime::of(at, &offset_in(&zone)));
    let start = wall("at");
    let end = wall("until");

    let chosen = if custom {
        "custom".to_string()
    } else {
        setup.get("event").unwrap_or(core_countdown::DEFAULT_EVENT).to_string()
    };
    let radio = |value: String, label: String| {
        let on_set_many = props.on_set_many.clone();
        let reader_zone = reader_zone.clone();
        let title = setup.get("title").unwrap_or("").to_string();
        let is_custom = value == "custom";
        let id = value.clone();
        let onchange = Callback::from(move |_| {
            let choice = if is_custom {
                let now = Instant::from_js(js_sys::Date::now()).unwrap_or(Instant::from_millis(0));
                let offset_at = offset_in(&reader_zone);
                choose_event(EventChoice::Custom {
                    now,
                    reader_zone: &reader_zone,
                    offset_at: &offset_at,
                    title: &title,
                })
            } else {
                choose_event(EventChoice::BuiltIn(&id))
            };
            on_set_many.emit(choice);
        });
        html! {
            <label class="choice">
                <input type="radio" name="event" value={value.clone()} checked={chosen == value} {onchange} />
                { label }
            </label>
        }
    };
    let mut choices: Vec<Html> = events.iter().map(|e| radio(e.id.clone(), e.title.get(lang).to_string())).collect();
    choices.push(radio("custom".into(), text.event_custom.into()));

    // Date or time of the start (`at`) or end (`until`) changed: rebuild that instant.
    let on_wall = |name: &'static str, part: WallPart| {
        let on_set_many = props.on_set_many.clone();
        let zone = zone.clone();
        let current = if name == "at" { start.clone() } else { end.clone() };
        let time_error = time_error.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            match edit_wall_time(name, current.clone(), part, value, &offset_in(&zone)) {
                Some(changes) => {
                    time_error.set(false);
                    on_set_many.emit(changes);
                }
                None => time_error.set(true),
            }
        })
    };
    let on_zone = {
        let on_set_many = props.on_set_many.clone();
        let zone_draft = zone_draft.clone();
        let (start, end) = (start.clone(), end.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            zone_draft.set(typed.clone());
            let typed = typed.trim();
            if !typed.is_empty() && intl::is_known_time_zone(typed) {
                on_set_many.emit(change_zone(typed, start.as_ref(), end.as_ref(), &offset_in(typed)));
            }
        })
    };
    let zone_known = zone_draft.trim().is_empty() || intl::is_known_time_zone(zone_draft.trim());
    let set_one = {
        let on_set_many = props.on_set_many.clone();
        Callback::from(move |pair: (&'static str, String)| on_set_many.emit(vec![pair]))
    };
    let zone_options = zones.iter().map(|z| html! { <option value={z.clone()} /> });
    let value_of = |w: &Option<WallTime>, date: bool| {
        w.as_ref().map(|w| if date { w.date.clone() } else { w.time.clone() }).unwrap_or_default()
    };
    html! {
        <>
        <fieldset class="field events">
            <legend>{ text.event }</legend>
            { for choices }
        </fieldset>
        if custom {
            <div class="field">
                <label for="f-title">{ text.custom_title }</label>
                <input id="f-title" type="text" value={setup.get("title").unwrap_or("").to_string()} oninput={input_setter(&set_one, "title")} />
            </div>
            <fieldset class="field when">
                <legend>{ text.custom_start }</legend>
                <label for="f-at-date">{ text.date }</label>
                <input id="f-at-date" type="date" required=true value={value_of(&start, true)} onchange={on_wall("at", WallPart::Date)} />
                <label for="f-at-time">{ text.time }</label>
                <input id="f-at-time" type="time" required=true value={value_of(&start, false)} onchange={on_wall("at", WallPart::Time)} />
            </fieldset>
            <fieldset class="field when">
                <legend>{ text.custom_end }</legend>
                <label for="f-until-date">{ text.date }</label>
                <input id="f-until-date" type="date" value={value_of(&end, true)} onchange={on_wall("until", WallPart::Date)} />
                <label for="f-until-time">{ text.time }</label>
                <input id="f-until-time" type="time" value={value_of(&end, false)} onchange={on_wall("until", WallPart::Time)} />
            </fieldset>
            if *time_error {
                <p class="hint error" role="alert">{ text.time_invalid }</p>
            }
            <div class="field">
                <label for="f-zone">{ text.time_zone }</label>
                <input id="f-zone" type="text" list="f-zones" autocomplete="off" spellcheck="false" value={(*zone_draft).clone()}
                    aria-invalid={(!zone_known).then_some("true")} aria-describedby="f-zone-hint" oninput={on_zone} />
                <datalist id="f-zones">{ for zone_options }</datalist>
                <p id="f-zone-hint" class={classes!("hint", (!zone_known).then_some("error"))}>
                    { if zone_known { String::new() } else { fill(text.zone_unknown, &[("zone", zone_draft.trim())]) } }
                </p>
            </div>
            <div class="field">
                <label for="f-location">{ text.location }</label>
                <input id="f-location" type="text" value={setup.get("location").unwrap_or("").to_string()} oninput={input_setter(&set_one, "location")} />
            </div>
        }
        </>
    }
}
