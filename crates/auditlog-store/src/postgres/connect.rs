//! Reaching PostgreSQL the way libpq does, so that a managed database's connection string works
//! unchanged: `sslmode` with libpq's meanings, `sslrootcert` for the authority that signed the
//! server's certificate, `sslcert`/`sslkey` for a client certificate, TLS by rustls (nothing to
//! install). The driver parses everything else; a URL is never printed, only a description
//! built from the parsed parts, which has no password in any of the forms one can be given in.

use std::str::FromStr;

use percent_encoding::percent_decode_str;
use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::{AsyncMessage, Client, Config};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::tls::SslParams;
use crate::{Result, StoreError};

/// libpq's `sslmode`: how much of the server's identity TLS must prove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    Disable,
    /// TLS when the server offers it, unverified (`allow` and `prefer`, libpq's default).
    Prefer,
    /// TLS or no connection, unverified unless `sslrootcert` is given.
    Require,
    /// TLS with a certificate chain to a trusted root, whatever name it is for.
    VerifyCa,
    /// TLS with a trusted certificate for the host connected to.
    VerifyFull,
}

/// A parsed connection string: the driver's configuration and the TLS connector for it.
#[derive(Clone)]
pub struct Target {
    config: Config,
    tls: MakeRustlsConnect,
    mode: TlsMode,
}

impl Target {
    /// Parses a `postgres://` or `postgresql://` URL.
    pub fn parse(url: &str) -> Result<Self> {
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = Vec::new();
        let mut ssl = SslParams::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = || {
                percent_decode_str(value)
                    .decode_utf8()
                    .map(|v| v.into_owned())
                    .map_err(|_| invalid(format!("the value of {key} is not UTF-8")))
            };
            match key {
                "sslmode" => ssl.mode = Some(value()?),
                "sslrootcert" => ssl.root_cert = Some(value()?),
                "sslcert" => ssl.cert = Some(value()?),
                "sslkey" => ssl.key = Some(value()?),
                _ => kept.push(pair),
            }
        }
        let driver_url = if kept.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        // The driver's errors name the option at fault, never a value.
        let mut config = Config::from_str(&driver_url).map_err(|e| invalid(e.to_string()))?;
        let mode = ssl.mode()?;
        config.ssl_mode(match mode {
            TlsMode::Disable => SslMode::Disable,
            TlsMode::Prefer => SslMode::Prefer,
            _ => SslMode::Require,
        });
        let tls = MakeRustlsConnect::new(ssl.client_config(mode)?);
        Ok(Self { config, tls, mode })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The same target with these server options added (`-c name=value …`).
    pub fn with_options(&self, options: &str) -> Self {
        let mut out = self.clone();
        let joined = format!(
            "{} {options}",
            self.config.get_options().unwrap_or_default()
        );
        out.config.options(joined.trim());
        out
    }

    pub fn tls(&self) -> MakeRustlsConnect {
        self.tls.clone()
    }

    pub fn mode(&self) -> TlsMode {
        self.mode
    }

    /// Opens one connection, driven by a task of its own until the client is dropped.
    pub async fn connect(&self) -> Result<Client> {
        let (client, connection) = self.config.connect(self.tls()).await.map_err(|e| {
            StoreError::Internal(format!("cannot connect to {self}: {}", causes(&e)))
        })?;
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::error!(error = %e, "PostgreSQL connection closed");
            }
        });
        Ok(client)
    }
}

impl Target {
    /// Opens a connection that listens on `channel`: calls `listening` once the server has
    /// confirmed, then `heard` with each notification's payload, until the connection ends.
    pub async fn listen(
        &self,
        channel: &str,
        listening: impl FnOnce(),
        mut heard: impl FnMut(&str),
    ) -> Result<()> {
        let (client, mut connection) = self.config.connect(self.tls()).await.map_err(|e| {
            StoreError::Internal(format!("cannot connect to {self}: {}", causes(&e)))
        })?;
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
        let driver = tokio::spawn(async move {
            while let Some(message) = std::future::poll_fn(|cx| connection.poll_message(cx)).await {
                match message {
                    Ok(AsyncMessage::Notification(n)) => {
                        if tx.send(n.payload().to_owned()).is_err() {
                            return;
                        }
                    }
                    Ok(_) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "PostgreSQL listening connection closed");
                        return;
                    }
                }
            }
        });
        let listened = client.batch_execute(&format!("listen {channel}")).await;
        if listened.is_ok() {
            listening();
            while let Some(payload) = rx.recv().await {
                heard(&payload);
            }
        }
        driver.abort();
        Ok(listened?)
    }
}

/// `postgres://user@host:port/database?sslmode=…`, from the parsed parts: never a password.
impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let c = &self.config;
        let hosts: Vec<String> = c
            .get_hosts()
            .iter()
            .enumerate()
            .map(|(i, host)| {
                let name = match host {
                    Host::Tcp(name) => name.clone(),
                    Host::Unix(path) => path.display().to_string(),
                };
                match c.get_ports().get(i).or(c.get_ports().first()) {
                    Some(port) => format!("{name}:{port}"),
                    None => name,
                }
            })
            .collect();
        write!(f, "postgres://")?;
        if let Some(user) = c.get_user() {
            write!(f, "{user}@")?;
        }
        write!(f, "{}/{}", hosts.join(","), c.get_dbname().unwrap_or(""))?;
        let mode = match self.mode {
            TlsMode::Disable => "disable",
            TlsMode::Prefer => "prefer",
            TlsMode::Require => "require",
            TlsMode::VerifyCa => "verify-ca",
            TlsMode::VerifyFull => "verify-full",
        };
        write!(f, "?sslmode={mode}")
    }
}

/// An error with its causes, `outer: inner: …`: the driver's own message for a failed
/// handshake says only that it failed, its source says why (an unknown issuer, a wrong name).
fn causes(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = cause.source();
    }
    out
}

pub(super) fn invalid(why: String) -> StoreError {
    StoreError::Internal(format!("invalid PostgreSQL URL: {why}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_appears_in_no_description_whatever_form_it_was_given_in() {
        for url in [
            "postgres://app:s3cret@db.internal:5433/audit",
            "postgres://app@db.internal:5433/audit?password=s3cret",
            "postgresql://app:s3cret@db.internal:5433/audit?password=s3cret&sslmode=disable",
        ] {
            let target = Target::parse(url).unwrap();
            let shown = target.to_string();
            assert!(!shown.contains("s3cret"), "{shown}");
            assert!(
                shown.starts_with("postgres://app@db.internal:5433/audit?sslmode="),
                "{shown}"
            );
        }
    }

    #[test]
    fn an_invalid_url_is_refused_without_echoing_it() {
        let Err(e) = Target::parse("postgres://app:s3cret@db:notaport/audit") else {
            panic!("accepted an invalid port");
        };
        assert!(!e.to_string().contains("s3cret"), "{e}");
    }

    #[test]
    fn sslmode_takes_libpq_values_and_a_root_certificate_makes_require_verify() {
        let mode = |q: &str| Target::parse(&format!("postgres://db/x{q}")).map(|t| t.mode());
        assert_eq!(mode("").unwrap(), TlsMode::Prefer);
        assert_eq!(mode("?sslmode=disable").unwrap(), TlsMode::Disable);
        assert_eq!(mode("?sslmode=allow").unwrap(), TlsMode::Prefer);
        assert_eq!(mode("?sslmode=require").unwrap(), TlsMode::Require);
        assert_eq!(mode("?sslmode=verify-full").unwrap(), TlsMode::VerifyFull);
        let any_public = mode("?sslmode=verify-ca&sslrootcert=system");
        assert!(any_public
            .unwrap_err()
            .to_string()
            .contains("needs sslrootcert"));
        assert!(mode("?sslmode=sometimes").is_err());
        let missing = mode("?sslmode=require&sslrootcert=/nonexistent/root.crt");
        assert!(missing.unwrap_err().to_string().contains("sslrootcert"));
    }
}
