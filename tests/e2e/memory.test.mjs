// Long runs (issue 7): a countdown left running for two days, and a thousand widgets added and
// removed, keep correct time and do not grow memory. JS heap is measured after a full GC (CDP);
// wasm memory through the bundle's own exports (it only ever grows, so any leak shows).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, wasmMemoryBytes, sleep, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MB = 1024 * 1024;
const HOUR = 3_600_000;

/**
 * JS heap in use after full garbage collections. Between them the page gets a moment to run
 * finalizers (wasm-bindgen frees a Rust closure when its JS function is collected, which can
 * release more).
 */
async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) {
    await cdp.send("HeapProfiler.collectGarbage");
    await sleep(100);
  }
  return (await cdp.send("Runtime.getHeapUsage")).usedSize;
}

/** How many event listeners sit on `document` and `window` (where a widget would leave them). */
async function pageListeners(cdp) {
  let total = 0;
  for (const expression of ["document", "window"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    total += (await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId })).listeners.length;
    await cdp.send("Runtime.releaseObject", { objectId: result.objectId });
  }
  return total;
}

test("a countdown left running for 48 simulated hours keeps correct time and does not grow memory", async (t) => {
  const deadline = Date.parse("2027-01-01T04:59:59Z"); // signature-deadline: 31 Dec 2026, 23:59:59 New York
  const start = Date.parse("2026-11-24T12:00:00Z");
  const { page, context, log } = await open(browser, `${SITE}/embed/event-countdown.html?lang=en`, { timezoneId: "UTC", locale: "en-US" },
    (page) => page.clock.install({ time: start - 2000 }));
  await page.clock.pauseAt(start);
  await page.locator("event-countdown .aw-cd-timer").waitFor();
  const cdp = await context.newCDPSession(page);
  const timer = () => page.locator("event-countdown .aw-cd-timer").innerText().then((t) => t.replace(/\s+/g, " "));

  // Warm up for an hour (every tick renders; the first minutes allocate what the run needs).
  await page.clock.runFor(HOUR);
  const heapBefore = await heapAfterGc(cdp);
  const wasmBefore = await wasmMemoryBytes(page, "event-countdown");
  const listenersBefore = await pageListeners(cdp);
  for (let hour = 1; hour < 48; hour++) await page.clock.runFor(HOUR);

  // 48 h after the start, the display shows the time left then (rounded up to whole seconds,
  // so within the second after a boundary it still shows the boundary's value).
  assert.equal(await page.evaluate(() => Date.now()), start + 48 * HOUR);
  await page.clock.runFor(500);
  const left = (deadline - (start + 48 * HOUR)) / 1000;
  const expected = `${Math.floor(left / 86400)} days ${Math.floor((left % 86400) / 3600)} hours ${Math.floor((left % 3600) / 60)} minutes ${left % 60} seconds`;
  assert.equal(expected, "35 days 16 hours 59 minutes 59 seconds");
  assert.equal(await timer(), expected);

  const heapAfter = await heapAfterGc(cdp);
  const wasmAfter = await wasmMemoryBytes(page, "event-countdown");
  // 47 hours are 169,200 renders: a leak of a single 16-byte object per tick would be 2.6 MB of
  // JS heap or of wasm memory (which grows in 64 KiB pages and never shrinks). Half a megabyte
  // of heap covers GC noise; wasm may take two pages while the Intl cache meets the hour and day
  // values it has not seen in the warm-up (it is bounded: 256 entries).
  t.diagnostic(`JS heap ${heapBefore} → ${heapAfter} bytes, wasm memory ${wasmBefore} → ${wasmAfter} bytes`);
  assert.ok(heapAfter - heapBefore < 0.5 * MB, `JS heap grew by ${((heapAfter - heapBefore) / 1024).toFixed(0)} KB`);
  assert.ok(wasmAfter - wasmBefore <= 128 * 1024, `wasm memory grew from ${wasmBefore} to ${wasmAfter} bytes`);
  assert.equal(await pageListeners(cdp), listenersBefore, "no listeners piled up");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("adding and removing 1,000 widgets leaks no app, listener or memory", async (t) => {
  const { page, context, log } = await open(browser, `${HOST}/churn.html`);
  const cdp = await context.newCDPSession(page);
  await page.waitForFunction(() => customElements.get("signatory-map"));

  /** Adds `count` widgets (the three in turn), waits until all have rendered, removes them. */
  const round = (count) => page.evaluate(async (count) => {
    const tags = ["event-countdown", "scam-quiz", "signatory-map"];
    const place = document.getElementById("place");
    const batch = [];
    for (let i = 0; i < count; i++) {
      const el = document.createElement(tags[i % 3]);
      el.setAttribute("lang", i % 2 ? "vi" : "en");
      place.append(el);
      batch.push(el);
    }
    // Rendered: every shadow root has its content, and every map has drawn its shapes.
    const ready = () => batch.every((el) => el.shadowRoot?.querySelector(".aw") &&
      (el.localName !== "signatory-map" || el.shadowRoot.querySelector(".aw-map-svg path")));
    const started = performance.now();
    while (!ready()) {
      if (performance.now() - started > 30_000) throw new Error("widgets did not render");
      await new Promise((r) => setTimeout(r, 20));
    }
    window.__refs ??= [];
    for (const el of batch) {
      window.__refs.push([el.localName, new WeakRef(el)]);
      el.remove();
    }
    // Teardown runs in a microtask after disconnect.
    await new Promise((r) => setTimeout(r, 0));
  }, count);

  // Warm-up: the same batches as the measured run, so pools and caches reach their size.
  for (let i = 0; i < 2; i++) await round(48);
  await page.evaluate(() => { window.__refs = []; });
  const heapBefore = await heapAfterGc(cdp);
  const wasmBefore = await wasmMemoryBytes(page, "all");
  const listenersBefore = await pageListeners(cdp);

  let added = 0;
  while (added < 1000) {
    const count = Math.min(48, 1000 - added);
    await round(count);
    added += count;
  }
  assert.equal(await page.evaluate(() => window.__refs.length), 1000);
  const heapAfter = await heapAfterGc(cdp);
  const wasmAfter = await wasmMemoryBytes(page, "all");
  // A Yew app that is not destroyed keeps its host element alive (wasm-bindgen holds it): every
  // removed element must be collectable.
  await heapAfterGc(cdp);
  const alive = await page.evaluate(() => {
    const count = {};
    for (const [tag, ref] of window.__refs) count[tag] = (count[tag] ?? 0) + (ref.deref() ? 1 : 0);
    return count;
  });
  assert.equal(alive["event-countdown"], 0, "every removed countdown is collected");
  assert.equal(alive["scam-quiz"], 0, "every removed quiz is collected");
  // Chromium's matched-properties style cache keeps the most recent styles that use an SVG
  // pattern (the map's status fills), and with them a few recent shadow roots: a bounded cache,
  // not a leak (a leak would keep all 333).
  assert.ok(alive["signatory-map"] <= 64, `${alive["signatory-map"]} of 333 removed maps are still referenced`);
  assert.equal(await pageListeners(cdp), listenersBefore, "no listeners left on document or window");
  t.diagnostic(`JS heap ${heapBefore} → ${heapAfter} bytes, wasm memory ${wasmBefore} → ${wasmAfter} bytes, still referenced ${JSON.stringify(alive)}`);
  // What does remain, by Yew 0.23's design: each app that had event handlers (quiz, map) leaves
  // its empty root div and one closure per event type (Yew "forgets" its delegation listeners;
  // see crates/embed), about 1 KB of JS heap and 1 KB of wasm memory each (measured ~0.7 MB and
  // ~0.6 MB for these 667). A leaked widget would be far more: its DOM and shadow root (tens of
  // KB, a map's hundreds of paths more) and its component state. So: at most 2 KB per widget.
  assert.ok(heapAfter - heapBefore < 2 * MB, `JS heap grew by ${((heapAfter - heapBefore) / 1024).toFixed(0)} KB`);
  assert.ok(wasmAfter - wasmBefore < 2 * MB, `wasm memory grew from ${(wasmBefore / MB).toFixed(1)} to ${(wasmAfter / MB).toFixed(1)} MB`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
