// Translation quality as readers see it: punctuation that belongs to the language (no ASCII
// ": " in Chinese, a no-break space before ":" in French), UI words never left in English
// (standard quiz topics, the map's reliability labels, CSV columns, calendar titles), and English
// data marked as English inside another language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, rendered, SITE } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens a widget's iframe page with `params` and waits for `ready`. */
async function widgetPage(widget, params, ready) {
  const context = await browser.newContext({ timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await page.goto(`${SITE}/embed/${widget}.html?${new URLSearchParams(params)}`);
  await page.locator(`${widget} ${ready}`).first().waitFor();
  return { page, context };
}

/**
 * Every piece of UI text in the widget that is in `lang`: each element's own text nodes, and its
 * accessible-name attributes. Data in another language (marked with its own `lang`) is left out.
 * Runs in the page.
 */
function uiTexts([tag, lang]) {
  const root = document.querySelector(tag).shadowRoot;
  const out = [];
  for (const el of root.querySelectorAll("*")) {
    if (el.closest("[lang]")?.getAttribute("lang") !== lang) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("");
    if (own.trim()) out.push(own);
    for (const attr of ["aria-label", "title", "placeholder", "alt"]) if (el.getAttribute(attr)) out.push(el.getAttribute(attr));
  }
  return out;
}

/** The states a reader goes through, per widget: [name, params, ready selector, steps]. */
const STATES = [
  ["countdown before", "event-countdown", {}, ".aw-cd-timer"],
  ["countdown after", "event-countdown", { event: "hanoi-ceremony" }, ".aw-cd-ended"],
  ["countdown entry into force", "event-countdown", { event: "entry-into-force" }, ".aw-cd-progress-label"],
  ["quiz checked", "scam-quiz", { questions: "3", seed: "i18n" }, ".aw-quiz-start", async (page) => {
    await page.locator("scam-quiz .aw-quiz-start").click();
    await page.locator("scam-quiz .aw-q-choice input").first().check();
    await page.locator("scam-quiz .aw-q-check").click();
  }],
  ["quiz results", "scam-quiz", { questions: "1", seed: "i18n" }, ".aw-quiz-start", async (page) => {
    await page.locator("scam-quiz .aw-quiz-start").click();
    await page.locator("scam-quiz .aw-q-choice input").first().check();
    await page.locator("scam-quiz .aw-q-check").click();
    await page.locator("scam-quiz .aw-q-next").click();
    await page.locator("scam-quiz .aw-show-solutions").click();
  }],
  ["map details", "signatory-map", { highlight: "VN,FR" }, ".aw-map-details"],
  ["map table", "signatory-map", { view: "table" }, ".aw-map-table"],
];

/** Punctuation that gives away English habits, per language. */
const WRONG = {
  // Chinese uses full-width "：" "，" "（）", with no spaces around them or between sentences.
  zh: /: |, |\(|\)|[。，：）] | [（。，：]/,
  // French puts a no-break space before ":" (times like 15:00 and URLs aside).
  fr: /[^\u00a0\u202f\d]:(?!\d|\/\/)/,
};

test("punctuation follows the language: no ASCII \": \" in Chinese, a no-break space before \":\" in French", async () => {
  const failures = [];
  for (const lang of Object.keys(WRONG)) {
    for (const [state, widget, params, ready, steps] of STATES) {
      const { page, context } = await widgetPage(widget, { lang, ...params }, ready);
      if (steps) await steps(page);
      const texts = await page.evaluate(uiTexts, [widget, lang]);
      assert.ok(texts.length > 5, `${lang} ${state}: UI text found`);
      for (const t of texts) if (WRONG[lang].test(t)) failures.push(`${lang} ${state}: ${JSON.stringify(t)}`);
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

const ENGLISH_TOPICS = ["Fake police, Procuracy or court", "Bank accounts and OTP codes", "Fake apps", "Phishing messages and links",
  "task scams", "Investment and crypto scams", "Romance scams", "Online shopping scams", "Deepfake video and voice calls",
  "lost money", "What to do after a scam"];

test("the quiz names its standard topics in every language, though its questions are vi + en", async () => {
  for (const lang of ["ar", "zh", "fr", "ru", "es"]) {
    const { page, context } = await widgetPage("scam-quiz", { lang, questions: "10", seed: "topics" }, ".aw-quiz-start");
    const intro = await page.locator("scam-quiz .aw-quiz-intro, scam-quiz .aw-intro, scam-quiz p").first().innerText();
    for (const english of ENGLISH_TOPICS) assert.ok(!intro.includes(english), `${lang}: "${english}" in ${intro}`);
    if (lang === "ar" || lang === "zh") assert.doesNotMatch(intro, /[A-Za-z]/, `${lang}: no Latin letters in ${intro}`);
    // The results' topics to review too: answer everything wrong where possible, then look.
    await page.locator("scam-quiz .aw-quiz-start").click();
    for (let i = 0; i < 10; i++) {
      await page.locator("scam-quiz .aw-q-choice input").last().check();
      await page.locator("scam-quiz .aw-q-check").click();
      await page.locator("scam-quiz .aw-q-next").click();
    }
    const review = await page.locator("scam-quiz .aw-review").allInnerTexts();
    for (const english of ENGLISH_TOPICS) assert.ok(!review.join(" ").includes(english), `${lang}: "${english}" in the review`);
    await context.close();
  }
});

test("the map: reliability in words of the language, English source titles marked, CSV columns translated", async () => {
  const { page, context } = await widgetPage("signatory-map", { lang: "zh", highlight: "VN" }, ".aw-map-details");
  const source = await page.locator("signatory-map .aw-map-source").innerText();
  assert.match(source, /^来源：/);
  assert.match(source, /（(联合国记录|官方声明|新闻报道|未经证实)）$/, source);
  assert.doesNotMatch(source, /\((UN|OFF|NEWS|WEAK)\)/);
  // The as-of line: the sentence in Chinese, then the sources' English titles marked as English.
  const asOf = page.locator("signatory-map .aw-map-asof");
  assert.match(await asOf.innerText(), /^截至.+，数据来源：/);
  const titles = asOf.locator('li > bdi[lang="en"][dir="ltr"]');
  // Each title on a line of its own, not inside the sentence, where Arabic text broke around it.
  assert.ok(await titles.count() >= 1);
  assert.equal(await titles.count(), await asOf.locator("li").count());
  assert.match(await titles.first().innerText(), /UN Treaty Collection/);
  await page.locator("signatory-map .aw-map-views button").nth(1).click();
  const href = await page.locator("signatory-map a.aw-map-csv").getAttribute("href");
  const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ""));
  assert.equal(csv.split(/\r?\n/)[0], "\ufeff序号,国家,ISO代码,签署日期,签署地点,批准,来源,可信度");
  // Dates and places in the table follow Chinese punctuation too.
  const vn = await page.locator('signatory-map tr[data-iso="VN"] td').nth(1).innerText();
  assert.match(vn, /^2025年10月25日，河内$/, vn);
  await context.close();
});

test("calendar exports carry the event's title in the reader's language", async () => {
  const events = await (await fetch(`${SITE}/data/events.json`)).json();
  const deadline = events.events.find((e) => e.id === "signature-deadline");
  for (const lang of ["zh", "ar", "ru"]) {
    const { page, context } = await widgetPage("event-countdown", { lang }, ".aw-cd-ics");
    const ics = decodeURIComponent((await page.locator("event-countdown .aw-cd-ics").getAttribute("href")).split(",")[1]);
    // Unfold RFC 5545 continuation lines (a line break and one space) before reading a property.
    const unfolded = ics.replace(/\r\n /g, "");
    assert.ok(unfolded.split("\r\n").includes(`SUMMARY:${deadline.title[lang]}`), `${lang}: SUMMARY in\n${ics}`);
    const google = new URL(await page.locator("event-countdown .aw-cd-google").getAttribute("href"));
    assert.equal(google.searchParams.get("text"), deadline.title[lang]);
    await context.close();
  }
});

/** The seven languages, with the text each puts around a zone's name. */
const ZONED = { en: ["(", ")"], vi: ["(", ")"], ar: ["(", ")"], zh: ["（", "）"], fr: ["(", ")"], ru: ["(часовой пояс: ", ")"], es: ["(", ")"] };

/** What Intl writes in `lang` for the instant `ms` in `zone` (the reader's when null): the full
 * date and short time, and the zone's generic name. Runs in the page. */
function intlTime([lang, zone, ms]) {
  const z = zone ? { timeZone: zone } : {};
  const time = new Intl.DateTimeFormat(lang, { ...z, dateStyle: "full", timeStyle: "short", numberingSystem: "latn" }).format(ms);
  const name = new Intl.DateTimeFormat(lang, { ...z, timeZoneName: "longGeneric" }).formatToParts(ms)
    .find((p) => p.type === "timeZoneName").value;
  return { time, name };
}

test("dates and times in all seven languages: Intl's own patterns and zone names, no English city names", async () => {
  const deadline = Date.parse("2027-01-01T04:59:59Z");
  for (const [lang, [open, close]] of Object.entries(ZONED)) {
    const { page, context } = await widgetPage("event-countdown", { lang }, ".aw-cd-reader-time");
    const line = (selector) => page.locator(`event-countdown ${selector}`).innerText();
    const event = await page.evaluate(intlTime, [lang, "America/New_York", deadline]);
    assert.equal(await line(".aw-cd-event-time"), `${event.time} ${open}${event.name}${close}`.replace(" （", "（"), lang);
    const reader = await page.evaluate(intlTime, [lang, null, deadline]);
    assert.ok((await line(".aw-cd-reader-time")).endsWith(`${reader.time} ${open}${reader.name}${close}`.replace(" （", "（")), lang);
    // The zones are named by Intl in the language, never by an English city or a GMT offset.
    const both = await line(".aw-cd-times");
    if (lang !== "en") assert.doesNotMatch(both, /New York|Ho Chi Minh|Eastern Time/, lang);
    assert.doesNotMatch(both, /GMT|UTC[+-]/, lang);
    await context.close();
  }
});

test("a date in a sentence: the ended event's relative time in lower case, the map's dates with their month in words", async () => {
  // Ended yesterday, from the reader's clock: Intl's Vietnamese "Hôm qua" reads "hôm qua" inside a sentence.
  const at = new Date(Date.now() - 30 * 3600_000).toISOString();
  const { page, context } = await widgetPage("event-countdown", { lang: "vi", at, title: "Hội thảo" }, ".aw-cd-ended");
  assert.equal(await page.locator("event-countdown .aw-cd-ended").innerText(), "Đã kết thúc hôm qua.");
  await context.close();
  // Arabic "25 أكتوبر 2025", not dateStyle medium's "25/10/2025".
  const map = await widgetPage("signatory-map", { lang: "ar" }, ".aw-map-views button");
  await map.page.locator("signatory-map .aw-map-views button").nth(1).click();
  const vn = await map.page.locator('signatory-map tr[data-iso="VN"] td').nth(1).innerText();
  assert.match(vn, /^25 أكتوبر 2025/, vn);
  assert.doesNotMatch(vn, /\//);
  await map.context.close();
});

// Language packs: the wasm holds English alone; every other language comes as a small pack
// (assets/text.<widget>.<lang>.<hash>.txt) that the entry fetches beside the wasm.

/** The widget's first shadow text, recorded as it happens, and the packs and data files requested. */
async function firstText(widget, params, route) {
  const { page, context, log } = await open(browser, "about:blank");
  if (route) await page.route(/\/assets\/text\./, route);
  const packs = [];
  const data = [];
  page.on("request", (r) => {
    const name = r.url().replace(/^.*\/assets\//, "");
    if (r.url().includes("/assets/text.")) packs.push(name);
    if (/\/assets\/[^/]*\.json$/.test(r.url())) data.push(name.replace(/\.[0-9a-f]{8}\.json$/, ""));
  });
  await page.addInitScript(() => {
    window.__first = null;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      // The first words, past the busy placeholder ("…") of a widget waiting for its data.
      new MutationObserver(() => {
        if (!root.querySelector('[aria-busy="true"]')) window.__first ??= root.querySelector(".aw")?.textContent.trim() || null;
      })
        .observe(root, { subtree: true, childList: true, characterData: true });
      return root;
    };
  });
  await page.goto(`${SITE}/embed/${widget}.html?${new URLSearchParams(params)}`);
  await rendered(page, widget);
  return { page, context, log, packs, data, first: await page.evaluate(() => window.__first) };
}

test("language packs: a first frame already in the reader's language; English needs none", async () => {
  for (const [widget, lang, words] of [
    ["event-countdown", "vi", "Thời gian còn lại"],
    ["scam-quiz", "ar", "اختبار التوعية بالاحتيال"],
    ["signatory-map", "zh", "未签署"],
  ]) {
    const { context, log, packs, first } = await firstText(widget, { lang });
    assert.ok(first?.includes(words), `${widget} ${lang}, first frame: ${first}`);
    assert.deepEqual(packs.map((p) => p.replace(/\.[0-9a-f]{8}\.txt$/, "")), [`text.${widget}.${lang}`]);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
  const { context, packs, first } = await firstText("event-countdown", { lang: "en" });
  assert.match(first, /Time left/);
  assert.deepEqual(packs, [], "English is in the wasm");
  await context.close();
});

test("the countdown's built-in milestones come in the reader's language alone, in the first frame", async () => {
  for (const [lang, title, file] of [
    ["vi", "Hạn chót ký Công ước", "events.vi"],
    ["en", "Deadline to sign the Convention", "events.en"],
    ["de", "Deadline to sign the Convention", "events.en"],
  ]) {
    const { context, log, data, first } = await firstText("event-countdown", { lang });
    assert.ok(first?.startsWith(title), `${lang}, first frame: ${first}`);
    assert.deepEqual(data, [file], `${lang}: ${data}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("language packs: a widget whose lang changes waits for its pack, then speaks it", async () => {
  const { page, context, log, packs, data } = await firstText("event-countdown", { lang: "en" });
  await page.evaluate(() => document.querySelector("event-countdown").setAttribute("lang", "fr"));
  await page.locator("event-countdown .aw-cd-label", { hasText: "Temps restant" }).waitFor();
  assert.equal(packs.length, 1, packs.join());
  // The milestones' texts follow, from their own French file.
  await page.locator("event-countdown h2", { hasText: "Date limite de signature de la Convention" }).waitFor();
  assert.deepEqual(data, ["events.en", "events.fr"]);
  // A widget added later in a language already loaded needs no second download.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<event-countdown lang="fr" id="late"></event-countdown>'));
  await page.locator("#late .aw-cd-label", { hasText: "Temps restant" }).waitFor();
  assert.equal(packs.length, 1, packs.join());
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("language packs: an unreachable pack leaves the widget working in English, and says why in the console", async () => {
  const { context, log, first } = await firstText("scam-quiz", { lang: "vi" }, (route) => route.abort());
  assert.match(first, /Scam-awareness quiz/);
  assert.ok(log.errors.some((e) => e.includes("text/scam-quiz.vi.txt") && e.includes("showing English")), log.errors.join("\n"));
  await context.close();
});
