// <event-countdown> as a reader sees it, with the clock and the time zone faked: the text on
// screen, the phases and their events, the live region's cadence, calendar export, bad input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, open, recordEvents, SITE } from "./lib.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The signature deadline: 31 Dec 2026, 23:59:59 in New York. */
const DEADLINE = Date.parse("2027-01-01T04:59:59Z");
const NOW = Date.parse("2026-11-24T12:00:00Z");

/** Opens the iframe page of the countdown with `params` at fake time `now` in `timezoneId`. */
async function countdown(params, { now = NOW, timezoneId = "Asia/Ho_Chi_Minh" } = {}) {
  const url = `${SITE}/embed/event-countdown.html?${new URLSearchParams(params)}`;
  const { page, context, log } = await open(browser, url, { timezoneId, locale: "en-US" }, async (page) => {
    await recordEvents(["event-countdown:phase"])(page);
    await page.clock.install({ time: now - 2000 });
  });
  await page.clock.pauseAt(now);
  await page.locator("event-countdown .aw h2").waitFor();
  await page.clock.runFor(1000);
  const text = (selector) => page.locator(`event-countdown ${selector}`).first().innerText();
  return { page, context, text, errors: log.errors, warnings: log.warnings };
}

/** The phases announced so far. */
const phases = (page) => page.evaluate(() => window.__events.map((e) => e.detail.phase));

test("before: days, hours, minutes, seconds left, in the event's zone and the reader's", async () => {
  const { page, context, text, errors } = await countdown({ lang: "en" });
  // 37 days 16:59:59 to go at 12:00:00Z; the first tick lands just after 12:00:00, and the time
  // left rounds up to whole seconds (it reads 0 exactly at the deadline).
  assert.equal((await text(".aw-cd-timer")).replace(/\s+/g, " "), "37 days 16 hours 59 minutes 59 seconds");
  assert.match(await text("h2"), /Deadline to sign the Convention/);
  assert.equal(await text(".aw-cd-event-time"), "Thursday, December 31, 2026 at 11:59 PM (Eastern Time)");
  assert.equal(await text(".aw-cd-reader-time"), "Your time: Friday, January 1, 2027 at 11:59 AM (Indochina Time)");
  assert.equal(await page.locator("event-countdown .aw-cd-timer").getAttribute("aria-hidden"), "true");
  // Each second the display follows the clock, computed from it, not counted.
  await page.clock.runFor(1000);
  assert.match(await text(".aw-cd-timer"), /58\s+seconds$/);
  assert.deepEqual(await phases(page), ["before"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the reader's zone: New York sees one line, Kiritimati (UTC+14) its own date", async () => {
  const ny = await countdown({ lang: "en" }, { timezoneId: "America/New_York" });
  assert.equal(await ny.text(".aw-cd-reader-time"), "This is also your time zone.");
  await ny.context.close();
  const kiritimati = await countdown({ lang: "en" }, { timezoneId: "Pacific/Kiritimati" });
  assert.equal(await kiritimati.text(".aw-cd-reader-time"), "Your time: Friday, January 1, 2027 at 6:59 PM (Line Islands Time)");
  // The remaining time does not depend on where the reader is.
  assert.match(await kiritimati.text(".aw-cd-timer"), /^37\s+days\s+16\s+hours/);
  await kiritimati.context.close();
});

test("Vietnamese, with the plural forms Intl has (core_i18n::count, checked against Intl in ui-common's browser tests)", async () => {
  const { context, text } = await countdown({ lang: "vi" });
  assert.equal((await text(".aw-cd-timer")).replace(/\s+/g, " "), "37 ngày 16 giờ 59 phút 59 giây");
  assert.match(await text(".aw-cd-event-time"), /31 tháng 12, 2026 \(Giờ miền Đông\)$/);
  await context.close();
  // Singular forms everywhere: 1 day, 1 hour, 1 minute, 1 second.
  const one = await countdown({ lang: "en", at: new Date(NOW + 86_400_000 + 3_600_000 + 61_000).toISOString() });
  assert.match(await one.text(".aw-cd-timer"), /^1\s+day\s+01\s+hour\s+01\s+minute\s+01\s+second$/);
  await one.context.close();
});

test("phases: before, during (happening now), after, each announced by an event", async () => {
  const at = new Date(NOW + 10_000).toISOString();
  const until = new Date(NOW + 70_000).toISOString();
  const { page, context, text } = await countdown({ lang: "en", at, until, title: "Webinar", location: "Online" });
  assert.equal(await text("h2"), "Webinar");
  assert.equal(await text(".aw-cd-location"), "Online");
  assert.match(await text(".aw-cd-timer"), /^10\s+seconds$/, "under a minute, only seconds");
  await page.clock.runFor(10_000);
  await page.locator("event-countdown .aw-cd-now").waitFor();
  assert.equal(await text(".aw-cd-now"), "Happening now");
  assert.match(await text(".aw-cd-timer"), /^1\s+minute\s+00\s+seconds$/);
  await page.clock.runFor(60_000);
  await page.locator("event-countdown .aw-cd-ended").waitFor();
  assert.equal(await text(".aw-cd-ended"), "Ended now.");
  // The laptop sleeps for three days: one jump, and the next tick is right.
  await page.clock.fastForward(3 * 86_400_000);
  await page.clock.runFor(1000);
  assert.equal(await text(".aw-cd-ended"), "Ended 3 days ago.");
  assert.deepEqual(await phases(page), ["before", "during", "after"]);
  await context.close();
});

test("after a milestone: how long ago, and the next milestone", async () => {
  const { context, text } = await countdown({ lang: "en", event: "hanoi-ceremony" });
  assert.equal(await text(".aw-cd-ended"), "Ended 393 days ago.");
  assert.equal(await text(".aw-cd-next"), "Next: Deadline to sign the Convention, in 38 days.");
  await context.close();
});

test("entry into force: progress toward 40 ratifications until the date is known", async () => {
  const { page, context, text } = await countdown({ lang: "en", event: "entry-into-force" });
  assert.equal(await text(".aw-cd-progress-label"), "0 of 40 ratifications");
  assert.equal(await page.locator("event-countdown progress").getAttribute("max"), "40");
  assert.equal(await page.locator("event-countdown .aw-cd-timer").count(), 0);
  await context.close();
});

test("the live region speaks at most once a minute, and at the milestone", async () => {
  const at = new Date(NOW + 5 * 60_000 + 30_000).toISOString();
  const { page, context, text } = await countdown({ lang: "en", at });
  assert.equal(await page.locator("event-countdown .aw-cd-announcer").getAttribute("aria-live"), "polite");
  assert.equal(await text(".aw-cd-announcer"), "6 minutes left.");
  await page.evaluate(() => {
    window.__announced = [];
    const region = document.querySelector("event-countdown").shadowRoot.querySelector(".aw-cd-announcer");
    new MutationObserver(() => window.__announced.push(region.textContent)).observe(region, { subtree: true, childList: true, characterData: true });
  });
  for (let s = 0; s < 5 * 60; s++) await page.clock.runFor(1000); // five minutes, tick by tick (~2 s)
  const announced = await page.evaluate(() => window.__announced);
  assert.ok(announced.length >= 4 && announced.length <= 5, `once a minute over five minutes, got ${JSON.stringify(announced)}`);
  assert.equal(announced.at(-1), "1 minute left.");
  await page.clock.runFor(30_000);
  // No `until`: the moment passes, and that is announced at once.
  assert.equal(await text(".aw-cd-announcer"), "The event has ended.");
  await context.close();
});

test("a hidden tab stops updating and catches up at once when shown", async () => {
  const { page, context, text } = await countdown({ lang: "en" });
  await page.evaluate(() => {
    window.__setHidden = (hidden) => {
      Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
      document.dispatchEvent(new Event("visibilitychange"));
    };
    window.__setHidden(true);
    window.__mutations = 0;
    const timer = document.querySelector("event-countdown").shadowRoot.querySelector(".aw-cd-timer");
    new MutationObserver(() => window.__mutations++).observe(timer, { subtree: true, childList: true, characterData: true });
  });
  await page.clock.runFor(3_600_000);
  assert.equal(await page.evaluate(() => window.__mutations), 0, "no DOM updates while hidden");
  await page.evaluate(() => window.__setHidden(false));
  assert.match(await text(".aw-cd-timer"), /^37\s+days\s+15\s+hours\s+59\s+minutes\s+58\s+seconds$/);
  await context.close();
});

test("add to calendar: an .ics file and a Google Calendar link", async () => {
  const { page, context } = await countdown({ lang: "en" });
  const ics = decodeURIComponent((await page.locator("event-countdown .aw-cd-ics").getAttribute("href")).split(",")[1]);
  assert.equal(await page.locator("event-countdown .aw-cd-ics").getAttribute("download"), "signature-deadline.ics");
  const lines = ics.split("\r\n");
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  for (const expected of ["VERSION:2.0", "BEGIN:VEVENT", "UID:signature-deadline@event-countdown.hanoi-convention-widgets",
    "DTSTART:20270101T045959Z", "DTEND:20270101T055959Z", "SUMMARY:Deadline to sign the Convention", "END:VCALENDAR"]) {
    assert.ok(lines.includes(expected), `${expected} in\n${ics}`);
  }
  assert.ok(lines.some((l) => /^DTSTAMP:2026112\dT\d{6}Z$/.test(l)));
  const google = new URL(await page.locator("event-countdown .aw-cd-google").getAttribute("href"));
  assert.equal(google.origin + google.pathname, "https://calendar.google.com/calendar/render");
  assert.equal(google.searchParams.get("dates"), "20270101T045959Z/20270101T055959Z");
  assert.equal(google.searchParams.get("ctz"), "America/New_York");
  assert.equal(google.searchParams.get("text"), "Deadline to sign the Convention");
  await context.close();
});

test("bad input: impossible dates, end before start, unknown event and zone get a message", async () => {
  const cases = [
    [{ at: "2026-02-30T09:00:00Z" }, /at="2026-02-30T09:00:00Z"/, /2026-02-30 is not a real date/],
    [{ at: "2027-03-01T09:00:00Z", until: "2027-03-01T08:00:00Z" }, /until="2027-03-01T08:00:00Z"/, /must be after at/],
    [{ event: "moon-landing" }, /event="moon-landing"/, /not a known event/],
    [{ at: "2027-03-01T09:00:00Z", "time-zone": "Mars/Olympus_Mons" }, /time-zone="Mars\/Olympus_Mons"/, /not a time zone this browser knows/],
  ];
  for (const [params, notice, warning] of cases) {
    const { page, context, text, errors, warnings } = await countdown({ lang: "en", ...params });
    assert.match(await text(".aw-notice"), notice);
    assert.ok(warnings.some((w) => warning.test(w)), `console warning ${warning} in ${JSON.stringify(warnings)}`);
    assert.ok(await page.locator("event-countdown .aw-cd-timer").count() > 0, "it keeps counting (to the fallback)");
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("built-in milestones that cannot be downloaded: a message in the reader's language; the page's own event still counts", async () => {
  const { page, context, log } = await open(browser, "about:blank");
  await page.route(/\/assets\/events\./, (route) => route.abort());
  await page.goto(`${SITE}/embed/event-countdown.html?lang=vi`);
  const notice = page.locator("event-countdown .aw-notice");
  await notice.filter({ hasText: "Không tải được các mốc sự kiện." }).waitFor();
  assert.equal(await page.locator("event-countdown .aw-cd-timer").count(), 0);
  assert.ok(log.warnings.some((w) => w.includes("data/events.vi.json")), log.warnings.join("\n"));
  const at = new Date(Date.now() + 3 * 86_400_000).toISOString();
  await page.evaluate((at) => {
    const el = document.querySelector("event-countdown");
    el.setAttribute("title", "Hội thảo");
    el.setAttribute("at", at);
  }, at);
  await page.locator("event-countdown .aw-cd-timer").waitFor();
  assert.match(await page.locator("event-countdown h2").innerText(), /Hội thảo/);
  assert.equal(await notice.count(), 0, "the message goes once no milestone is needed");
  await context.close();
});

test("attribute changes switch the event at run time", async () => {
  const { page, context } = await countdown({ lang: "en" });
  await page.evaluate(() => document.querySelector("event-countdown").setAttribute("event", "entry-into-force"));
  await page.locator("event-countdown .aw-cd-progress").waitFor();
  await page.evaluate(() => document.querySelector("event-countdown").setAttribute("lang", "vi"));
  await page.locator("event-countdown .aw-cd-progress-label", { hasText: "0/40" }).waitFor();
  // The title comes with the Vietnamese milestones file, fetched on the change.
  await page.locator("event-countdown h2", { hasText: "Công ước có hiệu lực" }).waitFor({ timeout: 5000 });
  await context.close();
});

test("an event with an offset and no time zone names the offset alone; clocks follow the language", async () => {
  for (const [at, lang, event, reader] of [
    ["2026-12-31T23:59:00Z", "en", /^Thursday, December 31, 2026 at 11:59 PM \(UTC\)$/, "Your time: Friday, January 1, 2027 at 6:59 AM (Indochina Time)"],
    ["2026-12-31T18:59:00+07:00", "en", /^Thursday, December 31, 2026 at 6:59 PM \(UTC\+07:00\)$/, "Your time: Thursday, December 31, 2026 at 6:59 PM (Indochina Time)"],
    ["2026-12-31T18:59:00-05:00", "vi", /^(?=.*18:59)(?=.*31 tháng 12, 2026).* \(UTC-05:00\)$/, null],
    ["2026-12-31T18:59:00+00:00", "zh", /（UTC）$/, null],
  ]) {
    const { context, text } = await countdown({ lang, at, title: "Test" }, { timezoneId: "Asia/Ho_Chi_Minh" });
    const line = await text(".aw-cd-event-time");
    assert.match(line, event, `${at} ${lang}: ${line}`);
    assert.doesNotMatch(line, /time\)|UTC\+00:00/);
    if (reader) assert.equal(await text(".aw-cd-reader-time"), reader);
    await context.close();
  }
});

test("a same-day event shows its range once, in its own zone and the reader's", async () => {
  const { context, text } = await countdown({
    lang: "en", at: "2026-11-25T09:00:00+07:00", until: "2026-11-25T17:00:00+07:00", "time-zone": "Asia/Ho_Chi_Minh",
  }, { timezoneId: "Europe/Paris" });
  const line = await text(".aw-cd-event-time");
  assert.match(line, /^Wednesday, November 25, 2026,? 9:00\s*AM\s*–\s*5:00\s*PM \(Indochina Time\)$/);
  assert.equal((line.match(/2026/g) || []).length, 1, "the shared date is said once");
  assert.match(await text(".aw-cd-reader-time"), /^Your time: Wednesday, November 25, 2026,? 3:00\s*(AM\s*)?–\s*11:00\s*AM \(Central European Time\)$/);
  await context.close();
  // A reader in the event's zone, which Chromium calls by another name (Asia/Saigon): one line.
  const same = await countdown({ lang: "en", event: "hanoi-ceremony" }, { timezoneId: "Asia/Ho_Chi_Minh" });
  assert.equal(await same.text(".aw-cd-reader-time"), "This is also your time zone.");
  await same.context.close();
});

test("Arabic reads right to left: mirrored layout, Arabic words, Intl's Arabic dates", async () => {
  const { page, context, text } = await countdown({ lang: "ar" });
  const root = page.locator("event-countdown .aw");
  assert.equal(await root.getAttribute("dir"), "rtl");
  assert.equal(await root.getAttribute("lang"), "ar");
  assert.match(await text(".aw-cd-label"), /[\u0600-\u06FF]/, "the label is in Arabic");
  assert.match(await text(".aw-cd-event-time"), /[\u0600-\u06FF]/);
  // The largest unit comes first in reading order, so on the right.
  const x = (unit) => page.locator(`event-countdown .aw-cd-unit[data-unit="${unit}"]`).evaluate((e) => e.getBoundingClientRect().x);
  assert.ok(await x("days") > await x("seconds"), "days are to the right of seconds");
  await context.close();
});

test("a language we do not have falls back to English entirely, and says so", async () => {
  const { page, context, text } = await countdown({ lang: "de" });
  const infos = [];
  page.on("console", (m) => infos.push(m.text()));
  assert.equal(await text(".aw-cd-label"), "Time left");
  assert.match(await text(".aw-cd-event-time"), /^Thursday, December 31, 2026/, "dates follow the same language");
  assert.equal(await page.locator("event-countdown .aw").getAttribute("lang"), "en");
  await page.evaluate(() => document.querySelector("event-countdown").setAttribute("lang", "ja"));
  await page.waitForTimeout(100);
  assert.ok(infos.some((m) => /language "ja" is not supported; using English/.test(m)), JSON.stringify(infos));
  await context.close();
});
