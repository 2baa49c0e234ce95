//! Command implementations: thin wrappers that call the pipeline, print
//! diagnostics and return the exit code. Only `cmd` and `main` print.

pub mod approve;
pub mod build;
pub mod check;
pub mod new;
pub mod serve;
pub mod status;

use crate::diag::{Diagnostic, Severity};

/// Print diagnostics like [`print_diagnostics`], but plain-language pointers as
/// one line that says how many there are and where to see them (`vilde check
/// --drafts` prints them all).
pub fn print_without_pointers(diags: &[Diagnostic]) {
    let (pointers, rest): (Vec<&Diagnostic>, Vec<&Diagnostic>) = diags
        .iter()
        .partition(|d| d.code == Some(crate::validate::klarsprog::CODE));
    let rest: Vec<Diagnostic> = rest.into_iter().cloned().collect();
    print_diagnostics(&rest);
    if !pointers.is_empty() {
        eprintln!("{}", crate::t!("ks-summary-line", count = pointers.len()));
    }
}

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
            crate::t!(
                "summary-more",
                count = n - MAX_PER_FILE,
                file = path.display().to_string()
            )
        );
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    if errors > 0 || warnings > 0 {
        eprintln!(
            "{}",
            crate::t!("summary-errors", errors = errors, warnings = warnings)
        );
    }
}

/// A command line that cannot be read: help and version are printed as clap
/// makes them (in the chosen language), other errors in the user's words.
pub fn exit_on_cli_error(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => e.exit(),
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = crate::cli::command().print_help();
            std::process::exit(2);
        }
        ErrorKind::MissingRequiredArgument => {
            crate::t!("cli-missing", args = ctx(ContextKind::InvalidArg))
        }
        ErrorKind::UnknownArgument => crate::t!("cli-unknown", arg = ctx(ContextKind::InvalidArg)),
        ErrorKind::InvalidSubcommand => crate::t!(
            "cli-unknown-command",
            command = ctx(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => crate::t!(
            "cli-invalid-value",
            value = ctx(ContextKind::InvalidValue),
            arg = ctx(ContextKind::InvalidArg)
        ),
        ErrorKind::TooManyValues | ErrorKind::ArgumentConflict => {
            crate::t!("cli-conflict", arg = ctx(ContextKind::InvalidArg))
        }
        _ => e.to_string().trim().to_string(),
    };
    let mut out = format!("{}: {message}", crate::t!("severity-error"));
    let valid = ctx(ContextKind::ValidValue);
    if !valid.is_empty() {
        out.push_str(&format!("\n  {}: {valid}", crate::t!("label-expected")));
    }
    let suggested = ctx(ContextKind::SuggestedArg);
    if !suggested.is_empty() {
        out.push_str(&format!(
            "\n  {}: {}",
            crate::t!("label-hint"),
            crate::t!("cli-did-you-mean", arg = suggested)
        ));
    }
    out.push_str(&format!(
        "\n  {}: {}",
        crate::t!("label-hint"),
        crate::t!("cli-see-help")
    ));
    eprintln!("{out}");
    std::process::exit(2);
}
