//! Reading a chosen or dropped file as text, within the size any data file may have.

use crate::reducer::Reducer;
use core_quiz::teacher::{CheckerMsg, CheckerState};
use ui_common::source::MAX_DATA_BYTES;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Reads `file`, puts its text into the text box `area` (so the teacher can fix it there) and
/// checks it; a file that cannot be read says so instead.
pub fn read_and_check(file: web_sys::File, area: NodeRef, state: UseReducerDispatcher<Reducer<CheckerState>>) {
    let name = file.name();
    if file.size() > f64::from(MAX_DATA_BYTES) {
        state.dispatch(CheckerMsg::FileFailed { name, too_large: true });
        return;
    }
    state.dispatch(CheckerMsg::Reading(name.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()) {
            Some(text) => {
                if let Some(area) = area.cast::<web_sys::HtmlTextAreaElement>() {
                    area.set_value(&text);
                }
                state.dispatch(CheckerMsg::Check(text));
            }
            None => state.dispatch(CheckerMsg::FileFailed { name, too_large: false }),
        }
    });
}
