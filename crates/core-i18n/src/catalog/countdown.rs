//! `<event-countdown>` strings. Units ("days", "giờ") and relative times ("3 days ago") are not
//! here: `Intl` gives them with the right plural forms in every language.

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
    /// A date and time followed by its time zone: `{time}`, and `{zone}`, Intl's name for the
    /// zone ("Eastern Time", "giờ miền Đông") or a bare offset ("UTC", "UTC+07:00").
    pub zoned: &'static str,
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
    zoned: "{time} ({zone})",
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
    zoned: "{time} ({zone})",
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

pub const AR: Text = Text {
    widget_name: "العد التنازلي للحدث",
    time_left: "الوقت المتبقي",
    happening_now: "جارٍ الآن",
    ends_in: "ينتهي خلال",
    ended_ago: "انتهى {ago}.",
    zoned: "{time} ({zone})",
    your_time: "بتوقيتك: {time}",
    your_zone_too: "هذه أيضًا منطقتك الزمنية.",
    add_to_calendar: "إضافة إلى التقويم",
    download_ics: "تنزيل ملف .ics",
    google_calendar: "تقويم Google",
    ratifications: "التصديقات: {n} من أصل {total}",
    entry_into_force_rule: "يبدأ نفاذ الاتفاقية في اليوم التسعين من تاريخ إيداع الصك الأربعين من صكوك التصديق أو القبول أو الموافقة أو الانضمام.",
    data_as_of: "البيانات محدّثة حتى {date}.",
    enters_into_force_on: "تاريخ بدء النفاذ: {date}",
    announce_left: "الوقت المتبقي: {time}.",
    announce_now: "الحدث جارٍ الآن.",
    announce_ended: "انتهى الحدث.",
    source: "المصدر",
    next_milestone: "التالي: {title}، {when}.",
};

pub const ZH: Text = Text {
    widget_name: "活动倒计时",
    time_left: "剩余时间",
    happening_now: "正在进行",
    ends_in: "距结束还有",
    ended_ago: "已于{ago}结束。",
    zoned: "{time}（{zone}）",
    your_time: "您的时间：{time}",
    your_zone_too: "这也是您所在的时区。",
    add_to_calendar: "添加到日历",
    download_ics: "下载 .ics 文件",
    google_calendar: "Google 日历",
    ratifications: "已批准：{n}/{total}",
    entry_into_force_rule: "公约自第四十份批准书、接受书、核准书或加入书交存之日后第九十天起生效。",
    data_as_of: "数据截至{date}。",
    enters_into_force_on: "生效日期：{date}",
    announce_left: "剩余{time}。",
    announce_now: "活动正在进行。",
    announce_ended: "活动已结束。",
    source: "来源",
    next_milestone: "下一个节点：{title}，{when}。",
};

pub const FR: Text = Text {
    widget_name: "Compte à rebours",
    time_left: "Temps restant",
    happening_now: "En cours",
    ends_in: "Se termine dans",
    ended_ago: "Terminé {ago}.",
    zoned: "{time} ({zone})",
    your_time: "Votre heure locale\u{a0}: {time}",
    your_zone_too: "C’est aussi votre fuseau horaire.",
    add_to_calendar: "Ajouter à l’agenda",
    download_ics: "Télécharger le fichier .ics",
    google_calendar: "Google Agenda",
    ratifications: "Ratifications\u{a0}: {n} sur {total}",
    entry_into_force_rule: "La Convention entre en vigueur le quatre-vingt-dixième jour suivant la date de dépôt du quarantième instrument de ratification, d’acceptation, d’approbation ou d’adhésion.",
    data_as_of: "Données au {date}.",
    enters_into_force_on: "Entrée en vigueur le {date}",
    announce_left: "Temps restant\u{a0}: {time}.",
    announce_now: "L’événement est en cours.",
    announce_ended: "L’événement est terminé.",
    source: "Source",
    next_milestone: "Prochaine étape\u{a0}: {title}, {when}.",
};

pub const RU: Text = Text {
    widget_name: "Обратный отсчет до события",
    time_left: "Осталось",
    happening_now: "Идет сейчас",
    ends_in: "До окончания",
    ended_ago: "Завершилось {ago}.",
    zoned: "{time} (часовой пояс: {zone})",
    your_time: "Ваше время: {time}",
    your_zone_too: "Это и ваш часовой пояс.",
    add_to_calendar: "Добавить в календарь",
    download_ics: "Скачать .ics",
    google_calendar: "Google Календарь",
    ratifications: "Ратификаций: {n} из {total}",
    entry_into_force_rule: "Конвенция вступает в силу на девяностый день после даты сдачи на хранение сороковой ратификационной грамоты или документа о принятии, утверждении или присоединении.",
    // No final period: Intl's long Russian date already ends in "г.".
    data_as_of: "Данные по состоянию на {date}",
    enters_into_force_on: "Вступает в силу {date}",
    announce_left: "Осталось: {time}.",
    announce_now: "Событие происходит сейчас.",
    announce_ended: "Событие завершилось.",
    source: "Источник",
    next_milestone: "Далее: {title}, {when}.",
};

pub const ES: Text = Text {
    widget_name: "Cuenta regresiva",
    time_left: "Tiempo restante",
    happening_now: "En curso",
    ends_in: "Termina en",
    ended_ago: "Terminó {ago}.",
    zoned: "{time} ({zone})",
    your_time: "Su hora local: {time}",
    your_zone_too: "Es también su zona horaria.",
    add_to_calendar: "Añadir al calendario",
    download_ics: "Descargar .ics",
    google_calendar: "Google Calendar",
    ratifications: "Ratificaciones: {n} de {total}",
    entry_into_force_rule: "La Convención entra en vigor el nonagésimo día después de la fecha en que se haya depositado el cuadragésimo instrumento de ratificación, aceptación, aprobación o adhesión.",
    data_as_of: "Datos actualizados al {date}.",
    enters_into_force_on: "Entra en vigor el {date}",
    announce_left: "Tiempo restante: {time}.",
    announce_now: "El evento está en curso.",
    announce_ended: "El evento ha terminado.",
    source: "Fuente",
    next_milestone: "Próximo hito: {title}, {when}.",
};

catalog!(
    widget_name,
    time_left,
    happening_now,
    ends_in,
    ended_ago,
    zoned,
    your_time,
    your_zone_too,
    add_to_calendar,
    download_ics,
    google_calendar,
    ratifications,
    entry_into_force_rule,
    data_as_of,
    enters_into_force_on,
    announce_left,
    announce_now,
    announce_ended,
    source,
    next_milestone,
);
