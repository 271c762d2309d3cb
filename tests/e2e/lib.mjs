// Shared helpers for the end-to-end tests: a headless Chromium, pages that record what went
// wrong (page errors, console messages, CSP violations), and the two origins xtask serves.
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

/** dist/: widgets, iframe pages, data. */
export const SITE = process.env.SITE_ORIGIN;
/** www/hosts/: sample host pages, on another origin. */
export const HOST = process.env.HOST_ORIGIN;
if (!SITE || !HOST) throw new Error("run through `cargo xtask test`, which serves the pages and sets SITE_ORIGIN and HOST_ORIGIN");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    // The machine has no internet: stop Chromium's own background requests.
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Opens `url` in a fresh context and records problems:
 * `errors` (uncaught exceptions and console errors), `warnings` (console warnings),
 * `violations` (CSP violation reports). `before(page)` runs before navigation (init scripts,
 * a fake clock).
 */
export async function open(browser, url, contextOptions = {}, before = async () => {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], infos: [] };
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(m.text());
    else if (m.type() === "warning") log.warnings.push(m.text());
    else log.infos.push(m.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push(e.data));
  });
  await before(page);
  await page.goto(url);
  return { page, context, log };
}

/** Waits until the widget `selector` has rendered its shadow content. */
export async function rendered(page, selector) {
  await page.locator(`${selector} .aw`).first().waitFor();
  // Data the widget downloads (the quiz's questions, the map's geometry) shows as a busy
  // placeholder until it is there.
  await page.locator(`${selector} .aw [aria-busy="true"]`).first().waitFor({ state: "detached" });
}

/** The visible text inside the widget's shadow root. */
export async function widgetText(page, selector) {
  return page.locator(`${selector} .aw`).first().innerText();
}

/** An init script that records every `name` event's detail in `window.__events`. */
export function recordEvents(names) {
  return (page) => page.addInitScript((names) => {
    window.__events = [];
    for (const name of names) {
      document.addEventListener(name, (e) => window.__events.push({ name, detail: JSON.parse(JSON.stringify(e.detail)) }));
    }
  }, names);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The size in bytes of the wasm memory of the widget bundle `bundle` (`all`, `scam-quiz`, …)
 * running in `page`. Importing the entry again gives the page's own module, whose `started`
 * promise holds the running instance's exports.
 */
export async function wasmMemoryBytes(page, bundle) {
  return page.evaluate(async (url) => (await (await import(url)).started).memory.buffer.byteLength, `${SITE}/widgets/${bundle}.js`);
}

/** The widget `bundle`'s modules as served: its entry, and the content-hashed module it names. */
export async function bundleScripts(request, bundle) {
  const entry = await (await request.get(`${SITE}/widgets/${bundle}.js`)).text();
  const glue = entry.match(/assets\/[\w-]+\.[0-9a-f]{8}\.js|[\w-]+\.[0-9a-f]{8}\.js/);
  assert.ok(glue, `${bundle}.js names its module: ${entry}`);
  const name = glue[0].replace(/^assets\//, "");
  return { entry, glue: await (await request.get(`${SITE}/assets/${name}`)).text() };
}
