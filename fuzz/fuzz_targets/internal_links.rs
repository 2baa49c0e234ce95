//! Markdown rendering with `@/` internal links (resolved or reported), raw-HTML
//! checks, headings, TOC and summary; and the resolver on its own.
#![no_main]

use std::collections::HashMap;
use std::path::Path;

use libfuzzer_sys::fuzz_target;
use vilde::config::{MarkdownConfig, VildeConfig};
use vilde::markdown::{self, Context, HtmlPolicy};

fuzz_target!(|body: &str| {
    let mut links = HashMap::new();
    links.insert("a/index.md".to_string(), "https://x.dk/a/".to_string());
    links.insert("_index.md".to_string(), "https://x.dk/".to_string());
    links.insert("b.md".to_string(), "https://x.dk/b/".to_string());
    let cfg = MarkdownConfig::default();
    let vilde = VildeConfig::default();
    // The body behind a front matter, so offsets into the file are exercised.
    let file = format!("+++\ntitle = \"x\"\n+++\n{body}");
    for draft in [false, true] {
        let ctx = Context {
            config: &cfg,
            permalinks: &links,
            permalink: "https://x.dk/c/",
            path: Path::new("content/c.md"),
            file_src: &file,
            body_offset: file.len() - body.len(),
            html: HtmlPolicy::new(&vilde, draft),
        };
        match markdown::render(body, &ctx) {
            Ok(r) => {
                for w in &r.warnings {
                    assert!(w.line >= 4, "{w}");
                }
            }
            Err(errors) => {
                for e in &errors {
                    assert!(e.line >= 4, "{e}");
                }
            }
        }
    }
    let _ = markdown::resolve_internal(body, &links);
    let _ = markdown::render_inline(body, &cfg, true);
});
