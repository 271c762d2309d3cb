// Benchmark host: ?widget=event-countdown adds that element and its module, and nothing else.
(function () {
  var origin = document.documentElement.dataset.widgetOrigin;
  var tag = new URLSearchParams(location.search).get("widget");
  document.addEventListener("DOMContentLoaded", function () {
    document.body.appendChild(document.createElement(tag));
    var script = document.createElement("script");
    script.type = "module";
    script.src = origin + "/widgets/" + tag + ".js";
    document.head.appendChild(script);
  });
})();
