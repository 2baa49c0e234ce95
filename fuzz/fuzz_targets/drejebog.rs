//! The video script (drejebog) parser, then everything built from a parsed script:
//! the check, the duration estimate, captions, transcript, player and script page.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use vilde::config::VideoConfig;
use vilde::drejebog::{self, Drejebog};

fuzz_target!(|src: &str| {
    let path = Path::new("content/a/drejebog.toml");
    if let Ok(d) = Drejebog::parse(path, src) {
        let cfg = VideoConfig::default();
        let _ = drejebog::check(&d, &cfg, |_| true, path, src, true);
        let _ = drejebog::check(&d, &cfg, |_| false, path, src, false);
        let _ = drejebog::estimate(&d, &cfg);
        let _ = drejebog::captions(&d, &cfg);
        let _ = drejebog::transcript(&d);
        let _ = drejebog::player(&d, &cfg);
        let _ = drejebog::script_page(&d, &cfg);
    }
});
