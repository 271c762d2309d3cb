//! The share pages (`share/<lang>/<widget>.html`): what a shared link previews with.

pub struct Text {
    /// Description of the quiz's page.
    pub quiz_description: &'static str,
    /// Description of the countdown's page (its default milestone).
    pub countdown_description: &'static str,
    /// Description of a milestone's countdown page. `{title}`: the milestone.
    pub event_description: &'static str,
    /// Description of the map's page.
    pub map_description: &'static str,
    /// The link under the widget to the builder, set up with the page's settings.
    pub embed_this: &'static str,
    /// The builder: heading of the share page's link.
    pub builder_heading: &'static str,
    /// The builder: what the share page's link is for.
    pub builder_note: &'static str,
    /// The builder: the setup is not one of the share pages; which embed fits instead.
    pub builder_none: &'static str,
}

pub const EN: Text = Text {
    quiz_description: "Can you spot an online scam? A short quiz on police and bank impersonation, phishing messages, fake apps and investment scams, with explanations and sources.",
    countdown_description: "Countdown to the milestones of the UN Convention against Cybercrime (the Hanoi Convention), in the event's time zone and yours.",
    event_description: "{title}: a milestone of the UN Convention against Cybercrime (the Hanoi Convention), counted down in the event's time zone and yours.",
    map_description: "Which states have signed and ratified the UN Convention against Cybercrime (the Hanoi Convention): a world map and table, with progress to entry into force.",
    embed_this: "Embed this on your site",
    builder_heading: "Share page (paste into WordPress)",
    builder_note: "Paste this link alone on a line in WordPress, or anywhere that reads oEmbed: the widget appears in the post.",
    builder_none: "These settings have no share page (only the language, and the countdown’s built-in events, do). In WordPress, paste the iframe code into a Custom HTML block, or use the plugin’s shortcode.",
};

pub const VI: Text = Text {
    quiz_description: "Bạn có nhận ra lừa đảo trực tuyến? Bài trắc nghiệm ngắn về giả danh công an, ngân hàng, tin nhắn lừa đảo, ứng dụng giả và lừa đảo đầu tư, có giải thích và nguồn.",
    countdown_description: "Đếm ngược đến các mốc của Công ước Liên Hợp Quốc về chống tội phạm mạng (Công ước Hà Nội), theo múi giờ của sự kiện và của bạn.",
    event_description: "{title}: một mốc của Công ước Liên Hợp Quốc về chống tội phạm mạng (Công ước Hà Nội), đếm ngược theo múi giờ của sự kiện và của bạn.",
    map_description: "Những quốc gia đã ký và phê chuẩn Công ước Liên Hợp Quốc về chống tội phạm mạng (Công ước Hà Nội): bản đồ thế giới và bảng, cùng tiến độ đến khi có hiệu lực.",
    embed_this: "Nhúng vào trang của bạn",
    builder_heading: "Trang chia sẻ (dán vào WordPress)",
    builder_note: "Dán liên kết này thành một dòng riêng trong WordPress, hoặc nơi nào đọc oEmbed: tiện ích hiện ra trong bài.",
    builder_none: "Cài đặt này không có trang chia sẻ (chỉ ngôn ngữ và các sự kiện có sẵn của bộ đếm ngược mới có). Trong WordPress, hãy dán mã iframe vào khối HTML tùy chỉnh, hoặc dùng mã ngắn của plugin.",
};

pub const AR: Text = Text {
    quiz_description: "هل تستطيع كشف الاحتيال عبر الإنترنت؟ اختبار قصير عن انتحال صفة الشرطة والمصارف ورسائل التصيّد والتطبيقات المزيّفة والاحتيال الاستثماري، مع الشروح والمصادر.",
    countdown_description: "عدّ تنازلي لمراحل اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية (اتفاقية هانوي)، بتوقيت الحدث وبتوقيتك.",
    event_description: "{title}: مرحلة من مراحل اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية (اتفاقية هانوي)، بعدّ تنازلي بتوقيت الحدث وبتوقيتك.",
    map_description: "الدول التي وقّعت اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية (اتفاقية هانوي) وصدّقت عليها: خريطة للعالم وجدول، مع التقدّم نحو بدء النفاذ.",
    embed_this: "ضمِّن هذا في موقعك",
    builder_heading: "صفحة المشاركة (للصق في ووردبريس)",
    builder_note: "الصق هذا الرابط وحده في سطر داخل ووردبريس، أو في أي موقع يقرأ oEmbed: تظهر الأداة في المنشور.",
    builder_none: "لا توجد صفحة مشاركة لهذه الإعدادات (توجد فقط للّغة وللأحداث المضمّنة في العدّ التنازلي). في ووردبريس، الصق رمز iframe في كتلة HTML مخصّصة، أو استخدم الرمز المختصر للإضافة.",
};

pub const ZH: Text = Text {
    quiz_description: "你能识破网络诈骗吗？关于冒充警察和银行、钓鱼短信、虚假应用和投资诈骗的简短测验，附解释和来源。",
    countdown_description: "联合国打击网络犯罪公约（河内公约）各节点的倒计时，按活动所在时区和您的时区显示。",
    event_description: "{title}：联合国打击网络犯罪公约（河内公约）的一个节点，按活动所在时区和您的时区倒计时。",
    map_description: "哪些国家已签署并批准联合国打击网络犯罪公约（河内公约）：世界地图和表格，以及距生效的进度。",
    embed_this: "嵌入到您的网站",
    builder_heading: "分享页面（粘贴到 WordPress）",
    builder_note: "在 WordPress 或任何支持 oEmbed 的地方，把此链接单独粘贴成一行：小组件就会出现在文章中。",
    builder_none: "这些设置没有分享页面（只有语言和倒计时的内置活动才有）。在 WordPress 中，请把 iframe 代码粘贴到“自定义 HTML”区块，或使用插件的短代码。",
};

pub const FR: Text = Text {
    quiz_description: "Savez-vous repérer une arnaque en ligne\u{a0}? Un court quiz sur les faux policiers et faux conseillers bancaires, l’hameçonnage, les fausses applications et les arnaques à l’investissement, avec explications et sources.",
    countdown_description: "Compte à rebours des étapes de la Convention des Nations Unies contre la cybercriminalité (Convention de Hanoï), à l’heure de l’événement et à la vôtre.",
    event_description: "{title}\u{a0}: une étape de la Convention des Nations Unies contre la cybercriminalité (Convention de Hanoï), à l’heure de l’événement et à la vôtre.",
    map_description: "Les États qui ont signé et ratifié la Convention des Nations Unies contre la cybercriminalité (Convention de Hanoï)\u{a0}: carte du monde et tableau, avec l’avancée vers l’entrée en vigueur.",
    embed_this: "Intégrer sur votre site",
    builder_heading: "Page de partage (à coller dans WordPress)",
    builder_note: "Collez ce lien seul sur une ligne dans WordPress, ou partout où oEmbed est lu\u{a0}: le widget apparaît dans l’article.",
    builder_none: "Ces réglages n’ont pas de page de partage (seuls la langue et les événements intégrés du compte à rebours en ont). Dans WordPress, collez le code iframe dans un bloc HTML personnalisé, ou utilisez le code court de l’extension.",
};

pub const RU: Text = Text {
    quiz_description: "Сможете ли вы распознать мошенников в интернете? Короткий тест о лжеполицейских и лжебанкирах, фишинговых сообщениях, поддельных приложениях и инвестиционном мошенничестве, с пояснениями и источниками.",
    countdown_description: "Обратный отсчет до этапов Конвенции ООН против киберпреступности (Ханойской конвенции) по времени события и по вашему.",
    event_description: "{title}: этап Конвенции ООН против киберпреступности (Ханойской конвенции), обратный отсчет по времени события и по вашему.",
    map_description: "Какие государства подписали и ратифицировали Конвенцию ООН против киберпреступности (Ханойскую конвенцию): карта мира и таблица, с ходом вступления в силу.",
    embed_this: "Встроить на свой сайт",
    builder_heading: "Страница для публикации (вставьте в WordPress)",
    builder_note: "Вставьте эту ссылку отдельной строкой в WordPress или туда, где читают oEmbed: виджет появится в записи.",
    builder_none: "Для этих настроек нет страницы для публикации (она есть только для языка и встроенных событий обратного отсчета). В WordPress вставьте код iframe в блок «Произвольный HTML» или используйте шорткод плагина.",
};

pub const ES: Text = Text {
    quiz_description: "¿Sabe reconocer una estafa en línea? Un cuestionario breve sobre suplantación de policías y bancos, mensajes de phishing, aplicaciones falsas y estafas de inversión, con explicaciones y fuentes.",
    countdown_description: "Cuenta regresiva de las etapas de la Convención de las Naciones Unidas contra la Ciberdelincuencia (Convención de Hanói), en la hora del evento y en la suya.",
    event_description: "{title}: una etapa de la Convención de las Naciones Unidas contra la Ciberdelincuencia (Convención de Hanói), en la hora del evento y en la suya.",
    map_description: "Qué Estados han firmado y ratificado la Convención de las Naciones Unidas contra la Ciberdelincuencia (Convención de Hanói): mapa mundial y tabla, con el avance hacia la entrada en vigor.",
    embed_this: "Insertar en su sitio",
    builder_heading: "Página para compartir (pegar en WordPress)",
    builder_note: "Pegue este enlace solo en una línea en WordPress, o donde se lea oEmbed: el widget aparece en la entrada.",
    builder_none: "Estos ajustes no tienen página para compartir (solo el idioma y los eventos integrados de la cuenta regresiva la tienen). En WordPress, pegue el código iframe en un bloque HTML personalizado, o use el código corto del plugin.",
};

catalog!(
    quiz_description,
    countdown_description,
    event_description,
    map_description,
    embed_this,
    builder_heading,
    builder_note,
    builder_none,
);
