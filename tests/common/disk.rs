//! A small filesystem of its own, for tests of a full or read-only disk.

/// A small filesystem of its own (tmpfs), unmounted when dropped.
pub struct SmallDisk {
    pub dir: tempfile::TempDir,
}

impl SmallDisk {
    /// `None`, said loudly, where mounting is not allowed (not root).
    pub fn mount(size: &str) -> Option<Self> {
        let dir = tempfile::TempDir::new().expect("dir");
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "\n*** SKIPPED: cannot mount a small tmpfs here (needs root); this test did not run ***\n"
            );
            return None;
        }
        Some(Self { dir })
    }

    /// Fills the disk but `spare` bytes.
    pub fn fill_but(&self, spare: u64) -> std::path::PathBuf {
        use std::io::Write;
        let path = self.dir.path().join("filler");
        let mut file = std::fs::File::create(&path).expect("filler");
        let chunk = vec![0u8; 4096];
        while file.write_all(&chunk).is_ok() {}
        let len = file.metadata().expect("len").len();
        file.set_len(len.saturating_sub(spare)).expect("truncate");
        path
    }

    /// Makes the whole filesystem read-only (`mount -o remount,ro`).
    pub fn make_read_only(&self) {
        let done = std::process::Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.dir.path())
            .status()
            .is_ok_and(|s| s.success());
        assert!(done, "remount read-only");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}
