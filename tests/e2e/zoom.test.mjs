// Zoom and text size: every widget, in its main states, at 200% zoom and with a host page whose
// root font size is 24px. Nothing is clipped (no text overflowing a box that hides overflow, or
// spilling out of its box), nothing scrolls sideways inside a widget, every control can be seen,
// hit and focused. Screenshots of each state go to $SCREENSHOTS (or /tmp) for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, rendered, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WIDGETS = ["event-countdown", "scam-quiz", "signatory-map"];
const SHOTS = process.env.SCREENSHOTS || "/tmp";

/** What is wrong with the widget `tag` at the current size, as readable lines. Runs in the page. */
function layoutProblems(tag) {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  const viewport = document.documentElement.clientWidth;
  const name = (el) => `${tag} ${el.localName}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""}`;
  const out = [];
  const box = host.getBoundingClientRect();
  if (box.left < -1 || box.right > viewport + 1) out.push(`${tag} spans ${box.left}–${box.right} in a ${viewport}px viewport`);
  // The host has `contain: content`, which clips like `overflow: hidden`.
  if (host.scrollWidth > host.clientWidth + 1) out.push(`${tag}: the host clips ${host.scrollWidth - host.clientWidth}px of content`);
  for (const el of root.querySelectorAll("*")) {
    // SVG shapes have no scroll box; visually hidden texts (clip-path: inset(50%)) are clipped on purpose.
    if (!(el instanceof HTMLElement) || el.closest(".aw-visually-hidden")) continue;
    const style = getComputedStyle(el);
    if (style.clipPath === "inset(50%)") continue;
    if (style.display === "none" || style.display === "inline" || style.display === "contents") continue;
    const across = el.scrollWidth - el.clientWidth;
    const down = el.scrollHeight - el.clientHeight;
    const hides = (v) => v === "hidden" || v === "clip";
    const scrolls = (v) => v === "auto" || v === "scroll";
    if (hides(style.overflowX) && across > 1) out.push(`${name(el)} clips ${across}px across: "${el.innerText.slice(0, 40)}"`);
    if (hides(style.overflowY) && down > 1) out.push(`${name(el)} clips ${down}px down: "${el.innerText.slice(0, 40)}"`);
    if (scrolls(style.overflowX) && across > 1) out.push(`${name(el)} scrolls sideways by ${across}px`);
    // Text spilling out of a box that lets it (it overlaps whatever is next to it).
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText && !hides(style.overflowX) && !scrolls(style.overflowX) && across > 1) {
      out.push(`${name(el)}: text spills ${across}px out of its box: "${el.innerText.slice(0, 40)}"`);
    }
  }
  // Words broken across lines ("3" above "7", "minut" above "es"): a box too narrow for its
  // text, which `overflow-wrap: anywhere` hides from the checks above. URLs may break.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(".aw-visually-hidden") || getComputedStyle(parent).display === "none") continue;
    for (const m of node.textContent.matchAll(/[^\s\u00a0]+/g)) {
      const word = m[0];
      if (word.length < 2 || word.length > 24 || word.includes("/") || /^[\p{P}]+$/u.test(word)) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + word.length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) out.push(`${name(parent)}: "${word}" is broken across ${lines.size} lines`);
    }
  }
  // Every control: inside the viewport across, on top where it is drawn, focusable.
  const controls = root.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]');
  for (const el of controls) {
    if (el.closest(".aw-visually-hidden")) continue;
    el.scrollIntoView({ block: "center", inline: "nearest" });
    // A link that wraps has several line boxes; its first one is where a reader aims.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { out.push(`${name(el)} has no size`); continue; }
    if (r.left < -1 || r.right > viewport + 1) out.push(`${name(el)} is outside the viewport across (${Math.round(r.left)}–${Math.round(r.right)})`);
    const hit = root.elementFromPoint(r.left + Math.min(r.width / 2, 10), r.top + r.height / 2);
    if (!(hit === el || el.contains(hit) || hit?.contains(el) && hit.localName === "label")) {
      out.push(`${name(el)} is covered by ${hit ? name(hit) : "nothing of the widget"}`);
    }
    el.focus();
    if (root.activeElement !== el) out.push(`${name(el)} cannot take focus`);
  }
  return out;
}

/** Moves every widget on the page to its next state; the states a reader meets, in order. */
const STATES = [
  ["first view: countdown before, quiz intro, map with details", async () => {}],
  ["quiz question, countdown after, map hover", async (page) => {
    await page.locator("scam-quiz .aw-quiz-start").click();
    await page.evaluate(() => document.querySelector("event-countdown").setAttribute("event", "hanoi-ceremony"));
    await page.locator("event-countdown .aw-cd-ended").waitFor();
    await page.locator("signatory-map .aw-map-close").click();
    await page.locator('signatory-map path[data-iso="BR"]').hover();
    await page.locator("signatory-map .aw-map-details").waitFor();
  }],
  ["quiz checked, countdown entry into force, map table", async (page) => {
    await page.locator("scam-quiz .aw-q-choice input").first().check();
    await page.locator("scam-quiz .aw-q-check").click();
    await page.evaluate(() => document.querySelector("event-countdown").setAttribute("event", "entry-into-force"));
    await page.locator("event-countdown .aw-cd-progress-label").waitFor();
    await page.locator("signatory-map .aw-map-views button").nth(1).click();
    await page.locator("signatory-map .aw-map-table").waitFor();
  }],
  ["quiz results with every answer, map table sorted", async (page) => {
    await page.locator("scam-quiz .aw-q-next").click();
    await page.locator("scam-quiz .aw-show-solutions").click();
    await page.locator("scam-quiz .aw-solution").first().waitFor();
    await page.locator("signatory-map th button").nth(1).click();
  }],
];

const SIZES = {
  // A 1280px window at 200% zoom: half the CSS pixels, each drawn twice.
  "200% zoom": { page: "zoom.html", viewport: { width: 640, height: 800 }, deviceScaleFactor: 2, font: "16px" },
  // A phone at 200% zoom: the WCAG reflow width.
  "320px at 200% zoom": { page: "zoom.html", viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, font: "16px" },
  // A host page (or a reader's browser setting) with 24px text, on a phone.
  "24px text": { page: "large-text.html", viewport: { width: 390, height: 800 }, deviceScaleFactor: 1, font: "24px" },
  "24px text at 200% zoom": { page: "large-text.html", viewport: { width: 640, height: 800 }, deviceScaleFactor: 2, font: "24px" },
};

for (const [size, { page: hostPage, viewport, deviceScaleFactor, font }] of Object.entries(SIZES)) {
  test(`${size}: nothing clipped, nothing scrolls sideways, every control reachable`, async () => {
    const { page, context, log } = await open(browser, `${HOST}/${hostPage}`, { viewport, deviceScaleFactor, timezoneId: "Asia/Ho_Chi_Minh" });
    for (const tag of WIDGETS) await rendered(page, tag);
    await page.locator("signatory-map .aw-map-svg path").first().waitFor();
    await page.locator("signatory-map .aw-map-details").waitFor();
    // The widgets' text follows the page's root size (16px to 24px).
    const fonts = await page.evaluate((tags) => tags.map((t) => getComputedStyle(document.querySelector(t).shadowRoot.querySelector(".aw")).fontSize), WIDGETS);
    assert.deepEqual(fonts, WIDGETS.map(() => font));
    const failures = [];
    for (const [i, [state, step]] of STATES.entries()) {
      await step(page);
      await page.waitForTimeout(100);
      for (const tag of WIDGETS) {
        for (const problem of await page.evaluate(layoutProblems, tag)) failures.push(`${state}: ${problem}`);
      }
      // The page itself must not scroll sideways either (a widget wider than the screen would).
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (pageOverflow > 1) failures.push(`${state}: the page scrolls sideways by ${pageOverflow}px`);
      await page.screenshot({ path: `${SHOTS}/zoom-${size.replace(/\W+/g, "-")}-${i + 1}.png`, fullPage: true });
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
