//! The engine (`content/`, `render/`, `markdown/`) names no type of
//! the vilde-problemer domain: the domain meets it only through the two
//! extension interfaces (ARCHITECTURE.md, "The engine and the domain").
//! `config` is left out: it still parses `[extra.vilde]` (noted there).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn the_engine_imports_nothing_from_the_domain() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for d in ["content", "render", "markdown"] {
        rust_files(&src.join(d), &mut files);
    }
    assert!(files.len() > 20, "{files:?}");
    let domain = [
        "crate::problem",
        "crate::approval",
        "crate::slides",
        "crate::drejebog",
        "crate::status",
        "crate::validate",
        "crate::klarsprog",
        "crate::lix",
        "crate::pdf",
        "crate::share_image",
    ];
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for d in domain {
                if code.contains(d) {
                    found.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the engine names the domain:\n{}",
        found.join("\n")
    );
}
