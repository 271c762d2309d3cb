// <scam-quiz> as a class or a reader uses it: a whole attempt by keyboard only (with the events
// an LMS would record), resume after reload, no storage, the school's own banks, broken banks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, recordEvents, rendered, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Opens the quiz's iframe page with `params`, recording its events. */
async function quizPage(params) {
  const opened = await open(browser, `${SITE}/embed/scam-quiz.html?${new URLSearchParams(params)}`, {},
    recordEvents(["scam-quiz:answer", "scam-quiz:complete"]));
  await opened.page.locator("scam-quiz .aw-quiz-start").waitFor();
  return { ...opened, errors: opened.log.errors };
}

/** The class of the element focused inside the widget ("" when focus is elsewhere). */
const focused = (page) => page.evaluate(() => {
  const inner = document.activeElement?.shadowRoot?.activeElement;
  return inner ? `${inner.tagName.toLowerCase()}.${inner.className}` : document.activeElement?.tagName.toLowerCase();
});

/** Presses Tab until the focused element inside the widget matches `pattern`. */
async function tabTo(page, pattern) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    assert.notEqual(now, "body", "focus is never lost to the page body");
    if (pattern.test(now)) return now;
  }
  throw new Error(`never reached ${pattern}`);
}

test("a whole attempt by keyboard only, with answer and complete events", async () => {
  const { page, context, errors } = await quizPage({ lang: "en", questions: "4", seed: "keyboard" });
  await tabTo(page, /button\.aw-quiz-start/);
  await page.keyboard.press("Enter");
  assert.match(await focused(page), /legend\.aw-q-prompt/, "Start moves focus to the first question");
  for (let n = 1; n <= 4; n++) {
    assert.equal(await page.locator("scam-quiz .aw-q-progress").innerText(), `Question ${n} of 4`);
    // Check without an answer: told to choose, nothing is checked automatically.
    await tabTo(page, /button\.aw-q-check/);
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("scam-quiz .aw-q-warning").innerText(), "Choose an answer first.");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    await tabTo(page, /button\.aw-q-check/);
    await page.keyboard.press("Enter");
    assert.match(await focused(page), /div\.aw-q-feedback/, "Check moves focus to the feedback");
    assert.match(await page.locator("scam-quiz .aw-q-verdict").innerText(), /^(Correct!|Not quite\.)$/);
    assert.ok(await page.locator("scam-quiz .aw-q-choice-feedback").count() >= 2, "feedback on every choice");
    await tabTo(page, /button\.aw-q-next/);
    await page.keyboard.press("Enter");
  }
  assert.match(await focused(page), /h2/, "the results heading takes focus");
  const events = await page.evaluate(() => window.__events);
  const answers = events.filter((e) => e.name === "scam-quiz:answer");
  assert.equal(answers.length, 4);
  for (const a of answers) assert.deepEqual(Object.keys(a.detail).sort(), ["correct", "questionId"]);
  const complete = events.filter((e) => e.name === "scam-quiz:complete");
  assert.equal(complete.length, 1);
  const right = answers.filter((a) => a.detail.correct).length;
  assert.equal(complete[0].detail.score, right);
  assert.equal(complete[0].detail.total, 4);
  assert.equal(complete[0].detail.percent, Math.round((right / 4) * 100));
  assert.equal(complete[0].detail.topics.reduce((n, t) => n + t.total, 0), 4);
  assert.match(await page.locator("scam-quiz .aw-score").innerText(), new RegExp(`You got ${right} of 4 right`));
  // Show the solutions, then retry: a fresh draw.
  await tabTo(page, /button\.aw-secondary/);
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("scam-quiz .aw-solution").count(), 4);
  const firstDraw = answers.map((a) => a.detail.questionId);
  await page.locator("scam-quiz .aw-retry").press("Enter");
  await page.locator("scam-quiz .aw-q-progress", { hasText: "Question 1 of 4" }).waitFor();
  await page.locator("scam-quiz .aw-q-choice input").first().check();
  await page.locator("scam-quiz .aw-q-check").press("Enter");
  const retried = (await page.evaluate(() => window.__events)).filter((e) => e.name === "scam-quiz:answer").at(-1).detail.questionId;
  assert.ok(!firstDraw.includes(retried) || firstDraw[0] !== retried, "the retry draws again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the same seed gives every pupil the same questions", async () => {
  const ids = [];
  for (let pupil = 0; pupil < 2; pupil++) {
    const { page, context } = await quizPage({ lang: "vi", questions: "3", seed: "lop-7A" });
    await page.locator("scam-quiz .aw-quiz-start").click();
    ids.push(await page.locator("scam-quiz legend").innerText());
    await context.close();
  }
  assert.equal(ids[0], ids[1]);
});

test("progress survives a reload, and persist=off keeps nothing", async () => {
  const { page, context } = await quizPage({ lang: "en", questions: "3", seed: "resume" });
  await page.locator("scam-quiz .aw-quiz-start").click();
  const first = await page.locator("scam-quiz legend").innerText();
  await page.locator("scam-quiz .aw-q-choice input").first().check();
  await page.locator("scam-quiz .aw-q-check").click();
  await page.locator("scam-quiz .aw-q-next").click();
  const second = await page.locator("scam-quiz legend").innerText();
  await page.reload();
  await page.locator("scam-quiz .aw-quiz-start", { hasText: "Continue (Question 2 of 3)" }).waitFor();
  await page.locator("scam-quiz .aw-quiz-start").click();
  assert.equal(await page.locator("scam-quiz legend").innerText(), second);
  assert.notEqual(first, second);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^awareness-widgets:scam-quiz:[0-9a-f]{16}:[0-9a-f]{16}$/);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${SITE}/embed/scam-quiz.html?lang=en&questions=3&seed=resume&persist=off`);
  await page.locator("scam-quiz .aw-quiz-start").click();
  await page.locator("scam-quiz .aw-q-choice input").first().check();
  await page.locator("scam-quiz .aw-q-check").click();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  await context.close();
});

test("without localStorage (sandboxed iframe) the quiz works and shows no error", async () => {
  const { page, context, log } = await open(browser, `${HOST}/sandboxed.html`);
  const frame = page.frameLocator("#quiz");
  await frame.locator("scam-quiz .aw-quiz-start").click();
  await frame.locator("scam-quiz .aw-q-choice input").first().check();
  await frame.locator("scam-quiz .aw-q-check").click();
  await frame.locator("scam-quiz .aw-q-verdict").waitFor();
  assert.equal(await frame.locator("scam-quiz .aw-notice").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a school's own bank by src or inline; a broken or unreachable bank falls back, clearly", async () => {
  const { page, context, log } = await open(browser, `${HOST}/quiz-banks.html`);
  for (const id of ["from-src", "inline", "broken", "unreachable", "broken-inline", "unknown-topic"]) await rendered(page, `#${id}`);
  await page.locator("#from-src .aw-quiz-start").click();
  assert.match(await page.locator("#from-src legend").innerText(), /^Custom question (one|two)/);
  await page.locator("#inline .aw-quiz-start").click();
  // Markup in a bank is text: it shows, and nothing runs.
  assert.match(await page.locator("#inline legend").innerText(), /^<img src=x onerror="window.__xss=1"> Inline question/);
  assert.match(await page.locator("#inline .aw-q-choices").innerText(), /<script>window.__xss=2<\/script>/);
  assert.equal(await page.locator("#inline img").count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);

  await page.locator("#broken .aw-notice", { hasText: "not valid" }).waitFor();
  assert.ok(log.warnings.some((w) => /\[scam-quiz\] src "broken-bank.json": line 3, column 21: expected ',' or '}'/.test(w)), log.warnings.join("\n"));
  await page.locator("#unreachable .aw-notice", { hasText: "Could not load" }).waitFor();
  // A broken inline bank and a topic the bank lacks: a notice each, and one console warning each.
  await page.locator("#broken-inline .aw-notice", { hasText: "not valid" }).waitFor();
  await page.locator("#unknown-topic .aw-notice", { hasText: "no-such-topic" }).waitFor();
  const once = (pattern) => assert.equal(log.warnings.filter((w) => pattern.test(w)).length, 1, log.warnings.join("\n"));
  once(/\[scam-quiz\] inline bank ignored, using the built-in bank:\n.*line 1/);
  once(/\[scam-quiz\] topics not in the bank, ignored: no-such-topic$/);
  await page.locator("#broken-inline .aw-quiz-start").click();
  await page.locator("#broken-inline .aw-q-progress", { hasText: "Question 1 of 2" }).waitFor();
  // The built-in bank can still be started.
  await page.locator("#broken .aw-quiz-start").click();
  await page.locator("#broken .aw-q-progress", { hasText: "Question 1 of 2" }).waitFor();
  await context.close();
});

test("in Arabic, the bank's English fallback keeps its own language and direction", async () => {
  const { page, context } = await quizPage({ lang: "ar", questions: "1", seed: "rtl" });
  assert.equal(await page.locator("scam-quiz .aw").getAttribute("dir"), "rtl");
  await page.locator("scam-quiz .aw-quiz-start").click();
  const prompt = page.locator("scam-quiz legend span[lang=en]");
  assert.equal(await prompt.getAttribute("dir"), "ltr");
  assert.equal(await page.locator("scam-quiz .aw-q-choice span[lang=en][dir=ltr]").count(), await page.locator("scam-quiz .aw-q-choice").count());
  assert.match(await page.locator("scam-quiz .aw-q-check").innerText(), /[\u0600-\u06FF]/, "the interface itself is Arabic");
  await context.close();
});
