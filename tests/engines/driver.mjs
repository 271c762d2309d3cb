// One small interface over the two engines Playwright cannot drive here, so the cross-engine
// suite is written once:
// - Firefox ESR, over WebDriver BiDi with puppeteer-core (`browser: "firefox"`);
// - WebKitGTK, over classic W3C WebDriver: WebKitWebDriver starts its MiniBrowser, under
//   `xvfb-run` because a GTK browser needs a display. No npm package here speaks classic
//   WebDriver (playwright-core and puppeteer-core need their own protocols), and the few
//   commands the suite uses are plain HTTP, so they are below.
//
// Classic WebDriver has no init scripts and no console or error events, so neither engine relies
// on them: the suite's host pages (www/hosts/engines/) load probe.js first, which records errors,
// warnings, CSP violations, messages and the widgets' events in the page.
//
// The reader's time zone is the browser process's `TZ` (neither protocol can fake it).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { writeFileSync } from "node:fs";

const require = createRequire(new URL("../../tools/package.json", import.meta.url));
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `engine` ("firefox" | "webkit") with the reader's zone `tz` and a `width`×`height`
 * viewport; the result opens pages.
 */
export async function launch(engine, { tz = "UTC", width = 1024, height = 900 } = {}) {
  const env = { ...process.env, TZ: tz, LANG: "C.UTF-8" };
  if (engine === "firefox") return Firefox.launch(env, width, height);
  if (engine === "webkit") return WebKit.launch(env, width, height);
  throw new Error(`unknown engine ${engine}`);
}

/** Key names as Playwright spells them, to WebDriver's key codes (W3C WebDriver, "Keyboard actions"). */
const KEYS = {
  Tab: "\uE004", Enter: "\uE007", Shift: "\uE008", Escape: "\uE00C", Space: "\uE00D", " ": "\uE00D",
  End: "\uE010", Home: "\uE011", ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015",
  Backspace: "\uE003",
};

/** `"Shift+Tab"` → key-down/up actions for one WebDriver key input source. */
function keyActions(combo) {
  const parts = combo === "+" ? ["+"] : combo.split("+");
  const values = parts.map((k) => KEYS[k] ?? (k.length === 1 ? k : null));
  if (values.includes(null)) throw new Error(`no WebDriver key for ${combo}`);
  return [...values.map((value) => ({ type: "keyDown", value })), ...values.reverse().map((value) => ({ type: "keyUp", value }))];
}

/** What both engines' pages offer; each engine implements `goto`, `run`, `keys`, `png`, `size`. */
class Page {
  /**
   * Runs `fn(...args)` in the page (it may be async); returns its JSON-able result. A DOM node
   * comes back as `true` (the protocols return nodes differently: BiDi as nothing here, classic
   * WebDriver as an element reference), so `waitFor(() => root.querySelector(…))` means the same
   * in both engines.
   */
  async eval(fn, ...args) {
    const source = `async (...args) => { const value = await (${fn})(...args); return value instanceof Node ? true : value; }`;
    return this.run(source, args);
  }

  /** Polls `fn(...args)` until it returns something truthy, and returns that. */
  async waitFor(fn, args = [], { timeout = 15000, message = fn.toString() } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.eval(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${message}`);
      await sleep(100);
    }
  }

  /** Presses a key or a combination (`"Tab"`, `"Shift+Tab"`, `"Enter"`, `"Space"`, `"a"`). */
  async press(combo) {
    await this.keys(keyActions(combo));
  }

  /** Types `text` character by character into the focused element. */
  async type(text) {
    await this.keys([...text].flatMap((c) => [{ type: "keyDown", value: c }, { type: "keyUp", value: c }]));
  }

  /** The probe's record (www/hosts/engines/probe.js). */
  async probe() {
    return this.eval(() => window.__probe);
  }

  /**
   * Saves a PNG of the viewport, once the page has painted what its DOM holds (WebKit's
   * screenshot is the last painted frame, which can lag a change made just before).
   */
  async screenshot(path) {
    await this.eval(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    writeFileSync(path, await this.png());
  }
}

class FirefoxPage extends Page {
  constructor(page) {
    super();
    this.page = page;
  }
  async goto(url) {
    await this.page.goto(url, { waitUntil: "load" });
  }
  async run(source, args) {
    return this.page.evaluate(`(${source})(...${JSON.stringify(args)})`);
  }
  async keys(actions) {
    // puppeteer's keyboard sends BiDi input.performActions; the codes are WebDriver's.
    for (const a of actions) {
      const key = Object.entries(KEYS).find(([, v]) => v === a.value)?.[0] ?? a.value;
      const name = key === "Space" ? " " : key;
      if (a.type === "keyDown") await this.page.keyboard.down(name);
      else await this.page.keyboard.up(name);
    }
  }
  async png() {
    return this.page.screenshot({ type: "png" });
  }
  async size(width, height) {
    await this.page.setViewport({ width, height });
  }
  async close() {
    await this.page.close();
  }
}

const Firefox = {
  async launch(env, width, height) {
    const puppeteer = require("puppeteer-core");
    const browser = await puppeteer.launch({
      browser: "firefox",
      protocol: "webDriverBiDi",
      executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
      headless: true,
      env,
      defaultViewport: { width, height },
      // The machine has no internet: no update checks, telemetry or remote settings.
      extraPrefsFirefox: {
        "app.update.enabled": false,
        "browser.safebrowsing.malware.enabled": false,
        "browser.safebrowsing.phishing.enabled": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "network.captive-portal-service.enabled": false,
        "network.connectivity-service.enabled": false,
      },
    });
    return {
      engine: "firefox",
      version: await browser.version(),
      async open(url) {
        const tab = await browser.newPage();
        // A background tab gets no animation frames (Yew renders some things in one).
        await tab.bringToFront();
        const page = new FirefoxPage(tab);
        await page.goto(url);
        return page;
      },
      close: () => browser.close(),
    };
  },
};

/** A free TCP port on 127.0.0.1 for WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

class WebKitPage extends Page {
  constructor(session) {
    super();
    this.session = session;
  }
  goto(url) {
    return this.session.command("POST", "/url", { url });
  }
  async run(source, args) {
    // Execute Async Script: the last argument is the callback; a thrown error or a rejected
    // promise comes back as { error } so it fails the test with its message.
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${source}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e) + (e && e.stack ? " at " + e.stack : "") }));`;
    const result = await this.session.command("POST", "/execute/async", { script, args });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  }
  keys(actions) {
    return this.session.command("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
  }
  async png() {
    return Buffer.from(await this.session.command("GET", "/screenshot"), "base64");
  }
  size(width, height) {
    return this.session.command("POST", "/window/rect", { width, height });
  }
  close() {}
}

const WebKit = {
  async launch(env, width, height) {
    const minibrowser = process.env.MINIBROWSER;
    if (!minibrowser) throw new Error("MINIBROWSER is not set (cargo xtask test sets it)");
    const port = await freePort();
    // Its own process group, so closing ends xvfb-run, Xvfb, the driver and the browser together.
    const child = spawn(process.env.XVFB_RUN || "xvfb-run",
      ["-a", "-s", `-screen 0 ${width + 200}x${height + 200}x24`, process.env.WEBKIT_DRIVER || "WebKitWebDriver", `--port=${port}`],
      { env, detached: true, stdio: ["ignore", "ignore", "inherit"] });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const base = `http://127.0.0.1:${port}`;
    const request = async (method, path, body) => {
      const response = await fetch(base + path, {
        method, headers: { "content-type": "application/json; charset=utf-8" }, body: body && JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
      return json.value;
    };
    const stop = async () => {
      try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ }
      await Promise.race([exited, sleep(3000)]);
    };
    let session;
    try {
      for (let i = 0; ; i++) {
        try { await request("GET", "/status"); break; } catch (e) {
          if (i > 100) throw new Error(`WebKitWebDriver did not start: ${e}`);
          await sleep(100);
        }
      }
      session = await request("POST", "/session", {
        capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: minibrowser, args: ["--automation"] } } },
      });
    } catch (e) {
      await stop();
      throw e;
    }
    const prefix = `/session/${session.sessionId}`;
    const command = (method, path, body) => request(method, prefix + path, body);
    const page = new WebKitPage({ command });
    await page.size(width, height);
    return {
      engine: "webkit",
      version: `WebKitGTK ${session.capabilities.browserVersion}`,
      // One window: a new page replaces the last (the suite opens one at a time).
      async open(url) {
        await page.goto(url);
        return page;
      },
      async close() {
        await request("DELETE", prefix).catch(() => {});
        await stop();
      },
    };
  },
};
