// The one piece that must be JavaScript: a class that extends HTMLElement. Everything it does is
// handed to Rust: `create` mounts the widget, the returned object takes attribute changes and is
// freed (destroying the Yew app) when the element leaves the page.
export function defineWidget(tag, observed, create) {
  const registry = globalThis.customElements;
  if (!registry) return "unsupported";
  // A second copy of the script (or all.js beside a single widget) keeps the first definition.
  if (registry.get(tag)) return "exists";
  const instances = new WeakMap();
  registry.define(tag, class extends HTMLElement {
    static get observedAttributes() { return observed; }
    connectedCallback() {
      if (!instances.has(this)) instances.set(this, create(this));
    }
    disconnectedCallback() {
      // Moving an element disconnects and reconnects it in one task: only tear down if it stays out.
      queueMicrotask(() => {
        const widget = instances.get(this);
        if (!this.isConnected && widget) { instances.delete(this); widget.free(); }
      });
    }
    attributeChangedCallback(name, old, value) {
      const widget = instances.get(this);
      if (widget && old !== value) widget.attributeChanged();
    }
  });
  return "defined";
}

// Where the widget's site is, and its content-hashed files. `cargo xtask dist` inlines this file
// into the widget's module (assets/<widget>.<hash>.js) and the entry script
// (widgets/<widget>.js) calls `configure` before starting the wasm. Unconfigured (the
// wasm-bindgen tests), the root is worked out from where wasm-bindgen put this file:
// <root>/…/snippets/<crate>-<hash>/src/define.js.
let site = { root: new URL("../../../../", import.meta.url).href, assets: {} };

export function configure(root, assets) {
  site = { root, assets };
}

export function siteRoot() {
  return site.root;
}

// The URL of a data file the widget ships (e.g. "data/world.json"): its content-hashed name
// when the build gave one, so it can be cached for good.
export function assetUrl(name) {
  return new URL(site.assets[name] || name, site.root).href;
}
