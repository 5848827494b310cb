//! The store on its own: group commit, sequences, idempotency, and the query plans that make
//! listings index-driven.

mod days;
mod plans;
mod search;
mod totals;
mod writes;
