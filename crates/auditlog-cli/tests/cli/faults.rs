//! Storage faults under a real server: a file system that fills up. Needs permission to mount
//! a small tmpfs (root, as on the CI machine); says SKIPPED otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::{auditlog, http, setup_org, text, Server, ADMIN};

/// A tmpfs of `mib` MiB at `dir`, unmounted on drop; `None` where mounting is not permitted.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(dir: &Path, mib: u32) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap();
        let size = format!("size={mib}m");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &size, "tmpfs"])
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(dir.to_owned()))
    }

    fn resize(&self, mib: u32) {
        let options = format!("remount,size={mib}m");
        let ok = Command::new("mount")
            .args(["-o", &options])
            .arg(&self.0)
            .status()
            .unwrap();
        assert!(ok.success());
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// A batch of 100 entries with 2 KB of random (incompressible) metadata each.
fn batch(round: u32) -> Value {
    let items: Vec<Value> = (0..100)
        .map(|i| {
            let noise: String = (0..128)
                .map(|_| format!("{:016x}", rand::random::<u64>()))
                .collect();
            json!({"action": "created", "resource_type": "doc", "resource_id": format!("d{round}_{i}"),
                   "user_id": "u1", "metadata": {"noise": noise}})
        })
        .collect();
    json!({ "items": items })
}

#[test]
fn a_full_disk_is_503_storage_full_and_the_same_server_recovers_when_space_returns() {
    let dir = tempfile::tempdir().unwrap();
    let Some(disk) = Tmpfs::mount(&dir.path().join("small"), 3) else {
        eprintln!("SKIPPED: a full disk needs permission to mount a tmpfs");
        return;
    };
    let db = disk.0.join("audit.db");
    let server = Server::start(&db, Some(ADMIN), &[]);
    let key = setup_org(&server.base, "org_full");
    let url = format!("{}/v1/organizations/org_full/audit-log/batch", server.base);
    let send = |round: u32| {
        http()
            .post(&url)
            .bearer_auth(&key)
            .json(&batch(round))
            .send()
            .unwrap()
    };

    let mut stored = 0;
    let mut refused = None;
    for round in 0..200 {
        let res = send(round);
        if res.status() == 201 {
            stored += 100;
            continue;
        }
        refused = Some((res.status().as_u16(), res.json::<Value>().unwrap()));
        break;
    }
    let (status, body) = refused.expect("the disk filled up");
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["code"], "storage_full", "{body}");
    assert!(stored > 0);
    // Further writes are refused the same way while the disk stays full — though one may fit
    // first in the room the WAL checkpointer gives back meanwhile, which is no fault.
    let mut again = None;
    for round in 1000..1010 {
        let res = send(round);
        match res.status().as_u16() {
            201 => stored += 100,
            503 => {
                again = Some(res.json::<Value>().unwrap());
                break;
            }
            other => panic!("{other}: {}", res.text().unwrap()),
        }
    }
    let again = again.expect("the disk stays full");
    assert_eq!(again["error"]["code"], "storage_full", "{again}");

    disk.resize(64);
    let res = send(2000);
    assert_eq!(res.status(), 201, "writes resume once there is room again");
    stored += 100;
    server.stop();
    verifies_with(&db, "org_full", stored);
}

/// `auditlog verify --database` passes on the store and counts `entries` of `org`.
fn verifies_with(db: &Path, org: &str, entries: u32) {
    let out = auditlog()
        .args([
            "verify",
            "--database",
            &format!("sqlite://{}", db.display()),
        ])
        .args(["--organization", org])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains(&format!("{entries} entries")), "{stdout}");
}

/// An ext4 file system in a loop device, mounted `errors=remount-ro` at `dir`, unmounted on
/// drop; `None` where loop devices or mounting are not permitted.
struct Ext4 {
    image: PathBuf,
    dir: PathBuf,
}

impl Ext4 {
    fn mount(image: &Path, dir: &Path) -> Option<Ext4> {
        std::fs::create_dir_all(dir).unwrap();
        let quiet = |cmd: &mut Command| {
            cmd.stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        let made = quiet(Command::new("truncate").args(["-s", "64M"]).arg(image))
            && quiet(Command::new("mkfs.ext4").args(["-q", "-F"]).arg(image));
        let fs = Ext4 {
            image: image.to_owned(),
            dir: dir.to_owned(),
        };
        (made && fs.attach()).then_some(fs)
    }

    fn attach(&self) -> bool {
        Command::new("mount")
            .args(["-o", "loop,errors=remount-ro"])
            .arg(&self.image)
            .arg(&self.dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    /// What the kernel does on a file-system error: the mount turns read-only under every
    /// open file, which a plain `mount -o remount,ro` refuses to do while files are open.
    /// False where that cannot be triggered, or where this kernel shuts the file system down
    /// instead (some answer every access with EIO rather than EROFS).
    fn fail(&self) -> bool {
        let Ok(out) = Command::new("findmnt")
            .args(["-n", "-o", "SOURCE"])
            .arg(&self.dir)
            .output()
        else {
            return false;
        };
        let source = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let Some(device) = Path::new(&source).file_name() else {
            return false;
        };
        let trigger = Path::new("/sys/fs/ext4")
            .join(device)
            .join("trigger_fs_error");
        if std::fs::write(trigger, "auditlog test\n").is_err() {
            return false;
        }
        let probe = std::fs::File::create(self.dir.join("probe"));
        matches!(probe, Err(e) if e.kind() == std::io::ErrorKind::ReadOnlyFilesystem)
    }

    /// Unmounts, repairs and mounts again, as an operator would after the error.
    fn repair(&self) {
        let _ = Command::new("umount").arg(&self.dir).status();
        let _ = Command::new("e2fsck")
            .args(["-f", "-y"])
            .arg(&self.image)
            .stdout(std::process::Stdio::null())
            .status();
        assert!(self.attach(), "mount again after repair");
    }
}

impl Drop for Ext4 {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
    }
}

#[test]
fn a_file_system_turned_read_only_is_503_storage_read_only_and_nothing_acknowledged_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let Some(fs) = Ext4::mount(&dir.path().join("ext4.img"), &dir.path().join("mnt")) else {
        eprintln!("SKIPPED: a read-only file system needs a loop device and permission to mount");
        return;
    };
    let db = fs.dir.join("audit.db");
    let server = Server::start(&db, Some(ADMIN), &[]);
    let key = setup_org(&server.base, "org_ro");
    let batch_url = format!("{}/v1/organizations/org_ro/audit-log/batch", server.base);
    let send = |round: u32| {
        http()
            .post(&batch_url)
            .bearer_auth(&key)
            .json(&batch(round))
            .send()
            .unwrap()
    };
    for round in 0..5 {
        assert_eq!(send(round).status(), 201);
    }

    if !fs.fail() {
        eprintln!("SKIPPED: this kernel does not turn the file system read-only on an error");
        return;
    }
    for round in 5..10 {
        let res = send(round);
        assert_eq!(res.status(), 503);
        assert_eq!(res.headers()["retry-after"], "30");
        let body: Value = res.json().unwrap();
        assert_eq!(body["error"]["code"], "storage_read_only", "{body}");
    }
    let listed: Value = http()
        .get(format!(
            "{}/v1/organizations/org_ro/audit-log?limit=1",
            server.base
        ))
        .bearer_auth(&key)
        .send()
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(listed["total"], 500, "reads go on: {listed}");
    // Killed (the file system cannot take a final checkpoint anyway): the WAL holds the rest.
    drop(server);

    fs.repair();
    verifies_with(&db, "org_ro", 500);
}
