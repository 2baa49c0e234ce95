//! Front matter: split `+++`/`---` from the body and deserialize page and section
//! front matter; every error must carry a place inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use vilde::content::front_matter::{parse, split, PageFront, SectionFront};

fuzz_target!(|src: &str| {
    let path = Path::new("content/a/index.md");
    match split(path, src) {
        Ok(s) => {
            assert_eq!(&src[s.body_offset..], s.body);
            assert_eq!(
                &src[s.front_offset..s.front_offset + s.front.len()],
                s.front
            );
            if let Err(d) = parse::<PageFront>(path, src, &s) {
                assert!(d.line >= 1, "{d}");
            }
            let _ = parse::<SectionFront>(path, src, &s);
        }
        Err(d) => assert!(d.line >= 1, "{d}"),
    }
});
