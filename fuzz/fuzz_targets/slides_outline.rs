//! The slide outline parser, then the check against the default site's template.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use vilde::slides::{self, Outline, SlideTemplate};

fn template() -> &'static SlideTemplate {
    static T: OnceLock<SlideTemplate> = OnceLock::new();
    T.get_or_init(|| {
        let src = include_str!("../../slide-template.toml");
        SlideTemplate::parse(Path::new("slide-template.toml"), src)
            .expect("the default template parses")
    })
}

fuzz_target!(|src: &str| {
    let path = Path::new("content/a/slides.md");
    let (outline, _diags) = Outline::parse(path, src);
    let _ = slides::validate(template(), &outline, "Problem A", path);
    let _ = slides::deck(template(), &outline);
});
