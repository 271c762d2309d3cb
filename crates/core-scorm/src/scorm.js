// The SCORM 1.2 layer of the package's launch page, and the only code in it that speaks SCORM.
// The quiz knows nothing of SCORM: this file gives it the attempt to resume (its `resume`
// attribute, from cmi.suspend_data) and turns what it tells the page into cmi values:
//   scam-quiz:progress {state}   → cmi.suspend_data (the attempt so far), then LMSCommit
//   scam-quiz:complete {percent} → score.raw/min/max, lesson_status passed|failed by the
//                                  mastery score, session_time, then LMSCommit
//   leaving the page             → exit "suspend" mid-attempt or "" once complete,
//                                  session_time, LMSFinish
// LMS errors are logged and never stop the quiz; without an LMS the page says no score is kept.
const quiz = document.querySelector("scam-quiz");
const note = document.getElementById("scorm-note");
const started = Date.now();

// ADL's search: the API object of the nearest window up the parents (at most 7 levels), else
// of the opener's. A parent from another origin cannot be read: that is not an LMS of ours.
function findIn(win) {
  try {
    for (let tries = 0; win && !win.API; tries++) {
      if (tries >= 7 || !win.parent || win.parent === win) return null;
      win = win.parent;
    }
    return win ? win.API : null;
  } catch (e) {
    return null;
  }
}
function findAPI() {
  const api = findIn(window);
  if (api) return api;
  try {
    return window.opener ? findIn(window.opener) : null;
  } catch (e) {
    return null;
  }
}

let api = findAPI();

// One LMS call, checked with LMSGetLastError; whatever goes wrong is logged, never thrown.
function call(name, ...args) {
  try {
    const result = String(api[name](...args));
    const code = String(api.LMSGetLastError());
    if (code !== "0" && code !== "") {
      let why = "";
      try { why = String(api.LMSGetErrorString(code)); } catch (e) { /* the code says enough */ }
      console.warn(`[scam-quiz] SCORM ${name}(${args.map((a) => JSON.stringify(a)).join(", ")}): error ${code} ${why}`);
    }
    return result;
  } catch (e) {
    console.warn(`[scam-quiz] SCORM ${name} failed:`, e);
    return "";
  }
}
const get = (element) => call("LMSGetValue", element);
const set = (element, value) => call("LMSSetValue", element, value);

// CMITimespan: HHHH:MM:SS.SS.
function sessionTime() {
  const cs = Math.max(0, Math.round((Date.now() - started) / 10));
  const two = (n) => String(n).padStart(2, "0");
  return `${String(Math.floor(cs / 360000)).padStart(4, "0")}:${two(Math.floor(cs / 6000) % 60)}:${two(Math.floor(cs / 100) % 60)}.${two(cs % 100)}`;
}

if (api && call("LMSInitialize", "") !== "true") {
  console.warn("[scam-quiz] SCORM LMSInitialize did not succeed: the score is not recorded");
  api = null;
}

if (!api) {
  note.hidden = false;
} else {
  // The attempt so far: what Moodle and others hand back after a "suspend" exit.
  let suspended = "";
  let finished = false;
  if (get("cmi.core.entry") === "resume") {
    suspended = get("cmi.suspend_data");
    if (suspended) quiz.setAttribute("resume", suspended);
  } else {
    set("cmi.core.lesson_status", "incomplete");
  }
  // The LMS's mastery score (from the manifest) decides; the package's pass mark otherwise.
  const lmsMastery = Number.parseInt(get("cmi.student_data.mastery_score"), 10);
  const mastery = Number.isFinite(lmsMastery) ? lmsMastery : Number.parseInt(quiz.getAttribute("pass") || "50", 10);

  quiz.addEventListener("scam-quiz:progress", (event) => {
    const { state, answered } = event.detail || {};
    if (typeof state === "string" && state) {
      suspended = state;
      set("cmi.suspend_data", state);
      call("LMSCommit", "");
    } else if (answered === 0) {
      // A retry after the results: nothing to resume until its first answer.
      suspended = "";
    }
  });

  quiz.addEventListener("scam-quiz:complete", (event) => {
    const percent = Math.max(0, Math.min(100, Math.round(Number(event.detail?.percent) || 0)));
    suspended = "";
    set("cmi.core.score.raw", String(percent));
    set("cmi.core.score.min", "0");
    set("cmi.core.score.max", "100");
    set("cmi.core.lesson_status", percent >= mastery ? "passed" : "failed");
    set("cmi.suspend_data", "");
    set("cmi.core.exit", "");
    set("cmi.core.session_time", sessionTime());
    call("LMSCommit", "");
  });

  const finish = () => {
    if (finished) return;
    finished = true;
    set("cmi.core.exit", suspended ? "suspend" : "");
    set("cmi.core.session_time", sessionTime());
    call("LMSFinish", "");
  };
  window.addEventListener("pagehide", finish);
  window.addEventListener("beforeunload", finish);
}
