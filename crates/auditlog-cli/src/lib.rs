//! The `auditlog` command: the service (`serve`) and its command-line clients (`ingest`,
//! `query`, `export`, `verify`). A library so that the benchmark harness (`auditlog-bench`) can
//! run this very command as its server under test; the binary is a thin `main` over [`main`].

mod backup;
pub mod cli;
mod client;
mod demo;
mod export;
mod ingest;
mod keys;
mod query;
mod serve;
mod verify;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::Parser;

/// Parses `args` (the program name first) and runs the command.
pub fn main(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> ExitCode {
    let cli = cli::Cli::parse_from(args);
    let result = match cli.command {
        cli::Command::Serve(args) => serve::run(args),
        cli::Command::Ingest(args) => ingest::run(args),
        cli::Command::Query(args) => query::run(*args),
        cli::Command::Export(args) => export::run(args),
        cli::Command::Verify(args) => verify::run(*args),
        cli::Command::Backup(args) => backup::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
