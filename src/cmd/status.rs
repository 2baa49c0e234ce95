//! `vilde status`: a table of every problem × piece with status, LIX, slide
//! problems, estimated video length and what is due; `--strict` fails when a
//! passed deadline's piece is not approved.

use serde_json::{json, Value};

use crate::cli::{StatusArgs, StatusFormat};
use crate::date::Date;
use crate::pipeline::{self, Options};
use crate::render::problem::{status_rows, Domain};
use crate::render::RenderOptions;

pub fn run(args: &StatusArgs) -> i32 {
    let today = match &args.today {
        Some(s) => match Date::parse(s) {
            Some(d) => d,
            None => {
                eprintln!("error: --today `{s}` is not a date: write it as YYYY-MM-DD");
                return 2;
            }
        },
        None => Date(chrono::Local::now().date_naive()),
    };
    let opts = Options {
        preview: true,
        ..Options::new(&args.site.root)
    };
    let site = match pipeline::load(&opts) {
        Ok(s) => s,
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            return 1;
        }
    };
    let domain = Domain {
        template: site.template.as_ref(),
        diagnostics: &site.diagnostics,
        opts: RenderOptions { preview: true },
    };
    let rows = status_rows(&site.library, &site.config, &domain);
    let overdue = overdue(&site.config, &rows, today);
    match args.format {
        StatusFormat::Json => {
            let v = json!({ "today": today.to_string(), "problems": rows, "overdue": overdue });
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
        }
        StatusFormat::Table => print_table(&rows, &overdue, today),
    }
    if args.strict && !overdue.is_empty() {
        eprintln!(
            "{} piece(s) are past their deadline and not approved",
            overdue.len()
        );
        return 1;
    }
    0
}

/// `(problem, piece, deadline)` for every piece whose deadline has passed by
/// `today` and that is not approved.
fn overdue(config: &crate::config::Config, rows: &[Value], today: Date) -> Vec<Value> {
    let mut out = Vec::new();
    for d in config.vilde.deadlines.iter().filter(|d| d.date <= today) {
        for r in rows {
            for piece in &d.pieces {
                if r[piece.as_str()]["slug"] != "godkendt" {
                    out.push(json!({ "problem": r["title"], "piece": piece, "deadline": d.name, "date": d.date.to_string() }));
                }
            }
        }
    }
    out
}

fn print_table(rows: &[Value], overdue: &[Value], today: Date) {
    let s = |v: &Value| {
        v.as_str().map(String::from).unwrap_or_else(|| {
            if v.is_null() {
                "–".into()
            } else {
                v.to_string()
            }
        })
    };
    println!(
        "{:<34} {:<16} {:<16} {:<16} {:>4} {:>7} {:>6}",
        "Problem", "Tekst", "Slides", "Drejebog", "LIX", "Slidefejl", "Video"
    );
    for r in rows {
        let video = r["video_estimate"]["formatted"]
            .as_str()
            .unwrap_or("–")
            .to_string();
        let slides = if r["has_slides"] == true {
            s(&r["slides"]["label"])
        } else {
            "ingen fil".into()
        };
        let script = if r["has_drejebog"] == true {
            s(&r["drejebog"]["label"])
        } else {
            "ingen fil".into()
        };
        println!(
            "{:<34} {:<16} {:<16} {:<16} {:>4} {:>9} {:>6}",
            s(&r["title"]).chars().take(34).collect::<String>(),
            s(&r["tekst"]["label"]),
            slides,
            script,
            s(&r["lix"]),
            s(&r["slide_violations"]),
            video
        );
    }
    println!();
    if overdue.is_empty() {
        println!("Nothing is overdue as of {today}.");
    } else {
        println!("Overdue as of {today} (deadline passed, not approved):");
        for o in overdue {
            println!(
                "  {} – {}: {} ({})",
                s(&o["problem"]),
                s(&o["piece"]),
                s(&o["deadline"]),
                s(&o["date"])
            );
        }
    }
}
