//! vilde: a static site generator for Aarhus Kommune's seven *vilde problemer*.
//!
//! Data flows one way: config → content (load, validate) → render → output.
//! See ARCHITECTURE.md for the module map and its invariants.

pub mod config;
pub mod date;
pub mod diag;
