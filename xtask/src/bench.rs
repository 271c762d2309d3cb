//! `cargo xtask bench`: the issues' budgets as benchmarks, not tests. For each widget, the page
//! weight of a page that embeds only it (from the dist size report) and the time from its script
//! starting to its first real content in headless Chromium (tests/bench/bench.mjs).

use crate::dist::{self, kb};
use crate::process::Env;
use crate::{http, root, tools, Result};

/// (widget, gzip budget in bytes, first-content budget in ms), from the widget issues.
const BUDGETS: [(&str, u64, f64); 3] =
    [("event-countdown", 64_000, 150.0), ("scam-quiz", 96_000, 200.0), ("signatory-map", 128_000, 300.0)];

pub fn run() -> Result {
    let env = tools::ensure_all()?;
    let sizes = dist::build(&env)?;
    let (timings, comparisons) = timings(&env)?;
    println!("\n{:<16} {:>11} {:>9} {:>13} {:>9}", "widget", "gzip", "budget", "first content", "budget");
    for (widget, size_budget, time_budget) in BUDGETS {
        let gzip = sizes.row(widget).map_or(0, |r| r.gzip);
        let median = timings.iter().find(|(w, _)| w == widget).map_or(f64::NAN, |(_, t)| *t);
        let mark = |ok: bool| if ok { "ok" } else { "OVER" };
        println!(
            "{widget:<16} {:>11} {:>6} {:<2} {:>10.0} ms {:>4.0} {}",
            kb(gzip),
            kb(size_budget),
            mark(gzip <= size_budget),
            median,
            time_budget,
            mark(median <= time_budget)
        );
    }
    // Rows bench.mjs adds for comparison (d3 + world-atlas for the map).
    for (name, median) in timings.iter().filter(|(w, _)| !BUDGETS.iter().any(|(b, _, _)| b == w)) {
        let gzip = comparisons.iter().find(|(w, _)| w == name).map_or(0, |(_, g)| *g);
        println!("{name:<16} {:>11} {:>9} {median:>10.0} ms   (comparison)", kb(gzip), "");
    }
    println!("\n(first content: median of runs, from the widget script's request to its content in the shadow root)");
    Ok(())
}

/// (widget, median ms) for every row, and (name, gzip bytes) for the comparison rows.
type Timings = (Vec<(String, f64)>, Vec<(String, u64)>);

fn timings(env: &Env) -> Result<Timings> {
    let servers = http::Servers::start(0)?;
    let output = env
        .command("node")
        .arg(root().join("tests/bench/bench.mjs"))
        .env("HOST_ORIGIN", &servers.host_origin)
        .env("CHROMIUM", tools::CHROMIUM)
        .output()?;
    if !output.status.success() {
        return Err(format!("bench.mjs failed:\n{}", String::from_utf8_lossy(&output.stderr)).into());
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let (mut rows, mut comparisons) = (Vec::new(), Vec::new());
    for line in text.lines().filter(|l| l.starts_with('{')) {
        let value = core_json::parse(line)?;
        let row = core_json::Node::root(&value);
        let name = row.field("widget")?.as_str()?.to_string();
        if let Some(gzip) = row.get("gzip") {
            comparisons.push((name.clone(), gzip.as_i64()? as u64));
        }
        rows.push((name, row.field("median_ms")?.as_f64()?));
    }
    Ok((rows, comparisons))
}
