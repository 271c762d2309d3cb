// <signatory-map> as a news reader uses it: every state selectable (microstates as dots), the
// legend matching the data, keyboard, search, the table with sorting and CSV, other data files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, recordEvents, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function mapPage(params) {
  const opened = await open(browser, `${SITE}/embed/signatory-map.html?${new URLSearchParams(params)}`, {},
    recordEvents(["signatory-map:select"]));
  return { ...opened, errors: opened.log.errors };
}

/** The last `signatory-map:select` detail. */
const lastSelected = (page) => page.evaluate(() => window.__events.at(-1)?.detail);

/**
 * The `signatory-map:select` detail that `action` leads to. The event comes from an effect after
 * the render, which Yew finishes after a setTimeout when a render pass runs past 16 ms (a busy
 * machine): wait for it rather than read at once.
 */
async function selectedBy(page, action) {
  const before = await page.evaluate(() => window.__events.length);
  await action();
  await page.waitForFunction((n) => window.__events.length > n, before, { timeout: 5000 }).catch(() => {});
  return lastSelected(page);
}

/** The announcer's text once it is no longer `previous` (for the same reason). */
async function announcedAfter(page, previous) {
  await page.waitForFunction((text) => document.querySelector("signatory-map").shadowRoot
    .querySelector(".aw-map-announcer").textContent !== text, previous, { timeout: 5000 }).catch(() => {});
  return page.locator("signatory-map .aw-map-announcer").innerText();
}

test("every place in the geometry is drawn and selectable; microstates are dots", async () => {
  const world = await (await fetch(`${SITE}/data/world.json`)).json();
  const { page, context, errors } = await mapPage({ lang: "en" });
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  const drawn = await page.evaluate(() =>
    [...document.querySelector("signatory-map").shadowRoot.querySelectorAll("[data-iso]")].map((e) => e.getAttribute("data-iso")));
  const expected = new Set([...world.shapes.map((s) => s.iso2), ...world.dots.map((d) => d.iso2)]);
  assert.ok(expected.size >= 195);
  for (const code of expected) assert.ok(drawn.includes(code), `${code} is on the map`);
  for (const micro of ["TV", "NR", "MC", "SG", "MT", "MV", "VA", "SM", "LI"]) {
    assert.equal(await page.locator(`signatory-map circle[data-iso="${micro}"]`).count(), 1, `${micro} has a dot`);
  }
  // A dot is selectable like a shape: Singapore signed, Malta has not.
  const selected = await selectedBy(page, () => page.locator('signatory-map circle[data-iso="SG"]').click({ force: true }));
  await page.locator("signatory-map .aw-map-details h3", { hasText: "Singapore" }).waitFor();
  assert.match(await page.locator("signatory-map .aw-map-details").innerText(), /Not signed|Signed/);
  assert.deepEqual(selected, { iso2: "SG", status: await statusOf("SG") });
  assert.equal(await page.locator("signatory-map .aw-map-svg").getAttribute("aria-hidden"), "true");
  assert.deepEqual(errors, []);
  await context.close();

  async function statusOf(code) {
    const data = await (await fetch(`${SITE}/data/signatories.json`)).json();
    const p = data.participants.find((x) => x.iso2 === code);
    return !p ? "not-signed" : p.ratification ? "ratified" : p.signature ? "signed" : "not-signed";
  }
});

test("the legend's counts match the data", async () => {
  const data = await (await fetch(`${SITE}/data/signatories.json`)).json();
  const states = data.participants.filter((p) => p.kind !== "reio");
  const ratified = states.filter((p) => p.ratification).length;
  const signed = states.filter((p) => p.signature && !p.ratification).length;
  const { page, context } = await mapPage({ lang: "en" });
  const count = (cls) => page.locator(`signatory-map .aw-legend-item[data-status=${cls}] .aw-legend-count`).innerText();
  assert.equal(await count("signed"), String(signed));
  assert.equal(await count("ratified"), String(ratified));
  assert.equal(await count("not-signed"), String(195 - signed - ratified));
  assert.equal(await page.locator("signatory-map .aw-map-progress").innerText(), `${ratified} of 40 ratifications toward entry into force`);
  // The shapes agree with the legend.
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  const signedOnMap = await page.evaluate(() => new Set(
    [...document.querySelector("signatory-map").shadowRoot.querySelectorAll('.aw-map-svg [data-status="signed"]')].map((e) => e.getAttribute("data-iso"))).size);
  assert.equal(signedOnMap, signed);
  await context.close();
});

test("highlighted states are outlined on the map, the first one selected", async () => {
  const { page, context } = await mapPage({ lang: "en", highlight: "VN,FR" });
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  const marks = await page.evaluate(() => [...new Set([...document.querySelector("signatory-map").shadowRoot
    .querySelectorAll(".aw-map-svg [data-mark]")].map((e) => `${e.getAttribute("data-iso")}:${e.getAttribute("data-mark")}`))].sort());
  assert.deepEqual(marks, ["FR:hl", "VN:sel"]);
  await context.close();
});

test("keyboard: one tab stop, arrows move and announce, Enter selects (with the event), Escape closes", async () => {
  const { page, context } = await mapPage({ lang: "en" });
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  await page.locator("signatory-map .aw-map-canvas").focus();
  await page.keyboard.press("ArrowRight");
  const announcer = page.locator("signatory-map .aw-map-announcer");
  assert.equal(await announcedAfter(page, ""), "Vietnam: Signed");
  assert.equal(await announcer.getAttribute("aria-live"), "polite");
  await page.keyboard.press("ArrowLeft");
  const moved = await announcedAfter(page, "Vietnam: Signed");
  assert.notEqual(moved, "Vietnam: Signed");
  const selected = await selectedBy(page, () => page.keyboard.press("Enter"));
  assert.ok(["LA", "TH", "KH", "MM"].includes(selected.iso2), JSON.stringify(selected));
  // The selected state is outlined on the map, and only it.
  const marked = () => page.evaluate(() => [...document.querySelector("signatory-map").shadowRoot
    .querySelectorAll(".aw-map-svg [data-mark]")].map((e) => `${e.getAttribute("data-iso")}:${e.getAttribute("data-mark")}`));
  assert.deepEqual(await marked(), [`${selected.iso2}:sel`]);
  assert.match(await page.locator("signatory-map .aw-map-details h3").innerText(), new RegExp(moved.split(":")[0]));
  await page.keyboard.press("Escape");
  await page.locator("signatory-map .aw-map-details").waitFor({ state: "detached", timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator("signatory-map .aw-map-details").count(), 0);
  assert.deepEqual(await marked(), [`${selected.iso2}:cur`], "the keyboard's place stays outlined");
  // Arrows do not scroll the page, and the map is a single tab stop.
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => document.activeElement.shadowRoot.activeElement.className), /aw-secondary/);
  await context.close();
});

test("search finds a country by its local or English name and selects it", async () => {
  const { page, context } = await mapPage({ lang: "vi" });
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  const search = page.locator("signatory-map input[type=search]");
  await search.fill("phap");
  assert.deepEqual(await selectedBy(page, () => search.press("Enter")), { iso2: "FR", status: "signed" });
  assert.equal(await page.locator("signatory-map .aw-map-details h3").innerText(), "Pháp");
  await search.fill("Germany");
  assert.equal((await selectedBy(page, () => search.press("Enter"))).iso2, "DE");
  await search.fill("Atlantis");
  assert.match(await page.locator("signatory-map .aw-map-search-status").innerText(), /Không tìm thấy/);
  await context.close();
});

test("the table: every participant (the EU too), sorting, search and a CSV download", async () => {
  const data = await (await fetch(`${SITE}/data/signatories.json`)).json();
  const { page, context } = await mapPage({ lang: "en", view: "table" });
  const rows = page.locator("signatory-map .aw-map-table tbody tr");
  await rows.first().waitFor();
  assert.equal(await rows.count(), data.participants.length);
  assert.equal(await page.locator('signatory-map tr[data-iso="EU"] th').innerText(), "European Union");
  const names = async () => page.locator("signatory-map .aw-map-table tbody th").allInnerTexts();
  const byName = await names();
  assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, "en")));
  await page.locator("signatory-map th button", { hasText: "Country" }).click();
  assert.deepEqual(await names(), [...byName].reverse());
  assert.equal(await page.locator("signatory-map th[aria-sort=descending]").count(), 1);
  await page.locator("signatory-map th button", { hasText: "Signature" }).click();
  assert.equal(await rows.last().getAttribute("data-iso"), "FJ", "undated signatures sort last");
  // The search filters the rows as it finds states: a word anywhere in a name.
  await page.locator("signatory-map input[type=search]").fill("guinea");
  await page.locator("signatory-map .aw-map-table tbody tr").nth(2).waitFor({ state: "detached", timeout: 5000 }).catch(() => {});
  assert.deepEqual((await names()).sort(), ["Guinea-Bissau", "Papua New Guinea"]);
  await page.locator("signatory-map input[type=search]").fill("");
  const href = await page.locator("signatory-map a.aw-map-csv").getAttribute("href");
  const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ""));
  // Column names in the reader's language; the importer reads them in every language.
  assert.equal(csv.split(/\r?\n/)[0], "\ufeffNo.,Country,ISO code,Signature date,Place of signature,Ratification,Source,Confidence");
  assert.equal(csv.trim().split(/\r?\n/).length, data.participants.length + 1);
  await context.close();
});

test("a first frame that shows names (table, highlighted states) never shows codes in their place", async () => {
  // Every state the shadow DOM goes through is recorded, not only the last: the names may come a
  // frame after the first (they wait for Intl), and the codes must not stand in for them meanwhile.
  const { page, context } = await mapPage({ lang: "en", view: "table", highlight: "VN,FR" });
  await page.addInitScript(() => {
    window.__seen = { cells: [], highlighted: [] };
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      const record = () => {
        const cell = root.querySelector(".aw-map-table tbody th");
        if (cell) window.__seen.cells.push(cell.textContent);
        const line = root.querySelector(".aw-map-highlighted");
        if (line) window.__seen.highlighted.push(line.textContent);
      };
      new MutationObserver(record).observe(root, { subtree: true, childList: true, characterData: true });
      return root;
    };
  });
  await page.reload();
  await page.locator("signatory-map .aw-map-table tbody tr").first().waitFor();
  await page.locator("signatory-map .aw-map-highlighted").waitFor();
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.cells.length > 0 && seen.highlighted.length > 0, JSON.stringify(seen));
  assert.deepEqual(seen.cells.filter((text) => /^[A-Z]{2}$/.test(text.trim())), [], "a code in the table");
  assert.ok(seen.highlighted.every((text) => text.includes("France") && !/\b(VN|FR)\b/.test(text)), seen.highlighted.join(" | "));
  await context.close();
});

test("a newer data file by src; a broken one and unknown codes get a message and the built-in data", async () => {
  const { page, context, log } = await open(browser, `${HOST}/map-data.html`);
  const count = (id, cls) => page.locator(`#${id} .aw-legend-item[data-status=${cls}] .aw-legend-count`).innerText();
  await page.locator("#custom .aw-legend-item[data-status=ratified] .aw-legend-count", { hasText: "1" }).waitFor();
  assert.equal(await count("custom", "signed"), "66");
  assert.match(await page.locator("#custom .aw-map-progress").innerText(), /^1 of 40/);
  await page.locator("#broken .aw-notice", { hasText: "not valid" }).waitFor();
  assert.equal(await count("broken", "ratified"), "0");
  assert.equal(await page.locator("#broken .aw-map-table tbody tr").count(), 69, "the table still shows the built-in data");
  assert.match(await page.locator("#bad-highlight .aw-notice").innerText(), /highlight="XX,Narnia"/);
  assert.match(await page.locator("#bad-highlight .aw-map-highlighted").innerText(), /France/);
  assert.ok(log.warnings.some((w) => /\[signatory-map\] src "broken-bank.json"/.test(w)));
  await context.close();
});
