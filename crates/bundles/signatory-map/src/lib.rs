//! Entry point of `widgets/signatory-map.js`: starting the module registers `<signatory-map>`.

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    embed::register::<ui_map::SignatoryMap>(&ui_map::SPEC);
}
