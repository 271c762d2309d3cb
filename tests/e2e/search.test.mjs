// The map's search as readers use it: every name of the names file (data/aliases.json) and the
// hard cases, in English and Vietnamese, through the ARIA combobox. (The native tests run every
// state × language over the display names Chromium gives: tests/e2e/tools/display-names.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, recordEvents, SITE } from "./lib.mjs";

const ROOT = new URL("../../", import.meta.url);
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function mapPage(lang) {
  const { page, context, log } = await open(browser, `${SITE}/embed/signatory-map.html?lang=${lang}`, {},
    recordEvents(["signatory-map:select"]));
  const box = page.locator("signatory-map input[role=combobox]");
  await box.waitFor();
  // The names file is fetched when the reader enters the box: wait until "Ivory Coast", a
  // name only it has, finds Côte d'Ivoire.
  await box.fill("Ivory Coast");
  await page.locator('signatory-map [role=option][data-iso="CI"]').waitFor();
  await box.fill("");
  return { page, context, log, box };
}

/** The state's name in `lang`, as the widget labels it. */
const label = (page, lang, code) => page.evaluate(([lang, code]) =>
  new Intl.DisplayNames([lang], { type: "region" }).of(code), [lang, code]);


/** Types `query`, presses Enter, and returns what the box says then (the chosen name). */
async function enter(page, box, query, expected) {
  await box.fill(query);
  await box.press("Enter");
  if (expected !== undefined) {
    await page.waitForFunction((want) => document.querySelector("signatory-map").shadowRoot
      .querySelector("input[role=combobox]").value === want, expected, { timeout: 3000 }).catch(() => {});
  }
  return box.inputValue();
}

for (const lang of ["en", "vi"]) {
  test(`every name of the names file selects its state (${lang})`, async () => {
    const { page, context, log, box } = await mapPage(lang);
    const { states } = JSON.parse(readFileSync(new URL("data/aliases.json", ROOT), "utf8"));
    const wrong = [];
    for (const state of states) {
      const want = await label(page, lang, state.iso2);
      for (const name of [state.un, ...(state.aliases ?? [])]) {
        const got = await enter(page, box, name, want);
        if (got !== want) wrong.push(`${name} → ${got} (want ${want})`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("the names file is fetched when the reader enters the search box, not with the map", async () => {
  const { page, context, log } = await open(browser, "about:blank");
  const fetched = [];
  page.on("request", (r) => { if (r.url().includes("/assets/aliases.")) fetched.push(r.url()); });
  await page.goto(`${SITE}/embed/signatory-map.html?lang=en`);
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(fetched, [], "the map needs no names file");
  const box = page.locator("signatory-map input[role=combobox]");
  await box.focus();
  await box.fill("Ivory Coast");
  await page.locator('signatory-map [role=option][data-iso="CI"]').waitFor();
  await box.blur();
  await box.focus();
  assert.equal(fetched.length, 1, fetched.join());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the hard cases in English: UN names, apostrophes, UK, Korea; the combobox's keys", async () => {
  const { page, context, log, box } = await mapPage("en");
  for (const [query, code] of [["Viet Nam", "VN"], ["Russian Federation", "RU"], ["Côte d'Ivoire", "CI"], ["cote d ivoire", "CI"],
    ["Turkey", "TR"], ["Ivory Coast", "CI"], ["Britain", "GB"], ["Việt Nam", "VN"]]) {
    const want = await label(page, "en", code);
    assert.equal(await enter(page, box, query, want), want, query);
  }
  // Each option says the state's status with its date.
  await box.fill("Viet Nam");
  assert.equal(await page.locator("signatory-map [role=option]").first().innerText(), "Vietnam, signed Oct 25, 2025");
  assert.equal(await box.getAttribute("aria-expanded"), "true");
  assert.equal(await page.locator("signatory-map .aw-map-search-status").innerText(), "Matches: 1");

  // UK + Enter is the United Kingdom, not Ukraine (which the list also offers).
  const events = () => page.evaluate(() => window.__events.length);
  await box.fill("UK");
  assert.deepEqual(await page.locator("signatory-map [role=option]").evaluateAll((o) => o.map((e) => e.dataset.iso)), ["GB", "UA"]);
  await box.press("Enter");
  await page.locator("signatory-map .aw-map-details h3", { hasText: "United Kingdom" }).waitFor();
  await page.waitForFunction(() => window.__events.at(-1)?.detail.iso2 === "GB", null, { timeout: 5000 });
  assert.equal(await box.inputValue(), "United Kingdom");
  assert.equal(await box.getAttribute("aria-expanded"), "false", "choosing closes the list");

  // Korea: two options, Enter selects neither.
  const before = await events();
  await box.fill("Korea");
  const options = page.locator("signatory-map [role=listbox] [role=option]");
  assert.deepEqual((await options.evaluateAll((o) => o.map((e) => e.dataset.iso))).sort(), ["KP", "KR"]);
  assert.equal(await page.locator("signatory-map .aw-map-search-status").innerText(), "Matches: 2");
  await box.press("Enter");
  await page.waitForTimeout(300);
  assert.equal(await events(), before, "nothing selected");
  assert.equal(await box.inputValue(), "Korea");
  assert.equal(await box.getAttribute("aria-expanded"), "true");
  // Arrows move through the options (the focus stays in the box); Enter takes the active one.
  await box.press("ArrowDown");
  await box.press("ArrowDown");
  const second = options.nth(1);
  assert.equal(await box.getAttribute("aria-activedescendant"), await second.getAttribute("id"));
  assert.equal(await second.getAttribute("aria-selected"), "true");
  assert.equal(await options.nth(0).getAttribute("aria-selected"), "false");
  const secondCode = await second.getAttribute("data-iso");
  await box.press("Enter");
  await page.waitForFunction((code) => window.__events.at(-1)?.detail.iso2 === code, secondCode, { timeout: 5000 });
  // Escape closes the list, then clears the box.
  await box.fill("South");
  assert.equal(await box.getAttribute("aria-expanded"), "true");
  await box.press("Escape");
  assert.equal(await box.getAttribute("aria-expanded"), "false");
  assert.equal(await box.inputValue(), "South");
  await box.press("Escape");
  assert.equal(await box.inputValue(), "");
  // A click on an option chooses it.
  await box.fill("Saint");
  const saints = await options.count();
  assert.ok(saints > 2, `${saints} saints`);
  await options.filter({ hasText: "Lucia" }).click();
  await page.waitForFunction(() => window.__events.at(-1)?.detail.iso2 === "LC", null, { timeout: 5000 });
  // No match: says so, and offers the closest names.
  await box.fill("Germny");
  assert.equal(await page.locator("signatory-map .aw-map-search-status").innerText(), "No country matches “Germny”. Did you mean Germany?");
  assert.deepEqual(await options.evaluateAll((o) => o.map((e) => e.dataset.iso)), ["DE"]);
  // Azerbaijan: ratification approved at home, not deposited: not ratified, a note with its source.
  assert.equal(await enter(page, box, "Azerbaijan", "Azerbaijan"), "Azerbaijan");
  const details = page.locator("signatory-map .aw-map-details");
  await details.locator("h3", { hasText: "Azerbaijan" }).waitFor();
  const said = await details.innerText();
  assert.match(said, /Not ratified yet\./);
  assert.match(said, /Parliament approved the ratification law on 10 Feb 2026.*trend\.az/s);
  // The combobox is named and points at its listbox, in the same shadow root.
  assert.equal(await page.evaluate(() => {
    const root = document.querySelector("signatory-map").shadowRoot;
    const input = root.querySelector("input[role=combobox]");
    return `${root.querySelector(`label[for="${input.id}"]`)?.textContent}|${root.getElementById(input.getAttribute("aria-controls"))?.getAttribute("role")}`;
  }), "Find a country|listbox");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the hard cases in Vietnamese", async () => {
  const { page, context, log, box } = await mapPage("vi");
  for (const [query, code] of [["Hoa Kỳ", "US"], ["hoa ky", "US"], ["Pháp", "FR"], ["Việt Nam", "VN"], ["Viet Nam", "VN"],
    ["Đức", "DE"], ["Germany", "DE"], ["Russian Federation", "RU"], ["Côte d'Ivoire", "CI"], ["UK", "GB"], ["Áo", "AT"]]) {
    const want = await label(page, "vi", code);
    assert.equal(await enter(page, box, query, want), want, query);
  }
  await box.fill("Việt Nam");
  assert.match(await page.locator("signatory-map [role=option]").first().innerText(), /^Việt Nam, đã ký ngày 25 thg 10, 2025$/);
  assert.equal(await page.locator("signatory-map .aw-map-search-status").innerText(), "Kết quả: 1");
  const before = await page.evaluate(() => window.__events.length);
  await box.fill("Korea");
  await box.press("Enter");
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__events.length), before, "Korea selects nothing");
  assert.equal(await page.locator("signatory-map [role=option]").count(), 2);
  await box.fill("Atlantis");
  assert.match(await page.locator("signatory-map .aw-map-search-status").innerText(), /^Không tìm thấy quốc gia nào khớp với “Atlantis”\./);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("at 320px the suggestions fit the screen; the count reads in French", async () => {
  const { page, context, log } = await open(browser, `${SITE}/embed/signatory-map.html?lang=fr`, { viewport: { width: 320, height: 640 } });
  const box = page.locator("signatory-map input[role=combobox]");
  await box.fill("Saint");
  const list = page.locator("signatory-map [role=listbox]");
  await list.waitFor();
  const [left, right, width] = await list.evaluate((l) => {
    const r = l.getBoundingClientRect();
    return [r.left, r.right, document.documentElement.clientWidth];
  });
  assert.ok(left >= 0 && right <= width + 1, `the list spans ${left}–${right} in ${width}px`);
  assert.ok(await page.locator("signatory-map [role=option]").count() > 1);
  assert.match(await page.locator("signatory-map .aw-map-search-status").innerText(), /^Résultats\u00a0: \d+$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
