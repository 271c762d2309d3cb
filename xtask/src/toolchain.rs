//! Which Rust toolchain builds the widgets' wasm.
//!
//! Nightly can rebuild the standard library for the widgets (`-Zbuild-std`) with
//! `-Cpanic=immediate-abort`: no panic messages, locations or formatting machinery in the wasm,
//! about 13% less of it (the widgets never panic, and a panic would be a trap either way). The
//! machine image ships a nightly; this adds its `rust-src` and wasm32 target when missing. Where
//! that nightly cannot be had, the release build uses stable and the size report says so: the
//! build never fails for want of nightly. `AW_TOOLCHAIN=stable` forces stable.

use crate::process::{output, run};
use std::process::Command;

const NIGHTLY: &str = "nightly";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WasmToolchain {
    /// Nightly, std rebuilt with immediate abort.
    Nightly,
    /// Stable, and why not nightly.
    Stable { why: String },
}

impl WasmToolchain {
    /// Nightly if it is there (or can be completed), else stable with the reason.
    pub fn choose() -> WasmToolchain {
        if std::env::var("AW_TOOLCHAIN").is_ok_and(|t| t == "stable") {
            return WasmToolchain::Stable { why: "AW_TOOLCHAIN=stable".into() };
        }
        match ensure_nightly() {
            Ok(()) => WasmToolchain::Nightly,
            Err(why) => WasmToolchain::Stable { why },
        }
    }

    /// Sets up a `trunk build` (which runs cargo) for this toolchain; `rustflags` are the flags
    /// every build gets.
    pub fn configure(&self, cmd: &mut Command, rustflags: &str) {
        match self {
            WasmToolchain::Nightly => {
                cmd.env("RUSTUP_TOOLCHAIN", NIGHTLY).env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort").env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    format!("{rustflags} -Zunstable-options -Cpanic=immediate-abort"),
                );
            }
            WasmToolchain::Stable { .. } => {
                cmd.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags);
            }
        }
    }

    /// A line for the size report.
    pub fn describe(&self) -> String {
        match self {
            WasmToolchain::Nightly => "wasm built with nightly: std rebuilt, panic=immediate-abort".into(),
            WasmToolchain::Stable { why } => format!(
                "WARNING: wasm built with stable ({why}); nightly with -Zbuild-std and \
                 -Cpanic=immediate-abort makes it ~13% smaller"
            ),
        }
    }
}

/// Nightly with `rust-src` and the wasm32 target, adding the two if they are missing.
fn ensure_nightly() -> Result<(), String> {
    let version = output("rustup", &["run", NIGHTLY, "rustc", "--version"], None)
        .ok_or_else(|| "no nightly toolchain on this machine".to_string())?;
    let components =
        output("rustup", &["component", "list", "--toolchain", NIGHTLY, "--installed"], None).unwrap_or_default();
    if !components.lines().any(|c| c.starts_with("rust-src")) {
        run(Command::new("rustup").args(["component", "add", "rust-src", "--toolchain", NIGHTLY]))
            .map_err(|e| format!("{version}: cannot add rust-src: {e}"))?;
    }
    let targets =
        output("rustup", &["target", "list", "--toolchain", NIGHTLY, "--installed"], None).unwrap_or_default();
    if !targets.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown", "--toolchain", NIGHTLY]))
            .map_err(|e| format!("{version}: cannot add the wasm32 target: {e}"))?;
    }
    // Rebuilding std needs its own dependencies, and Trunk builds offline: fetch them (from
    // crates.io, once; a no-op afterwards).
    let sysroot = output("rustup", &["run", NIGHTLY, "rustc", "--print", "sysroot"], None)
        .ok_or_else(|| format!("{version}: no sysroot"))?;
    let library = std::path::Path::new(&sysroot).join("lib/rustlib/src/rust/library/Cargo.toml");
    run(Command::new("rustup").args(["run", NIGHTLY, "cargo", "fetch", "--manifest-path"]).arg(&library))
        .map_err(|e| format!("{version}: cannot fetch std's dependencies: {e}"))?;
    Ok(())
}
