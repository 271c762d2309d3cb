//! oEmbed for CMSs that read it: a static response the editor saves next to the article, and
//! the `<link>` line that points to it.

use crate::browser;
use crate::code_block::CodeBlock;
use core_embed_code::{Setup, SiteBase};
use core_i18n::{builder::Text, Catalog, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OembedPanelProps {
    pub lang: Lang,
    pub setup: Setup,
    pub base: SiteBase,
    pub title: AttrValue,
    pub on_announce: Callback<String>,
}

#[function_component(OembedPanel)]
pub fn oembed_panel(props: &OembedPanelProps) -> Html {
    let text = Text::for_lang(props.lang);
    let tag = props.setup.widget.tag();
    let json_url = use_state(|| format!("https://www.example.com/oembed/{tag}.json"));
    let json = props.setup.oembed_json(&props.base, &props.title, Text::for_lang(Lang::En).site_title);
    let link = Setup::oembed_link(&json_url, &props.title);
    let on_url = {
        let json_url = json_url.clone();
        Callback::from(move |e: InputEvent| json_url.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_download = {
        let json = json.clone();
        let announce = props.on_announce.clone();
        let name = format!("{tag}.oembed.json");
        Callback::from(move |_| {
            if !browser::download(&name, &json, "application/json+oembed") {
                announce.emit(text.copy_failed.to_string());
            }
        })
    };
    html! {
        <section class="oembed" aria-labelledby="oembed-h">
            <h4 id="oembed-h">{ text.oembed_heading }</h4>
            <p class="hint">{ text.oembed_note }</p>
            <div class="field">
                <label for="f-oembed-url">{ text.oembed_url }</label>
                <input id="f-oembed-url" type="url" value={(*json_url).clone()} oninput={on_url} />
            </div>
            <CodeBlock lang={props.lang} id="code-oembed-link" heading={text.oembed_link} note="" code={link}
                on_announce={props.on_announce.clone()} />
            <CodeBlock lang={props.lang} id="code-oembed" heading="JSON" note="" code={json}
                on_announce={props.on_announce.clone()} />
            <button type="button" class="download" onclick={on_download}>{ text.download }</button>
        </section>
    }
}
