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
    let mut sink = Sink::Disk(args.output_dir.clone());
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
                args.output_dir.display()
            );
            0
        }
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            eprintln!(
                "The build failed; {} was left as it was.",
                args.output_dir.display()
            );
            1
        }
    }
}
