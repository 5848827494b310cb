//! `auditlog`: the service and its command-line clients (see the `auditlog_cli` library).

// The writer allocates for every row it builds; glibc's malloc cost a quarter of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    auditlog_cli::main(std::env::args_os())
}
