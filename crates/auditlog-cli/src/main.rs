//! `auditlog`: the service (`serve`) and its command-line clients (`ingest`, `query`).

mod bench;
mod cli;
mod client;
mod demo;
mod export;
mod ingest;
mod keys;
mod query;
mod serve;
mod verify;

use clap::Parser;

// The writer allocates for every row it builds; glibc's malloc cost a quarter of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Serve(args) => serve::run(args),
        cli::Command::Ingest(args) => ingest::run(args),
        cli::Command::Query(args) => query::run(*args),
        cli::Command::Export(args) => export::run(args),
        cli::Command::Verify(args) => verify::run(*args),
        cli::Command::Bench(args) => bench::run(args),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
