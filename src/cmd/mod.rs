//! Command implementations: thin wrappers that call the pipeline, print
//! diagnostics and return the exit code. Only `cmd` and `main` print.

pub mod approve;
pub mod build;
pub mod check;
pub mod new;
pub mod serve;
pub mod status;

use crate::diag::{Diagnostic, Severity};

/// Print diagnostics to stderr, errors first, and a count line.
pub fn print_diagnostics(diags: &[Diagnostic]) {
    let mut sorted: Vec<&Diagnostic> = diags.iter().collect();
    sorted.sort_by_key(|d| (d.severity, d.path.clone(), d.line, d.col));
    for d in &sorted {
        eprintln!("{d}\n");
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!("{errors} error(s), {warnings} warning(s)");
    }
}
