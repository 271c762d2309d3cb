//! `<event-countdown>`: time left to (or since) a milestone of the Convention, or any event the
//! page names, in the event's time zone and the reader's own.

mod calendar;
mod clock;
mod data;
mod progress;
mod timer;
mod times;

use calendar::AddToCalendar;
use core_attrs::Problem;
use core_countdown::{
    minutes_left, next_milestone, parse_config, resolve, unknown_time_zone, Instant, Phase, Shown, Target,
};
use core_i18n::count::{self, TimeUnit};
use core_i18n::{countdown::Text, fill, Catalog, Lang};
use progress::RatificationProgress;
use std::rc::Rc;
use times::EventTimes;
use ui_common::site::{use_shipped, Shipped};
use ui_common::{
    announcer, console, intl, shell, use_painted, use_parsed, use_source, HostProps, Notice, Shared, Shell, Source,
    WidgetSpec,
};
use yew::prelude::*;

pub const TAG: &str = "event-countdown";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: core_attrs::COUNTDOWN_ATTRIBUTES,
    css: include_str!(concat!(env!("OUT_DIR"), "/countdown.css")),
    text: &[core_i18n::pack::COMMON, core_i18n::pack::COUNTDOWN],
};

#[function_component(EventCountdown)]
pub fn event_countdown(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, parse_config);
    let lang = parsed.common.lang.lang;
    let text = Text::for_lang(lang);
    let source = use_source(TAG, parsed.common.src.clone(), data::parse_events);
    // The built-in milestones are downloaded only when the page names no events file that works.
    let wanted =
        matches!(*source, Source::BuiltIn | Source::Failed { .. }).then(|| core_countdown::events::shipped_file(lang));
    let built_in = use_shipped(TAG, wanted, data::parse_built_in_events);
    let events = match (&*source, &*built_in) {
        (Source::Loaded(events), _) => Some(events.clone()),
        (Source::BuiltIn | Source::Failed { .. }, Shipped::Ready(events)) => Some(events.clone()),
        _ => None,
    };
    // A milestone needs the events; a page's own event (`at`, `title`, …) shows without them.
    let waiting = events.is_none() && matches!(parsed.config.target, Target::Milestone(_));
    let events_failed = waiting && matches!(*built_in, Shipped::Failed);
    let treaty = data::treaty();
    let painted = use_painted();
    // What to show changes with the attributes, the data and the language, not with the clock:
    // resolved once, not on every tick (entry into force asks Intl for New York's offsets).
    // Resolving also finds what only the events file reveals, such as an unknown `event`, and from
    // the first painted frame on whether the browser knows the zone (the pure parser checked its
    // shape; asking Intl waits for that frame, whose dates show the zone). That frame resolves
    // once more, which costs less than a second memo's code (~0.35 KB gzip per hook). The texts
    // that need Intl (the dates, the progress) and the calendar links are made here too, so no
    // tick makes them again.
    let resolved = use_memo(
        (parsed.config.clone(), events.clone().map(Shared), lang, painted),
        move |(config, events, lang, painted)| {
            let mut problems = Vec::new();
            let offset_at = |zone: &str, at: Instant| {
                intl::offset_at(zone, at.millis() as f64, core_countdown::zone::parse_gmt_offset)
            };
            let title = Text::for_lang(*lang).widget_name;
            let shown = match (events, &config.target) {
                (None, Target::Milestone(_)) => None, // until the milestones arrive
                (events, _) => {
                    let none = core_countdown::Events::default();
                    let events = events.as_deref().unwrap_or(&none);
                    resolve(config, events, *lang, title, treaty.entry_into_force, &offset_at, &mut problems)
                }
            };
            let zone = shown.as_ref().and_then(|s| s.time_zone.as_deref());
            let zone_known = !painted || zone.is_none_or(intl::is_known_time_zone);
            if let (false, Some(zone)) = (zone_known, zone) {
                problems.push(unknown_time_zone(zone));
            }
            let timing = shown.as_ref().and_then(|s| s.timing);
            // The dates and the calendar come after the first frame, below the timer (Intl).
            let (times, calendar) = match (&shown, timing, *painted) {
                (Some(shown), Some(timing), true) => (
                    Some(EventTimes::new(*lang, shown, timing, zone.filter(|_| zone_known))),
                    Some(AddToCalendar::new(shown, timing)),
                ),
                _ => (None, None),
            };
            let progress = (shown.is_some() && timing.is_none()).then(|| RatificationProgress::new(*lang, &treaty));
            Resolved { problems: Rc::new(problems), times, calendar, progress, shown }
        },
    );
    let (shown, problems) = (&resolved.shown, resolved.problems.clone());
    // The problems beyond the attributes' own (which `use_parsed` logs), for the console and the
    // notices.
    {
        let problems = problems.clone();
        use_effect_with(problems, |problems| console::report_problems(TAG, problems));
    }

    let now = Instant::from_js(clock::use_clock()).unwrap_or(Instant::from_millis(0));
    let timing = shown.as_ref().and_then(|s| s.timing);
    let phase = timing.map(|t| Phase::at(now, t.start, t.end));
    {
        let host = props.host.clone();
        use_effect_with(phase, move |phase| {
            if let Some(phase) = phase {
                host.emit("event-countdown:phase", &[("phase", phase.as_str().into())]);
            }
        });
    }

    // What the live region says changes once a minute: worked out then, not on every tick.
    let left = match phase {
        Some(Phase::Before) => timing.map(|t| minutes_left(t.start.millis_since(now))),
        _ => None,
    };
    let announcement = (*use_memo((lang, phase, left, painted), |(lang, phase, left, painted)| {
        // An empty region on the first frame: its text needs Intl, and is news only later.
        if *painted {
            announcement(*lang, *phase, *left)
        } else {
            AttrValue::default()
        }
    }))
    .clone();

    let mut notices = parsed.notices();
    notices.extend(problems.iter().map(|p| Notice::for_problem(lang, p)));
    notices.extend(source.notice(lang));

    if events_failed {
        notices.push(Notice(text.milestones_unavailable.into()));
    }
    let shell = move |content: Html| {
        shell(Shell { lang, theme: parsed.common.theme, label: text.widget_name, notices }, content)
    };
    let Some(shown) = shown.as_ref() else {
        // Waiting for the events, or an events file with no usable event (the notices say why).
        return shell(html! {
            if waiting && !events_failed {
                <p class="aw-muted" aria-busy="true">{ "…" }</p>
            }
        });
    };
    let code = lang.code();
    let body = match (timing, phase) {
        (Some(timing), Some(Phase::Before)) => html! {
            <>
                <p class="aw-cd-label">{ text.time_left }</p>
                { timer::timer(lang, timing.start.millis_since(now)) }
            </>
        },
        (Some(timing), Some(Phase::During)) => html! {
            <>
                <p class="aw-cd-now">{ text.happening_now }</p>
                if let Some(end) = timing.end {
                    <p class="aw-cd-label">{ text.ends_in }</p>
                    { timer::timer(lang, end.millis_since(now)) }
                }
            </>
        },
        (Some(timing), _) => {
            let ended = timing.end.unwrap_or(timing.start);
            let next =
                shown.id.as_deref().zip(events.as_deref()).and_then(|(id, events)| next_milestone(events, now, id));
            html! {
                <>
                    <p class="aw-cd-ended">{ fill(text.ended_ago, &[("ago", &ago(code, now.millis_since(ended)))]) }</p>
                    if let Some((event, next_timing)) = next {
                        <p class="aw-cd-next">{ fill(text.next_milestone, &[
                            ("title", event.title.get(lang)),
                            ("when", &intl::relative(code, (next_timing.start.millis_since(now) + 86_399_999) / 86_400_000, "day")),
                        ]) }</p>
                    }
                </>
            }
        }
        (None, _) => resolved.progress.as_ref().map(|p| p.view(lang)).unwrap_or_default(),
    };

    // The time left first, as readers look for it; the dates (Intl) and the calendar file after
    // the first frame, below it, so nothing above the timer moves when they arrive.
    shell(html! {
        <>
            <h2 class="aw-cd-title">{ shown.title.clone() }</h2>
            { body }
            if let Some(times) = &resolved.times {
                { times.view(lang) }
            }
            if let Some(location) = &shown.location {
                <p class="aw-cd-location aw-muted">{ location.clone() }</p>
            }
            { announcer(announcement, "aw-cd-announcer") }
            if let (Some(calendar), false) = (&resolved.calendar, phase == Some(Phase::After)) {
                { calendar.view(lang) }
            }
            if let Some(source) = &shown.source {
                <p class="aw-cd-source aw-muted">
                    { text.source }{ ui_common::text::colon(lang) }
                    // The events file gives sources in English only: marked so.
                    <a href={source.url.clone()} target="_blank" rel="noopener noreferrer" lang="en" dir="ltr">{ source.title.clone() }</a>
                </p>
            }
        </>
    })
}

/// What to show, worked out when the attributes, the data, the language or the first paint change.
struct Resolved {
    /// `None` while the milestones are on their way, or for an events file with no usable event.
    shown: Option<Shown>,
    /// What only resolving finds (see `use_memo` above).
    problems: Rc<Vec<Problem>>,
    /// From the first painted frame on, for a timed event.
    times: Option<EventTimes>,
    calendar: Option<AddToCalendar>,
    /// For the entry into force before its date is known.
    progress: Option<RatificationProgress>,
}

/// "3 days ago", or hours or minutes when less than a day has passed.
fn ago(lang: &str, ms: i64) -> String {
    let minutes = ms.max(0) / 60_000;
    match (minutes / 1440, minutes / 60) {
        // "now" rather than Intl's "this minute".
        (0, 0) => intl::relative(lang, 0, "second"),
        (0, hours) => intl::relative(lang, -hours, "hour"),
        (days, _) => intl::relative(lang, -days, "day"),
    }
}

/// What the polite live region says: minutes resolution before the event (so it changes at
/// most once a minute), and the phase itself at the milestones.
fn announcement(lang: Lang, phase: Option<Phase>, left: Option<(i64, i64, i64)>) -> AttrValue {
    let text = Text::for_lang(lang);
    match (phase, left) {
        (Some(Phase::Before), Some((days, hours, minutes))) => {
            let parts: Vec<String> = [(days, TimeUnit::Day), (hours, TimeUnit::Hour), (minutes, TimeUnit::Minute)]
                .iter()
                .skip_while(|(n, _)| *n == 0)
                .map(|(n, unit)| count::unit_phrase(lang, *unit, u64::try_from(*n).unwrap_or(0)))
                .collect();
            fill(text.announce_left, &[("time", &intl::list(lang.code(), &parts, intl::ListKind::Unit))]).into()
        }
        (Some(Phase::During), _) => text.announce_now.into(),
        (Some(Phase::After), _) => text.announce_ended.into(),
        _ => AttrValue::default(),
    }
}
