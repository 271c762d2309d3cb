//! The launch page: the quiz with the package's settings and its bank inline, the LMS layer, and
//! the note shown when no LMS is there. Its policy allows nothing but the package's own origin.
//!
//! The bank is inline rather than a file for `src`: the quiz fetches `src` without cookies, and
//! an LMS serves package files only to a logged-in student (Moodle's pluginfile.php), so the
//! quiz would get a login page. Scripts and the wasm load with the page's own credentials.

use crate::{escape, Settings};
use core_i18n::{quiz, scorm, Catalog};

pub fn launch_page(settings: &Settings, bank_json: &str) -> String {
    let lang = settings.lang;
    let title = escape(quiz::Text::for_lang(lang).widget_name);
    let note = escape(scorm::Text::for_lang(lang).no_lms);
    let attributes: String =
        settings.attributes().iter().map(|(name, value)| format!(" {name}=\"{}\"", escape(value))).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="{code}" dir="{dir}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'">
  <meta name="referrer" content="no-referrer">
  <link rel="icon" href="data:,">
  <title>{title}</title>
  <link rel="stylesheet" href="scorm.css">
  <!-- The LMS layer runs first: it gives the quiz the attempt to resume before the quiz starts. -->
  <script type="module" src="scorm.js"></script>
  <script type="module" src="widgets/scam-quiz.js"></script>
</head>
<body>
  <main>
    <h1 class="scorm-title">{title}</h1>
    <p class="scorm-note" id="scorm-note" role="note" hidden>{note}</p>
    <scam-quiz{attributes}><script type="application/json">{bank}</script></scam-quiz>
  </main>
</body>
</html>
"#,
        code = lang.code(),
        bank = script_data(bank_json),
        dir = lang.dir(),
    )
}

/// JSON safe inside `<script>`: every `<` as `\u003c` (JSON has `<` only inside strings), so
/// neither `</script>` nor `<!--` in a question can end or bend the element.
fn script_data(json: &str) -> String {
    json.replace('<', "\\u003c")
}
