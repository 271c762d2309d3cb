// `cargo xtask bench`: time from the widget's script starting to its first real content, per
// widget, in headless Chromium on this machine. Fresh context per run (cold cache, new wasm
// compile). Prints JSON lines that xtask turns into the table.
import { createRequire } from "node:module";
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const HOST = process.env.HOST_ORIGIN;
const RUNS = Number(process.env.BENCH_RUNS || 7);
/** What counts as "first content": the widget's real output, not its frame. */
const READY = {
  "event-countdown": ".aw-cd-timer, .aw-cd-progress, .aw-cd-ended",
  // The quiz is interactive when its Start button is there.
  "scam-quiz": ".aw-quiz-start",
  // The map is interactive once its geometry is drawn.
  "signatory-map": ".aw-map-svg path[data-iso]",
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [widget, selector] of Object.entries(READY)) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      // Watch every shadow root from its creation; record when the ready selector first matches.
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        const check = () => {
          if (window.__ready === undefined && root.querySelector(selector)) window.__ready = performance.now();
        };
        new MutationObserver(check).observe(root, { subtree: true, childList: true, characterData: true });
        return root;
      };
    }, selector);
    await page.goto(`${HOST}/bench.html?widget=${widget}`);
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 20000 });
    const result = await page.evaluate((widget) => {
      const script = performance.getEntriesByType("resource").find((e) => e.name.includes(`/widgets/${widget}.js`));
      return { ready: window.__ready, scriptStart: script ? script.startTime : NaN };
    }, widget);
    times.push(result.ready - result.scriptStart);
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ widget, median_ms: times[Math.floor(times.length / 2)], min_ms: times[0], max_ms: times.at(-1), runs: RUNS }));
}
// The comparison the map issue asks for: the same data drawn with d3-geo + topojson-client +
// world-atlas 50m, the usual way news sites do it, measured the same way in the same run.
{
  const { readFileSync } = await import("node:fs");
  const { gzipSync } = await import("node:zlib");
  const root = new URL("../../", import.meta.url);
  const files = {
    "d3-array.min.js": "tools/node_modules/d3-array/dist/d3-array.min.js",
    "d3-geo.min.js": "tools/node_modules/d3-geo/dist/d3-geo.min.js",
    "topojson-client.min.js": "tools/node_modules/topojson-client/dist/topojson-client.min.js",
    "countries-50m.json": "tools/node_modules/world-atlas/countries-50m.json",
    "signatories.json": "data/signatories.json",
  };
  const bytes = Object.fromEntries(Object.entries(files).map(([name, path]) => [name, readFileSync(new URL(path, root))]));
  const gzip = Object.values(bytes).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const page = `<!DOCTYPE html><meta charset=utf-8><body><svg id=map viewBox="0 0 1000 500"></svg>
<script>window.__start = performance.now();</script>
<script src="d3-array.min.js"></script><script src="d3-geo.min.js"></script><script src="topojson-client.min.js"></script>
<script>
Promise.all([fetch("countries-50m.json").then(r => r.json()), fetch("signatories.json").then(r => r.json())]).then(([topo, data]) => {
  const status = new Map(data.participants.map(p => [p.iso2, p.ratification ? "#9a4a00" : "#4f8fd6"]));
  const path = d3.geoPath(d3.geoEqualEarth().fitSize([1000, 500], { type: "Sphere" }));
  const svg = document.getElementById("map");
  for (const f of topojson.feature(topo, topo.objects.countries).features) {
    const el = document.createElementNS("http://www.w3.org/2000/svg", "path");
    el.setAttribute("d", path(f) || "");
    el.setAttribute("fill", status.get(f.id) || "#e3e6ea"); // ids are numeric: no ISO2 without a table
    svg.appendChild(el);
  }
  window.__ready = performance.now() - window.__start;
});
</script>`;
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.route(`${HOST}/d3/**`, (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      if (name === "index.html") return route.fulfill({ body: page, contentType: "text/html" });
      return route.fulfill({ body: bytes[name], contentType: name.endsWith(".json") ? "application/json" : "text/javascript" });
    });
    await tab.goto(`${HOST}/d3/index.html`);
    await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 20000 });
    times.push(await tab.evaluate(() => window.__ready));
    await context.close();
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ widget: "d3 + world-atlas 50m", median_ms: times[Math.floor(times.length / 2)], gzip, runs: RUNS }));
}
await browser.close();
