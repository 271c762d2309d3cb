// Optional helper for pages that embed widgets by iframe: sizes each widget iframe to the height
// it reports. Add once per page: <script async src="https://HOST/embed/resizer.js"></script>
(function () {
  "use strict";
  if (window.awarenessWidgetsResizer) return; // loaded twice: one listener is enough
  window.awarenessWidgetsResizer = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "awareness-widgets:resize" || data.version !== 1) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > 100000) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      // Match the sender, not a URL: only the iframe that sent the message is resized.
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });
})();
