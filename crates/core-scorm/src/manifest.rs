//! `imsmanifest.xml`, SCORM 1.2 (IMS Content Packaging 1.1.2 with ADL's `adlcp` extension), as
//! Moodle reads it: its parser is not namespace-aware and matches the `adlcp:` prefix itself.

use crate::{escape, Settings};
use core_i18n::{quiz::Text, Catalog};

/// The manifest for a package holding `files` (paths inside the zip, the launch page first).
pub fn manifest(settings: &Settings, files: &[&str]) -> String {
    let title = escape(Text::for_lang(settings.lang).widget_name);
    let mut file_list = String::new();
    for path in files {
        file_list.push_str(&format!("      <file href=\"{}\"/>\n", escape(path)));
    }
    // The identifier is an XML ID (it may not start with a digit) and differs per settings, so
    // an LMS that keys packages by it keeps two classes' packages apart.
    let key = format!(
        "{}|{}|{}|{}|{}",
        settings.lang.code(),
        settings.questions,
        settings.topics.as_deref().unwrap_or(""),
        settings.seed.as_deref().unwrap_or(""),
        settings.pass
    );
    let identifier = format!("scam-quiz-{:016x}", core_quiz::seed_from_text(&key));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="quiz-organization">
    <organization identifier="quiz-organization">
      <title>{title}</title>
      <item identifier="quiz-item" identifierref="quiz-resource" isvisible="true">
        <title>{title}</title>
        <adlcp:masteryscore>{pass}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz-resource" type="webcontent" adlcp:scormtype="sco" href="index.html">
{file_list}    </resource>
  </resources>
</manifest>
"#,
        pass = settings.pass
    )
}
