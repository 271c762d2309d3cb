//! Messages every widget shares: problems with attributes and data.

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
    /// Between a label and its value ("Source: …"): the language's own colon and spacing.
    pub colon: &'static str,
}

pub const EN: Text = Text {
    bad_attribute: "Ignored {name}=\"{value}\": not a valid value.",
    data_unreachable: "Could not load data from {src}.",
    data_invalid: "The data at {src} is not valid.",
    using_built_in: "Showing the built-in data instead.",
    dismiss: "Dismiss",
    notices: "Notices",
    colon: ": ",
};

pub const VI: Text = Text {
    bad_attribute: "Đã bỏ qua {name}=\"{value}\": giá trị không hợp lệ.",
    data_unreachable: "Không tải được dữ liệu từ {src}.",
    data_invalid: "Dữ liệu tại {src} không hợp lệ.",
    using_built_in: "Đang hiển thị dữ liệu có sẵn thay thế.",
    dismiss: "Đóng",
    notices: "Thông báo",
    colon: ": ",
};

pub const AR: Text = Text {
    bad_attribute: "تم تجاهل {name}=\"{value}\": القيمة غير صالحة.",
    data_unreachable: "تعذّر تحميل البيانات من {src}.",
    data_invalid: "البيانات الموجودة في {src} غير صالحة.",
    using_built_in: "تُعرض البيانات المضمّنة بدلًا منها.",
    dismiss: "إغلاق",
    notices: "الإشعارات",
    colon: ": ",
};

pub const ZH: Text = Text {
    bad_attribute: "已忽略 {name}=\"{value}\"：该值无效。",
    data_unreachable: "无法从 {src} 加载数据。",
    data_invalid: "{src} 中的数据无效。",
    using_built_in: "现改为显示内置数据。",
    dismiss: "关闭",
    notices: "通知",
    colon: "：",
};

pub const FR: Text = Text {
    bad_attribute: "{name}=\"{value}\" ignoré\u{a0}: valeur non valide.",
    data_unreachable: "Impossible de charger les données depuis {src}.",
    data_invalid: "Les données de {src} ne sont pas valides.",
    using_built_in: "Affichage des données intégrées à la place.",
    dismiss: "Fermer",
    notices: "Avis",
    colon: "\u{a0}: ",
};

pub const RU: Text = Text {
    bad_attribute: "Атрибут {name}=\"{value}\" пропущен: недопустимое значение.",
    data_unreachable: "Не удалось загрузить данные из {src}.",
    data_invalid: "Данные по адресу {src} некорректны.",
    using_built_in: "Вместо них показаны встроенные данные.",
    dismiss: "Закрыть",
    notices: "Уведомления",
    colon: ": ",
};

pub const ES: Text = Text {
    bad_attribute: "Se ha ignorado {name}=\"{value}\": el valor no es válido.",
    data_unreachable: "No se pudieron cargar los datos de {src}.",
    data_invalid: "Los datos de {src} no son válidos.",
    using_built_in: "Se muestran en su lugar los datos integrados.",
    dismiss: "Cerrar",
    notices: "Avisos",
    colon: ": ",
};

catalog!(bad_attribute, data_unreachable, data_invalid, using_built_in, dismiss, notices, colon,);
