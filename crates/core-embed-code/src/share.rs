//! The share pages: `share/<lang>/<widget>.html` for each widget and language, and
//! `share/<lang>/event-countdown/<event>.html` for each built-in milestone. Pasted into WordPress
//! (or any oEmbed consumer), a page's static oEmbed response (the same path, `.json`) embeds the
//! widget: a `blockquote.wp-embedded-content` fallback (WordPress loads its host script only when
//! it sees one) and the iframe page with the share page's settings. `cargo xtask dist` writes
//! them with absolute URLs (consumers resolve nothing); the builder offers them for presets.

use crate::text::escape_html;
use crate::{Setup, SiteBase, Widget};
use core_countdown::Events;
use core_i18n::{builder, fill, share, Catalog, Lang};

/// One share page: a widget in a language, the countdown perhaps at a built-in milestone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharePage {
    pub lang: Lang,
    pub widget: Widget,
    /// A built-in milestone id (countdown only); `None` is the widget's default.
    pub event: Option<String>,
}

/// What a share page says about itself: in its `<title>`, Open Graph tags and oEmbed response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareText {
    pub title: String,
    pub description: String,
    /// "Hanoi Convention awareness widgets", in the page's language.
    pub site: &'static str,
}

impl Widget {
    /// The widget's name in `lang`, as the widget itself gives it.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Widget::Quiz => core_i18n::quiz::Text::for_lang(lang).widget_name,
            Widget::Countdown => core_i18n::countdown::Text::for_lang(lang).widget_name,
            Widget::Map => core_i18n::map::Text::for_lang(lang).widget_name,
        }
    }
}

impl SharePage {
    /// Every share page: per language, each widget, then each milestone of `events`.
    pub fn all(events: &Events) -> Vec<SharePage> {
        let mut pages = Vec::new();
        for lang in Lang::ALL {
            for widget in Widget::ALL {
                pages.push(SharePage { lang, widget, event: None });
            }
            for event in events.all() {
                pages.push(SharePage { lang, widget: Widget::Countdown, event: Some(event.id.clone()) });
            }
        }
        pages
    }

    /// `share/vi/scam-quiz.html`, `share/vi/event-countdown/adoption.html`.
    pub fn path(&self) -> String {
        self.stem() + ".html"
    }

    /// The page's oEmbed response, beside it.
    pub fn json_path(&self) -> String {
        self.stem() + ".json"
    }

    fn stem(&self) -> String {
        let (lang, tag) = (self.lang.code(), self.widget.tag());
        match &self.event {
            Some(event) => format!("share/{lang}/{tag}/{event}"),
            None => format!("share/{lang}/{tag}"),
        }
    }

    /// From the page to the site's root: `../../` or `../../../`.
    pub fn to_root(&self) -> &'static str {
        if self.event.is_some() {
            "../../../"
        } else {
            "../../"
        }
    }

    /// The widget's settings on this page (the iframe's query, the builder's fragment).
    pub fn setup(&self) -> Setup {
        let mut setup = Setup::new(self.widget);
        setup.set("lang", self.lang.code());
        if let Some(event) = &self.event {
            setup.set("event", event);
        }
        setup
    }

    pub fn text(&self, events: &Events) -> ShareText {
        let text = share::Text::for_lang(self.lang);
        let event = self.event.as_deref().and_then(|id| events.get(id));
        let (title, description) = match (self.widget, event) {
            (Widget::Countdown, Some(event)) => {
                let title = event.title.get(self.lang).to_string();
                let description = fill(text.event_description, &[("title", &title)]);
                (title, description)
            }
            (Widget::Countdown, None) => {
                (self.widget.name(self.lang).to_string(), text.countdown_description.to_string())
            }
            (Widget::Quiz, _) => (self.widget.name(self.lang).to_string(), text.quiz_description.to_string()),
            (Widget::Map, _) => (self.widget.name(self.lang).to_string(), text.map_description.to_string()),
        };
        ShareText { title, description, site: builder::Text::for_lang(self.lang).site_title }
    }

    /// The oEmbed `html`: WordPress's fallback blockquote, then the iframe page.
    pub fn oembed_html(&self, base: &SiteBase, title: &str) -> String {
        format!(
            "<blockquote class=\"wp-embedded-content\"><a href=\"{}\">{}</a></blockquote>{}",
            escape_html(&format!("{}{}", base.as_str(), self.path())),
            escape_html(title),
            self.setup().iframe_tag(base, title, "")
        )
    }

    /// The static oEmbed 1.0 "rich" response saved at [`SharePage::json_path`].
    pub fn oembed_json(&self, base: &SiteBase, events: &Events) -> String {
        let text = self.text(events);
        crate::oembed_response(base, &text.title, text.site, &self.oembed_html(base, &text.title), self.widget)
    }
}

impl Setup {
    /// The share page showing exactly this setup, if there is one: only `lang` (one of ours;
    /// absent means `default_lang`) and, for the countdown, a built-in `event` of `events`.
    pub fn share_page(&self, default_lang: Lang, events: &Events) -> Option<SharePage> {
        let mut page = SharePage { lang: default_lang, widget: self.widget, event: None };
        for (name, value) in self.attributes() {
            match name {
                "lang" => page.lang = Lang::ALL.into_iter().find(|l| l.code() == value)?,
                "event" if self.widget == Widget::Countdown && events.get(value).is_some() => {
                    page.event = Some(value.to_string());
                }
                _ => return None,
            }
        }
        Some(page)
    }
}

impl SiteBase {
    /// The site's public origin (`https://widgets.example.org`, a trailing `/` or not).
    pub fn from_origin(origin: &str) -> SiteBase {
        SiteBase(format!("{}/", origin.trim_end_matches('/')))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events() -> Events {
        core_countdown::built_in().unwrap()
    }

    #[test]
    fn seven_languages_of_three_widgets_and_each_milestone() {
        let events = events();
        let pages = SharePage::all(&events);
        assert_eq!(pages.len(), 7 * (3 + events.all().len()));
        let paths: Vec<String> = pages.iter().map(SharePage::path).collect();
        for expected in [
            "share/vi/scam-quiz.html",
            "share/ar/signatory-map.html",
            "share/zh/event-countdown.html",
            "share/vi/event-countdown/entry-into-force.html",
            "share/es/event-countdown/adoption.html",
        ] {
            assert!(paths.iter().any(|p| p == expected), "{expected} in {paths:?}");
        }
        let page = SharePage { lang: Lang::Vi, widget: Widget::Countdown, event: Some("adoption".into()) };
        assert_eq!(page.json_path(), "share/vi/event-countdown/adoption.json");
        assert_eq!(page.to_root(), "../../../");
        assert_eq!(page.setup().query(), "lang=vi&event=adoption");
    }

    #[test]
    fn the_oembed_response_is_rich_with_the_fallback_blockquote_and_the_iframe() {
        let events = events();
        let base = SiteBase::from_origin("https://widgets.example.org/");
        let page = SharePage { lang: Lang::Fr, widget: Widget::Countdown, event: Some("entry-into-force".into()) };
        let json = page.oembed_json(&base, &events);
        let value = core_json::parse(&json).unwrap();
        let root = core_json::Node::root(&value);
        let field = |name: &str| root.field(name).unwrap().as_str().unwrap().to_string();
        assert_eq!(field("type"), "rich");
        assert_eq!(field("version"), "1.0");
        assert_eq!(field("provider_url"), "https://widgets.example.org/");
        assert_eq!(field("provider_name"), builder::FR.site_title);
        let title = field("title");
        assert_eq!(title, events.get("entry-into-force").unwrap().title.get(Lang::Fr));
        let html = field("html");
        assert!(html.starts_with(&format!(
            "<blockquote class=\"wp-embedded-content\"><a href=\"https://widgets.example.org/share/fr/event-countdown/entry-into-force.html\">{}</a></blockquote><iframe src=\"https://widgets.example.org/embed/event-countdown.html?lang=fr&amp;event=entry-into-force\"",
            escape_html(&title)
        )), "{html}");
        assert!(!html.contains("<script"), "consumers strip scripts: {html}");
        assert!(!html.contains("lazy"), "a clipped lazy frame never loads: {html}");
        assert!(root.get("width").is_some() && root.get("height").is_some());
    }

    #[test]
    fn texts_are_in_the_page_language() {
        let events = events();
        let quiz = SharePage { lang: Lang::Vi, widget: Widget::Quiz, event: None }.text(&events);
        assert_eq!(quiz.title, "Trắc nghiệm nhận diện lừa đảo");
        assert!(quiz.description.contains("lừa đảo"), "{}", quiz.description);
        let event =
            SharePage { lang: Lang::Ru, widget: Widget::Countdown, event: Some("adoption".into()) }.text(&events);
        assert!(event.description.starts_with(&event.title), "{event:?}");
        assert!(!event.description.contains("{title}"));
    }

    #[test]
    fn only_presets_have_a_share_page() {
        let events = events();
        let mut setup = Setup::new(Widget::Countdown);
        assert_eq!(setup.share_page(Lang::En, &events).unwrap().path(), "share/en/event-countdown.html");
        setup.set("lang", "vi");
        setup.set("event", "adoption");
        assert_eq!(setup.share_page(Lang::En, &events).unwrap().path(), "share/vi/event-countdown/adoption.html");
        setup.set("event", "my-event");
        assert_eq!(setup.share_page(Lang::En, &events), None, "not a built-in milestone");
        setup.set("event", "");
        setup.set("theme", "dark");
        assert_eq!(setup.share_page(Lang::En, &events), None, "a setting no share page has");
        let mut quiz = Setup::new(Widget::Quiz);
        quiz.set("lang", "de");
        assert_eq!(quiz.share_page(Lang::En, &events), None, "a language we have no page in");
        quiz.set("lang", "ar");
        assert_eq!(quiz.share_page(Lang::Vi, &events).unwrap().path(), "share/ar/scam-quiz.html");
    }
}
