//! The store on its own: group commit, sequences, idempotency, migrations, and the postings
//! against a scan on both backends.

mod days;
mod migrations;
mod postings;
mod pruning;
mod search;
mod tls;
mod totals;
mod writes;
