//! What a teacher chooses for a package, read from text (the command line's flags, the teachers'
//! page's form) with the same rules as the quiz's attributes.

use core_i18n::Lang;
use core_quiz::config::{QuizConfig, DEFAULT_PASS, MAX_QUESTIONS};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub questions: u32,
    /// Comma-separated topic ids, as the `topics` attribute takes them.
    pub topics: Option<String>,
    pub seed: Option<String>,
    /// The pass mark in percent: the manifest's mastery score and the quiz's `pass`.
    pub pass: u32,
}

/// A setting that cannot be used: which one (`lang`, `questions`, `topics`, `seed`, `pass`,
/// `bank`), and why, in English (the CLI prints it; the teachers' page shows it by the control).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingError {
    pub field: &'static str,
    pub message: String,
}

impl SettingError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        SettingError { field, message: message.into() }
    }
}

impl fmt::Display for SettingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            questions: core_quiz::DEFAULT_QUESTION_COUNT as u32,
            topics: None,
            seed: None,
            pass: DEFAULT_PASS,
        }
    }
}

impl Settings {
    /// Reads each setting given as text (`None` or blank: the default). Every problem is
    /// reported, not just the first.
    pub fn parse(
        lang: Option<&str>,
        questions: Option<&str>,
        topics: Option<&str>,
        seed: Option<&str>,
        pass: Option<&str>,
    ) -> Result<Settings, Vec<SettingError>> {
        let given = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(String::from);
        let mut errors = Vec::new();
        let mut settings = Settings::default();
        if let Some(code) = given(lang) {
            match Lang::from_code(&code) {
                Some(l) => settings.lang = l,
                None => errors.push(SettingError::new(
                    "lang",
                    format!("`{code}` is not one of the quiz's languages ({})", Lang::ALL.map(Lang::code).join(", ")),
                )),
            }
        }
        let number = |name: &'static str, text: &str, range: std::ops::RangeInclusive<u32>| {
            text.parse::<u32>().ok().filter(|n| range.contains(n)).ok_or_else(|| {
                SettingError::new(
                    name,
                    format!("`{text}` is not a whole number from {} to {}", range.start(), range.end()),
                )
            })
        };
        if let Some(text) = given(questions) {
            match number("questions", &text, 1..=MAX_QUESTIONS) {
                Ok(n) => settings.questions = n,
                Err(e) => errors.push(e),
            }
        }
        if let Some(text) = given(pass) {
            match number("pass", text.trim_end_matches('%'), 0..=100) {
                Ok(n) => settings.pass = n,
                Err(_) => errors.push(SettingError::new("pass", format!("`{text}` is not a percentage from 0 to 100"))),
            }
        }
        settings.topics = given(topics);
        settings.seed = given(seed);
        if errors.is_empty() {
            Ok(settings)
        } else {
            Err(errors)
        }
    }

    /// The quiz attributes these settings give: what the launch page writes on `<scam-quiz>`.
    pub fn quiz_config(&self) -> QuizConfig {
        QuizConfig {
            questions: self.questions as usize,
            topics: self.topics.clone(),
            seed: self.seed.clone(),
            persist: false,
            pass: self.pass,
            resume: None,
        }
    }

    /// The attributes of the package's `<scam-quiz>`, in order.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        let mut attrs = vec![("lang", self.lang.code().to_string()), ("questions", self.questions.to_string())];
        if let Some(topics) = &self.topics {
            attrs.push(("topics", topics.clone()));
        }
        if let Some(seed) = &self.seed {
            attrs.push(("seed", seed.clone()));
        }
        attrs.push(("pass", self.pass.to_string()));
        attrs.push(("persist", "off".into()));
        attrs
    }
}
