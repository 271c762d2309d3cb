//! `cargo xtask bench`: first content and page weight on a phone, against the floor and the npm
//! peers, in one run (tests/bench/bench.mjs drives Chromium; this prints the table). Benchmarks,
//! not tests: they report, they never fail the build.
//!
//! The targets are issue 12's: first content as a multiple of the floor page's (one 1 KB script
//! from the widgets' origin that writes text), page weight in gzip bytes of everything the page
//! fetched, and a repeat view that fetches at most one small revalidated file.

use crate::dist::{self, kb};
use crate::http::{Options, Servers};
use crate::{root, tools, Result};
use std::fs;
use std::path::PathBuf;

/// Target for one of our widgets.
struct Target {
    page: &'static str,
    label: &'static str,
    /// Its peer's page, if it has one.
    peer: Option<&'static str>,
    max_floor_ratio: f64,
    /// Most of the peer's time it may take.
    max_peer_time_ratio: Option<f64>,
    max_gzip: u64,
    /// Most of the peer's bytes it may fetch.
    max_peer_bytes_ratio: Option<f64>,
}

const TARGETS: [Target; 3] = [
    Target {
        page: "event-countdown",
        label: "our countdown",
        peer: Some("peer-countdown"),
        max_floor_ratio: 2.5,
        max_peer_time_ratio: None,
        max_gzip: 86_000,
        max_peer_bytes_ratio: None,
    },
    Target {
        page: "scam-quiz",
        label: "our quiz",
        peer: None,
        max_floor_ratio: 3.0,
        max_peer_time_ratio: None,
        max_gzip: 120_000,
        max_peer_bytes_ratio: None,
    },
    Target {
        page: "signatory-map",
        label: "our map",
        peer: Some("peer-map"),
        max_floor_ratio: 3.5,
        max_peer_time_ratio: Some(0.67),
        max_gzip: 150_000,
        max_peer_bytes_ratio: Some(0.6),
    },
];

const LABELS: [(&str, &str); 3] = [
    ("floor", "floor: a 1 KB script that writes text"),
    ("peer-countdown", "simplyCountdown.js + add-to-calendar-button"),
    ("peer-map", "d3-geo + topojson-client + world-atlas 50m"),
];

/// What the bench serves under `/__bench/` from the widgets' origin: (source under tools/node_modules, name).
const PEER_FILES: [(&str, &str); 7] = [
    ("simplycountdown.js/dist/simplyCountdown.umd.js", "simplycountdown/simplyCountdown.umd.js"),
    ("simplycountdown.js/dist/themes/default.min.css", "simplycountdown/default.min.css"),
    ("add-to-calendar-button/dist/atcb.js", "add-to-calendar-button/atcb.js"),
    ("d3-array/dist/d3-array.min.js", "d3/d3-array.min.js"),
    ("d3-geo/dist/d3-geo.min.js", "d3/d3-geo.min.js"),
    ("topojson-client/dist/topojson-client.min.js", "d3/topojson-client.min.js"),
    ("world-atlas/countries-50m.json", "d3/countries-50m.json"),
];

/// `cargo xtask bench [--no-build]`: `--no-build` measures the `dist/` already there.
pub fn run(args: &[String]) -> Result {
    let env = tools::ensure_all()?;
    let sizes = match args {
        [] => Some(dist::build(&env)?),
        [flag] if flag == "--no-build" => None,
        _ => return Err(format!("bench: unexpected arguments {args:?} (try `cargo xtask bench [--no-build]`)").into()),
    };
    let bench_dir = prepare_bench_dir()?;
    let servers = Servers::start_with(0, Options { gzip_only: true, bench_dir: Some(bench_dir) })?;
    println!("\nbench: mobile profile (150 ms, 180,000 B/s down, CPU ×4), cold cache, gzip; this takes a few minutes");
    let output = env
        .command("node")
        .arg(root().join("tests/bench/bench.mjs"))
        .env("HOST_ORIGIN", &servers.host_origin)
        .env("SITE_ORIGIN", &servers.site_origin)
        .env("CHROMIUM", tools::CHROMIUM)
        .output()?;
    if !output.status.success() {
        return Err(format!("bench.mjs failed:\n{}", String::from_utf8_lossy(&output.stderr)).into());
    }
    let rows = parse_rows(&String::from_utf8_lossy(&output.stdout))?;
    let table = table(&rows);
    print!("{table}");
    if let Some(sizes) = sizes {
        println!("\n(size report of dist/, brotli included:)\n{}", sizes.table());
    }
    fs::write(root().join("target/bench-report.txt"), table)?;
    Ok(())
}

/// `target/bench-site/`: the floor script and the peers, copied from npm's install.
fn prepare_bench_dir() -> Result<PathBuf> {
    let dir = root().join("target/bench-site");
    let modules = tools::tools_dir().join("node_modules");
    for (source, name) in PEER_FILES {
        let to = dir.join(name);
        fs::create_dir_all(to.parent().unwrap_or(&dir))?;
        fs::copy(modules.join(source), &to).map_err(|e| format!("{source}: {e} (is tools/ installed?)"))?;
    }
    fs::write(dir.join("floor.js"), floor_script())?;
    Ok(dir)
}

/// One kilobyte of script that writes text: the least any embed costs.
fn floor_script() -> String {
    let mut script = String::from(
        "// The bench's floor: the least an embedded script can cost, one request that writes text.\n\
         document.getElementById(\"floor\").textContent = \"Time left: 30 days, 4 hours, 12 minutes.\";\n",
    );
    // Padding as a comment of varied words, so it weighs about a kilobyte raw.
    let words = ["signature", "deadline", "convention", "cybercrime", "ratification", "hanoi", "countdown"];
    let mut i = 0;
    while script.len() < 1000 {
        script += &format!("// {} {} {}\n", words[i % words.len()], i, words[(i * 3 + 1) % words.len()]);
        i += 1;
    }
    script
}

#[derive(Debug, Clone, Default)]
struct Row {
    page: String,
    median_ms: f64,
    runs_ms: Vec<f64>,
    gzip_bytes: u64,
    second_ms: f64,
    second_bytes: u64,
    second_requests: Vec<String>,
    desktop_ms: Option<f64>,
}

fn parse_rows(text: &str) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| l.starts_with('{')) {
        let value = core_json::parse(line)?;
        let row = core_json::Node::root(&value);
        let second = row.field("second_view")?;
        rows.push(Row {
            page: row.field("page")?.as_str()?.to_string(),
            median_ms: row.field("median_ms")?.as_f64()?,
            runs_ms: row
                .field("runs_ms")?
                .items()?
                .iter()
                .map(|n| n.as_f64())
                .collect::<std::result::Result<_, _>>()?,
            gzip_bytes: row.field("gzip_bytes")?.as_i64()? as u64,
            second_ms: second.field("median_ms")?.as_f64()?,
            second_bytes: second.field("wire_bytes")?.as_i64()? as u64,
            second_requests: second
                .field("requests")?
                .items()?
                .iter()
                .map(|n| n.as_str().map(str::to_string))
                .collect::<std::result::Result<_, _>>()?,
            desktop_ms: row.get("desktop_ms").and_then(|n| n.as_f64().ok()),
        });
    }
    Ok(rows)
}

fn table(rows: &[Row]) -> String {
    let find = |page: &str| rows.iter().find(|r| r.page == page);
    let floor = find("floor").map_or(f64::NAN, |r| r.median_ms);
    let mut out = format!(
        "\n{:<46} {:>13} {:>8} {:>8} {:>12}  targets\n",
        "page (mobile profile, median)", "first content", "÷ floor", "÷ peer", "gzip fetched"
    );
    for (page, label) in LABELS {
        if let Some(r) = find(page) {
            out += &format!(
                "{label:<46} {:>10.0} ms {:>7.1}× {:>8} {:>12}\n",
                r.median_ms,
                r.median_ms / floor,
                "",
                kb(r.gzip_bytes)
            );
        }
    }
    for t in &TARGETS {
        let Some(r) = find(t.page) else { continue };
        let peer = t.peer.and_then(find);
        let time_ratio = peer.map(|p| r.median_ms / p.median_ms);
        let bytes_ratio = peer.map(|p| r.gzip_bytes as f64 / p.gzip_bytes as f64);
        let mut checks =
            vec![check(r.median_ms / floor <= t.max_floor_ratio, format!("≤ {}× floor", t.max_floor_ratio))];
        if let (Some(max), Some(ratio)) = (t.max_peer_time_ratio, time_ratio) {
            checks.push(check(ratio <= max, format!("≤ {max}× peer time")));
        }
        checks.push(check(r.gzip_bytes <= t.max_gzip, format!("≤ {}", kb(t.max_gzip))));
        if let (Some(max), Some(ratio)) = (t.max_peer_bytes_ratio, bytes_ratio) {
            checks.push(check(ratio <= max, format!("≤ {max}× peer bytes ({ratio:.2})")));
        }
        out += &format!(
            "{:<46} {:>10.0} ms {:>7.1}× {:>8} {:>12}  {}\n",
            t.label,
            r.median_ms,
            r.median_ms / floor,
            time_ratio.map_or(String::new(), |x| format!("{x:.2}×")),
            kb(r.gzip_bytes),
            checks.join(", ")
        );
    }
    out += "\nSecond view (another article, same widget, same reader; target: at most one small revalidated file, ≤ 2 KB):\n";
    for t in &TARGETS {
        let Some(r) = find(t.page) else { continue };
        let ok = r.second_requests.iter().filter(|q| !q.contains("/bench/")).count() <= 1 && r.second_bytes <= 2_000;
        out += &format!(
            "{:<46} {:>10.0} ms {:>12} on the wire  {}  [{}]\n",
            t.label,
            r.second_ms,
            kb(r.second_bytes),
            if ok { "ok" } else { "OVER" },
            r.second_requests.join(", ")
        );
    }
    out += "\nDesktop, unthrottled (the old metric: the widget script's request to first content):\n";
    for t in &TARGETS {
        if let Some(ms) = find(t.page).and_then(|r| r.desktop_ms) {
            out += &format!("{:<46} {ms:>10.0} ms\n", t.label);
        }
    }
    out += "\nRuns (ms): ";
    out += &rows.iter().map(|r| format!("{} {:?}", r.page, r.runs_ms)).collect::<Vec<_>>().join("; ");
    out + "\n"
}

fn check(ok: bool, what: String) -> String {
    format!("{what} {}", if ok { "ok" } else { "OVER" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_script_weighs_a_kilobyte_and_writes_text() {
        let script = floor_script();
        assert!((1000..1100).contains(&script.len()), "{}", script.len());
        assert!(script.contains("textContent ="));
    }

    #[test]
    fn the_table_compares_with_the_floor_and_the_peer() {
        let row = |page: &str, ms: f64, gzip: u64| Row {
            page: page.into(),
            median_ms: ms,
            gzip_bytes: gzip,
            ..Row::default()
        };
        let rows = [
            row("floor", 400.0, 100),
            row("peer-map", 2400.0, 245_000),
            Row {
                second_requests: vec!["304 /widgets/signatory-map.js".into()],
                second_bytes: 300,
                ..row("signatory-map", 1200.0, 140_000)
            },
        ];
        let table = table(&rows);
        assert!(table.contains("3.0×"), "{table}");
        assert!(table.contains("0.50×"), "{table}");
        assert!(table.contains("≤ 3.5× floor ok") && table.contains("≤ 0.67× peer time ok"), "{table}");
        assert!(table.contains("≤ 0.6× peer bytes (0.57) ok"), "{table}");
        let second = table.lines().find(|l| l.starts_with("our map") && l.contains("on the wire")).unwrap();
        assert!(second.contains(" ok "), "{second}");
        let slow = [row("floor", 400.0, 100), row("event-countdown", 1600.0, 126_000)];
        assert!(super::table(&slow).contains("≤ 2.5× floor OVER"));
    }
}
