// The stable entry of {{NAME}}: pages link this URL for years, so it is cached briefly and
// revalidated; it names the content-hashed files, which are cached for good. It starts the wasm
// download at once, in parallel with the module that runs it. Written by `cargo xtask dist`.
const base = new URL("../", import.meta.url);
const asset = (name) => new URL("assets/" + name, base).href;
const wasm = fetch(asset("{{WASM}}")).then((response) => {
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
  // Streaming compilation needs application/wasm. A file server that sends another type (an
  // LMS's: Moodle says document/unknown) gets the bytes compiled instead.
  const type = response.headers.get("Content-Type") || "";
  return /^application\/wasm\b/i.test(type) ? response : response.arrayBuffer();
});
// The data files the page's widgets will need (shipped name → hashed path), downloading now too.
const assets = {{ASSETS}};
const downloads = {};
const download = (name) => {
  if (assets[name] && !downloads[name]) downloads[name] = fetch(new URL(assets[name], base).href);
};
{{DOWNLOADS}}
// The running wasm's exports, for hosts and tests that want to wait for the widget to start.
export const started = import(asset("{{GLUE}}")).then((glue) => glue.boot(wasm, base.href, assets, downloads));
started.catch((e) => console.error("[{{NAME}}] could not start:", e));
