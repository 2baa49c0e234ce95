//! `vilde check`: load and validate everything, write nothing.

use crate::cli::CheckArgs;
use crate::pipeline::{self, Options};

pub fn run(args: &CheckArgs) -> i32 {
    let opts = Options {
        preview: args.drafts,
        mode: "check",
        ..Options::new(&args.site.root)
    };
    match pipeline::check(&opts) {
        Ok(report) => {
            super::print_diagnostics(&report.warnings);
            println!("{}", crate::t!("check-done", pages = report.pages));
            0
        }
        Err(f) => {
            super::print_diagnostics(&f.diagnostics);
            1
        }
    }
}
