//! `core_i18n::count` draws the countdown's timer without `Intl`; here, in the browser, every
//! form it gives must equal what `Intl` gives: plural categories, grouped digits, and the time
//! units' long forms and parts, in all seven languages, for every value a timer or an
//! announcement shows and then some.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use core_i18n::count::{self, Plural, TimeUnit};
use core_i18n::Lang;
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Values to compare: all up to 1,500, then a spread up to a few million (days of far events).
fn values() -> Vec<u64> {
    let mut v: Vec<u64> = (0..=1500).collect();
    v.extend([9_999, 10_000, 10_001, 12_345, 99_999, 100_000, 123_456, 999_999, 1_000_000, 1_000_001]);
    v.extend([2_000_000, 2_000_011, 2_914_000]);
    v
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    o
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.code()))
}

fn call(formatter: &JsValue, method: &str, n: u64) -> JsValue {
    let f: js_sys::Function = Reflect::get(formatter, &method.into()).unwrap().into();
    f.call1(formatter, &JsValue::from_f64(n as f64)).unwrap()
}

fn category(plural: Plural) -> &'static str {
    match plural {
        Plural::Zero => "zero",
        Plural::One => "one",
        Plural::Two => "two",
        Plural::Few => "few",
        Plural::Many => "many",
        Plural::Other => "other",
    }
}

#[wasm_bindgen_test]
fn plural_categories_equal_intl() {
    for lang in Lang::ALL {
        let rules: JsValue = Intl::PluralRules::new(&locales(lang), &Object::new()).into();
        for n in values() {
            let intl = call(&rules, "select", n).as_string().unwrap();
            assert_eq!(category(count::plural(lang, n)), intl, "{} {n}", lang.code());
        }
    }
}

#[wasm_bindgen_test]
fn grouped_and_padded_digits_equal_intl() {
    for lang in Lang::ALL {
        for min in [1u8, 2] {
            let nf: JsValue =
                Intl::NumberFormat::new(&locales(lang), &options(&[("minimumIntegerDigits", min.into())])).into();
            for n in values() {
                let intl = call(&nf, "format", n).as_string().unwrap();
                assert_eq!(count::integer(lang, n, min), intl, "{} {n} (min {min})", lang.code());
            }
        }
    }
}

#[wasm_bindgen_test]
fn time_units_equal_intl_as_phrases_and_as_timer_parts() {
    for lang in Lang::ALL {
        for unit in TimeUnit::ALL {
            for min in [1u8, 2] {
                let opts = options(&[
                    ("style", "unit".into()),
                    ("unit", unit.as_str().into()),
                    ("unitDisplay", "long".into()),
                    ("minimumIntegerDigits", min.into()),
                ]);
                let nf: JsValue = Intl::NumberFormat::new(&locales(lang), &opts).into();
                for n in values() {
                    let what = format!("{} {} {n} (min {min})", lang.code(), unit.as_str());
                    if min == 1 {
                        let phrase = call(&nf, "format", n).as_string().unwrap();
                        assert_eq!(count::unit_phrase(lang, unit, n), phrase, "{what}");
                    }
                    // The timer's cells: the number parts together, the unit's word apart.
                    let parts: Array = call(&nf, "formatToParts", n).into();
                    let (mut number, mut label) = (String::new(), String::new());
                    for part in parts.iter() {
                        let kind = Reflect::get(&part, &"type".into()).unwrap().as_string().unwrap();
                        let value = Reflect::get(&part, &"value".into()).unwrap().as_string().unwrap();
                        match kind.as_str() {
                            "unit" => label.push_str(&value),
                            "literal" => {}
                            _ => number.push_str(&value),
                        }
                    }
                    assert_eq!(count::unit_parts(lang, unit, n, min), (number, label), "{what}");
                }
            }
        }
    }
}
