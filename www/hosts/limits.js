// The page stays usable while widgets load huge or slow data: a button counts clicks, and a
// heartbeat records the longest gap between timer ticks (a frozen page shows a long gap).
const clicker = document.getElementById("clicker");
let clicks = 0;
clicker.addEventListener("click", () => { clicker.textContent = `Clicked ${++clicks} times`; });
window.__longestGap = 0;
let last = performance.now();
setInterval(() => {
  const now = performance.now();
  window.__longestGap = Math.max(window.__longestGap, now - last);
  last = now;
}, 20);
