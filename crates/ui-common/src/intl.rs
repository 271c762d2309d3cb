//! The browser's `Intl`, so dates, numbers, plurals, lists and zone offsets cost nothing in wasm
//! and are right in every language. Constructors are bound with `catch`: an unknown time zone
//! or locale is a `RangeError` we turn into a `Result`, never an exception through Rust frames.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    pub type DateTimeFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new_dtf(locales: &JsValue, options: &Object) -> Result<DateTimeFormat, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "DateTimeFormat", js_name = format)]
    fn format_date(this: &DateTimeFormat, date: &js_sys::Date) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "DateTimeFormat", js_name = formatToParts)]
    fn format_to_parts(this: &DateTimeFormat, date: &js_sys::Date) -> Result<Array, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "DateTimeFormat", js_name = formatRange)]
    fn format_range(this: &DateTimeFormat, start: &js_sys::Date, end: &js_sys::Date) -> Result<String, JsValue>;
    #[wasm_bindgen(method, js_class = "DateTimeFormat", js_name = resolvedOptions)]
    fn resolved_options(this: &DateTimeFormat) -> Object;

    #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
    pub type NumberFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "NumberFormat")]
    fn new_nf(locales: &JsValue, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, js_class = "NumberFormat", js_name = formatToParts)]
    fn number_parts(this: &NumberFormat, n: f64) -> Array;
    #[wasm_bindgen(method, js_class = "NumberFormat", js_name = format)]
    fn format_number(this: &NumberFormat, n: f64) -> String;

    #[wasm_bindgen(js_namespace = Intl, js_name = RelativeTimeFormat)]
    type RelativeTimeFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "RelativeTimeFormat")]
    fn new_rtf(locales: &JsValue, options: &Object) -> Result<RelativeTimeFormat, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "RelativeTimeFormat", js_name = format)]
    fn format_relative(this: &RelativeTimeFormat, value: f64, unit: &str) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    pub type DisplayNames;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "DisplayNames")]
    fn new_dn(locales: &JsValue, options: &Object) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "DisplayNames", js_name = of)]
    fn display_name(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = Intl, js_name = Collator)]
    pub type Collator;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "Collator")]
    fn new_collator(locales: &JsValue, options: &Object) -> Result<Collator, JsValue>;
    #[wasm_bindgen(method, js_class = "Collator", js_name = compare)]
    fn compare_strings(this: &Collator, a: &str, b: &str) -> f64;

    #[wasm_bindgen(js_namespace = Intl, js_name = ListFormat)]
    type ListFormat;
    #[wasm_bindgen(catch, constructor, js_namespace = Intl, js_class = "ListFormat")]
    fn new_lf(locales: &JsValue, options: &Object) -> Result<ListFormat, JsValue>;
    #[wasm_bindgen(catch, method, js_class = "ListFormat", js_name = format)]
    fn format_list(this: &ListFormat, items: &Array) -> Result<String, JsValue>;
}

/// Alphabetical order in `lang` ("Việt Nam" among the V's, "Österreich" with O). Make one for a
/// whole sort: `localeCompare` with a locale builds a collator on every call, ~40× slower over the
/// map's table.
pub fn collator(lang: &str) -> Option<Collator> {
    Collator::new_collator(&JsValue::from_str(lang), &Object::new()).ok()
}

impl Collator {
    pub fn order(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.compare_strings(a, b).partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    }
}

/// Intl options from `pairs`, with the widgets' digits (`engines::DIGITS`).
fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    let _ = Reflect::set(&o, &JsValue::from_str("numberingSystem"), &JsValue::from_str(crate::engines::DIGITS));
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn date(ms: f64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(ms))
}

/// Parts of a formatted value: (type, text), e.g. `("integer", "37")`, `("unit", "days")`.
fn parts(array: Array) -> Vec<(String, String)> {
    array
        .iter()
        .map(|p| {
            let get =
                |k: &str| Reflect::get(&p, &JsValue::from_str(k)).ok().and_then(|v| v.as_string()).unwrap_or_default();
            (get("type"), get("value"))
        })
        .collect()
}

/// A date/time formatter for `lang`, in `time_zone` (an IANA name, or the reader's zone when
/// `None`). Errs when the browser does not know the zone.
pub fn date_time(lang: &str, time_zone: Option<&str>, fields: &[(&str, &str)]) -> Result<DateTimeFormat, JsValue> {
    let opts = options(fields);
    if let Some(zone) = time_zone {
        let _ = Reflect::set(&opts, &"timeZone".into(), &zone.into());
    }
    DateTimeFormat::new_dtf(&JsValue::from_str(lang), &opts)
}

impl DateTimeFormat {
    pub fn format_ms(&self, ms: f64) -> String {
        self.format_date(&date(ms)).unwrap_or_default()
    }

    /// A range, with what the two ends share said once ("25 Nov 2026, 09:00 – 17:00").
    pub fn format_range_ms(&self, start: f64, end: f64) -> String {
        self.format_range(&date(start), &date(end))
            .unwrap_or_else(|_| format!("{} – {}", self.format_ms(start), self.format_ms(end)))
    }
}

/// The IANA name the browser resolves `zone` to (the reader's zone when `None`). Engines differ
/// in which alias they report (Chromium says "Asia/Saigon" for "Asia/Ho_Chi_Minh"), so zones are
/// compared only as the same browser resolves them.
pub fn resolved_time_zone(zone: Option<&str>) -> Option<String> {
    let dtf = date_time("en", zone, &[]).ok()?;
    Reflect::get(&dtf.resolved_options(), &"timeZone".into()).ok()?.as_string()
}

/// The reader's IANA time zone, as the browser reports it.
pub fn reader_time_zone() -> Option<String> {
    resolved_time_zone(None)
}

/// Whether the browser knows `zone` (e.g. rejects "Mars/Olympus_Mons").
pub fn is_known_time_zone(zone: &str) -> bool {
    date_time("en", Some(zone), &[]).is_ok()
}

/// What Intl calls `zone` (an IANA name, or the reader's zone when `None`) at instant `ms`, in
/// `lang` and `style`: "longGeneric" gives "Eastern Time", "giờ miền Đông", "北美东部时间";
/// "longOffset" gives "GMT+07:00".
pub fn zone_name(lang: &str, zone: Option<&str>, ms: f64, style: &str) -> Option<String> {
    let dtf = date_time(lang, zone, &[("timeZoneName", style)]).ok()?;
    let parts = parts(dtf.format_to_parts(&date(ms)).ok()?);
    parts.into_iter().find(|(kind, _)| kind == "timeZoneName").map(|(_, name)| name)
}

/// The UTC offset of `zone` at instant `ms`, in seconds east of UTC, read from Intl's
/// `longOffset` name ("GMT+07:00"); `parse` turns that text into seconds.
pub fn offset_at(zone: &str, ms: f64, parse: fn(&str) -> Option<i32>) -> Option<i32> {
    parse(&zone_name("en-US", Some(zone), ms, "longOffset")?)
}

/// A whole number in the language's digits and grouping. (Integers only: formatting floats in
/// Rust would pull ~15 KB of float printing into the wasm.) A count in one of the widgets'
/// languages skips Intl for `core_i18n::count::integer`, which equals it (tests/count_vs_intl.rs):
/// a first frame that counts questions or states then does not wait for ICU to start (~100 ms
/// on a phone).
pub fn number(lang: &str, n: i64) -> String {
    if let (Some(known), Ok(count)) = (core_i18n::Lang::from_code(lang), u64::try_from(n)) {
        return core_i18n::count::integer(known, count, 1);
    }
    NumberFormat::new_nf(&JsValue::from_str(lang), &options(&[]))
        .map(|nf| nf.format_number(n as f64))
        .unwrap_or_else(|_| n.to_string())
}

/// A whole percentage ("70 %", "70%") as the language writes it.
pub fn percent(lang: &str, percent: u32) -> String {
    NumberFormat::new_nf(&JsValue::from_str(lang), &options(&[("style", "percent")]))
        .map(|nf| nf.format_number(f64::from(percent) / 100.0))
        .unwrap_or_else(|_| format!("{percent}%"))
}

/// "3 days ago", "in 2 hours", "yesterday", to stand inside a sentence ("Ended yesterday."):
/// `unit` is a `RelativeTimeFormat` unit ("day", "hour", …). Intl capitalizes some words that
/// stand alone (Vietnamese "Hôm qua"), so the first letter is lowered, by the browser's rules
/// for the language.
pub fn relative(lang: &str, value: i64, unit: &str) -> String {
    let phrase = RelativeTimeFormat::new_rtf(&JsValue::from_str(lang), &options(&[("numeric", "auto")]))
        .and_then(|rtf| rtf.format_relative(value as f64, unit))
        .unwrap_or_else(|_| format!("{value} {unit}"));
    let first = phrase.chars().next().map_or(0, char::len_utf8);
    let (head, rest) = phrase.split_at(first);
    let head: String = js_sys::JsString::from(head).to_locale_lower_case(Some(lang)).into();
    head + rest
}

/// How `list` joins: "a, b and c" (`Conjunction`), "a, b or c" (`Disjunction`) or "37 days,
/// 12 hours, 5 minutes" (`Unit`).
#[derive(Clone, Copy)]
pub enum ListKind {
    Conjunction,
    Disjunction,
    Unit,
}

/// A list joined in the language's style.
pub fn list(lang: &str, items: &[String], kind: ListKind) -> String {
    let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
    let kind = match kind {
        ListKind::Conjunction => "conjunction",
        ListKind::Disjunction => "disjunction",
        ListKind::Unit => "unit",
    };
    ListFormat::new_lf(&JsValue::from_str(lang), &options(&[("type", kind), ("style", "long")]))
        .and_then(|lf| lf.format_list(&array))
        .unwrap_or_else(|_| items.join(", "))
}

/// Region (country) names in `lang`, e.g. "VN" → "Việt Nam", "Вьетнам", "越南".
pub fn region_names(lang: &str) -> Option<DisplayNames> {
    DisplayNames::new_dn(&JsValue::from_str(lang), &options(&[("type", "region"), ("fallback", "none")])).ok()
}

impl DisplayNames {
    /// The name of `code`, if the browser has one.
    pub fn name(&self, code: &str) -> Option<String> {
        self.display_name(code).ok()?.as_string()
    }
}
