//! The builder's state: a shared link restores it, each widget keeps its own choices, changes
//! go to the widget shown, and a repeated announcement is still a change for the live region.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_embed_code::{BuilderAction, BuilderState, PreviewMode, Setup, Widget};

fn after(state: &BuilderState, action: BuilderAction) -> BuilderState {
    let mut next = state.clone();
    next.reduce(action);
    next
}

#[test]
fn a_shared_link_restores_its_widget_and_the_others_start_blank() {
    let state = BuilderState::from_fragment("#widget=signatory-map&highlight=VN&lang=vi&seed=7a");
    assert_eq!(state.active, Widget::Map);
    assert_eq!(state.setup().fragment(), "widget=signatory-map&lang=vi&highlight=VN");
    assert_eq!(state.dropped, ["seed"], "the map has no seed: said once, not lost silently");
    assert_eq!((state.preview, state.announcement.as_str()), (PreviewMode::Element, ""));
    for widget in [Widget::Quiz, Widget::Countdown] {
        assert_eq!(after(&state, BuilderAction::Pick(widget)).setup(), &Setup::new(widget));
    }

    let blank = BuilderState::from_fragment("");
    assert_eq!((blank.active, blank.setup()), (Widget::Quiz, &Setup::new(Widget::Quiz)));
    assert!(blank.dropped.is_empty());
    let unknown = BuilderState::from_fragment("#widget=clock");
    assert_eq!((unknown.active, unknown.dropped.as_slice()), (Widget::Quiz, &["widget=clock".to_string()][..]));
}

#[test]
fn each_widget_keeps_its_choices_when_the_editor_switches() {
    let quiz = after(&BuilderState::from_fragment(""), BuilderAction::Set("seed", "lop-9a".into()));
    assert_eq!(quiz.setup().get("seed"), Some("lop-9a"));
    let map = after(&after(&quiz, BuilderAction::Pick(Widget::Map)), BuilderAction::Set("highlight", "VN".into()));
    assert_eq!((map.active, map.setup().get("highlight"), map.setup().get("seed")), (Widget::Map, Some("VN"), None));
    let back = after(&map, BuilderAction::Pick(Widget::Quiz));
    assert_eq!((back.setup().get("seed"), back.setup().get("highlight")), (Some("lop-9a"), None));
    assert_eq!(after(&back, BuilderAction::Pick(Widget::Map)).setup(), map.setup());
}

#[test]
fn set_changes_the_active_widget_and_blank_removes() {
    let state = after(&BuilderState::from_fragment(""), BuilderAction::Set("lang", "vi".into()));
    assert_eq!(state.setup().get("lang"), Some("vi"));
    let cleared = after(&state, BuilderAction::Set("lang", " ".into()));
    assert_eq!(cleared.setup().get("lang"), None);
    // A name the widget does not accept changes nothing.
    assert_eq!(after(&state, BuilderAction::Set("highlight", "VN".into())), state);
}

#[test]
fn set_many_is_one_change() {
    let countdown = after(&BuilderState::from_fragment("#widget=event-countdown&event=adoption"), {
        BuilderAction::SetMany(vec![
            ("event", String::new()),
            ("at", "2026-12-31T23:59:00Z".into()),
            ("title", "Deadline".into()),
        ])
    });
    assert_eq!(countdown.setup().get("event"), None);
    assert_eq!(countdown.setup().get("at"), Some("2026-12-31T23:59:00Z"));
    assert_eq!(countdown.setup().get("title"), Some("Deadline"));
}

#[test]
fn the_preview_mode_is_the_editors_choice() {
    let iframe = after(&BuilderState::from_fragment(""), BuilderAction::Preview(PreviewMode::Iframe));
    assert_eq!(iframe.preview, PreviewMode::Iframe);
    assert_eq!(after(&iframe, BuilderAction::Pick(Widget::Map)).preview, PreviewMode::Iframe, "kept across widgets");
    assert_eq!(after(&iframe, BuilderAction::Preview(PreviewMode::Element)).preview, PreviewMode::Element);
}

#[test]
fn a_repeated_announcement_still_changes_the_text() {
    let once = after(&BuilderState::from_fragment(""), BuilderAction::Announce("Copied".into()));
    let twice = after(&once, BuilderAction::Announce("Copied".into()));
    let thrice = after(&twice, BuilderAction::Announce("Copied".into()));
    assert_eq!(once.announcement, "Copied");
    assert_eq!(twice.announcement, "Copied\u{a0}");
    assert_eq!(thrice.announcement, "Copied");
    assert_eq!(once.setup(), thrice.setup(), "announcing changes no setting");
}
