//! Installs what the build and the tests need, skipping whatever is already there at the right
//! version: the wasm32 target, trunk, wasm-bindgen-cli (the Cargo.lock version), npm tools
//! (binaryen's wasm-opt, playwright-core, axe-core) and Debian's chromium + chromium-driver; for
//! `cargo xtask test`, also the other engines: Debian's firefox-esr, webkit2gtk-driver (WebKitGTK's
//! WebKitWebDriver and MiniBrowser) and xvfb.
//! Nothing is downloaded from anywhere but the package registries.

use crate::process::{exists, output, run, Env};
use crate::{root, Result};
use std::path::PathBuf;
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// Firefox ESR, driven over WebDriver BiDi by puppeteer-core (tests/engines/).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
/// WebKitGTK's classic WebDriver; it starts [`minibrowser`] under `xvfb-run` (a GTK browser needs a display).
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
pub const XVFB_RUN: &str = "/usr/bin/xvfb-run";

pub fn tools_dir() -> PathBuf {
    root().join("tools")
}

/// Ensures every tool and returns the environment to run them in.
pub fn ensure_all() -> Result<Env> {
    let env = env();
    ensure_wasm_target()?;
    ensure_cargo_tool("trunk", TRUNK_VERSION, &["--locked"], &env)?;
    // wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, or the glue and the wasm
    // disagree. Its own lock file pins a crate the registry no longer has, hence no --locked.
    ensure_cargo_tool("wasm-bindgen", &locked_version("wasm-bindgen")?, &[], &env)?;
    ensure_npm_tools(&env)?;
    ensure_chromium()?;
    Ok(env)
}

/// PATH with npm's tool binaries first (binaryen's wasm-opt must shadow Debian's old one) and
/// cargo's install directory present.
pub fn env() -> Env {
    let mut parts = vec![tools_dir().join("node_modules/.bin").display().to_string()];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    Env { path: parts.join(":") }
}

fn ensure_wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"], None).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            if let Some(v) =
                lines.next().and_then(|l| l.trim().strip_prefix("version = \"")).and_then(|v| v.strip_suffix('"'))
            {
                return Ok(v.to_string());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock").into())
}

fn ensure_cargo_tool(binary: &str, version: &str, extra: &[&str], env: &Env) -> Result {
    let current = output(binary, &["--version"], Some(&env.path)).unwrap_or_default();
    if current.split_whitespace().nth(1) == Some(version) {
        return Ok(());
    }
    let krate = if binary == "wasm-bindgen" { "wasm-bindgen-cli" } else { binary };
    println!("{binary}: found `{current}`, need {version}; installing (this takes a few minutes once)");
    run(Command::new("cargo").args(["install", krate, "--version", version, "--force"]).args(extra))
}

pub fn ensure_npm_tools(env: &Env) -> Result {
    let dir = tools_dir();
    let lock =
        std::fs::read(dir.join("package-lock.json")).map_err(|e| format!("reading tools/package-lock.json: {e}"))?;
    let stamp = dir.join("node_modules/.installed-lock");
    if std::fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    run(env.command("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir))?;
    std::fs::write(&stamp, lock)?;
    Ok(())
}

fn major(version_line: &str) -> Option<String> {
    version_line.split_whitespace().find_map(|w| {
        let major = w.split('.').next()?;
        (w.contains('.') && major.chars().all(|c| c.is_ascii_digit())).then(|| major.to_string())
    })
}

fn ensure_chromium() -> Result {
    let browser = output(CHROMIUM, &["--version"], None);
    let driver = output(CHROMEDRIVER, &["--version"], None);
    if let (Some(b), Some(d)) = (&browser, &driver) {
        if major(b).is_some() && major(b) == major(d) {
            return Ok(());
        }
    }
    println!("chromium: installing Debian's chromium and chromium-driver");
    apt_install(&["chromium", "chromium-driver", "fonts-dejavu-core"])?;
    if !exists(CHROMIUM) || !exists(CHROMEDRIVER) {
        return Err("chromium or chromedriver still missing after apt-get install".into());
    }
    Ok(())
}

/// `apt-get install` (through sudo unless root). The lock timeout lets it wait for another
/// install on the machine instead of failing at once.
fn apt_install(packages: &[&str]) -> Result {
    let sudo = output("id", &["-u"], None).as_deref() != Some("0");
    let apt = |args: &[&str]| {
        let mut cmd = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
        if sudo {
            cmd.arg("apt-get");
        }
        cmd.args(["-o", "DPkg::Lock::Timeout=900"]).args(args).env("DEBIAN_FRONTEND", "noninteractive");
        run(&mut cmd)
    };
    apt(&["update"])?;
    apt(&[&["install", "-y", "--no-install-recommends"][..], packages].concat())
}

/// WebKitGTK's MiniBrowser, which WebKitWebDriver starts: Debian puts it under the
/// architecture's library directory (`/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/`).
pub fn minibrowser() -> Option<PathBuf> {
    std::fs::read_dir("/usr/lib")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("webkit2gtk-4.1/MiniBrowser"))
        .find(|p| p.exists())
}

/// The engines of the cross-engine suite (tests/engines/): Firefox ESR and WebKitGTK with its
/// driver and a virtual display. Only `cargo xtask test` needs them.
pub fn ensure_engines() -> Result {
    let present = || exists(FIREFOX) && exists(WEBKIT_DRIVER) && exists(XVFB_RUN) && minibrowser().is_some();
    if present() {
        return Ok(());
    }
    println!("engines: installing Debian's firefox-esr, webkit2gtk-driver and xvfb");
    apt_install(&["firefox-esr", "webkit2gtk-driver", "xvfb", "xauth", "fonts-dejavu-core"])?;
    if !present() {
        return Err("firefox-esr, WebKitWebDriver, MiniBrowser or xvfb-run still missing after apt-get install".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions() {
        assert_eq!(major("Chromium 156.0.8078.73 built on Debian"), Some("156".into()));
        assert_eq!(major("ChromeDriver 156.0.8078.73 (abc-refs/branch-heads/8078@{#1})"), Some("156".into()));
        assert_eq!(major("no version here"), None);
        assert!(locked_version("wasm-bindgen").unwrap().starts_with("0.2."));
    }
}
