//! A small static file server for `cargo xtask serve` and the end-to-end tests.
//!
//! It serves two origins: the site (dist/: widgets, iframe pages, demo) and the sample host pages
//! (www/hosts/), so every embed is exercised cross-origin, as on a real news site. Response
//! headers come from `_headers` files (the format Netlify and Cloudflare Pages read), so the CORS,
//! MIME and CSP rules we test are the ones we ship. In host pages and their headers,
//! `{{WIDGET_ORIGIN}}` stands for the site's origin.
//!
//! The host origin also answers a few generated test responses under `/__test/` (a 50 MB body,
//! with and without a Content-Length; a response that never comes in time), so the widgets'
//! size and time limits are tested without committing big files.
//!
//! It behaves like a CDN, so tests and the bench see real transfer sizes and repeat views:
//! gzip or brotli by `Accept-Encoding` (cached per file), caching only as `_headers` says, a
//! strong `ETag` per representation with `304 Not Modified` for `If-None-Match`, keep-alive.

use crate::dist::Coding;
use crate::{root, Result};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// What the bench changes about the servers.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Compress with gzip even where brotli is accepted (the bench reports gzip bytes).
    pub gzip_only: bool,
    /// Serve this folder under `/__bench/` on both origins (the peers and the floor script).
    pub bench_dir: Option<PathBuf>,
}

pub struct Servers {
    pub site_origin: String,
    pub host_origin: String,
    threads: Vec<JoinHandle<()>>,
}

impl Servers {
    /// Site on `port`, host pages on `port + 1`; port 0 picks free ports (for tests).
    pub fn start(port: u16) -> Result<Servers> {
        Servers::start_with(port, Options::default())
    }

    /// As [`Servers::start`], with options for the bench.
    pub fn start_with(port: u16, options: Options) -> Result<Servers> {
        let site = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("port {port} is not free: {e}"))?;
        let host_port = if port == 0 { 0 } else { port + 1 };
        let host =
            TcpListener::bind(("127.0.0.1", host_port)).map_err(|e| format!("port {host_port} is not free: {e}"))?;
        let site_origin = format!("http://127.0.0.1:{}", site.local_addr()?.port());
        // `localhost` vs `127.0.0.1`: a different origin even where ports are equal.
        let host_origin = format!("http://localhost:{}", host.local_addr()?.port());
        let threads = vec![
            spawn(site, Root::new(crate::dist::dist_dir(), &site_origin)?.with(&options)),
            spawn(host, Root::new(root().join("www/hosts"), &site_origin)?.with_test_routes().with(&options)),
        ];
        Ok(Servers { site_origin, host_origin, threads })
    }

    pub fn wait(self) {
        for t in self.threads {
            let _ = t.join();
        }
    }
}

#[derive(Clone)]
struct Root {
    dir: PathBuf,
    widget_origin: String,
    rules: Vec<(String, Vec<(String, String)>)>,
    /// Answer `/__test/…` (host origin only).
    test_routes: bool,
    /// Compress with gzip even for clients that take brotli (the bench measures gzip).
    gzip_only: bool,
    /// A folder served under `/__bench/`.
    bench_dir: Option<PathBuf>,
    /// Compressed bodies by (path, coding, digest of the original): brotli at its best level
    /// takes a while on a large wasm, once (files with pre-compressed copies are read, not
    /// compressed).
    compressed: Arc<Mutex<HashMap<CompressedKey, Arc<Vec<u8>>>>>,
}

/// (file path, content coding, digest of the uncompressed body).
type CompressedKey = (String, Coding, u64);

impl Root {
    fn new(dir: PathBuf, widget_origin: &str) -> Result<Arc<Root>> {
        let headers = std::fs::read_to_string(dir.join("_headers")).unwrap_or_default();
        Ok(Arc::new(Root {
            rules: parse_headers(&headers),
            dir,
            widget_origin: widget_origin.to_string(),
            test_routes: false,
            gzip_only: false,
            bench_dir: None,
            compressed: Arc::default(),
        }))
    }

    fn with_test_routes(self: Arc<Self>) -> Arc<Root> {
        Arc::new(Root { test_routes: true, ..Arc::unwrap_or_clone(self) })
    }

    fn with(self: Arc<Self>, options: &Options) -> Arc<Root> {
        Arc::new(Root {
            gzip_only: options.gzip_only,
            bench_dir: options.bench_dir.clone(),
            ..Arc::unwrap_or_clone(self)
        })
    }

    /// `body` (`file`'s bytes, or made from them when `substituted`) compressed with `coding`,
    /// from the cache when it has it. A file as it is on disk is sent as a static host sends it:
    /// by its pre-compressed copy when dist/ has one.
    fn compressed(
        &self,
        file: &Path,
        substituted: bool,
        coding: Coding,
        digest: u64,
        body: &[u8],
    ) -> std::io::Result<Arc<Vec<u8>>> {
        let key = (file.to_string_lossy().into_owned(), coding, digest);
        if let Some(hit) = self.compressed.lock().ok().and_then(|cache| cache.get(&key).cloned()) {
            return Ok(hit);
        }
        let bytes =
            Arc::new(if substituted { coding.compress(body)? } else { crate::dist::served(file, body, coding)? });
        if let Ok(mut cache) = self.compressed.lock() {
            cache.insert(key, bytes.clone());
        }
        Ok(bytes)
    }

    fn substitute(&self, text: &str) -> String {
        text.replace("{{WIDGET_ORIGIN}}", &self.widget_origin)
    }
}

/// `_headers`: a path pattern on its own line (`*` at the end matches any rest), then indented
/// `Name: value` lines.
fn parse_headers(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut rules: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push((line.trim().to_string(), Vec::new()));
        } else if let (Some((_, headers)), Some((name, value))) = (rules.last_mut(), line.trim().split_once(':')) {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    rules
}

fn pattern_matches(pattern: &str, path: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => pattern == path,
    }
}

fn spawn(listener: TcpListener, root: Arc<Root>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || {
                let _ = handle(stream, &root);
            });
        }
    })
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "csv" => "text/csv; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Maps a URL path to a file under `dir`, refusing anything that climbs out of it.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut path = dir.join(relative);
    if path.is_dir() {
        path = path.join("index.html");
    }
    path.is_file().then_some(path)
}

/// Serves requests on one connection until the client closes it, says `Connection: close`, or
/// stays idle for a while (keep-alive, as a CDN).
fn handle(stream: TcpStream, root: &Root) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut out = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let mut request = Request::default();
        let mut line = String::new();
        while reader.read_line(&mut line)? > 2 {
            if let Some((name, value)) = line.split_once(':') {
                request.header(name.trim(), value.trim());
            }
            line.clear();
        }
        let mut parts = request_line.split_whitespace();
        let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
        let path = target.split(['?', '#']).next().unwrap_or("/");
        if root.test_routes {
            if let Some(test) = path.strip_prefix("/__test/") {
                // Generated bodies close their connection when done.
                return test_response(&mut out, test);
            }
        }
        serve(&mut out, root, method, path, &request)?;
        if request.close {
            return Ok(());
        }
    }
}

/// The request headers that change the response.
#[derive(Default)]
struct Request {
    accept_encoding: String,
    if_none_match: Option<String>,
    close: bool,
}

impl Request {
    fn header(&mut self, name: &str, value: &str) {
        match name.to_ascii_lowercase().as_str() {
            "accept-encoding" => self.accept_encoding = value.to_ascii_lowercase(),
            "if-none-match" => self.if_none_match = Some(value.to_string()),
            "connection" => self.close = value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }

    /// Whether the client accepts `coding` (listed, and not with `q=0`).
    fn accepts(&self, coding: &str) -> bool {
        self.accept_encoding.split(',').any(|item| {
            let mut parts = item.split(';').map(str::trim);
            parts.next() == Some(coding) && !parts.any(|p| p.replace(' ', "") == "q=0")
        })
    }

    /// Whether the client's copy, named by `If-None-Match`, is `etag`.
    fn has(&self, etag: &str) -> bool {
        self.if_none_match.as_deref().is_some_and(|tags| {
            tags.split(',').map(|t| t.trim().trim_start_matches("W/")).any(|t| t == etag || t == "*")
        })
    }
}

fn serve(out: &mut TcpStream, root: &Root, method: &str, path: &str, request: &Request) -> std::io::Result<()> {
    let head = method == "HEAD";
    if method != "GET" && !head {
        return respond(out, "405 Method Not Allowed", &[], b"", head);
    }
    let found = match (&root.bench_dir, path.strip_prefix("/__bench/")) {
        (Some(dir), Some(rest)) => resolve(dir, rest),
        _ => resolve(&root.dir, path),
    };
    let Some(file) = found else {
        let headers = [("Content-Type".into(), "text/plain".into())];
        return respond(out, "404 Not Found", &headers, b"not found\n", head);
    };
    let mut body = std::fs::read(&file)?;
    let substituted = file.extension().is_some_and(|e| e == "html");
    if substituted {
        body = root.substitute(&String::from_utf8_lossy(&body)).into_bytes();
    }
    let url_path = if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let content_type = content_type(&file);
    // Caching is the `_headers` file's to say, as on the static hosts it is written for.
    let mut headers = vec![("Content-Type".to_string(), content_type.to_string())];
    for (pattern, rule) in &root.rules {
        if pattern_matches(pattern, &url_path) {
            headers.extend(rule.iter().map(|(k, v)| (k.clone(), root.substitute(v))));
        }
    }
    let coding = if !compressible(content_type) {
        None
    } else if request.accepts("br") && !root.gzip_only {
        Some(Coding::Brotli)
    } else if request.accepts("gzip") {
        Some(Coding::Gzip)
    } else {
        None
    };
    let digest = digest(&body);
    // One strong ETag per representation: a gzip body is not a brotli body.
    let etag = format!("\"{digest:016x}{}\"", coding.map_or(String::new(), |c| format!("-{}", c.name())));
    headers.push(("ETag".into(), etag.clone()));
    if compressible(content_type) {
        headers.push(("Vary".into(), "Accept-Encoding".into()));
    }
    if request.has(&etag) {
        return respond(out, "304 Not Modified", &headers, b"", true);
    }
    let body = match coding {
        Some(coding) => {
            headers.push(("Content-Encoding".into(), coding.name().into()));
            root.compressed(&file, substituted, coding, digest, &body)?
        }
        None => Arc::new(body),
    };
    respond(out, "200 OK", &headers, &body, head)
}

fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || ["application/json", "application/wasm", "image/svg+xml", "application/xml"]
            .iter()
            .any(|t| content_type.starts_with(t))
}

fn digest(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    headers: &[(String, String)],
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    // A 304 has no body; its Content-Length would describe the body it stands for.
    let length = if status.starts_with("304") { String::new() } else { format!("Content-Length: {}\r\n", body.len()) };
    let mut text = format!("HTTP/1.1 {status}\r\n{length}");
    for (k, v) in headers {
        text += &format!("{k}: {v}\r\n");
    }
    text += "\r\n";
    out.write_all(text.as_bytes())?;
    if !head {
        out.write_all(body)?;
    }
    out.flush()
}

/// Size of the "huge" test bodies: ten times the widgets' 5 MB limit.
const HUGE_BYTES: usize = 50 * 1024 * 1024;

/// Generated responses for the limit tests: `big` (50 MB with a Content-Length), `big-chunked`
/// (50 MB, chunked, no length: only reading the body reveals the size) and `slow` (no answer
/// for a minute, longer than any widget waits).
fn test_response(out: &mut TcpStream, name: &str) -> std::io::Result<()> {
    let common = "Content-Type: application/json\r\nAccess-Control-Allow-Origin: *\r\nCache-Control: no-store\r\nConnection: close\r\n";
    // A JSON string of spaces: valid JSON whatever the length, so only its size is wrong.
    let spaces = vec![b' '; 64 * 1024];
    match name {
        "big" => {
            out.write_all(format!("HTTP/1.1 200 OK\r\n{common}Content-Length: {HUGE_BYTES}\r\n\r\n\"").as_bytes())?;
            let mut left = HUGE_BYTES - 2;
            while left > 0 {
                let n = left.min(spaces.len());
                out.write_all(&spaces[..n])?;
                left -= n;
            }
            out.write_all(b"\"")?;
        }
        "big-chunked" => {
            out.write_all(
                format!("HTTP/1.1 200 OK\r\n{common}Transfer-Encoding: chunked\r\n\r\n1\r\n\"\r\n").as_bytes(),
            )?;
            let mut left = HUGE_BYTES - 2;
            while left > 0 {
                let n = left.min(spaces.len());
                out.write_all(format!("{n:x}\r\n").as_bytes())?;
                out.write_all(&spaces[..n])?;
                out.write_all(b"\r\n")?;
                left -= n;
            }
            out.write_all(b"1\r\n\"\r\n0\r\n\r\n")?;
        }
        "slow" => {
            std::thread::sleep(std::time::Duration::from_secs(60));
            out.write_all(format!("HTTP/1.1 200 OK\r\n{common}Content-Length: 2\r\n\r\n{{}}").as_bytes())?;
        }
        _ => {
            return respond(
                out,
                "404 Not Found",
                &[("Content-Type".into(), "text/plain".into())],
                b"not found\n",
                false,
            )
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_file_rules_match_by_prefix_or_exactly() {
        let rules = parse_headers("# comment\n/*\n  Access-Control-Allow-Origin: *\n/strict.html\n  Content-Security-Policy: script-src 'self'\n");
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[1].1, vec![("Content-Security-Policy".to_string(), "script-src 'self'".to_string())]);
        assert!(pattern_matches("/*", "/widgets/a.js"));
        assert!(pattern_matches("/strict.html", "/strict.html"));
        assert!(!pattern_matches("/strict.html", "/strict.html.bak"));
    }

    /// GETs `path` from the host origin of a fresh server: (head, body bytes as sent).
    fn get_raw(path: &str) -> (String, Vec<u8>) {
        use std::io::Read;
        let servers = Servers::start(0).unwrap();
        let port = servers.host_origin.trim_start_matches("http://localhost:").parse::<u16>().unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
        let mut all = Vec::new();
        stream.read_to_end(&mut all).unwrap();
        let split = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (String::from_utf8_lossy(&all[..split]).into_owned(), all[split + 4..].to_vec())
    }

    #[test]
    fn huge_test_bodies_are_as_big_as_they_claim() {
        let (head, body) = get_raw("/__test/big");
        assert!(head.contains(&format!("Content-Length: {HUGE_BYTES}")), "{head}");
        assert_eq!(body.len(), HUGE_BYTES);
        let (head, body) = get_raw("/__test/big-chunked");
        assert!(head.contains("Transfer-Encoding: chunked") && !head.contains("Content-Length"), "{head}");
        // Undo the chunking: the payload is as big, and only reading it all tells.
        let (mut rest, mut payload) = (&body[..], 0);
        loop {
            let line = rest.windows(2).position(|w| w == b"\r\n").unwrap();
            let size = usize::from_str_radix(std::str::from_utf8(&rest[..line]).unwrap(), 16).unwrap();
            if size == 0 {
                break;
            }
            payload += size;
            rest = &rest[line + 2 + size + 2..];
        }
        assert_eq!(payload, HUGE_BYTES);
    }

    #[test]
    fn paths_cannot_climb_out() {
        let dir = root().join("www");
        assert!(resolve(&dir, "/../Cargo.toml").is_none());
        assert!(resolve(&dir, "/%2e%2e/Cargo.toml").is_none());
        assert!(resolve(&dir, "/index.html").is_some());
        assert!(resolve(&dir, "/").is_some());
    }

    /// Sends one request on `stream` and reads one response by its Content-Length (the
    /// connection stays open): (head, body).
    fn exchange(stream: &mut TcpStream, request: &str) -> (String, Vec<u8>) {
        use std::io::Read;
        stream.write_all(request.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            head += &line;
        }
        let length = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .map_or(0, |n| n.trim().parse::<usize>().unwrap());
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        (head, body)
    }

    fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
        head.lines().find_map(|l| l.strip_prefix(name).and_then(|rest| rest.strip_prefix(": ")))
    }

    #[test]
    fn serves_like_a_cdn_compressed_revalidated_and_kept_alive() {
        use std::io::Read;
        let servers = Servers::start(0).unwrap();
        let port = servers.host_origin.trim_start_matches("http://localhost:").parse::<u16>().unwrap();
        let file = std::fs::read(root().join("www/hosts/blank.html")).unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let get = |extra: &str| format!("GET /blank.html HTTP/1.1\r\nHost: x\r\n{extra}\r\n");

        // Brotli when offered, else gzip, else the plain bytes; one ETag per representation.
        let (head, body) = exchange(&mut stream, &get("Accept-Encoding: gzip, deflate, br\r\n"));
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert_eq!(header(&head, "Content-Encoding"), Some("br"), "{head}");
        assert_eq!(header(&head, "Vary"), Some("Accept-Encoding"));
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut plain).unwrap();
        assert_eq!(plain.len(), file.len(), "the page itself, decompressed (it has no origin to fill in)");
        let br_tag = header(&head, "ETag").unwrap().to_string();

        let (head, body) = exchange(&mut stream, &get("Accept-Encoding: gzip\r\n"));
        assert_eq!(header(&head, "Content-Encoding"), Some("gzip"), "{head}");
        let mut plain = Vec::new();
        flate2::read::GzDecoder::new(&body[..]).read_to_end(&mut plain).unwrap();
        assert_eq!(plain.len(), file.len());
        let gzip_tag = header(&head, "ETag").unwrap().to_string();
        assert_ne!(br_tag, gzip_tag);

        let (head, body) = exchange(&mut stream, &get("Accept-Encoding: br;q=0, identity\r\n"));
        assert_eq!(header(&head, "Content-Encoding"), None, "{head}");
        assert_eq!(body.len(), file.len());

        // A repeat view: the client's copy is current, so 304 and no body.
        let (head, body) =
            exchange(&mut stream, &get(&format!("Accept-Encoding: gzip\r\nIf-None-Match: {gzip_tag}\r\n")));
        assert!(head.starts_with("HTTP/1.1 304"), "{head}");
        assert!(body.is_empty() && header(&head, "Content-Length").is_none(), "{head}");
        assert_eq!(header(&head, "ETag"), Some(gzip_tag.as_str()));
        // Another copy is stale: the whole body again.
        let (head, _) = exchange(&mut stream, &get(&format!("Accept-Encoding: gzip\r\nIf-None-Match: {br_tag}\r\n")));
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        // Caching is the _headers file's to decide: nothing forces `no-cache` any more.
        assert_eq!(header(&head, "Cache-Control"), None, "{head}");
    }

    #[test]
    fn gzip_only_servers_never_send_brotli() {
        let servers = Servers::start_with(0, Options { gzip_only: true, ..Options::default() }).unwrap();
        let port = servers.host_origin.trim_start_matches("http://localhost:").parse::<u16>().unwrap();
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        let (head, _) = exchange(&mut stream, "GET /blank.html HTTP/1.1\r\nAccept-Encoding: gzip, br\r\n\r\n");
        assert_eq!(header(&head, "Content-Encoding"), Some("gzip"), "{head}");
    }

    /// Serves `root` on a free local port: the server thread, and a connection to it.
    fn serve_on_a_free_port(root: Arc<Root>) -> (JoinHandle<()>, TcpStream) {
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = spawn(listener, root);
        (server, TcpStream::connect(("127.0.0.1", port)).unwrap())
    }

    #[test]
    fn cache_rules_come_from_the_headers_file() {
        let rules = parse_headers("/blank*\n  Cache-Control: public, max-age=31536000, immutable\n");
        let root = Root {
            dir: root().join("www/hosts"),
            widget_origin: String::new(),
            rules,
            test_routes: false,
            gzip_only: false,
            bench_dir: None,
            compressed: Arc::default(),
        };
        let (_server, mut stream) = serve_on_a_free_port(Arc::new(root));
        let (head, _) = exchange(&mut stream, "GET /blank.html HTTP/1.1\r\n\r\n");
        assert_eq!(header(&head, "Cache-Control"), Some("public, max-age=31536000, immutable"), "{head}");
        let (head, _) = exchange(&mut stream, "GET /bad-input.html HTTP/1.1\r\n\r\n");
        assert_eq!(header(&head, "Cache-Control"), None, "{head}");
    }

    #[test]
    fn pre_compressed_copies_are_sent_as_they_are() {
        use std::io::Read;
        let dir = std::env::temp_dir().join(format!("aw-precompressed-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let plain = b"let widget = 1;\n".repeat(50);
        std::fs::write(dir.join("app.js"), &plain).unwrap();
        // A copy no on-the-fly compressor would make (level 1, with a name in its header), so
        // only sending the file itself gives these bytes.
        let mut copy = flate2::GzBuilder::new().filename("app.js").write(Vec::new(), flate2::Compression::fast());
        copy.write_all(&plain).unwrap();
        let copy = copy.finish().unwrap();
        std::fs::write(dir.join("app.js.gz"), &copy).unwrap();
        let (_server, mut stream) = serve_on_a_free_port(Root::new(dir.clone(), "").unwrap());
        let (head, body) = exchange(&mut stream, "GET /app.js HTTP/1.1\r\nAccept-Encoding: gzip\r\n\r\n");
        assert_eq!(header(&head, "Content-Encoding"), Some("gzip"), "{head}");
        assert_eq!(body, copy);
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(&body[..]).read_to_end(&mut unpacked).unwrap();
        assert_eq!(unpacked, plain);
        // No brotli copy: compressed on the fly, and still the same file.
        let (head, body) = exchange(&mut stream, "GET /app.js HTTP/1.1\r\nAccept-Encoding: br\r\n\r\n");
        assert_eq!(header(&head, "Content-Encoding"), Some("br"), "{head}");
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut unpacked).unwrap();
        assert_eq!(unpacked, plain);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
