//! The API integration suite: the real app over a real SQLite file, started on port 0.

mod access;
mod errors;
mod helpers;
mod history;
mod ingest;
mod integrity;
mod invent;
mod list_camel;
mod list_search;
mod persistence;
