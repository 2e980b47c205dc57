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

/// Every command that writes a file refuses to write it over the open database or the
/// files SQLite keeps beside it, however the path is spelled; the database is intact.
#[cfg(unix)]
#[test]
fn no_output_is_written_over_the_database() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana Pérez"]);
    let dir = s.dir.path();
    let db = s.db();
    std::os::unix::fs::symlink(&db, dir.join("link.db")).expect("symlink");
    std::fs::hard_link(&db, dir.join("hard.db")).expect("hard link");
    let spellings = [
        db.clone(),
        format!("{}/./clientela.db", dir.display()),
        dir.join("link.db").display().to_string(),
        dir.join("hard.db").display().to_string(),
        format!("{db}-wal"),
        format!("{db}-shm"),
    ];
    let commands: [&[&str]; 5] = [
        &["export", "clients", "-o"],
        &["export", "vcard", "-o"],
        &["client", "export", "1", "-o"],
        &["agenda", "export", "-o"],
        &["scenes", "report", "1", "-o"],
    ];
    s.ok(&["scenes", "new-cycle", "Visita"]);
    for command in commands {
        for target in &spellings {
            let mut args: Vec<&str> = command.to_vec();
            args.push(target);
            let err = s.fails(&args);
            common::sandbox::assert_one_error_line(&err, "refusing to write");
        }
    }
    let clients = s.json(&["client", "list", "--format", "json"]);
    assert_eq!(clients[0]["name"], "Ana Pérez", "the database is intact");
    // A relative spelling, from the database's own folder.
    let out = s
        .cmd()
        .current_dir(dir)
        .args([
            "--db",
            "clientela.db",
            "export",
            "clients",
            "-o",
            "./clientela.db",
        ])
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert_eq!(
        s.json(&["client", "list", "--format", "json"])[0]["name"],
        "Ana Pérez"
    );
}

/// `-o -` is standard output, and a FIFO is written in place (not replaced by a file).
#[cfg(unix)]
#[test]
fn dash_is_standard_output_and_a_fifo_is_written_in_place() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana Pérez"]);
    let csv = s.ok(&["export", "clients", "-o", "-"]);
    assert!(csv.contains("Ana Pérez"), "{csv}");
    let fifo = s.dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read the fifo"))
    };
    s.ok(&["export", "clients", "-o", &fifo.display().to_string()]);
    assert!(reader.join().expect("reader").contains("Ana Pérez"));
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::symlink_metadata(&fifo).expect("fifo").file_type();
    assert!(kind.is_fifo(), "still a FIFO");
}

/// A reader that stops reading does not stop the command: the import still commits.
/// A full standard output is one error line, never a panic.
#[cfg(unix)]
#[test]
fn a_closed_or_full_standard_output_ends_the_output_not_the_work() {
    let s = Sandbox::new();
    s.ok(&[
        "client",
        "add",
        "--name",
        "Ana Pérez",
        "--email",
        "ana@correo.es",
    ]);
    // 3,000 repeats of Ana (one report line each, far more than a pipe holds), then Zoe.
    let mut csv = String::from("name,email\n");
    for _ in 0..3000 {
        csv.push_str("Ana Pérez,ana@correo.es\n");
    }
    csv.push_str("Zoe Núñez,zoe@correo.es\n");
    let file = s.dir.path().join("big.csv");
    std::fs::write(&file, csv).expect("csv");
    let bin = env!("CARGO_BIN_EXE_clientela");
    let script = format!(
        "set -o pipefail; '{bin}' --db '{}' import clients '{}' | head -1 >/dev/null",
        s.db(),
        file.display()
    );
    let out = s
        .cmd_raw("bash")
        .args(["-c", &script])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let names = s.ok(&["client", "list", "--format", "csv"]);
    assert!(names.contains("Zoe Núñez"), "the import committed: {names}");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = s
        .cmd_raw(bin)
        .args(["--db", &s.db(), "import", "clients", "--dry-run"])
        .arg(&file)
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    common::sandbox::assert_one_error_line(&err, "no space left");
}

/// The folders made for the database are private, and a database made through a link
/// to a file not there yet is private too.
#[cfg(unix)]
#[test]
fn the_data_folder_and_a_database_made_through_a_link_are_private() {
    let s = Sandbox::new();
    let out = s
        .cmd()
        .args(["client", "add", "--name", "Ana"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let data = s.dir.path().join("data").join("clientela");
    assert_eq!(mode(&data), 0o700, "{}", data.display());
    assert_eq!(mode(&data.join("clientela.db")), 0o600);

    let target = s.dir.path().join("real").join("shop.db");
    let link = s.dir.path().join("shop.db");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let out = s
        .cmd()
        .arg("--db")
        .arg(&link)
        .args(["client", "add", "--name", "Ana"])
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(mode(&target), 0o600, "the file behind the link");
    assert_eq!(mode(target.parent().expect("dir")), 0o700);
}

/// A database in a read-only folder (a read-only mount here): a change is refused with
/// one line that says so (not SQLite's "unable to open database file"), and what is
/// there can still be listed, exported and copied off.
#[test]
fn a_read_only_folder_says_so() {
    let Some(disk) = common::disk::SmallDisk::mount("4M") else {
        return;
    };
    let s = Sandbox::new();
    let db = disk.dir.path().join("shop.db");
    let run = |args: &[&str]| {
        s.cmd()
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .expect("run")
    };
    assert!(run(&["client", "add", "--name", "Ana"]).status.success());
    disk.make_read_only();
    let out = run(&["client", "add", "--name", "Luis"]);
    assert!(!out.status.success());
    common::sandbox::assert_one_error_line(
        &String::from_utf8_lossy(&out.stderr),
        &format!(
            "{} is read-only, so the database cannot be changed there",
            disk.dir.path().display()
        ),
    );
    // What is there can still be read and copied off the read-only disk.
    let out = run(&["client", "list", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ana"));
    let copy = s.dir.path().join("off-the-disk.db");
    assert!(
        run(&["backup", "-o", &copy.display().to_string()])
            .status
            .success()
    );
    assert!(run(&["check"]).status.success());
    let out = s
        .cmd()
        .arg("--db")
        .arg(disk.dir.path().join("new.db"))
        .args(["client", "list"])
        .output()
        .expect("run");
    common::sandbox::assert_one_error_line(&String::from_utf8_lossy(&out.stderr), "is read-only");
}

/// `backup -o` writes through a symbolic link (a link to a USB stick gets the copy on the
/// stick), makes a folder named with a trailing `/`, and never writes over the damage
/// mark beside the database.
#[cfg(unix)]
#[test]
fn backup_output_follows_links_makes_folders_and_spares_the_mark() {
    let s = Sandbox::new();
    s.ok(&["client", "add", "--name", "Ana"]);
    let dir = s.dir.path();
    std::fs::create_dir(dir.join("usb")).expect("usb");
    std::os::unix::fs::symlink("usb/real.db", dir.join("link.db")).expect("link");
    s.ok(&["backup", "-o", &dir.join("link.db").display().to_string()]);
    assert!(
        std::fs::symlink_metadata(dir.join("link.db"))
            .expect("link")
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    let copied = clientela::store::Store::open(&dir.join("usb/real.db")).expect("on the stick");
    assert_eq!(copied.client_count().expect("count"), 1);

    let new_dir = format!("{}/new/folder/", dir.display());
    s.ok(&["backup", "-o", &new_dir]);
    assert!(
        dir.join("new/folder/clientela-20261122-120000.db")
            .is_file()
    );

    let mark = format!("{}.damaged", s.db());
    let err = s.fails(&["backup", "-o", &mark]);
    assert!(err.contains("it is the database"), "{err}");
    assert!(!std::path::Path::new(&mark).exists());
}
