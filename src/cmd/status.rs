//! `vilde status`: every problem × piece — decision, who, when, changed since,
//! what stops it being published, LIX, the video — and the answer: ready for the
//! next deadline or not, and what is missing. `--strict` exits 1 exactly when the
//! answer is no. The data is [`crate::status::SiteStatus`], the same the
//! `/_status/` page shows.

use crate::cli::{StatusArgs, StatusFormat};
use crate::date::Date;
use crate::pipeline::{self, Options};
use crate::status::{ProblemStatus, SiteStatus};

pub fn run(args: &StatusArgs) -> i32 {
    let today = match &args.today {
        Some(s) => match Date::parse(s) {
            Some(d) => d,
            None => {
                let d = crate::diag::Diagnostic::error(
                    "--today",
                    crate::t!("cli-not-a-date", value = s.as_str()),
                )
                .hint(crate::t!("cli-today-hint"));
                super::print_diagnostics(&[d]);
                return 2;
            }
        },
        None => pipeline::today(),
    };
    let opts = Options {
        preview: true,
        today,
        ..Options::new(&args.site.root)
    };
    let site = match pipeline::load(&opts) {
        Ok(s) => s,
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            return 1;
        }
    };
    let status = &site.status;
    match args.format {
        StatusFormat::Json => {
            println!(
                "{}",
                serde_json::to_string_pretty(status).unwrap_or_default()
            );
        }
        StatusFormat::Table => print!("{}", table(status)),
    }
    if args.strict && !status.ready {
        return 1;
    }
    0
}

/// The status as text for a terminal: one block per problem, then the answer.
pub fn table(s: &SiteStatus) -> String {
    let mut out = format!(
        "{}\n",
        crate::t!("st-heading", date = s.today_danish.as_str())
    );
    match &s.next_deadline {
        Some(d) => out.push_str(&format!(
            "{}\n",
            crate::t!(
                "st-next",
                date = d.date_danish.as_str(),
                name = d.name.as_str(),
                days = d.days_left
            )
        )),
        None if s.deadlines.is_empty() => {
            out.push_str(&format!("{}\n", crate::t!("st-no-deadlines")))
        }
        None => out.push_str(&format!("{}\n", crate::t!("st-all-passed"))),
    }
    out.push_str(&phase_deadlines(s));
    for p in &s.problems {
        out.push('\n');
        out.push_str(&problem_block(p));
    }
    if !s.overdue.is_empty() {
        out.push_str(&format!("\n{}\n", crate::t!("st-overdue")));
        for o in &s.overdue {
            out.push_str(&format!(
                "  {} – {}: {} ({}: {})\n",
                o.problem, o.piece, o.reason, o.date, o.deadline
            ));
        }
    }
    out.push_str(&format!(
        "\n{}\n",
        crate::t!("st-answer", verdict = s.verdict.as_str())
    ));
    if !s.missing.is_empty() {
        out.push_str(&format!("{}\n", crate::t!("st-missing")));
        for m in &s.missing {
            out.push_str(&format!("  {m}\n"));
        }
    }
    out
}

/// The deadlines phase by phase, when the site has more than one phase.
fn phase_deadlines(s: &SiteStatus) -> String {
    let mut phases: Vec<&str> = s.deadlines.iter().map(|d| d.phase_title.as_str()).collect();
    phases.dedup();
    if phases.len() < 2 {
        return String::new();
    }
    let mut out = format!("{}\n", crate::t!("st-phases"));
    for ph in phases {
        out.push_str(&format!("  {ph}\n"));
        for d in s.deadlines.iter().filter(|d| d.phase_title == ph) {
            let passed = if d.passed {
                format!(" – {}", crate::t!("st-deadline-passed"))
            } else {
                String::new()
            };
            out.push_str(&format!(
                "    {}: {} ({}){passed}\n",
                d.date_danish,
                d.name,
                d.pieces.join(", ")
            ));
        }
    }
    out
}

fn problem_block(p: &ProblemStatus) -> String {
    let state = if p.published {
        crate::t!("st-published")
    } else {
        crate::t!("st-not-published")
    };
    let mut out = format!("{} – {state}\n", p.title);
    for piece in p.pieces.iter().chain(&p.later) {
        let label = if piece.key == piece.piece {
            piece.label.to_string()
        } else {
            format!("{} – {}", piece.phase_title, piece.label.to_lowercase())
        };
        let mut line = format!("  {label:<9} {}", piece.reason);
        if piece.key == "tekst" {
            if let Some(lix) = p.lix {
                line.push_str(&format!(", LIX {lix}"));
            }
        }
        if piece.piece == "drejebog" {
            if let Some(e) = &p.video.estimate {
                line.push_str(&crate::t!("st-estimate", length = e.formatted.as_str()));
            }
        }
        out.push_str(&line);
        out.push('\n');
        if let Some(c) = &piece.changed {
            out.push_str(&format!(
                "            {}\n",
                crate::t!("st-changed", diff = c.as_str())
            ));
        }
        for e in piece.errors.iter().take(3) {
            out.push_str(&format!(
                "            {}\n",
                crate::t!("st-error", error = e.as_str())
            ));
        }
        if piece.errors.len() > 3 {
            out.push_str(&format!(
                "            {}\n",
                crate::t!("st-more-errors", count = piece.errors.len() - 3)
            ));
        }
    }
    let video = if p.video.recorded {
        crate::t!("st-video-recorded")
    } else if p.video.delayed {
        crate::t!("st-video-delayed")
    } else {
        match &p.video.expected {
            Some(d) => crate::t!("st-video-expected", date = d.as_str()),
            None => crate::t!("st-video-none"),
        }
    };
    out.push_str(&format!("  {:<9} {video}\n", crate::t!("st-video")));
    if !p.missing_for_next.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("st-missing-next", list = p.missing_for_next.join("; "))
        ));
    }
    out
}
