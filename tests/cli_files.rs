//! Files the commands write: whole or not at all, private to their owner, whatever was
//! at the path before.

mod common;

use common::sandbox::Sandbox;

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("file").permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn every_export_replaces_the_file_and_keeps_it_private() {
    use std::os::unix::fs::PermissionsExt;
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Pérez",
        "--phone",
        "600 111 222",
    ]);
    let dir = s.dir.path();
    let outputs = [
        ("clients.csv", vec!["export", "clients", "-o"]),
        ("clients.vcf", vec!["export", "vcard", "-o"]),
        ("ana.json", vec!["client", "export", "1", "-o"]),
        ("agenda.ics", vec!["agenda", "export", "-o"]),
    ];
    for (name, args) in outputs {
        let path = dir.join(name);
        std::fs::write(&path, "an older, world-readable file").expect("old file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let path_text = path.display().to_string();
        let mut all = args.clone();
        all.push(&path_text);
        s.ok(&all);
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(!text.contains("older"), "{name} replaced");
        assert_eq!(mode(&path), 0o600, "{name} is private");
    }
    let litter: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".tmp"))
        .collect();
    assert!(litter.is_empty(), "no temporary files left: {litter:?}");
}
