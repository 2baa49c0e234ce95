//! `vilde new <slug>`: scaffold a problem bundle with the fixed structure.

use crate::cli::NewArgs;
use crate::scaffold;

pub fn run(args: &NewArgs) -> i32 {
    match scaffold::new_problem(&args.site.root, &args.slug, args.title.as_deref()) {
        Ok(files) => {
            for f in &files {
                println!(
                    "{}",
                    crate::t!("new-created", file = f.display().to_string())
                );
            }
            println!("{}", crate::t!("new-next"));
            0
        }
        Err(d) => {
            super::print_diagnostics(&[d]);
            1
        }
    }
}
