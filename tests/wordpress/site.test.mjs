// A real WordPress (Debian's, set up by xtask/src/wordpress.rs) embeds the widgets: share links
// pasted alone on a line (oEmbed discovery, the sandboxed frame wp-embed.js shows and sizes), and
// the plugin's shortcodes and pasted embed URLs, hostile attributes included.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, open, sleep } from "../e2e/lib.mjs";

const WIDGETS = process.env.WIDGETS_ORIGIN;
const POSTS = JSON.parse(readFileSync(process.env.WORDPRESS_POSTS, "utf8"));
const DEBUG_LOG = process.env.WORDPRESS_DEBUG_LOG;

/** Opens `url`, also recording failed responses (`log.failed`). */
async function openPost(url) {
  const failed = [];
  const opened = await open(browser, url, {}, async (page) => page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
  opened.log.failed = failed;
  return opened;
}

/**
 * Console errors, without 404s that are expected: WordPress's own missing favicon.ico, and
 * `allowed` (a hostile `src` the widget tried as a relative URL).
 */
function errors(log, allowed = /^$/) {
  const expected = log.failed.every((f) => f.endsWith("/favicon.ico") || allowed.test(f));
  return log.errors.filter((e) => !(expected && /^Failed to load resource: .* 404/.test(e)));
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The widget frame's content height, and the iframe's own height and visibility. */
async function frameState(page, selector) {
  const frame = await (await page.$(selector)).contentFrame();
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const box = await page.$eval(selector, (f) => ({ height: f.getBoundingClientRect().height, clipped: getComputedStyle(f).clip !== "auto" }));
  return { frame, content, ...box };
}

/** Waits until the frame is visible and as tall as its content (WordPress: 200 to 1000 px). */
async function waitFitted(page, selector, [min, max] = [200, 1000]) {
  let state;
  for (let i = 0; i < 60; i++) {
    state = await frameState(page, selector);
    const want = Math.min(max, Math.max(min, state.content));
    if (!state.clipped && Math.abs(state.height - want) <= 1) return state;
    await sleep(250);
  }
  assert.fail(`${selector} is not fitted to its content: ${JSON.stringify({ ...state, frame: undefined })}`);
}

for (const [slug, widget, text] of [
  ["share-quiz-vi", "scam-quiz", /Trắc nghiệm/],
  ["share-countdown", "event-countdown", /vigueur/],
  ["share-map-table", "signatory-map", /Signatory map|signed/i],
]) {
  test(`a pasted share link embeds the live widget (${slug})`, async () => {
    const { page, context, log } = await openPost(POSTS[slug]);
    const selector = "iframe.wp-embedded-content";
    await page.waitForSelector(selector, { state: "attached" });
    assert.equal(await page.$eval(selector, (f) => f.getAttribute("sandbox")), "allow-scripts");
    assert.ok((await page.$eval(selector, (f) => f.src)).startsWith(`${WIDGETS}/embed/${widget}.html?`));
    const state = await waitFitted(page, selector);
    await state.frame.locator(`${widget} .aw`).waitFor();
    assert.match(await state.frame.locator(`${widget} .aw`).innerText(), text);
    // The fallback blockquote is hidden once the frame speaks.
    assert.equal(await page.$eval("blockquote.wp-embedded-content", (b) => getComputedStyle(b).display), "none");
    assert.deepEqual(errors(log), [], log.failed.join("\n"));
    await context.close();
  });
}

test("in the sandbox, the countdown's calendar links give way to its own page, which WordPress opens", async () => {
  const { page, context, log } = await openPost(POSTS["share-deadline"]);
  const state = await waitFitted(page, "iframe.wp-embedded-content");
  const link = state.frame.locator("event-countdown .aw-open-page");
  await link.waitFor();
  assert.equal(await state.frame.locator("event-countdown .aw-cd-ics").count(), 0);
  assert.match(await state.frame.locator("event-countdown .aw-sandbox-note").innerText(), /télécharger/);
  // wp-embed.js follows the frame's "link" message to a page on the frame's own host.
  await Promise.all([page.waitForURL(`${WIDGETS}/embed/event-countdown.html?lang=fr&event=signature-deadline`), link.click()]);
  // There, outside the sandbox, the calendar links work.
  await page.locator("event-countdown .aw-cd-ics").waitFor();
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("the sandboxed quiz's height follows its content", async () => {
  const { page, context, log } = await openPost(POSTS["share-quiz-vi"]);
  const selector = "iframe.wp-embedded-content";
  const first = await waitFitted(page, selector);
  await first.frame.locator("scam-quiz .aw-quiz-start").click();
  await first.frame.locator("scam-quiz .aw-q-choice").first().waitFor();
  let next;
  for (let i = 0; i < 40; i++) {
    next = await waitFitted(page, selector);
    if (next.content !== first.content) break;
    await sleep(250);
  }
  assert.notEqual(next.content, first.content, "the question screen has another height");
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("the plugin: shortcodes and a pasted embed URL render the widget with their settings", async () => {
  for (const slug of ["shortcode-quiz", "pasted-embed-url"]) {
    const { page, context, log } = await openPost(POSTS[slug]);
    const selector = "iframe.awareness-widgets-frame";
    await page.waitForSelector(selector, { state: "attached" });
    const src = await page.$eval(selector, (f) => f.src);
    assert.match(src, /^http:\/\/localhost:8080\/embed\/scam-quiz\.html\?lang=vi&questions=5/, `${slug}: ${src}`);
    const frame = await (await page.$(selector)).contentFrame();
    await frame.locator("scam-quiz .aw-quiz-start").waitFor();
    assert.match(await frame.locator("scam-quiz .aw").innerText(), /Trắc nghiệm[\s\S]*\b5\b/);
    // The resizer fits the frame (no WordPress cap here).
    await page.waitForFunction((s) => document.querySelector(s).style.height !== "", selector);
    const state = await frameState(page, selector);
    assert.ok(Math.abs(state.height - state.content) <= 1, `${slug}: ${state.height} vs ${state.content}`);
    assert.deepEqual(errors(log), [], slug);
    await context.close();
  }
  const { page, context } = await open(browser, POSTS["shortcode-countdown"]);
  const frame = await (await page.waitForSelector("iframe.awareness-widgets-frame")).contentFrame();
  await frame.locator("event-countdown .aw").waitFor();
  assert.match(await frame.locator("event-countdown .aw").innerText(), /hiệu lực/i);
  // Not sandboxed: no note about blocked downloads.
  assert.equal(await frame.locator("event-countdown .aw-sandbox-note").count(), 0);
  await context.close();
});

test("hostile shortcode attributes are inert: quoted into the iframe's query, never markup or script", async () => {
  const { page, context, log } = await openPost(POSTS["hostile-shortcode"]);
  const html = await (await page.request.get(POSTS["hostile-shortcode"])).text();
  const iframes = html.match(/<iframe[^>]*awareness-widgets-frame[^>]*>/g) ?? [];
  assert.equal(iframes.length, 2, html.slice(0, 2000));
  for (const iframe of iframes) {
    const names = [...iframe.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]).sort();
    assert.deepEqual(names, ["class", "frameborder", "height", "loading", "src", "title", "width"], iframe);
  }
  assert.match(iframes[0], /\?lang=%22onmouseover%3Dwindow\.__xss%3D1%20x%3D&#038;src=javascript%3Awindow\.__xss%3D2&#038;topics=a%26b%20c"/);
  assert.ok(!html.includes("<script>window.__xss"), "no script reaches the page");
  assert.ok(!/onload|onmouseover="/.test(iframes.join("")));
  const frame = await (await page.waitForSelector("iframe.awareness-widgets-frame")).contentFrame();
  await frame.locator("scam-quiz .aw").waitFor();
  // The widget refuses the javascript: src and says so; nothing ran anywhere.
  await frame.locator("scam-quiz .aw-notice").first().waitFor();
  await page.mouse.move(100, 100);
  await sleep(500);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  for (const f of page.frames()) assert.equal(await f.evaluate(() => window.__xss), undefined);
  // WordPress turned the second src's quotes into `&#8221;`: the widget fetched `&` (the rest is
  // a fragment) as a relative path, found nothing, and said so.
  assert.deepEqual(errors(log, /^404 http:\/\/localhost:8080\/embed\/&$/), [], log.failed.join("\n"));
  await context.close();
});

test("the plugin's map table in Arabic, right to left", async () => {
  const { page, context, log } = await openPost(POSTS["map-table"]);
  const frame = await (await page.waitForSelector("iframe.awareness-widgets-frame")).contentFrame();
  await frame.locator("signatory-map .aw-map-table").waitFor();
  assert.equal(await frame.locator("signatory-map .aw").getAttribute("dir"), "rtl");
  assert.deepEqual(errors(log), []);
  await context.close();
});

test("the plugin caused no PHP warning or notice", () => {
  let text = "";
  try { text = readFileSync(DEBUG_LOG, "utf8"); } catch { /* no log: nothing was logged */ }
  const ours = text.split("\n").filter((l) => l.includes("hanoi-convention-widgets"));
  assert.deepEqual(ours, []);
});
