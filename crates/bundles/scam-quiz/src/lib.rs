//! Entry point of `widgets/scam-quiz.js`: starting the module registers `<scam-quiz>`.

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::register::<ui_quiz::ScamQuiz>(&ui_quiz::SPEC);
}
