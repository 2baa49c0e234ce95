//! `vilde build`: run the pipeline into the output folder.

use crate::cli::BuildArgs;
use crate::output::Sink;
use crate::pipeline::{self, Options};

pub fn run(args: &BuildArgs) -> i32 {
    let opts = Options {
        base_url: args.base_url.clone(),
        preview: args.drafts,
        relative_links: args.drafts,
        ..Options::new(&args.site.root)
    };
    // The output's settings; a config that cannot be read is reported by the build.
    let config = pipeline::load_config(&opts).ok().map(|(c, _)| c);
    // Zola's rule: the output folder is relative to the site folder.
    let output_dir = args.output_dir.clone().unwrap_or_else(|| {
        let dir = config.as_ref().map_or("public", |c| c.output_dir.as_str());
        if args.site.root == std::path::Path::new(".") {
            std::path::PathBuf::from(dir)
        } else {
            args.site.root.join(dir)
        }
    });
    let keep = config.is_some_and(|c| c.preserve_dotfiles_in_output);
    let mut sink = Sink::disk(&output_dir, &args.site.root, args.force).preserving_dotfiles(keep);
    match pipeline::build(&opts, &mut sink) {
        Ok(report) => {
            super::print_without_pointers(&report.warnings);
            let kind = if args.drafts {
                crate::t!("build-kind-preview")
            } else {
                crate::t!("build-kind-public")
            };
            println!(
                "{}",
                crate::t!(
                    "build-done",
                    pages = report.pages,
                    files = report.files,
                    ms = report.elapsed.as_millis() as u64,
                    kind = kind,
                    out = output_dir.display().to_string()
                )
            );
            if !args.drafts {
                print_left_out(&report);
            }
            0
        }
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            eprintln!(
                "{}",
                crate::t!("build-failed", out = output_dir.display().to_string())
            );
            1
        }
    }
}

/// What the public build left out and why, and a one-line verdict.
fn print_left_out(report: &pipeline::Report) {
    let problems = &report.status.problems;
    // A plain Zola site has no problems and no deadlines: nothing to say.
    if problems.is_empty() && report.left_out.is_empty() && report.status.deadlines.is_empty() {
        return;
    }
    let published = problems.iter().filter(|p| p.published).count();
    if !report.left_out.is_empty() {
        println!("\n{}", crate::t!("build-left-out-heading"));
        for line in &report.left_out {
            println!("  {line}");
        }
    }
    let verdict = match (published, problems.len()) {
        (_, 0) => crate::t!("build-verdict-none"),
        (0, 1) => crate::t!("build-verdict-zero-one"),
        (0, n) => crate::t!("build-verdict-zero", total = n),
        (1, 1) => crate::t!("build-verdict-one-one"),
        (k, n) if k == n => crate::t!("build-verdict-all", total = n),
        (k, n) => crate::t!("build-verdict-some", published = k, total = n),
    };
    println!("\n{verdict} {}", report.status.verdict);
}
