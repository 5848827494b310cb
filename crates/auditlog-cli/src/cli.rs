//! Command-line flags. The flags that say where and as whom to connect (`--url`,
//! `--organization`, `--token`, `--ca-cert`, `--listen`, `--database`) also come from `AUDITLOG_*`
//! environment variables; the README lists them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "auditlog",
    version,
    about = "A self-hosted, multi-tenant audit log service"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Run the HTTP service.
    Serve(ServeArgs),
    /// Send NDJSON entries (one JSON object per line) to a server's batch API.
    Ingest(IngestArgs),
    /// List entries with the seed-002 filters.
    Query(Box<QueryArgs>),
    /// Write an organization's entries (seed-002 filters allowed) as NDJSON, in sequence order.
    Export(ExportArgs),
    /// Check that a log is intact: against a running server, an export, a receipt, or storage.
    Verify(Box<VerifyArgs>),
    /// Copy a SQLite store consistently while its server runs (PostgreSQL: use pg_dump).
    Backup(BackupArgs),
}

#[derive(Args)]
pub struct BackupArgs {
    /// The store to copy: `sqlite://PATH`.
    #[arg(long, env = "AUDITLOG_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,
    /// The new file to write; never written over.
    #[arg(long)]
    pub output: PathBuf,
}

#[derive(Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub client: ClientArgs,
    /// Output file; `-` or nothing writes standard output.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Also a line for each stretch pruned under retention and each pruning marker, so that
    /// `auditlog verify --export` can check a pruned log (no filters with it).
    #[arg(long, conflicts_with_all = ["entity_type", "action_type", "actor_id", "target_id",
        "department_id", "from_date", "to_date", "search_term"])]
    pub include_pruned: bool,
    #[command(flatten)]
    pub filters: FilterArgs,
}

/// The seed-002 filters, shared by `query` and `export`.
#[derive(Args)]
pub struct FilterArgs {
    /// Resource type (`entity_type`), e.g. `assistant`.
    #[arg(long)]
    pub entity_type: Option<String>,
    /// Action verb (`action_type`), e.g. `updated`.
    #[arg(long)]
    pub action_type: Option<String>,
    /// Acting user id (`actor_id`).
    #[arg(long)]
    pub actor_id: Option<String>,
    /// Primary resource or target id (`target_id`).
    #[arg(long)]
    pub target_id: Option<String>,
    /// Department id (`department_id`).
    #[arg(long)]
    pub department_id: Option<String>,
    /// Inclusive start: YYYY-MM-DD or RFC 3339.
    #[arg(long)]
    pub from_date: Option<String>,
    /// Inclusive end: YYYY-MM-DD (the whole day) or RFC 3339.
    #[arg(long)]
    pub to_date: Option<String>,
    /// Words that must prefix words of the resource name, user name or email.
    #[arg(long, short = 's')]
    pub search_term: Option<String>,
}

impl FilterArgs {
    /// The filters given, for the client.
    pub fn to_filters(&self) -> auditlog_client::Filters {
        auditlog_client::Filters {
            entity_type: self.entity_type.clone(),
            action_type: self.action_type.clone(),
            actor_id: self.actor_id.clone(),
            target_id: self.target_id.clone(),
            department_id: self.department_id.clone(),
            from_date: self.from_date.clone(),
            to_date: self.to_date.clone(),
            search_term: self.search_term.clone(),
        }
    }
}

#[derive(Args, Default)]
pub struct VerifyArgs {
    /// A running server to check (with --organization and --token).
    #[arg(long, env = "AUDITLOG_URL")]
    pub url: Option<String>,
    /// Organization id.
    #[arg(long, short = 'o', env = "AUDITLOG_ORGANIZATION")]
    pub organization: Option<String>,
    #[arg(long, env = "AUDITLOG_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// PEM file of a certificate authority to trust for an `https://` URL (with --url).
    #[arg(long, env = "AUDITLOG_CA_CERT")]
    pub ca_cert: Option<PathBuf>,
    /// The log's verifier key (`name+id+key`) or a file holding it. Against a server it may be
    /// omitted, and the server's own key is then trusted (and printed).
    #[arg(long)]
    pub key: Option<String>,
    /// A checkpoint saved earlier: the log must have only grown since.
    #[arg(long)]
    pub since: Option<PathBuf>,
    /// Save the verified checkpoint here, for the next --since.
    #[arg(long)]
    pub save: Option<PathBuf>,
    /// Offline: an NDJSON export (needs --checkpoint and --key).
    #[arg(long)]
    pub export: Option<PathBuf>,
    /// Offline: the signed checkpoint to check the export against.
    #[arg(long)]
    pub checkpoint: Option<PathBuf>,
    /// A receipt (tlog-proof) to check, with --entry and --key.
    #[arg(long)]
    pub receipt: Option<PathBuf>,
    /// The entry (JSON) the receipt is for.
    #[arg(long)]
    pub entry: Option<PathBuf>,
    /// Check storage directly: `sqlite://PATH` or `postgres://…` (with --organization).
    #[arg(long)]
    pub database: Option<String>,
}

#[derive(Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "AUDITLOG_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// `sqlite://PATH` (relative or absolute file path) or `postgres://USER:PASSWORD@HOST/DB`.
    /// Default: sqlite://auditlog-data/auditlog.db.
    #[arg(long, env = "AUDITLOG_DATABASE_URL", hide_env_values = true)]
    pub database: Option<String>,
    /// Run on a PostgreSQL server configured with fsync=off or synchronous_commit=off, where a
    /// crash can lose writes that were already acknowledged.
    #[arg(long)]
    pub accept_losing_acknowledged_writes: bool,
    /// Also create organization `org_demo` with 300 realistic entries and print a read key.
    #[arg(long)]
    pub demo: bool,
    /// Sign with this server's key although the database records another one. Checkpoints
    /// signed before stay verifiable with the old key only: use it when that key is lost.
    #[arg(long)]
    pub replace_signing_key: bool,
    /// Start although the store holds fewer entries than checkpoints it signed cover (entries
    /// were lost: a lost WAL, an older copy restored), forgetting those checkpoints. Readers
    /// that kept one will see a rollback.
    #[arg(long)]
    pub accept_lost_entries: bool,
    /// Seconds between two passes of the pruner, which applies every organization's retention
    /// policy (docs/retention.md).
    #[arg(long, env = "AUDITLOG_RETENTION_EVERY", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub retention_every: u64,
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// The HTTP layer's bounds (docs/operations.md).
#[derive(Args)]
pub struct LimitArgs {
    /// Open connections at most; at the cap a new one closes the quietest. Default: what the
    /// open-file limit leaves room for, at most 10,000.
    #[arg(long, env = "AUDITLOG_MAX_CONNECTIONS", value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: Option<u32>,
    /// Seconds a client has to send a request's headers; also how long an idle connection stays.
    #[arg(long, env = "AUDITLOG_HEADER_TIMEOUT", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's whole body.
    #[arg(long, env = "AUDITLOG_BODY_TIMEOUT", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub body_timeout: u64,
    /// MiB of memory for handling request bodies at once, each charged 4 times its size (at
    /// least 64: one body of the largest size).
    #[arg(long, env = "AUDITLOG_BODY_MEMORY_MIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(64..=65536))]
    pub body_memory_mib: u64,
    /// Requests per API key: N/s, N/min or N/h (a burst of N). Default: no limit.
    #[arg(long, env = "AUDITLOG_RATE_LIMIT_PER_KEY")]
    pub rate_limit_per_key: Option<String>,
    /// Requests per API key of one organization, over --rate-limit-per-key: ORG=N/s, repeated
    /// (or comma-separated in the variable).
    #[arg(long, env = "AUDITLOG_RATE_LIMIT_ORGS", value_delimiter = ',')]
    pub rate_limit_org: Vec<String>,
    /// Requests with a credential per client address: N/s, N/min or N/h. Default: no limit.
    #[arg(long, env = "AUDITLOG_RATE_LIMIT_PER_ADDRESS")]
    pub rate_limit_per_address: Option<String>,
    /// Failed authentications per client address before it is refused (429) until it may
    /// try again: N/s, N/min or N/h, or `off`.
    #[arg(long, env = "AUDITLOG_AUTH_FAILURE_LIMIT", default_value = "30/min")]
    pub auth_failure_limit: String,
    /// Seconds shutdown waits for requests in flight before closing their connections.
    #[arg(long, env = "AUDITLOG_SHUTDOWN_GRACE", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub shutdown_grace: u64,
}

#[derive(Args, Clone)]
pub struct ClientArgs {
    /// Base URL of the auditlog server.
    #[arg(long, env = "AUDITLOG_URL", default_value = "http://127.0.0.1:8080")]
    pub url: String,
    /// Organization id.
    #[arg(long, short = 'o', env = "AUDITLOG_ORGANIZATION")]
    pub organization: String,
    /// API key (or the admin token).
    #[arg(long, env = "AUDITLOG_TOKEN", hide_env_values = true)]
    pub token: String,
    /// PEM file of a certificate authority to trust for an `https://` URL, besides Mozilla's
    /// and the platform's (e.g. a private CA).
    #[arg(long, env = "AUDITLOG_CA_CERT")]
    pub ca_cert: Option<PathBuf>,
}

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub client: ClientArgs,
    /// NDJSON file; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Entries per request (1–1000).
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u16).range(1..=1000))]
    pub batch_size: u16,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub client: ClientArgs,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Entries per page (1–100).
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
    /// Skip this many matching entries first (offset paging; see also --cursor).
    #[arg(long)]
    pub skip: Option<u64>,
    /// Continue from a `next_cursor`.
    #[arg(long)]
    pub cursor: Option<String>,
    /// Follow cursors until every matching entry is printed.
    #[arg(long)]
    pub all: bool,
    /// Print the raw JSON (one page object per page) instead of a table.
    #[arg(long)]
    pub json: bool,
}
