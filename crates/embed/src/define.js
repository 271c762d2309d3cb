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
