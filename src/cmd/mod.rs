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
    // At most MAX_PER_FILE messages per file: the first ones say what to fix.
    const MAX_PER_FILE: usize = 30;
    let mut shown: std::collections::BTreeMap<&std::path::Path, usize> = Default::default();
    for d in &sorted {
        let n = shown.entry(d.path.as_path()).or_default();
        *n += 1;
        if *n <= MAX_PER_FILE {
            eprintln!("{d}\n");
        }
    }
    for (path, n) in shown.iter().filter(|(_, n)| **n > MAX_PER_FILE) {
        eprintln!(
            "{}\n",
            crate::t!("summary-more", count = n - MAX_PER_FILE, file = path.display().to_string())
        );
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!("{}", crate::t!("summary-errors", errors = errors, warnings = warnings));
    }
}
