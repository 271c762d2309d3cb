//! Entry point of `widgets/event-countdown.js`: starting the module registers `<event-countdown>`.

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::register::<ui_countdown::EventCountdown>(&ui_countdown::SPEC);
}
