//! "Run a class": a shared `seed`, the other attributes, collecting scores from the
//! `scam-quiz:complete` event with a CSP-safe script file, the iframe alternative, and a live
//! demo whose tally that same script fills. Snippets name this site's own address, so they work
//! when copied.

use crate::ToolProps;
use core_embed_code::{Setup, SiteBase, Widget};
use core_i18n::{teacher::Text, Catalog, Lang};
use core_quiz::STANDARD_TOPICS;
use yew::prelude::*;

/// The script the guide shows is the file the site serves, word for word.
const SCORES_SCRIPT: &str = include_str!("../../../www/class-scores.js");

#[function_component(ClassGuide)]
pub fn class_guide(props: &ToolProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let quiz_lang = if lang == Lang::Vi { "vi" } else { "en" };
    // The same snippets the builder writes, for a class setup.
    let base = SiteBase::from_page_url(&ui_site::page::page_url());
    let class_quiz = |pairs: &[(&str, &str)]| {
        let mut setup = Setup::new(Widget::Quiz);
        for (name, value) in pairs {
            setup.set(name, value);
        }
        setup
    };
    let class_setup = [("lang", quiz_lang), ("seed", "class-7b-week-3"), ("questions", "10")];
    let embed =
        class_quiz(&[class_setup.as_slice(), &[("topics", "phishing-links,bank-otp"), ("persist", "on")]].concat())
            .script_snippet(&base);
    let scores = format!(
        "<script src=\"{}class-scores.js\" data-results-url=\"https://your-school.example/quiz-results\" defer></script>\n\
         <ol id=\"class-scores\"></ol>",
        base.as_str()
    );
    let iframe = class_quiz(&[class_setup.as_slice(), &[("persist", "off")]].concat())
        .iframe_snippet(&base, core_i18n::quiz::Text::for_lang(lang).widget_name);
    let topic_names = core_i18n::quiz::Text::for_lang(lang);
    let topics = STANDARD_TOPICS.iter().map(|(id, name)| {
        html! { <li><code>{ *id }</code>{ " " }<span>{ name(topic_names) }</span></li> }
    });
    html! {
        <section class="tk tk-guide" aria-labelledby="tk-guide-h">
            <h2 id="tk-guide-h">{ text.guide_heading }</h2>
            <p>{ text.guide_intro }</p>

            <h3>{ text.guide_seed_heading }</h3>
            <p>{ text.guide_seed }</p>
            <pre class="tk-code" dir="ltr" tabindex="0"><code>{ embed }</code></pre>
            <p>{ text.guide_options }</p>
            <details class="tk-topics">
                <summary>{ text.guide_topics }</summary>
                <ul>{ for topics }</ul>
            </details>

            <h3>{ text.guide_scores_heading }</h3>
            <p>{ text.guide_scores }</p>
            <pre class="tk-code" dir="ltr" tabindex="0"><code>{ scores }</code></pre>
            <p>{ text.guide_script }</p>
            <pre class="tk-code tk-script" dir="ltr" tabindex="0"><code>{ SCORES_SCRIPT }</code></pre>

            <h3>{ text.guide_iframe_heading }</h3>
            <p>{ text.guide_iframe }</p>
            <pre class="tk-code" dir="ltr" tabindex="0"><code>{ iframe }</code></pre>

            <h3>{ text.guide_try_heading }</h3>
            <p>{ text.guide_try }</p>
            <scam-quiz id="class-demo-quiz" lang={lang.code()} questions="2" seed="class-demo" persist="off"></scam-quiz>
            <h3 id="tk-tally-h">{ text.tally_heading }</h3>
            // Filled by class-scores.js (loaded by class-guide.html), not by this component.
            <ol id="class-scores" class="tk-tally" aria-labelledby="tk-tally-h" aria-live="polite"></ol>
        </section>
    }
}
