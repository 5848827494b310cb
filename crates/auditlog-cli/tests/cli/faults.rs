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
    // Every further write is refused the same way while the disk stays full.
    assert_eq!(send(1000).status(), 503);

    disk.resize(64);
    let res = send(2000);
    assert_eq!(res.status(), 201, "writes resume once there is room again");
    stored += 100;
    server.stop();

    let out = auditlog()
        .args([
            "verify",
            "--database",
            &format!("sqlite://{}", db.display()),
        ])
        .args(["--organization", "org_full"])
        .output()
        .unwrap();
    let (stdout, stderr) = text(&out);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains(&format!("{stored} entries")), "{stdout}");
}
