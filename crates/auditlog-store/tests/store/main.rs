//! The store on its own: group commit, sequences, idempotency, migrations, SQLite's postings
//! against a scan, and PostgreSQL's query plans.

mod days;
mod migrations;
mod plans;
mod postings;
mod search;
mod tls;
mod totals;
mod writes;
