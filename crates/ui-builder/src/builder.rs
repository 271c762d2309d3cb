//! The builder: pick a widget, set it up, watch the preview, copy the code.

use crate::browser;
use crate::code_block::CodeBlock;
use crate::common_fields::CommonFields;
use crate::countdown_fields::CountdownFields;
use crate::lists::use_lists;
use crate::map_fields::MapFields;
use crate::oembed_panel::OembedPanel;
use crate::preview::Preview;
use crate::quiz_fields::QuizFields;
use crate::share_page_link::SharePageLink;
use crate::state::BuilderReducer;
use core_embed_code::{BuilderAction, BuilderState, PreviewMode, SiteBase, Widget};
use core_i18n::{builder::Text, fill, Catalog, Lang};
use ui_common::announcer;
use ui_site::SiteNav;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The site's language (the widget's own `lang` is a setting).
    pub lang: Lang,
}

/// A widget's name, in `lang`, as the widget itself gives it: the picker, the iframe's title,
/// oEmbed's title.
pub fn widget_name(widget: Widget, lang: Lang) -> &'static str {
    widget.name(lang)
}

#[function_component(Builder)]
pub fn builder(props: &BuilderProps) -> Html {
    let lang = props.lang;
    let text = Text::for_lang(lang);
    let state = use_reducer(|| BuilderReducer(BuilderState::from_fragment(&browser::fragment())));
    let lists = use_lists(lang);
    let base = use_memo((), |_| SiteBase::from_page_url(&ui_site::page::page_url()));
    let setup = state.setup().clone();
    {
        use_effect_with(setup.clone(), |setup| browser::replace_fragment(&setup.fragment()));
    }
    // The iframe's title and oEmbed's are in the widget's language when one is set.
    let widget_lang = setup.get("lang").map(Lang::negotiate).filter(|n| n.supported).map_or(lang, |n| n.lang);
    let title = widget_name(setup.widget, widget_lang);

    let on_set = {
        let state = state.clone();
        Callback::from(move |(name, value): (&'static str, String)| state.dispatch(BuilderAction::Set(name, value)))
    };
    let on_set_many = {
        let state = state.clone();
        Callback::from(move |pairs: Vec<(&'static str, String)>| state.dispatch(BuilderAction::SetMany(pairs)))
    };
    let on_announce = {
        let state = state.clone();
        Callback::from(move |message: String| state.dispatch(BuilderAction::Announce(message)))
    };

    let picker = Widget::ALL.iter().map(|widget| {
        let widget = *widget;
        let checked = state.active == widget;
        let state = state.clone();
        let onchange = Callback::from(move |_| state.dispatch(BuilderAction::Pick(widget)));
        html! {
            <label class="choice">
                <input type="radio" name="widget" value={widget.tag()} {checked} {onchange} />
                { widget_name(widget, lang) }
            </label>
        }
    });
    let preview_modes =
        [(PreviewMode::Element, text.embed_script), (PreviewMode::Iframe, text.embed_iframe)].map(|(mode, label)| {
            let checked = state.preview == mode;
            let state = state.clone();
            let onchange = Callback::from(move |_| state.dispatch(BuilderAction::Preview(mode)));
            html! {
                <label class="choice">
                    <input type="radio" name="preview-mode" {checked} {onchange} />
                    { label }
                </label>
            }
        });
    let fields = match setup.widget {
        Widget::Quiz => {
            html! { <QuizFields {lang} setup={setup.clone()} topics={lists.topics.clone()} on_set={on_set.clone()} /> }
        }
        Widget::Countdown => {
            html! { <CountdownFields {lang} setup={setup.clone()} on_set_many={on_set_many.clone()} /> }
        }
        Widget::Map => {
            html! { <MapFields {lang} setup={setup.clone()} countries={lists.countries.clone()} loading={lists.countries_loading} on_set={on_set.clone()} /> }
        }
    };
    // The site's `?lang=` stays in the link: the reader of a shared link sees the site as sent.
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let share_url = format!("{}{search}#{}", base.as_str(), setup.fragment());

    html! {
        <>
        <header class="site-header">
            <SiteNav {lang} />
            <h1>{ text.site_title }</h1>
            <p class="lead">{ text.site_intro }</p>
        </header>
        <main class="builder" aria-labelledby="builder-h">
            <h2 id="builder-h">{ text.builder_heading }</h2>
            if !state.dropped.is_empty() {
                <p class="warning" role="status">{ fill(text.dropped, &[("names", &state.dropped.join(", "))]) }</p>
            }
            if lists.failed {
                <p class="warning" role="status">{ text.data_failed }</p>
            }
            <fieldset class="widget-picker">
                <legend>{ text.widget_choice }</legend>
                { for picker }
            </fieldset>
            <div class="builder-grid">
                <form class="settings" aria-labelledby="settings-h" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h3 id="settings-h">{ text.settings }</h3>
                    <CommonFields {lang} setup={setup.clone()} on_set={on_set.clone()} />
                    { fields }
                </form>
                <section class="preview-pane" aria-labelledby="preview-h">
                    <h3 id="preview-h">{ text.preview }</h3>
                    <fieldset class="inline">
                        <legend>{ text.preview_as }</legend>
                        { for preview_modes }
                    </fieldset>
                    <Preview setup={setup.clone()} mode={state.preview} base={(*base).clone()} title={title} />
                </section>
            </div>
            <section class="code" aria-labelledby="code-h">
                <h3 id="code-h">{ text.code_heading }</h3>
                <CodeBlock {lang} id="code-script" heading={text.embed_script} note={text.code_script_note}
                    code={setup.script_snippet(&base)} on_announce={on_announce.clone()} />
                <CodeBlock {lang} id="code-iframe" heading={text.embed_iframe} note={text.code_iframe_note}
                    code={setup.iframe_snippet(&base, title)} on_announce={on_announce.clone()} />
                <CodeBlock {lang} id="code-link" heading={text.share_heading} note=""
                    code={share_url} on_announce={on_announce.clone()} />
                <SharePageLink {lang} setup={setup.clone()} base={(*base).clone()} on_announce={on_announce.clone()} />
                // Keyed by widget: the suggested file name follows the widget.
                <OembedPanel key={setup.widget.tag()} {lang} setup={setup.clone()} base={(*base).clone()} {title} on_announce={on_announce} />
            </section>
            { announcer(state.announcement.clone().into(), "builder-announcer") }
        </main>
        </>
    }
}
