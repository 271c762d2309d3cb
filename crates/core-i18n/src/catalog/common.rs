//! Messages every widget shares: problems with attributes and data.

pub struct Text {
    /// An attribute value we cannot use. `{name}`, `{value}`.
    pub bad_attribute: &'static str,
    /// The `src` data could not be fetched. `{src}`.
    pub data_unreachable: &'static str,
    /// The `src` data was fetched but is not valid. `{src}`.
    pub data_invalid: &'static str,
    /// The `src` server did not answer in time. `{src}`.
    pub data_timed_out: &'static str,
    /// The `src` data is over the size limit (a wrong URL, most likely). `{src}`.
    pub data_too_large: &'static str,
    /// Shown after a data problem: we carry on with what ships inside the widget.
    pub using_built_in: &'static str,
    /// Label of the button that dismisses a notice.
    pub dismiss: &'static str,
    /// Accessible name of the notices area.
    pub notices: &'static str,
    /// Between a label and its value ("Source: …"): the language's own colon and spacing.
    pub colon: &'static str,
    /// In a sandboxed frame (WordPress's oEmbed): why the download links are not there.
    pub sandbox_blocked: &'static str,
    /// The link to the widget's own page, where downloads work.
    pub open_own_page: &'static str,
}

pub const EN: Text = Text {
    bad_attribute: "Ignored {name}=\"{value}\": not a valid value.",
    data_unreachable: "Could not load data from {src}.",
    data_invalid: "The data at {src} is not valid.",
    data_timed_out: "Loading data from {src} took too long.",
    data_too_large: "The data at {src} is too large to load.",
    using_built_in: "Showing the built-in data instead.",
    dismiss: "Dismiss",
    notices: "Notices",
    colon: ": ",
    sandbox_blocked: "This frame cannot download files or open new windows.",
    open_own_page: "Open it on its own page",
};

pub const VI: Text = Text {
    bad_attribute: "Đã bỏ qua {name}=\"{value}\": giá trị không hợp lệ.",
    data_unreachable: "Không tải được dữ liệu từ {src}.",
    data_invalid: "Dữ liệu tại {src} không hợp lệ.",
    data_timed_out: "Tải dữ liệu từ {src} mất quá nhiều thời gian.",
    data_too_large: "Dữ liệu tại {src} quá lớn, không thể tải.",
    using_built_in: "Đang hiển thị dữ liệu có sẵn thay thế.",
    dismiss: "Đóng",
    notices: "Thông báo",
    colon: ": ",
    sandbox_blocked: "Khung nhúng này không thể tải tệp xuống hoặc mở cửa sổ mới.",
    open_own_page: "Mở ở trang riêng",
};

pub const AR: Text = Text {
    bad_attribute: "تم تجاهل {name}=\"{value}\": القيمة غير صالحة.",
    data_unreachable: "تعذّر تحميل البيانات من {src}.",
    data_invalid: "البيانات الموجودة في {src} غير صالحة.",
    data_timed_out: "استغرق تحميل البيانات من {src} وقتًا طويلًا جدًا.",
    data_too_large: "البيانات الموجودة في {src} أكبر من أن تُحمَّل.",
    using_built_in: "تُعرض البيانات المضمّنة بدلًا منها.",
    dismiss: "إغلاق",
    notices: "الإشعارات",
    colon: ": ",
    sandbox_blocked: "لا يمكن لهذا الإطار تنزيل الملفات أو فتح نوافذ جديدة.",
    open_own_page: "افتحه في صفحته المستقلة",
};

pub const ZH: Text = Text {
    bad_attribute: "已忽略 {name}=\"{value}\"：该值无效。",
    data_unreachable: "无法从 {src} 加载数据。",
    data_invalid: "{src} 中的数据无效。",
    data_timed_out: "从 {src} 加载数据超时。",
    data_too_large: "{src} 中的数据过大，无法加载。",
    using_built_in: "现改为显示内置数据。",
    dismiss: "关闭",
    notices: "通知",
    colon: "：",
    sandbox_blocked: "此框架无法下载文件或打开新窗口。",
    open_own_page: "在独立页面中打开",
};

pub const FR: Text = Text {
    bad_attribute: "{name}=\"{value}\" ignoré\u{a0}: valeur non valide.",
    data_unreachable: "Impossible de charger les données depuis {src}.",
    data_invalid: "Les données de {src} ne sont pas valides.",
    data_timed_out: "Le chargement des données depuis {src} a pris trop de temps.",
    data_too_large: "Les données de {src} sont trop volumineuses pour être chargées.",
    using_built_in: "Affichage des données intégrées à la place.",
    dismiss: "Fermer",
    notices: "Avis",
    colon: "\u{a0}: ",
    sandbox_blocked: "Ce cadre ne peut ni télécharger de fichiers ni ouvrir de nouvelles fenêtres.",
    open_own_page: "Ouvrir sur sa propre page",
};

pub const RU: Text = Text {
    bad_attribute: "Атрибут {name}=\"{value}\" пропущен: недопустимое значение.",
    data_unreachable: "Не удалось загрузить данные из {src}.",
    data_invalid: "Данные по адресу {src} некорректны.",
    data_timed_out: "Загрузка данных из {src} заняла слишком много времени.",
    data_too_large: "Данные по адресу {src} слишком велики для загрузки.",
    using_built_in: "Вместо них показаны встроенные данные.",
    dismiss: "Закрыть",
    notices: "Уведомления",
    colon: ": ",
    sandbox_blocked: "В этой рамке нельзя скачивать файлы и открывать новые окна.",
    open_own_page: "Открыть на отдельной странице",
};

pub const ES: Text = Text {
    bad_attribute: "Se ha ignorado {name}=\"{value}\": el valor no es válido.",
    data_unreachable: "No se pudieron cargar los datos de {src}.",
    data_invalid: "Los datos de {src} no son válidos.",
    data_timed_out: "La carga de los datos de {src} tardó demasiado.",
    data_too_large: "Los datos de {src} son demasiado grandes para cargarlos.",
    using_built_in: "Se muestran en su lugar los datos integrados.",
    dismiss: "Cerrar",
    notices: "Avisos",
    colon: ": ",
    sandbox_blocked: "Este marco no puede descargar archivos ni abrir ventanas nuevas.",
    open_own_page: "Abrir en su propia página",
};

catalog!(
    bad_attribute,
    data_unreachable,
    data_invalid,
    data_timed_out,
    data_too_large,
    using_built_in,
    dismiss,
    notices,
    colon,
    sandbox_blocked,
    open_own_page,
);
