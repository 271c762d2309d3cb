// Globals and prototype changes that real pages carry (Prototype.js, old polyfills, AMD).
window.wasm_bindgen = function () { throw new Error("not yours"); };
window.define = function () { throw new Error("AMD define called"); };
window.define.amd = {};
window.require = function () { throw new Error("AMD require called"); };
Object.prototype.evil = "inherited";
Object.defineProperty(Object.prototype, "type", { value: "hijacked", writable: true, configurable: true, enumerable: true });
Array.prototype.evilItem = function () {};
Array.prototype.map = function (fn) { const out = []; for (let i = 0; i < this.length; i++) out.push(fn(this[i], i, this)); out.extra = true; return out; };
Array.prototype.includes = function () { return false; };
Array.prototype.toJSON = function () { return "array"; };
String.prototype.trim = function () { return "trimmed"; };
JSON.stringify = function () { return "{}"; };
