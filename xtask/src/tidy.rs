//! Tidy checks: the project's conventions, checked by the build rather than by review, like
//! rust-analyzer's tidy tests. Each finding names the file (and line) and says how to fix it.
//!
//! - `cargo fmt --check` and `cargo clippy -D warnings` (host crates, and the web crates for
//!   wasm32): run by `cargo xtask test` and `cargo xtask tidy` ([`run`]);
//! - the manifests: no browser crates in `core-*`, every widget crate inherits the workspace
//!   lints that forbid panics; no HTML-injection API in widget or site code: in [`run`], and as
//!   `#[test]`s below, so plain `cargo test` runs them too;
//! - in the widgets' UI crates, a component only where it holds a hook or says why it is one
//!   ([`stateless_components`]): each component is ~0.75 KB of gzipped wasm, so a view without
//!   state is a function returning `Html`;
//! - no float formatting, no std sort and no yew `Classes` in the built widgets
//!   ([`REFUSED_CODE`]), and no broken link in any page of `dist/`: checked by `cargo xtask dist`
//!   on what it builds ([`refused_functions`], [`broken_links`]).

use crate::process::{run as run_cmd, Env};
use crate::{root, Result};
use std::fs;
use std::path::{Path, PathBuf};

/// Crates compiled to wasm (clippy checks them for that target).
const WEB_CRATES: [&str; 13] = [
    "ui-common",
    "ui-countdown",
    "ui-quiz",
    "ui-map",
    "ui-builder",
    "ui-teacher",
    "ui-site",
    "embed",
    "event-countdown",
    "scam-quiz",
    "signatory-map",
    "all",
    "site",
];

/// Every check that needs no build: the source checks (also `#[test]`s), then `cargo fmt
/// --check` and both clippy runs. The float and link checks are part of `dist`.
pub fn run(env: &Env) -> Result {
    let found: Vec<String> =
        manifest_problems().into_iter().chain(html_api_uses()).chain(stateless_components()).collect();
    if !found.is_empty() {
        return Err(format!("tidy:\n{}", found.join("\n")).into());
    }
    run_cmd(env.command("cargo").args(["fmt", "--all", "--check"]))
        .map_err(|e| format!("{e}\n\ntidy: formatting differs; run `cargo fmt --all`"))?;
    let clippy_hint =
        "tidy: clippy found problems above; fix them (widget code must not unwrap, expect, panic or index)";
    run_cmd(env.command("cargo").args(["clippy", "--locked", "--all-targets", "--", "-D", "warnings"]))
        .map_err(|e| format!("{e}\n\n{clippy_hint}"))?;
    let mut web = env.command("cargo");
    web.args(["clippy", "--locked", "--all-targets", "--target", "wasm32-unknown-unknown"]);
    for krate in web_crates() {
        web.args(["-p", krate]);
    }
    run_cmd(web.args(["--", "-D", "warnings"])).map_err(|e| format!("{e}\n\n{clippy_hint}"))?;
    Ok(())
}

/// The web crates that exist (the site crate may be absent on an older branch).
fn web_crates() -> impl Iterator<Item = &'static str> {
    WEB_CRATES.into_iter().filter(|krate| manifest_of(krate).is_some())
}

fn manifest_of(krate: &str) -> Option<PathBuf> {
    [root().join("crates").join(krate), root().join("crates/bundles").join(krate)]
        .into_iter()
        .map(|dir| dir.join("Cargo.toml"))
        .find(|path| path.exists())
}

/// Every crate directory under `crates/` (bundles included): (name, directory).
fn crate_dirs() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for parent in [root().join("crates"), root().join("crates/bundles")] {
        for entry in fs::read_dir(&parent).into_iter().flatten().flatten() {
            let dir = entry.path();
            if dir.join("Cargo.toml").exists() {
                out.push((entry.file_name().to_string_lossy().into_owned(), dir));
            }
        }
    }
    out.sort();
    out
}

/// Widget crates: what ships to readers, where the no-panic rule holds.
fn is_widget_crate(name: &str, dir: &Path) -> bool {
    name.starts_with("core-")
        || name.starts_with("ui-")
        || name == "embed"
        || dir.starts_with(root().join("crates/bundles"))
}

/// Problems in the crates' manifests, one line each.
pub fn manifest_problems() -> Vec<String> {
    let mut problems = Vec::new();
    for (name, dir) in crate_dirs() {
        let path = dir.join("Cargo.toml");
        let shown = path.strip_prefix(root()).unwrap_or(&path).display().to_string();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{shown}: cannot read: {e}"));
                continue;
            }
        };
        let manifest: toml::Table = match text.parse() {
            Ok(table) => table,
            Err(e) => {
                problems.push(format!("{shown}: not valid TOML: {e}"));
                continue;
            }
        };
        if name.starts_with("core-") {
            for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
                let Some(deps) = manifest.get(section).and_then(|d| d.as_table()) else { continue };
                for dep in deps.keys().filter(|d| is_browser_crate(d)) {
                    let line = line_of(&text, dep).unwrap_or(0);
                    problems.push(format!(
                        "{shown}:{line}: `{dep}` in [{section}]: core-* crates are pure Rust, tested natively; \
                         move the code that needs the browser into a ui-* crate"
                    ));
                }
            }
        }
        if is_widget_crate(&name, &dir) {
            let inherits =
                manifest.get("lints").and_then(|l| l.get("workspace")).and_then(|w| w.as_bool()).unwrap_or(false);
            if !inherits {
                problems.push(format!(
                    "{shown}: widget crates inherit the workspace lints (no unwrap, expect, panic or indexing); \
                     add `[lints]` with `workspace = true`"
                ));
            }
        }
    }
    problems
}

fn is_browser_crate(name: &str) -> bool {
    matches!(name, "web-sys" | "js-sys" | "yew" | "wasm-bindgen" | "wasm-bindgen-futures") || name.starts_with("gloo")
}

fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.lines().position(|l| l.trim_start().starts_with(needle)).map(|i| i + 1)
}

/// APIs that turn text into markup: data must be rendered as text.
const HTML_APIS: [&str; 4] = ["innerHTML", "set_inner_html", "from_html_unchecked", "outerHTML"];

/// Uses of an HTML-injection API in widget and site code (Rust and JS under `crates/`, JS and
/// HTML under `www/` except the test host pages), as `file:line: …`.
pub fn html_api_uses() -> Vec<String> {
    let mut files = Vec::new();
    collect(&root().join("crates"), &["rs", "js"], &mut files);
    collect(&root().join("www"), &["js", "html"], &mut files);
    let hosts = root().join("www/hosts");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&hosts)) {
        let Ok(text) = fs::read_to_string(file) else { continue };
        let shown = file.strip_prefix(root()).unwrap_or(file).display().to_string();
        found.extend(html_api_lines(&shown, &text));
    }
    found
}

fn html_api_lines(shown: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        // Comments may name the API (to say it is not used).
        if ["//", "/*", "*", "<!--"].iter().any(|c| line.trim_start().starts_with(c)) {
            continue;
        }
        if let Some(api) = HTML_APIS.iter().find(|api| line.contains(*api)) {
            found.push(format!(
                "{shown}:{}: `{api}`: render data as text (Yew text nodes, textContent), never as HTML",
                i + 1
            ));
        }
    }
    found
}

/// The UI crates whose code ships in the widgets' wasm.
const WIDGET_UI_CRATES: [&str; 4] = ["ui-common", "ui-countdown", "ui-quiz", "ui-map"];

/// What a component's doc comment says when it has no hook of its own but is a component for its
/// props' comparison (a re-render it skips).
const COMPONENT_REASON: &str = "rather than a view function";

/// Function components in the widgets' UI crates that neither call a hook nor say why they are
/// components, as `file:line: …`.
pub fn stateless_components() -> Vec<String> {
    let mut files = Vec::new();
    for krate in WIDGET_UI_CRATES {
        collect(&root().join("crates").join(krate).join("src"), &["rs"], &mut files);
    }
    let mut found = Vec::new();
    for file in &files {
        let Ok(text) = fs::read_to_string(file) else { continue };
        let shown = file.strip_prefix(root()).unwrap_or(file).display().to_string();
        found.extend(stateless_component_lines(&shown, &text));
    }
    found
}

fn stateless_component_lines(shown: &str, text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.trim_start().starts_with("#[function_component") {
            continue;
        }
        // The doc comment above the attribute, and the body: to the next line that closes an item.
        let doc = lines[..i].iter().rev().take_while(|l| l.trim_start().starts_with("///"));
        let says_why = doc.into_iter().any(|l| l.contains(COMPONENT_REASON));
        let body = lines[i + 1..].iter().take_while(|l| **l != "}");
        let has_hook =
            body.into_iter().any(|l| l.contains("use_") && l.contains('(') && !l.trim_start().starts_with("//"));
        if !has_hook && !says_why {
            found.push(format!(
                "{shown}:{}: a component without a hook (~0.75 KB of gzipped wasm each): make it a function \
                 returning `Html`, or say in its doc comment why it is one (\"… {COMPONENT_REASON}: …\")",
                i + 1
            ));
        }
    }
    found
}

fn collect(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target" && n != "node_modules") {
                collect(&path, extensions, out);
            }
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)) {
            out.push(path);
        }
    }
}

/// Code that a widget's wasm must not hold: (module path, why, what to use instead).
pub const REFUSED_CODE: [(&str, &str, &str); 3] = [
    ("core::fmt::float", "formats floats (~15 KB)", "format numbers with Intl (ui_common::intl) or as integers"),
    (
        "core::slice::sort",
        "copies std's sort per call site (2-4 KB each)",
        "sort with core_sort::sort_by, which is compiled once",
    ),
    (
        "yew::html::classes",
        "builds yew's Classes, an IndexSet, for a `class=` that is not one literal (~3 KB, and per render)",
        "set `~className` from ui_common::text::class_names on HTML, a `data-` attribute on SVG",
    ),
];

/// Functions under `module` (a path such as `core::fmt::float`) in a wasm file's name section
/// (the build before wasm-opt, which strips names).
pub fn refused_functions(wasm: &[u8], module: &str) -> Result<Vec<String>> {
    let mut found = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let wasmparser::Payload::CustomSection(section) = payload? else { continue };
        let wasmparser::KnownCustom::Name(names) = section.as_known() else { continue };
        for subsection in names {
            let wasmparser::Name::Function(map) = subsection? else { continue };
            for naming in map {
                let name = rustc_demangle::demangle(naming?.name).to_string();
                if name.contains(module) {
                    found.push(name);
                }
            }
        }
    }
    Ok(found)
}

/// Links in the pages of `dist` (`href`, `src`) that lead to no file: relative ones, and absolute
/// ones on `origin` (the public origin share pages are written for). As `page: link`.
pub fn broken_links(dist: &Path, origin: &str) -> Vec<String> {
    let mut pages = Vec::new();
    collect(dist, &["html"], &mut pages);
    let mut broken = Vec::new();
    for page in pages {
        let Ok(text) = fs::read_to_string(&page) else { continue };
        let shown = page.strip_prefix(dist).unwrap_or(&page).display().to_string();
        for link in links(&without_code(&text)) {
            if let Some(target) = local_target(dist, &page, &link, origin) {
                if !target.is_file() {
                    broken.push(format!("dist/{shown}: `{link}` leads to no file"));
                }
            }
        }
    }
    broken
}

/// The page with `<pre>` and `<code>` contents removed: snippets show markup, they are not links.
fn without_code(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = ["<pre", "<code"].iter().filter_map(|tag| rest.find(tag).map(|i| (i, *tag))).min();
        let Some((start, tag)) = next else { break };
        out.push_str(&rest[..start]);
        let close = format!("</{}>", &tag[1..]);
        rest = rest[start..].find(&close).map_or("", |end| &rest[start + end + close.len()..]);
    }
    out.push_str(rest);
    out
}

/// The values of every `href` and `src` attribute.
fn links(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attribute in [" href=", " src="] {
        for (i, _) in html.match_indices(attribute) {
            let rest = &html[i + attribute.len()..];
            let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
            if let Some(end) = rest[1..].find(quote) {
                out.push(rest[1..1 + end].to_string());
            }
        }
    }
    out
}

/// The file a link names in `dist`, or None for links that leave the site (other origins,
/// `mailto:`, `data:`, fragments) or are filled in at run time.
fn local_target(dist: &Path, page: &Path, link: &str, origin: &str) -> Option<PathBuf> {
    let path = link.split(['?', '#']).next().unwrap_or("");
    if path.is_empty() || link.contains("{{") {
        return None;
    }
    let from_root = |p: &str| dist.join(p.trim_start_matches('/'));
    let target = if let Some(rest) = path.strip_prefix(origin).filter(|_| !origin.is_empty()) {
        from_root(rest)
    } else if path.contains(':') || path.starts_with("//") {
        return None;
    } else if path.starts_with('/') {
        from_root(path)
    } else {
        page.parent().unwrap_or(dist).join(path)
    };
    let target = if path.ends_with('/') { target.join("index.html") } else { target };
    Some(normalize(&target))
}

/// Resolves `.` and `..` without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails_with(problems: Vec<String>) {
        assert!(problems.is_empty(), "tidy:\n{}", problems.join("\n"));
    }

    #[test]
    fn manifests_keep_core_crates_pure_and_widget_crates_under_the_no_panic_lints() {
        fails_with(manifest_problems());
    }

    #[test]
    fn no_html_injection_api_in_widget_or_site_code() {
        fails_with(html_api_uses());
    }

    #[test]
    fn widget_components_hold_state_or_say_why() {
        fails_with(stateless_components());
    }

    #[test]
    fn the_checks_see_what_they_look_for() {
        let stateless = "#[function_component(A)]\nfn a(p: &P) -> Html {\n    html! { <p /> }\n}\n";
        assert_eq!(stateless_component_lines("a.rs", stateless).len(), 1);
        let with_hook = "#[function_component(A)]\nfn a(p: &P) -> Html {\n    let x = use_memo((), |_| 1);\n}\n";
        assert!(stateless_component_lines("a.rs", with_hook).is_empty());
        let said = format!("/// A component {COMPONENT_REASON}: its props skip Intl.\n{stateless}");
        assert!(stateless_component_lines("a.rs", &said).is_empty());
        let js = "// innerHTML is never used\nel.innerHTML = data;\n";
        assert_eq!(
            html_api_lines("a.js", js),
            ["a.js:2: `innerHTML`: render data as text (Yew text nodes, textContent), never as HTML"]
        );
        assert!(is_browser_crate("web-sys") && is_browser_crate("gloo-timers") && !is_browser_crate("core-json"));
        assert!(is_widget_crate("core-quiz", &root().join("crates/core-quiz")));
        assert!(is_widget_crate("all", &root().join("crates/bundles/all")));
        assert!(!is_widget_crate("build-css", &root().join("crates/build-css")));
        let page = "<a href=\"news.html#x\">n</a><script src='widgets/a.js'></script>\
                    <pre><code>&lt;script src=\"https://HOST/x.js\"&gt;</code></pre><img src=\"data:x\">";
        assert_eq!(links(&without_code(page)), ["news.html#x", "widgets/a.js", "data:x"]);
        let dist = Path::new("/d");
        let page = Path::new("/d/embed/x.html");
        assert_eq!(local_target(dist, page, "../widgets/a.js?v=1", ""), Some(PathBuf::from("/d/widgets/a.js")));
        assert_eq!(
            local_target(dist, page, "https://w.example/share/", "https://w.example"),
            Some(PathBuf::from("/d/share/index.html"))
        );
        assert_eq!(local_target(dist, page, "https://elsewhere.example/a", "https://w.example"), None);
        assert_eq!(local_target(dist, page, "#top", ""), None);
        assert_eq!(local_target(dist, page, "mailto:a@b", ""), None);
    }

    #[test]
    fn broken_links_are_found_and_good_ones_pass() {
        let dir = std::env::temp_dir().join(format!("tidy-links-{}", std::process::id()));
        fs::create_dir_all(dir.join("embed")).unwrap();
        fs::write(dir.join("index.html"), "<a href=\"embed/x.html\">x</a><a href=\"gone.html\">g</a>").unwrap();
        fs::write(dir.join("embed/x.html"), "<link href=\"../index.html\"><script src=\"/embed/x.html\"></script>")
            .unwrap();
        let broken = broken_links(&dir, "");
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(broken, ["dist/index.html: `gone.html` leads to no file"]);
    }

    #[test]
    fn refused_code_is_found_by_name() {
        // A module with a name section naming one function of core::fmt::float (legacy mangling).
        let name = b"_ZN4core3fmt5float29float_to_decimal_common_exact17h0123456789abcdefE";
        let mut names = vec![1u8]; // function names subsection
        let mut body = vec![1u8, 0u8, name.len() as u8]; // one entry: index 0, the name
        body.extend_from_slice(name);
        names.push(body.len() as u8);
        names.extend(body);
        let mut custom = vec![4u8];
        custom.extend_from_slice(b"name");
        custom.extend(names);
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        module.push(0);
        module.push(custom.len() as u8);
        module.extend(custom);
        let found = refused_functions(&module, "core::fmt::float").unwrap();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("core::fmt::float::float_to_decimal_common_exact"), "{found:?}");
        assert!(refused_functions(&module, "core::slice::sort").unwrap().is_empty());
        assert!(refused_functions(b"\0asm\x01\0\0\0", "core::fmt::float").unwrap().is_empty());
    }
}
