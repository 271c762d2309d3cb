//! Short names for what a widget's wasm and its glue call each other. wasm-bindgen names each
//! import after the JS it wraps plus a 16-hex hash (`__wbg_appendChild_dbf7ad2f48413560`) and
//! each closure export after its Rust types (`wasm_bindgen_…___convert__closures_…`), and every
//! name is written twice, in the wasm and in the glue: ~3 KB gzip a widget, hashes compressing
//! worst of all. Only the glue uses them (pages see the element, and `started`'s `memory`,
//! which keeps its name), so `cargo xtask dist` renames them in both, consistently, and drops
//! the custom sections only tools read.

use crate::Result;
use std::collections::HashMap;

/// Whether `name` is one of wasm-bindgen's generated names (the others, `memory`, `start` and
/// the exported struct methods, are left as they are).
fn generated(name: &str) -> bool {
    ["__wbg_", "__wbindgen_", "__externref_", "wasm_bindgen_"].iter().any(|p| name.starts_with(p))
}

/// The `n`th short name: `a`…`z`, `A`…`Z`, then two letters and so on.
fn short(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    String::from_utf8_lossy(&name).into_owned()
}

/// Renames the generated imports and exports of `wasm` (and its import module, `module`, to
/// `"w"`) in `wasm` and `glue` alike. Fails on a wasm it cannot read or a glue that does not
/// name the module, rather than ship a pair that does not link.
pub fn shorten(module: &str, glue: &str, wasm: &[u8]) -> Result<(String, Vec<u8>)> {
    let quoted = format!("\"{module}\"");
    if !glue.contains(&quoted) {
        return Err(format!("the glue does not name the wasm's import module {quoted}").into());
    }
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut kept: Vec<String> = Vec::new();
    let wasm = rewrite(wasm, module, &mut |name| {
        if !generated(name) {
            kept.push(name.to_string());
            return name.to_string();
        }
        let next = renames.len();
        renames.entry(name.to_string()).or_insert_with(|| short(next)).clone()
    })?;
    if let Some(clash) = kept.iter().find(|k| renames.values().any(|v| v == *k)) {
        return Err(format!("a short name clashes with the wasm's own `{clash}`").into());
    }
    Ok((replace_identifiers(&glue.replace(&quoted, "\"w\""), &renames), wasm))
}

/// `code` with each identifier in `renames` replaced, whole identifiers only.
fn replace_identifiers(code: &str, renames: &HashMap<String, String>) -> String {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find(is_ident) {
        out.push_str(&rest[..start]);
        let word = &rest[start..];
        let end = word.find(|c: char| !is_ident(c)).unwrap_or(word.len());
        out.push_str(renames.get(&word[..end]).map_or(&word[..end], String::as_str));
        rest = &word[end..];
    }
    out.push_str(rest);
    out
}

/// Custom sections for tools, which no browser reads.
const TOOLS_ONLY: [&str; 2] = ["producers", "target_features"];

/// Copies `wasm`, renaming each import's and export's field name through `rename` and the
/// import module `module` to `"w"`, without the [`TOOLS_ONLY`] sections. The rest is copied as
/// it is (the name section too, kept for profiling by `AW_KEEP_NAMES=1`).
fn rewrite(wasm: &[u8], module: &str, rename: &mut dyn FnMut(&str) -> String) -> Result<Vec<u8>> {
    let header = wasm.get(..8).filter(|h| h.starts_with(b"\0asm")).ok_or("not a wasm module")?;
    let mut out = header.to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at)? as usize;
        let body = wasm.get(at..at + size).ok_or("a section runs past the end")?;
        at += size;
        if id == 0 && TOOLS_ONLY.contains(&name(body, &mut 0)?) {
            continue;
        }
        let body = match id {
            2 => imports(body, module, rename)?,
            7 => exports(body, rename)?,
            _ => body.to_vec(),
        };
        out.push(id);
        put_leb(&mut out, body.len() as u64);
        out.extend_from_slice(&body);
    }
    Ok(out)
}

fn imports(body: &[u8], module: &str, rename: &mut dyn FnMut(&str) -> String) -> Result<Vec<u8>> {
    each_entry(body, |at, out| {
        let from = name(body, at)?;
        let field = name(body, at)?;
        let desc = *at;
        skip_import_type(body, at)?;
        put_name(out, if from == module { "w" } else { from });
        put_name(out, &if from == module { rename(field) } else { field.to_string() });
        out.extend_from_slice(body.get(desc..*at).ok_or("bad import")?);
        Ok(())
    })
}

fn exports(body: &[u8], rename: &mut dyn FnMut(&str) -> String) -> Result<Vec<u8>> {
    each_entry(body, |at, out| {
        let field = name(body, at)?;
        let desc = *at;
        *at += 1; // kind
        leb(body, at)?; // index
        put_name(out, &rename(field));
        out.extend_from_slice(body.get(desc..*at).ok_or("bad export")?);
        Ok(())
    })
}

/// A section that is a vector (its count, then its entries), copied through `entry`, which
/// reads one entry at `at` and writes it out.
fn each_entry(body: &[u8], mut entry: impl FnMut(&mut usize, &mut Vec<u8>) -> Result) -> Result<Vec<u8>> {
    let mut at = 0;
    let count = leb(body, &mut at)?;
    let mut out = Vec::with_capacity(body.len());
    put_leb(&mut out, count);
    for _ in 0..count {
        entry(&mut at, &mut out)?;
    }
    Ok(out)
}

/// Steps over an import's description: a function's type, a table, a memory, a global or a tag.
fn skip_import_type(body: &[u8], at: &mut usize) -> Result {
    let kind = *body.get(*at).ok_or("bad import")?;
    *at += 1;
    let limits = |at: &mut usize| -> Result {
        let flags = *body.get(*at).ok_or("bad limits")?;
        *at += 1;
        leb(body, at)?;
        if flags & 1 != 0 {
            leb(body, at)?;
        }
        Ok(())
    };
    match kind {
        0 => drop(leb(body, at)?),
        1 => {
            *at += 1; // element type (funcref or externref)
            limits(at)?;
        }
        2 => limits(at)?,
        3 => *at += 2, // value type, mutability
        4 => {
            *at += 1;
            leb(body, at)?;
        }
        other => return Err(format!("import of unknown kind {other}").into()),
    }
    Ok(())
}

fn leb(bytes: &[u8], at: &mut usize) -> Result<u64> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*at).ok_or("truncated number")?;
        *at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
        if shift > 63 {
            return Err("number too long".into());
        }
    }
}

fn put_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn name<'a>(bytes: &'a [u8], at: &mut usize) -> Result<&'a str> {
    let len = leb(bytes, at)? as usize;
    let text = bytes.get(*at..*at + len).ok_or("truncated name")?;
    *at += len;
    Ok(std::str::from_utf8(text)?)
}

fn put_name(out: &mut Vec<u8>, name: &str) {
    put_leb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![id];
        put_leb(&mut out, body.len() as u64);
        out.extend_from_slice(body);
        out
    }

    /// A module importing two functions and a memory-less table from the glue, exporting two.
    fn module() -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend(section(1, &[1, 0x60, 0, 0])); // one type: () -> ()
        let mut imports = vec![3];
        for field in ["__wbg_appendChild_dbf7ad2f48413560", "__wbindgen_init_externref_table"] {
            put_name(&mut imports, "./x_bg.js");
            put_name(&mut imports, field);
            imports.extend([0, 0]);
        }
        put_name(&mut imports, "env");
        put_name(&mut imports, "__wbg_table");
        imports.extend([1, 0x6f, 1, 2, 10]); // externref table, min 2, max 10
        wasm.extend(section(2, &imports));
        wasm.extend(section(3, &[1, 0])); // one function of type 0
        let mut exports = vec![2];
        put_name(&mut exports, "__wbindgen_start");
        exports.extend([0, 2]);
        put_name(&mut exports, "start");
        exports.extend([0, 2]);
        wasm.extend(section(7, &exports));
        wasm.extend(section(10, &[1, 2, 0, 0x0b])); // its body: no locals, end
        for custom in ["producers", "name"] {
            let mut body = Vec::new();
            put_name(&mut body, custom);
            body.push(0);
            wasm.extend(section(0, &body));
        }
        wasm
    }

    #[test]
    fn names_shrink_alike_in_the_wasm_and_the_glue() {
        let glue = "const imports = {\"./x_bg.js\": {__wbg_appendChild_dbf7ad2f48413560: function(a) {}, \
                    __wbindgen_init_externref_table() {}}};\nwasm.__wbindgen_start(); wasm.start(); \
                    x.__wbindgen_startled;";
        let (glue, wasm) = shorten("./x_bg.js", glue, &module()).unwrap();
        assert_eq!(
            glue,
            "const imports = {\"w\": {a: function(a) {}, b() {}}};\nwasm.c(); wasm.start(); x.__wbindgen_startled;"
        );
        wasmparser::Validator::new().validate_all(&wasm).unwrap();
        let mut names = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(&wasm) {
            match payload.unwrap() {
                wasmparser::Payload::ImportSection(s) => {
                    for import in s {
                        let import = import.unwrap();
                        names.push(format!("{}.{}", import.module, import.name));
                    }
                }
                wasmparser::Payload::ExportSection(s) => {
                    names.extend(s.into_iter().map(|e| e.unwrap().name.to_string()))
                }
                wasmparser::Payload::CustomSection(s) => names.push(format!("custom {}", s.name())),
                _ => {}
            }
        }
        // The glue's imports renamed, another module's left alone (its field is not generated
        // either way), the exports renamed unless they are the module's own names; the producers
        // section dropped, the name section kept.
        assert_eq!(names, ["w.a", "w.b", "env.__wbg_table", "c", "start", "custom name"]);
    }

    #[test]
    fn a_glue_that_does_not_name_the_module_is_refused() {
        assert!(shorten("./x_bg.js", "const imports = {};", &module()).is_err());
        assert!(shorten("./x_bg.js", "\"./x_bg.js\"", b"not wasm").is_err());
    }

    #[test]
    fn short_names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..3000).map(short).collect();
        assert_eq!(names.len(), 3000);
        assert_eq!((short(0), short(51), short(52)), ("a".into(), "Z".into(), "aa".into()));
    }
}
