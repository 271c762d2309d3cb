// The iframe embed: builds the widget named by <html data-widget> from the query parameters
// (they mirror the element's attributes) and tells the parent page its height whenever it
// changes, in our format and in AMP's. The element itself warns about unknown parameters.
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

let lastHeight = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: "awareness-widgets:resize", version: 1, height }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
}
new ResizeObserver(postHeight).observe(document.documentElement);
