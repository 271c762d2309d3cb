//! Which Rust toolchain builds the widgets' wasm.
//!
//! Nightly can rebuild the standard library for the widgets (`-Zbuild-std`) with
//! `-Cpanic=immediate-abort`: no panic messages, locations or formatting machinery in the wasm,
//! about 13% less of it (the widgets never panic, and a panic would be a trap either way). Where
//! that nightly's std has it, the `optimize_for_size` feature picks core's and alloc's smaller
//! code (a plainer sort and integer formatting): another 0.7–1 KB gzip per widget. The
//! machine image ships a nightly; this adds its `rust-src` and wasm32 target when missing. Where
//! that nightly cannot be had, the release build uses stable and the size report says so: the
//! build never fails for want of nightly. `AW_TOOLCHAIN=stable` forces stable.

use crate::process::{output, run};
use std::process::Command;

const NIGHTLY: &str = "nightly";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WasmToolchain {
    /// Nightly, std rebuilt with immediate abort, and for size where its std can be.
    Nightly { optimize_for_size: bool },
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
            Ok(optimize_for_size) => WasmToolchain::Nightly { optimize_for_size },
            Err(why) => WasmToolchain::Stable { why },
        }
    }

    /// Sets up a `trunk build` (which runs cargo) for this toolchain; `rustflags` are the flags
    /// every build gets.
    pub fn configure(&self, cmd: &mut Command, rustflags: &str) {
        match self {
            WasmToolchain::Nightly { optimize_for_size } => {
                cmd.env("RUSTUP_TOOLCHAIN", NIGHTLY).env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort").env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    format!("{rustflags} -Zunstable-options -Cpanic=immediate-abort"),
                );
                // Replaces std's default features, of which only panic-unwind was on: not
                // wanted with immediate abort.
                if *optimize_for_size {
                    cmd.env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size");
                }
            }
            WasmToolchain::Stable { .. } => {
                cmd.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS", rustflags);
            }
        }
    }

    /// A line for the size report.
    pub fn describe(&self) -> String {
        match self {
            WasmToolchain::Nightly { optimize_for_size: true } => {
                "wasm built with nightly: std rebuilt for size, panic=immediate-abort".into()
            }
            WasmToolchain::Nightly { optimize_for_size: false } => {
                "wasm built with nightly: std rebuilt, panic=immediate-abort (its std has no optimize_for_size)".into()
            }
            WasmToolchain::Stable { why } => format!(
                "WARNING: wasm built with stable ({why}); nightly with -Zbuild-std and \
                 -Cpanic=immediate-abort makes it ~13% smaller"
            ),
        }
    }
}

/// Nightly with `rust-src` and the wasm32 target, adding the two if they are missing; whether its
/// std has the `optimize_for_size` feature.
fn ensure_nightly() -> Result<bool, String> {
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
    let std_manifest = std::fs::read_to_string(library.with_file_name("std").join("Cargo.toml")).unwrap_or_default();
    Ok(has_feature(&std_manifest, "optimize_for_size"))
}

/// Whether a Cargo manifest's `[features]` table names `feature`.
fn has_feature(manifest: &str, feature: &str) -> bool {
    manifest
        .parse::<toml::Table>()
        .ok()
        .and_then(|m| m.get("features").and_then(toml::Value::as_table).map(|f| f.contains_key(feature)))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::has_feature;

    #[test]
    fn a_feature_counts_only_in_the_features_table() {
        let manifest = "[dependencies]\noptimize_for_size = \"1\"\n[features]\npanic-unwind = []\noptimize_for_size = [\"core/optimize_for_size\"]\n";
        assert!(has_feature(manifest, "optimize_for_size"));
        assert!(!has_feature(manifest, "optimize"));
        assert!(!has_feature(
            "[dependencies]\noptimize_for_size = \"1\"\n[features]\npanic-unwind = []\n",
            "optimize_for_size"
        ));
    }
}
