// Where the widget's site is, and the files it ships under content-hashed names. `cargo xtask
// dist` inlines this file into the widget's module (assets/<widget>.<hash>.js); the entry
// script (widgets/<widget>.js) calls `configure` before the wasm starts, handing over the data
// downloads it began at once. Unconfigured (the wasm-bindgen tests), the root is worked out from
// where wasm-bindgen put this file: <root>/…/snippets/<crate>-<hash>/src/site.js.
let site = { root: new URL("../../../../", import.meta.url).href, assets: {}, started: {}, texts: {}, arrived: {} };
let startedNames = [];

export function configure(root, assets, started) {
  site = { root, assets, started: started || {}, texts: {}, arrived: {} };
  startedNames = Object.keys(site.started);
  // Read each started download as it comes, so a file that is here before the wasm starts is
  // in the widget's first frame (arrivedText). A failure is the widget's to report, later.
  for (const name of startedNames) builtInText(name).catch(() => {});
}

// The URL of a data file the widget ships ("data/world.json"): its hashed name when it has one.
export function assetUrl(name) {
  return new URL(site.assets[name] || name, site.root).href;
}

// The text of a data file the widget ships, fetched once per page (the entry may have started
// it already); a failed load is forgotten, so a later widget tries again.
export function builtInText(name) {
  if (!site.texts[name]) {
    const response = site.started[name] || fetch(assetUrl(name));
    delete site.started[name];
    site.texts[name] = response
      .then((r) => {
        if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
        return r.text();
      })
      .then((text) => (site.arrived[name] = text))
      .catch((e) => {
        delete site.texts[name];
        throw e;
      });
  }
  return site.texts[name];
}

// The text of a data file that has already arrived, or undefined.
export function arrivedText(name) {
  return site.arrived[name];
}

// Whether the widget ships a file of that name (a language pack, say).
export function hasAsset(name) {
  return Object.prototype.hasOwnProperty.call(site.assets, name);
}

// The language packs ("text/<widget>.<lang>.txt") the entry started, read before the wasm
// starts so that the first frame is in the reader's language (see `boot` in xtask/src/bundle.rs).
let startedPacks = [];
export function loadStartedPacks() {
  const names = startedNames.filter((name) => name.startsWith("text/"));
  return Promise.allSettled(names.map((name) => builtInText(name).then(
    (text) => startedPacks.push([name, text, ""]),
    (e) => startedPacks.push([name, null, String(e)]),
  )));
}

// [name, text or null, error] for each started pack whose name starts with `prefix`, once.
export function takeStartedPacks(prefix) {
  const taken = startedPacks.filter(([name]) => name.startsWith(prefix));
  startedPacks = startedPacks.filter(([name]) => !name.startsWith(prefix));
  return taken;
}
