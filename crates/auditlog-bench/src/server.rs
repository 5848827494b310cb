//! The server under test: `auditlog serve` as its own process (this executable re-run as
//! `auditlog`, see [`crate::SERVER_COMMAND`]), on port 0.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub const ADMIN: &str = "bench-admin-token-0123456789abcdef";

pub struct Served {
    child: Child,
    pub base: String,
}

impl Served {
    pub fn start(database: &str, cwd: &std::path::Path) -> Result<Self, String> {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut child = Command::new(exe)
            .args([
                crate::SERVER_COMMAND,
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--database",
                database,
            ])
            .env("AUDITLOG_ADMIN_TOKEN", ADMIN)
            .env("AUDITLOG_LOG", "warn")
            .current_dir(cwd)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        loop {
            let Some(Ok(line)) = lines.next() else {
                let _ = child.kill();
                return Err("the server exited before listening".into());
            };
            if let Some(rest) = line.strip_prefix("auditlog listening on ") {
                let base = rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
                std::thread::spawn(move || lines.for_each(drop));
                return Ok(Self { child, base });
            }
        }
    }

    /// Resident memory of the server process, in MiB.
    pub fn rss_mib(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let kb: f64 = status
            .lines()
            .find(|l| l.starts_with("VmRSS:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        Some(kb / 1024.0)
    }
}

impl Served {
    /// CPU time the server process has used (all its threads, those gone included), in
    /// seconds: `/proc/<pid>/stat`'s user and system times, in the kernel's fixed 100 ticks a
    /// second. Less noisy than events per second on a shared machine, for A/B comparisons.
    pub fn cpu_seconds(&self) -> Option<f64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id())).ok()?;
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
        let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
        Some((ticks(11)? + ticks(12)?) / 100.0)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        terminate(&mut self.child);
    }
}

/// Asks a process the harness started to stop (SIGTERM: a graceful shutdown), and reaps it.
pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
}
