//! `cargo xtask test`: every test, in the order that fails fastest.
//!
//! 0. tidy: `cargo fmt --check` and clippy (the other tidy checks are native tests and dist);
//! 1. native unit tests of the pure crates and xtask (`cargo test`), the search's over the
//!    display-name table Chromium gives, written first (`DISPLAY_NAMES`);
//! 2. wasm tests of the web crates in headless Chromium (wasm-bindgen-test + chromedriver);
//! 3. the release build into dist/ (also checks the glue is CSP-safe);
//! 4. end-to-end tests: Playwright drives Chromium against dist/ and the host pages, served on two
//!    origins by xtask's own server;
//! 5. the cross-engine suite (tests/engines/): a focused subset in Firefox ESR and WebKitGTK;
//! 6. a real WordPress embedding the widgets (`wordpress.rs`); `cargo xtask test wordpress
//!    [--no-build]` runs only the build and this step.
//!
//! `cargo xtask test e2e [NAME...]` runs only steps 3 to 5, optionally only the test files whose
//! paths contain one of the NAMEs (`engines`: the cross-engine suite; CI always runs everything).

use crate::process::run as run_cmd;
use crate::tools::{self, CHROMEDRIVER, CHROMIUM};
use crate::{dist, http, root, Result};

/// Where the search's native tests find the state names Chromium's `Intl.DisplayNames` gives
/// (`crates/core-search/tests/search.rs`).
const DISPLAY_NAMES: &str = "target/display-names.tsv";

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
    tools::ensure_engines()?;
    if !e2e_only {
        // Conventions first: formatting and clippy fail in seconds, and say how to fix.
        crate::tidy::run(&env)?;
        run_cmd(
            env.command("node").arg("tests/e2e/tools/display-names.mjs").arg(DISPLAY_NAMES).env("CHROMIUM", CHROMIUM),
        )?;
        // Tests that need npm tools (the world-atlas geometry) or the display-name table fail
        // here instead of skipping.
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
    // Chromium's end-to-end tests first, then the cross-engine suite.
    let mut files = Vec::new();
    for dir in ["tests/e2e", "tests/engines"] {
        // Paths relative to the root (node runs there), so a NAME matches only the file's own name.
        let mut found: Vec<String> = std::fs::read_dir(root().join(dir))?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|name| name.ends_with(".test.mjs"))
            .map(|name| format!("{dir}/{name}"))
            .filter(|p| filters.is_empty() || filters.iter().any(|f| p.contains(f.as_str())))
            .collect();
        found.sort();
        files.extend(found);
    }
    if files.is_empty() {
        return Err(format!("test: no end-to-end test file matches {filters:?}").into());
    }
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
            .env("CHROMIUM", CHROMIUM)
            .env("FIREFOX", tools::FIREFOX)
            .env("WEBKIT_DRIVER", tools::WEBKIT_DRIVER)
            .env("MINIBROWSER", tools::minibrowser().unwrap_or_default())
            .env("XVFB_RUN", tools::XVFB_RUN),
    )
}
