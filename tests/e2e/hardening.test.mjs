// Hardening (issue 7): injection attempts in every data field, attribute and query parameter;
// data that is too big or too slow; two instances with different data on one page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, widgetText, wasmMemoryBytes, sleep, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** What `www/hosts/xss-*.json` put in front of every text (each followed by a marker naming the field). */
const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>"><svg onload=window.__xss=1>`;
/** The start of the payload, for texts that quote a shortened value (notices). */
const PAYLOAD_START = `<img src=x onerror="window.__xss=1">`;
/** The payload URL of the data files' sources: a web address, so it stays an attribute value. */
const PAYLOAD_URL = `https://example.org/"><svg/onload=window.__xss=1>`;
const JS_URL = "javascript:window.__xss=1";

const ATTRIBUTES = {
  "scam-quiz": ["lang", "theme", "src", "questions", "topics", "seed", "persist"],
  "event-countdown": ["lang", "theme", "src", "event", "at", "until", "title", "time-zone", "location"],
  "signatory-map": ["lang", "theme", "src", "highlight", "view"],
};

/**
 * Everything that would show an injection, in the document and every shadow root: inline event
 * handler attributes, elements a payload would create inside a widget, `javascript:` links, and
 * `window.__xss`. Waits a moment first, so an `onerror` or `onload` would have fired.
 */
async function injections(page) {
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const found = [];
    const visit = (root, inWidget) => {
      for (const el of root.querySelectorAll("*")) {
        for (const name of el.getAttributeNames()) if (/^on/i.test(name)) found.push(`<${el.localName} ${name}>`);
        if (inWidget && ["script", "img", "iframe", "object", "embed"].includes(el.localName)) found.push(`<${el.localName}> in a widget`);
        const href = el.getAttribute("href") ?? el.getAttribute("xlink:href");
        if (href !== null && /^\s*javascript:/i.test(href)) found.push(`a javascript: link on <${el.localName}>`);
        if (el.shadowRoot) visit(el.shadowRoot, true);
      }
    };
    visit(document, false);
    if (window.__xss !== undefined) found.push(`window.__xss = ${window.__xss}`);
    return found;
  });
}

/** Every `marker` appears after the whole payload, as text. */
function assertShown(text, markers, where) {
  for (const marker of markers) {
    assert.ok(text.includes(`${PAYLOAD} ${marker}`), `${where}: "${marker}" is shown with its payload as text`);
  }
}

/** Walks a quiz through both questions and the solutions; returns all the text it showed. */
async function walkQuiz(page, id) {
  const q = (s) => page.locator(`#${id} ${s}`);
  const texts = [await widgetText(page, `#${id}`)];
  await q(".aw-quiz-start").click();
  for (let n = 0; n < 2; n++) {
    await q(".aw-q-choice input").first().check();
    await q(".aw-q-check").click();
    await q(".aw-q-verdict").waitFor();
    texts.push(await widgetText(page, `#${id}`));
    // The source link keeps the payload URL as a plain attribute value.
    assert.deepEqual(await page.locator(`#${id} .aw a[target=_blank]`).evaluateAll((links) => links.map((a) => a.getAttribute("href"))), [PAYLOAD_URL]);
    await q(".aw-q-next").click();
  }
  await q(".aw-show-solutions").click();
  await q(".aw-solution").first().waitFor();
  texts.push(await widgetText(page, `#${id}`));
  return texts.join("\n");
}

const QUIZ_MARKERS = ["xss-topic-name", "xss-q1-prompt", "xss-q1-choice-a", "xss-q1-choice-b", "xss-q1-feedback-a",
  "xss-q1-feedback-b", "xss-q1-explanation", "xss-q1-source-title", "xss-q2-prompt", "xss-q2-from", "xss-q2-subject",
  "xss-q2-line-them", "xss-q2-line-me", "xss-q2-choice-scam", "xss-q2-choice-real", "xss-q2-feedback-scam",
  "xss-q2-feedback-real", "xss-q2-explanation", "xss-q2-source-title"];

test("injection: payloads in every text field of every data file (by src and inline) show as text and never run", async () => {
  const { page, context, log } = await open(browser, `${HOST}/xss.html`);
  for (const id of ["quiz-src", "quiz-inline"]) {
    await page.locator(`#${id} .aw-quiz-intro`, { hasText: "xss-topic-name" }).waitFor();
    assertShown(await walkQuiz(page, id), QUIZ_MARKERS, id);
  }

  await page.locator("#countdown-src h2", { hasText: "xss-ev-title" }).waitFor();
  assert.equal(await page.locator("#countdown-src h2").innerText(), `${PAYLOAD} xss-ev-title`);
  assertShown(await widgetText(page, "#countdown-src"), ["xss-ev-title", "xss-ev-location", "xss-ev-source-title"], "countdown");
  assert.equal(await page.locator("#countdown-src .aw-cd-source a").getAttribute("href"), PAYLOAD_URL);
  // The description goes into the calendar links, encoded; they stay web and data addresses.
  for (const href of await page.locator("#countdown-src .aw-cd-ics, #countdown-src .aw-cd-google").evaluateAll((a) => a.map((e) => e.getAttribute("href")))) {
    assert.match(href, /^(https:\/\/calendar\.google\.com\/|data:|blob:)/);
  }

  const map = (s) => page.locator(`#map-src ${s}`);
  await map(".aw").filter({ hasText: "xss-source-1-title" }).waitFor();
  assertShown(await widgetText(page, "#map-src"), ["xss-source-1-title", "xss-source-2-title", "xss-source-3-title", "xss-date-note"], "map table");
  await page.evaluate(() => document.getElementById("map-src").setAttribute("view", "map"));
  await map("input[type=search]").fill("Viet");
  await map("input[type=search]").press("Enter");
  await map(".aw-map-details").waitFor();
  assertShown(await map(".aw-map-details").innerText(), ["xss-date-note", "xss-place-note", "xss-participant-source"], "map details");
  // Addresses in a source note become links only for http(s); `javascript:` stays text.
  assert.deepEqual(await map(".aw-map-details a").evaluateAll((a) => a.map((e) => e.getAttribute("href"))), [PAYLOAD_URL]);
  assert.match(await map(".aw-map-details").innerText(), /javascript:window\.__xss=1/);

  // Files whose source URL is `javascript:` are refused whole: a notice, the built-in data.
  for (const id of ["quiz-javascript-url", "countdown-javascript-url", "map-javascript-url"]) {
    await page.locator(`#${id} .aw-notice`, { hasText: "is not valid" }).waitFor();
  }
  assert.ok(log.warnings.some((w) => /\[scam-quiz\] src "xss-bank-javascript-url.json": .*questions\[0\]\.source\.url/.test(w)), log.warnings.join("\n"));
  assert.deepEqual(await injections(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("injection: payloads in every attribute of every widget show as text and never run", async () => {
  const { page, context, log } = await open(browser, `${HOST}/xss.html`);
  await page.evaluate(([attributes, payloads]) => {
    const place = document.getElementById("attributes");
    for (const [tag, names] of Object.entries(attributes)) {
      payloads.forEach((payload, i) => {
        const el = document.createElement(tag);
        el.id = `${tag}-${i}`;
        for (const name of names) el.setAttribute(name, payload);
        place.append(el);
      });
    }
    // A custom event whose texts are payloads: shown as the title and the place.
    const custom = document.createElement("event-countdown");
    custom.id = "custom-event";
    custom.setAttribute("at", "2030-01-01T00:00:00Z");
    for (const name of ["title", "location", "time-zone"]) custom.setAttribute(name, `${payloads[0]} attr-${name}`);
    place.append(custom);
  }, [ATTRIBUTES, [PAYLOAD, JS_URL]]);
  for (const tag of Object.keys(ATTRIBUTES)) {
    // The payload is quoted, shortened, in the notices about the attributes it spoils.
    await page.locator(`#${tag}-0 .aw-notice`, { hasText: `theme="${PAYLOAD_START}` }).waitFor();
    await page.locator(`#${tag}-1 .aw-notice`, { hasText: `src="${JS_URL}"` }).waitFor();
    // A payload as a relative `src` is a (missing) file on the host: said as text too.
    await page.locator(`#${tag}-0 .aw-notice`, { hasText: `from ${PAYLOAD_START}` }).waitFor();
  }
  assert.equal(await page.locator("#custom-event h2").innerText(), `${PAYLOAD} attr-title`);
  assert.match(await widgetText(page, "#custom-event"), new RegExp(`${PAYLOAD_START.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.* attr-location`));
  assert.deepEqual(await injections(page), []);
  // The payload `src`s are requested (and missing): the browser logs each 404, nothing else.
  assert.deepEqual(log.errors.filter((e) => !/status of 404/.test(e)), []);
  await context.close();
});

test("injection: payloads in every query parameter of the iframe pages show as text and never run", async () => {
  const data = { "scam-quiz": "xss-bank.json", "event-countdown": "xss-events.json", "signatory-map": "xss-signatories.json" };
  for (const [tag, names] of Object.entries(ATTRIBUTES)) {
    const params = new URLSearchParams();
    for (const name of names) params.set(name, PAYLOAD);
    params.set("src", `${HOST}/${data[tag]}`);
    if (tag === "event-countdown") params.set("at", "2030-01-01T00:00:00Z");
    params.set("onclick", "window.__xss=1");
    params.set("onmouseover", "window.__xss=1");
    const { page, context, log } = await open(browser, `${SITE}/embed/${tag}.html?${params}`);
    await page.locator(`${tag} .aw-notice`, { hasText: `theme="${PAYLOAD_START}` }).waitFor();
    assert.deepEqual(await page.evaluate((t) => document.querySelector(t).getAttributeNames().filter((n) => n.startsWith("on")), tag), [],
      "on* parameters never become attributes");
    assert.ok(log.warnings.some((w) => w.includes('query parameter "onclick" ignored')), log.warnings.join("\n"));
    if (tag === "event-countdown") {
      assert.equal(await page.locator("event-countdown h2").innerText(), PAYLOAD);
    } else if (tag === "scam-quiz") {
      await page.locator("scam-quiz .aw-quiz-intro", { hasText: "xss-topic-name" }).waitFor();
      await page.locator("scam-quiz .aw-quiz-start").click();
      assert.match(await page.locator("scam-quiz legend").innerText(), /^<img src=x onerror="window.__xss=1">.* xss-q[12]-prompt$/);
    } else {
      await page.locator("signatory-map .aw", { hasText: "xss-source-1-title" }).waitFor();
    }
    await page.locator(`${tag} .aw`).hover();
    await page.locator(`${tag} .aw`).click({ position: { x: 4, y: 4 } });
    assert.deepEqual(await injections(page), [], tag);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], `${tag}: nothing the page's CSP had to block`);
    assert.deepEqual(log.errors, [], tag);
    await context.close();
  }
});

test("size limits: a 50 MB src, with or without a Content-Length, gets a clear message in the reader's language; the page stays responsive", async () => {
  const { page, context, log } = await open(browser, `${HOST}/limits.html`);
  await page.locator("#clicker").click();
  await page.locator("#big .aw-notice", { hasText: "Dữ liệu tại /__test/big quá lớn, không thể tải." }).waitFor();
  await page.locator("#big-chunked .aw-notice", { hasText: "Les données de /__test/big-chunked sont trop volumineuses pour être chargées." }).waitFor();
  await page.locator("#clicker").click();
  await page.locator("#clicker").click();
  assert.equal(await page.locator("#clicker").innerText(), "Clicked 3 times");
  // The built-in data is used.
  assert.match(await page.locator("#big .aw-notice").first().innerText(), /Đang hiển thị dữ liệu có sẵn thay thế\./);
  // The built-in bank is a shipped file now: wait for it rather than read the busy placeholder.
  await page.locator("#big .aw", { hasText: "10 câu hỏi" }).first().waitFor({ timeout: 10000 }).catch(() => {});
  assert.match(await widgetText(page, "#big"), /10 câu hỏi/);
  assert.ok(await page.locator("#big-chunked .aw-map-table tbody tr").count() > 60, "the built-in signatories");
  // Timers kept running: no long freeze while 50 MB was refused.
  const gap = await page.evaluate(() => window.__longestGap);
  assert.ok(gap < 1000, `the longest pause between 20 ms ticks was ${Math.round(gap)} ms`);
  // The chunked body was cut off at the 5 MB limit, not read whole into wasm memory.
  const memory = await wasmMemoryBytes(page, "all");
  assert.ok(memory < 40 * 1024 * 1024, `wasm memory is ${(memory / 1048576).toFixed(1)} MB`);
  const warned = log.warnings.join("\n");
  assert.match(warned, /\[scam-quiz\] src "\/__test\/big": larger than 5000000 bytes/);
  assert.match(warned, /\[signatory-map\] src "\/__test\/big-chunked": larger than 5000000 bytes/);
  await context.close();
});

test("time limit: a src that never answers gets a clear message after the limit; the page stays responsive meanwhile", async () => {
  let requested = false;
  const { page, context, log } = await open(browser, `${HOST}/slow.html`, {}, async (page) => {
    await page.clock.install();
    page.on("request", (r) => { if (r.url().endsWith("/__test/slow")) requested = true; });
  });
  await page.locator("#slow .aw [aria-busy=true]").waitFor();
  for (let i = 0; i < 50 && !requested; i++) await sleep(100);
  assert.ok(requested, "the slow src was requested");
  // While the request hangs: the widget says it is loading and the page answers clicks.
  await page.locator("#clicker").click();
  assert.equal(await page.locator("#clicker").innerText(), "Clicked 1 times");
  assert.equal(await page.locator("#slow .aw-notice").count(), 0, "no message before the limit");
  await page.clock.runFor(14_000);
  assert.equal(await page.locator("#slow .aw-notice").count(), 0, "still waiting at 14 s");
  await page.clock.runFor(2_000);
  await page.locator("#slow .aw-notice", { hasText: "La carga de los datos de /__test/slow tardó demasiado." }).waitFor();
  assert.match(await page.locator("#slow .aw-notice").first().innerText(), /Se muestran en su lugar los datos integrados\./);
  await page.locator("#slow .aw-quiz-start").click();
  await page.locator("#slow .aw-q-prompt").waitFor();
  assert.match(log.warnings.join("\n"), /\[scam-quiz\] src "\/__test\/slow": no answer in time/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("two instances with different src never show each other's data; their progress is kept under different keys", async () => {
  const { page, context, log } = await open(browser, `${HOST}/two-sources.html`);
  await page.locator("#countdown-a h2", { hasText: "Alpha meeting" }).waitFor();
  await page.locator("#countdown-b h2", { hasText: "Beta meeting" }).waitFor();
  assert.doesNotMatch(await widgetText(page, "#countdown-a"), /Beta/);
  assert.doesNotMatch(await widgetText(page, "#countdown-b"), /Alpha/);

  await page.locator("#map-b .aw", { hasText: "Second file source" }).waitFor();
  await page.locator("#map-a .aw", { hasText: "UN Treaty Collection" }).waitFor();
  assert.doesNotMatch(await widgetText(page, "#map-a"), /Second file source/);
  assert.doesNotMatch(await widgetText(page, "#map-b"), /UN Treaty Collection/);

  const banks = { "quiz-a": /Custom question/, "quiz-b": /Second bank question/ };
  const labels = {};
  for (const [id, own] of Object.entries(banks)) {
    const q = (s) => page.locator(`#${id} ${s}`);
    await q(".aw-quiz-intro").filter({ hasText: "2" }).waitFor();
    labels[id] = await q(".aw-quiz-start").innerText();
    // Wait for the bank from src: its first question is this bank's.
    await q(".aw-quiz-start").click();
    await q(".aw-q-prompt").filter({ hasText: own }).waitFor();
    await q(".aw-q-choice input").first().check();
    await q(".aw-q-check").click();
    await q(".aw-q-verdict").waitFor();
  }
  assert.doesNotMatch(await widgetText(page, "#quiz-a"), /Second bank/);
  assert.doesNotMatch(await widgetText(page, "#quiz-b"), /Custom question/);
  const keys = async () => (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.startsWith("awareness-widgets:scam-quiz:")).sort();
  const saved = await keys();
  assert.equal(saved.length, 2, `one key per bank: ${saved}`);
  assert.notEqual(saved[0], saved[1]);

  // After a reload each quiz offers to continue its own attempt.
  await page.reload();
  for (const [id, own] of Object.entries(banks)) {
    const q = (s) => page.locator(`#${id} ${s}`);
    await q(".aw-quiz-start").filter({ hasNotText: labels[id] }).waitFor();
    await q(".aw-quiz-start").click();
    await q(".aw-q-prompt").filter({ hasText: own }).waitFor();
    assert.doesNotMatch(await widgetText(page, `#${id}`), id === "quiz-a" ? /Second bank/ : /Custom question/);
  }
  assert.deepEqual(await keys(), saved, "no new keys");
  assert.deepEqual(log.errors, []);
  await context.close();
});
