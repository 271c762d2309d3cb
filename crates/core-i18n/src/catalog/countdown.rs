//! `<event-countdown>` strings.

use super::Catalog;
use crate::Lang;

pub struct Text {
    /// Accessible name of the widget.
    pub widget_name: &'static str,
    pub before: &'static str,
    pub during: &'static str,
    pub after: &'static str,
}

pub const EN: Text = Text {
    widget_name: "Event countdown",
    before: "Time left",
    during: "Happening now",
    after: "Ended",
};

pub const VI: Text = Text {
    widget_name: "Đếm ngược sự kiện",
    before: "Thời gian còn lại",
    during: "Đang diễn ra",
    after: "Đã kết thúc",
};

impl Catalog for Text {
    fn for_lang(lang: Lang) -> &'static Self {
        match lang {
            Lang::Vi => &VI,
            _ => &EN,
        }
    }
}
