//! The API integration suite: the real app started on port 0, every test on a real SQLite file
//! and on PostgreSQL (see `on_both_backends!`).

mod access;
mod console;
mod console_browser;
mod errors;
mod generated_client;
mod helpers;
mod history;
mod holds;
mod ingest;
mod integrity;
mod invent;
mod limits;
mod list_camel;
mod list_search;
mod metrics;
mod openapi;
mod persistence;
mod receiver;
mod retention;
mod sdk;
mod service_log;
mod stream;
mod stream_formats;
mod streams;
mod sweep;
mod viewer;
