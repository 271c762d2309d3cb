//! `cargo xtask test`: every test, in the order that fails fastest.
//!
//! 0. tidy: `cargo fmt --check` and clippy (the other tidy checks are native tests and dist);
//! 1. native unit tests of the pure crates and xtask (`cargo test`);
//! 2. wasm tests of the web crates in headless Chromium (wasm-bindgen-test + chromedriver);
//! 3. the release build into dist/ (also checks the glue is CSP-safe);
//! 4. end-to-end tests: Playwright drives Chromium against dist/ and the host pages, served on two
//!    origins by xtask's own server.
//!
//! `cargo xtask test e2e [NAME...]` runs only steps 3 and 4, optionally only the test files whose
//! names contain one of the NAMEs (for working on one area; CI always runs everything).
//! 5. a real WordPress embedding the widgets (`wordpress.rs`); `cargo xtask test wordpress
//!    [--no-build]` runs only the build and this step.

use crate::process::run as run_cmd;
use crate::tools::{self, CHROMEDRIVER, CHROMIUM};
use crate::{dist, http, root, Result};

/// Crates with `wasm_bindgen_test` tests, run in the browser.
const WASM_TEST_CRATES: [&str; 2] = ["ui-common", "embed"];

pub fn run(args: &[String]) -> Result {
    if let [only, rest @ ..] = args {
        if only == "wordpress" {
            let env = tools::ensure_all()?;
            // `--no-build`: today's dist/ (it must have been built for WIDGETS_ORIGIN's default).
            if rest != ["--no-build"] {
                dist::build(&env)?;
            }
            return crate::wordpress::test(&env);
        }
    }
    let (e2e_only, filters) = match args {
        [] => (false, &[][..]),
        [only, filters @ ..] if only == "e2e" => (true, filters),
        _ => {
            return Err(format!(
                "test: unexpected arguments {args:?} (try `cargo xtask test` or `cargo xtask test e2e [NAME...]`)"
            )
            .into())
        }
    };
    let env = tools::ensure_all()?;
    if !e2e_only {
        // Conventions first: formatting and clippy fail in seconds, and say how to fix.
        crate::tidy::run(&env)?;
        // Tests that need npm tools (the world-atlas geometry) fail here instead of skipping.
        run_cmd(env.command("cargo").args(["test", "--locked"]).env("AW_REQUIRE_TOOLS", "1"))?;
        let mut wasm = env.command("cargo");
        wasm.args(["test", "--locked", "--target", "wasm32-unknown-unknown"]);
        for krate in WASM_TEST_CRATES {
            wasm.args(["-p", krate]);
        }
        wasm.env("CHROMEDRIVER", CHROMEDRIVER).env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", root().join("webdriver.json"));
        run_cmd(&mut wasm)?;
    }
    dist::build(&env)?;
    e2e(&env, filters)?;
    if !e2e_only {
        crate::wordpress::test(&env)?;
    }
    Ok(())
}

fn e2e(env: &crate::process::Env, filters: &[String]) -> Result {
    let dir = root().join("tests/e2e");
    let mut files: Vec<String> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .map(|p| p.display().to_string())
        // By file name: the checkout's own path may contain a NAME.
        .filter(|p| {
            let name = p.rsplit('/').next().unwrap_or(p);
            filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
        })
        .collect();
    if files.is_empty() {
        return Err(format!("test: no end-to-end test file matches {filters:?}").into());
    }
    files.sort();
    let servers = http::Servers::start(0)?;
    println!("e2e: site on {}, host pages on {}", servers.site_origin, servers.host_origin);
    // One browser test file at a time: two cores, and timing-sensitive checks (live regions).
    run_cmd(
        env.command("node")
            .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
            .args(&files)
            .env("SITE_ORIGIN", &servers.site_origin)
            .env("HOST_ORIGIN", &servers.host_origin)
            .env("WIDGETS_ORIGIN", crate::share::origin()?)
            .env("CHROMIUM", CHROMIUM),
    )
}
