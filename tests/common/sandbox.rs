//! The real binary in a sandbox of its own.

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// A sandbox: its own home, config and data directories, English, a fixed day.
pub struct Sandbox {
    /// The sandbox's directory (home, config, data).
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Self {
            dir: TempDir::new().expect("temp dir"),
        }
    }

    pub fn db(&self) -> String {
        self.dir.path().join("clientela.db").display().to_string()
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("clientela").expect("binary");
        let home = self.dir.path();
        cmd.env_clear()
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("LANG", "C")
            .env("CLIENTELA_TODAY", "2026-11-22");
        cmd
    }

    /// Another program (a shell) with the sandbox's environment.
    pub fn cmd_raw(&self, program: &str) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        let home = self.dir.path();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("LANG", "C")
            .env("CLIENTELA_TODAY", "2026-11-22");
        cmd
    }

    /// Runs with `--db` and `args`.
    fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd()
            .arg("--db")
            .arg(self.db())
            .args(args)
            .output()
            .expect("run")
    }

    /// Runs with `--db` and returns stdout; panics on failure.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// Runs with `--db`, expects failure, returns stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(out.stdout.is_empty(), "nothing on stdout when failing");
        String::from_utf8(out.stderr).expect("utf-8")
    }

    /// Runs exactly `args` (no `--db`), expects failure, returns stderr.
    pub fn fails_without_db(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run");
        assert!(!out.status.success(), "{args:?} should fail");
        String::from_utf8(out.stderr).expect("utf-8")
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).expect("valid JSON")
    }
}

/// One line, starting with `error: `.
pub fn assert_one_error_line(stderr: &str, contains: &str) {
    let lines: Vec<_> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line: {stderr:?}");
    assert!(lines[0].starts_with("error: "), "{stderr:?}");
    assert!(
        lines[0].contains(contains),
        "{stderr:?} should mention {contains:?}"
    );
}
