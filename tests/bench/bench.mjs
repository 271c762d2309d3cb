// `cargo xtask bench`: first content and page weight on a phone, side by side in one run.
//
// Every page is a host page on one origin embedding its widget from the widgets' origin (ours by
// the contract's script tag; the npm peers and the floor script, served from that same origin
// by xtask). Each run gets a fresh browser context (cold cache) on Lighthouse's mobile profile,
// set through the DevTools protocol: latency 150 ms, 180,000 B/s down, 84,375 B/s up, CPU slowed
// 4×. First content is the time from navigation start to the frame that first shows the page's
// real content (its ready selector, in the document or any shadow root). Bytes are the
// compressed bodies of everything the page fetched, the host page itself aside. Then, in the same
// context, a second view: what a reader opening another article with the same widget fetches.
// Last, the old desktop metric: unthrottled, from the widget script's request to first content.
//
// Prints one JSON line per page; xtask/src/bench.rs makes the table.
import { createRequire } from "node:module";
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const HOST = process.env.HOST_ORIGIN;
const SITE = process.env.SITE_ORIGIN;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS || 5));
const MOBILE = {
  network: { offline: false, latency: 150, downloadThroughput: 180000, uploadThroughput: 84375 },
  cpu: 4,
};

/** Each page and the selector that says its real content is there. */
const PAGES = [
  { page: "floor", path: "bench/floor.html", ready: "#floor:not(:empty)" },
  { page: "peer-countdown", path: "bench/peer-countdown.html", ready: ".simply-countdown .simply-amount" },
  { page: "event-countdown", path: "bench/event-countdown.html", ready: ".aw-cd-timer .aw-cd-num", widget: true },
  { page: "scam-quiz", path: "bench/scam-quiz.html", ready: ".aw-quiz-start", widget: true },
  { page: "peer-map", path: "bench/peer-map.html", ready: "#map path" },
  { page: "signatory-map", path: "bench/signatory-map.html", ready: ".aw-map-svg path[data-iso]", widget: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

/** Records, in the page, when `selector` first matches (document or shadow roots), at the next frame. */
function watchReady(selector) {
  const roots = [document];
  const attach = Element.prototype.attachShadow;
  const check = () => {
    if (window.__ready !== undefined || window.__matched) return;
    if (roots.some((r) => r.querySelector(selector))) {
      window.__matched = performance.now();
      requestAnimationFrame(() => (window.__ready = performance.now()));
    }
  };
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push(root);
    new MutationObserver(check).observe(root, { subtree: true, childList: true, characterData: true });
    return root;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Opens `url` in `context` with `profile` (or none); returns first content and what was fetched. */
async function load(context, url, selector, profile) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (profile) {
    await cdp.send("Network.emulateNetworkConditions", profile.network);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  }
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", (e) => requests.set(e.requestId, { url: e.request.url, type: e.type }));
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { status: e.response.status, headerBytes: e.response.encodedDataLength, cached: e.response.fromDiskCache || e.response.fromMemoryCache });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.total = e.encodedDataLength;
  });
  cdp.on("Network.requestServedFromCache", (e) => {
    const r = requests.get(e.requestId);
    if (r) r.cached = true;
  });
  await page.addInitScript(watchReady, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000, polling: 50 });
  const timing = await page.evaluate(() => {
    const script = performance.getEntriesByType("resource").find((e) => /\/widgets\/[a-z-]+\.js$/.test(e.name));
    return { ready: window.__ready, scriptStart: script ? script.startTime : NaN };
  });
  // Let late requests (a second script, data) finish before counting.
  await page.waitForLoadState("networkidle").catch(() => {});
  const fetched = [...requests.values()].filter((r) => r.url !== url && r.total !== undefined);
  const network = fetched.filter((r) => !r.cached);
  await page.close();
  return {
    ready: timing.ready,
    sinceScript: timing.ready - timing.scriptStart,
    bodyBytes: network.reduce((n, r) => n + Math.max(0, r.total - (r.headerBytes || 0)), 0),
    wireBytes: network.reduce((n, r) => n + r.total, 0),
    requests: network.map((r) => `${r.status} ${new URL(r.url).pathname}`),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Pages take turns, run by run, so that a machine that slows down or speeds up during the bench
// moves every page alike: the floor's median then stays comparable to the widgets'.
const results = PAGES.map(() => ({ first: [], second: [], desktop: [], bytes: 0, requests: [] }));
for (let run = 0; run < RUNS; run++) {
  for (const [i, { path, ready, widget }] of PAGES.entries()) {
    const url = `${HOST}/${path}`;
    const r = results[i];
    const context = await browser.newContext();
    const view = await load(context, url, ready, MOBILE);
    r.first.push(view.ready);
    r.bytes = view.bodyBytes;
    r.requests = view.requests;
    // A second article with the same widget, same reader: the page differs, the widget files not.
    r.second.push(await load(context, `${url}?second-article`, ready, MOBILE));
    await context.close();
    if (widget) {
      const fresh = await browser.newContext();
      r.desktop.push((await load(fresh, url, ready, null)).sinceScript);
      await fresh.close();
    }
  }
}
for (const [i, { page, widget }] of PAGES.entries()) {
  const { first, second, desktop, bytes, requests } = results[i];
  const repeat = second.at(-1);
  console.log(JSON.stringify({
    page,
    median_ms: median(first),
    runs_ms: first.map(Math.round),
    gzip_bytes: bytes,
    requests,
    second_view: { median_ms: median(second.map((s) => s.ready)), wire_bytes: repeat.wireBytes, requests: repeat.requests },
    desktop_ms: widget ? median(desktop) : null,
  }));
}
await browser.close();
