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

use crate::{root, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

pub struct Servers {
    pub site_origin: String,
    pub host_origin: String,
    threads: Vec<JoinHandle<()>>,
}

impl Servers {
    /// Site on `port`, host pages on `port + 1`; port 0 picks free ports (for tests).
    pub fn start(port: u16) -> Result<Servers> {
        let site = TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("port {port} is not free: {e}"))?;
        let host_port = if port == 0 { 0 } else { port + 1 };
        let host =
            TcpListener::bind(("127.0.0.1", host_port)).map_err(|e| format!("port {host_port} is not free: {e}"))?;
        let site_origin = format!("http://127.0.0.1:{}", site.local_addr()?.port());
        // `localhost` vs `127.0.0.1`: a different origin even where ports are equal.
        let host_origin = format!("http://localhost:{}", host.local_addr()?.port());
        let threads = vec![
            spawn(site, Root::new(crate::dist::dist_dir(), &site_origin)?),
            spawn(host, Root::new(root().join("www/hosts"), &site_origin)?.with_test_routes()),
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
}

impl Root {
    fn new(dir: PathBuf, widget_origin: &str) -> Result<Arc<Root>> {
        let headers = std::fs::read_to_string(dir.join("_headers")).unwrap_or_default();
        Ok(Arc::new(Root {
            rules: parse_headers(&headers),
            dir,
            widget_origin: widget_origin.to_string(),
            test_routes: false,
        }))
    }

    fn with_test_routes(self: Arc<Self>) -> Arc<Root> {
        Arc::new(Root { test_routes: true, ..Arc::unwrap_or_clone(self) })
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

fn handle(stream: TcpStream, root: &Root) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the request headers; nothing in them changes what we send.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, "405 Method Not Allowed", &[], b"", method == "HEAD");
    }
    if root.test_routes {
        if let Some(test) = path.strip_prefix("/__test/") {
            return test_response(&mut out, test);
        }
    }
    let Some(file) = resolve(&root.dir, path) else {
        return respond(
            &mut out,
            "404 Not Found",
            &[("Content-Type".into(), "text/plain".into())],
            b"not found\n",
            method == "HEAD",
        );
    };
    let mut body = std::fs::read(&file)?;
    if file.extension().is_some_and(|e| e == "html") {
        body = root.substitute(&String::from_utf8_lossy(&body)).into_bytes();
    }
    let url_path = if path.ends_with('/') { format!("{path}index.html") } else { path.to_string() };
    let mut headers = vec![
        ("Content-Type".to_string(), content_type(&file).to_string()),
        ("Cache-Control".into(), "no-cache".into()),
    ];
    for (pattern, rule) in &root.rules {
        if pattern_matches(pattern, &url_path) {
            headers.extend(rule.iter().map(|(k, v)| (k.clone(), root.substitute(v))));
        }
    }
    respond(&mut out, "200 OK", &headers, &body, method == "HEAD")
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    headers: &[(String, String)],
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    let mut text = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
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
}
