//! The site's navigation and language picker, on every page. Links carry `?lang=` so the
//! reader's choice follows them from page to page.

use core_i18n::{builder::Text, Catalog, Lang};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteNavProps {
    pub lang: Lang,
}

#[function_component(SiteNav)]
pub fn site_nav(props: &SiteNavProps) -> Html {
    let text = Text::for_lang(props.lang);
    let here = crate::page::page_file();
    let code = props.lang.code();
    let links = core_i18n::builder::site_pages(text).map(|(file, label)| {
        let current = (file == here).then_some("page");
        html! { <li><a href={format!("{file}?lang={code}")} aria-current={current}>{ label }</a></li> }
    });
    let onchange = Callback::from(|e: Event| {
        let lang = e.target_unchecked_into::<HtmlSelectElement>().value();
        let Some(window) = web_sys::window() else { return };
        let location = window.location();
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let _ = location.assign(&format!("{path}?lang={lang}{hash}"));
    });
    let options = Lang::ALL.map(|l| {
        html! { <option value={l.code()} lang={l.code()} selected={l == props.lang}>{ l.autonym() }</option> }
    });
    html! {
        <div class="site-nav" lang={code} dir={props.lang.dir()}>
            <nav aria-label={text.nav_label}>
                <ul>{ for links }</ul>
            </nav>
            <div class="site-lang">
                <label for="site-lang">{ text.site_language }</label>
                <select id="site-lang" {onchange}>{ for options }</select>
            </div>
        </div>
    }
}
