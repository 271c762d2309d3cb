//! The standard topics. Every bank may use them without declaring them, so a school's own bank
//! can stay short; a bank can still add topics or rename these (see `Bank::topics`).

use crate::Bank;
use core_i18n::{quiz::Text, Catalog, Lang, Localized};

/// Picks a topic's name out of the quiz catalogue.
pub type TopicName = fn(&Text) -> &'static str;

/// `(id, its name in the quiz catalogue)`, in the order results are listed. The names are UI
/// text, so they exist in every language the widget speaks, unlike the built-in questions.
pub const STANDARD_TOPICS: &[(&str, TopicName)] = &[
    ("authority-impersonation", |t| t.topic_authority_impersonation),
    ("bank-otp", |t| t.topic_bank_otp),
    ("fake-apps", |t| t.topic_fake_apps),
    ("phishing-links", |t| t.topic_phishing_links),
    ("task-jobs", |t| t.topic_task_jobs),
    ("investment-crypto", |t| t.topic_investment_crypto),
    ("romance", |t| t.topic_romance),
    ("online-shopping", |t| t.topic_online_shopping),
    ("deepfake", |t| t.topic_deepfake),
    ("money-recovery", |t| t.topic_money_recovery),
    ("after-scam", |t| t.topic_after_scam),
];

/// A standard topic's name in every language.
pub fn standard_name(name: TopicName) -> Localized {
    Localized::new(Lang::ALL.iter().map(|&lang| (lang, name(Text::for_lang(lang)).to_string())).collect())
}

impl Bank {
    /// A topic's name in `lang` (its id if the bank has no such topic). A standard topic that
    /// the bank did not rename is named from the quiz catalogue now rather than when the bank was
    /// parsed: in the widgets a language's catalogue can arrive later (a language pack, when a
    /// quiz's `lang` changes), after the bank was parsed and cached.
    pub fn topic_name(&self, id: &str, lang: Lang) -> String {
        let standard = STANDARD_TOPICS.iter().find(|(s, _)| *s == id).map(|(_, name)| *name);
        match (self.topic(id), standard) {
            (Some(topic), Some(name)) if topic.name.get(Lang::En) == name(Text::for_lang(Lang::En)) => {
                name(Text::for_lang(lang)).to_string()
            }
            (Some(topic), _) => topic.name.get(lang).to_string(),
            (None, _) => id.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_are_named_in_the_language_asked_for_and_renamed_ones_keep_the_bank_name() {
        let bank = crate::built_in().unwrap();
        assert_eq!(bank.topic_name("romance", Lang::Fr), Text::for_lang(Lang::Fr).topic_romance);
        assert_eq!(bank.topic_name("no-such-topic", Lang::Vi), "no-such-topic");
        let renamed = crate::parse_bank(&renamed_bank()).unwrap();
        assert_eq!(renamed.topic_name("romance", Lang::En), "Dating-app scams");
        assert_eq!(renamed.topic_name("romance", Lang::Vi), "Lừa đảo qua ứng dụng hẹn hò");
    }

    /// The built-in bank with the standard topic "romance" renamed.
    fn renamed_bank() -> String {
        let mut bank: String = crate::BUILT_IN_JSON.to_string();
        let topics = "\"topics\": [{\"id\": \"romance\", \"name\": {\"en\": \"Dating-app scams\", \"vi\": \"Lừa đảo qua ứng dụng hẹn hò\"}}],";
        let at = bank.find('{').unwrap() + 1;
        bank.insert_str(at, topics);
        bank
    }

    #[test]
    fn standard_topics_are_named_in_every_language() {
        for (id, name) in STANDARD_TOPICS {
            let names = standard_name(*name);
            for lang in Lang::ALL {
                assert!(names.has(lang), "{id} has no {lang:?} name");
                if lang != Lang::En {
                    assert_ne!(names.get(lang), names.get(Lang::En), "{id} is English in {lang:?}");
                }
            }
        }
        let ids: std::collections::HashSet<_> = STANDARD_TOPICS.iter().map(|(id, _)| id).collect();
        assert_eq!(ids.len(), STANDARD_TOPICS.len(), "ids are unique");
    }
}
