// The demo site's embed-code builder: the form sets every attribute, the preview follows, the
// snippets and the shareable link say the same, and a snippet pasted into a blank page on
// another origin gives the widget the preview showed. Plus the site's own quality bar: seven
// languages, axe, keyboard, 320 px, no third-party requests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { launch, open, SITE, HOST } from "./lib.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const code = (page, id) => page.locator(`#${id} pre`).innerText();

async function builder(path = "/?lang=en", options = {}) {
  const opened = await open(browser, `${SITE}${path}`, { timezoneId: "Asia/Ho_Chi_Minh", ...options });
  await opened.page.locator("#code-script pre").waitFor();
  return opened;
}

/**
 * A blank page on the host origin with `snippet` pasted into its article, as a CMS's HTML block
 * does. (A page made up by `page.route` would do too, but Chromium treats such a page as public
 * and blocks its requests to the loopback servers the tests use.) A contextual fragment runs the
 * snippet's scripts, as parsing the page would.
 */
async function pasted(snippet) {
  const context = await browser.newContext({ timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(`${HOST}/blank.html`);
  await page.evaluate((html) => {
    const article = document.getElementById("article");
    article.append(document.createRange().createContextualFragment(html));
  }, snippet);
  return { page, context, errors };
}

test("quiz: the form sets the attributes, and preview, snippets and link agree", async () => {
  const { page, context, log } = await builder();
  await page.selectOption("#f-lang", "vi");
  await page.fill("#f-questions", "3");
  const topic = page.locator(".topics input[type=checkbox]").nth(1);
  const topicId = await topic.getAttribute("value");
  await topic.check();
  await page.fill("#f-seed", "lop 7A");
  await page.locator("#f-persist").uncheck();

  const preview = page.locator(".preview scam-quiz");
  const attrs = await preview.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));
  assert.deepEqual(attrs, { lang: "vi", questions: "3", topics: topicId, seed: "lop 7A", persist: "off" });
  assert.equal(await code(page, "code-script"),
    `<script type="module" src="${SITE}/widgets/scam-quiz.js"></script>\n` +
    `<scam-quiz lang="vi" questions="3" topics="${topicId}" seed="lop 7A" persist="off"></scam-quiz>`);
  const query = `lang=vi&questions=3&topics=${topicId}&seed=lop%207A&persist=off`;
  assert.match(await code(page, "code-iframe"), new RegExp(`^<iframe src="${SITE}/embed/scam-quiz\\.html\\?${query.replaceAll("&", "&amp;").replaceAll("%", "\\%")}" title="Trắc nghiệm nhận diện lừa đảo"`));
  assert.equal(await page.evaluate(() => location.hash), `#widget=scam-quiz&${query}`);
  assert.equal(await code(page, "code-link"), `${SITE}/?lang=en#widget=scam-quiz&${query}`);
  // The preview is the real widget, in Vietnamese, with three questions.
  await preview.locator(".aw-quiz-start").click();
  assert.equal(await preview.locator(".aw-q-progress").innerText(), "Câu 1/3");

  // The link restores the form.
  const shared = await builder(`/?lang=en#widget=scam-quiz&${query}`);
  assert.equal(await shared.page.locator("#f-lang").inputValue(), "vi");
  assert.equal(await shared.page.locator("#f-questions").inputValue(), "3");
  assert.equal(await shared.page.locator("#f-seed").inputValue(), "lop 7A");
  assert.ok(await shared.page.locator(`.topics input[value="${topicId}"]`).isChecked());
  assert.ok(!(await shared.page.locator("#f-persist").isChecked()));
  assert.deepEqual([...log.errors, ...shared.log.errors], []);
  await shared.context.close();
  await context.close();
});

test("the script snippet pasted into a blank page on another origin shows the quiz the preview showed", async () => {
  const { page, context } = await builder("/?lang=en#widget=scam-quiz&lang=vi&questions=2&seed=paste-test&persist=off");
  const preview = page.locator(".preview scam-quiz");
  await preview.locator(".aw-quiz-start").click();
  const previewed = await preview.locator("legend").innerText();
  const snippet = await code(page, "code-script");
  const elsewhere = await pasted(snippet);
  assert.notEqual(new URL(elsewhere.page.url()).origin, SITE);
  const quiz = elsewhere.page.locator("scam-quiz");
  await quiz.locator(".aw-quiz-start").click();
  assert.equal(await quiz.locator("legend").innerText(), previewed);
  assert.equal(await quiz.locator(".aw-q-progress").innerText(), "Câu 1/2");
  assert.deepEqual(elsewhere.errors, []);
  await elsewhere.context.close();
  await context.close();
});

test("countdown: a custom event from date, time and time-zone pickers; the iframe snippet works elsewhere and resizes", async () => {
  const { page, context, log } = await builder("/?lang=en#widget=event-countdown");
  await page.locator('input[name=event][value=custom]').check();
  await page.fill("#f-title", "Launch <b>night</b>");
  await page.fill("#f-zone", "America/New_York");
  await page.fill("#f-at-date", "2026-12-31");
  await page.fill("#f-at-time", "21:30");
  await page.fill("#f-until-date", "2026-12-31");
  await page.fill("#f-until-time", "23:00");
  await page.fill("#f-location", "Times Square");
  const preview = page.locator(".preview event-countdown");
  assert.equal(await preview.getAttribute("at"), "2026-12-31T21:30:00-05:00");
  assert.equal(await preview.getAttribute("until"), "2026-12-31T23:00:00-05:00");
  assert.equal(await preview.getAttribute("time-zone"), "America/New_York");
  assert.equal(await preview.getAttribute("event"), null);
  // Summer time: the same picker gives the other offset.
  await page.fill("#f-until-date", "");
  await page.fill("#f-at-date", "2026-07-04");
  assert.equal(await preview.getAttribute("at"), "2026-07-04T21:30:00-04:00");
  assert.equal(await preview.getAttribute("until"), null);
  // An unknown zone is named, and changes nothing.
  await page.fill("#f-zone", "Mars/Olympus");
  assert.match(await page.locator("#f-zone-hint").innerText(), /Unknown time zone “Mars\/Olympus”/);
  assert.equal(await preview.getAttribute("time-zone"), "America/New_York");
  await page.fill("#f-zone", "America/New_York");
  assert.equal(await preview.locator(".aw h2").first().innerText(), "Launch <b>night</b>");

  await page.locator("input[name=preview-mode]").nth(1).check();
  const frame = page.frameLocator(".preview iframe");
  assert.equal(await frame.locator("event-countdown .aw h2").first().innerText(), "Launch <b>night</b>");

  const snippet = await code(page, "code-iframe");
  assert.match(snippet, /at=2026-07-04T21:30:00%2B|at=2026-07-04T21:30:00-04:00/);
  const elsewhere = await pasted(snippet);
  const iframe = elsewhere.page.locator("iframe");
  const inner = elsewhere.page.frameLocator("iframe");
  assert.equal(await inner.locator("event-countdown .aw h2").first().innerText(), "Launch <b>night</b>");
  // The resizer fits the iframe to the widget's reported height, and follows it when the frame
  // after the first (times and calendar links, which need Intl) makes the widget taller.
  await elsewhere.page.waitForFunction(() => /^\d+px$/.test(document.querySelector("iframe").style.height));
  const heights = async () => [
    await iframe.evaluate((f) => parseInt(f.style.height, 10)),
    await inner.locator("body").evaluate(() => document.documentElement.scrollHeight),
  ];
  let [fitted, content] = await heights();
  for (let tries = 0; Math.abs(fitted - content) > 2 && tries < 50; tries++) {
    await elsewhere.page.waitForTimeout(100);
    [fitted, content] = await heights();
  }
  assert.ok(Math.abs(fitted - content) <= 2, `iframe ${fitted}px, content ${content}px`);
  assert.deepEqual([...log.errors, ...elsewhere.errors], []);
  await elsewhere.context.close();
  await context.close();
});

test("map: countries picked by name become highlight codes; the table view; the link restores both", async () => {
  const { page, context } = await builder("/?lang=en#widget=signatory-map");
  // With the country list there, names become codes at once (a name typed before it waits: the next test).
  await page.locator("#f-countries option").first().waitFor({ state: "attached" });
  await page.fill("#f-highlight", "Vietnam");
  await page.press("#f-highlight", "Enter");
  await page.fill("#f-highlight", "fr");
  await page.locator(".add-country button").click();
  await page.fill("#f-highlight", "Atlantis");
  await page.press("#f-highlight", "Enter");
  assert.equal(await page.locator("#f-highlight-hint").innerText(), "No country called “Atlantis”.");
  await page.locator("input[name=view][value=table]").check();
  const preview = page.locator(".preview signatory-map");
  assert.equal(await preview.getAttribute("highlight"), "VN,FR");
  assert.equal(await preview.getAttribute("view"), "table");
  await preview.locator(".aw-map-table").waitFor();
  await page.getByRole("button", { name: "Remove France" }).click();
  assert.equal(await preview.getAttribute("highlight"), "VN");

  const link = await code(page, "code-link");
  const shared = await builder(new URL(link).pathname + new URL(link).search + new URL(link).hash);
  assert.deepEqual(await shared.page.locator(".chips li span").allInnerTexts(), ["Vietnam"]);
  assert.ok(await shared.page.locator("input[name=view][value=table]").isChecked());
  await shared.context.close();
  await context.close();
});

test("map: a country named before the country list arrives is added when it comes", async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const { page, context } = await open(browser, `${SITE}/?lang=en#widget=signatory-map`,
    { timezoneId: "Asia/Ho_Chi_Minh" },
    (page) => page.route("**/data/world.json", async (route) => { await held; await route.continue(); }));
  await page.locator("#f-highlight").waitFor();
  await page.fill("#f-highlight", "Vietnam");
  await page.press("#f-highlight", "Enter");
  const hint = page.locator("#f-highlight-hint");
  assert.equal(await hint.innerText(), "Adding “Vietnam” once the list of countries has loaded…");
  assert.equal(await page.locator("#f-highlight").getAttribute("aria-invalid"), null);
  const preview = page.locator(".preview signatory-map");
  assert.equal(await preview.getAttribute("highlight"), null);
  release();
  await page.locator(".chips li span").filter({ hasText: "Vietnam" }).waitFor();
  assert.equal(await preview.getAttribute("highlight"), "VN");
  assert.equal(await page.locator("#f-highlight").inputValue(), "");
  assert.equal(await hint.innerText(), "");
  await context.close();
});

test("copy buttons put the code on the clipboard and say so; oEmbed JSON is valid and carries the iframe", async () => {
  const { page, context } = await builder("/?lang=en#widget=signatory-map&highlight=VN", { permissions: ["clipboard-read", "clipboard-write"] });
  await page.getByRole("button", { name: "Copy: Script and element" }).click();
  await page.locator(".builder-announcer", { hasText: "Copied: Script and element." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page, "code-script"));
  await page.getByRole("button", { name: "Copy: iframe" }).click();
  await page.locator(".builder-announcer", { hasText: "Copied: iframe." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page, "code-iframe"));

  const oembed = JSON.parse(await code(page, "code-oembed"));
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  assert.equal(oembed.html, await code(page, "code-iframe"));
  await page.fill("#f-oembed-url", "https://news.example/oembed/map.json");
  assert.equal(await code(page, "code-oembed-link"),
    '<link rel="alternate" type="application/json+oembed" href="https://news.example/oembed/map.json" title="Signatory map">');
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the JSON" }).click()]);
  assert.equal(download.suggestedFilename(), "signatory-map.oembed.json");
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), "utf8")), oembed);
  await context.close();
});

test("the site speaks seven languages, Arabic right to left, and links keep the language", async () => {
  const titles = new Set();
  for (const lang of ["vi", "en", "ar", "zh", "fr", "ru", "es"]) {
    const { page, context, log } = await builder(`/?lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), lang === "ar" ? "rtl" : "ltr");
    titles.add(await page.locator("h1").innerText());
    for (const href of await page.locator(".site-nav a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      assert.match(href, new RegExp(`\\?lang=${lang}$`));
    }
    // The preview widget follows the page's language by default (once it has drawn: on a busy
    // machine its first frame may come after the page's).
    const preview = page.locator(".preview scam-quiz");
    await page.waitForFunction((want) => document.querySelector(".preview scam-quiz")?.shadowRoot?.querySelector(".aw")?.getAttribute("lang") === want, lang, { timeout: 10000 }).catch(() => {});
    assert.equal(await preview.evaluate((el) => el.shadowRoot.querySelector(".aw")?.getAttribute("lang")), lang);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  assert.equal(titles.size, 7, "each language has its own title");
  // Switching the site's language keeps the setup.
  const { page, context } = await builder("/?lang=en#widget=signatory-map&view=table");
  await page.selectOption("#site-lang", "vi");
  await page.waitForURL(/\?lang=vi#widget=signatory-map&view=table$/);
  await page.locator("#code-script pre").waitFor();
  assert.equal(await page.locator("h1").innerText(), "Tiện ích nâng cao nhận thức về Công ước Hà Nội");
  await context.close();
});

const PAGES = ["/?lang=en", "/?lang=vi#widget=event-countdown", "/?lang=ar#widget=signatory-map", "/news.html", "/signatory-data.html"];

test("axe finds no violations on the site's pages, light and dark", async () => {
  const failures = [];
  for (const path of PAGES) {
    for (const colorScheme of ["light", "dark"]) {
      // bypassCSP: axe is injected as an inline script, which the site's own policy forbids.
      const context = await browser.newContext({ colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${SITE}${path}`);
      await page.locator(".site-nav").waitFor();
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] }))
        .violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`));
      for (const v of violations) failures.push(`${path} ${colorScheme}: ${v}`);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test("keyboard: every control of the builder is reached, with a visible focus ring, and focus never falls to the page", async () => {
  const { page, context } = await builder("/?lang=en#widget=signatory-map&highlight=VN");
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const state = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return { where: "body" };
      const style = getComputedStyle(el);
      return { where: `${el.tagName.toLowerCase()}#${el.id}.${el.className}`, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
    });
    if (state.where === "body") break;
    assert.ok(state.ring, `no visible focus ring on ${state.where}`);
    seen.push(state.where);
  }
  const reached = seen.join(" ");
  for (const id of ["site-lang", "f-lang", "f-theme", "f-src", "f-highlight"]) assert.ok(reached.includes(`#${id}`), `${id} not reached: ${reached}`);
  assert.ok(seen.some((s) => s.startsWith("button#.chip-remove")), reached);
  assert.ok(seen.some((s) => s.startsWith("button#.copy")), reached);
  assert.ok(seen.some((s) => s.startsWith("pre")), "code blocks scroll by keyboard");
  await context.close();
});

test("the site works from 320 px wide and asks no one but its own origin", async () => {
  for (const path of PAGES) {
    const requests = [];
    const { page, context } = await open(browser, `${SITE}${path}`, { viewport: { width: 320, height: 640 } }, async (p) => {
      p.on("request", (r) => requests.push(r.url()));
    });
    await page.locator(".site-nav").waitFor();
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path}: ${overflow}px wider than the screen`);
    const foreign = requests.filter((u) => !u.startsWith(SITE) && !u.startsWith("blob:") && !u.startsWith("data:"));
    assert.deepEqual(foreign, [], path);
    await context.close();
  }
});
