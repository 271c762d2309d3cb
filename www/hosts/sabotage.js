// A page script that takes the shadow root of one widget before the widget can.
document.addEventListener("DOMContentLoaded", function () {
  document.getElementById("sabotaged").attachShadow({ mode: "closed" });
});
