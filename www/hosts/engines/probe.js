// The cross-engine suite's recorder (tests/engines/). Classic WebDriver (WebKit) has no init
// scripts and no console or error events, so each of these pages loads this file first, as a
// classic script in <head> (allowed by the strict page's script-src 'self'), before any widget
// module runs. It records in window.__probe what the tests then read.
(function () {
  "use strict";
  var probe = (window.__probe = { errors: [], warnings: [], violations: [], messages: [], events: [] });
  window.addEventListener("error", function (e) {
    probe.errors.push(String(e.message || e.error) + " (" + e.filename + ":" + e.lineno + ")");
  });
  window.addEventListener("unhandledrejection", function (e) {
    probe.errors.push("unhandled rejection: " + String(e.reason && e.reason.stack || e.reason));
  });
  [["error", probe.errors], ["warn", probe.warnings]].forEach(function (pair) {
    var original = console[pair[0]];
    console[pair[0]] = function () {
      pair[1].push(Array.prototype.map.call(arguments, String).join(" "));
      return original.apply(this, arguments);
    };
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    probe.violations.push(e.violatedDirective + " " + e.blockedURI);
  });
  window.addEventListener("message", function (e) {
    var from = null;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === e.source) from = frames[i].id;
    probe.messages.push({ from: from, data: e.data });
  });
  ["scam-quiz:answer", "scam-quiz:complete", "event-countdown:phase", "signatory-map:select"].forEach(function (name) {
    document.addEventListener(name, function (e) {
      probe.events.push({ name: name, detail: JSON.parse(JSON.stringify(e.detail)) });
    });
  });
})();
