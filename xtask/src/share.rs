//! `dist/share/`: a page per widget and language, and per built-in milestone, that shows the
//! widget full page and announces a static oEmbed response beside it, so a link pasted into
//! WordPress (or any oEmbed consumer) embeds the widget (`core_embed_code::SharePage`).
//!
//! Consumers resolve no relative URL in the `<head>` and in the response: those are absolute,
//! from the public origin in `WIDGETS_ORIGIN` (default `http://localhost:8080`, where
//! `cargo xtask serve` answers). The page's own assets stay relative, so the page works on
//! whatever host it is copied to.

use crate::Result;
use core_countdown::Events;
use core_embed_code::{escape_html, SharePage, SiteBase};
use core_i18n::{share, Catalog, Lang};
use std::path::Path;

pub const TEMPLATE: &str = "_share.html";
pub const DEFAULT_ORIGIN: &str = "http://localhost:8080";

/// The public origin the share pages and oEmbed responses name: `WIDGETS_ORIGIN`, or the default.
pub fn origin() -> Result<String> {
    let value = std::env::var("WIDGETS_ORIGIN").unwrap_or_default();
    let value = if value.trim().is_empty() { DEFAULT_ORIGIN.to_string() } else { value.trim().to_string() };
    check_origin(&value)?;
    Ok(value.trim_end_matches('/').to_string())
}

/// `https://widgets.example.org` or `http://localhost:8080`, perhaps with a path below which
/// dist/ is served; nothing that would need escaping in a URL.
fn check_origin(value: &str) -> Result {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    let host = rest.map(|r| r.split('/').next().unwrap_or(""));
    let clean = value.chars().all(|c| c.is_ascii_graphic() && !"\"'<>\\`{}|^?#".contains(c));
    match host {
        Some(host) if !host.is_empty() && clean => Ok(()),
        _ => Err(format!(
            "WIDGETS_ORIGIN=`{value}` is not an http(s) origin such as https://widgets.example.org \
             (the public address dist/ is served from)"
        )
        .into()),
    }
}

/// `og:locale` of each language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "vi_VN",
        Lang::En => "en_US",
        Lang::Ar => "ar_AR",
        Lang::Zh => "zh_CN",
        Lang::Fr => "fr_FR",
        Lang::Ru => "ru_RU",
        Lang::Es => "es_ES",
    }
}

/// The share page `page`, from the template.
pub fn render(template: &str, page: &SharePage, base: &SiteBase, events: &Events) -> String {
    let text = page.text(events);
    let setup = page.setup();
    // The template's own note (the comment after the doctype) is for us, not for readers.
    let template =
        match template.split_once("<!-- Template").and_then(|(a, rest)| Some((a, rest.split_once("-->\n")?.1))) {
            Some((before, after)) => format!("{before}{after}"),
            None => template.to_string(),
        };
    let url = format!("{}{}", base.as_str(), page.path());
    let oembed = format!("{}{}", base.as_str(), page.json_path());
    [
        ("{{LANG}}", page.lang.code().to_string()),
        ("{{DIR}}", page.lang.dir().to_string()),
        ("{{TITLE}}", escape_html(&text.title)),
        ("{{SITE}}", escape_html(text.site)),
        ("{{DESCRIPTION}}", escape_html(&text.description)),
        ("{{URL}}", escape_html(&url)),
        ("{{OEMBED}}", escape_html(&oembed)),
        ("{{LOCALE}}", locale(page.lang).to_string()),
        ("{{ROOT}}", page.to_root().to_string()),
        ("{{WIDGET}}", page.widget.tag().to_string()),
        ("{{ELEMENT}}", setup.element()),
        ("{{FRAGMENT}}", escape_html(&setup.fragment())),
        ("{{EMBED_THIS}}", escape_html(share::Text::for_lang(page.lang).embed_this)),
    ]
    .iter()
    .fold(template, |out, (key, value)| out.replace(key, value))
}

/// Writes every share page and its oEmbed response into `dist/share/`; returns how many pages.
pub fn write(www: &Path, dist: &Path) -> Result<usize> {
    let template = std::fs::read_to_string(www.join(TEMPLATE))?;
    let base = SiteBase::from_origin(&origin()?);
    let events = core_countdown::built_in().map_err(|e| format!("data/events.json: {e:?}"))?;
    let pages = SharePage::all(&events);
    for page in &pages {
        let html = dist.join(page.path());
        if let Some(dir) = html.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&html, render(&template, page, &base, &events))?;
        std::fs::write(dist.join(page.json_path()), page.oembed_json(&base, &events))?;
    }
    Ok(pages.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_one(page: &SharePage) -> String {
        let template = std::fs::read_to_string(crate::root().join("www").join(TEMPLATE)).unwrap();
        let events = core_countdown::built_in().unwrap();
        render(&template, page, &SiteBase::from_origin("https://widgets.example.org"), &events)
    }

    fn head(page: &str) -> &str {
        &page[..page.find("</head>").unwrap()]
    }

    #[test]
    fn a_page_has_its_title_description_open_graph_and_an_absolute_oembed_link_in_its_head() {
        let page = SharePage { lang: Lang::Vi, widget: core_embed_code::Widget::Quiz, event: None };
        let html = render_one(&page);
        let head = head(&html);
        assert!(head.contains("<html lang=\"vi\" dir=\"ltr\">"), "{head}");
        assert!(head.contains("<title>Trắc nghiệm nhận diện lừa đảo · "), "{head}");
        assert!(head.contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://widgets.example.org/share/vi/scam-quiz.json\""
        ), "{head}");
        assert!(
            head.contains("<meta property=\"og:url\" content=\"https://widgets.example.org/share/vi/scam-quiz.html\">")
        );
        assert!(head.contains("<meta property=\"og:title\" content=\"Trắc nghiệm nhận diện lừa đảo\">"));
        assert!(head.contains("<meta property=\"og:locale\" content=\"vi_VN\">"));
        assert!(head.contains("<meta name=\"description\" content=\"Bạn có nhận ra lừa đảo"), "{head}");
        assert!(head.contains("<script type=\"module\" src=\"../../widgets/scam-quiz.js\"></script>"));
        assert!(html.contains("<scam-quiz lang=\"vi\"></scam-quiz>"), "{html}");
        assert!(html.contains("href=\"../../index.html?lang=vi#widget=scam-quiz&amp;lang=vi\""), "{html}");
        assert!(!html.contains("{{") && !html.contains("Template"), "{html}");
    }

    #[test]
    fn a_milestone_page_is_one_level_deeper_and_right_to_left_in_arabic() {
        let page = SharePage {
            lang: Lang::Ar,
            widget: core_embed_code::Widget::Countdown,
            event: Some("entry-into-force".into()),
        };
        let html = render_one(&page);
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<event-countdown lang=\"ar\" event=\"entry-into-force\"></event-countdown>"), "{html}");
        assert!(html.contains("src=\"../../../widgets/event-countdown.js\""));
        assert!(html.contains("href=\"https://widgets.example.org/share/ar/event-countdown/entry-into-force.json\""));
    }

    #[test]
    fn every_page_and_response_is_written() {
        let dir = std::env::temp_dir().join(format!("share-pages-{}", std::process::id()));
        let count = write(&crate::root().join("www"), &dir).unwrap();
        let events = core_countdown::built_in().unwrap();
        assert_eq!(count, 7 * (3 + events.all().len()));
        for page in SharePage::all(&events) {
            assert!(dir.join(page.path()).is_file(), "{}", page.path());
            let json = std::fs::read_to_string(dir.join(page.json_path())).unwrap();
            assert!(core_json::parse(&json).is_ok(), "{}", page.json_path());
            assert!(json.contains(&format!("\"{DEFAULT_ORIGIN}/embed/")) || std::env::var("WIDGETS_ORIGIN").is_ok());
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_origin_must_be_http_or_https() {
        assert!(check_origin("https://widgets.example.org").is_ok());
        assert!(check_origin("http://localhost:8080").is_ok());
        assert!(check_origin("https://example.org/widgets").is_ok());
        for bad in ["widgets.example.org", "ftp://x", "https://", "https://a\"b", "javascript:alert(1)", "https://a b"]
        {
            assert!(check_origin(bad).is_err(), "{bad}");
        }
    }
}
