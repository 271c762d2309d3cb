//! The builder's state and its changes: one setup per widget (switching widgets keeps each
//! one's choices), which one is shown, and how the preview embeds it.

use crate::{Setup, Widget};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewMode {
    Element,
    Iframe,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BuilderState {
    pub active: Widget,
    quiz: Setup,
    countdown: Setup,
    map: Setup,
    pub preview: PreviewMode,
    /// What a shared link held that the builder could not use, to say so once.
    pub dropped: Vec<String>,
    /// The polite live region's text; `announcements` makes a repeat ("Copied" twice) a change.
    pub announcement: String,
    announcements: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BuilderAction {
    Pick(Widget),
    /// Sets an attribute of the active widget (an empty value removes it).
    Set(&'static str, String),
    /// Sets several at once, so a switch between a built-in and a custom event is one change.
    SetMany(Vec<(&'static str, String)>),
    Preview(PreviewMode),
    Announce(String),
}

impl BuilderState {
    /// The state a shared link (`#widget=…&lang=…`) describes.
    pub fn from_fragment(fragment: &str) -> BuilderState {
        let (shared, dropped) = Setup::from_fragment(fragment);
        let setup_for = |widget| if widget == shared.widget { shared.clone() } else { Setup::new(widget) };
        BuilderState {
            active: shared.widget,
            quiz: setup_for(Widget::Quiz),
            countdown: setup_for(Widget::Countdown),
            map: setup_for(Widget::Map),
            preview: PreviewMode::Element,
            dropped,
            announcement: String::new(),
            announcements: 0,
        }
    }

    /// The active widget's setup.
    pub fn setup(&self) -> &Setup {
        match self.active {
            Widget::Quiz => &self.quiz,
            Widget::Countdown => &self.countdown,
            Widget::Map => &self.map,
        }
    }

    fn setup_mut(&mut self) -> &mut Setup {
        match self.active {
            Widget::Quiz => &mut self.quiz,
            Widget::Countdown => &mut self.countdown,
            Widget::Map => &mut self.map,
        }
    }

    pub fn reduce(&mut self, action: BuilderAction) {
        match action {
            BuilderAction::Pick(widget) => self.active = widget,
            BuilderAction::Set(name, value) => {
                self.setup_mut().set(name, &value);
            }
            BuilderAction::SetMany(pairs) => {
                let setup = self.setup_mut();
                for (name, value) in pairs {
                    setup.set(name, &value);
                }
            }
            BuilderAction::Preview(mode) => self.preview = mode,
            BuilderAction::Announce(text) => {
                self.announcements = self.announcements.wrapping_add(1);
                // A no-break space on every other repeat: the region's text changes, so it speaks.
                let pad = if self.announcements.is_multiple_of(2) { "\u{a0}" } else { "" };
                self.announcement = format!("{text}{pad}");
            }
        }
    }
}
