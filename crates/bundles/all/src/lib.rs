//! Entry point of `widgets/all.js`: one module, one Yew runtime, all three elements.

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::register::<ui_quiz::ScamQuiz>(&ui_quiz::SPEC);
    embed::register::<ui_countdown::EventCountdown>(&ui_countdown::SPEC);
    embed::register::<ui_map::SignatoryMap>(&ui_map::SPEC);
}
