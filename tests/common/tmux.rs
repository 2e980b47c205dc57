//! The tmux harness of the end-to-end tests: the real binary in a private tmux server,
//! driven by keys, read from the screen.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_clientela");

/// A private tmux server (its own socket), killed when dropped.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    pub fn start(name: &str, home: &std::path::Path) -> Option<Self> {
        if Command::new("tmux").arg("-V").output().is_err() {
            // CI installs tmux and says so: there a missing tmux is a failure.
            assert!(
                std::env::var_os("CLIENTELA_REQUIRE_TMUX").is_none(),
                "{name}: tmux is required (CLIENTELA_REQUIRE_TMUX is set) but not installed"
            );
            // Straight to the terminal: the test harness would swallow eprintln!.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "\n*** SKIPPED {name}: tmux is not installed, this end-to-end test did not run (.ci/run installs it) ***\n"
            );
            return None;
        }
        let tmux = Self {
            socket: format!("clientela-e2e-{}-{name}", std::process::id()),
        };
        let shell = format!(
            "env -i HOME={} TERM=xterm-256color PS1='READY$ ' bash --norc --noprofile",
            home.display()
        );
        // A server starting while other test binaries start theirs now and then exits
        // at once ("server exited unexpectedly"): tried again before giving up.
        let mut out = tmux.new_session(&shell);
        for _ in 0..3 {
            if out.status.success() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(300));
            out = tmux.new_session(&shell);
        }
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux.wait_for("READY$", "the shell prompt");
        Some(tmux)
    }

    fn new_session(&self, shell: &str) -> Output {
        self.run(&[
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "30",
            "-s",
            "e2e",
            shell,
        ])
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux")
    }

    /// Sends tmux key names (Enter, Tab, C-s…).
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", "e2e", k]);
            // A pause between keys keeps Esc from fusing with the next key into Alt-key.
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Starts the program in the shell: `LANG=<lang>`, a fixed day, `--db db`, `extra`.
    pub fn launch(&self, lang: &str, db: &std::path::Path, extra: &str) {
        self.text(&format!(
            "LANG={lang} CLIENTELA_TODAY=2026-11-22 {BIN} --db {} {extra}",
            db.display()
        ));
        self.keys(&["Enter"]);
    }

    /// Types literal text.
    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", "e2e", "-l", text]);
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    /// Polls the screen until `text` shows, or fails the test naming `what`.
    pub fn wait_for(&self, text: &str, what: &str) -> String {
        self.wait_until(
            |screen| screen.contains(text),
            &format!("{what} ({text:?})"),
        )
    }

    /// Waits for a second shell prompt after quitting with `how`: the program ended and
    /// the terminal was restored (the alternate screen is gone).
    pub fn wait_for_shell_again(&self, how: &str) -> String {
        self.wait_until(
            |screen| screen.matches("READY$").count() >= 2,
            &format!("the shell after {how}"),
        )
    }

    pub fn wait_until(&self, done: impl Fn(&str) -> bool, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

/// Runs the CLI on `db`, expects success and returns its output.
pub fn cli_ok(home: &std::path::Path, db: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .env_clear()
        .env("HOME", home)
        .env("CLIENTELA_TODAY", "2026-11-22")
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run cli");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Runs the CLI on `db` and parses its JSON output.
pub fn cli_json(home: &std::path::Path, db: &std::path::Path, args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&cli_ok(home, db, args)).expect("json")
}
