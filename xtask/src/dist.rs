//! `cargo xtask dist`: builds each widget bundle with Trunk, assembles `dist/` and reports the
//! page weight of each widget.
//!
//! dist/
//!   widgets/{scam-quiz,event-countdown,signatory-map,all}.js   stable entries pages load
//!   assets/<bundle>.<hash>.{js,wasm}   what the entries start: content-hashed, cached for good
//!   embed/{scam-quiz,event-countdown,signatory-map}.html, frame.js, resizer.js
//!   data/     the built-in data files and their JSON Schemas
//!   site/site.js   entry of the demo site's own tools (builder, bank checker, answer key)
//!   share/<lang>/<widget>.{html,json}, share/<lang>/event-countdown/<event>.{html,json}
//!             share pages and their static oEmbed responses, URLs from WIDGETS_ORIGIN (share.rs)
//!   integrations/hanoi-convention-widgets.zip   the WordPress plugin (plugin.rs)
//!   index.html and the rest of www/ (the demo site)

use crate::process::{run, Env};
use crate::toolchain::WasmToolchain;
use crate::{root, Result};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The public bundles, by file name (each is a crate under crates/bundles/, whose package name
/// Trunk uses for the output files).
pub const BUNDLES: [&str; 4] = ["scam-quiz", "event-countdown", "signatory-map", "all"];

/// The demo site's tools: built the same way into dist/site/, but no embedding page loads them,
/// so they are not in the page-weight report.
const SITE_BUNDLE: &str = "site";

pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

pub fn build(env: &Env) -> Result<SizeReport> {
    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist)?;
    }
    let www = root().join("www");
    let template = www.join("embed/widget.html");
    let page_template = www.join(crate::site::TEMPLATE);
    let share_template = www.join(crate::share::TEMPLATE);
    copy_dir(&www, &dist, &|p| {
        !p.starts_with(www.join("hosts"))
            && p != template
            && p != page_template
            && p != share_template
            && !is_page_source(p)
    })?;
    crate::site::write_pages(&www, &dist)?;
    crate::share::write(&www, &dist)?;
    crate::plugin::write(&dist, &crate::share::origin()?)?;
    write_iframe_pages(&template, &dist.join("embed"))?;
    // Into subfolders too: data/quiz/bank.json (the teachers' answer key fetches it), data/schema/.
    copy_dir(&root().join("data"), &dist.join("data"), &|p| p.is_dir() || p.extension().is_some_and(|e| e == "json"))?;
    // Trunk builds offline (it must never download tools), so every locked crate has to be here
    // first; on a fresh machine this is what downloads them. A no-op when they are.
    run(env.command("cargo").args(["fetch", "--locked"]))?;
    let outputs = BUNDLES.iter().map(|b| (*b, "widgets")).chain([(SITE_BUNDLE, "site")]);
    let shipped = crate::shipped::write(&dist)?;
    let bank_languages = crate::shipped::bank_languages()?;
    let mut packaged = Vec::new();
    let toolchain = WasmToolchain::choose();
    println!("{}", toolchain.describe());
    // The browser floor (Safari 16.4, Firefox 115, Chrome 111): wasm features and JS APIs.
    let floor = crate::floor::Floor::load()?;
    for (bundle, out) in outputs {
        let staging = root().join("target/trunk").join(bundle);
        let entry = trunk_entry(bundle)?;
        let mut trunk = env.command("trunk");
        trunk.args(["build", "--config", "Trunk.toml", "--dist"]).arg(&staging).arg(&entry);
        trunk.env("TRUNK_SKIP_VERSION_CHECK", "true");
        toolchain.configure(&mut trunk, &format!("{} {SMALL_STACK}", short_panic_paths()));
        run(&mut trunk)?;
        floor.check_bundle(bundle, &staging)?;
        if BUNDLES.contains(&bundle) {
            refuse_code(bundle)?;
        }
        let assets = crate::shipped::assets_json(&shipped, bundle);
        let downloads = crate::shipped::downloads_js(bundle, &bank_languages);
        packaged.push((bundle, crate::bundle::package(env, bundle, &staging, &dist, out, &assets, &downloads)?));
    }
    let broken = crate::tidy::broken_links(&dist, &crate::share::origin()?);
    if !broken.is_empty() {
        return Err(format!("broken links in dist/ (fix the page or the file it names):\n{}", broken.join("\n")).into());
    }
    precompress(&dist.join("assets"))?;
    let report = SizeReport::measure(&dist, &packaged, &shipped, toolchain)?;
    report.print();
    fs::write(root().join("target/size-report.txt"), report.table())?;
    Ok(report)
}

/// Trunk builds from an HTML page; each bundle's is the same but for the crate, so it is
/// written here rather than kept four times. The page itself is not shipped.
/// `AW_KEEP_NAMES=1` keeps function names in the shipped wasm, for profiling (bigger files).
fn trunk_entry(bundle: &str) -> Result<PathBuf> {
    let dir = root().join("target/trunk-entries").join(bundle);
    fs::create_dir_all(&dir)?;
    // `--converge` repeats -Oz until it stops shrinking the wasm (~0.1 KB gzip per bundle).
    // `--low-memory-unused` lets wasm-opt fold constants into loads' and stores' offsets
    // (0.55–1.05 KB gzip per bundle): it assumes nothing lives in the first 1 KB of memory, the
    // bottom of Rust's stack (stack first, growing down), which only an overflow would reach.
    let names = if std::env::var("AW_KEEP_NAMES").is_ok_and(|v| v == "1") { " -g" } else { "" };
    let opt_params = format!(" data-wasm-opt-params=\"--converge --low-memory-unused{names}\"");
    // A public bundle's other languages ship as language packs (its `packs` feature).
    let features = if BUNDLES.contains(&bundle) { " data-cargo-features=\"packs\"" } else { "" };
    let page = format!(
        "<!DOCTYPE html>\n<html><head>\n<link data-trunk rel=\"rust\" href=\"../../../crates/bundles/{bundle}/Cargo.toml\" \
         data-bindgen-target=\"web\" data-wasm-opt=\"z\"{opt_params}{features} data-wasm-no-import />\n</head></html>\n"
    );
    let path = dir.join("index.html");
    fs::write(&path, page)?;
    Ok(path)
}

/// The iframe pages differ only in the widget: one template, three pages.
fn write_iframe_pages(template: &Path, dir: &Path) -> Result {
    let text = fs::read_to_string(template)?;
    // The policy's sources are origins: WIDGETS_ORIGIN without a path.
    let public = crate::share::origin()?;
    let scheme_end = public.find("://").map_or(0, |i| i + 3);
    let public_origin = match public.get(scheme_end..).and_then(|rest| rest.find('/')) {
        Some(slash) => public.get(..scheme_end + slash).unwrap_or(&public).to_string(),
        None => public.clone(),
    };
    for (widget, title) in [
        ("scam-quiz", "Scam-awareness quiz"),
        ("event-countdown", "Event countdown"),
        ("signatory-map", "Signatory map"),
    ] {
        let page =
            text.replace("{{WIDGET}}", widget).replace("{{TITLE}}", title).replace("{{PUBLIC_ORIGIN}}", &public_origin);
        fs::write(dir.join(format!("{widget}.html")), page)?;
    }
    Ok(())
}

/// Fails if the widget's wasm holds code it must not (tidy's `REFUSED_CODE`: float formatting,
/// std's sort, yew's `Classes`): read from the name section of cargo's output, which wasm-opt has
/// not stripped yet.
fn refuse_code(bundle: &str) -> Result {
    let wasm = root().join("target/wasm32-unknown-unknown/release").join(format!("{}.wasm", bundle.replace('-', "_")));
    let bytes = fs::read(&wasm).map_err(|e| format!("reading {}: {e}", wasm.display()))?;
    for (module, why, instead) in crate::tidy::REFUSED_CODE {
        let found = crate::tidy::refused_functions(&bytes, module)?;
        if !found.is_empty() {
            return Err(format!(
                "{bundle}: the wasm {why}: {} functions of {module}, e.g.\n  {}\n\
                 Instead, {instead}; `twiggy paths {} <function>` shows the caller.",
                found.len(),
                found.iter().take(3).cloned().collect::<Vec<_>>().join("\n  "),
                wasm.display()
            )
            .into());
        }
    }
    Ok(())
}

/// Rust's wasm stack is 1 MiB, below the data, so every address of static data is at least
/// 1 MiB: 4 bytes as an `i32.const`. Half a MiB puts the data below 1 MiB, 3 bytes each
/// (~0.2 KB gzip per widget). The widgets' deepest recursion is core-json's, at most 64 levels.
const SMALL_STACK: &str = "-Clink-arg=-zstack-size=524288";

/// Panic locations name their source files; with the registry path shortened they cost a few
/// hundred bytes instead of a few KB.
fn short_panic_paths() -> String {
    let cargo_home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".cargo"));
    format!(
        "--remap-path-prefix={}=crates.io --remap-path-prefix={}=.",
        cargo_home.join("registry/src").display(),
        root().display()
    )
}

/// Site pages are written from their sources by `site::write_pages`, not copied.
fn is_page_source(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "html")
        && fs::read_to_string(path).is_ok_and(|text| crate::site::is_page_source(&text))
}

fn copy_dir(from: &Path, to: &Path, keep: &dyn Fn(&Path) -> bool) -> Result {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from).map_err(|e| format!("reading {}: {e}", from.display()))? {
        let path = entry?.path();
        let target = to.join(path.file_name().ok_or("bad file name")?);
        if path.is_dir() {
            if keep(&path) {
                copy_dir(&path, &target, keep)?;
            }
        } else if keep(&path) {
            fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// What a page that embeds one widget downloads, raw and compressed.
pub struct SizeReport {
    pub rows: Vec<SizeRow>,
    pub toolchain: WasmToolchain,
}

pub struct SizeRow {
    pub widget: String,
    pub files: Vec<String>,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl SizeReport {
    fn measure(
        dist: &Path,
        packaged: &[(&str, crate::bundle::Packaged)],
        shipped: &[crate::shipped::Shipped],
        toolchain: WasmToolchain,
    ) -> Result<SizeReport> {
        let mut rows = Vec::new();
        for (widget, files) in packaged.iter().filter(|(b, _)| BUNDLES.contains(b)) {
            let widget = *widget;
            let files = files_of(widget, files, shipped);
            let (mut raw, mut gzip, mut brotli) = (0, 0, 0);
            for file in &files {
                let path = dist.join(file);
                let bytes = fs::read(&path)?;
                raw += bytes.len() as u64;
                gzip += served(&path, &bytes, Coding::Gzip)?.len() as u64;
                brotli += served(&path, &bytes, Coding::Brotli)?.len() as u64;
            }
            rows.push(SizeRow { widget: widget.to_string(), files, raw, gzip, brotli });
        }
        Ok(SizeReport { rows, toolchain })
    }

    pub fn table(&self) -> String {
        let mut s = format!("{:<16} {:>10} {:>10} {:>10}  files\n", "widget", "raw", "gzip", "brotli");
        for r in &self.rows {
            s += &format!(
                "{:<16} {:>10} {:>10} {:>10}  {}\n",
                r.widget,
                kb(r.raw),
                kb(r.gzip),
                kb(r.brotli),
                r.files.join(" ")
            );
        }
        s + &self.toolchain.describe() + "\n"
    }

    fn print(&self) {
        println!("\nPage weight of a page that embeds only that widget (script embed):\n{}", self.table());
    }
}

pub fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// The files the browser fetches for `widget` on an English page: its entry, module and wasm,
/// and the shipped data it loads (the quiz's English bank, the countdown's English milestones,
/// the map's geometry; no language pack, as English is in the wasm, and not the map's names
/// file, which waits for the reader to search).
fn files_of(widget: &str, packaged: &crate::bundle::Packaged, shipped: &[crate::shipped::Shipped]) -> Vec<String> {
    let mut files = vec![packaged.entry.clone(), packaged.glue.clone(), packaged.wasm.clone()];
    files.extend(shipped.iter().filter(|s| s.bundles.contains(&widget) && s.on_english_load).map(|s| s.path.clone()));
    files
}

/// A content coding a client may accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Coding {
    Gzip,
    Brotli,
}

impl Coding {
    /// Its `Content-Encoding` name.
    pub fn name(self) -> &'static str {
        match self {
            Coding::Gzip => "gzip",
            Coding::Brotli => "br",
        }
    }

    /// The extension of its pre-compressed sibling file (nginx's `gzip_static`, Caddy's
    /// `precompressed`).
    fn extension(self) -> &'static str {
        match self {
            Coding::Gzip => "gz",
            Coding::Brotli => "br",
        }
    }

    /// `bytes` compressed on the fly: gzip at flate2's best level, brotli at 11.
    pub fn compress(self, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
        match self {
            Coding::Gzip => gzip(bytes),
            Coding::Brotli => brotli(bytes),
        }
    }
}

/// `path` beside its pre-compressed copy in `coding` (`app.wasm` → `app.wasm.gz`).
pub fn precompressed_path(path: &Path, coding: Coding) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(coding.extension());
    PathBuf::from(name)
}

/// The body a static host sends in `coding` for the file at `path`, whose bytes are `body`: its
/// pre-compressed copy when it has one at least as new as the file, else `body` compressed on
/// the fly. The server and the size report both use it, so the report's sizes are what the
/// bench's browser fetches.
pub fn served(path: &Path, body: &[u8], coding: Coding) -> std::io::Result<Vec<u8>> {
    let sibling = precompressed_path(path, coding);
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified());
    if let (Ok(copy), Ok(original)) = (modified(&sibling), modified(path)) {
        if copy >= original {
            return fs::read(sibling);
        }
    }
    coding.compress(body)
}

/// Writes a `.gz` (zopfli) and a `.br` (brotli 11) beside every file in `dir` (dist/assets/: the
/// hashed files, which are what a page's weight is). Zopfli writes ordinary gzip that any
/// browser reads, ~5% smaller than zlib's best level (countdown wasm 107.8 → 101.5 KB), but
/// takes seconds per wasm: too slow on the fly, as static hosts know. Two threads, one per core.
fn precompress(dir: &Path) -> Result {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && !p.extension().is_some_and(|e| e == "gz" || e == "br"))
        .collect();
    // Largest first, so the two threads finish together.
    files.sort_by_cached_key(|p| std::cmp::Reverse(fs::metadata(p).map_or(0, |m| m.len())));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || -> std::io::Result<()> {
        while let Some(file) = files.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
            let bytes = fs::read(file)?;
            fs::write(precompressed_path(file, Coding::Gzip), zopfli_gzip(&bytes)?)?;
            fs::write(precompressed_path(file, Coding::Brotli), brotli(&bytes)?)?;
        }
        Ok(())
    };
    std::thread::scope(|scope| {
        let other = scope.spawn(work);
        let mine = work();
        let other = other.join().map_err(|_| "a compression thread panicked")?;
        Ok(other.and(mine)?)
    })
}

/// gzip by zopfli (default 15 iterations).
fn zopfli_gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    zopfli::compress(zopfli::Options::default(), zopfli::Format::Gzip, bytes, &mut out)?;
    Ok(out)
}

/// gzip at flate2's best level, for what is compressed on the fly.
fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    enc.finish()
}

/// brotli at its best level (11), as static hosts serve pre-compressed files.
fn brotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

pub fn gzip_len(bytes: &[u8]) -> Result<u64> {
    Ok(gzip(bytes)?.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn assets_get_smaller_gzip_copies_that_are_served_until_the_file_changes() {
        let dir = std::env::temp_dir().join(format!("aw-precompress-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let file = dir.join("glue.0123abcd.js");
        let text: String =
            (0..400).map(|i| format!("export function f{i}(x) {{ return x * {} + {i}; }}\n", i % 7)).collect();
        fs::write(&file, &text).unwrap();
        precompress(&dir).unwrap();
        let gz = fs::read(precompressed_path(&file, Coding::Gzip)).unwrap();
        assert_eq!(gunzip(&gz), text.as_bytes());
        assert!(gz.len() < gzip(text.as_bytes()).unwrap().len(), "zopfli {} vs zlib's best", gz.len());
        let mut br = Vec::new();
        brotli::BrotliDecompress(&mut &fs::read(precompressed_path(&file, Coding::Brotli)).unwrap()[..], &mut br)
            .unwrap();
        assert_eq!(br, text.as_bytes());
        assert_eq!(served(&file, text.as_bytes(), Coding::Gzip).unwrap(), gz);
        // Running it again does not compress the copies themselves.
        precompress(&dir).unwrap();
        assert!(!precompressed_path(&precompressed_path(&file, Coding::Gzip), Coding::Gzip).exists());
        // A file edited after its copies were made is compressed afresh, never sent stale.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&file, "changed").unwrap();
        assert_eq!(gunzip(&served(&file, b"changed", Coding::Gzip).unwrap()), b"changed");
        fs::remove_dir_all(&dir).unwrap();
    }
}
