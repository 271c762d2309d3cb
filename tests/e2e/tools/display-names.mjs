// Writes the display-name table the search's native tests run over
// (crates/core-search/tests/search.rs): for every state of data/aliases.json, its
// Intl.DisplayNames name in each of the widgets' languages, as headless Chromium gives them.
// `cargo xtask test` runs it before the native tests:
//   node tests/e2e/tools/display-names.mjs target/display-names.tsv
// CHROMIUM names the browser (/usr/bin/chromium otherwise).
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const LANGS = ["en", "vi", "ar", "zh", "fr", "ru", "es"];

/** The table's text, given the codes and languages (self-contained: it runs in the page). */
function displayNameTable(codes, langs) {
  const names = langs.map((lang) => new Intl.DisplayNames([lang], { type: "region", fallback: "none" }));
  const rows = codes.map((code) => [code, ...names.map((n) => n.of(code) ?? "")].join("\t"));
  return ["code\t" + langs.join("\t"), ...rows].join("\n") + "\n";
}

const out = process.argv[2];
if (!out) throw new Error("usage: node tests/e2e/tools/display-names.mjs OUT.tsv");
const root = new URL("../../../", import.meta.url);
const codes = JSON.parse(readFileSync(new URL("data/aliases.json", root), "utf8")).states.map((s) => s.iso2);
const { chromium } = createRequire(new URL("tools/package.json", root))("playwright-core");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  writeFileSync(out, await page.evaluate(`(${displayNameTable})(${JSON.stringify(codes)}, ${JSON.stringify(LANGS)})`));
} finally {
  await browser.close();
}
