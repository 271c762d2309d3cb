// WordPress: the embed page speaks wp-embed.js's protocol inside the frame WordPress makes of an
// oEmbed response (sandbox="allow-scripts", hidden by a 1 px clip until it hears from us, the
// secret in the fragment), and the share pages announce that response (issue 13).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, sleep, SITE, HOST } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SECRETS = { countdown: "Cd1234abcd", quiz: "Qz1234abcd", map: "Mp1234abcd" };

/** The content height of the framed page whose URL contains `widget`. */
const contentHeight = (page, widget) => page.frame({ url: new RegExp(`embed/${widget}`) })
  .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
/** WordPress's height messages for `secret` received so far. */
const heights = (page, secret) => page.evaluate((secret) =>
  window.__messages.filter((m) => m?.message === "height" && m.secret === secret).map((m) => m.value), secret);
/** What wp-embed.js does with a message from the frame: show it, at the height it asks (200 to 1000). */
const showLikeWordPress = (page, id, value) => page.$eval(`#${id}`, (f, value) => {
  f.removeAttribute("style");
  f.height = Math.min(1000, Math.max(200, value));
}, value);

test("a hidden sandboxed frame posts its content height with the secret at load, and again on \"ready\"", async () => {
  const { page, context, log } = await open(browser, `${HOST}/wordpress-embed.html`);
  const quiz = page.frame({ url: /embed\/scam-quiz/ });
  await quiz.locator("scam-quiz .aw-quiz-start").waitFor({ state: "attached" });
  // No resize observer fires in a clipped cross-origin frame; the height still arrives, while
  // the frame is hidden, and it is the content's (the start screen), not the frame's 620 px.
  let expected = 0;
  for (let i = 0; i < 40; i++) {
    expected = await contentHeight(page, "scam-quiz");
    if ((await heights(page, SECRETS.quiz)).at(-1) === expected) break;
    await sleep(250);
  }
  assert.equal((await heights(page, SECRETS.quiz)).at(-1), expected, "the last height posted is the content's");
  // (A clipped frame renders less than a shown one: the frame grows once WordPress shows it.)
  assert.ok(expected > 100 && expected !== 620, `a content height, not the frame's: ${expected}`);
  assert.equal(await page.$eval("#quiz", (f) => f.getAttribute("style")), "position: absolute; clip: rect(1px, 1px, 1px, 1px);");

  // "ready" with our secret gets an answer; with another secret, none.
  const count = async () => (await heights(page, SECRETS.quiz)).length;
  const sendReady = (secret) => page.$eval("#quiz", (f, secret) => f.contentWindow.postMessage({ message: "ready", secret }, "*"), secret);
  const beforeWrong = await count();
  await sendReady("XXXXXXXXXX");
  await sleep(600);
  assert.equal(await count(), beforeWrong, "a ready for another frame's secret gets no answer");
  await sendReady(SECRETS.quiz);
  await page.waitForFunction(([secret, n]) => window.__messages.filter((m) => m?.message === "height" && m.secret === secret).length > n, [SECRETS.quiz, beforeWrong]);
  assert.equal((await heights(page, SECRETS.quiz)).at(-1), expected);
  // Our own, AMP's and Canvas's messages come with it.
  const all = await page.evaluate(() => window.__messages);
  assert.ok(all.some((m) => m?.type === "awareness-widgets:resize" && m.height === expected));
  assert.ok(all.some((m) => m?.sentinel === "amp" && m.height === expected));
  assert.ok(all.some((m) => m?.subject === "lti.frameResize" && m.height === expected));

  // Shown, the frame follows its content: starting the quiz changes the height, and a new
  // message says so.
  await showLikeWordPress(page, "quiz", expected);
  await quiz.locator("scam-quiz .aw-quiz-start").click();
  await quiz.locator("scam-quiz .aw-q-choice input").first().check();
  await quiz.locator("scam-quiz .aw-q-check").click();
  await quiz.locator("scam-quiz .aw-q-verdict").waitFor();
  await page.waitForFunction(([secret, h]) => {
    const last = window.__messages.filter((m) => m?.message === "height" && m.secret === secret).at(-1);
    return last && last.value !== h;
  }, [SECRETS.quiz, expected]);
  await sleep(300);
  assert.equal((await heights(page, SECRETS.quiz)).at(-1), await contentHeight(page, "scam-quiz"));
  // No storage in the sandbox: the quiz runs anyway, without a notice.
  assert.equal(await quiz.locator("scam-quiz .aw-notice").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("taller than WordPress's 1000 px cap, the frame scrolls to the rest", async () => {
  const { page, context, log } = await open(browser, `${HOST}/wordpress-embed.html`);
  const map = page.frame({ url: /embed\/signatory-map/ });
  await map.locator("signatory-map .aw-map-table tbody tr").first().waitFor({ state: "attached" });
  await page.waitForFunction((secret) => window.__messages.some((m) => m?.message === "height" && m.secret === secret && m.value > 1000), SECRETS.map);
  await showLikeWordPress(page, "map", (await heights(page, SECRETS.map)).at(-1));
  assert.equal(await page.$eval("#map", (f) => f.getBoundingClientRect().height), 1000);
  const scroll = await map.evaluate(() => {
    const before = document.scrollingElement.scrollTop;
    document.scrollingElement.scrollTop = 100000;
    return { before, after: document.scrollingElement.scrollTop, overflow: getComputedStyle(document.documentElement).overflowY };
  });
  assert.notEqual(scroll.overflow, "hidden");
  assert.ok(scroll.after > scroll.before + 500, `the frame scrolls: ${JSON.stringify(scroll)}`);
  // The map's CSV download cannot work here: a note in French instead, with the map's own page.
  const note = map.locator("signatory-map .aw-sandbox-note");
  assert.match(await note.innerText(), /télécharger/);
  assert.equal(await map.locator("signatory-map .aw-map-csv").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("in the sandbox the countdown's calendar links give way to its own page, which WordPress opens", async () => {
  const { page, context, log } = await open(browser, `${HOST}/wordpress-embed.html`);
  const countdown = page.frame({ url: /embed\/event-countdown/ });
  await page.waitForFunction((secret) => window.__messages.some((m) => m?.message === "height" && m.secret === secret && m.value > 100), SECRETS.countdown);
  await showLikeWordPress(page, "countdown", (await heights(page, SECRETS.countdown)).at(-1));
  const note = countdown.locator("event-countdown .aw-sandbox-note");
  await note.waitFor();
  assert.match(await note.innerText(), /Khung nhúng này không thể tải tệp/, "the note is in the reader's language (vi)");
  assert.equal(await countdown.locator("event-countdown .aw-cd-ics, event-countdown .aw-cd-google").count(), 0);
  const link = countdown.locator("event-countdown .aw-open-page");
  assert.equal(await link.getAttribute("href"), `${SITE}/embed/event-countdown.html?lang=vi`);
  // wp-embed.js follows a "link" message to a URL on the frame's host: the click asks for it.
  await link.click();
  await page.waitForFunction((secret) => window.__messages.some((m) => m?.message === "link" && m.secret === secret), SECRETS.countdown);
  const asked = await page.evaluate(() => window.__messages.find((m) => m?.message === "link"));
  assert.equal(asked.value, `${SITE}/embed/event-countdown.html?lang=vi`);
  assert.equal(new URL(page.url()).origin, HOST, "the click itself navigated nothing");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("outside a sandbox the calendar links stay, and without a secret no WordPress message is sent", async () => {
  const { page, context, log } = await open(browser, `${HOST}/iframe-embed.html`);
  const countdown = page.frame({ url: /embed\/event-countdown/ });
  await countdown.locator("event-countdown .aw-cd-ics").waitFor();
  assert.equal(await countdown.locator("event-countdown .aw-sandbox-note").count(), 0);
  await page.waitForFunction(() => window.__messages.some((m) => m?.subject === "lti.frameResize"));
  assert.equal((await page.evaluate(() => window.__messages)).filter((m) => m?.message !== undefined).length, 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** The public origin dist/ was built for (its share pages and oEmbed responses name it). */
const ORIGIN = process.env.WIDGETS_ORIGIN || "http://localhost:8080";

test("a share page shows the widget full page and announces its oEmbed response in its head", async () => {
  const path = "share/vi/event-countdown/entry-into-force";
  const { page, context, log } = await open(browser, `${SITE}/${path}.html`);
  // The shell may draw "…" a moment before the Vietnamese milestones arrive: wait for the title.
  await page.locator("event-countdown .aw", { hasText: /hiệu lực/i }).waitFor({ timeout: 10000 }).catch(() => {});
  assert.match(await page.locator("event-countdown .aw").innerText(), /hiệu lực/i);
  assert.equal(await page.getAttribute("html", "lang"), "vi");
  const head = await page.evaluate(() => ({
    oembed: document.head.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute("href"),
    og: Object.fromEntries([...document.head.querySelectorAll("meta[property^='og:']")].map((m) => [m.getAttribute("property"), m.content])),
    description: document.head.querySelector("meta[name=description]")?.content,
    title: document.title,
  }));
  assert.equal(head.oembed, `${ORIGIN}/${path}.json`, "an absolute URL: consumers resolve nothing");
  assert.equal(head.og["og:url"], `${ORIGIN}/${path}.html`);
  assert.ok(head.og["og:title"] && head.title.startsWith(head.og["og:title"]), JSON.stringify(head));
  assert.ok(head.description.length > 40 && head.og["og:description"] === head.description);
  // The head is static: it is in the served HTML, not written by a script.
  const served = await (await page.request.get(`${SITE}/${path}.html`)).text();
  assert.ok(served.includes(`type="application/json+oembed" href="${ORIGIN}/${path}.json"`));

  const response = await page.request.get(`${SITE}/${path}.json`);
  const oembed = await response.json();
  assert.equal(oembed.type, "rich");
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.title, head.og["og:title"]);
  for (const field of ["provider_name", "provider_url", "width", "height", "html"]) assert.ok(oembed[field], field);
  assert.ok(oembed.html.startsWith(`<blockquote class="wp-embedded-content"><a href="${ORIGIN}/${path}.html">`), oembed.html);
  assert.match(oembed.html, new RegExp(`<iframe src="${ORIGIN}/embed/event-countdown\\.html\\?lang=vi&amp;event=entry-into-force"`));
  assert.deepEqual(log.errors, []);

  // What WordPress makes of the response, on an article of another origin: the frame speaks.
  const article = await context.newPage();
  await article.goto(`${HOST}/blank.html`);
  await article.evaluate(([html, origin, site]) => {
    window.__messages = [];
    window.addEventListener("message", (e) => window.__messages.push(e.data));
    const template = document.createElement("template");
    template.innerHTML = html.replaceAll(origin, site);
    const iframe = template.content.querySelector("iframe");
    iframe.setAttribute("sandbox", "allow-scripts");
    iframe.setAttribute("style", "position: absolute; clip: rect(1px, 1px, 1px, 1px);");
    iframe.src += "#?secret=Sh1234abcd";
    document.getElementById("article").append(template.content);
  }, [oembed.html, ORIGIN, SITE]);
  await article.waitForFunction(() => window.__messages.some((m) => m?.message === "height" && m.secret === "Sh1234abcd" && m.value > 100));
  const frame = article.frame({ url: /embed\/event-countdown/ });
  assert.match(await frame.locator("event-countdown .aw").innerText(), /hiệu lực/i);
  await context.close();
});

test("the builder offers the share page for a preset, and says what fits otherwise", async () => {
  const { page, context, log } = await open(browser, `${SITE}/index.html?lang=en#widget=event-countdown&lang=vi&event=adoption`);
  const pre = page.locator("#code-share-page pre");
  await pre.waitFor();
  assert.equal(await pre.innerText(), `${SITE}/share/vi/event-countdown/adoption.html`);
  // That page exists.
  assert.equal((await page.request.get(await pre.innerText())).status(), 200);
  await page.goto(`${SITE}/index.html?lang=en#widget=scam-quiz&questions=5`);
  await page.reload();
  await page.locator("#share-page-none").waitFor();
  assert.match(await page.locator("#share-page-none").innerText(), /Custom HTML block/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
