//! The standard topics. Every bank may use them without declaring them, so a school's own bank
//! can stay short; a bank can still add topics or rename these (see `Bank::topics`).

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

#[cfg(test)]
mod tests {
    use super::*;

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
