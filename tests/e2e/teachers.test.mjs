// The teachers' page (teachers.html): the bank checker gives the CLI's own errors (compared with
// `xtask validate-bank` run on the same text) or a live preview; the answer key shows every
// question of the built-in bank by topic with its right answers, one printed page per topic;
// the class guide's score script fills a tally and posts results. Also: languages (vi, en, ar
// right to left), axe, keyboard only, 320 px, and no request to any other origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { launch, open, SITE } from "./lib.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const ROOT = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), "utf8");
const BUILT_IN = JSON.parse(read("data/quiz/bank.json"));
const CUSTOM = read("www/hosts/custom-bank.json");
const SYNTAX_ERROR = read("www/hosts/broken-bank.json");

/** A bank with several problems, each found by a different rule, with field paths. */
const BROKEN = JSON.stringify({
  questions: [
    {
      id: "Bad Id", topic: "no-such-topic", kind: "single",
      prompt: { en: "Only English" },
      choices: [
        { id: "a", text: { en: "A", vi: "A" }, correct: false, feedback: { en: "F", vi: "F" } },
        { id: "b", text: { en: "B", vi: "B" }, correct: false, feedback: { en: "F", vi: "F" } },
      ],
      explanation: { en: "E", vi: "E" },
      source: { title: { en: "S", vi: "S" }, url: "ftp://example.org/" },
    },
    { id: "second", topic: "romance", kind: "true-false", colour: "red" },
  ],
}, null, 2);

/** What `cargo xtask validate-bank` prints for `text`, without the file-name prefix. */
function cliErrors(text) {
  const dir = mkdtempSync(join(tmpdir(), "aw-bank-"));
  const file = join(dir, "bank.json");
  writeFileSync(file, text);
  const run = spawnSync(new URL("target/debug/xtask", ROOT).pathname, ["validate-bank", file], { encoding: "utf8" });
  assert.notEqual(run.status, 0, "the CLI rejects the bank");
  return run.stdout.trim().split("\n").map((line) => line.slice(`${file}: `.length));
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens teachers.html (or `file`), recording every request (to check origins) and stubbing
 * window.print, and waits for its tools. */
async function teachers(params = {}, contextOptions = {}, file = "teachers.html") {
  const requests = [];
  const opened = await open(browser, `${SITE}/${file}?${new URLSearchParams({ lang: "en", ...params })}`, contextOptions, async (page) => {
    page.on("request", (r) => requests.push(r.url()));
    await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  });
  await opened.page.locator(file === "teachers.html" ? ".tk-key-topic" : "#class-demo-quiz .aw-quiz-start").first().waitFor();
  return { ...opened, requests };
}
const guide = (params, contextOptions) => teachers(params, contextOptions, "class-guide.html");

async function check(page, text) {
  await page.fill("#tk-bank-text", text);
  await page.click(".tk-check");
}

/** The page's problem list, written the way the CLI writes each error. */
const pageErrors = (page) => page.locator(".tk-problem").evaluateAll((items) => items.map((li) => {
  const place = li.dataset.path || `column ${li.dataset.column}`;
  return `line ${li.dataset.line}, ${place}: ${li.querySelector(".tk-problem-message").textContent}`;
}));

function assertClean(log) {
  assert.deepEqual(log.errors, [], "no page errors");
}

test("a broken bank: every error of the CLI, with line and field path, in a polite summary", async () => {
  const { page, context, log } = await teachers();
  for (const text of [BROKEN, SYNTAX_ERROR]) {
    await check(page, text);
    const expected = cliErrors(text);
    await page.locator(".tk-problem").first().waitFor();
    assert.deepEqual(await pageErrors(page), expected);
    const status = page.locator(".tk-status[role=status][aria-live=polite]");
    assert.equal(await status.innerText(), `The bank is not valid. Problems found: ${expected.length}.`);
  }
  // The semantic bank's errors name their fields.
  await check(page, BROKEN);
  const paths = await page.locator(".tk-problem").evaluateAll((l) => l.map((li) => li.dataset.path));
  for (const p of ["questions[0].id", "questions[0].topic", "questions[0].prompt", "questions[0].choices", "questions[0].source.url", "questions[1].colour"]) {
    assert.ok(paths.includes(p), `${p} in ${paths.join(", ")}`);
  }
  assert.equal(await page.locator(".tk-preview-quiz").count(), 0, "no preview for a broken bank");
  // Nothing pasted: told so.
  await check(page, "  ");
  assert.equal(await page.locator(".tk-status").innerText(), "Paste a bank or choose a file first.");
  assertClean(log);
  await context.close();
});

test("a valid bank, pasted, uploaded or dropped: the summary, the question list and a live quiz on it", async () => {
  const { page, context, log, requests } = await teachers();
  await check(page, CUSTOM);
  assert.equal(await page.locator(".tk-status").innerText(), "The bank is valid. Questions: 2. Topics: 1. Languages: English and Tiếng Việt.");
  // The preview is a <scam-quiz> running on this bank (its inline JSON), not the built-in one.
  const quiz = page.locator(".tk-preview-quiz scam-quiz");
  assert.equal(await quiz.getAttribute("persist"), "off");
  await page.locator(".tk-preview-quiz scam-quiz .aw-quiz-start").click();
  assert.match(await page.locator(".tk-preview-quiz scam-quiz legend").innerText(), /Custom question (one|two)/);
  // The list shows the questions as text: the markup in the bank stays text.
  const listed = await page.locator(".tk-question-list li").evaluateAll((l) => l.map((li) => li.dataset.questionId));
  assert.deepEqual(listed, ["school-bank-one", "school-bank-two"]);
  assert.match(await page.locator(".tk-question-list li").nth(1).textContent(), /<img src=x onerror=/);

  // Upload: the file's text lands in the box (to be fixed there) and is checked at once.
  await page.fill("#tk-bank-text", "");
  await page.setInputFiles(".tk-file-input", new URL("www/hosts/broken-bank.json", ROOT).pathname);
  await page.locator(".tk-problem").first().waitFor();
  assert.equal(await page.inputValue("#tk-bank-text"), SYNTAX_ERROR);
  await page.setInputFiles(".tk-file-input", new URL("www/hosts/custom-bank.json", ROOT).pathname);
  await page.locator(".tk-status.tk-valid").waitFor();

  // Drop a file on the box.
  await check(page, "{");
  await page.locator(".tk-status.tk-invalid").waitFor();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    const zone = document.querySelector(".tk-drop");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, CUSTOM);
  await page.locator(".tk-status.tk-valid").waitFor();

  // "Answer key for this bank" switches the key to it and moves focus there.
  await page.click(".tk-to-key");
  await page.locator(".tk-key-q[data-question-id=school-bank-one]").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), "tk-key-h");
  assert.equal(await page.locator(".tk-key-q").count(), 2);
  assert.equal(await page.evaluate(() => window.__xss), undefined, "bank text is never parsed as HTML");
  assert.ok(requests.every((url) => url.startsWith(`${SITE}/`)), `only our origin: ${requests.filter((u) => !u.startsWith(SITE)).join(" ")}`);
  assertClean(log);
  await context.close();
});

/** The built-in bank's topic order (standard topics, as the key lists them). */
const TOPIC_ORDER = ["authority-impersonation", "bank-otp", "fake-apps", "phishing-links", "task-jobs", "investment-crypto",
  "romance", "online-shopping", "deepfake", "money-recovery", "after-scam"];

/** The key as the page shows it: per topic, its questions with the texts of the marked choices. */
const shownKey = (page) => page.locator(".tk-key-topic").evaluateAll((sections) => sections.map((s) => ({
  topic: s.dataset.topic,
  questions: [...s.querySelectorAll(".tk-key-q")].map((q) => ({
    id: q.dataset.questionId,
    prompt: q.querySelector(".tk-key-prompt").textContent,
    correct: [...q.querySelectorAll(".tk-choice[data-correct=true]")].map((c) => c.lastElementChild.textContent),
    mark: q.querySelector(".tk-choice[data-correct=true] .tk-mark")?.textContent,
  })),
})));

/** The same, computed from bank.json in `lang`. */
function expectedKey(lang) {
  const present = TOPIC_ORDER.filter((t) => BUILT_IN.questions.some((q) => q.topic === t));
  return present.map((topic) => ({
    topic,
    questions: BUILT_IN.questions.filter((q) => q.topic === topic).map((q) => ({
      id: q.id,
      prompt: q.prompt[lang],
      correct: q.choices.filter((c) => c.correct).map((c) => c.text[lang]),
    })),
  }));
}

test("the answer key: every built-in question by topic with its right answers, in English and Vietnamese, and the sources", async () => {
  const { page, context, log } = await teachers();
  const shown = await shownKey(page);
  assert.deepEqual(shown.map(({ topic, questions }) => ({ topic, questions: questions.map(({ mark, ...q }) => q) })), expectedKey("en"));
  // Marked by a word and a sign, not only by colour.
  assert.ok(shown.every((t) => t.questions.every((q) => q.mark === "✓ Correct: ")));
  // Numbered straight through.
  const starts = await page.locator(".tk-key-questions").evaluateAll((l) => l.map((ol) => Number(ol.getAttribute("start"))));
  let n = 1;
  shown.forEach((t, i) => { assert.equal(starts[i], n); n += t.questions.length; });
  // Each source once.
  const urls = new Set(BUILT_IN.questions.map((q) => q.source.url));
  assert.equal(await page.locator(".tk-key-sources li").count(), urls.size);
  assert.deepEqual(new Set(await page.locator(".tk-key-sources .tk-url").allTextContents()), urls);

  // The key's language: any of the bank's, independently of the page's.
  assert.deepEqual(await page.locator(".tk-key-lang option").evaluateAll((o) => o.map((x) => x.value)), ["en", "vi"]);
  await page.selectOption(".tk-key-lang", "vi");
  await page.locator(".tk-key[lang=vi]").waitFor();
  assert.deepEqual((await shownKey(page)).map(({ topic, questions }) => ({ topic, questions: questions.map(({ mark, ...q }) => q) })), expectedKey("vi"));
  assert.equal(await page.locator(".tk-key h3").innerText(), "Trắc nghiệm nhận biết lừa đảo: đáp án");
  await page.click(".tk-print");
  assert.equal(await page.evaluate(() => window.__printed), 1, "Print opens the print dialog");
  assertClean(log);
  await context.close();
});

test("printing: only the key, each topic on its own page, questions kept whole", async () => {
  const { page, context } = await teachers();
  await page.emulateMedia({ media: "print" });
  const breaks = await page.locator(".tk-key-topic").evaluateAll((l) => l.map((s) => getComputedStyle(s).breakBefore));
  assert.equal(breaks.length, expectedKey("en").length);
  assert.deepEqual(breaks, breaks.map((_, i) => (i === 0 ? "auto" : "page")), "the first topic shares page one with the title");
  assert.equal(await page.locator(".tk-key-sources").evaluate((s) => getComputedStyle(s).breakBefore), "page");
  assert.equal(await page.locator(".tk-key-q").first().evaluate((q) => getComputedStyle(q).breakInside), "avoid");
  for (const hidden of ["[data-site-tool=bank-checker]", ".tk-key-controls", ".tk-page-head"]) {
    assert.equal(await page.locator(hidden).evaluate((e) => getComputedStyle(e).display), "none", hidden);
  }
  assert.equal(await page.locator(".tk-key").evaluate((e) => getComputedStyle(e).color), "rgb(0, 0, 0)");
  // On screen, the same page reads as one document.
  await page.emulateMedia({ media: "screen" });
  assert.notEqual(await page.locator("[data-site-tool=bank-checker]").evaluate((e) => getComputedStyle(e).display), "none");
  await context.close();
});

test("languages: Vietnamese throughout; Arabic right to left, with the English key marked ltr", async () => {
  const vi = await teachers({ lang: "vi" });
  assert.equal(await vi.page.locator("h1").innerText(), "Dành cho giáo viên");
  assert.equal(await vi.page.evaluate(() => document.documentElement.lang), "vi");
  assert.equal(await vi.page.locator(".tk-check").innerText(), "Kiểm tra bộ câu hỏi");
  assert.equal(await vi.page.locator(".tk-key").getAttribute("lang"), "vi", "the key follows the page when the bank has its language");
  await check(vi.page, BROKEN);
  assert.match(await vi.page.locator(".tk-status").innerText(), /^Bộ câu hỏi chưa hợp lệ\. Số lỗi tìm thấy: \d+\.$/);
  assert.equal(await vi.page.locator(".tk-problem .tk-problem-text").first().getAttribute("lang"), "en", "the CLI's messages are marked English");
  await vi.context.close();
  const viGuide = await guide({ lang: "vi" });
  assert.equal(await viGuide.page.locator("#tk-guide-h").innerText(), "Tổ chức cho cả lớp");
  assert.equal(await viGuide.page.title(), "Tổ chức cho cả lớp · Dành cho giáo viên");
  assert.equal(await viGuide.page.locator(".site-nav a[aria-current=page]").getAttribute("href"), "class-guide.html?lang=vi");
  await viGuide.context.close();

  const ar = await teachers({ lang: "ar" });
  assert.equal(await ar.page.evaluate(() => document.documentElement.dir), "rtl");
  for (const tool of ["teachers-intro", "bank-checker", "answer-key"]) {
    assert.equal(await ar.page.locator(`[data-site-tool=${tool}]`).getAttribute("dir"), "rtl", tool);
  }
  assert.equal(await ar.page.locator(".tk-checker h2").innerText(), "تحقّق من بنك أسئلتك");
  assert.equal(await ar.page.locator(".tk-key").getAttribute("lang"), "en", "the bank has no Arabic: its first language");
  assert.equal(await ar.page.locator(".tk-key").getAttribute("dir"), "ltr");
  // Logical properties: the summary's bar is on the start side, the right in Arabic.
  await check(ar.page, CUSTOM);
  const bar = await ar.page.locator(".tk-status.tk-valid").evaluate((e) => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]);
  assert.deepEqual(bar, ["6px", "0px"]);
  assertClean(ar.log);
  await ar.context.close();
  const arGuide = await guide({ lang: "ar" });
  assert.equal(await arGuide.page.locator("[data-site-tool=class-guide]").getAttribute("dir"), "rtl");
  assert.equal(await arGuide.page.locator(".tk-code").first().getAttribute("dir"), "ltr", "code stays left to right");
  await arGuide.context.close();
});

/** Runs axe on the whole page and returns the violations. */
async function audit(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`);
  });
}

for (const lang of ["en", "vi", "ar"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations: ${lang}, ${scheme}`, async () => {
      // bypassCSP: axe is injected as an inline script, which the page's CSP rightly forbids.
      const { page, context } = await teachers({ lang }, { colorScheme: scheme, bypassCSP: true });
      const failures = [];
      for (const v of await audit(page)) failures.push(`start: ${v}`);
      await check(page, BROKEN);
      await page.locator(".tk-problem").first().waitFor();
      for (const v of await audit(page)) failures.push(`errors: ${v}`);
      await check(page, CUSTOM);
      await page.locator(".tk-preview-quiz scam-quiz .aw-quiz-start").waitFor();
      await page.locator(".tk-question-list summary").click();
      for (const v of await audit(page)) failures.push(`valid: ${v}`);
      await context.close();
      const guidePage = await guide({ lang }, { colorScheme: scheme, bypassCSP: true });
      await guidePage.page.locator(".tk-topics summary").click();
      for (const v of await audit(guidePage.page)) failures.push(`guide: ${v}`);
      await guidePage.context.close();
      assert.deepEqual(failures, []);
    });
  }
}

/** Where focus is, with whether it shows a ring. */
const focusState = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return { tag: el.tagName.toLowerCase(), cls: el.className, id: el.id, ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
});

async function tabUntil(page, matches) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const state = await focusState(page);
    assert.notEqual(state.tag, "body", "focus is never lost");
    assert.ok(state.ring, `visible focus ring on ${state.tag}.${state.cls}`);
    if (matches(state)) return state;
  }
  throw new Error("never reached the control");
}

test("keyboard only: paste, check, go to the error's line, pick the key's language, print", async () => {
  const { page, context, log } = await teachers();
  await tabUntil(page, (s) => s.id === "tk-bank-text");
  await page.keyboard.insertText(BROKEN);
  await tabUntil(page, (s) => s.cls.includes("tk-check"));
  await page.keyboard.press("Enter");
  await page.locator(".tk-problem").first().waitFor();
  // The first problem's button takes the cursor to its line and column in the box.
  await tabUntil(page, (s) => s.cls.includes("tk-goto"));
  const [line, column] = await page.locator(".tk-problem").first().evaluate((li) => [Number(li.dataset.line), Number(li.dataset.column)]);
  await page.keyboard.press("Enter");
  assert.equal((await focusState(page)).id, "tk-bank-text");
  const at = BROKEN.split("\n").slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  assert.equal(await page.evaluate(() => document.getElementById("tk-bank-text").selectionStart), at);
  // On to the answer key: its language by arrow key, then Print.
  await tabUntil(page, (s) => s.id === "tk-key-lang");
  await page.keyboard.press("ArrowDown");
  await page.locator(".tk-key[lang=vi]").waitFor();
  await tabUntil(page, (s) => s.cls.includes("tk-print"));
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => window.__printed), 1);
  assertClean(log);
  await context.close();
});

test("320 px wide: no horizontal scroll, in English and Arabic, with errors and a preview", async () => {
  for (const lang of ["en", "ar"]) {
    const { page, context } = await teachers({ lang }, { viewport: { width: 320, height: 700 } });
    await check(page, BROKEN);
    await page.locator(".tk-problem").first().waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `${lang}: errors fit`);
    await check(page, CUSTOM);
    await page.locator(".tk-preview-quiz scam-quiz .aw-quiz-start").waitFor();
    await page.locator(".tk-question-list summary").click();
    await page.waitForTimeout(100);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${lang}: page is ${width} px wide`);
    await context.close();
    const guidePage = await guide({ lang }, { viewport: { width: 320, height: 700 } });
    const guideWidth = await guidePage.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(guideWidth <= 320, `${lang}: the guide is ${guideWidth} px wide`);
    await guidePage.context.close();
  }
});

test("run a class: the guide shows the served script, and that script fills the tally and posts each result", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const posted = [];
  // The page as a teacher would set it up: the same script, told where to post.
  await page.route(`${SITE}/class-guide.html*`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<script src="class-scores.js" defer>', '<script src="class-scores.js" data-results-url="/collect" defer>');
    assert.match(html, /data-results-url="\/collect"/);
    await route.fulfill({ response, body: html });
  });
  await page.route(`${SITE}/collect`, async (route) => {
    posted.push(JSON.parse(route.request().postData()));
    await route.fulfill({ status: 204 });
  });
  await page.goto(`${SITE}/class-guide.html?lang=en`);
  const shown = await page.locator(".tk-script code").textContent();
  assert.equal(shown, read("www/class-scores.js"), "the guide shows exactly the served file");
  const text = await page.locator(".tk-guide").innerText();
  assert.ok(text.includes(`${SITE}/widgets/scam-quiz.js`) && text.includes(`${SITE}/embed/scam-quiz.html?`), "snippets name this site");
  assert.match(text, /seed="class-7b-week-3"/);
  const quiz = (s) => page.locator(`#class-demo-quiz ${s}`);
  await quiz(".aw-quiz-start").click();
  for (let i = 0; i < 2; i++) {
    await quiz(".aw-q-choice input").first().check();
    await quiz(".aw-q-check").click();
    await quiz(".aw-q-next").click();
  }
  await page.locator("#class-scores li").waitFor();
  const line = await page.locator("#class-scores li").innerText();
  const score = Number((await quiz(".aw-score").innerText()).match(/You got (\d+) of 2/)[1]);
  assert.equal(line, `${score}/2 (${Math.round((score / 2) * 100)}%)`);
  await page.waitForTimeout(200);
  assert.equal(posted.length, 1);
  assert.deepEqual(Object.keys(posted[0]).sort(), ["percent", "score", "topics", "total"]);
  assert.equal(posted[0].score, score);
  assert.equal(posted[0].total, 2);
  assert.equal(posted[0].topics.reduce((n, t) => n + t.total, 0), 2);
  await context.close();
});
