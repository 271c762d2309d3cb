//! `<scam-quiz>`: a placeholder until the quiz issue fills it in.

use core_attrs::{parse_count, Lookup, Problem};
use ui_common::{use_parsed, use_source, HostProps, Shell, WidgetSpec};
use yew::prelude::*;

pub const TAG: &str = "scam-quiz";

pub static SPEC: WidgetSpec = WidgetSpec {
    tag: TAG,
    attributes: &["lang", "theme", "src", "questions", "topics", "seed", "persist"],
    css: include_str!("quiz.css"),
};

#[derive(PartialEq)]
struct Config {
    questions: u32,
}

fn parse(get: Lookup<'_>, problems: &mut Vec<Problem>) -> Config {
    Config { questions: parse_count(get, "questions", 1..=100, problems).unwrap_or(10) }
}

#[function_component(ScamQuiz)]
pub fn scam_quiz(props: &HostProps) -> Html {
    let parsed = use_parsed(TAG, props, parse);
    // Placeholder: the widget issue replaces this with the real data parser.
    let source = use_source(TAG, parsed.common.src.clone(), |text| core_json::parse(text).map(drop).map_err(|e| e.to_string()));
    let lang = parsed.common.lang.lang;
    let (title, per_attempt) = match lang {
        core_i18n::Lang::Vi => ("Trắc nghiệm nhận diện lừa đảo", "câu hỏi mỗi lượt"),
        _ => ("Scam-awareness quiz", "questions per attempt"),
    };
    let mut notices = parsed.notices();
    notices.extend(source.notice(lang));
    html! {
        <Shell {lang} theme={parsed.common.theme} label={title} notices={notices}>
            <h2>{ title }</h2>
            <p class="aw-quiz-value"><strong>{ parsed.config.questions }</strong>{ " " }{ per_attempt }</p>
        </Shell>
    }
}
