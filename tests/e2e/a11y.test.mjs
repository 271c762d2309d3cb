// An independent accessibility audit: axe-core (npm) injected into each widget state, in light
// and dark, in English and Vietnamese. Zero violations; none disabled.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, SITE } from "./lib.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Runs axe on the whole page (it descends into open shadow roots) and returns the violations. */
async function audit(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  });
}

const STATES = {
  "countdown, before": { widget: "event-countdown", params: {} },
  "countdown, after": { widget: "event-countdown", params: { event: "hanoi-ceremony" } },
  "countdown, entry into force": { widget: "event-countdown", params: { event: "entry-into-force" } },
  "quiz, question": { widget: "scam-quiz", params: { questions: "2", seed: "a11y" }, steps: ["start"] },
  "quiz, checked": { widget: "scam-quiz", params: { questions: "2", seed: "a11y" }, steps: ["start", "check"] },
  "quiz, results": { widget: "scam-quiz", params: { questions: "1", seed: "a11y" }, steps: ["start", "check", "next", "solutions"] },
  "map, map with details": { widget: "signatory-map", params: { highlight: "VN" }, steps: ["map"] },
  "map, table": { widget: "signatory-map", params: { view: "table" }, steps: ["table"] },
};

async function perform(page, step) {
  const q = (s) => page.locator(`scam-quiz ${s}`);
  switch (step) {
    case "start": return q(".aw-quiz-start").click();
    case "check": await q(".aw-q-choice input").first().check(); return q(".aw-q-check").click();
    case "next": return q(".aw-q-next").click();
    case "solutions": return q(".aw-show-solutions").click();
    case "map": return page.locator("signatory-map .aw-map-details").waitFor();
    case "table": return page.locator("signatory-map .aw-map-table").waitFor();
  }
}

for (const lang of ["en", "vi", "ar"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations: ${lang}, ${scheme}`, async () => {
      const failures = [];
      for (const [name, { widget, params, steps = [] }] of Object.entries(STATES)) {
        // bypassCSP: the iframe pages forbid inline scripts, and axe is injected as one. CSP has its own tests.
        const context = await browser.newContext({ colorScheme: scheme, timezoneId: "Asia/Ho_Chi_Minh", bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${SITE}/embed/${widget}.html?${new URLSearchParams({ lang, ...params })}`);
        await page.locator(`${widget} .aw h2`).first().waitFor();
        for (const step of steps) await perform(page, step);
        await page.waitForTimeout(150);
        for (const v of await audit(page)) failures.push(`${name}: ${v}`);
        await context.close();
      }
      assert.deepEqual(failures, []);
    });
  }
}

/** Tabs through every control of the widget on `url`; each must show a focus ring. */
async function keyboardWalk(widget, params, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${SITE}/embed/${widget}.html?${new URLSearchParams(params)}`);
  await page.locator(`${widget} ${ready}`).first().waitFor();
  const stops = await page.evaluate((w) => document.querySelector(w).shadowRoot
    .querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]').length, widget);
  assert.ok(stops > 0);
  const seen = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      const root = document.activeElement?.shadowRoot;
      const inner = root?.activeElement;
      if (!inner) return { where: document.activeElement?.tagName.toLowerCase() };
      const style = getComputedStyle(inner);
      const index = [...root.querySelectorAll("*")].indexOf(inner);
      return { where: `${inner.tagName.toLowerCase()}.${inner.className}#${index}`, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    });
    assert.notEqual(state.where, "body", `focus lost to the page after ${seen.join(" → ")}`);
    assert.ok(state.ring, `no visible focus ring on ${state.where}`);
    seen.push(state.where);
  }
  assert.equal(new Set(seen).size, stops, `every control reached once: ${seen.join(" → ")}`);
  await context.close();
  return seen;
}

test("keyboard walk: the countdown's controls, each with a visible focus ring", async () => {
  const seen = await keyboardWalk("event-countdown", { lang: "en" }, ".aw-cd-timer");
  assert.ok(seen.some((s) => s.startsWith("a.aw-cd-ics")) && seen.some((s) => s.startsWith("a.aw-cd-google")));
});

test("keyboard walk: the map's view switch, search, the map itself and zoom, each with a focus ring", async () => {
  const seen = await keyboardWalk("signatory-map", { lang: "en" }, ".aw-map-svg path");
  assert.ok(seen.some((s) => s.startsWith("div.aw-map-canvas")), seen.join(" → "));
  assert.ok(seen.some((s) => s.startsWith("input")), seen.join(" → "));
});
