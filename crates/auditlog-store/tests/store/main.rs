//! The store on its own: group commit, sequences, idempotency, and the query plans that make
//! listings index-driven.

mod days;
mod migrations;
mod plans;
mod postings;
mod search;
mod tls;
mod totals;
mod writes;
