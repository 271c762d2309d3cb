//! `cargo xtask <command>`: everything beyond `cargo build`, in Rust, so a fresh machine needs
//! nothing but cargo to start. See README.md for the commands and ARCHITECTURE.md for the map.

mod bench;
mod bundle;
mod data;
mod dist;
mod floor;
mod geometry;
mod http;
mod iso;
mod plugin;
mod process;
mod scorm;
mod share;
mod shipped;
mod short_names;
mod site;
mod test;
mod tidy;
mod toolchain;
mod tools;
mod wordpress;

use std::path::PathBuf;
use std::process::ExitCode;

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [--port N]   install what is missing, build, serve the demo site on http://127.0.0.1:8080
                     (and the sample host pages, on another origin, on port N+1)
  test [e2e [NAME...]]
                     install what is missing and run every test: native, wasm in the browser, end to end
                     (`e2e`: only the build and the browser tests whose file names contain a NAME)
  test wordpress [--no-build]
                     only the build and the real-WordPress test (installs Debian's wordpress, mariadb, apache)
  tidy               the conventions: cargo fmt --check, clippy -D warnings (host and wasm32)
                     (the other tidy checks run with `cargo test` and `dist`)
  dist               release build into dist/ and a size report
  geometry           rebuild data/world.json (the signatory map's world) from npm world-atlas
  bench [--no-build] benchmarks on a phone's profile: first content and page weight against the
                     floor and the npm peers, repeat views, desktop (`--no-build`: today's dist/)
  validate-bank FILE check a quiz bank (a school's own) and list every problem with its field path
  import-signatories FILE [--as-of YYYY-MM-DD]
                     turn the editors' spreadsheet into data/signatories.json, or update it
                     from the UN Treaty Collection's table pasted as text; prints the changes
  scorm --out FILE.zip [--lang L] [--questions N] [--topics a,b] [--seed S] [--pass PERCENT] [--bank FILE.json]
                     the quiz as a SCORM 1.2 package for an LMS (Moodle, Canvas, …); pass mark default 50
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("dist") => tools::ensure_all().and_then(|env| dist::build(&env)).map(|_| ()),
        Some("tidy") => tools::ensure_all().and_then(|env| tidy::run(&env)),
        Some("geometry") => geometry::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("validate-bank") => data::validate_bank(&args[1..]),
        Some("import-signatories") => data::import_signatories(&args[1..]),
        Some("scorm") => scorm::run(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String]) -> Result {
    let port = match args {
        [] => 8080,
        [flag, n] if flag == "--port" => n.parse().map_err(|_| format!("--port takes a number, not `{n}`"))?,
        _ => return Err(format!("serve: unexpected arguments {args:?}").into()),
    };
    let env = tools::ensure_all()?;
    dist::build(&env)?;
    let servers = http::Servers::start(port)?;
    println!("\nDemo site:          {}/", servers.site_origin);
    println!("Sample host pages:  {}/ (another origin, loading the widgets cross-origin)", servers.host_origin);
    println!("Press Ctrl+C to stop.");
    servers.wait();
    Ok(())
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
