//! Validation: rules that look at the whole loaded site and return diagnostics.
//! Pure: never does IO, never fails, never panics. Whether a finding is an error or
//! a warning depends on the build: a public build is strict, a preview build lets
//! staff see drafts with warnings.

pub mod klarsprog;
pub mod problem;

use crate::config::Config;
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
    let problems = crate::problem::problems(lib);
    if config.needs_accessibility_statement(!problems.is_empty() || !lib.unpublished.is_empty()) {
        accessibility_statement(config, preview, &mut out);
    }
    for p in problems {
        out.extend(problem::check(config, template, p, preview));
    }
    // An approved text that changed is not published, but it must not leave the
    // public site quietly either: the build stops and says so.
    if !preview {
        for p in lib.unpublished.iter().filter(|p| !p.front.draft) {
            out.extend(problem::stale_error(p, crate::approval::Piece::Tekst));
        }
    }
    out
}

/// Danish law requires a public-sector site to link its accessibility statement on
/// every page.
fn accessibility_statement(config: &Config, preview: bool, out: &mut Vec<Diagnostic>) {
    let ok = config
        .vilde
        .accessibility_statement
        .as_deref()
        .is_some_and(|u| !u.trim().is_empty());
    if ok {
        return;
    }
    let d = Diagnostic::error("config.toml", crate::t!("a11y-statement-missing"))
        .expected(crate::t!("a11y-statement-missing-expected"))
        .hint(crate::t!("a11y-statement-missing-hint"));
    out.push(if preview {
        d.with_severity(Severity::Warning)
    } else {
        d
    });
}
