//! The quiz's SCORM package: the launch page's own text (the quiz inside speaks for itself).

pub struct Text {
    /// Shown when the package is opened outside a learning platform.
    pub no_lms: &'static str,
}

pub const EN: Text = Text {
    no_lms:
        "This page is not running inside a learning platform (LMS), so no score is recorded. The quiz works as usual.",
};

pub const VI: Text = Text {
    no_lms: "Trang này không chạy trong hệ thống quản lý học tập (LMS), nên điểm không được ghi lại. Bài trắc nghiệm vẫn dùng bình thường.",
};

pub const AR: Text = Text {
    no_lms: "لا تعمل هذه الصفحة داخل منصة تعليمية (LMS)، لذلك لا تُسجَّل أي درجة. يعمل الاختبار كالمعتاد.",
};

pub const ZH: Text =
    Text { no_lms: "此页面不在学习平台（LMS）中运行，因此不会记录分数。测验照常可用。" };

pub const FR: Text = Text {
    no_lms: "Cette page ne s’exécute pas dans une plateforme d’apprentissage (LMS), donc aucun score n’est enregistré. Le quiz fonctionne normalement.",
};

pub const RU: Text = Text {
    no_lms: "Эта страница открыта не в системе дистанционного обучения (LMS), поэтому результат не записывается. Тест работает как обычно.",
};

pub const ES: Text = Text {
    no_lms: "Esta página no se ejecuta dentro de una plataforma de aprendizaje (LMS), así que no se registra ninguna puntuación. El cuestionario funciona con normalidad.",
};

catalog!(no_lms);
