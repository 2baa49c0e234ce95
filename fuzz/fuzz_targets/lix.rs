//! The LIX counter: any text gives a finite index (or none for no words).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use vilde::lix::Lix;

fuzz_target!(|text: &str| {
    let l = Lix::of_text(text);
    let _ = l.over_target(40.0);
    let _ = l.target_warning(Path::new("content/a/index.md"), 40.0);
    let blocks: Vec<&str> = text.split("\n\n").collect();
    let _ = Lix::of_blocks_top(&blocks, 3);
});
