//! Running commands with the tool PATH, echoing them so CI logs show what happened.

use crate::Result;
use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Stdio};

/// The environment commands run in: PATH with our tools in front.
#[derive(Clone, Debug)]
pub struct Env {
    pub path: String,
}

impl Env {
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", &self.path).current_dir(crate::root());
        cmd
    }
}

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs `cmd`, streaming its output; a non-zero exit is an error naming the command.
pub fn run(cmd: &mut Command) -> Result {
    let line = describe(cmd);
    println!("$ {line}");
    let status = cmd.status().map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})").into())
    }
}

/// The trimmed stdout of a command, or None if it cannot run or fails.
pub fn output(program: impl AsRef<OsStr>, args: &[&str], path: Option<&str>) -> Option<String> {
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::null()).stderr(Stdio::null());
    if let Some(path) = path {
        cmd.env("PATH", path);
    }
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

pub fn exists(path: impl AsRef<Path>) -> bool {
    path.as_ref().exists()
}
