//! The store on its own: group commit, sequences, idempotency, and the query plans that make
//! listings index-driven.

mod plans;
mod totals;
mod writes;
