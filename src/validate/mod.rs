//! Validation: rules that look at the whole loaded site and return diagnostics.
//! Pure: never does IO, never fails, never panics. Whether a finding is an error or
//! a warning depends on the build: a public build is strict, a preview build lets
//! staff see drafts with warnings.

pub mod problem;

use crate::config::Config;
use crate::content::page::missing_problem_fields;
use crate::content::Library;
use crate::diag::{Diagnostic, Severity};
use crate::slides::SlideTemplate;

/// Run every rule.
pub fn run(
    config: &Config,
    template: Option<&SlideTemplate>,
    lib: &Library,
    preview: bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    problem_metadata(lib, preview, &mut out);
    accessibility_statement(config, preview, &mut out);
    for p in lib.problems() {
        out.extend(problem::check(config, template, p, preview));
    }
    out
}

/// A published problem needs its department, case number, summary and two project
/// leaders with unit and e-mail. Drafts may lack them (warning in preview).
fn problem_metadata(lib: &Library, preview: bool, out: &mut Vec<Diagnostic>) {
    for p in lib.problems() {
        let Some(meta) = p.problem() else { continue };
        let missing = missing_problem_fields(meta, p.front.description.as_deref());
        if missing.is_empty() {
            continue;
        }
        let severity = if p.front.draft || preview {
            Severity::Warning
        } else {
            Severity::Error
        };
        let line = p
            .raw
            .lines()
            .position(|l| l.trim() == "[vilde]")
            .map_or(1, |i| i + 1);
        out.push(
            Diagnostic::error(&p.file.shown, format!("the problem `{}` lacks: {}", p.title(), missing.join(", ")))
                .with_severity(severity)
                .at(line, 1)
                .expected("magistratsafdeling, sagsnummer, resume, description and two projektledere with navn, enhed and email")
                .hint("fill in the missing fields in the front matter before the problem is published (draft = false)"),
        );
    }
}

/// Danish law requires a link to the accessibility statement on every page.
fn accessibility_statement(config: &Config, preview: bool, out: &mut Vec<Diagnostic>) {
    let ok = config
        .vilde
        .accessibility_statement
        .as_deref()
        .is_some_and(|u| !u.trim().is_empty());
    if ok {
        return;
    }
    let d = Diagnostic::error("config.toml", "the link to the accessibility statement (tilgængelighedserklæring) is missing")
        .expected("accessibility_statement = \"https://www.was.digst.dk/...\" under [vilde]")
        .hint("Danish law (webtilgængelighedsloven) requires a link to the site's tilgængelighedserklæring, made in the state's WAS tool, on every page; add its address to config.toml");
    out.push(if preview {
        d.with_severity(Severity::Warning)
    } else {
        d
    });
}
