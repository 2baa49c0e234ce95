//! vilde: a static site generator for Aarhus Kommune's seven *vilde problemer*.
//!
//! Data flows one way: config → content (load, validate) → render → output.
//! See ARCHITECTURE.md for the module map and its invariants.

pub mod approval;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod content;
pub mod date;
pub mod diag;
pub mod drejebog;
pub mod i18n;
pub mod images;
pub mod klarsprog;
pub mod lix;
pub mod markdown;
pub mod output;
pub mod paths;
pub mod pdf;
pub mod phases;
pub mod pipeline;
pub mod problem;
pub mod relative_links;
pub mod render;
pub mod sass;
pub mod scaffold;
pub mod serve;
pub mod share_image;
pub mod slides;
pub mod status;
pub mod validate;
pub mod words;
