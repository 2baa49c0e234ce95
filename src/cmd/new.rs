//! `vilde new <slug>`: scaffold a problem bundle with the fixed structure.

use crate::cli::NewArgs;
use crate::scaffold;

pub fn run(args: &NewArgs) -> i32 {
    match scaffold::new_problem(&args.site.root, &args.slug, args.title.as_deref()) {
        Ok(files) => {
            for f in &files {
                println!("created {}", f.display());
            }
            println!(
                "Fill in the fields marked «udfyld», then preview with `vilde build --drafts`."
            );
            0
        }
        Err(d) => {
            super::print_diagnostics(&[d]);
            1
        }
    }
}
