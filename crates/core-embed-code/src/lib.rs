//! What the demo site's embed-code builder produces, without the browser.
//!
//! A [`Setup`] is one widget with the attributes an editor chose. From it come the builder's
//! shareable link (`#widget=scam-quiz&lang=vi`), the iframe page's query (the same pairs: query
//! parameters mirror attributes by contract), both embed snippets and a static oEmbed response.
//! The attribute names come from `core_attrs`, the list the widgets themselves accept, so the
//! builder cannot offer an attribute a widget would reject. [`BuilderState`] is the builder's
//! form: one setup per widget, and how the preview shows it.

mod builder_state;
pub mod custom_event;
mod local_time;
mod share;
mod text;

pub use builder_state::{BuilderAction, BuilderState, PreviewMode};
pub use local_time::{wall_time_in_zone, WallTime};
pub use share::{SharePage, ShareText};

pub use text::escape_html;
use text::{percent_decode, percent_encode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Widget {
    Quiz,
    Countdown,
    Map,
}

impl Widget {
    pub const ALL: [Widget; 3] = [Widget::Quiz, Widget::Countdown, Widget::Map];

    /// The element name, which is also the file name of its script and iframe page.
    pub fn tag(self) -> &'static str {
        match self {
            Widget::Quiz => "scam-quiz",
            Widget::Countdown => "event-countdown",
            Widget::Map => "signatory-map",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.tag() == tag)
    }

    pub fn attributes(self) -> &'static [&'static str] {
        match self {
            Widget::Quiz => core_attrs::QUIZ_ATTRIBUTES,
            Widget::Countdown => core_attrs::COUNTDOWN_ATTRIBUTES,
            Widget::Map => core_attrs::MAP_ATTRIBUTES,
        }
    }

    /// The height (CSS px) an iframe starts at, before the widget reports its own: about what
    /// each widget needs at a phone's width, so the article does not jump much.
    pub fn initial_height(self) -> u32 {
        match self {
            Widget::Quiz => 620,
            Widget::Countdown => 380,
            Widget::Map => 640,
        }
    }
}

/// One widget and the attributes chosen for it, in the contract's order. Attributes left at
/// their default are absent, so snippets stay as short as the setup allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setup {
    pub widget: Widget,
    values: Vec<(&'static str, String)>,
}

/// The site that serves the widgets, as an absolute URL ending in `/`
/// (`https://widgets.example.org/`); snippets point there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteBase(String);

impl SiteBase {
    /// Takes the directory of `page_url` (the builder page's own URL), dropping query and
    /// fragment: the builder is served from the site root.
    pub fn from_page_url(page_url: &str) -> SiteBase {
        let end = page_url.find(['?', '#']).unwrap_or(page_url.len());
        let path = &page_url[..end];
        let dir = path.rfind('/').map_or(path, |slash| &path[..=slash]);
        SiteBase(dir.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Setup {
    pub fn new(widget: Widget) -> Setup {
        Setup { widget, values: Vec::new() }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// Sets an attribute; an empty or blank value removes it (the widget's default applies).
    /// Returns false, and changes nothing, for a name the widget does not have.
    pub fn set(&mut self, name: &str, value: &str) -> bool {
        let Some(&name) = self.widget.attributes().iter().find(|a| **a == name) else { return false };
        self.values.retain(|(n, _)| *n != name);
        let value = value.trim();
        if !value.is_empty() {
            self.values.push((name, value.to_string()));
            let order = |n: &str| self.widget.attributes().iter().position(|a| *a == n);
            let mut values = std::mem::take(&mut self.values);
            values.sort_by_key(|(n, _)| order(n));
            self.values = values;
        }
        true
    }

    /// The chosen attributes, in the contract's order.
    pub fn attributes(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.values.iter().map(|(n, v)| (*n, v.as_str()))
    }

    /// `lang=vi&questions=5`: the iframe page's query (query parameters mirror attributes).
    pub fn query(&self) -> String {
        let pairs: Vec<String> = self.attributes().map(|(n, v)| format!("{n}={}", percent_encode(v))).collect();
        pairs.join("&")
    }

    /// The builder's shareable state: `widget=scam-quiz` and then [`Setup::query`].
    pub fn fragment(&self) -> String {
        let query = self.query();
        let widget = format!("widget={}", self.widget.tag());
        if query.is_empty() {
            widget
        } else {
            format!("{widget}&{query}")
        }
    }

    /// Reads a shared link's fragment (or query): `widget=` picks the widget (the quiz when it is
    /// missing or unknown); pairs the widget does not have are returned, so the builder can say
    /// what it dropped instead of losing it silently.
    pub fn from_fragment(text: &str) -> (Setup, Vec<String>) {
        let text = text.trim_start_matches(['#', '?']);
        let pairs: Vec<(String, String)> = text
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (percent_decode(k), percent_decode(v)),
                None => (percent_decode(p), String::new()),
            })
            .collect();
        let mut dropped = Vec::new();
        let widget = match pairs.iter().find(|(k, _)| k == "widget") {
            Some((_, tag)) => Widget::from_tag(tag).unwrap_or_else(|| {
                dropped.push(format!("widget={tag}"));
                Widget::Quiz
            }),
            None => Widget::Quiz,
        };
        let mut setup = Setup::new(widget);
        for (key, value) in pairs.iter().filter(|(k, _)| k != "widget") {
            if !setup.set(key, value) {
                dropped.push(key.clone());
            }
        }
        (setup, dropped)
    }

    /// Script + element: for pages that allow scripts.
    pub fn script_snippet(&self, base: &SiteBase) -> String {
        format!(
            "<script type=\"module\" src=\"{}widgets/{}.js\"></script>\n{}",
            escape_html(base.as_str()),
            self.widget.tag(),
            self.element()
        )
    }

    /// The element alone, with its attributes: `<scam-quiz lang="vi"></scam-quiz>`.
    pub fn element(&self) -> String {
        let tag = self.widget.tag();
        let attrs: String = self.attributes().map(|(n, v)| format!(" {n}=\"{}\"", escape_html(v))).collect();
        format!("<{tag}{attrs}></{tag}>")
    }

    /// The iframe page's URL for this setup.
    pub fn iframe_url(&self, base: &SiteBase) -> String {
        let query = self.query();
        let query = if query.is_empty() { String::new() } else { format!("?{query}") };
        format!("{}embed/{}.html{query}", base.as_str(), self.widget.tag())
    }

    /// The iframe element alone (what AMP and oEmbed consumers want).
    ///
    /// No `style` attribute: a host with a strict `style-src` would drop it. `frameborder` is
    /// obsolete but honoured everywhere (AMP requires it), and the resizer sets the height.
    pub fn iframe_element(&self, base: &SiteBase, title: &str) -> String {
        self.iframe_tag(base, title, " loading=\"lazy\"")
    }

    /// The iframe with `extra` attributes. oEmbed's is not lazy: WordPress keeps that frame clipped
    /// to nothing until it speaks, and a lazy frame that never intersects never loads.
    fn iframe_tag(&self, base: &SiteBase, title: &str, extra: &str) -> String {
        format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" frameborder=\"0\"{extra}></iframe>",
            escape_html(&self.iframe_url(base)),
            escape_html(title),
            self.widget.initial_height()
        )
    }

    /// iframe + resizer: for CMSs that strip module scripts from articles.
    pub fn iframe_snippet(&self, base: &SiteBase, title: &str) -> String {
        format!(
            "{}\n<script async src=\"{}embed/resizer.js\"></script>",
            self.iframe_element(base, title),
            escape_html(base.as_str())
        )
    }

    /// A static oEmbed 1.0 "rich" response for this setup, to be saved next to the article and
    /// announced with a `<link rel="alternate" type="application/json+oembed">`.
    pub fn oembed_json(&self, base: &SiteBase, title: &str, provider: &str) -> String {
        oembed_response(base, title, provider, &self.iframe_snippet(base, title), self.widget)
    }

    /// The line an article's `<head>` needs so oEmbed consumers find the response saved at
    /// `json_url`.
    pub fn oembed_link(json_url: &str, title: &str) -> String {
        format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            escape_html(json_url),
            escape_html(title)
        )
    }
}

/// An oEmbed 1.0 "rich" response with `html`, sized for `widget`.
fn oembed_response(base: &SiteBase, title: &str, provider: &str, html: &str, widget: Widget) -> String {
    let mut out = String::from("{\n  \"version\": \"1.0\",\n  \"type\": \"rich\",\n  \"title\": ");
    core_json::write_string(&mut out, title);
    out.push_str(",\n  \"provider_name\": ");
    core_json::write_string(&mut out, provider);
    out.push_str(",\n  \"provider_url\": ");
    core_json::write_string(&mut out, base.as_str());
    out.push_str(",\n  \"html\": ");
    core_json::write_string(&mut out, html);
    out.push_str(&format!(
        ",\n  \"width\": 640,\n  \"height\": {},\n  \"cache_age\": 86400\n}}\n",
        widget.initial_height()
    ));
    out
}

/// Whether a widget could fetch `src`: http(s), or a path on the widget's own site. Anything
/// else (`javascript:`, `data:`, `file:`) fails in the widget, so the builder says so at once.
pub fn plausible_src(src: &str) -> bool {
    let src = src.trim();
    match src.split_once(':') {
        // Only a well-formed scheme counts: in `bank.json?v=2:1` the colon is in the query.
        Some((scheme, _))
            if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
        {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")
        }
        _ => !src.is_empty(),
    }
}

#[cfg(test)]
mod tests;
