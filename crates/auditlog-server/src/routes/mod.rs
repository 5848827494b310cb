//! One module per API family; each dialect module only parses its parameters into the
//! canonical filter and renders the canonical page in its own shape.

pub mod admin;
pub mod audit_log;
pub mod audit_logs;
pub mod history;
pub mod ingest;
pub mod integrity;
pub mod orgs;
