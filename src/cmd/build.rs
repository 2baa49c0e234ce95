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
