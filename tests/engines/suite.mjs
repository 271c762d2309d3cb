// The cross-engine suite: a focused subset of the end-to-end tests, run in Firefox ESR and in
// WebKitGTK (Safari's engine family) by firefox.test.mjs and webkit.test.mjs. Chromium runs the
// full suite in tests/e2e/. The pages are www/hosts/engines/ (they load probe.js first, which
// records what classic WebDriver cannot hear); the clock is real and the reader's time zone is
// the browser process's TZ, since WebKit's WebDriver can fake neither the clock nor the
// colour scheme.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { launch } from "./driver.mjs";
import { servePublicOrigin } from "./public-origin.mjs";

const SITE = process.env.SITE_ORIGIN;
const HOST = process.env.HOST_ORIGIN;
if (!SITE || !HOST) throw new Error("run through `cargo xtask test`, which serves the pages and sets SITE_ORIGIN and HOST_ORIGIN");
/** Screenshots kept for people to look at (CI uploads target/engines/). */
export const ARTIFACTS = new URL("../../target/engines/", import.meta.url).pathname;
const WIDGETS = ["event-countdown", "scam-quiz", "signatory-map"];
const TIMEOUT = { timeout: 90_000 };

// In-page helpers: each runs inside the page (by `page.eval`), so each stands alone.

/** Whether the widget `selector` has rendered and has no busy placeholder left. */
const isRendered = (selector) => {
  const root = document.querySelector(selector)?.shadowRoot?.querySelector(".aw");
  return !!root && !root.querySelector('[aria-busy="true"]');
};
/**
 * The text of the first `inner` in the shadow root of `selector`, white space collapsed (engines
 * break innerText's lines differently: WebKit ends a block with "\n"); null when absent.
 */
const textOf = (selector, inner) =>
  document.querySelector(selector)?.shadowRoot?.querySelector(inner)?.innerText.replace(/\s+/g, " ").trim() ?? null;
/** Adds an element `tag` with `attributes` to the page's #stage and gives it an id. */
const add = (tag, attributes, id) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.id = id;
  document.getElementById("stage").append(el);
};
/** `tag.class` of the element focused inside a widget, else the focused page element's tag. */
const focusedInWidget = () => {
  const inner = document.activeElement?.shadowRoot?.activeElement;
  return inner ? `${inner.tagName.toLowerCase()}.${inner.className}` : document.activeElement?.tagName.toLowerCase();
};
/** The computed background's red channel of the widget root (dark mode: low). */
const backgroundRed = (selector) =>
  Number(getComputedStyle(document.querySelector(selector).shadowRoot.querySelector(".aw")).backgroundColor.match(/\d+/)?.[0] ?? -1);

/**
 * Asks xtask's server for every widget file in brotli and gzip once, so the first test does not
 * wait for it to compress them (it caches each; brotli at level 11 of a wasm takes seconds in a
 * debug build), as Chromium's tests have already done when the whole suite runs.
 */
async function warmServer() {
  const seen = new Set();
  for (const bundle of ["all", ...WIDGETS]) {
    const entry = await (await fetch(`${SITE}/widgets/${bundle}.js`)).text();
    for (const [name] of entry.matchAll(/[\w.-]+\.[0-9a-f]{8}\.(?:js|wasm|json)/g)) seen.add(name);
  }
  for (const name of seen) {
    for (const coding of ["br", "gzip"]) {
      await (await fetch(`${SITE}/assets/${name}`, { headers: { "accept-encoding": coding } })).arrayBuffer();
    }
  }
}

/** Runs the suite in `engine` ("firefox" | "webkit"). */
export function suite(engine) {
  /** The reader's zone for most tests; one test starts a second browser in another. */
  const TZ = "Asia/Ho_Chi_Minh";
  let browser;
  let page;
  before(async () => {
    await warmServer();
    browser = await launch(engine, { tz: TZ, width: 1000, height: 1400 });
    console.log(`${engine}: ${browser.version}`);
  });
  after(async () => { await browser?.close(); });

  async function open(path) {
    await page?.close();
    page = await browser.open(`${HOST}/engines/${path}`);
    return page;
  }
  const rendered = (selector) => page.waitFor(isRendered, [selector], { message: `${selector} to render` });
  const noErrors = async () => assert.deepEqual((await page.probe()).errors, [], `${engine}: no page errors`);

  test("each widget from its own script, cross-origin, in an open shadow root, live", TIMEOUT, async () => {
    await open("scripts.html");
    for (const tag of WIDGETS) await rendered(tag);
    assert.notEqual(new URL(HOST).origin, new URL(SITE).origin);
    for (const tag of WIDGETS) {
      assert.equal(await page.eval((t) => document.querySelector(t).shadowRoot.mode, tag), "open", tag);
    }
    assert.match(await page.eval(textOf, "scam-quiz", ".aw"), /Trắc nghiệm/, "lang=\"vi\" on the element");
    assert.match(await page.eval(textOf, "event-countdown", ".aw"), /Time left/, "the page's lang=\"en\"");
    await page.waitFor((t) => document.querySelector("signatory-map").shadowRoot.querySelector(".aw-map-svg path[data-iso]"));
    const first = await page.eval(textOf, "event-countdown", ".aw-cd-timer");
    await page.waitFor((t, s) => document.querySelector("event-countdown").shadowRoot.querySelector(s).innerText.replace(/\s+/g, " ").trim() !== t,
      [first, ".aw-cd-timer"], { timeout: 3000, message: "the countdown to tick" });
    await noErrors();
  });

  test("all three from all.js on the strict-CSP page: styled, no violation, no error; the CSS is lowered", TIMEOUT, async () => {
    await open("strict-csp.html");
    for (const tag of WIDGETS) await rendered(tag);
    await page.waitFor(() => document.querySelector("signatory-map").shadowRoot.querySelector(".aw-map-svg path[data-iso]"));
    // Styled by their constructable stylesheets, which style-src 'self' allows.
    assert.equal(await page.eval(() => getComputedStyle(document.querySelector("event-countdown").shadowRoot.querySelector(".aw")).borderTopLeftRadius), "12px");
    const probe = await page.probe();
    assert.deepEqual(probe.violations, [], `${engine}: no securitypolicyviolation`);
    await noErrors();
    // What every engine runs is the CSS lowered for the floor (Safari 16.4 has no light-dark()):
    // the palette's fallback custom properties, switched by color-scheme.
    const css = await page.eval((tags) => tags.map((t) => document.querySelector(t).shadowRoot.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join("\n")), WIDGETS);
    for (const [i, text] of css.entries()) {
      assert.ok(text.length > 1000, `${WIDGETS[i]} adopts its stylesheet`);
      assert.ok(!text.includes("light-dark("), `${WIDGETS[i]}: no light-dark() in the shipped CSS`);
      assert.ok(text.includes("--lightningcss-dark"), `${WIDGETS[i]}: light-dark()'s fallback is there`);
    }
    // The recorder hears violations in this engine: an inline style attribute is one.
    await page.eval(() => document.body.setAttribute("style", "color: red"));
    await page.waitFor(() => window.__probe.violations.length > 0, [], { message: "a violation to be recorded" });
  });

  test("a whole quiz attempt by keyboard, with its events and focus moves", TIMEOUT, async () => {
    await open("stage.html");
    await page.eval(add, "scam-quiz", { lang: "en", questions: "3", seed: "keyboard", persist: "off" }, "quiz");
    await page.waitFor(() => document.querySelector("#quiz").shadowRoot?.querySelector(".aw-quiz-start"));
    const focused = () => page.eval(focusedInWidget);
    const tabTo = async (pattern) => {
      for (let i = 0; i < 30; i++) {
        await page.press("Tab");
        const now = await focused();
        assert.notEqual(now, "body", "focus is never lost to the page body");
        if (pattern.test(now)) return now;
      }
      throw new Error(`${engine}: Tab never reached ${pattern}; focus is on ${await focused()}`);
    };
    /** Waits until the focus is on `pattern` (Yew moves it in an effect after the render). */
    const focusMovesTo = (pattern, why) => page.waitFor((source) => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      const now = inner ? `${inner.tagName.toLowerCase()}.${inner.className}` : "";
      return new RegExp(source).test(now);
    }, [pattern.source], { timeout: 5000, message: why });
    await tabTo(/button\.aw-quiz-start/);
    await page.press("Enter");
    await focusMovesTo(/legend\.aw-q-prompt/, "Start moves focus to the first question");
    for (let n = 1; n <= 3; n++) {
      assert.equal(await page.eval(textOf, "#quiz", ".aw-q-progress"), `Question ${n} of 3`);
      await tabTo(/button\.aw-q-check/);
      await page.press("Enter");
      await page.waitFor(() => document.querySelector("#quiz").shadowRoot.querySelector(".aw-q-warning"));
      assert.equal(await page.eval(textOf, "#quiz", ".aw-q-warning"), "Choose an answer first.");
      // Back to the last choice, choose it with Space, check.
      await page.press("Shift+Tab");
      await page.press("Space");
      await tabTo(/button\.aw-q-check/);
      await page.press("Enter");
      await focusMovesTo(/div\.aw-q-feedback/, "Check moves focus to the feedback");
      assert.match(await page.eval(textOf, "#quiz", ".aw-q-verdict"), /^(Correct!|Not quite\.)$/);
      await tabTo(/button\.aw-q-next/);
      await page.press("Enter");
    }
    await focusMovesTo(/^h2/, "the results heading takes focus");
    const { events } = await page.probe();
    const answers = events.filter((e) => e.name === "scam-quiz:answer");
    assert.equal(answers.length, 3);
    for (const a of answers) assert.deepEqual(Object.keys(a.detail).sort(), ["correct", "questionId"]);
    const complete = events.filter((e) => e.name === "scam-quiz:complete");
    assert.equal(complete.length, 1);
    const right = answers.filter((a) => a.detail.correct).length;
    assert.deepEqual([complete[0].detail.score, complete[0].detail.total, complete[0].detail.percent], [right, 3, Math.round((right / 3) * 100)]);
    assert.match(await page.eval(textOf, "#quiz", ".aw-score"), new RegExp(`You got ${right} of 3 right`));
    await noErrors();
  });

  test(`the countdown in the reader's zone (${TZ}), its phases on the real clock, and theme="dark"`, TIMEOUT, async () => {
    await open("stage.html");
    // A fixed event in New York: the reader's line is in the browser's zone, from TZ.
    await page.eval(add, "event-countdown", { lang: "en", at: "2030-03-01T09:00:00-05:00", "time-zone": "America/New_York" }, "fixed");
    // Phases a few seconds ahead, on whole seconds (the widget re-reads the clock at each one).
    const now = await page.eval(() => Date.now());
    const second = (ms) => new Date(Math.ceil(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
    const at = second(now + 3000);
    const until = second(now + 6000);
    await page.eval(add, "event-countdown", { lang: "en", at, until, title: "Webinar", theme: "dark" }, "soon");
    await page.waitFor(() => document.querySelector("#fixed").shadowRoot?.querySelector(".aw-cd-reader-time"));
    assert.equal(await page.eval(textOf, "#fixed", ".aw-cd-reader-time"), "Your time: Friday, March 1, 2030 at 9:00 PM (Indochina Time)");
    assert.match(await page.eval(textOf, "#fixed", ".aw-cd-event-time"), /^Friday, March 1, 2030 at 0?9:00\s*AM \(Eastern Time\)$/);
    await page.waitFor(isRendered, ["#soon"]);
    assert.equal(await page.eval(textOf, "#soon", "h2"), "Webinar");
    assert.match(await page.eval(textOf, "#soon", ".aw-cd-timer"), /^\d\s+seconds?$/, "under a minute, only seconds");
    // theme="dark": the lowered palette switches with color-scheme alone.
    assert.ok(await page.eval(backgroundRed, "#soon") < 64, "theme=dark is dark");
    assert.ok(await page.eval(backgroundRed, "#fixed") > 200, "the default here is light");
    await page.waitFor(() => document.querySelector("#soon").shadowRoot.querySelector(".aw-cd-now"), [], { timeout: 8000, message: "happening now" });
    assert.equal(await page.eval(textOf, "#soon", ".aw-cd-now"), "Happening now");
    await page.waitFor(() => document.querySelector("#soon").shadowRoot.querySelector(".aw-cd-ended"), [], { timeout: 8000, message: "ended" });
    assert.equal(await page.eval(textOf, "#soon", ".aw-cd-ended"), "Ended now.");
    const phases = (await page.probe()).events.filter((e) => e.name === "event-countdown:phase").map((e) => e.detail.phase);
    // #fixed says "before" once; #soon goes through all three.
    assert.deepEqual(phases, ["before", "before", "during", "after"]);
    await noErrors();
  });

  test("the map: search with a selection and its select event, then the table", TIMEOUT, async () => {
    const data = await (await fetch(`${SITE}/data/signatories.json`)).json();
    await open("stage.html");
    await page.eval(add, "signatory-map", { lang: "en" }, "map");
    await rendered("#map");
    await page.waitFor(() => document.querySelector("#map").shadowRoot.querySelector(".aw-map-svg path[data-iso]"));
    await page.eval(() => document.querySelector("#map").shadowRoot.querySelector("input[type=search]").focus());
    await page.type("France");
    await page.press("Enter");
    const selected = await page.waitFor(() => window.__probe.events.filter((e) => e.name === "signatory-map:select").at(-1)?.detail,
      [], { timeout: 5000, message: "the select event" });
    assert.deepEqual(selected, { iso2: "FR", status: "signed" });
    await page.waitFor(() => document.querySelector("#map").shadowRoot.querySelector(".aw-map-details h3")?.innerText.trim() === "France",
      [], { timeout: 5000, message: "France's details" });
    await page.eval(() => document.querySelector("#map").setAttribute("view", "table"));
    const rows = await page.waitFor(() => document.querySelector("#map").shadowRoot.querySelectorAll(".aw-map-table tbody tr").length,
      [], { message: "the table" });
    assert.equal(rows, data.participants.length);
    assert.equal(await page.eval(textOf, "#map", 'tr[data-iso="EU"] th'), "European Union");
    await noErrors();
  });

  test("the iframe pages post their heights (ours and AMP's) and the resizer applies them", TIMEOUT, async () => {
    await open("iframes.html");
    const ids = ["countdown", "quiz", "map"];
    for (const id of ids) {
      const height = await page.waitFor((id) => {
        const mine = window.__probe.messages.filter((m) => m.from === id);
        const ours = mine.filter((m) => m.data?.type === "awareness-widgets:resize" && m.data.version === 1).at(-1);
        const amp = mine.filter((m) => m.data?.sentinel === "amp" && m.data.type === "embed-size").at(-1);
        return ours && amp && ours.data.height === amp.data.height && ours.data.height > 100 ? ours.data.height : 0;
      }, [id], { message: `both resize messages from #${id}` });
      // The resizer sizes the iframe to what it said last.
      await page.waitFor((id, h) => {
        const last = window.__probe.messages.filter((m) => m.from === id && m.data?.type === "awareness-widgets:resize").at(-1).data.height;
        return document.getElementById(id).style.height === `${last}px` && Math.round(document.getElementById(id).getBoundingClientRect().height) === last;
      }, [id, height], { timeout: 5000, message: `#${id} sized to its content` });
    }
    await noErrors();
  });

  test("a sandboxed frame from the public origin, as WordPress embeds it, posts its height with the secret", TIMEOUT, async () => {
    // WebKit matches CSP 'self' against nothing in a sandboxed frame (an opaque origin), so the
    // embed page's policy names WIDGETS_ORIGIN: the frame comes from there, not the suite's origin.
    const publicOrigin = await servePublicOrigin();
    try {
      await open("iframes.html");
      await page.eval((origin) => {
        const frame = document.createElement("iframe");
        frame.id = "wordpress";
        frame.title = "Countdown in WordPress";
        frame.setAttribute("sandbox", "allow-scripts");
        frame.src = `${origin}/embed/event-countdown.html?lang=en#?secret=Ab3dE6gH9k`;
        document.body.append(frame);
      }, publicOrigin.origin);
      await page.waitFor(() => window.__probe.messages.some((m) => m.from === "wordpress" && m.data?.message === "height"
        && m.data.secret === "Ab3dE6gH9k" && m.data.value > 100), [], { timeout: 15000, message: "WordPress's height message" });
      await noErrors();
    } finally {
      await publicOrigin.close();
    }
  });

  test("dark mode and Arabic, right to left: all three widgets (screenshot kept)", TIMEOUT, async () => {
    await open("stage.html");
    await page.eval(() => { document.documentElement.lang = "ar"; document.documentElement.dir = "rtl"; });
    for (const tag of WIDGETS) await page.eval(add, tag, { theme: "dark", ...(tag === "scam-quiz" ? { questions: "2", seed: "rtl" } : {}) }, tag);
    for (const tag of WIDGETS) await rendered(`#${tag}`);
    await page.waitFor(() => document.querySelector("#signatory-map").shadowRoot.querySelector(".aw-map-svg path[data-iso]"));
    await page.eval(() => document.querySelector("#scam-quiz").shadowRoot.querySelector(".aw-quiz-start").click());
    await page.waitFor(() => document.querySelector("#scam-quiz").shadowRoot.querySelector(".aw-q-check"));
    const measures = await page.eval((tags) => tags.map((tag) => {
      const root = document.getElementById(tag).shadowRoot.querySelector(".aw");
      return {
        tag, dir: root.getAttribute("dir"), arabic: /[\u0600-\u06FF]/.test(root.innerText),
        // One set of digits in a widget: Latin, as the countdown's timer (ui_common::engines::DIGITS).
        indicDigits: root.innerText.match(/[\u0660-\u0669\u06F0-\u06F9]+/g),
        overflow: root.scrollWidth - root.clientWidth,
        red: Number(getComputedStyle(root).backgroundColor.match(/\d+/)?.[0] ?? 255),
        direction: getComputedStyle(root).direction,
      };
    }), WIDGETS);
    for (const m of measures) {
      assert.equal(m.dir, "rtl", `${m.tag}: right to left`);
      assert.ok(m.arabic, `${m.tag}: Arabic text`);
      assert.ok(m.overflow <= 1, `${m.tag}: nothing overflows (${m.overflow}px)`);
      assert.ok(m.red < 64, `${m.tag}: dark (background red ${m.red})`);
      assert.equal(m.direction, "rtl", `${m.tag}: laid out right to left`);
      assert.equal(m.indicDigits, null, `${m.tag}: Latin digits throughout`);
    }
    // English inside Arabic (the countdown's source) keeps its own order: its closing bracket is
    // drawn after the "16" it closes, not mirrored to the far end (WebKit, before .aw [dir]).
    const bracket = await page.eval(() => {
      const link = document.querySelector("#event-countdown").shadowRoot.querySelector(".aw-cd-source a");
      const text = link.firstChild;
      const at = (i) => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect().left; };
      const n = text.data.length;
      return { text: text.data, last: at(n - 1), before: at(n - 2), first: at(0) };
    });
    assert.ok(bracket.text.endsWith("16)"), bracket.text);
    assert.ok(bracket.last > bracket.before && bracket.before > bracket.first, `the bracket in place: ${JSON.stringify(bracket)}`);
    // The map's progress bar is drawn from the dark palette, not by the engine (Firefox paints a
    // light native track whatever the color-scheme; ui-common's base.css).
    const progress = await page.eval(() => {
      const s = getComputedStyle(document.querySelector("#signatory-map").shadowRoot.querySelector("progress"));
      return { appearance: s.appearance, background: s.backgroundColor };
    });
    assert.equal(progress.appearance, "none");
    const [r, g, b, a = 1] = progress.background.match(/[\d.]+/g).map(Number);
    assert.ok(a > 0 && Math.max(r, g, b) < 64, `a dark track (${progress.background})`);
    // The quiz is still on its question when the picture is taken (once a WebKit screenshot
    // showed the intro again).
    assert.ok(await page.eval(() => document.querySelector("#scam-quiz").shadowRoot.querySelector(".aw-q-check")), "the quiz stays on its question");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot(`${ARTIFACTS}${engine}-ar-dark.png`);
    await noErrors();
  });

  test("a second reader's zone from TZ: Pacific/Kiritimati (UTC+14) sees its own date", TIMEOUT, async () => {
    const other = await launch(engine, { tz: "Pacific/Kiritimati", width: 800, height: 600 });
    try {
      const kiritimati = await other.open(`${HOST}/engines/stage.html`);
      await kiritimati.eval(add, "event-countdown", { lang: "en", at: "2030-03-01T09:00:00-05:00", "time-zone": "America/New_York" }, "fixed");
      await kiritimati.waitFor(() => document.querySelector("#fixed").shadowRoot?.querySelector(".aw-cd-reader-time"));
      assert.equal(await kiritimati.eval(textOf, "#fixed", ".aw-cd-reader-time"), "Your time: Saturday, March 2, 2030 at 4:00 AM (Line Islands Time)");
      assert.deepEqual((await kiritimati.probe()).errors, []);
    } finally {
      await other.close();
    }
  });
}

