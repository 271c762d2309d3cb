// The quiz as a SCORM 1.2 package in a real LMS runtime. `cargo xtask scorm` writes the zip;
// a small "LMS" (one origin, apart from the widgets' host, serving files with Moodle's content
// types) plays it with scorm-again's Scorm12API as window.API and frames the launch page, as
// Moodle's player does. Every cmi value is checked, every request must stay on the LMS's
// origin, and a relaunch Moodle-style (entry "resume" only after a "suspend" exit) continues
// the attempt where it stopped.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { inflateRawSync } from "node:zlib";
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, open, recordEvents, SITE } from "./lib.mjs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const SCORM_AGAIN = readFileSync(require.resolve("scorm-again/scorm12"));
const ROOT = new URL("../../", import.meta.url).pathname;

/** `cargo xtask scorm ARGS`: its exit status and output. */
function xtaskScorm(args) {
  const result = spawnSync(process.env.CARGO || "cargo", ["xtask", "scorm", ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The files of a zip (stored or deflated entries), by name, from its central directory. */
function unzip(buffer) {
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, "a zip file");
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(at), 0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataAt, dataAt + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

// The content types Moodle's file server sends (lib/filelib.php's mimetypes): it knows .js as
// application/x-javascript and does not know .wasm at all.
const MOODLE_TYPES = { html: "text/html", js: "application/x-javascript", css: "text/css", json: "application/json",
  xml: "application/xml", wasm: "document/unknown" };

const PLAYER = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
</head>
<body><h1>Test LMS</h1><script src="/scorm12.js"></script><script src="/player.js"></script></body></html>`;

// The LMS side: scorm-again as window.API, every call recorded with its result, the SCO framed.
const PLAYER_JS = `
const config = JSON.parse(decodeURIComponent(location.hash.slice(1)) || "{}");
const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
if (config.cmi) api.loadFromJSON(config.cmi);
window.__calls = [];
for (const name of ["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit", "LMSFinish", "LMSGetLastError"]) {
  const real = api[name].bind(api);
  api[name] = (...args) => {
    if (config.failSetValue && name === "LMSSetValue") { window.__calls.push([name, ...args, "false"]); window.__lastError = "405"; return "false"; }
    if (config.failSetValue && name === "LMSGetLastError" && window.__lastError) { const e = window.__lastError; window.__lastError = ""; return e; }
    const result = real(...args);
    if (name !== "LMSGetLastError") window.__calls.push([name, ...args, String(result)]);
    return result;
  };
}
window.API = api;
const frame = document.createElement("iframe");
frame.id = "sco";
frame.title = "Quiz";
frame.style.width = "100%";
frame.style.height = "900px";
frame.src = "/pkg/index.html";
document.body.append(frame);
`;

let browser, server, lms, files, workdir, cliZip;

before(async () => {
  workdir = mkdtempSync(join(tmpdir(), "scorm-e2e-"));
  const zipPath = join(workdir, "quiz.zip");
  const made = xtaskScorm(["--out", zipPath, "--lang", "en", "--questions", "3", "--seed", "scorm-e2e", "--pass", "60"]);
  assert.equal(made.status, 0, made.output);
  cliZip = readFileSync(zipPath);
  files = unzip(cliZip);
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const send = (type, body) => {
      response.writeHead(200, { "Content-Type": type, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" });
      response.end(body);
    };
    if (path === "/player.html") return send("text/html", PLAYER);
    if (path === "/player.js") return send("application/x-javascript", PLAYER_JS);
    if (path === "/scorm12.js") return send("application/x-javascript", SCORM_AGAIN);
    const file = path.startsWith("/pkg/") && files.get(path.slice(5));
    if (file) return send(MOODLE_TYPES[path.split(".").pop()] || "application/octet-stream", file);
    response.writeHead(404, { "Content-Type": "text/plain" });
    response.end("not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  lms = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

/** Opens the LMS's player with `config`; records every request. Returns the SCO's frame too. */
async function player(config = {}) {
  const requests = [];
  const opened = await open(browser, `${lms}/player.html#${encodeURIComponent(JSON.stringify(config))}`, {},
    async (page) => {
      page.context().on("request", (r) => requests.push(r.url()));
      await recordEvents(["scam-quiz:complete", "scam-quiz:progress"])(page);
    });
  const frame = opened.page.frameLocator("#sco");
  await frame.locator("scam-quiz .aw-quiz-start").waitFor();
  return { ...opened, frame, requests };
}

const calls = (page) => page.evaluate(() => window.__calls);
const sets = (list) => list.filter((c) => c[0] === "LMSSetValue").map((c) => [c[1], c[2]]);
const lastSet = (list, element) => sets(list).filter(([e]) => e === element).map(([, v]) => v).at(-1);

async function answer(frame) {
  await frame.locator("scam-quiz .aw-q-choice input").first().check();
  await frame.locator("scam-quiz .aw-q-check").click();
  await frame.locator("scam-quiz .aw-q-next").click();
}

/** Leaves the SCO as a learner leaving Moodle's player does: the frame goes away. */
async function leave(page) {
  await page.evaluate(() => document.getElementById("sco").remove());
  await page.waitForFunction(() => window.__calls.some((c) => c[0] === "LMSFinish"));
}

function onlyTheLms(requests) {
  const away = requests.filter((url) => !url.startsWith(`${lms}/`) && !url.startsWith("data:"));
  assert.deepEqual(away, [], "no request leaves the LMS's origin");
  assert.ok(requests.some((u) => u.endsWith(".wasm")), "the wasm came from the package");
}

test("the manifest names the launch page and the mastery score", () => {
  const manifest = files.get("imsmanifest.xml").toString();
  assert.equal([...files.keys()][0], "imsmanifest.xml");
  assert.match(manifest, /<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/);
  assert.match(manifest, /<resource identifier="quiz-resource" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
  assert.match(manifest, /<adlcp:masteryscore>60<\/adlcp:masteryscore>/);
  for (const name of files.keys()) {
    if (name !== "imsmanifest.xml") assert.ok(manifest.includes(`<file href="${name}"/>`), `${name} is listed`);
  }
});

test("a whole attempt in the LMS: status, score, session time, commit and finish", async () => {
  const { page, frame, requests, log, context } = await player({ cmi: { student_data: { mastery_score: "60" } } });
  assert.equal(await frame.locator("#scorm-note").isHidden(), true, "in an LMS, no note");
  const start = await calls(page);
  assert.deepEqual(start[0], ["LMSInitialize", "", "true"], "LMSInitialize(\"\") first");
  assert.ok(start.some((c) => c[0] === "LMSGetValue" && c[1] === "cmi.core.entry"));
  assert.equal(lastSet(start, "cmi.core.lesson_status"), "incomplete", "a new attempt is incomplete");

  await frame.locator("scam-quiz .aw-quiz-start").click();
  for (let n = 0; n < 3; n++) await answer(frame);
  await frame.locator("scam-quiz .aw-score").waitFor();
  const sco = page.frames().find((f) => f.url().endsWith("/pkg/index.html"));
  const complete = (await sco.evaluate(() => window.__events)).find((e) => e.name === "scam-quiz:complete").detail;
  await page.waitForFunction(() => window.__calls.some((c) => c[1] === "cmi.core.score.raw"));
  const done = await calls(page);
  assert.equal(lastSet(done, "cmi.core.score.raw"), String(complete.percent));
  assert.equal(lastSet(done, "cmi.core.score.min"), "0");
  assert.equal(lastSet(done, "cmi.core.score.max"), "100");
  assert.equal(lastSet(done, "cmi.core.lesson_status"), complete.percent >= 60 ? "passed" : "failed");
  assert.match(lastSet(done, "cmi.core.session_time"), /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  const statusAt = done.findLastIndex((c) => c[1] === "cmi.core.lesson_status");
  assert.ok(done.slice(statusAt).some((c) => c[0] === "LMSCommit" && c[2] === "true"), "committed after the score");
  assert.ok(sets(done).filter(([e]) => e === "cmi.suspend_data").length >= 2, "progress went to suspend_data");
  for (const [element, value] of sets(done)) {
    if (element === "cmi.suspend_data") assert.ok(value.length < 4096, `${value.length} characters`);
  }
  assert.ok(done.every((c) => c[0] !== "LMSSetValue" || c.at(-1) === "true"), `every value accepted: ${JSON.stringify(done)}`);

  await leave(page);
  const finished = await calls(page);
  assert.equal(lastSet(finished, "cmi.core.exit"), "", "complete: a normal exit");
  assert.equal(lastSet(finished, "cmi.suspend_data"), "");
  assert.deepEqual(finished.filter((c) => c[0] === "LMSFinish"), [["LMSFinish", "", "true"]]);
  assert.equal(await page.evaluate(() => window.API.cmi.core.lesson_status), complete.percent >= 60 ? "passed" : "failed");
  onlyTheLms(requests);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("left mid-attempt, relaunched Moodle-style with suspend data, it continues at the next question", async () => {
  const first = await player();
  await first.frame.locator("scam-quiz .aw-quiz-start").click();
  await answer(first.frame);
  const second = await first.frame.locator("scam-quiz legend").innerText();
  await leave(first.page);
  const before = await calls(first.page);
  const exit = lastSet(before, "cmi.core.exit");
  const suspendData = lastSet(before, "cmi.suspend_data");
  assert.equal(exit, "suspend");
  assert.ok(suspendData && suspendData.length < 4096, suspendData);
  assert.equal(await first.page.evaluate(() => window.API.cmi.core.lesson_status), "incomplete");
  onlyTheLms(first.requests);
  await first.context.close();

  // Moodle offers "resume" only after a suspend exit, with the suspend data it kept.
  const relaunch = await player({ cmi: { core: { entry: exit === "suspend" ? "resume" : "", lesson_status: "incomplete" }, suspend_data: suspendData } });
  const { page, frame } = relaunch;
  await frame.locator("scam-quiz .aw-quiz-start", { hasText: "Continue (Question 2 of 3)" }).click();
  assert.equal(await frame.locator("scam-quiz .aw-q-progress").innerText(), "Question 2 of 3");
  assert.equal(await frame.locator("scam-quiz legend").innerText(), second);
  const resumed = await calls(page);
  assert.equal(lastSet(resumed, "cmi.core.lesson_status"), undefined, "a resumed attempt keeps its status");
  assert.ok(resumed.some((c) => c[0] === "LMSGetValue" && c[1] === "cmi.suspend_data" && c[2] === suspendData));
  await answer(frame);
  await answer(frame);
  await frame.locator("scam-quiz .aw-score").waitFor();
  await page.waitForFunction(() => window.__calls.some((c) => c[1] === "cmi.core.score.raw"));
  await leave(page);
  assert.equal(lastSet(await calls(page), "cmi.core.exit"), "");
  onlyTheLms(relaunch.requests);
  assert.deepEqual(relaunch.log.errors, []);
  await relaunch.context.close();
});

test("LMS errors are logged and the quiz goes on; without an LMS a note says no score is kept", async () => {
  const failing = await player({ failSetValue: true });
  await failing.frame.locator("scam-quiz .aw-quiz-start").click();
  for (let n = 0; n < 3; n++) await answer(failing.frame);
  await failing.frame.locator("scam-quiz .aw-score").waitFor();
  assert.ok(failing.log.warnings.some((w) => /\[scam-quiz\] SCORM LMSSetValue\("cmi\.core\.lesson_status", "incomplete"\): error 405/.test(w)),
    failing.log.warnings.join("\n"));
  assert.deepEqual(failing.log.errors, []);
  await failing.context.close();

  const alone = await open(browser, `${lms}/pkg/index.html`);
  await alone.page.locator("scam-quiz .aw-quiz-start").click();
  await answer(alone.page);
  const note = alone.page.locator("#scorm-note");
  assert.equal(await note.isVisible(), true);
  assert.match(await note.innerText(), /not running inside a learning platform \(LMS\), so no score is recorded/);
  assert.deepEqual(await alone.page.evaluate(() => Object.keys(localStorage)), [], "persist=off");
  assert.deepEqual(alone.log.errors, []);
  await alone.context.close();
});

test("bad settings or a bad bank: a clear error and no zip", () => {
  const out = join(workdir, "bad.zip");
  const bank = join(workdir, "bank.json");
  writeFileSync(bank, '{"questions": [{"id": "Bad Id"}]}');
  for (const [args, message] of [
    [["--pass", "150"], "--pass: `150` is not a percentage from 0 to 100"],
    [["--questions", "abc"], "--questions: `abc` is not a whole number from 1 to 50"],
    [["--bank", bank], "--bank: the bank is not valid"],
  ]) {
    const result = xtaskScorm(["--out", out, ...args]);
    assert.notEqual(result.status, 0);
    assert.ok(result.output.includes(message), result.output);
    assert.equal(existsSync(out), false);
  }
});

test("the teachers' page builds the same package in the browser, with errors by the controls", async () => {
  const { page, context, log } = await open(browser, `${SITE}/teachers.html?lang=en`);
  const tool = page.locator(".tk-scorm");
  // The site's tools are one large wasm, compressed on first request by the test server: slow
  // on a busy machine.
  await tool.locator(".tk-scorm-download", { hasText: "Download for an LMS (SCORM 1.2)" }).waitFor({ timeout: 120_000 });
  assert.match(await tool.innerText(), /Moodle: add an activity, choose “SCORM package”/);
  assert.match(await tool.innerText(), /Google Classroom: /);
  let downloads = 0;
  page.on("download", () => downloads++);

  // A bad pass mark: its message by its control, no download.
  await tool.locator("#tk-scorm-pass").fill("150");
  await tool.locator(".tk-scorm-download").click();
  assert.equal(await tool.locator("#tk-scorm-pass-error").innerText(), "`150` is not a percentage from 0 to 100");
  assert.equal(await tool.locator("#tk-scorm-pass").getAttribute("aria-invalid"), "true");
  // A topic the bank does not have: found once the bank is read, by the topics control.
  await tool.locator("#tk-scorm-pass").fill("60");
  await tool.locator("#tk-scorm-topics").fill("no-such-topic");
  await tool.locator(".tk-scorm-download").click();
  await tool.locator("#tk-scorm-topics-error").waitFor();
  assert.match(await tool.locator("#tk-scorm-topics-error").innerText(), /the bank has no questions on no-such-topic/);
  assert.equal(await tool.locator("#tk-scorm-pass-error").count(), 0);
  assert.equal(downloads, 0, "no download for bad settings");

  // The settings the CLI's package was made with: the same bytes.
  await tool.locator("#tk-scorm-topics").fill("");
  await tool.locator("#tk-scorm-lang").selectOption("en");
  await tool.locator("#tk-scorm-questions").fill("3");
  await tool.locator("#tk-scorm-seed").fill("scorm-e2e");
  const [download] = await Promise.all([page.waitForEvent("download"), tool.locator(".tk-scorm-download").click()]);
  assert.equal(download.suggestedFilename(), "scam-quiz-scorm-en.zip");
  const saved = join(workdir, "from-the-page.zip");
  await download.saveAs(saved);
  const fromPage = readFileSync(saved);
  const cli = unzip(cliZip), ours = unzip(fromPage);
  const differ = [...new Set([...cli.keys(), ...ours.keys()])].filter((n) => !cli.get(n)?.equals(ours.get(n) ?? Buffer.alloc(0)));
  assert.deepEqual(differ, [], "the same files, the same bytes");
  assert.ok(fromPage.equals(cliZip), `the page's zip (${fromPage.length} bytes) is the CLI's (${cliZip.length} bytes)`);
  await tool.locator(".tk-scorm-status", { hasText: "Downloaded scam-quiz-scorm-en.zip." }).waitFor();
  assert.equal(await tool.locator(".tk-scorm-error").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});
