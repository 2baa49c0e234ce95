//! `vilde build`: run the pipeline into the output folder.

use crate::cli::BuildArgs;
use crate::output::Sink;
use crate::pipeline::{self, Options};

pub fn run(args: &BuildArgs) -> i32 {
    let opts = Options {
        base_url: args.base_url.clone(),
        preview: args.drafts,
        ..Options::new(&args.site.root)
    };
    // Zola's rule: the output folder is relative to the site folder.
    let output_dir = args.output_dir.clone().unwrap_or_else(|| {
        let dir =
            pipeline::load_config(&opts).map_or_else(|_| "public".into(), |(c, _)| c.output_dir);
        if args.site.root == std::path::Path::new(".") {
            std::path::PathBuf::from(dir)
        } else {
            args.site.root.join(dir)
        }
    });
    let mut sink = Sink::disk(&output_dir, &args.site.root, args.force);
    match pipeline::build(&opts, &mut sink) {
        Ok(report) => {
            super::print_diagnostics(&report.warnings);
            let kind = if args.drafts {
                "preview build (with drafts)"
            } else {
                "public build"
            };
            println!(
                "Built {} pages, {} files in {} ms ({kind}) → {}",
                report.pages,
                report.files,
                report.elapsed.as_millis(),
                output_dir.display()
            );
            if !args.drafts {
                print_left_out(&report);
            }
            0
        }
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            eprintln!(
                "The build failed; {} was left as it was.",
                output_dir.display()
            );
            1
        }
    }
}

/// What the public build left out and why, and a one-line verdict.
fn print_left_out(report: &pipeline::Report) {
    let problems = &report.status.problems;
    let published = problems.iter().filter(|p| p.published).count();
    if !report.left_out.is_empty() {
        println!("\nIkke med på den offentlige hjemmeside:");
        for line in &report.left_out {
            println!("  {line}");
        }
    }
    let verdict = match (published, problems.len()) {
        (_, 0) => "Der er ingen vilde problemer i content/.".to_string(),
        (0, 1) => "Problemet er ikke udgivet: hjemmesiden viser kun forsiden, med problemet som \"under udarbejdelse\".".to_string(),
        (0, n) => format!("Ingen af de {n} problemer er udgivet: hjemmesiden viser kun forsiden, med alle {n} som \"under udarbejdelse\"."),
        (1, 1) => "Problemet er udgivet.".to_string(),
        (k, n) if k == n => format!("Alle {n} problemer er udgivet."),
        (k, n) => format!("{k} af {n} problemer er udgivet; de andre står som \"under udarbejdelse\"."),
    };
    println!("\n{verdict} {}", report.status.verdict);
}
