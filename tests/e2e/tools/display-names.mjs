// Writes the display-name table the search's native tests run over: for every UN member and
// observer state and the EU, its Intl.DisplayNames name in each of the widgets' languages, as
// the browser gives them. tests/e2e/search.test.mjs computes it in Chromium and fails when the
// committed table differs (UPDATE_DISPLAY_NAMES=1 rewrites it). Node can write a first draft,
// though its ICU differs slightly (Palestine):
//   node tests/e2e/tools/display-names.mjs > crates/core-search/tests/display-names.tsv
import { readFileSync } from "node:fs";

export const LANGS = ["en", "vi", "ar", "zh", "fr", "ru", "es"];

/** The table's text, given the codes and languages (self-contained: it also runs in a page). */
export function displayNameTable(codes, langs) {
  const names = langs.map((lang) => new Intl.DisplayNames([lang], { type: "region", fallback: "none" }));
  const rows = codes.map((code) => [code, ...names.map((n) => n.of(code) ?? "")].join("\t"));
  return ["code\t" + langs.join("\t"), ...rows].join("\n") + "\n";
}

/** Every state of data/aliases.json, in its order. */
export function tableCodes(root) {
  return JSON.parse(readFileSync(new URL("data/aliases.json", root), "utf8")).states.map((s) => s.iso2);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(displayNameTable(tableCodes(new URL("../../../", import.meta.url)), LANGS));
}
