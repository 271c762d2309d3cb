// The iframe embed: builds the widget named by <html data-widget> from the query parameters
// (they mirror the element's attributes) and tells the parent page its height whenever it
// changes: in our format, AMP's and Canvas LMS's, and WordPress's when the fragment carries its
// `secret`. The element itself warns about unknown parameters.
const tag = document.documentElement.dataset.widget;
const widget = document.createElement(tag);
for (const [name, value] of new URLSearchParams(location.search)) {
  // Event-handler attributes (`?onclick=…`) would be inline script: never copied (the page's
  // CSP would block them too).
  if (/^on/i.test(name)) {
    console.warn(`[${tag}] query parameter "${name}" ignored: event handlers cannot be set`);
    continue;
  }
  try {
    widget.setAttribute(name, value);
  } catch (e) {
    console.warn(`[${tag}] query parameter "${name}" is not a valid attribute name`);
  }
}
const lang = widget.getAttribute("lang");
if (lang) document.documentElement.lang = lang;
document.querySelector("main").append(widget);

// WordPress's oEmbed frames carry `#?secret=XXXXXXXXXX`: its host script (wp-embed.js) only
// listens to messages with that secret, and shows the frame once it hears one.
const secret = (() => {
  const value = new URLSearchParams(location.hash.replace(/^#\??/, "")).get("secret");
  return value && /^[A-Za-z0-9]{10}$/.test(value) ? value : null;
})();
const framed = window.parent !== window;

let lastHeight = -1;
/** Posts the content's height when it changed (`always`: even when it did not). */
function postHeight(always) {
  const height = measure();
  if (!framed || (height === lastHeight && always !== true)) return;
  lastHeight = height;
  const parent = window.parent;
  parent.postMessage({ type: "awareness-widgets:resize", version: 1, height }, "*");
  parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  parent.postMessage({ subject: "lti.frameResize", height }, "*");
  if (secret) parent.postMessage({ message: "height", value: height, secret }, "*");
}

// A frame the host keeps hidden (WordPress clips it to 1 px until it hears from us) gets no
// ResizeObserver callbacks in Chromium, or only the first one, before the widget has drawn:
// post at once, and measure on a timer until the widget has drawn and the observer has seen the
// height there is then (for two minutes at most, should the widget never start).
let observedHeight = null;
const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
new ResizeObserver(() => {
  observedHeight = measure();
  postHeight();
}).observe(document.documentElement);
postHeight(true);
const pollUntil = Date.now() + 120_000;
const poll = setInterval(() => {
  const drawn = widget.shadowRoot?.querySelector(".aw");
  if ((drawn && observedHeight === measure()) || Date.now() > pollUntil) clearInterval(poll);
  else postHeight();
}, 250);

window.addEventListener("message", (event) => {
  const data = event.data;
  if (event.source !== window.parent || !secret || !data || typeof data !== "object") return;
  // WordPress sends "ready" to every embed, often before this page exists: answer each one.
  if (data.message === "ready" && data.secret === secret) postHeight(true);
});

// Links the sandbox would block (downloads, new windows) offer the widget's own page instead
// (`a.aw-open-page`). In WordPress, the host opens it for us: wp-embed.js follows a "link"
// message to a URL on the frame's own host.
document.addEventListener("click", (event) => {
  const link = event.composedPath().find((el) => el instanceof HTMLAnchorElement && el.classList.contains("aw-open-page"));
  if (!link || !secret) return;
  event.preventDefault();
  window.parent.postMessage({ message: "link", value: link.href, secret }, "*");
});
