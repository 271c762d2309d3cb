// Takes screenshots of a page for a person to look at: `node screenshot.mjs URL OUT.png [width]
// [dark|light] [timezone]`. Used while developing; the tests assert, this shows.
import { createRequire } from "node:module";
const require = createRequire(new URL("../../../tools/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [url, out, width = "390", scheme = "light", timezoneId] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme, timezoneId });
page.on("console", (m) => console.log(`[console.${m.type()}] ${m.text()}`));
page.on("pageerror", (e) => console.log(`[pageerror] ${e}`));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
