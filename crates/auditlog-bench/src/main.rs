//! `auditlog-bench`: a reproducible benchmark of ingest and queries through the real HTTP API on
//! both backends, next to the storage engines' bare limits on the same rows and, on PostgreSQL,
//! next to a peer (django-auditlog with Django REST framework). Prints a table and writes JSON.
//! `--quick` finishes in a few minutes; the default is the full run.
//!
//! The key decision: the server under test is a separate process running the `auditlog` command
//! itself — this executable re-run with [`SERVER_COMMAND`], which hands its arguments to the
//! `auditlog-cli` library — so the harness measures the product's own code, built in the same
//! `cargo run`, never a stale binary, while the shipped `auditlog` carries none of the harness.

mod cases;
mod data;
mod load;
mod peer;
mod prototype;
mod raw;
mod run;
mod server;
mod storage;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

// The same allocator as the `auditlog` binary, since the server under test is this executable.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The first argument that makes this executable run as `auditlog` (the server under test).
pub const SERVER_COMMAND: &str = "__auditlog";

#[derive(Parser)]
#[command(
    name = "auditlog-bench",
    version,
    about = "Benchmark auditlog's ingest and queries through the HTTP API, next to the storage engines' limits"
)]
pub struct BenchArgs {
    /// A run of a few minutes on small data instead of the full run (1 M and 10 M entries).
    #[arg(long)]
    pub quick: bool,
    /// Run the query suite once, with the largest organization at this many entries.
    #[arg(long, conflicts_with = "quick")]
    pub largest: Option<usize>,
    /// `sqlite`, `postgres` or `both`.
    #[arg(long, default_value = "both", value_parser = ["sqlite", "postgres", "both"])]
    pub backend: String,
    /// An empty PostgreSQL database the benchmark may fill (and drop tables in).
    #[arg(long, env = "AUDITLOG_BENCH_POSTGRES_URL", hide_env_values = true)]
    pub postgres_url: Option<String>,
    /// Leave out the peer (django-auditlog + Django REST framework, installed from PyPI into a
    /// cached virtual environment and run on the PostgreSQL database).
    #[arg(long)]
    pub no_peer: bool,
    /// Where to write the results as JSON.
    #[arg(long, default_value = "bench-results.json")]
    pub json: PathBuf,
    /// Instead of the run: the posting-list index prototype alone, in memory, on one
    /// organization of this many entries (no HTTP, no storage).
    #[arg(long, conflicts_with_all = ["quick", "largest"])]
    pub index_prototype: Option<usize>,
    /// Keep the SQLite store in this directory (created, or empty) after the run, to look
    /// inside (`auditlog serve`, `auditlog verify --database`); otherwise it is deleted.
    #[arg(long)]
    pub keep: Option<PathBuf>,
}

/// A client of a PostgreSQL database named by a URL, connected as the server connects (libpq's
/// `sslmode` and `sslrootcert` honoured).
pub async fn postgres(url: &str) -> Result<tokio_postgres::Client, String> {
    let target = auditlog_store::postgres::Target::parse(url).map_err(|e| e.to_string())?;
    target.connect().await.map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let mut args = std::env::args_os();
    let program = args.next().unwrap_or_default();
    let first = args.next();
    if first.as_deref() == Some(SERVER_COMMAND.as_ref()) {
        return auditlog_cli::main(std::iter::once(OsString::from("auditlog")).chain(args));
    }
    let args = BenchArgs::parse_from(std::iter::once(program).chain(first).chain(args));
    let result = match args.index_prototype {
        Some(n) => prototype::run(n),
        None => run::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
