// The browser's Intl for intl.rs. Each function takes and returns plain strings and numbers, and
// returns undefined where Intl throws (an unknown zone or locale is a RangeError): a call from
// wasm is then one import, not a binding per constructor, option and method, with the options
// object, the parts arrays and the exceptions handled in wasm (the countdown's wasm is 1 KB gzip
// smaller, its glue 0.3 KB larger). `cargo xtask dist` inlines this file into the widget's
// module, like site.js.

// The digits of every number a widget formats with Intl: Latin, as `core_i18n::count` writes
// the countdown's timer and the browser tests compare it with Intl. Engines disagree on Arabic's
// default: WebKitGTK 2.50 (ICU 72, of Safari 16's age) writes `ar` numbers and dates in
// Arabic-Indic digits ("١٢٨"), Firefox 153 and Chromium 156 in Latin ones ("128"). Left to the
// engine, WebKit showed the timer in one and the dates under it in the other (the Arabic
// screenshot of tests/engines/); naming the numbering system makes every engine write the same.
const INTL_DIGITS = "latn";

// `f()`, or undefined where it throws.
function intlAttempt(f) {
  try {
    return f();
  } catch {}
}

// `new Intl[kind](lang, options)`, options from `spec` ("dateStyle=full;timeZone=UTC"), or
// undefined where Intl refuses them.
function intlMake(kind, lang, spec, zone) {
  const options = Object.fromEntries(spec ? spec.split(";").map((pair) => pair.split("=")) : []);
  options.numberingSystem = INTL_DIGITS;
  if (zone !== undefined) options.timeZone = zone;
  return intlAttempt(() => new Intl[kind](lang, options));
}

export function dateTimeFormat(lang, zone, spec) {
  return intlMake("DateTimeFormat", lang, spec, zone);
}

// `start`, or the range to `end` with what the two ends share said once.
export function formatDate(format, start, end) {
  return intlAttempt(() =>
    end === undefined
      ? format.format(start)
      : (intlAttempt(() => format.formatRange(start, end)) ?? `${format.format(start)} – ${format.format(end)}`),
  );
}

export function zoneName(lang, zone, ms, style) {
  return intlAttempt(
    () =>
      intlMake("DateTimeFormat", lang, "timeZoneName=" + style, zone)
        ?.formatToParts(ms)
        .find((part) => part.type === "timeZoneName")?.value,
  );
}

export function resolvedZone(zone) {
  return intlMake("DateTimeFormat", "en", "", zone)?.resolvedOptions().timeZone;
}

export function formatNumber(lang, n, spec) {
  return intlMake("NumberFormat", lang, spec)?.format(n);
}

// Lower-cased at the start by the language's rules: Intl capitalizes some words that stand alone
// (Vietnamese "Hôm qua"), and the phrase stands inside a sentence.
export function relativeTime(lang, value, unit) {
  return intlAttempt(() => {
    const phrase = intlMake("RelativeTimeFormat", lang, "numeric=auto").format(value, unit);
    const first = String.fromCodePoint(phrase.codePointAt(0));
    return first.toLocaleLowerCase(lang) + phrase.slice(first.length);
  });
}

// `items` are separated by U+001F, the unit separator: none of our texts holds one (a page's
// own bank could, and that item would be split in two).
export function formatList(lang, items, type) {
  return intlMake("ListFormat", lang, "style=long;type=" + type)?.format(items ? items.split("\u001f") : []);
}

export function collator(lang) {
  return intlMake("Collator", lang, "");
}

export function regionNames(lang) {
  return intlMake("DisplayNames", lang, "type=region;fallback=none");
}

export function regionName(names, code) {
  return intlAttempt(() => names.of(code));
}
