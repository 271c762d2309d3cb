// An independent accessibility audit: axe-core (npm) injected into each widget state (the
// issue's list: quiz question, checked, results; countdown before and after; map view, table,
// tooltip open), in light and dark, in English, Vietnamese and Arabic. Zero violations; no rule
// disabled. Then keyboard walks, and what a screen reader is given: names and live regions.
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
  "map, map view": { widget: "signatory-map", params: {}, steps: ["drawn"] },
  "map, map with details": { widget: "signatory-map", params: { highlight: "VN" }, steps: ["map"] },
  "map, tooltip open": { widget: "signatory-map", params: {}, steps: ["drawn", "hover"] },
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
    case "drawn": return page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
    // Hovering a country shows its details where the pointer is: the map's tooltip.
    case "hover": await page.locator('signatory-map path[data-iso="BR"]').hover(); return page.locator("signatory-map .aw-map-details").waitFor();
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
  // The calendar links come a frame after the timer (use_painted): wait for them, not the timer.
  const seen = await keyboardWalk("event-countdown", { lang: "en" }, ".aw-cd-google");
  assert.ok(seen.some((s) => s.startsWith("a.aw-cd-ics")) && seen.some((s) => s.startsWith("a.aw-cd-google")));
});

test("keyboard walk: the map's view switch, search, the map itself and zoom, each with a focus ring", async () => {
  const seen = await keyboardWalk("signatory-map", { lang: "en" }, ".aw-map-svg path");
  assert.ok(seen.some((s) => s.startsWith("div.aw-map-canvas")), seen.join(" → "));
  assert.ok(seen.some((s) => s.startsWith("input")), seen.join(" → "));
});

// What a screen reader is given: Chromium's accessibility tree (through the DevTools protocol,
// as assistive technology sees it, shadow roots flattened), and how often live regions change.

/** The unignored nodes of the page's accessibility tree: role, name, and whether focused or live. */
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  await cdp.detach();
  const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value.value;
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: n.name?.value ?? "", focused: prop(n, "focused") === true, live: prop(n, "live"),
  }));
}

/** The innermost focused node (the shadow host reports focus too). */
const focusedNode = async (page) => (await axTree(page)).filter((n) => n.focused).at(-1);

/** Starts recording every text the live region `selector` of `widget` takes, in `window.__said`. */
async function listen(page, widget, selector) {
  await page.evaluate(([widget, selector]) => {
    window.__said = [];
    const region = document.querySelector(widget).shadowRoot.querySelector(selector);
    new MutationObserver(() => window.__said.push(region.textContent))
      .observe(region, { subtree: true, childList: true, characterData: true });
  }, [widget, selector]);
}
const said = (page) => page.evaluate(() => window.__said);

const NAMES = {
  en: { "event-countdown": "Event countdown", "scam-quiz": "Scam-awareness quiz", "signatory-map": "Signatory map" },
  ar: { "event-countdown": "العد التنازلي للحدث", "scam-quiz": "اختبار التوعية بالاحتيال", "signatory-map": "خريطة الموقّعين" },
  zh: { "event-countdown": "活动倒计时", "scam-quiz": "防诈骗知识测验", "signatory-map": "签署方地图" },
};
// Each widget complete: the countdown draws its timer first and its dates and calendar links
// one frame later, so it is ready when those are there.
const READY = { "event-countdown": ".aw-cd-calendar", "scam-quiz": ".aw-quiz-start", "signatory-map": ".aw-map-svg path" };
/** Polite status regions each widget has from the start: notices + its own. */
const LIVE = { "event-countdown": 2, "scam-quiz": 2, "signatory-map": 3 };

test("screen readers: each widget is a region named in the reader's language, with polite status regions only", async () => {
  for (const lang of Object.keys(NAMES)) {
    for (const widget of Object.keys(READY)) {
      const context = await browser.newContext({ timezoneId: "Asia/Ho_Chi_Minh" });
      const page = await context.newPage();
      await page.goto(`${SITE}/embed/${widget}.html?lang=${lang}`);
      await page.locator(`${widget} ${READY[widget]}`).first().waitFor();
      const tree = await axTree(page);
      const regions = tree.filter((n) => n.role === "region" && n.name === NAMES[lang][widget]);
      assert.equal(regions.length, 1, `${lang} ${widget}: one region named "${NAMES[lang][widget]}"`);
      const live = tree.filter((n) => n.live && n.live !== "off" && ["status", "alert", "log", "marquee", "timer"].includes(n.role));
      assert.deepEqual(live.map((n) => `${n.role} ${n.live}`), Array(LIVE[widget]).fill("status polite"), `${lang} ${widget}: live regions`);
      await context.close();
    }
  }
});

test("screen readers: the controls' names, in English and Arabic", async () => {
  const expect = {
    en: {
      "event-countdown": [["group", "Add to calendar"], ["link", "Download .ics"]],
      "scam-quiz": [["button", "Start the quiz"]],
      "signatory-map": [["button", "Zoom in"], ["button", "Zoom out"], ["button", "Reset the view"], ["combobox", "Find a country"],
        ["group", "View"], ["button", "Table"]],
    },
    ar: {
      "event-countdown": [["group", "إضافة إلى التقويم"]],
      "scam-quiz": [["button", "ابدأ الاختبار"]],
      "signatory-map": [["button", "تكبير"], ["button", "تصغير"], ["combobox", "البحث عن بلد"], ["button", "جدول"]],
    },
  };
  for (const [lang, widgets] of Object.entries(expect)) {
    for (const [widget, wanted] of Object.entries(widgets)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${SITE}/embed/${widget}.html?lang=${lang}`);
      await page.locator(`${widget} ${READY[widget]}`).first().waitFor();
      const tree = await axTree(page);
      for (const [role, name] of wanted) {
        assert.ok(tree.some((n) => n.role === role && n.name === name), `${lang} ${widget}: a ${role} named "${name}" in ${JSON.stringify(tree.filter((n) => n.role === role))}`);
      }
      if (widget === "signatory-map") {
        // The drawing is hidden; the focusable map says how to use it.
        const map = tree.find((n) => n.role === "group" && n.name.length > 60);
        assert.ok(map, `${lang}: the map's group has its instructions as its name`);
      }
      await context.close();
    }
  }
});

test("screen readers: the quiz says the verdict where focus lands after Check, and the score once at the end", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${SITE}/embed/scam-quiz.html?lang=en&questions=2&seed=a11y`);
  await page.locator("scam-quiz .aw-quiz-start").click();
  await listen(page, "scam-quiz", ".aw-quiz-announcer");
  for (const last of [false, true]) {
    await page.locator("scam-quiz .aw-q-choice input").first().check();
    await page.locator("scam-quiz .aw-q-check").click();
    const focused = await focusedNode(page);
    assert.equal(focused.role, "group", "the feedback takes focus as a group");
    assert.match(focused.name, /^(Correct!|Not quite\.)$/, "named by its verdict, which is read first");
    assert.equal(focused.name, await page.locator("scam-quiz .aw-q-verdict").innerText());
    assert.deepEqual(await said(page), [], "nothing is announced while answering");
    await page.locator("scam-quiz .aw-q-next").click();
    if (!last) await page.locator("scam-quiz .aw-q-progress", { hasText: "Question 2 of 2" }).waitFor();
  }
  await page.locator("scam-quiz .aw-results").waitFor();
  const score = await page.locator("scam-quiz .aw-score").innerText();
  assert.match(score, /^You got [0-2] of 2 right \(\d+%\)\.$/);
  const heading = await focusedNode(page);
  assert.deepEqual([heading.role, heading.name], ["heading", "Your results"], "focus lands on the results' heading");
  // Showing and hiding the answers re-renders the results; the score is not said again.
  await page.locator("scam-quiz .aw-show-solutions").click();
  await page.locator("scam-quiz .aw-show-solutions").click();
  assert.deepEqual((await said(page)).filter(Boolean), [score], "the score, said once");
  // A new attempt clears the region, so the next score is news again.
  await page.locator("scam-quiz .aw-retry").click();
  assert.equal(await page.locator("scam-quiz .aw-quiz-announcer").innerText(), "");
  await context.close();
});

test("screen readers: the map says each arrow move and each selection, in the reader's punctuation, never a hover", async () => {
  for (const [lang, first, selected] of [
    ["en", "Vietnam: Signed", /^Selected: .+ \((Signed|Not signed|Ratified)\)\. The details follow the map\.$/],
    ["zh", "越南：已签署", /^已选择：.+（(已签署|未签署|已批准)）。详细信息显示在地图下方。$/],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${SITE}/embed/signatory-map.html?lang=${lang}`);
    await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
    await listen(page, "signatory-map", ".aw-map-announcer");
    for (const iso of ["BR", "IN", "DZ", "AU"]) await page.locator(`signatory-map path[data-iso="${iso}"]`).hover();
    await page.locator("signatory-map .aw-map-details").waitFor();
    assert.deepEqual(await said(page), [], `${lang}: hovering shows details but says nothing`);
    await page.locator("signatory-map .aw-map-canvas").focus();
    // One key at a time, as a listener presses them. A render pass that runs past 16 ms (a busy
    // machine) makes Yew finish it after a setTimeout; a key pressed meanwhile is handled right,
    // but its text and the next one reach the region together, as one announcement.
    for (const [i, key] of ["ArrowRight", "ArrowLeft", "ArrowUp", "Enter"].entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction((n) => window.__said.filter(Boolean).length > n, i, { timeout: 5000 }).catch(() => {});
    }
    const texts = (await said(page)).filter(Boolean);
    assert.equal(texts.length, 4, `${lang}: one announcement per key: ${JSON.stringify(texts)}`);
    assert.equal(texts[0], first);
    assert.match(texts[3], selected);
    assert.ok(texts[3].includes(texts[2].split(lang === "zh" ? "：" : ":")[0]), "the selection names the country the reader was on");
    await context.close();
  }
});

test("screen readers: the countdown's ticking numbers are not live; its announcement is in the reader's language", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${SITE}/embed/event-countdown.html?lang=ar`);
  await page.locator("event-countdown .aw-cd-timer").waitFor();
  const timerLive = await page.evaluate(() => {
    let el = document.querySelector("event-countdown").shadowRoot.querySelector(".aw-cd-timer");
    for (; el; el = el.parentElement) if (el.hasAttribute("aria-live") || el.getAttribute("role") === "timer") return el.className;
    return null;
  });
  assert.equal(timerLive, null, "the seconds would be read every second");
  // The announcement needs Intl, so it comes a frame after the first (use_painted).
  await page.waitForFunction(() =>
    document.querySelector("event-countdown").shadowRoot.querySelector(".aw-cd-announcer")?.textContent.trim());
  const announced = await page.locator("event-countdown .aw-cd-announcer").innerText();
  assert.match(announced, /[\u0600-\u06ff]/, `Arabic: ${announced}`);
  assert.doesNotMatch(announced, /[a-z]/i, `no English words: ${announced}`);
  await context.close();
});
