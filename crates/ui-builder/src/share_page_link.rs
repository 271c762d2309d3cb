//! The share page that shows the setup (`share/<lang>/…`), when there is one: a link that
//! WordPress and other oEmbed consumers embed when it is pasted alone on a line. Other setups
//! are told which embed fits.

use crate::code_block::CodeBlock;
use core_embed_code::{Setup, SiteBase};
use core_i18n::{share::Text, Catalog, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePageLinkProps {
    /// The site's language, which a widget without `lang` takes on the builder's page.
    pub lang: Lang,
    pub setup: Setup,
    pub base: SiteBase,
    pub on_announce: Callback<String>,
}

#[function_component(SharePageLink)]
pub fn share_page_link(props: &SharePageLinkProps) -> Html {
    let text = Text::for_lang(props.lang);
    let events = use_memo((), |_| core_countdown::built_in().ok());
    let page = events.as_ref().as_ref().and_then(|events| props.setup.share_page(props.lang, events));
    match page {
        Some(page) => html! {
            <CodeBlock lang={props.lang} id="code-share-page" heading={text.builder_heading} note={text.builder_note}
                code={format!("{}{}", props.base.as_str(), page.path())} on_announce={props.on_announce.clone()} />
        },
        None => html! {
            <section class="share-page" aria-labelledby="code-share-page-h">
                <h4 id="code-share-page-h">{ text.builder_heading }</h4>
                <p class="hint" id="share-page-none">{ text.builder_none }</p>
            </section>
        },
    }
}
