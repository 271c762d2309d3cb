// <scam-quiz>'s xAPI statements (`scam-quiz:xapi`, shaped as H5P's) and its resume state for
// hosts that keep progress themselves (`scam-quiz:progress`, the `resume` attribute), as an
// LMS bridge or the SCORM package uses them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, recordEvents, rendered, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const EVENTS = ["scam-quiz:xapi", "scam-quiz:answer", "scam-quiz:complete", "scam-quiz:progress"];
const ADL = "http://adlnet.gov/expapi/verbs/";

async function answerCurrent(page) {
  await page.locator("scam-quiz .aw-q-choice input").first().check();
  await page.locator("scam-quiz .aw-q-check").click();
  await page.locator("scam-quiz .aw-q-next").click();
}

const events = (page, name) => page.evaluate((name) => window.__events.filter((e) => e.name === name).map((e) => e.detail), name);

test("an attempt sends attempted, answered per question and completed, as xAPI 1.0.3 statements", async () => {
  const query = "lang=en&questions=3&seed=xapi&pass=60";
  const url = `${SITE}/embed/scam-quiz.html?${query}`;
  const { page, context, log } = await open(browser, url, {}, recordEvents(EVENTS));
  await page.locator("scam-quiz .aw-quiz-start").click();
  for (let n = 0; n < 3; n++) await answerCurrent(page);
  await page.locator("scam-quiz .aw-score").waitFor();

  const statements = await events(page, "scam-quiz:xapi");
  assert.deepEqual(statements.map((s) => s.verb.id), [`${ADL}attempted`, `${ADL}answered`, `${ADL}answered`, `${ADL}answered`, `${ADL}completed`]);
  const answers = await events(page, "scam-quiz:answer");
  const [complete] = await events(page, "scam-quiz:complete");
  for (const s of statements) {
    assert.deepEqual(s.actor, { objectType: "Agent", account: { homePage: SITE, name: "anonymous" } });
    assert.deepEqual(Object.keys(s.verb.display), ["en-US"]);
    assert.equal(s.object.objectType, "Activity");
    assert.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(s.context.language, "en");
  }
  // The built-in bank: ids start from the page's URL.
  assert.equal(statements[0].object.id, `${url}#scam-quiz`);
  assert.equal(statements[0].object.definition.type, "http://adlnet.gov/expapi/activities/assessment");
  statements.slice(1, 4).forEach((s, i) => {
    assert.equal(s.object.id, `${url}#${answers[i].questionId}`);
    assert.equal(s.result.success, answers[i].correct);
    assert.deepEqual(s.result.score, { min: 0, max: 1, raw: answers[i].correct ? 1 : 0, scaled: answers[i].correct ? 1 : 0 });
    assert.match(s.result.duration, /^PT(\d+M)?\d+(\.\d+)?S$/);
    const def = s.object.definition;
    assert.equal(def.type, "http://adlnet.gov/expapi/activities/cmi.interaction");
    assert.ok(["choice", "true-false"].includes(def.interactionType));
    assert.equal(def.correctResponsesPattern.length, 1);
    assert.equal(s.result.response === def.correctResponsesPattern[0], answers[i].correct);
    assert.equal(s.context.contextActivities.parent[0].id, `${url}#scam-quiz`);
  });
  const done = statements[4];
  assert.deepEqual(done.result.score, { min: 0, max: 3, raw: complete.score, scaled: Math.round((complete.score / 3) * 1e4) / 1e4 });
  assert.equal(done.result.success, complete.percent >= 60);
  assert.equal(done.result.completion, true);
  assert.match(done.result.duration, /^PT(\d+M)?\d+(\.\d+)?S$/);

  // The resume state: after each answer while the attempt is under way; none once complete.
  const progress = await events(page, "scam-quiz:progress");
  assert.deepEqual(progress.map((p) => [p.answered, p.total, p.complete, typeof p.state]),
    [[0, 3, false, "object"], [1, 3, false, "string"], [2, 3, false, "string"], [3, 3, true, "object"], [3, 3, true, "object"]]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a host that kept the progress state resumes the attempt with the resume attribute", async () => {
  const query = "lang=en&questions=3&seed=resume-attr&persist=off";
  const first = await open(browser, `${SITE}/embed/scam-quiz.html?${query}`, {}, recordEvents(EVENTS));
  await first.page.locator("scam-quiz .aw-quiz-start").click();
  await answerCurrent(first.page);
  const second = await first.page.locator("scam-quiz legend").innerText();
  const state = (await events(first.page, "scam-quiz:progress")).at(-1).state;
  assert.deepEqual(await first.page.evaluate(() => Object.keys(localStorage)), [], "persist=off: nothing stored");
  await first.context.close();

  const { page, context, log } = await open(browser,
    `${SITE}/embed/scam-quiz.html?${query}&${new URLSearchParams({ resume: state })}`, {}, recordEvents(EVENTS));
  await page.locator("scam-quiz .aw-quiz-start", { hasText: "Continue (Question 2 of 3)" }).click();
  assert.equal(await page.locator("scam-quiz legend").innerText(), second);
  assert.deepEqual((await events(page, "scam-quiz:xapi")).map((s) => s.verb.id), [`${ADL}resumed`]);
  assert.deepEqual(log.errors, []);
  await context.close();

  // A state that does not fit these settings is ignored: a new attempt, a console note, no notice.
  const other = await open(browser, `${SITE}/embed/scam-quiz.html?lang=en&questions=4&persist=off&${new URLSearchParams({ resume: state })}`);
  await other.page.locator("scam-quiz .aw-quiz-start", { hasText: /^Start/ }).waitFor();
  assert.equal(await other.page.locator("scam-quiz .aw-notice").count(), 0);
  assert.ok(other.log.infos.some((m) => /saved quiz progress ignored: saved with other quiz settings/.test(m)), other.log.infos.join("\n"));
  await other.context.close();
});

test("a bank given by src names the statements' objects", async () => {
  const { page, context } = await open(browser, `${HOST}/quiz-banks.html`, {}, recordEvents(EVENTS));
  await rendered(page, "#from-src");
  await page.locator("#from-src .aw-quiz-start").click();
  await page.locator("#from-src .aw-q-choice input").first().check();
  await page.locator("#from-src .aw-q-check").click();
  const [attempted, answered] = await events(page, "scam-quiz:xapi");
  assert.equal(attempted.object.id, `${HOST}/custom-bank.json#scam-quiz`);
  assert.match(answered.object.id, new RegExp(`^${HOST.replace(/\./g, "\\.")}/custom-bank\\.json#[a-z0-9-]+$`));
  assert.equal(answered.actor.account.homePage, HOST);
  await context.close();
});
