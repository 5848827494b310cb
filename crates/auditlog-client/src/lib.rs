//! A typed async client for the auditlog HTTP API.
//!
//! - **Record** entries one at a time or in atomic batches of up to 1,000, safely retried with
//!   idempotency keys.
//! - **Read** the log with the seed-002 filters: one page, every page by cursor, or every entry
//!   as a [`Stream`](futures_util::Stream); count values with facets; fetch one entry by id.
//! - **Export** everything that matches as NDJSON, streamed.
//! - **Prove** it: check an entry's receipt against the log's signed checkpoint and a verifier
//!   key you pinned, and check that a later checkpoint extends an earlier one, all on your side.
//!
//! Every failure is an [`Error`]; when the server refused a request, [`Error::api`] gives its
//! error code, message and the parameter at fault.
//!
//! ```no_run
//! use auditlog_client::{Client, Filters, NewEntry, Paging};
//! use futures_util::TryStreamExt;
//! use serde_json::json;
//!
//! # async fn example() -> Result<(), auditlog_client::Error> {
//! let client = Client::new("http://127.0.0.1:8080", "alk_…")?;
//! let log = client.organization("org_acme");
//!
//! // Record what happened.
//! let stored = log
//!     .record(
//!         &NewEntry::new("updated", "assistant", "asst_42", "user_7")
//!             .user_name("Ada Lovelace")
//!             .before(json!({"temperature": 0.2}))
//!             .after(json!({"temperature": 0.7}))
//!             .idempotency_key("req_01J9"),
//!     )
//!     .await?;
//! println!("recorded {} as sequence {}", stored.value.id, stored.value.sequence);
//!
//! // Combine filters; the page says how many entries match in all.
//! let filters = Filters::new().actor_id("user_7").entity_type("assistant");
//! let page = log.list(&filters, &Paging::first(50)).await?;
//! println!("{} of {} entries", page.items.len(), page.total);
//!
//! // Walk every matching entry, newest first, page by page behind the scenes.
//! let mut entries = log.entries(filters, 100);
//! while let Some(entry) = entries.try_next().await? {
//!     println!("{} {} {}", entry.timestamp, entry.event, entry.resource_id);
//! }
//!
//! // Check that the entry is in the signed log, with the key you trust.
//! let key = auditlog_client::NoteVerifier::parse("auditlog+1a2b3c4d+AZ…")
//!     .map_err(|e| auditlog_client::Error::Config(e.to_string()))?;
//! let checkpoint = log.verify_entry(&stored.value, &key).await?;
//! println!("included in the tree of {} entries", checkpoint.size);
//! # Ok(())
//! # }
//! ```

mod error;
mod export;
mod pages;
mod proof;
mod types;

use std::time::Duration;

use reqwest::RequestBuilder;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use auditlog_core::merkle::Hash;
pub use auditlog_core::note::{Checkpoint, NoteVerifier};
pub use auditlog_core::{ActorType, Change, Entry, Target, Timestamp};
pub use error::{causes, ApiError, Error, Result};
pub use export::Export;
pub use pages::Pages;
pub use proof::{entry_leaf, open_checkpoint, verify_receipt, ConsistencyProof, InclusionProof};
pub use types::{FacetField, FacetValue, Facets, Filters, NewEntry, Page, Paging, Stored};

/// A connection to one auditlog server with one credential: an organization's API key, a
/// viewer token, or the operator's admin token. Cheap to clone; clones share connections.
#[derive(Clone, Debug)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

/// Settings beyond the URL and token: extra certificate authorities and the timeout.
pub struct ClientBuilder {
    url: String,
    token: String,
    timeout: Duration,
    roots: Vec<reqwest::Certificate>,
}

impl ClientBuilder {
    /// Trusts the certificate authorities in this PEM bundle as well as Mozilla's and the
    /// platform's (for a server behind a private CA).
    pub fn ca_cert_pem(mut self, pem: &[u8]) -> Result<Self> {
        let certs = reqwest::Certificate::from_pem_bundle(pem)
            .map_err(|e| Error::Config(format!("CA certificate: {}", causes(&e))))?;
        if certs.is_empty() {
            return Err(Error::Config("CA certificate: no certificate in it".into()));
        }
        self.roots.extend(certs);
        Ok(self)
    }

    /// How long one request may take, from sending to the end of its body (default 120 s; an
    /// export of a large log may need more).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn build(self) -> Result<Client> {
        if !(self.url.starts_with("http://") || self.url.starts_with("https://")) {
            return Err(Error::Config(format!(
                "the server URL must start with http:// or https:// (e.g. http://127.0.0.1:8080), not {:?}",
                self.url
            )));
        }
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(self.timeout)
            .user_agent(concat!("auditlog-client/", env!("CARGO_PKG_VERSION")));
        for root in self.roots {
            builder = builder.add_root_certificate(root);
        }
        Ok(Client {
            http: builder.build().map_err(|e| Error::Config(causes(&e)))?,
            base: self.url.trim_end_matches('/').to_owned(),
            token: self.token,
        })
    }
}

impl Client {
    /// A client for the server at `url` (`http://` or `https://`), sending `token` as a bearer
    /// token.
    pub fn new(url: impl Into<String>, token: impl Into<String>) -> Result<Self> {
        Self::builder(url, token).build()
    }

    pub fn builder(url: impl Into<String>, token: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            url: url.into(),
            token: token.into(),
            timeout: Duration::from_secs(120),
            roots: Vec::new(),
        }
    }

    /// The log of one organization.
    pub fn organization(&self, id: impl Into<String>) -> Log {
        Log {
            client: self.clone(),
            org: id.into(),
        }
    }

    /// The server's checkpoint verifier key (`name+id+key`). Fetching it is trusting the
    /// server; pin the key you got once instead (e.g. from your configuration).
    pub async fn signing_key(&self) -> Result<String> {
        let res = self.send(self.get("/v1/signing-key")).await?;
        Ok(res.text().await?.trim().to_owned())
    }

    /// What the credential is: its organization, scopes and kind, as `GET /v1/me` says.
    pub async fn me(&self) -> Result<serde_json::Value> {
        self.json(self.get("/v1/me")).await
    }

    fn get(&self, path: &str) -> RequestBuilder {
        self.http
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    fn post(&self, path: &str) -> RequestBuilder {
        self.http
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    async fn send(&self, request: RequestBuilder) -> Result<reqwest::Response> {
        error::check(request.send().await?).await
    }

    async fn json<T: DeserializeOwned>(&self, request: RequestBuilder) -> Result<T> {
        read_json(self.send(request).await?).await
    }
}

/// One organization's audit log on the server.
#[derive(Clone, Debug)]
pub struct Log {
    client: Client,
    org: String,
}

#[derive(Deserialize)]
struct Items {
    items: Vec<Entry>,
}

#[derive(Serialize)]
struct Batch<'a, T> {
    items: &'a [T],
}

impl Log {
    pub fn organization_id(&self) -> &str {
        &self.org
    }

    /// Records one entry; durable once this returns `Ok`.
    pub async fn record(&self, entry: &NewEntry) -> Result<Stored<Entry>> {
        let res = self
            .client
            .send(self.client.post(&self.path("audit-log")).json(entry))
            .await?;
        let created = res.status() == reqwest::StatusCode::CREATED;
        let value = read_json(res).await?;
        Ok(Stored { value, created })
    }

    /// Records 1–1,000 entries atomically: all are stored, or none and the error names the
    /// item at fault (`items[3].resource_id`). Takes [`NewEntry`] values, or any JSON the
    /// server accepts as entries (e.g. lines of an NDJSON file).
    pub async fn record_batch<T: Serialize>(&self, entries: &[T]) -> Result<Stored<Vec<Entry>>> {
        let res = self
            .client
            .send(
                self.client
                    .post(&self.path("audit-log/batch"))
                    .json(&Batch { items: entries }),
            )
            .await?;
        let created = res.status() == reqwest::StatusCode::CREATED;
        let items: Items = read_json(res).await?;
        Ok(Stored {
            value: items.items,
            created,
        })
    }

    /// One entry by id (a 404 `audit_log_not_found` error when there is none).
    pub async fn entry(&self, id: &str) -> Result<Entry> {
        self.client
            .json(self.client.get(&self.entry_path(id, "")?))
            .await
    }

    /// One page of the entries matching `filters`, newest first.
    pub async fn list(&self, filters: &Filters, paging: &Paging) -> Result<Page> {
        let mut params = filters.params();
        params.extend(paging.params());
        self.client
            .json(self.client.get(&self.path("audit-log")).query(&params))
            .await
    }

    /// Every page of the entries matching `filters`, `limit` at a time, by cursor.
    pub fn pages(&self, filters: Filters, limit: u32) -> Pages {
        Pages::new(self.clone(), filters, Paging::first(limit))
    }

    /// Every entry matching `filters`, newest first, fetched `page_size` at a time.
    pub fn entries(
        &self,
        filters: Filters,
        page_size: u32,
    ) -> impl futures_util::Stream<Item = Result<Entry>> + Unpin {
        self.pages(filters, page_size).into_entries()
    }

    /// How often each value of `field` occurs among the entries matching the other filters,
    /// most frequent first, at most `limit` values (1–1,000).
    pub async fn facets(&self, field: FacetField, filters: &Filters, limit: u32) -> Result<Facets> {
        let mut params = filters.params();
        params.push(("field", field.as_str().to_owned()));
        params.push(("limit", limit.to_string()));
        self.client
            .json(
                self.client
                    .get(&self.path("audit-log/facets"))
                    .query(&params),
            )
            .await
    }

    /// The entries matching `filters` as NDJSON in sequence order, streamed.
    pub async fn export(&self, filters: &Filters) -> Result<Export> {
        let mut params = filters.params();
        params.push(("format", "ndjson".to_owned()));
        let res = self
            .client
            .send(
                self.client
                    .get(&self.path("audit-log/export"))
                    .query(&params),
            )
            .await?;
        Ok(Export::new(res))
    }

    /// The whole log in sequence order for a verifier: every entry, a line for each stretch
    /// pruned under retention (the roots of the subtrees that cover it), and every pruning
    /// marker (`include_pruned=true`; see docs/retention.md).
    pub async fn export_with_pruned(&self) -> Result<Export> {
        let res = self
            .client
            .send(
                self.client
                    .get(&self.path("audit-log/export"))
                    .query(&[("format", "ndjson"), ("include_pruned", "true")]),
            )
            .await?;
        Ok(Export::new(res))
    }

    /// `…/audit-log/{id}{suffix}`. URL parsing resolves a `.` or `..` segment however it is
    /// encoded, so those would name another route; no entry has such an id.
    fn entry_path(&self, id: &str, suffix: &str) -> Result<String> {
        if id.is_empty() || id.bytes().all(|b| b == b'.') {
            return Err(Error::Config(format!("{id:?} is not an entry id")));
        }
        Ok(self.path(&format!("audit-log/{}{suffix}", escape(id))))
    }

    fn path(&self, rest: &str) -> String {
        format!("/v1/organizations/{}/{rest}", escape(&self.org))
    }
}

async fn read_json<T: DeserializeOwned>(res: reqwest::Response) -> Result<T> {
    let status = res.status().as_u16();
    let body = res.bytes().await?;
    serde_json::from_slice(&body).map_err(|e| Error::Response {
        status,
        detail: e.to_string(),
    })
}

/// A path segment with everything but unreserved characters percent-encoded, so an id can
/// never change which route is asked for.
fn escape(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
