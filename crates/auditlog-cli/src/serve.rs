//! `auditlog serve`: configuration from flags and environment, the store, the admin token, and
//! graceful shutdown on SIGINT/SIGTERM.

use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use auditlog_core::OrgId;
use auditlog_server::extract::BodyLimits;
use auditlog_server::limit::{Rate, RateConfig, RateLimiter};
use auditlog_server::metrics::Metrics;
use auditlog_server::{AppState, ConnectionLimits};
use auditlog_store::{Location, OpenOptions, Store};

use crate::cli::{LimitArgs, ServeArgs};

const DEFAULT_DATA_DIR: &str = "auditlog-data";
/// PostgreSQL's notices ("relation … already exists, skipping") are the driver's INFO lines.
const DEFAULT_LOG_FILTER: &str = "info,tower_http=warn,tokio_postgres=warn";
const KNOWN_ENV: &[&str] = &[
    "AUDITLOG_LISTEN",
    "AUDITLOG_DATABASE_URL",
    "AUDITLOG_ADMIN_TOKEN",
    "AUDITLOG_ADMIN_TOKEN_FILE",
    "AUDITLOG_METRICS_TOKEN",
    "AUDITLOG_LOG",
    "AUDITLOG_URL",
    "AUDITLOG_ORGANIZATION",
    "AUDITLOG_TOKEN",
    "AUDITLOG_SIGNING_KEY_FILE",
    "AUDITLOG_LOG_NAME",
    "AUDITLOG_CA_CERT",
    "AUDITLOG_BENCH_POSTGRES_URL",
    "AUDITLOG_CONSOLE_FRAME_ANCESTORS",
    "AUDITLOG_MAX_CONNECTIONS",
    "AUDITLOG_HEADER_TIMEOUT",
    "AUDITLOG_BODY_TIMEOUT",
    "AUDITLOG_BODY_MEMORY_MIB",
    "AUDITLOG_SHUTDOWN_GRACE",
    "AUDITLOG_RATE_LIMIT_PER_KEY",
    "AUDITLOG_RATE_LIMIT_ORGS",
    "AUDITLOG_RATE_LIMIT_PER_ADDRESS",
    "AUDITLOG_AUTH_FAILURE_LIMIT",
];

pub fn run(args: ServeArgs) -> Result<(), String> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("AUDITLOG_LOG")
                .unwrap_or_else(|_| DEFAULT_LOG_FILTER.into()),
        )
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .init();
    for (name, _) in std::env::vars() {
        if name.starts_with("AUDITLOG_") && !KNOWN_ENV.contains(&name.as_str()) {
            tracing::warn!(variable = %name, "unknown AUDITLOG_* environment variable ignored");
        }
    }
    let database = location(args.database.as_deref())?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(serve(args, database))
}

/// Where entries live: `--database`, or `./auditlog-data/auditlog.db` without it.
pub fn location(url: Option<&str>) -> Result<Location, String> {
    match url {
        None => Ok(Location::Sqlite(
            PathBuf::from(DEFAULT_DATA_DIR).join("auditlog.db"),
        )),
        Some(url) => Location::parse(url).map_err(|e| format!("--database {e}")),
    }
}

/// Where the signing key lives unless `AUDITLOG_SIGNING_KEY_FILE` says otherwise: the database
/// file's directory, or `./auditlog-data` when that would be the current directory
/// (`sqlite://dev.db` must not leave a private key among the user's files) or on PostgreSQL.
fn data_dir(location: &Location) -> PathBuf {
    match location {
        Location::Sqlite(path) => path
            .parent()
            .filter(|d| !is_current_dir(d))
            .map_or_else(|| PathBuf::from(DEFAULT_DATA_DIR), PathBuf::from),
        Location::Postgres(_) => PathBuf::from(DEFAULT_DATA_DIR),
    }
}

async fn open(location: &Location, args: &ServeArgs) -> Result<Arc<dyn Store>, String> {
    if let Location::Sqlite(path) = location {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::keys::create_private_dir(dir)?;
        }
    }
    let options = OpenOptions {
        read_only: false,
        accept_losing_acknowledged_writes: args.accept_losing_acknowledged_writes,
    };
    auditlog_store::open(location, options)
        .await
        .map_err(|e| match location {
            Location::Sqlite(path) => format!("{}: {e}", path.display()),
            Location::Postgres(_) => e.to_string(),
        })
}

/// Whether `dir` names the current directory: empty, `.`, or the same directory by another path.
fn is_current_dir(dir: &Path) -> bool {
    if dir.components().all(|c| c == Component::CurDir) {
        return true;
    }
    match (
        dir.canonicalize(),
        std::env::current_dir().and_then(|d| d.canonicalize()),
    ) {
        (Ok(dir), Ok(cwd)) => dir == cwd,
        _ => false,
    }
}

fn admin_token_from_env() -> Result<Option<String>, String> {
    if let Ok(token) = std::env::var("AUDITLOG_ADMIN_TOKEN") {
        return Ok(Some(token));
    }
    match std::env::var("AUDITLOG_ADMIN_TOKEN_FILE") {
        Ok(file) => std::fs::read_to_string(&file)
            .map(|t| Some(t.trim().to_owned()))
            .map_err(|e| format!("AUDITLOG_ADMIN_TOKEN_FILE {file}: {e}")),
        Err(_) => Ok(None),
    }
}

async fn serve(args: ServeArgs, database: Location) -> Result<(), String> {
    // Everything that can refuse the configuration comes before anything is created or printed
    // once: a busy port must not cost the generated admin token, a key others can read must
    // not leave a migrated store behind.
    let configured = admin_token_from_env()?;
    if configured.as_deref().is_some_and(|t| t.len() < 16) {
        return Err("AUDITLOG_ADMIN_TOKEN must be at least 16 characters".into());
    }
    // A token for Prometheus, so that the admin token need not sit in its configuration.
    let metrics_reader = match std::env::var("AUDITLOG_METRICS_TOKEN") {
        Ok(token) if token.len() < 16 => {
            return Err("AUDITLOG_METRICS_TOKEN must be at least 16 characters".into())
        }
        Ok(token) => Some(auditlog_server::auth::secret_hash(&token)),
        Err(_) => None,
    };
    let console = match std::env::var("AUDITLOG_CONSOLE_FRAME_ANCESTORS") {
        Ok(sources) => auditlog_server::console::ConsoleOptions::with_frame_ancestors(&sources)?,
        Err(_) => auditlog_server::console::ConsoleOptions::default(),
    };
    let rates = rate_config(&args.limits)?;
    let shutdown = shutdown_signal()?;
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let data_dir = data_dir(&database);
    let existing = crate::keys::load(&data_dir)?;

    let store = open(&database, &args).await?;
    check_nothing_lost(store.as_ref(), args.accept_lost_entries).await?;
    // A missing key is created only once the store has opened, so that a server refusing its
    // database leaves no key behind.
    let signer = crate::keys::settle(
        store.as_ref(),
        existing,
        &data_dir,
        args.replace_signing_key,
    )
    .await?;
    let (admin_hash, generated) =
        auditlog_server::admin_token(store.as_ref(), configured.as_deref())
            .await
            .map_err(|e| e.to_string())?;
    if let Some(token) = generated {
        println!("Generated admin token (shown once; only its hash is kept):\n  {token}");
    }
    if args.demo {
        let key = crate::demo::seed(store.as_ref()).await?;
        println!(
            "Demo organization org_demo is ready. Read key (shown once):\n  {key}\n\
             Try: curl -H 'Authorization: Bearer {key}' 'http://{addr}/v1/organizations/org_demo/audit-log?limit=5'\n\
             Or open the console at http://{addr}/console/ and paste the key."
        );
    }

    let described = database.describe();
    tracing::info!(%addr, database = %described, "auditlog listening");
    println!("auditlog listening on http://{addr} (database {described})");
    let state = AppState {
        store: store.clone(),
        admin_hash,
        signer: Arc::new(signer),
        closing: Default::default(),
        console,
        bodies: BodyLimits::new(
            Duration::from_secs(args.limits.body_timeout),
            args.limits.body_memory_mib as usize * 1024 * 1024,
        ),
        rates: Arc::new(RateLimiter::new(rates)),
        metrics: Arc::new(Metrics::new(store.metrics(), metrics_reader)),
        streams: Default::default(),
        retention: auditlog_server::retention::RetentionOptions {
            every: Duration::from_secs(args.retention_every),
            ..Default::default()
        },
    };
    let mut limits = ConnectionLimits {
        header_timeout: Duration::from_secs(args.limits.header_timeout),
        shutdown_grace: Duration::from_secs(args.limits.shutdown_grace),
        ..ConnectionLimits::default()
    };
    if let Some(max) = args.limits.max_connections {
        limits.max_connections = max as usize;
    }
    auditlog_server::serve_with(listener, state, limits, shutdown)
        .await
        .map_err(|e| e.to_string())?;
    store.close().await;
    tracing::info!("auditlog stopped");
    Ok(())
}

/// The rate limits the flags ask for; a malformed one refuses the start.
fn rate_config(args: &LimitArgs) -> Result<RateConfig, String> {
    let rate = |flag: &str, text: &str| Rate::parse(text).map_err(|e| format!("--{flag}: {e}"));
    let mut config = RateConfig {
        auth_failures: match args.auth_failure_limit.as_str() {
            "off" => None,
            text => Some(rate("auth-failure-limit", text)?),
        },
        ..RateConfig::default()
    };
    if let Some(text) = &args.rate_limit_per_key {
        config.per_key = Some(rate("rate-limit-per-key", text)?);
    }
    if let Some(text) = &args.rate_limit_per_address {
        config.per_address = Some(rate("rate-limit-per-address", text)?);
    }
    for item in &args.rate_limit_org {
        let (org, text) = item
            .split_once('=')
            .ok_or_else(|| format!("--rate-limit-org: {item:?} is not ORG=RATE"))?;
        let org = OrgId::parse(org.trim())
            .ok_or_else(|| format!("--rate-limit-org: {org:?} is not an organization id"))?;
        config
            .per_organization
            .insert(org, rate("rate-limit-org", text)?);
    }
    Ok(config)
}

/// Refuses a store whose signed checkpoints cover entries it no longer holds: writing on would
/// give new entries the lost ones' sequence numbers, and the log would fork. Told to accept the
/// loss, forgets those checkpoints instead, and says so.
async fn check_nothing_lost(store: &dyn Store, accept: bool) -> Result<(), String> {
    let ahead = store.checkpoints_ahead().await.map_err(|e| e.to_string())?;
    if ahead.is_empty() {
        return Ok(());
    }
    let lost: Vec<String> = ahead
        .iter()
        .map(|a| {
            format!(
                "{}: a checkpoint covers {} entries, the store holds {}",
                a.org.as_str(),
                a.signed,
                a.held
            )
        })
        .collect();
    if !accept {
        return Err(format!(
            "the store holds fewer entries than checkpoints it signed ({}). Entries were lost \
             behind the server's back (a lost or truncated WAL, an older copy restored?), and \
             new ones would reuse their sequence numbers. Restore a backup that holds them; or, \
             to accept the loss, start once with --accept-lost-entries",
            lost.join("; ")
        ));
    }
    for a in &ahead {
        store
            .forget_checkpoints_above(&a.org, a.held)
            .await
            .map_err(|e| e.to_string())?;
        tracing::warn!(
            organization = a.org.as_str(),
            signed = a.signed,
            held = a.held,
            "accepting lost entries as told: forgot the checkpoints past what the store holds"
        );
    }
    Ok(())
}

/// Resolves on SIGINT or SIGTERM. The handlers are installed when this is called, not when
/// the future is first polled, so a signal that arrives right after start-up is not lost.
fn shutdown_signal() -> Result<impl std::future::Future<Output = ()>, String> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt()).map_err(|e| e.to_string())?;
        let mut terminate = signal(SignalKind::terminate()).map_err(|e| e.to_string())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
            tracing::info!("shutting down: finishing requests in flight");
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
            tracing::info!("shutting down: finishing requests in flight");
        })
    }
}
