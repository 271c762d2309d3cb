//! The choices the form offers, read from the site's own data files so they always match what
//! the widgets use: the built-in bank's topics and the map's places.

use core_i18n::Lang;
use std::rc::Rc;
use ui_common::{intl, use_source, Source};
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
pub struct Lists {
    /// Topic id and name.
    pub topics: Rc<Vec<(String, String)>>,
    /// ISO code and country name in the site language, sorted by name.
    pub countries: Rc<Vec<(String, String)>>,
    /// The country list is still on its way (a name typed now waits for it).
    pub countries_loading: bool,
    /// A list could not be loaded; fields then take typed values.
    pub failed: bool,
}

fn parse_topics(text: &str) -> Result<Vec<(String, core_i18n::Localized)>, String> {
    let bank = core_quiz::parse_bank(text)
        .map_err(|errors| errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; "))?;
    Ok(bank.topics_in_use().into_iter().map(|t| (t.id.clone(), t.name.clone())).collect())
}

fn parse_places(text: &str) -> Result<Vec<String>, String> {
    let world = core_geo::World::parse(text).map_err(|e| e.to_string())?;
    Ok(world.places().into_iter().map(|(code, _)| code).collect())
}

#[hook]
pub fn use_lists(lang: Lang) -> Lists {
    let bank = use_source("site", Some("data/quiz/bank.json".to_string()), parse_topics);
    let world = use_source("site", Some("data/world.json".to_string()), parse_places);
    let topics = use_memo((bank.clone(), lang), |(bank, lang)| {
        bank.loaded()
            .map(|topics| topics.iter().map(|(id, name)| (id.clone(), name.get(*lang).to_string())).collect())
            .unwrap_or_default()
    });
    let countries = use_memo((world.clone(), lang), |(world, lang)| {
        let names = intl::region_names(lang.code());
        let mut list: Vec<(String, String)> = world
            .loaded()
            .map(|codes| {
                codes
                    .iter()
                    .filter(|code| code.len() == 2)
                    .map(|code| {
                        let name = names.as_ref().and_then(|n| n.name(code)).unwrap_or_else(|| code.clone());
                        (code.clone(), name)
                    })
                    .collect()
            })
            .unwrap_or_default();
        list.sort_by_key(|(_, name)| name.to_lowercase());
        list
    });
    let failed = matches!(*bank, Source::Failed { .. }) || matches!(*world, Source::Failed { .. });
    let countries_loading = matches!(*world, Source::Loading);
    Lists { topics, countries, countries_loading, failed }
}
