//! The builder's state and its changes: one setup per widget (switching widgets keeps each
//! one's choices), which one is shown, and how the preview embeds it.

use core_embed_code::{Setup, Widget};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviewMode {
    Element,
    Iframe,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BuilderState {
    pub active: Widget,
    setups: Vec<Setup>,
    pub preview: PreviewMode,
    /// What a shared link held that the builder could not use, to say so once.
    pub dropped: Vec<String>,
    /// The polite live region's text; `announcements` makes a repeat ("Copied" twice) a change.
    pub announcement: String,
    announcements: u32,
}

pub enum Action {
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
        let setups =
            Widget::ALL.iter().map(|w| if *w == shared.widget { shared.clone() } else { Setup::new(*w) }).collect();
        BuilderState {
            active: shared.widget,
            setups,
            preview: PreviewMode::Element,
            dropped,
            announcement: String::new(),
            announcements: 0,
        }
    }

    pub fn setup(&self) -> &Setup {
        self.setups.iter().find(|s| s.widget == self.active).unwrap_or(&self.setups[0])
    }

    fn setup_mut(&mut self) -> Option<&mut Setup> {
        let active = self.active;
        self.setups.iter_mut().find(|s| s.widget == active)
    }
}

impl Reducible for BuilderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Pick(widget) => next.active = widget,
            Action::Set(name, value) => {
                if let Some(setup) = next.setup_mut() {
                    setup.set(name, &value);
                }
            }
            Action::SetMany(pairs) => {
                if let Some(setup) = next.setup_mut() {
                    for (name, value) in pairs {
                        setup.set(name, &value);
                    }
                }
            }
            Action::Preview(mode) => next.preview = mode,
            Action::Announce(text) => {
                next.announcements += 1;
                // A no-break space on every other repeat: the region's text changes, so it speaks.
                let pad = if next.announcements.is_multiple_of(2) { "\u{a0}" } else { "" };
                next.announcement = format!("{text}{pad}");
            }
        }
        Rc::new(next)
    }
}
