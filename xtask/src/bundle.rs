//! Turns Trunk's output for one bundle (wasm-bindgen glue, its JS snippets, the wasm) into what
//! `dist/` ships:
//!
//! - `assets/<bundle>.<hash>.js`: the glue with the snippets inlined (one module, not two round
//!   trips) and a `boot` export, minified;
//! - `assets/<bundle>.<hash>.wasm`, its import and export names shortened with the glue's
//!   (short_names.rs);
//! - `<out>/<bundle>.js`: the small stable entry that pages load, naming both (see entry.js).
//!
//! Hashed names change with the content, so they are cached for good, and a page can never mix
//! a new glue with an old wasm.

use crate::process::{run, Env};
use crate::Result;
use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

const ENTRY_TEMPLATE: &str = include_str!("entry.js");

/// Where one bundle's files went, relative to `dist/`.
#[derive(Debug, Clone)]
pub struct Packaged {
    pub entry: String,
    pub glue: String,
    pub wasm: String,
}

/// `name.<first 8 hex of SHA-256>.ext`.
pub fn hashed_name(stem: &str, extension: &str, bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("{stem}.{hex}.{extension}")
}

/// Packages `bundle` from Trunk's `staging` folder into `dist`; the entry goes to `dist/<out>/`.
/// `assets` maps the data files the bundle fetches to their hashed names (a JSON object).
/// `downloads` is JS that calls `download(name)` for the shipped files the page will need.
pub fn package(
    env: &Env,
    bundle: &str,
    staging: &Path,
    dist: &Path,
    out: &str,
    assets: &str,
    downloads: &str,
) -> Result<Packaged> {
    let glue = fs::read_to_string(staging.join(format!("{bundle}.js")))?;
    check_glue(bundle, &glue)?;
    let (glue, configurable) = inline_snippets(&glue, staging)?;
    let glue = own_loader(bundle, &glue)?;
    let boot = if configurable {
        "export function boot(source, root, assets, downloads) {\n  configure(root, assets, downloads);\n  return loadStartedPacks().then(() => source).then(instantiate);\n}\n"
    } else {
        "export function boot(source) {\n  return source.then(instantiate);\n}\n"
    };
    let glue = format!(
        "{glue}\n// Called by the entry script with the wasm's response, or its bytes (see xtask/src/entry.js).\n{boot}"
    );
    let wasm = fs::read(staging.join(format!("{bundle}_bg.wasm")))?;
    let (glue, wasm) = crate::short_names::shorten(&format!("./{bundle}_bg.js"), &glue, &wasm)
        .map_err(|e| format!("{bundle}: shortening the wasm's import and export names: {e}"))?;
    let assets_dir = dist.join("assets");
    fs::create_dir_all(&assets_dir)?;
    let minified = minify(env, &assets_dir, &format!("{bundle}.glue.tmp.js"), &glue)?;
    let glue_name = hashed_name(bundle, "js", minified.as_bytes());
    fs::write(assets_dir.join(&glue_name), &minified)?;
    let wasm_name = hashed_name(bundle, "wasm", &wasm);
    fs::write(assets_dir.join(&wasm_name), &wasm)?;
    let entry = ENTRY_TEMPLATE
        .replace("{{NAME}}", bundle)
        .replace("{{GLUE}}", &glue_name)
        .replace("{{WASM}}", &wasm_name)
        .replace("{{ASSETS}}", assets)
        .replace("{{DOWNLOADS}}", downloads);
    let out_dir = dist.join(out);
    fs::create_dir_all(&out_dir)?;
    let entry = minify(env, &out_dir, &format!("{bundle}.entry.tmp.js"), &entry)?;
    fs::write(out_dir.join(format!("{bundle}.js")), entry)?;
    Ok(Packaged {
        entry: format!("{out}/{bundle}.js"),
        glue: format!("assets/{glue_name}"),
        wasm: format!("assets/{wasm_name}"),
    })
}

/// Refuses glue that a strict CSP would block, or whose shape the packaging does not know.
fn check_glue(bundle: &str, glue: &str) -> Result {
    for forbidden in ["new Function", "eval("] {
        if glue.contains(forbidden) {
            return Err(format!("{bundle}.js contains `{forbidden}`, which a CSP without 'unsafe-eval' blocks").into());
        }
    }
    Ok(())
}

/// What replaces wasm-bindgen's loader, from `__wbg_load` to the end of the glue (`initSync`,
/// `__wbg_init` and the default export): paths for URLs, `Request`s, deprecated arguments and
/// servers without `application/wasm` that the entry never takes, since it always hands over a
/// response (which it checked) or the bytes.
const LOADER: &str = "\
// The glue's own loader, trimmed by xtask/src/bundle.rs: the entry hands over the wasm's response,
// whose type allows streaming compilation, or else its bytes. Once per glue: a page that loads
// the entry twice (two URLs of it) starts one wasm, and a failed start may be tried again.
let instantiating;
function instantiate(source) {
  if (!instantiating) {
    instantiating = (async () => {
      const imports = __wbg_get_imports();
      const { instance, module } = source instanceof Response
        ? await WebAssembly.instantiateStreaming(source, imports)
        : await WebAssembly.instantiate(source, imports);
      return __wbg_finalize_init(instance, module);
    })();
    instantiating.catch(() => { instantiating = undefined; });
  }
  return instantiating;
}
";

/// The glue with wasm-bindgen's loader replaced by [`LOADER`].
fn own_loader(bundle: &str, glue: &str) -> Result<String> {
    let start = glue
        .find("\nasync function __wbg_load(")
        .ok_or_else(|| format!("{bundle}.js: wasm-bindgen glue without __wbg_load; has the glue format changed?"))?;
    let tail = &glue[start..];
    for needed in ["function __wbg_get_imports(", "function __wbg_finalize_init(instance, module)"] {
        if !glue[..start].contains(needed) {
            return Err(format!("{bundle}.js: no `{needed}` before the loader; has the glue format changed?").into());
        }
    }
    // Only the loader may be cut: anything else after it would be lost.
    if !tail.trim_end().ends_with("export { initSync, __wbg_init as default };") {
        return Err(
            format!("{bundle}.js: the glue does not end with its loader's exports; has its format changed?").into()
        );
    }
    Ok(format!("{}\n{LOADER}", &glue[..start]))
}

/// Replaces each `import { a, b } from './snippets/…';` with that snippet's code, its exports
/// made local. Returns the glue and whether a snippet defines `configure` (embed's define.js).
fn inline_snippets(glue: &str, staging: &Path) -> Result<(String, bool)> {
    let mut out = String::with_capacity(glue.len() + 4096);
    let mut configurable = false;
    for line in glue.lines() {
        let Some(path) = line.strip_prefix("import ").and_then(|rest| rest.split_once(" from '")).map(|(_, p)| p)
        else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let path = path.trim_end_matches(';').trim_end_matches('\'');
        let names = line.split_once('{').and_then(|(_, rest)| rest.split_once('}')).map(|(names, _)| names);
        let (Some(relative), Some(names)) = (path.strip_prefix("./snippets/"), names) else {
            return Err(format!("glue import the packaging cannot inline: `{line}`").into());
        };
        let code = fs::read_to_string(staging.join("snippets").join(relative))?;
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            if !code.contains(&format!("export function {name}(")) {
                return Err(format!("snippets/{relative} exports no function `{name}` (imported by the glue)").into());
            }
        }
        configurable |= code.contains("export function configure(");
        out.push_str(&format!("// Inlined from snippets/{relative}\n"));
        for code_line in code.lines() {
            out.push_str(code_line.strip_prefix("export ").unwrap_or(code_line));
            out.push('\n');
        }
    }
    Ok((out, configurable))
}

/// Minifies a module with terser (names mangled, exports kept) through a temporary file in `dir`.
/// `AW_KEEP_NAMES=1` (for profiling, with the wasm's names) leaves the code as it is.
fn minify(env: &Env, dir: &Path, temp: &str, code: &str) -> Result<String> {
    if std::env::var("AW_KEEP_NAMES").is_ok_and(|v| v == "1") {
        return Ok(code.to_string());
    }
    let file = dir.join(temp);
    fs::write(&file, code)?;
    run(env.command("terser").arg(&file).args(["--module", "--compress", "--mangle", "--output"]).arg(&file))?;
    let minified = fs::read_to_string(&file)?;
    fs::remove_file(&file)?;
    Ok(minified)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_follow_the_content() {
        assert_eq!(hashed_name("a", "js", b"x"), hashed_name("a", "js", b"x"));
        assert_ne!(hashed_name("a", "js", b"x"), hashed_name("a", "js", b"y"));
        assert!(hashed_name("scam-quiz", "wasm", b"").starts_with("scam-quiz.e3b0c442."));
    }

    #[test]
    fn snippets_are_inlined_and_checked() {
        let dir = std::env::temp_dir().join(format!("bundle-inline-{}", std::process::id()));
        fs::create_dir_all(dir.join("snippets/embed-1/src")).unwrap();
        fs::write(
            dir.join("snippets/embed-1/src/define.js"),
            "export function defineWidget(a) { return a; }\nexport function configure(r) {}\n",
        )
        .unwrap();
        let glue = "import { defineWidget } from './snippets/embed-1/src/define.js';\nconst x = defineWidget(1);\n";
        let (inlined, configurable) = inline_snippets(glue, &dir).unwrap();
        assert!(configurable);
        assert!(!inlined.contains("import ") && !inlined.contains("export "), "{inlined}");
        assert!(inlined.contains("function defineWidget(a)") && inlined.contains("const x = defineWidget(1);"));
        let missing = "import { siteRoot } from './snippets/embed-1/src/define.js';\n";
        assert!(inline_snippets(missing, &dir).unwrap_err().to_string().contains("no function `siteRoot`"));
        let foreign = "import { x } from 'https://cdn.example/x.js';\n";
        assert!(inline_snippets(foreign, &dir).unwrap_err().to_string().contains("cannot inline"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_loader_is_replaced_and_nothing_else() {
        let head = "function __wbg_get_imports() {}\nfunction __wbg_finalize_init(instance, module) {}\n";
        let loader = "\nasync function __wbg_load(module, imports) {}\nfunction initSync(module) {}\n\
                      async function __wbg_init(m) {}\n\nexport { initSync, __wbg_init as default };\n";
        let glue = own_loader("w", &format!("{head}{loader}")).unwrap();
        assert!(glue.starts_with(head) && glue.contains("function instantiate(source)"), "{glue}");
        assert!(!glue.contains("initSync") && !glue.contains("__wbg_load") && !glue.contains("export"), "{glue}");
        // Code after the exports, or a glue without the pieces the loader calls, is refused.
        let trailing = format!("{head}{loader}function later() {{}}\n");
        assert!(own_loader("w", &trailing).unwrap_err().to_string().contains("does not end with"));
        assert!(own_loader("w", loader).unwrap_err().to_string().contains("__wbg_get_imports"));
        assert!(own_loader("w", head).unwrap_err().to_string().contains("without __wbg_load"));
    }
}
