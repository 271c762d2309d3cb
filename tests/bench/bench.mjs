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
await browser.close();
