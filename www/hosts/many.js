// Nineteen more widgets: seven countdowns, six quizzes, six maps.
(function () {
  var box = document.getElementById("many");
  var tags = ["event-countdown", "scam-quiz", "signatory-map"];
  for (var i = 0; i < 19; i++) {
    var el = document.createElement(tags[i % 3]);
    el.id = "w" + i;
    if (i % 2) el.setAttribute("lang", "vi");
    box.appendChild(el);
  }
})();
