//! Property test: whatever `path`, `slug`, `aliases` and `paginate_path` say, no
//! file is written outside the output folder. Random values built from the
//! fragments attackers and clumsy users write; each site is built for real (on
//! disk), and the folder around the site is compared before and after.

mod common;

use common::*;
use std::collections::BTreeSet;
use std::path::Path;

const PARTS: &[&str] = &[
    "..",
    "../..",
    "/",
    "//",
    "\\",
    "\\..\\",
    ".",
    "a",
    "b/c",
    "æøå",
    "%2e%2e",
    "%2f",
    "~",
    "C:",
    "c:\\x",
    " ",
    "\t",
    "index.html",
    "page",
    "1",
    "?",
    "#x",
    "https://x.example/",
    "/etc",
    "...",
    "..a",
    "a..",
    "-",
    "_index",
    "404.html",
    "sitemap.xml",
    "\u{202e}",
    "\u{0}",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn value(&mut self) -> String {
        // Half the values are ordinary, so that some sites build.
        if self.next() % 2 == 0 {
            return format!("ok-{}", self.next() % 1000);
        }
        let n = 1 + (self.next() % 4) as usize;
        (0..n)
            .map(|_| PARTS[(self.next() % PARTS.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(if self.next() % 2 == 0 { "/" } else { "" })
    }
}

fn files_under(dir: &Path) -> BTreeSet<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[test]
fn no_written_path_leaves_the_output() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let rounds: usize = std::env::var("VILDE_PATH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let mut built = 0;
    for round in 0..rounds {
        let outer = tempfile::tempdir().unwrap();
        let root = outer.path().join("a").join("b").join("site");
        std::fs::create_dir_all(&root).unwrap();
        copy_dir(&fixture("sites/paginated"), &root);
        for i in 0..3 {
            let fm = format!(
                "+++\ntitle = \"S{i}\"\npath = {}\nslug = {}\naliases = [{}, {}]\n+++\nTekst {i}.\n",
                toml_str(&rng.value()),
                toml_str(&rng.value()),
                toml_str(&rng.value()),
                toml_str(&rng.value()),
            );
            std::fs::write(root.join(format!("content/side{i}.md")), fm).unwrap();
        }
        let section = format!(
            "+++\ntitle = \"Arkiv\"\npaginate_by = 1\npaginate_path = {}\naliases = [{}]\n+++\n",
            toml_str(&rng.value()),
            toml_str(&rng.value()),
        );
        std::fs::create_dir_all(root.join("content/arkiv")).unwrap();
        std::fs::write(root.join("content/arkiv/_index.md"), section).unwrap();
        for i in 0..3 {
            std::fs::write(
                root.join(format!("content/arkiv/p{i}.md")),
                format!(
                    "+++\ntitle = \"P{i}\"\nslug = {}\n+++\nx\n",
                    toml_str(&rng.value())
                ),
            )
            .unwrap();
        }
        let before = files_under(outer.path());
        let out = root.join("public");
        let o = build_into(&root, &out, &[]);
        assert!(
            !stderr(&o).contains("panicked"),
            "round {round}: {}",
            stderr(&o)
        );
        if o.status.success() {
            built += 1;
        } else if round < 3 {
            eprintln!("round {round}:\n{}", stderr(&o));
        }
        let after = files_under(outer.path());
        let new: Vec<&String> = after
            .iter()
            .filter(|p| !before.contains(*p) && !p.starts_with("a/b/site/public"))
            .collect();
        assert!(
            new.is_empty(),
            "round {round}: written outside the output: {new:?}"
        );
        for p in &after {
            if let Some(rel) = p.strip_prefix("a/b/site/public/") {
                assert!(
                    vilde::paths::output_rel(rel).is_ok(),
                    "round {round}: {rel}"
                );
            }
        }
    }
    eprintln!("{built} of {rounds} random sites built");
    // Some rounds must build, or the test would only prove that errors write nothing.
    assert!(built > 0, "no round built");
}
