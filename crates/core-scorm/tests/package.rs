//! The SCORM 1.2 package: its manifest checked against the rules Moodle's importer applies
//! (mod/scorm: imsmanifest.xml at the zip's root, SCORM 1.2 metadata, an organization whose item
//! points at a SCO resource with a launch href, the mastery score), its contents, and bad input.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly

use core_i18n::Lang;
use core_scorm::{check, manifest, package, widget_assets, File, Settings, ENTRY};
use std::io::Read;

const CP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

/// What `cargo xtask dist` puts in dist/ for the quiz, in miniature.
fn widget() -> Vec<File> {
    vec![
        File {
            path: ENTRY.into(),
            bytes: br#"const e=new URL("../",import.meta.url),t=t=>new URL("assets/"+t,e).href,n=fetch(t("scam-quiz.0a1b2c3d.wasm")),a={"text/scam-quiz.vi.txt":"assets/text.scam-quiz.vi.5981d26c.txt","data/quiz/bank.en.json":"assets/bank.en.d184a2e2.json"};export const started=import(t("scam-quiz.99aa88bb.js"));"#.to_vec(),
        },
        File { path: "assets/scam-quiz.0a1b2c3d.wasm".into(), bytes: b"\0asm\x01\0\0\0".to_vec() },
        File { path: "assets/scam-quiz.99aa88bb.js".into(), bytes: b"export function boot(){}".to_vec() },
        File { path: "assets/text.scam-quiz.vi.5981d26c.txt".into(), bytes: "vi\ncommon 0\n".into() },
        File { path: "assets/signatory-map.11111111.wasm".into(), bytes: b"not ours".to_vec() },
    ]
}

fn settings(pass: u32) -> Settings {
    Settings {
        lang: Lang::Vi,
        questions: 5,
        topics: Some("romance,deepfake".into()),
        seed: Some("lop-9a".into()),
        pass,
    }
}

fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().to_string(), content)
        })
        .collect()
}

/// Moodle's checks of a SCORM 1.2 manifest, as its importer makes them; returns the launch href.
fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> std::vec::IntoIter<roxmltree::Node<'a, 'i>> {
    node.children().filter(|c| c.has_tag_name((CP, name))).collect::<Vec<_>>().into_iter()
}

fn moodle_accepts(manifest: &str, names: &[String], pass: u32) -> String {
    let doc = roxmltree::Document::parse(manifest).unwrap();
    let root = doc.root_element();
    assert_eq!((root.tag_name().namespace(), root.tag_name().name()), (Some(CP), "manifest"));
    assert!(root.attribute("identifier").is_some_and(|id| !id.starts_with(|c: char| c.is_ascii_digit())));
    // Moodle's parser is not namespace-aware: the prefix must be `adlcp` itself.
    assert!(manifest.contains("xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\""));
    let metadata = child(root, "metadata").next().expect("metadata");
    assert_eq!(child(metadata, "schema").next().unwrap().text(), Some("ADL SCORM"));
    assert_eq!(child(metadata, "schemaversion").next().unwrap().text(), Some("1.2"));

    let organizations = child(root, "organizations").next().expect("organizations");
    let orgs: Vec<_> = child(organizations, "organization").collect();
    assert_eq!(orgs.len(), 1, "one organization");
    assert_eq!(organizations.attribute("default"), orgs[0].attribute("identifier"));
    assert!(child(orgs[0], "title").next().unwrap().text().is_some_and(|t| !t.trim().is_empty()));
    let items: Vec<_> = child(orgs[0], "item").collect();
    assert_eq!(items.len(), 1, "one item");
    let item = items[0];
    let mastery: Vec<_> = item.children().filter(|c| c.has_tag_name((ADLCP, "masteryscore"))).collect();
    assert_eq!(mastery.len(), 1);
    let mastery: u32 = mastery[0].text().unwrap().trim().parse().expect("a whole number");
    assert_eq!(mastery, pass);

    let resources = child(root, "resources").next().expect("resources");
    let resource = child(resources, "resource")
        .find(|r| r.attribute("identifier") == item.attribute("identifierref"))
        .expect("the item's resource");
    assert_eq!(resource.attribute((ADLCP, "scormtype")), Some("sco"));
    assert_eq!(resource.attribute("type"), Some("webcontent"));
    let href = resource.attribute("href").expect("a launch href").to_string();
    assert!(names.contains(&href), "the launch page {href} is in the zip");
    for file in child(resource, "file") {
        let path = file.attribute("href").unwrap();
        assert!(names.iter().any(|n| n == path), "{path} is listed and in the zip");
    }
    href
}

#[test]
fn the_package_is_a_scorm_12_sco_that_moodle_accepts() {
    let zip = package(&settings(70), core_quiz::BUILT_IN_JSON, &widget()).unwrap();
    let files = unzip(&zip);
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(names[0], "imsmanifest.xml", "at the zip's root, first");
    let manifest = String::from_utf8(files[0].1.clone()).unwrap();
    assert_eq!(moodle_accepts(&manifest, &names, 70), "index.html");
    assert_eq!(
        names,
        [
            "imsmanifest.xml",
            "index.html",
            "scorm.js",
            "scorm.css",
            "widgets/scam-quiz.js",
            "assets/scam-quiz.0a1b2c3d.wasm",
            "assets/scam-quiz.99aa88bb.js",
            "assets/text.scam-quiz.vi.5981d26c.txt",
        ],
        "the quiz's files and nothing else (not the map's)"
    );
    for name in &names {
        assert!(!name.starts_with('/') && !name.contains("..") && !name.contains('\\'), "{name}: relative");
    }
    let text = |name: &str| String::from_utf8(files.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap();
    let page = text("index.html");
    assert!(page.contains(
        r#"<scam-quiz lang="vi" questions="5" topics="romance,deepfake" seed="lop-9a" pass="70" persist="off"><script type="application/json">"#
    ), "{page}");
    // The bank is inline (an LMS serves files to logged-in students only, and the quiz fetches
    // `src` without cookies), whole, and no `<` in it can end the script element.
    let inline = page.split("<script type=\"application/json\">").nth(1).unwrap().split("</script>").next().unwrap();
    assert!(!inline.contains('<'));
    assert_eq!(core_quiz::parse_bank(inline).unwrap(), core_quiz::built_in().unwrap());
    assert!(page.contains(r#"<html lang="vi" dir="ltr">"#));
    // Every URL in the page is relative; its policy allows its own origin only.
    for attr in ["src=\"", "href=\""] {
        for value in page.split(attr).skip(1).map(|v| v.split('"').next().unwrap()) {
            assert!(!value.contains("//") && !value.starts_with('/'), "{value}");
        }
    }
    assert!(page.contains("connect-src 'self'"));
    assert!(page.find("scorm.js").unwrap() < page.find("widgets/scam-quiz.js").unwrap(), "the LMS layer runs first");
    assert!(page.contains("Trang này không chạy trong hệ thống quản lý học tập (LMS)"));
    // The same settings, the same bytes (no clock in the zip): both producers agree.
    assert_eq!(zip, package(&settings(70), core_quiz::BUILT_IN_JSON, &widget()).unwrap());
    assert_ne!(zip, package(&settings(71), core_quiz::BUILT_IN_JSON, &widget()).unwrap());
}

#[test]
fn text_in_the_settings_is_escaped() {
    let s = Settings { seed: Some("a\"><script>x</script>".into()), ..settings(50) };
    let zip = package(&s, core_quiz::BUILT_IN_JSON, &widget()).unwrap();
    let files = unzip(&zip);
    let page = String::from_utf8(files[1].1.clone()).unwrap();
    assert!(page.contains("seed=\"a&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""), "{page}");
    let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
    moodle_accepts(&manifest(&s, &["index.html"]), &["index.html".to_string()], 50);
    moodle_accepts(&String::from_utf8(files[0].1.clone()).unwrap(), &names, 50);
}

#[test]
fn a_bank_with_markup_stays_inside_its_script_element() {
    let bank = include_str!("../../../www/hosts/xss-bank.json");
    let s = Settings { topics: None, ..settings(50) };
    let files = unzip(&package(&s, bank, &widget()).unwrap());
    let page = String::from_utf8(files[1].1.clone()).unwrap();
    assert_eq!(page.matches("</script>").count(), 3, "the two module scripts' and the bank's own");
    assert!(!page.contains("<img") && !page.contains("<svg"));
    let inline = page.split("<script type=\"application/json\">").nth(1).unwrap().split("</script>").next().unwrap();
    assert_eq!(core_quiz::parse_bank(inline).unwrap(), core_quiz::parse_bank(bank).unwrap());
}

#[test]
fn settings_from_text_follow_the_attribute_rules() {
    let s = Settings::parse(Some("fr"), Some("12"), Some(" romance "), Some("9a"), Some("75%")).unwrap();
    assert_eq!(
        (s.lang, s.questions, s.topics.as_deref(), s.seed.as_deref(), s.pass),
        (Lang::Fr, 12, Some("romance"), Some("9a"), 75)
    );
    let d = Settings::parse(None, None, None, Some(" "), None).unwrap();
    assert_eq!((d.lang, d.questions, d.seed, d.pass), (Lang::En, 10, None, 50), "defaults; pass 50");
    let errors = Settings::parse(Some("xx"), Some("0"), None, None, Some("101")).unwrap_err();
    let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["lang", "questions", "pass"], "every problem at once");
    assert_eq!(errors[1].to_string(), "questions: `0` is not a whole number from 1 to 50");
    assert_eq!(errors[2].to_string(), "pass: `101` is not a percentage from 0 to 100");
    for bad in ["-1", "fifty", "5.5", "1e2"] {
        assert_eq!(Settings::parse(None, None, None, None, Some(bad)).unwrap_err()[0].field, "pass", "{bad}");
    }
    for bad in ["51", "abc", "-3"] {
        assert_eq!(Settings::parse(None, Some(bad), None, None, None).unwrap_err()[0].field, "questions", "{bad}");
    }
}

#[test]
fn a_bad_bank_or_topic_gives_errors_and_no_zip() {
    let errors = package(&settings(50), "{\"questions\": [", &widget()).unwrap_err();
    assert!(
        errors.iter().all(|e| e.field == "bank") && errors[0].message.starts_with("the bank is not valid: "),
        "{errors:?}"
    );
    let errors = package(&settings(50), r#"{"questions": []}"#, &widget()).unwrap_err();
    assert_eq!(errors[0].field, "bank");
    let s = Settings { topics: Some("romance,no-such-topic".into()), ..settings(50) };
    let errors = check(&s, core_quiz::BUILT_IN_JSON).unwrap_err();
    assert_eq!(errors[0].field, "topics");
    assert!(errors[0].message.contains("no-such-topic"), "{}", errors[0].message);
    // The widget's files must be there, all of them.
    let errors = package(&settings(50), core_quiz::BUILT_IN_JSON, &widget()[1..]).unwrap_err();
    assert_eq!(errors[0].field, "widget");
    let errors = package(&settings(50), core_quiz::BUILT_IN_JSON, &widget()[..2]).unwrap_err();
    assert!(errors[0].message.contains("assets/scam-quiz.99aa88bb.js"), "{errors:?}");
}

#[test]
fn a_bank_whose_attempts_overflow_suspend_data_is_refused() {
    // Fifty questions with 60-character ids and eight 60-character choice ids each.
    let long = |prefix: &str, n: usize| format!("{prefix}{n}-{}", "x".repeat(60));
    let questions: Vec<String> = (0..50)
        .map(|n| {
            let choices: Vec<String> = (0..8)
                .map(|c| {
                    format!(
                        r#"{{"id": "{}", "text": {{"en": "T", "vi": "T"}}, "correct": {}, "feedback": {{"en": "F", "vi": "F"}}}}"#,
                        long("c", c),
                        c == 0
                    )
                })
                .collect();
            format!(
                r#"{{"id": "{}", "topic": "romance", "kind": "single", "prompt": {{"en": "P", "vi": "P"}}, "choices": [{}], "explanation": {{"en": "W", "vi": "W"}}, "source": {{"title": {{"en": "S", "vi": "S"}}, "url": "https://example.org/"}}}}"#,
                long("q", n),
                choices.join(",")
            )
        })
        .collect();
    let bank = format!(r#"{{"questions": [{}]}}"#, questions.join(","));
    let s = Settings { topics: None, questions: 50, ..settings(50) };
    let errors = check(&s, &bank).unwrap_err();
    assert_eq!(errors[0].field, "bank");
    assert!(errors[0].message.contains("cmi.suspend_data"), "{}", errors[0].message);
    // Two of those questions fit.
    assert!(check(&Settings { questions: 2, ..s }, &bank).is_ok());
}

#[test]
fn the_entry_names_the_files_to_carry() {
    let entry = String::from_utf8(widget()[0].bytes.clone()).unwrap();
    // The code and the language packs; not the bank, which the package holds inline.
    assert_eq!(
        widget_assets(&entry),
        ["assets/scam-quiz.0a1b2c3d.wasm", "assets/scam-quiz.99aa88bb.js", "assets/text.scam-quiz.vi.5981d26c.txt"]
    );
    assert!(widget_assets("scam-quiz.xyz.js scam-quiz.0a1b2c3.js").is_empty());
}
