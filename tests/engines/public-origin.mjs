// dist/ served on WIDGETS_ORIGIN (default http://localhost:8080), the origin the iframe pages'
// policy names, for the one check that needs it: WebKit runs a sandboxed frame's scripts only
// from an origin its policy names (see www/embed/widget.html). Plain files, no caching: what the
// frame needs, with the types and CORS header the real host sends. Closed after the suite, so the
// WordPress step that follows finds its port free.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const DIST = new URL("../../dist/", import.meta.url).pathname;
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };

/** Starts the server; resolves to `{ origin, close }`, or rejects when the origin is not local. */
export async function servePublicOrigin() {
  const origin = (process.env.WIDGETS_ORIGIN || "http://localhost:8080").replace(/\/+$/, "");
  const url = new URL(origin);
  if (url.hostname !== "localhost" || url.pathname !== "/") {
    throw new Error(`WIDGETS_ORIGIN is ${origin}: the engines suite can serve only http://localhost:PORT`);
  }
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, origin).pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(DIST, path));
      response.writeHead(200, { "Content-Type": TYPES[extname(path)] || "application/octet-stream",
        "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once("error", (e) => reject(new Error(`${origin} cannot be served (${e.code}): is another server on it?`)));
    server.listen(Number(url.port || 80), "127.0.0.1", resolve);
  });
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}
