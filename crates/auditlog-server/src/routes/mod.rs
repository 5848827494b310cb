//! One module per API family, named after what it serves. The four read APIs of the seed pages
//! (`search_log`, `camel_log`, `history`, `invent_log`) only parse their parameters into the
//! canonical filter and render the canonical page in their own shape.

pub mod camel_log;
pub mod change_logs;
pub mod export;
pub mod health;
pub mod history;
pub mod holds;
pub mod ingest;
pub mod integrity;
pub mod invent_log;
pub mod organizations;
pub mod search_log;
pub mod stream;
pub mod viewer_tokens;
