// The embedding contract (DESIGN.md "Embedding"): script + custom element and iframe, on a host
// page of another origin, under a strict CSP, twice on a page, with hostile CSS and bad input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, rendered, widgetText, sleep, bundleScripts, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WIDGETS = ["event-countdown", "scam-quiz", "signatory-map"];

test("script embed: each element renders in an open shadow root, loaded cross-origin", async () => {
  const { page, context, log } = await open(browser, `${HOST}/script-embed.html`);
  const scripts = [];
  page.on("response", (r) => r.url().includes("/widgets/") && scripts.push(r.url()));
  for (const id of ["#countdown", "#quiz", "#map"]) await rendered(page, id);
  assert.notEqual(new URL(page.url()).origin, SITE, "host page and widgets must be on different origins");
  for (const tag of WIDGETS) {
    const mode = await page.evaluate((t) => document.querySelector(t).shadowRoot?.mode, tag);
    assert.equal(mode, "open", `${tag} renders into an open shadow root`);
  }
  assert.match(await widgetText(page, "#quiz"), /Trắc nghiệm/, "lang=\"vi\" on the element is honoured");
  assert.match(await widgetText(page, "#countdown"), /Time left/, "page lang=\"en\" is inherited");
  // The countdown is live: its value changes as the clock moves.
  const first = await page.locator("#countdown .aw-cd-timer").innerText();
  await sleep(1300);
  assert.notEqual(await page.locator("#countdown .aw-cd-timer").innerText(), first);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("iframe embed: query parameters become attributes and the height reaches the parent", async () => {
  const { page, context, log } = await open(browser, `${HOST}/iframe-embed.html`);
  const frame = (id) => page.frameLocator(`#${id}`);
  await frame("countdown").locator("event-countdown .aw", { hasText: /Thời gian còn lại/ }).waitFor().catch(() => {});
  await frame("quiz").locator("scam-quiz .aw-quiz-start").waitFor();
  await frame("map").locator("signatory-map .aw").waitFor();
  assert.match(await frame("countdown").locator("event-countdown .aw").innerText(), /Thời gian còn lại/);
  assert.match(await frame("quiz").locator("scam-quiz .aw").innerText(), /\b5\b/);
  assert.match(await frame("map").locator("signatory-map .aw").innerText(), /Table/);

  // Both message formats arrive, and the resizer sizes each iframe to its content.
  const contentHeight = async (id) => (await page.frame({ url: new RegExp(id) })).evaluate(
    () => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const iframeHeight = (id) => page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => window.__messages.filter((m) => m?.type === "awareness-widgets:resize").length >= 3);
  const messages = await page.evaluate(() => window.__messages);
  assert.ok(messages.some((m) => m.type === "awareness-widgets:resize" && m.version === 1 && m.height > 50));
  assert.ok(messages.some((m) => m.sentinel === "amp" && m.type === "embed-size" && m.height > 50));
  for (const [id, url] of [["countdown", "event-countdown"], ["quiz", "scam-quiz"], ["map", "signatory-map"]]) {
    await page.waitForFunction(async ([id]) => document.getElementById(id).style.height !== "", [id]);
    assert.equal(Math.round(await iframeHeight(id)), await contentHeight(url), `#${id} fits its content`);
  }

  // The height changes (a notice appears): a new message follows and the iframe grows.
  const before = await iframeHeight("countdown");
  const countdown = page.frame({ url: /event-countdown/ });
  await countdown.evaluate(() => document.querySelector("event-countdown").setAttribute("theme", "blue"));
  await page.waitForFunction((h) => document.getElementById("countdown").getBoundingClientRect().height > h + 10, before);
  assert.equal(Math.round(await iframeHeight("countdown")), await contentHeight("event-countdown"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("strict CSP: the widgets work with script-src 'self' + 'wasm-unsafe-eval' and style-src 'self'", async () => {
  const { page, context, log } = await open(browser, `${HOST}/strict-csp.html`);
  const response = await page.request.get(`${HOST}/strict-csp.html`);
  assert.match(response.headers()["content-security-policy"], /style-src 'self'/);
  for (const tag of WIDGETS) await rendered(page, tag);
  // The widgets are styled (constructable stylesheets are allowed), not bare.
  const radius = await page.locator("event-countdown .aw").evaluate((e) => getComputedStyle(e).borderTopLeftRadius);
  assert.equal(radius, "12px");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  // The recorder does catch violations: an inline style attribute is one.
  await page.evaluate(() => document.body.setAttribute("style", "color: red"));
  await page.waitForFunction(() => window.__violations.length > 0);
  for (const bundle of ["all", ...WIDGETS]) {
    const { entry, glue } = await bundleScripts(page.request, bundle);
    for (const [name, code] of [["entry", entry], ["module", glue]]) {
      assert.ok(!code.includes("new Function") && !/\beval\(/.test(code), `${bundle}'s ${name} has no new Function or eval`);
    }
  }
  await context.close();
});

test("two instances of each widget stay independent and follow attribute changes", async () => {
  const { page, context, log } = await open(browser, `${HOST}/two-instances.html`);
  for (const id of ["countdown-1", "countdown-2", "quiz-1", "quiz-2", "map-1", "map-2"]) await rendered(page, `#${id}`);
  assert.match(await widgetText(page, "#countdown-1"), /Thời gian còn lại/);
  assert.match(await widgetText(page, "#countdown-2"), /Time left/);
  assert.match(await widgetText(page, "#quiz-1"), /\b10 câu hỏi/);
  assert.match(await widgetText(page, "#quiz-2"), /\b5 questions/);
  assert.match(await widgetText(page, "#map-2"), /Table/);

  await page.evaluate(() => document.getElementById("quiz-1").setAttribute("questions", "7"));
  await page.locator("#quiz-1 .aw-quiz-intro", { hasText: "7 câu hỏi" }).waitFor();
  assert.match(await widgetText(page, "#quiz-2"), /\b5 questions/, "the other instance is unchanged");
  await page.evaluate(() => document.getElementById("countdown-2").setAttribute("lang", "vi"));
  await page.locator("#countdown-2 .aw-cd-label", { hasText: "Thời gian còn lại" }).waitFor();
  await page.evaluate(() => document.getElementById("map-1").setAttribute("view", "table"));
  await page.locator("#map-1 .aw-map-table").waitFor();
  const theme = await page.locator("#countdown-2 .aw").evaluate((e) => getComputedStyle(e).backgroundColor);
  const light = await page.locator("#countdown-1 .aw").evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(theme, light, "theme=\"dark\" changes the palette of that instance only");

  // Moved and re-added elements keep working.
  await page.evaluate(() => { const q = document.getElementById("quiz-2"); document.body.prepend(q); });
  await page.evaluate(() => { const m = document.getElementById("map-2"); m.remove(); document.body.append(m); });
  await sleep(100);
  await page.evaluate(() => document.getElementById("map-2").setAttribute("view", "map"));
  await page.locator("#map-2 .aw-map-canvas").waitFor();
  assert.equal(await page.evaluate(() => document.getElementById("map-2").shadowRoot.querySelectorAll(".aw").length), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("loading the scripts twice (and all.js besides) is harmless", async () => {
  const { page, context, log } = await open(browser, `${HOST}/double-load.html`);
  for (const tag of WIDGETS) await rendered(page, tag);
  await sleep(500); // let every copy of the module finish starting
  for (const tag of WIDGETS) {
    assert.equal(await page.evaluate((t) => document.querySelector(t).shadowRoot.querySelectorAll(".aw").length, tag), 1);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("host CSS does not reach inside and widget CSS does not leak out", async () => {
  const { page, context, log } = await open(browser, `${HOST}/hostile-css.html`);
  for (const tag of WIDGETS) await rendered(page, tag);
  const inside = await page.locator("event-countdown .aw").evaluate((e) => {
    const s = getComputedStyle(e);
    const h2 = getComputedStyle(e.querySelector("h2"));
    return { font: s.fontSize, color: s.color, spacing: s.letterSpacing, display: s.display, h2: h2.display, transform: h2.textTransform, family: s.fontFamily };
  });
  assert.equal(inside.font, "16px");
  assert.notEqual(inside.color, "rgb(255, 0, 255)");
  assert.equal(inside.spacing, "normal");
  assert.equal(inside.display, "block");
  assert.equal(inside.h2, "block");
  assert.equal(inside.transform, "none");
  assert.doesNotMatch(inside.family, /Comic/);
  const hostDisplay = await page.evaluate(() => getComputedStyle(document.querySelector("scam-quiz")).display);
  assert.equal(hostDisplay, "block", "display stays block despite `div, p { display: inline !important }`");
  const lookalike = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById("lookalike"));
    return { padding: s.paddingTop, radius: s.borderTopLeftRadius };
  });
  assert.deepEqual(lookalike, { padding: "0px", radius: "0px" }, "our .aw rules stay in the shadow root");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("bad attribute values and failed data loads: a short message, a console warning, the rest works", async () => {
  const { page, context, log } = await open(browser, `${HOST}/bad-input.html`);
  for (const id of ["bad-theme", "bad-count", "missing-src", "unreachable-src", "html-src", "good"]) await rendered(page, `#${id}`);
  const notice = (id) => page.locator(`#${id} .aw-notice`).first();
  assert.match(await notice("bad-theme").innerText(), /theme="blue"/);
  assert.match(await notice("bad-count").innerText(), /questions="lots".*không hợp lệ/, "the notice is in the widget's language");
  await page.locator("#missing-src .aw-notice", { hasText: "no-such-bank.json" }).waitFor();
  await page.locator("#unreachable-src .aw-notice", { hasText: "Could not load" }).waitFor();
  assert.match(await page.locator("#unreachable-src .aw-notice").first().innerText(), /view="globe"/);
  await page.locator("#html-src .aw-notice", { hasText: "not valid" }).waitFor();
  assert.equal(await page.locator("#good .aw-notice").count(), 0);
  await sleep(1100);
  assert.match(await page.locator("#good .aw-cd-timer").innerText(), /days/, "the good widget still ticks");
  const warned = log.warnings.join("\n");
  assert.match(warned, /\[event-countdown\] theme="blue" ignored/);
  assert.match(warned, /\[event-countdown\] unknown attribute "colour"/);
  assert.match(warned, /\[scam-quiz\] src "\/no-such-bank.json": unreachable: HTTP 404/);
  assert.match(warned, /\[signatory-map\] src "index.html": not JSON/);
  // The notices live in a polite status region, so screen readers hear them.
  assert.equal(await page.locator("#bad-theme .aw-notices").getAttribute("role"), "status");
  await context.close();
});

test("privacy: requests only to the widgets' origin and the page's own src; no cookies; only the quiz's progress is stored", async () => {
  const { page, context } = await open(browser, `${HOST}/script-embed.html`);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.reload();
  for (const id of ["#countdown", "#quiz", "#map"]) await rendered(page, id);
  await page.locator("#map .aw-map-svg path").first().waitFor();
  await page.locator("#quiz .aw-quiz-start").click();
  await page.locator("#quiz .aw-q-choice input").first().check();
  await page.locator("#quiz .aw-q-check").click();
  await page.locator("#map .aw-map-canvas").focus();
  await page.keyboard.press("Enter");
  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [HOST, SITE].sort(), `requests went to ${[...origins].join(", ")}`);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), "");
  const stored = await page.evaluate(() => Object.keys(localStorage));
  assert.equal(stored.length, 1);
  assert.match(stored[0], /^awareness-widgets:scam-quiz:/);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await context.close();
});

test("a page with AMD loaders, a global wasm_bindgen and patched built-ins does not break the widgets", async () => {
  const { page, context, log } = await open(browser, `${HOST}/hostile-globals.html`);
  for (const tag of WIDGETS) await rendered(page, tag);
  assert.match(await widgetText(page, "event-countdown"), /Time left/);
  await page.locator("signatory-map .aw-map-svg path[data-iso]").first().waitFor();
  await page.locator("scam-quiz .aw-quiz-start").click();
  await page.locator("scam-quiz .aw-q-choice input").first().check();
  await page.locator("scam-quiz .aw-q-check").click();
  await page.locator("scam-quiz .aw-q-verdict").waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("twenty widgets on a page, one broken by the page: the other nineteen work", async () => {
  const { page, context, log } = await open(browser, `${HOST}/many.html`);
  for (let i = 0; i < 19; i++) await rendered(page, `#w${i}`);
  await page.locator("#w2 .aw-map-svg path").first().waitFor();
  assert.ok(log.errors.some((e) => /\[event-countdown\] could not start/.test(e)), JSON.stringify(log.errors));
  await page.locator("#w1 .aw-quiz-start").click();
  await page.locator("#w1 .aw-q-choice input").first().check();
  await page.locator("#w1 .aw-q-check").click();
  await page.locator("#w1 .aw-q-verdict").waitFor();
  const timers = await page.locator("#many event-countdown .aw-cd-timer").count();
  assert.equal(timers, 7);
  await context.close();
});

test("hostile host pages: a global reset, Bootstrap, right to left, quirks mode (for a reader in dark mode)", async () => {
  const { createRequire } = await import("node:module");
  const bootstrap = createRequire(new URL("../../tools/package.json", import.meta.url)).resolve("bootstrap/dist/css/bootstrap.min.css");
  for (const host of ["reset.html", "bootstrap.html", "rtl.html", "quirks.html"]) {
    const { page, context, log } = await open(browser, `${HOST}/${host}`, { viewport: { width: 360, height: 800 }, colorScheme: "dark" }, (page) =>
      page.route("**/vendor/bootstrap.min.css", (route) => route.fulfill({ path: bootstrap, contentType: "text/css" })));
    for (const tag of WIDGETS) await rendered(page, tag);
    await page.locator("signatory-map .aw-map-svg path").first().waitFor();
    const measures = await page.evaluate(() => [...document.querySelectorAll("event-countdown, scam-quiz, signatory-map")].map((el) => {
      const root = el.shadowRoot.querySelector(".aw");
      const box = root.getBoundingClientRect();
      const start = el.shadowRoot.querySelector("button");
      return {
        tag: el.localName, font: getComputedStyle(root).fontSize, width: box.width,
        overflow: root.scrollWidth - root.clientWidth, button: start ? start.getBoundingClientRect().height : 44,
        dir: root.getAttribute("dir"),
        // The red channel of the background: dark mode must survive the host's CSS.
        background: Number(getComputedStyle(root).backgroundColor.match(/\d+/)?.[0] ?? 255),
      };
    }));
    for (const m of measures) {
      // The root's size reaches in only between 16px and 24px: reset.html's hostile 40px is capped.
      assert.equal(m.font, host === "reset.html" ? "24px" : "16px", `${host} ${m.tag}: host font sizes are bounded`);
      assert.ok(m.width > 250 && m.width <= 360, `${host} ${m.tag}: ${m.width}px wide`);
      assert.ok(m.overflow <= 1, `${host} ${m.tag}: nothing overflows (${m.overflow}px)`);
      assert.ok(m.button >= 40, `${host} ${m.tag}: buttons stay visible and tappable`);
      assert.equal(m.dir, host === "rtl.html" ? "rtl" : "ltr", `${host} ${m.tag}: direction follows the language`);
      assert.ok(m.background < 64, `${host} ${m.tag}: the reader's dark mode holds (background red ${m.background})`);
    }
    await page.screenshot({ path: `${process.env.SCREENSHOTS || "/tmp"}/host-${host.replace(".html", "")}.png`, fullPage: true });
    assert.deepEqual(log.errors, [], host);
    await context.close();
  }
});
