//! `<event-countdown>` strings. Units ("days", "giờ") and relative times ("3 days ago") are not
//! here: `Intl` gives them with the right plural forms in every language.

use super::Catalog;
use crate::Lang;

pub struct Text {
    /// Accessible name of the widget.
    pub widget_name: &'static str,
    /// Above the timer before the event starts.
    pub time_left: &'static str,
    /// The phase between `at` and `until`.
    pub happening_now: &'static str,
    /// Above the timer during the event.
    pub ends_in: &'static str,
    /// `{ago}` is a relative time from Intl ("3 days ago").
    pub ended_ago: &'static str,
    /// The event's time in its own zone. `{time}`, `{city}`.
    pub event_time: &'static str,
    /// The same instant in the reader's zone. `{time}`.
    pub your_time: &'static str,
    /// When the reader is in the event's zone.
    pub your_zone_too: &'static str,
    pub add_to_calendar: &'static str,
    pub download_ics: &'static str,
    pub google_calendar: &'static str,
    /// `{n}` of `{total}` instruments toward entry into force.
    pub ratifications: &'static str,
    pub entry_into_force_rule: &'static str,
    /// `{date}`: the date the data was compiled.
    pub data_as_of: &'static str,
    /// The derived date, once 40 instruments are in. `{date}`.
    pub enters_into_force_on: &'static str,
    /// Live region: `{time}` is a unit list ("37 days, 2 hours, 5 minutes").
    pub announce_left: &'static str,
    pub announce_now: &'static str,
    pub announce_ended: &'static str,
    pub source: &'static str,
    /// The next milestone, after this one has passed. `{title}`, `{when}`.
    pub next_milestone: &'static str,
}

pub const EN: Text = Text {
    widget_name: "Event countdown",
    time_left: "Time left",
    happening_now: "Happening now",
    ends_in: "Ends in",
    ended_ago: "Ended {ago}.",
    event_time: "{time} ({city} time)",
    your_time: "Your time: {time}",
    your_zone_too: "This is also your time zone.",
    add_to_calendar: "Add to calendar",
    download_ics: "Download .ics",
    google_calendar: "Google Calendar",
    ratifications: "{n} of {total} ratifications",
    entry_into_force_rule: "The Convention enters into force on the 90th day after the 40th instrument of ratification, acceptance, approval or accession is deposited.",
    data_as_of: "Data as of {date}.",
    enters_into_force_on: "Enters into force on {date}",
    announce_left: "{time} left.",
    announce_now: "The event is happening now.",
    announce_ended: "The event has ended.",
    source: "Source",
    next_milestone: "Next: {title}, {when}.",
};

pub const VI: Text = Text {
    widget_name: "Đếm ngược sự kiện",
    time_left: "Thời gian còn lại",
    happening_now: "Đang diễn ra",
    ends_in: "Kết thúc sau",
    ended_ago: "Đã kết thúc {ago}.",
    event_time: "{time} (giờ {city})",
    your_time: "Giờ của bạn: {time}",
    your_zone_too: "Đây cũng là múi giờ của bạn.",
    add_to_calendar: "Thêm vào lịch",
    download_ics: "Tải tệp .ics",
    google_calendar: "Google Lịch",
    ratifications: "{n}/{total} văn kiện phê chuẩn",
    entry_into_force_rule: "Công ước có hiệu lực vào ngày thứ 90 kể từ ngày văn kiện phê chuẩn, chấp thuận, phê duyệt hoặc gia nhập thứ 40 được nộp lưu chiểu.",
    data_as_of: "Dữ liệu tính đến ngày {date}.",
    enters_into_force_on: "Có hiệu lực từ ngày {date}",
    announce_left: "Còn {time}.",
    announce_now: "Sự kiện đang diễn ra.",
    announce_ended: "Sự kiện đã kết thúc.",
    source: "Nguồn",
    next_milestone: "Tiếp theo: {title}, {when}.",
};

impl Catalog for Text {
    fn for_lang(lang: Lang) -> &'static Self {
        match lang {
            Lang::Vi => &VI,
            _ => &EN,
        }
    }
}
