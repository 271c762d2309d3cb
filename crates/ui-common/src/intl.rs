//! The browser's `Intl`, so dates, numbers, plurals, lists and zone offsets cost nothing in wasm
//! and are right in every language. The calls go through `intl.js`, which builds Intl's options
//! and catches its exceptions: an unknown time zone or locale (a `RangeError`) comes back as
//! `None`, never as an exception through Rust frames.

use wasm_bindgen::prelude::*;

// Texts come back as `JsValue`s, read by `as_string` (undefined: `None`): a `String` or
// `Option<String>` return costs each import its own copy of the glue that writes it into wasm.
#[wasm_bindgen(module = "/src/intl.js")]
extern "C" {
    /// An `Intl.DateTimeFormat`.
    pub type DateTimeFormat;
    /// An `Intl.Collator`.
    pub type Collator;
    /// An `Intl.DisplayNames` of regions.
    pub type DisplayNames;

    #[wasm_bindgen(js_name = dateTimeFormat)]
    fn date_time_format(lang: &str, zone: Option<&str>, spec: &str) -> Option<DateTimeFormat>;
    #[wasm_bindgen(js_name = formatDate)]
    fn format_date(format: &DateTimeFormat, start: f64, end: Option<f64>) -> JsValue;
    #[wasm_bindgen(js_name = zoneName)]
    fn zone_name_at(lang: &str, zone: Option<&str>, ms: f64, style: &str) -> JsValue;
    #[wasm_bindgen(js_name = resolvedZone)]
    fn resolved_zone(zone: Option<&str>) -> JsValue;
    #[wasm_bindgen(js_name = formatNumber)]
    fn format_number(lang: &str, n: f64, spec: &str) -> JsValue;
    #[wasm_bindgen(js_name = relativeTime)]
    fn relative_time(lang: &str, value: f64, unit: &str) -> JsValue;
    #[wasm_bindgen(js_name = formatList)]
    fn format_list(lang: &str, items: &str, kind: &str) -> JsValue;
    #[wasm_bindgen(js_name = collator)]
    fn new_collator(lang: &str) -> Option<Collator>;
    #[wasm_bindgen(method, js_name = compare)]
    fn compare_strings(this: &Collator, a: &str, b: &str) -> f64;
    #[wasm_bindgen(js_name = regionNames)]
    fn new_region_names(lang: &str) -> Option<DisplayNames>;
    #[wasm_bindgen(js_name = regionName)]
    fn region_name(names: &DisplayNames, code: &str) -> JsValue;
}

/// Alphabetical order in `lang` ("Việt Nam" among the V's, "Österreich" with O). Make one for a
/// whole sort: `localeCompare` with a locale builds a collator on every call, ~40× slower over the
/// map's table.
pub fn collator(lang: &str) -> Option<Collator> {
    new_collator(lang)
}

impl Collator {
    pub fn order(&self, a: &str, b: &str) -> std::cmp::Ordering {
        self.compare_strings(a, b).partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal)
    }
}

/// A date/time formatter for `lang`, in `time_zone` (an IANA name, or the reader's zone when
/// `None`), with Intl's options `fields` (`("dateStyle", "full")`). `None` when the browser does
/// not know the zone.
pub fn date_time(lang: &str, time_zone: Option<&str>, fields: &[(&str, &str)]) -> Option<DateTimeFormat> {
    let mut spec = String::new();
    for (key, value) in fields {
        if !spec.is_empty() {
            spec.push(';');
        }
        spec.push_str(key);
        spec.push('=');
        spec.push_str(value);
    }
    date_time_format(lang, time_zone, &spec)
}

impl DateTimeFormat {
    pub fn format_ms(&self, ms: f64) -> String {
        format_date(self, ms, None).as_string().unwrap_or_default()
    }

    /// A range, with what the two ends share said once ("25 Nov 2026, 09:00 – 17:00").
    pub fn format_range_ms(&self, start: f64, end: f64) -> String {
        format_date(self, start, Some(end)).as_string().unwrap_or_default()
    }
}

/// The IANA name the browser resolves `zone` to (the reader's zone when `None`). Engines differ
/// in which alias they report (Chromium says "Asia/Saigon" for "Asia/Ho_Chi_Minh"), so zones are
/// compared only as the same browser resolves them.
pub fn resolved_time_zone(zone: Option<&str>) -> Option<String> {
    resolved_zone(zone).as_string()
}

/// The reader's IANA time zone, as the browser reports it.
pub fn reader_time_zone() -> Option<String> {
    resolved_time_zone(None)
}

/// Whether the browser knows `zone` (e.g. rejects "Mars/Olympus_Mons").
pub fn is_known_time_zone(zone: &str) -> bool {
    date_time("en", Some(zone), &[]).is_some()
}

/// What Intl calls `zone` (an IANA name, or the reader's zone when `None`) at instant `ms`, in
/// `lang` and `style`: "longGeneric" gives "Eastern Time", "giờ miền Đông", "北美东部时间";
/// "longOffset" gives "GMT+07:00".
pub fn zone_name(lang: &str, zone: Option<&str>, ms: f64, style: &str) -> Option<String> {
    zone_name_at(lang, zone, ms, style).as_string()
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
    format_number(lang, n as f64, "").as_string().unwrap_or_else(|| n.to_string())
}

/// A whole percentage ("70 %", "70%") as the language writes it.
pub fn percent(lang: &str, percent: u32) -> String {
    format_number(lang, f64::from(percent) / 100.0, "style=percent")
        .as_string()
        .unwrap_or_else(|| format!("{percent}%"))
}

/// "3 days ago", "in 2 hours", "yesterday", to stand inside a sentence ("Ended yesterday."):
/// `unit` is a `RelativeTimeFormat` unit ("day", "hour", …). Intl capitalizes some words that
/// stand alone (Vietnamese "Hôm qua"), so the first letter is lowered, by the browser's rules
/// for the language.
pub fn relative(lang: &str, value: i64, unit: &str) -> String {
    relative_time(lang, value as f64, unit).as_string().unwrap_or_else(|| format!("{value} {unit}"))
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
    let kind = match kind {
        ListKind::Conjunction => "conjunction",
        ListKind::Disjunction => "disjunction",
        ListKind::Unit => "unit",
    };
    // One string for intl.js to split: a list of strings as an array costs a binding per item.
    format_list(lang, &items.join("\u{1f}"), kind).as_string().unwrap_or_else(|| items.join(", "))
}

/// Region (country) names in `lang`, e.g. "VN" → "Việt Nam", "Вьетнам", "越南".
pub fn region_names(lang: &str) -> Option<DisplayNames> {
    new_region_names(lang)
}

impl DisplayNames {
    /// The name of `code`, if the browser has one.
    pub fn name(&self, code: &str) -> Option<String> {
        region_name(self, code).as_string()
    }
}
