//! The browser floor, held at build time: the widgets support Safari 16.4 (iOS 16.4), Firefox 115
//! ESR and Chrome 111 (README, "Browser support"). The CSS is lowered for them by crates/build-css;
//! this checks the rest of what ships, for each bundle Trunk built, against MDN's
//! browser-compat-data (`@mdn/browser-compat-data` in tools/, the data caniuse and MDN show):
//!
//! - **wasm**: which proposals the binary uses, found by validating it with wasmparser with each
//!   proposal taken away in turn; each must be supported by every floor browser;
//! - **JS APIs**: what the wasm-bindgen glue calls (each import's body names a member, a
//!   constructor, a static function or an `instanceof` class) and the classes it names, resolved
//!   to the interfaces of the web-sys features this build enables (`cargo metadata`) and to the
//!   JS built-ins; each must be supported by every floor browser.
//!
//! A failure names the API, the browser and the version that added it. `AW_FLOOR_LIST=1` lists
//! every API checked.

use crate::{root, Result};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use wasmparser::{Validator, WasmFeatures};

/// The floor, as browser-compat-data names the browsers: (key, shown name, version).
pub const FLOOR: [(&str, &str, &str); 4] = [
    ("chrome", "Chrome", "111"),
    ("firefox", "Firefox", "115"),
    ("safari", "Safari", "16.4"),
    ("safari_ios", "iOS Safari", "16.4"),
];

/// wasmparser's proposals and their browser-compat-data keys (under `webassembly.`). A proposal
/// without a key has no browser support at all.
const PROPOSALS: [(&str, WasmFeatures, Option<&str>); 20] = [
    ("mutable-global", WasmFeatures::MUTABLE_GLOBAL, Some("api.Global")),
    ("nontrapping-fptoint", WasmFeatures::SATURATING_FLOAT_TO_INT, Some("non-trapping-float-to-int-conversions")),
    ("sign-ext", WasmFeatures::SIGN_EXTENSION, Some("sign-extension-operations")),
    ("reference-types", WasmFeatures::REFERENCE_TYPES, Some("reference-types")),
    ("multivalue", WasmFeatures::MULTI_VALUE, Some("multi-value")),
    ("bulk-memory", WasmFeatures::BULK_MEMORY, Some("bulk-memory-operations")),
    ("simd", WasmFeatures::SIMD, Some("fixed-width-SIMD")),
    ("relaxed-simd", WasmFeatures::RELAXED_SIMD, Some("relaxed-SIMD")),
    // Shared memory needs a cross-origin-isolated page (COOP + COEP), which host pages are not.
    ("threads", WasmFeatures::THREADS, None),
    ("tail-call", WasmFeatures::TAIL_CALL, Some("tail-calls")),
    ("multi-memory", WasmFeatures::MULTI_MEMORY, Some("multiMemory")),
    ("exceptions (exnref)", WasmFeatures::EXCEPTIONS, Some("exceptionsFinal")),
    ("legacy exceptions", WasmFeatures::LEGACY_EXCEPTIONS, Some("exception-handling")),
    ("memory64", WasmFeatures::MEMORY64, Some("memory64")),
    ("extended-const", WasmFeatures::EXTENDED_CONST, Some("extended-constant-expressions")),
    ("function-references", WasmFeatures::FUNCTION_REFERENCES, Some("typedFunctionReferences")),
    ("gc", WasmFeatures::GC, Some("garbage-collection")),
    ("wide-arithmetic", WasmFeatures::WIDE_ARITHMETIC, Some("wideArithmetic")),
    ("custom-page-sizes", WasmFeatures::CUSTOM_PAGE_SIZES, None),
    ("stack-switching", WasmFeatures::STACK_SWITCHING, None),
];

/// JS built-ins a glue member call may belong to even when the glue never names the class.
const ALWAYS_BUILTINS: [&str; 14] = [
    "Object",
    "Array",
    "Function",
    "Promise",
    "String",
    "Number",
    "Date",
    "JSON",
    "Reflect",
    "Error",
    "Map",
    "Set",
    "Symbol",
    "Uint8Array",
];

/// js_name → the web-sys interfaces (JS class names) that bind a member of that name.
type Members = BTreeMap<String, BTreeSet<String>>;

/// browser-compat-data, loaded once, and the web-sys interfaces this build enables.
pub struct Floor {
    bcd: Value,
    /// js_name → the web-sys interfaces (JS class names) that bind a member of that name.
    web_members: Members,
    /// The JS class names of the enabled web-sys features.
    web_classes: BTreeSet<String>,
}

impl Floor {
    pub fn load() -> Result<Floor> {
        let path = root().join("tools/node_modules/@mdn/browser-compat-data/data.json");
        let text = std::fs::read_to_string(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let bcd: Value = serde_json::from_str(&text)?;
        let (web_classes, web_members) = web_sys_bindings(&web_sys_features()?)?;
        Ok(Floor { bcd, web_members, web_classes })
    }

    /// Checks one bundle as Trunk left it in `staging` (`<bundle>.js`, `snippets/`, `<bundle>_bg.wasm`).
    pub fn check_bundle(&self, bundle: &str, staging: &Path) -> Result {
        let wasm = std::fs::read(staging.join(format!("{bundle}_bg.wasm")))?;
        let mut glue = std::fs::read_to_string(staging.join(format!("{bundle}.js")))?;
        // The hand-written JS that ships with it: the crates' snippets (inlined into the glue),
        // the entry script, the iframe pages' scripts. Their classes and statics are read.
        let mut scripts = Vec::new();
        collect_js(&staging.join("snippets"), &mut scripts);
        scripts.extend(["xtask/src/entry.js", "www/embed/frame.js", "www/embed/resizer.js"].map(|p| root().join(p)));
        for script in scripts {
            let text = std::fs::read_to_string(&script).map_err(|e| format!("reading {}: {e}", script.display()))?;
            glue.push_str(&format!("\n{HAND_WRITTEN}\n{text}"));
        }
        let (used, mut problems) = self.wasm_problems(&wasm);
        let (apis, api_problems) = self.glue_problems(&glue);
        problems.extend(api_problems);
        if !problems.is_empty() {
            return Err(format!(
                "{bundle}: newer than the browser floor ({}):\n  {}",
                floor_names(),
                problems.join("\n  ")
            )
            .into());
        }
        println!("floor: {bundle}: wasm features {} and {apis} JS APIs are in {}", used.join(", "), floor_names());
        Ok(())
    }

    /// The proposals `wasm` uses, and those the floor lacks.
    fn wasm_problems(&self, wasm: &[u8]) -> (Vec<String>, Vec<String>) {
        let all = PROPOSALS.iter().fold(WasmFeatures::WASM1, |set, (_, f, _)| set | *f);
        let validates = |features: WasmFeatures| Validator::new_with_features(features).validate_all(wasm).is_ok();
        if !validates(all) {
            return (Vec::new(), vec!["the wasm does not validate with every proposal wasmparser knows".into()]);
        }
        let mut used = Vec::new();
        let mut problems = Vec::new();
        for (name, feature, key) in PROPOSALS {
            if validates(all - feature) {
                continue;
            }
            used.push(name.to_string());
            match key {
                None => problems.push(format!("wasm uses {name}, which web pages cannot rely on")),
                Some(key) => {
                    if let Err(lacking) = self.supported(&format!("webassembly.{key}")) {
                        problems.push(format!("wasm uses {name} (webassembly.{key}): {lacking}"));
                    }
                }
            }
        }
        (used, problems)
    }

    /// How many APIs the glue uses, and those the floor lacks.
    ///
    /// A member (`arg0.read()`) does not say whose it is. When several enabled interfaces bind
    /// that name (`Document.body`, `Request.body`), it is one of them, so it passes when one of
    /// them is supported; a member only one interface binds is held to that one.
    fn glue_problems(&self, glue: &str) -> (usize, Vec<String>) {
        let uses = glue_uses(glue);
        let builtins = self.bcd.pointer("/javascript/builtins").cloned().unwrap_or(Value::Null);
        // Each entry: the browser-compat-data paths one use may be (one, or a member's owners).
        let mut checks: BTreeSet<Vec<String>> = BTreeSet::new();
        // Classes the glue names: constructors, `instanceof` and statics' owners.
        let named: BTreeSet<String> =
            uses.iter().filter_map(|u| u.class.clone()).chain(ALWAYS_BUILTINS.iter().map(|s| s.to_string())).collect();
        for class in uses.iter().filter_map(|u| u.class.as_ref()) {
            if let Some(path) = self.class_path(class) {
                checks.insert(vec![path]);
            }
        }
        for u in &uses {
            match (&u.class, &u.member) {
                (Some(class), Some(member)) => {
                    // A static function (`Intl.supportedValuesOf`, `CSS.supports`).
                    if let Some(path) = self.class_path(class) {
                        if let Some(found) = [format!("{path}.{member}_static"), format!("{path}.{member}")]
                            .into_iter()
                            .find(|c| self.bcd.pointer(&pointer(c)).is_some())
                        {
                            checks.insert(vec![found]);
                        }
                    }
                }
                (None, Some(member)) => {
                    // A member of an object: the enabled web-sys interfaces that bind it, and
                    // the built-ins the glue names that have it.
                    let web =
                        self.web_members.get(member).into_iter().flatten().map(|class| format!("api.{class}.{member}"));
                    let js = named
                        .iter()
                        .filter(|class| builtins.pointer(&pointer(&format!("{class}.{member}"))).is_some())
                        .map(|class| format!("javascript.builtins.{class}.{member}"));
                    let owners: Vec<String> =
                        web.chain(js).filter(|p| self.bcd.pointer(&pointer(p)).is_some()).collect();
                    if !owners.is_empty() {
                        checks.insert(owners);
                    }
                }
                _ => {}
            }
        }
        if std::env::var("AW_FLOOR_LIST").is_ok_and(|v| v == "1") {
            for owners in &checks {
                println!("floor:   {}", owners.join(" | "));
            }
        }
        let problems = checks
            .iter()
            .filter_map(|owners| {
                let lacking: Vec<String> =
                    owners.iter().filter_map(|p| self.supported(p).err().map(|e| format!("{p}: {e}"))).collect();
                (lacking.len() == owners.len()).then(|| lacking.join("; or "))
            })
            .collect();
        (checks.len(), problems)
    }

    /// The browser-compat-data path of a JS class the glue names (`Intl.DateTimeFormat`,
    /// `CSSStyleSheet`, `WebAssembly`), if it has one.
    fn class_path(&self, class: &str) -> Option<String> {
        let web = self.web_classes.contains(class).then(|| format!("api.{class}"));
        [web, Some(format!("javascript.builtins.{class}")), Some(format!("api.{class}"))]
            .into_iter()
            .flatten()
            .find(|p| self.bcd.pointer(&pointer(p)).is_some())
    }

    /// Whether every floor browser has `path`; the error says which lack it and since when they have it.
    fn supported(&self, path: &str) -> std::result::Result<(), String> {
        let support = self.bcd.pointer(&format!("{}/__compat/support", pointer(path))).ok_or("no support data")?;
        let lacking: Vec<String> = FLOOR
            .iter()
            .filter_map(|(key, name, floor)| {
                let added = full_support_since(support.get(*key)?);
                match added {
                    Some(v) if version_le(&v, floor) => None,
                    Some(v) => Some(format!("{name} {v}")),
                    None => Some(format!("not in {name}")),
                }
            })
            .collect();
        if lacking.is_empty() {
            Ok(())
        } else {
            Err(format!("needs {}", lacking.join(", ")))
        }
    }
}

fn floor_names() -> String {
    FLOOR.iter().map(|(_, name, v)| format!("{name} {v}")).collect::<Vec<_>>().join(", ")
}

/// `a.b.c` → the JSON pointer `/a/b/c`.
fn pointer(path: &str) -> String {
    path.split('.').fold(String::new(), |p, part| format!("{p}/{part}"))
}

/// The version since which a browser fully supports a feature (no flag, no prefix, no other
/// name, not removed), from its support statement or statements.
fn full_support_since(statement: &Value) -> Option<String> {
    let statements = match statement {
        Value::Array(list) => list.clone(),
        one => vec![one.clone()],
    };
    statements.iter().find_map(|s| {
        let plain = ["flags", "prefix", "alternative_name", "version_removed", "partial_implementation"]
            .iter()
            .all(|k| s.get(k).is_none_or(|v| v.is_null() || v == &Value::Bool(false)));
        match s.get("version_added") {
            Some(Value::String(v)) if plain && v != "preview" => Some(v.trim_start_matches('≤').to_string()),
            _ => None,
        }
    })
}

/// `a <= b` for dotted version numbers ("16.4" <= "17").
fn version_le(a: &str, b: &str) -> bool {
    let parse = |v: &str| v.split('.').map(|p| p.parse::<u32>().unwrap_or(u32::MAX)).collect::<Vec<_>>();
    let (a, b) = (parse(a), parse(b));
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i).copied().unwrap_or(0), b.get(i).copied().unwrap_or(0));
        if x != y {
            return x < y;
        }
    }
    true
}

/// One thing an import of the glue does: `class` is the global it names (for `new`,
/// `instanceof` and statics), `member` the property it reads, sets or calls.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Use {
    class: Option<String>,
    member: Option<String>,
}

/// Marks where the hand-written scripts start in the text `glue_problems` reads.
const HAND_WRITTEN: &str = "/* floor: hand-written scripts */";

/// Every `.js` file under `dir`.
fn collect_js(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_js(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            out.push(path);
        }
    }
}

/// What the glue's imports (`__wbg_<name>_<hash>: function (…) { … }`) use, read from their
/// bodies, and the classes and statics the glue and the hand-written scripts after
/// [`HAND_WRITTEN`] name.
fn glue_uses(text: &str) -> BTreeSet<Use> {
    let glue = text.split_once(HAND_WRITTEN).map_or(text, |(glue, _)| glue);
    let mut uses = BTreeSet::new();
    // Classes and statics anywhere (the glue's own helpers too: `new FinalizationRegistry`);
    // members only inside imports, where `argN` is the object Rust passed.
    let mut named = BTreeSet::new();
    scan_body(text, &mut named);
    uses.extend(named.into_iter().filter(|u| u.class.is_some()));
    for (i, _) in glue.match_indices("__wbg_") {
        let rest = &glue[i..];
        // The import's body: from its `{` to the next import (or a few hundred bytes).
        let Some(open) = rest.find('{') else { continue };
        let body_end = rest[open..].find("__wbg_").map_or(rest.len(), |n| open + n).min(open + 600);
        let body = &rest[open..body_end];
        scan_body(body, &mut uses);
    }
    uses
}

fn ident_at(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).unwrap_or(s.len());
    &s[..end]
}

fn scan_body(body: &str, uses: &mut BTreeSet<Use>) {
    let bytes = body.as_bytes();
    for (i, _) in body.char_indices() {
        let rest = &body[i..];
        let boundary =
            i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'.');
        if !boundary {
            continue;
        }
        if let Some(after) = rest.strip_prefix("new ").or_else(|| rest.strip_prefix("instanceof ")) {
            let class = dotted_class(after);
            if !class.is_empty() {
                uses.insert(Use { class: Some(class), member: None });
            }
        } else if rest.starts_with("arg") && rest[3..].starts_with(|c: char| c.is_ascii_digit()) {
            let var = ident_at(rest);
            if let Some(member) = rest[var.len()..].strip_prefix('.').map(ident_at).filter(|m| !m.is_empty()) {
                uses.insert(Use { class: None, member: Some(member.to_string()) });
            }
        } else if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            // `Intl.supportedValuesOf(`, `CSS.supports(`, `Intl.DateTimeFormat.supportedLocalesOf(`.
            let class = dotted_class(rest);
            let after = &rest[class.len()..];
            if let Some(member) =
                after.strip_prefix('.').map(ident_at).filter(|m| m.starts_with(|c: char| c.is_lowercase()))
            {
                if after[1 + member.len()..].starts_with('(') {
                    uses.insert(Use { class: Some(class), member: Some(member.to_string()) });
                }
            }
        }
    }
}

/// `Intl.DateTimeFormat(…` → `Intl.DateTimeFormat`: identifiers joined by dots while each starts
/// with a capital.
fn dotted_class(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    loop {
        let id = ident_at(rest);
        if id.is_empty() || !id.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(id);
        match rest[id.len()..].strip_prefix('.') {
            Some(next) if next.starts_with(|c: char| c.is_ascii_uppercase()) => rest = next,
            _ => break,
        }
    }
    out
}

/// The web-sys features this build enables for wasm32 (unified over the workspace, Yew's and
/// gloo's included), from `cargo metadata`.
fn web_sys_features() -> Result<Vec<String>> {
    let out = std::process::Command::new("cargo")
        .args(["metadata", "--format-version", "1", "--locked", "--filter-platform", "wasm32-unknown-unknown"])
        .current_dir(root())
        .output()?;
    if !out.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let meta: Value = serde_json::from_slice(&out.stdout)?;
    let nodes = meta.pointer("/resolve/nodes").and_then(Value::as_array).ok_or("cargo metadata: no resolve")?;
    let features = nodes
        .iter()
        .filter(|n| n["id"].as_str().is_some_and(|id| id.contains("web-sys@") || id.contains("#web-sys@")))
        .flat_map(|n| n["features"].as_array().cloned().unwrap_or_default())
        .filter_map(|f| f.as_str().map(String::from))
        .collect();
    Ok(features)
}

/// Reads the enabled features' bindings in web-sys's source: each `gen_<Feature>.rs` binds one
/// JS class (`js_name = "CSSStyleSheet"` on its type) and its members (`js_class = …`, `js_name = …`).
fn web_sys_bindings(features: &[String]) -> Result<(BTreeSet<String>, Members)> {
    let version = crate::tools::locked_version("web-sys")?;
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .ok_or("no CARGO_HOME or HOME")?;
    let registry = std::fs::read_dir(home.join("registry/src"))?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join(format!("web-sys-{version}/src/features")))
        .find(|p| p.exists())
        .ok_or(format!("web-sys {version}'s source is not in cargo's registry (run cargo fetch)"))?;
    let mut classes = BTreeSet::new();
    let mut members = Members::new();
    for feature in features {
        let Ok(text) = std::fs::read_to_string(registry.join(format!("gen_{feature}.rs"))) else { continue };
        for (attribute, item) in attributes(&text) {
            let js_class = quoted_after(&attribute, "js_class = ");
            let js_name = quoted_after(&attribute, "js_name = ");
            match (js_class, item.strip_prefix("pub type ")) {
                (None, Some(_)) => {
                    if let Some(name) = js_name {
                        classes.insert(name);
                    }
                }
                (Some(class), _) => {
                    let name = js_name.or_else(|| {
                        let f = item.strip_prefix("pub fn ").map(ident_at)?;
                        Some(if attribute.contains("setter") {
                            f.trim_start_matches("set_").to_string()
                        } else {
                            f.to_string()
                        })
                    });
                    if let Some(name) = name.filter(|_| !attribute.contains("constructor")) {
                        members.entry(name).or_default().insert(class);
                    }
                }
                _ => {}
            }
        }
    }
    Ok((classes, members))
}

/// Each `#[wasm_bindgen(…)]` attribute's text and the item line after it.
fn attributes(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("#[wasm_bindgen(") {
        let after = &rest[start..];
        let Some(end) = after.find(")]") else { break };
        let attribute = after[..end].to_string();
        let item = after[end + 2..]
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("#[") && !l.starts_with("//"));
        out.push((attribute, item.unwrap_or("").to_string()));
        rest = &after[end + 2..];
    }
    out
}

/// `js_name = "replaceSync"` or `js_name = replaceSync` → `replaceSync`.
fn quoted_after(text: &str, key: &str) -> Option<String> {
    let after = &text[text.find(key)? + key.len()..];
    let value = after.trim_start_matches('"');
    let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')).unwrap_or(value.len());
    Some(value[..end].to_string()).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_number() {
        assert!(version_le("16.4", "16.4"));
        assert!(version_le("9", "16.4"));
        assert!(version_le("15.1", "16.4"));
        assert!(!version_le("17.5", "16.4"));
        assert!(!version_le("120", "111"));
        assert!(version_le("111", "111"));
    }

    #[test]
    fn support_statements_count_only_without_flags_or_prefixes() {
        let plain: Value = serde_json::json!({"version_added": "16.4"});
        assert_eq!(full_support_since(&plain).as_deref(), Some("16.4"));
        let flagged: Value =
            serde_json::json!([{"version_added": "17", "flags": [{}]}, {"version_added": "≤12", "prefix": "webkit"}]);
        assert_eq!(full_support_since(&flagged), None);
        let later: Value = serde_json::json!([{"version_added": "18"}, {"version_added": "15", "flags": [{}]}]);
        assert_eq!(full_support_since(&later).as_deref(), Some("18"));
        assert_eq!(full_support_since(&serde_json::json!({"version_added": false})), None);
    }

    #[test]
    fn the_glue_is_read_for_members_constructors_statics_and_classes() {
        let glue = r#"
            __wbg_replaceSync_0123456789abcdef: function() { return handleError(function (arg0, arg1, arg2) {
                arg0.replaceSync(getStringFromWasm0(arg1, arg2));
            }, arguments); },
            __wbg_new_0123456789abcdef: function(arg0, arg1) { const ret = new Intl.DateTimeFormat(arg0, arg1); return ret; },
            __wbg_supportedValuesOf_0123: function(arg0) { const ret = Intl.supportedValuesOf(arg0); return ret; },
            __wbg_instanceof_Window_0123: function(arg0) { let result; try { result = arg0 instanceof Window; } catch (_) { result = false; } return result; },
        "#;
        let uses = glue_uses(glue);
        let has = |class: Option<&str>, member: Option<&str>| {
            uses.contains(&Use { class: class.map(String::from), member: member.map(String::from) })
        };
        assert!(has(None, Some("replaceSync")), "{uses:?}");
        assert!(has(Some("Intl.DateTimeFormat"), None), "{uses:?}");
        assert!(has(Some("Intl"), Some("supportedValuesOf")), "{uses:?}");
        assert!(has(Some("Window"), None), "{uses:?}");
        assert!(!has(None, Some("getStringFromWasm0")), "{uses:?}");
        let with_scripts =
            format!("{glue}\n{HAND_WRITTEN}\nnew ResizeObserver(f).observe(x); queueMicrotask(g); Promise.resolve(1);");
        let uses = glue_uses(&with_scripts);
        assert!(uses.contains(&Use { class: Some("ResizeObserver".into()), member: None }), "{uses:?}");
        assert!(uses.contains(&Use { class: Some("Promise".into()), member: Some("resolve".into()) }), "{uses:?}");
    }

    #[test]
    fn web_sys_attributes_give_classes_and_members() {
        let text = r#"
    #[wasm_bindgen(extends = StyleSheet, extends = ::js_sys::Object, js_name = CSSStyleSheet, typescript_type = "CSSStyleSheet")]
    pub type CssStyleSheet;
    #[wasm_bindgen(catch, method, js_class = "CSSStyleSheet", js_name = "replaceSync")]
    pub fn replace_sync(this: &CssStyleSheet, text: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, js_class = "CSSStyleSheet")]
    pub fn replace(this: &CssStyleSheet, text: &str) -> ::js_sys::Promise;
    #[wasm_bindgen(catch, constructor, js_class = "CSSStyleSheet")]
    pub fn new() -> Result<CssStyleSheet, JsValue>;
"#;
        let attrs = attributes(text);
        assert_eq!(attrs.len(), 4);
        assert_eq!(quoted_after(&attrs[0].0, "js_name = ").as_deref(), Some("CSSStyleSheet"));
        assert_eq!(quoted_after(&attrs[1].0, "js_name = ").as_deref(), Some("replaceSync"));
        assert_eq!(attrs[2].1, "pub fn replace(this: &CssStyleSheet, text: &str) -> ::js_sys::Promise;");
    }

    /// The check fails on what the floor lacks: a made-up module with a tail call (Safari 18.2)
    /// and a glue that calls Intl.DurationFormat (Firefox 136) against real browser-compat-data.
    #[test]
    fn newer_wasm_features_and_apis_fail() {
        let Ok(floor) = Floor::load() else {
            assert!(std::env::var("AW_REQUIRE_TOOLS").is_err(), "browser-compat-data is missing from tools/");
            return;
        };
        // (module (func $f (return_call $f)))
        let tail_call: &[u8] = &[0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 6, 1, 4, 0, 18, 0, 11];
        let (used, problems) = floor.wasm_problems(tail_call);
        assert_eq!(used, ["tail-call"]);
        assert!(problems.iter().any(|p| p.contains("Safari 18.2")), "{problems:?}");
        let glue = "__wbg_new_0123: function(arg0) { const ret = new Intl.DurationFormat(arg0); return ret; },";
        let (_, problems) = floor.glue_problems(glue);
        assert!(
            problems.iter().any(|p| p.contains("Intl.DurationFormat") && p.contains("Firefox 136")),
            "{problems:?}"
        );
        let fine = "__wbg_new_0123: function(arg0) { const ret = new Intl.DateTimeFormat(arg0); return ret; },";
        assert_eq!(floor.glue_problems(fine).1, Vec::<String>::new());
    }

    /// `arg0.body` may be `Document.body` (everywhere) or `Request.body` (not in Firefox): one of
    /// them is what the glue reads, so it passes; `Request.body` alone would not.
    #[test]
    fn a_member_several_interfaces_bind_passes_when_one_of_them_is_supported() {
        let Ok(mut floor) = Floor::load() else {
            assert!(std::env::var("AW_REQUIRE_TOOLS").is_err(), "browser-compat-data is missing from tools/");
            return;
        };
        let glue = "__wbg_body_0123: function(arg0) { const ret = arg0.body; return ret; },";
        floor.web_members = Members::from([("body".to_string(), BTreeSet::from(["Request".to_string()]))]);
        let (_, problems) = floor.glue_problems(glue);
        assert!(problems.iter().any(|p| p.contains("api.Request.body")), "{problems:?}");
        floor.web_members.get_mut("body").unwrap().insert("Document".to_string());
        assert_eq!(floor.glue_problems(glue).1, Vec::<String>::new());
    }

    #[test]
    fn the_floor_is_the_one_the_css_is_lowered_for() {
        let css = std::fs::read_to_string(root().join("crates/build-css/src/lib.rs")).unwrap();
        for line in [
            "safari: Some(16 << 16 | 4 << 8)",
            "ios_saf: Some(16 << 16 | 4 << 8)",
            "firefox: Some(115 << 16)",
            "chrome: Some(111 << 16)",
        ] {
            assert!(css.contains(line), "crates/build-css has `{line}`, as FLOOR here");
        }
        assert_eq!(FLOOR.map(|(_, _, v)| v), ["111", "115", "16.4", "16.4"]);
    }
}
