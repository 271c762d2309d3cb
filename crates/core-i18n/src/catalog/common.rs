//! Messages every widget shares: problems with attributes and data.

use super::Catalog;
use crate::Lang;

pub struct Text {
    /// An attribute value we cannot use. `{name}`, `{value}`.
    pub bad_attribute: &'static str,
    /// The `src` data could not be fetched. `{src}`.
    pub data_unreachable: &'static str,
    /// The `src` data was fetched but is not valid. `{src}`.
    pub data_invalid: &'static str,
    /// Shown after a data problem: we carry on with what ships inside the widget.
    pub using_built_in: &'static str,
    /// Label of the button that dismisses a notice.
    pub dismiss: &'static str,
    /// Accessible name of the notices area.
    pub notices: &'static str,
}

pub const EN: Text = Text {
    bad_attribute: "Ignored {name}=\"{value}\": not a valid value.",
    data_unreachable: "Could not load data from {src}.",
    data_invalid: "The data at {src} is not valid.",
    using_built_in: "Showing the built-in data instead.",
    dismiss: "Dismiss",
    notices: "Notices",
};

pub const VI: Text = Text {
    bad_attribute: "Đã bỏ qua {name}=\"{value}\": giá trị không hợp lệ.",
    data_unreachable: "Không tải được dữ liệu từ {src}.",
    data_invalid: "Dữ liệu tại {src} không hợp lệ.",
    using_built_in: "Đang hiển thị dữ liệu có sẵn thay thế.",
    dismiss: "Đóng",
    notices: "Thông báo",
};

impl Catalog for Text {
    fn for_lang(lang: Lang) -> &'static Self {
        match lang {
            Lang::Vi => &VI,
            _ => &EN,
        }
    }
}
