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
                eprintln!("fejl: --today: `{s}` er ikke en dato\n  sådan retter du det: skriv datoen som ÅÅÅÅ-MM-DD, f.eks. --today 2023-02-27");
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
            println!("{}", serde_json::to_string_pretty(status).unwrap_or_default());
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
    let mut out = format!("Status pr. {}\n", s.today_danish);
    match &s.next_deadline {
        Some(d) => out.push_str(&format!("Næste frist: {} – {} (om {} dage)\n", d.date_danish, d.name, d.days_left)),
        None if s.deadlines.is_empty() => out.push_str("Der er ingen frister i config.toml.\n"),
        None => out.push_str("Alle frister er passeret.\n"),
    }
    for p in &s.problems {
        out.push('\n');
        out.push_str(&problem_block(p));
    }
    if !s.overdue.is_empty() {
        out.push_str("\nOver fristen:\n");
        for o in &s.overdue {
            out.push_str(&format!("  {} – {}: {} ({}: {})\n", o.problem, o.piece, o.reason, o.date, o.deadline));
        }
    }
    out.push_str(&format!("\nSvar: {}\n", s.verdict));
    if !s.missing.is_empty() {
        out.push_str("Mangler:\n");
        for m in &s.missing {
            out.push_str(&format!("  {m}\n"));
        }
    }
    out
}

fn problem_block(p: &ProblemStatus) -> String {
    let state = if p.published { "udgives" } else { "udgives ikke" };
    let mut out = format!("{} – {state}\n", p.title);
    for piece in &p.pieces {
        let mut line = format!("  {:<9} {}", piece.label, piece.reason);
        if piece.piece == "tekst" {
            if let Some(lix) = p.lix {
                line.push_str(&format!(", LIX {lix}"));
            }
        }
        if piece.piece == "drejebog" {
            if let Some(e) = &p.video.estimate {
                line.push_str(&format!(", anslået {}", e.formatted));
            }
        }
        out.push_str(&line);
        out.push('\n');
        if let Some(c) = &piece.changed {
            out.push_str(&format!("            ændret: {c}\n"));
        }
        for e in piece.errors.iter().take(3) {
            out.push_str(&format!("            fejl: {e}\n"));
        }
        if piece.errors.len() > 3 {
            out.push_str(&format!("            … og {} fejl mere (se `vilde check --drafts`)\n", piece.errors.len() - 3));
        }
    }
    let video = if p.video.recorded {
        "optaget".to_string()
    } else if p.video.delayed {
        "ikke optaget – forsinket".to_string()
    } else {
        match &p.video.expected {
            Some(d) => format!("ikke optaget – forventes {d}"),
            None => "ikke optaget".to_string(),
        }
    };
    out.push_str(&format!("  {:<9} {video}\n", "Video"));
    if !p.missing_for_next.is_empty() {
        out.push_str(&format!("  Mangler til næste frist: {}\n", p.missing_for_next.join("; ")));
    }
    out
}
