//! Robustness (issue 9): bad input never crashes vilde or corrupts the output, and
//! content cannot run script in a reader's browser.
//!
//! - `bad_input_corpus`: every `tests/bad_inputs/<case>/` lays `site/` over a copy of
//!   `tests/sites/minimal`, runs `vilde` with the case's `args`, and asserts the exit
//!   code, the exact stderr (`expected.stderr`, timings normalized) and, for valid
//!   input, text in the output (`case.toml`). `VILDE_BLESS=1` rewrites the
//!   `expected.stderr` files (review the diff!).
//! - generated hostile input: a 10 MB line, 10,000 slides, lists and quotes nested
//!   10,000 deep, parsers fed random input (longer with `VILDE_FUZZ_SECS=600`);
//! - regression tests for every crash the fuzzers (fuzz/) found;
//! - a killed build never damages the previous output; builds are deterministic;
//!   the public output holds nothing internal; the `_headers` file is complete.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// stderr with the parts that change between runs made fixed.
fn normalize(stderr: &str, site: &Path) -> String {
    let s = stderr.replace(&site.display().to_string(), "<site>");
    let mut out = String::new();
    for line in s.lines() {
        // "Built 1 pages, 9 files in 72 ms (…)" → "in N ms"
        let line = match line.find(" in ").zip(line.find(" ms")) {
            Some((a, b)) if line.starts_with("Built ") && a < b => {
                format!("{} in N ms{}", &line[..a], &line[b + 3..])
            }
            _ => line.to_string(),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[derive(serde::Deserialize)]
struct Case {
    args: Vec<String>,
    exit: i32,
    #[serde(default)]
    contains: Vec<Expect>,
    #[serde(default)]
    absent: Vec<Expect>,
}

#[derive(serde::Deserialize)]
struct Expect {
    file: String,
    text: String,
}

#[test]
fn bad_input_corpus() {
    let dir = fixture("bad_inputs");
    let bless = std::env::var_os("VILDE_BLESS").is_some();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    names.sort();
    assert!(names.len() >= 40, "only {} cases", names.len());
    let mut failures = Vec::new();
    for case_dir in &names {
        let name = case_dir.file_name().unwrap().to_string_lossy().into_owned();
        let case: Case = toml::from_str(&read(&case_dir.join("case.toml"))).unwrap();
        let site = site_with_overlay("sites/minimal", None);
        copy_dir(&case_dir.join("site"), site.path());
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let mut problems = Vec::new();
        // The messages in English (expected.en.stderr), then in Danish
        // (expected.stderr): the build itself is the Danish run's.
        let mut o = vilde(&args, site.path());
        for (lang, file) in [("en", "expected.en.stderr"), ("da", "expected.stderr")] {
            if lang == "da" {
                // Start again from the case's files: the English run may have built.
                let _ = std::fs::remove_dir_all(site.path().join("public"));
                o = vilde_in("da", &args, site.path());
            }
            let got = normalize(&stderr(&o), site.path());
            let expected_file = case_dir.join(file);
            if bless {
                std::fs::write(&expected_file, &got).unwrap();
            }
            let want = std::fs::read_to_string(&expected_file).unwrap_or_default();
            if got.contains("panicked") {
                problems.push(format!("vilde panicked ({lang})"));
            }
            if o.status.code() != Some(case.exit) {
                problems.push(format!(
                    "{lang}: exit code {:?}, expected {}",
                    o.status.code(),
                    case.exit
                ));
            }
            if got != want {
                problems.push(format!(
                    "{lang}: stderr differs:\n--- expected\n{want}--- got\n{got}"
                ));
            }
        }
        for e in &case.contains {
            let text = std::fs::read_to_string(site.path().join(&e.file)).unwrap_or_default();
            if !site.path().join(&e.file).is_file() || !text.contains(&e.text) {
                problems.push(format!("{} lacks {:?}", e.file, e.text));
            }
        }
        for e in &case.absent {
            // An empty text: the file must not exist.
            let path = site.path().join(&e.file);
            if e.text.is_empty() && path.exists() {
                problems.push(format!("{} exists", e.file));
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            if !e.text.is_empty() && text.contains(&e.text) {
                problems.push(format!("{} contains {:?}", e.file, e.text));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{name}: {}", problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// ---------------------------------------------------------------------------
// Generated hostile input, through the binary on a copy of the minimal site.

/// A minimal site with `files` written over it; returns the site and `vilde <args>`.
fn run_with(files: &[(&str, &[u8])], args: &[&str]) -> (tempfile::TempDir, std::process::Output) {
    let site = site_with_overlay("sites/minimal", None);
    for (rel, bytes) in files {
        let p = site.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let o = vilde(args, site.path());
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
    (site, o)
}

fn page(title: &str, body: &str) -> Vec<u8> {
    format!("+++\ntitle = \"{title}\"\n+++\n{body}").into_bytes()
}

#[test]
fn a_10_mb_line_builds() {
    // 10 MB of words on one line: one paragraph.
    let mut line = String::with_capacity(10_500_000);
    while line.len() < 10_000_000 {
        line.push_str("ord og flere ord æøå ");
    }
    let start = Instant::now();
    let (site, o) = run_with(
        &[("content/lang.md", &page("Lang", &format!("{line}\n")))],
        &["build"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = read(&site.path().join("public/lang/index.html"));
    assert!(html.len() > 10_000_000);
    assert!(html.contains("<p>ord og flere ord æøå ord"));
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_10_mb_line_without_spaces_in_front_matter_is_a_clear_error() {
    let long = "x".repeat(10_000_000);
    let src = format!("+++\ntitle = \"A\"\nslug = {long}\n+++\n");
    let (_site, o) = run_with(&[("content/lang.md", src.as_bytes())], &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: content/lang.md:3:8: the front matter could not be read:"),
        "{}",
        &err[..err.len().min(500)]
    );
    // The message quotes the line shortly, not all 10 MB.
    assert!(err.len() < 2_000, "{} bytes of stderr", err.len());
}

/// `n` slides of one heading and one bullet each.
fn many_slides(n: usize) -> (tempfile::TempDir, std::process::Output, Duration) {
    let mut slides = String::new();
    for i in 1..=n {
        slides.push_str(&format!("## Slide {i}\n\n- Punkt {i}\n\n"));
    }
    let start = Instant::now();
    // Approving the slides checks them against the template (as publishing would).
    let (site, o) = run_with(
        &[("content/problem-a/slides.md", slides.as_bytes())],
        &[
            "approve",
            "problem-a",
            "slides",
            "--by",
            "Testen",
            "--date",
            "2023-03-01",
        ],
    );
    (site, o, start.elapsed())
}

#[test]
fn thousands_of_slides_are_a_clear_error() {
    let (_site, o, _) = many_slides(2_000);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: content/problem-a/slides.md: the deck has 2000 slides, but the slide template has 5 slides\n"),
        "{}",
        &err[..err.len().min(2000)]
    );
}

/// Outline::parse calls `line_col` from the start of the file for every slide and
/// bullet, so 10,000 slides take about 90 s in a debug build (quadratic); and the
/// check prints one error per extra slide plus a list of all 10,000 headings (3.4 MB).
/// Run with `cargo test --test robustness -- --ignored` once that is fixed.
#[test]
fn ten_thousand_slides_are_one_clear_error_quickly() {
    let (_site, o, took) = many_slides(10_000);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: content/problem-a/slides.md: the deck has 10000 slides, but the slide template has 5 slides\n"),
        "{}",
        &err[..err.len().min(2000)]
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert!(err.len() < 20_000, "{} bytes of stderr", err.len());
}

#[test]
fn nesting_10_000_deep_does_not_overflow_the_stack() {
    let n = 10_000;
    let cases: Vec<(&str, String)> = vec![
        ("liste", "- ".repeat(n) + "bund\n"),
        ("citat", "> ".repeat(n) + "bund\n"),
        ("citat-uden-mellemrum", ">".repeat(n) + " bund\n"),
        (
            "liste-uden-mellemrum",
            "-".repeat(1) + &" -".repeat(n) + " bund\n",
        ),
        ("tal", "1. ".repeat(n) + "bund\n"),
        ("tal-uden-mellemrum", "1.".repeat(n) + " bund\n"),
        ("citat-liste", "> - ".repeat(n) + "bund\n"),
        ("html", "<div>".repeat(n) + "\n\nbund\n"),
        (
            "html-inline",
            "a ".to_string() + &"<b>".repeat(n) + "bund\n",
        ),
        ("klammer", "[".repeat(n) + "bund" + &"](x)".repeat(n) + "\n"),
        ("fremhaev", "*".repeat(n) + "bund" + &"*".repeat(n) + "\n"),
    ];
    let config = read(&fixture("sites/minimal/config.toml"));
    let config = format!("minify_html = true\n{config}");
    let draft = |t: &str, body: &str| {
        format!("+++\ntitle = \"{t}\"\ndraft = true\n+++\n{body}").into_bytes()
    };
    let mut files: Vec<(String, Vec<u8>)> = cases
        .iter()
        .map(|(name, body)| (format!("content/{name}.md"), draft(name, body)))
        .collect();
    files.push(("config.toml".into(), config.clone().into_bytes()));
    files.push((
        "content/problem-a/slides.md".into(),
        cases[0].1.clone().into_bytes(),
    ));
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    // A preview shows every draft (the deep part flat or as text), with a warning.
    let (site, o) = run_with(&refs, &["build", "--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (name, _) in &cases {
        let html = read(&site.path().join("public").join(name).join("index.html"));
        assert!(html.contains("bund"), "{name}");
    }
    // Published, the same pages are a clear error each, never a crash.
    let published: Vec<(String, Vec<u8>)> = cases
        .iter()
        .map(|(name, body)| (format!("content/{name}.md"), page(name, body)))
        .chain([("config.toml".to_string(), config.into_bytes())])
        .collect();
    let refs: Vec<(&str, &[u8])> = published
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let (_site, o) = run_with(&refs, &["build"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    for (name, _) in &cases {
        if ["klammer", "fremhaev", "tal-uden-mellemrum"].contains(name) {
            continue; // Markdown itself keeps these shallow (or reads them as text).
        }
        assert!(err.contains(&format!("content/{name}.md")), "{name}: {err}");
    }
    assert!(err.contains("nested more than"), "{err}");
}

// ---------------------------------------------------------------------------
// Random input for the parsers (the stable-toolchain complement to fuzz/): a few
// seconds by default, `VILDE_FUZZ_SECS=600` for a long run.

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Text made of `tokens` and random characters.
    fn text(&mut self, tokens: &[&str], len: usize) -> String {
        let mut s = String::new();
        for _ in 0..self.below(len) {
            match self.below(10) {
                0 => s.push(char::from_u32(self.below(0x11_0000) as u32).unwrap_or('\u{fffd}')),
                1 => s.push(char::from(self.below(128) as u8)),
                _ => s.push_str(tokens[self.below(tokens.len())]),
            }
        }
        // Sometimes cut at a random byte (a truncated file), on a char boundary.
        if self.below(4) == 0 && !s.is_empty() {
            let mut cut = self.below(s.len());
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s.truncate(cut);
        }
        s
    }
}

const TOKENS: &[&str] = &[
    "+++",
    "+++\n",
    "---\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u{feff}",
    "\0",
    "title = ",
    "\"",
    "'",
    "\"A\"",
    "[vilde]\n",
    "[[vilde.projektledere]]\n",
    "navn = ",
    "draft = true\n",
    "weight = ",
    "99999999999999999999",
    "date = ",
    "2023-02-30",
    "2023-02-20",
    "=",
    "[",
    "]",
    "{",
    "}",
    "#",
    "## ",
    "# ",
    "### ",
    "- ",
    "* ",
    "1. ",
    "  - ",
    "> ",
    "```",
    "~~~",
    "|",
    "|---|",
    "<!-- more -->",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<div ",
    ">",
    "<",
    "onclick=",
    "javascript:",
    "data:",
    "<iframe src=",
    "https://",
    "[x](",
    ")",
    "@/",
    "@/a/index.md",
    "@/a/index.md#",
    "a/index.md",
    "#",
    "![",
    "](",
    "{#id}",
    "{onclick=x}",
    "æ",
    "ø",
    "å",
    "Æ",
    "é",
    "e\u{301}",
    "👩‍👩‍👧",
    "\u{200b}",
    "\u{2028}",
    "bl.a.",
    "f.eks.",
    "Ord",
    "ord",
    "Langtordeneraltid",
    ".",
    ":",
    "!",
    "?",
    "...",
    "2.500",
    "10:30",
    "-",
    "–",
    "[[scene]]\n",
    "talepinde = [",
    "billede = ",
    "start = ",
    "\"0:12\"",
    "\"9:99\"",
    "[video]\n",
    "varighed = ",
    "\"2:35\"",
    "[[tidsplan]]\n",
    "dato = ",
    "til = ",
    "aktivitet = ",
    "[taler]\n",
    "titel = ",
    "lokation = ",
    "lyd = ",
    "fil = ",
    "url = ",
];

#[test]
fn parsers_survive_random_input() {
    use vilde::config::{MarkdownConfig, VideoConfig, VildeConfig};
    use vilde::content::front_matter::{parse, split, PageFront, SectionFront};
    use vilde::drejebog::{self, Drejebog};
    use vilde::lix::Lix;
    use vilde::markdown::{self, Context, HtmlPolicy};
    use vilde::slides::{self, Outline, SlideTemplate};

    let secs: u64 = std::env::var("VILDE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let min_cases = 3_000;
    let template = SlideTemplate::parse(
        Path::new("slide-template.toml"),
        &read(&repo().join("slide-template.toml")),
    )
    .unwrap();
    let mut links = std::collections::HashMap::new();
    links.insert("a/index.md".to_string(), "https://x.dk/a/".to_string());
    let md = MarkdownConfig::default();
    let vilde_cfg = VildeConfig::default();
    let video = VideoConfig::default();
    let seed = std::env::var("VILDE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15u64);
    let mut rng = Rng(seed);
    let mut n = 0u64;
    while n < min_cases || Instant::now() < deadline {
        n += 1;
        let src = rng.text(TOKENS, 60);
        let shown = Path::new("content/a/index.md");
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if let Ok(s) = split(shown, &src) {
                assert_eq!(&src[s.body_offset..], s.body);
                let _ = parse::<PageFront>(shown, &src, &s);
                let _ = parse::<SectionFront>(shown, &src, &s);
            }
            let (outline, _) = Outline::parse(Path::new("slides.md"), &src);
            let _ = slides::validate(&template, &outline, "A", Path::new("slides.md"));
            if let Ok(d) = Drejebog::parse(Path::new("drejebog.toml"), &src) {
                let p = Path::new("drejebog.toml");
                let _ = drejebog::check(&d, &video, |_| true, p, &src, true);
                let _ = drejebog::captions(&d, &video);
                let _ = drejebog::script_page(&d, &video);
            }
            let _ = Lix::of_text(&src).target_warning(shown, 40.0);
            let ctx = Context {
                config: &md,
                permalinks: &links,
                permalink: "https://x.dk/c/",
                path: shown,
                file_src: &src,
                body_offset: 0,
                html: HtmlPolicy::new(&vilde_cfg, false, true),
                anchors: None,
                cutoff: None,
            };
            let _ = markdown::render(&src, &ctx);
            let _ = markdown::resolve_internal(&src, &links);
        }));
        assert!(outcome.is_ok(), "panic on input {src:?}");
    }
    eprintln!("parsers_survive_random_input: {n} inputs");
}

// ---------------------------------------------------------------------------
// Nothing lost: a killed build, determinism.

/// The 1,000-page synthetic site of `bench/gen_site.py`, made once per test run.
fn synthetic_site() -> PathBuf {
    static SITE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("robustness-1000");
        let o = Command::new("python3")
            .arg(repo().join("bench/gen_site.py"))
            .arg("1000")
            .arg(&out)
            .output()
            .expect("python3 runs bench/gen_site.py");
        assert!(o.status.success(), "{}", stderr(&o));
        out.join("vilde")
    })
    .clone()
}

fn temp_dirs_beside(out: &Path) -> Vec<String> {
    std::fs::read_dir(out.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".vilde-tmp"))
        .collect()
}

#[test]
fn a_killed_build_leaves_the_previous_output_whole() {
    let site = synthetic_site();
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let old_url = ["--base-url", "https://gammel.example/"];
    let new_url = ["--base-url", "https://ny.example/"];
    // The new output, for comparison.
    let new_ref = tmp.path().join("new-ref");
    let o = build_into(&site, &new_ref, &new_url);
    assert!(o.status.success(), "{}", stderr(&o));
    let new_tree = tree(&new_ref);
    assert!(new_tree.len() > 1_000);
    // The previous output.
    let o = build_into(&site, &out, &old_url);
    assert!(o.status.success(), "{}", stderr(&o));
    let old_tree = tree(&out);
    assert_ne!(old_tree, new_tree);

    let (mut killed_mid_build, mut finished, mut left_behind) = (0, 0, 0);
    for k in [
        1u64, 10, 30, 60, 100, 150, 250, 400, 700, 1_000, 1_500, 2_500,
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vilde"))
            .args(["build", "--root", site.to_str().unwrap(), "--output-dir"])
            .arg(&out)
            .args(new_url)
            .current_dir(tmp.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(k));
        let done_before_kill = child.try_wait().unwrap().is_some();
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        left_behind += temp_dirs_beside(&out).len();
        let now = tree(&out);
        if now == old_tree {
            killed_mid_build += 1;
        } else if now == new_tree {
            finished += 1;
            assert!(
                done_before_kill || status.success() || status.code().is_none(),
                "{status:?}"
            );
            // Start again from the previous output.
            let o = build_into(&site, &out, &old_url);
            assert!(o.status.success(), "{}", stderr(&o));
        } else {
            panic!("killed after {k} ms: the output is neither the previous nor the new build");
        }
    }
    eprintln!(
        "killed mid-build {killed_mid_build} times, finished {finished} times, \
         temporary folders seen after a kill: {left_behind}"
    );
    assert!(
        killed_mid_build >= 3,
        "the build was never killed in the middle"
    );
    // The next successful build cleans up what the killed ones left.
    let o = build_into(&site, &out, &new_url);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(tree(&out), new_tree);
    assert_eq!(temp_dirs_beside(&out), Vec::<String>::new());
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(names, vec!["new-ref".to_string(), "public".to_string()]);
}

#[test]
fn builds_are_byte_identical_for_the_default_site_and_1000_pages() {
    let tmp = tempfile::tempdir().unwrap();
    let site = synthetic_site();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let o = build_into(&site, out, &[]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let ta = tree(&a);
    assert!(ta.len() > 1_000, "{} files", ta.len());
    assert!(ta == tree(&b), "two builds of the 1,000-page site differ");
    let sitemap = read(&a.join("sitemap.xml"));
    assert_eq!(sitemap.matches("<loc>").count(), 1_000 + 20 + 1);
    // The default site, public and preview (the preview is compared in build_sites.rs too).
    for extra in [&[][..], &["--drafts"][..]] {
        let (c, d) = (tmp.path().join("c"), tmp.path().join("d"));
        for out in [&c, &d] {
            let _ = std::fs::remove_dir_all(out);
            let o = build_into(&repo(), out, extra);
            assert!(o.status.success(), "{}", stderr(&o));
        }
        assert!(
            tree(&c) == tree(&d),
            "two builds of the default site {extra:?} differ"
        );
    }
}

// ---------------------------------------------------------------------------
// The public build holds nothing internal.

#[test]
fn public_output_holds_no_draft_or_internal_page() {
    // The default site, with its one problem that has all three pieces approved in
    // its text only (a copy; the repository's approval record is not touched), so
    // the public build publishes a problem page beside unapproved slides and script.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    std::fs::create_dir_all(&root).unwrap();
    for item in [
        "config.toml",
        "slide-template.toml",
        "content",
        "themes",
        "static",
    ] {
        let from = repo().join(item);
        if from.is_dir() {
            copy_dir(&from, &root.join(item));
        } else if from.is_file() {
            std::fs::copy(&from, root.join(item)).unwrap();
        }
    }
    let slug = "blandede-bydele-og-integration";
    let index = root.join("content").join(slug).join("index.md");
    // Publishable: not a draft, and (in this copy only, for the test) a placeholder
    // e-mail for the project leader who has none.
    let text = read(&index)
        .replacen("draft = true\n", "draft = false\n", 1)
        .replacen(
            "enhed = \"Fagligt Sekretariat\"\n",
            "enhed = \"Fagligt Sekretariat\"\nemail = \"projektleder@example.org\"\n",
            1,
        );
    std::fs::write(&index, text).unwrap();
    let o = vilde(
        &[
            "approve",
            "--root",
            root.to_str().unwrap(),
            slug,
            "tekst",
            "--by",
            "Testen",
            "--date",
            "2023-02-27",
        ],
        tmp.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = tmp.path().join("public");
    let o = build_into(&root, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let published = read(&out.join(slug).join("index.html"));
    assert!(published.contains("<h1>Blandede Bydele og Integration</h1>"));
    assert!(!published.contains("noindex"));
    assert!(!read(&out.join("index.html")).contains("noindex"));
    let files = tree(&out);
    let drafts = [
        "baeredygtig-vaekst",
        "unges-mentale-sundhed",
        "sundhed-ind-i-alt",
        "den-demokratiske-samtale",
        "klima-og-baeredygtighed",
        "rekruttering-og-kompetencer",
    ];
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        for needle in [
            "UDKAST",
            "/drejebog/",
            "/_status/",
            "__vilde",
            "livereload",
            "LIX",
            "Talepinde",
            "godkendelse.toml",
        ] {
            assert!(!text.contains(needle), "{path} contains {needle:?}");
        }
        for d in drafts {
            assert!(
                !text.contains(&format!("/{d}/")) && !path.starts_with(d),
                "{path} links to or is the draft {d}"
            );
        }
        assert!(
            !path.contains("drejebog")
                && !path.starts_with("_status")
                && !path.ends_with(".vtt")
                && !path.ends_with(".md")
                && !path.ends_with(".toml"),
            "{path} is published"
        );
    }
    // Slides and script of the problem are not approved: not published.
    assert!(!out.join(slug).join("slides").exists());
    assert!(!out.join(slug).join("drejebog").exists());
}

// ---------------------------------------------------------------------------
// Security headers for static hosts.

#[test]
fn headers_file_sets_a_strict_policy() {
    let text = read(&repo().join("static/_headers"));
    let header = |name: &str| -> String {
        text.lines()
            .filter_map(|l| l.trim().strip_prefix(&format!("{name}:")))
            .map(|v| v.trim().to_string())
            .next()
            .unwrap_or_else(|| panic!("_headers lacks {name}"))
    };
    assert!(text.lines().any(|l| l == "/*"), "no /* block");
    let csp = header("Content-Security-Policy");
    let directive = |d: &str| -> Vec<String> {
        csp.split(';')
            .map(str::trim)
            .find(|x| x.split_whitespace().next() == Some(d))
            .unwrap_or_else(|| panic!("CSP lacks {d}"))
            .split_whitespace()
            .skip(1)
            .map(String::from)
            .collect()
    };
    assert_eq!(directive("script-src"), vec!["'self'"]);
    assert_eq!(directive("default-src"), vec!["'self'"]);
    assert_eq!(directive("object-src"), vec!["'none'"]);
    assert_eq!(directive("style-src"), vec!["'self'"]);
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"));
    // frame-src is the default allowed_video_hosts.
    let hosts: Vec<String> = vilde::config::VildeConfig::default()
        .allowed_video_hosts
        .iter()
        .map(|h| format!("https://{h}"))
        .collect();
    assert_eq!(directive("frame-src"), hosts);
    assert_eq!(header("X-Content-Type-Options"), "nosniff");
    assert_eq!(header("Referrer-Policy"), "strict-origin-when-cross-origin");
    // The nginx and Apache snippets carry the same policy.
    let docs = read(&repo().join("docs/headers.md"));
    assert!(docs.contains(&format!(
        "add_header Content-Security-Policy \"{csp}\" always;"
    )));
    assert!(docs.contains(&format!(
        "Header always set Content-Security-Policy \"{csp}\""
    )));
    // The file is published at the root of the output.
    let (_tmp, out) = build_default(&[]);
    assert_eq!(read(&out.join("_headers")), text);
}

#[test]
fn template_output_is_escaped() {
    let (site, o) = run_with(
        &[(
            "content/side.md",
            b"+++\ntitle = \"<img src=x onerror=alert(1)>\"\ndescription = \"\\\"><script>x</script>\"\n+++\nTekst.\n",
        )],
        &["build"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = read(&site.path().join("public/side/index.html"));
    assert!(
        html.contains("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>"),
        "{html}"
    );
    assert!(!html.contains("<img"), "{html}");
}

// ---------------------------------------------------------------------------
// Files outside the site folder are refused.

#[test]
fn files_outside_the_site_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    copy_dir(&fixture("sites/minimal"), &site);
    let outside = tmp.path().join("hemmelig");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::copy(
        fixture("sites/images/static/lille.png"),
        outside.join("ude.png"),
    )
    .unwrap();
    std::fs::write(outside.join("data.toml"), "hemmelighed = \"HEMMELIG\"\n").unwrap();
    let build = |site: &Path| {
        let o = vilde(&["build"], site);
        let err = stderr(&o);
        assert!(!err.contains("panicked"), "{err}");
        (o.status.code(), err)
    };

    // An image beside the site, by `../`.
    std::fs::write(
        site.join("content/side.md"),
        "+++\ntitle = \"A\"\n+++\n![Ude](../../hemmelig/ude.png)\n",
    )
    .unwrap();
    let (code, err) = build(&site);
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with(
            "error: content/side.md:4:1: the image `../../hemmelig/ude.png` does not exist"
        ),
        "{err}"
    );
    std::fs::remove_file(site.join("content/side.md")).unwrap();

    // load_data of a file beside the site, by `../` and through a link.
    for path in ["../hemmelig/data.toml", "link/data.toml"] {
        let _ = std::fs::remove_file(site.join("link"));
        std::os::unix::fs::symlink(&outside, site.join("link")).unwrap();
        std::fs::write(
            site.join("templates/index.html"),
            format!("{{% set d = load_data(path=\"{path}\") %}}{{{{ d.hemmelighed }}}}"),
        )
        .unwrap();
        let (code, err) = build(&site);
        assert_eq!(code, Some(1), "{path}: {err}");
        assert!(err.contains("outside the site folder"), "{path}: {err}");
        assert!(!err.contains("HEMMELIG"));
    }
    std::fs::remove_file(site.join("link")).unwrap();
    copy_dir(&fixture("sites/minimal/templates"), &site.join("templates"));

    // A link in content/ and in static/.
    std::os::unix::fs::symlink(outside.join("ude.png"), site.join("content/ude.png")).unwrap();
    let (code, err) = build(&site);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("content/ude.png: links (symlinks) are not allowed in content/"),
        "{err}"
    );
    std::fs::remove_file(site.join("content/ude.png")).unwrap();
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::os::unix::fs::symlink(&outside, site.join("static/ude")).unwrap();
    let (code, err) = build(&site);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("links (symlinks) are not allowed in static/"),
        "{err}"
    );
    std::fs::remove_file(site.join("static/ude")).unwrap();

    // Links inside a page bundle (a folder and a file) are errors too, and nothing
    // behind them is published.
    std::os::unix::fs::symlink(&outside, site.join("content/problem-a/ude")).unwrap();
    std::os::unix::fs::symlink(
        outside.join("ude.png"),
        site.join("content/problem-a/ude.png"),
    )
    .unwrap();
    let (code, err) = build(&site);
    assert_eq!(code, Some(1), "{err}");
    for link in ["content/problem-a/ude:", "content/problem-a/ude.png:"] {
        assert!(
            err.contains(&format!(
                "{link} links (symlinks) are not allowed in content/"
            )),
            "{err}"
        );
    }
    let published: Vec<String> = tree(&site.join("public"))
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert!(
        !published.iter().any(|p| p.contains("ude")),
        "{published:?}"
    );
}

// ---------------------------------------------------------------------------
// Script through other ways than page text: known gaps, kept as ignored tests that
// say what must hold (run with `-- --ignored` after the fix).

/// The minimal site with the aarhus theme, `files` written over it, built as preview.
fn themed_preview(files: &[(&str, &str)]) -> (tempfile::TempDir, String) {
    let site = site_with_overlay("sites/minimal", None);
    std::fs::remove_dir_all(site.path().join("templates")).unwrap();
    copy_dir(&repo().join("themes"), &site.path().join("themes"));
    let config = read(&site.path().join("config.toml")).replacen(
        "title = \"Minimal\"\n",
        "title = \"Minimal\"\ntheme = \"aarhus\"\n",
        1,
    );
    std::fs::write(site.path().join("config.toml"), config).unwrap();
    for (rel, text) in files {
        std::fs::write(site.path().join(rel), text).unwrap();
    }
    let o = vilde(&["build", "--drafts"], site.path());
    (site, stderr(&o))
}

#[test]
fn slide_text_cannot_link_to_javascript() {
    let slides = read(&fixture(
        "bad_inputs/slides-valid-bom-crlf/site/content/problem-a/slides.md",
    ))
    .replace("- Et punkt", "- Et [punkt](javascript:alert(1))");
    let (site, err) = themed_preview(&[("content/problem-a/slides.md", &slides)]);
    let deck = read(&site.path().join("public/problem-a/slides/index.html"));
    // The preview's warning box quotes the line as (escaped) text; no link may use it.
    assert!(
        !deck.contains("href=\"javascript:") && !deck.contains("href=javascript:"),
        "{err}"
    );
    assert!(err.contains("javascript:"), "no diagnostic: {err}");
}

#[test]
fn approval_remarks_are_escaped_in_the_preview() {
    let record = read(&fixture("sites/minimal/content/problem-a/godkendelse.toml"))
        + "bemaerkninger = \"<script>alert(1)</script>\"\n";
    let (site, err) = themed_preview(&[("content/problem-a/godkendelse.toml", &record)]);
    let page = read(&site.path().join("public/problem-a/index.html"));
    assert!(page.contains("&lt;script&gt;alert(1)"), "{err}");
    assert!(!page.contains("<script>alert(1)"));
}

/// The output folder is replaced on every build, so it can never be the site's own
/// folder or one of its folders (also when `output_dir` in config.toml says so).
#[test]
fn the_output_folder_cannot_be_the_site_or_its_content() {
    let site = site_with_overlay("sites/minimal", None);
    let root = site.path();
    for out in [
        root.to_path_buf(),
        root.join("content"),
        root.join("templates"),
    ] {
        let o = build_into(root, &out, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", out.display());
        assert!(
            stderr(&o).contains("vilde will not write its output here"),
            "{}",
            stderr(&o)
        );
    }
    let config = read(&root.join("config.toml"));
    std::fs::write(
        root.join("config.toml"),
        format!("output_dir = \"content\"\n{config}"),
    )
    .unwrap();
    let o = vilde(&["build"], root);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(root.join("content/_index.md").is_file());
    assert!(root.join("content/problem-a/index.md").is_file());
}

/// vilde replaces only a folder it wrote: a foreign folder, the site's parent, a
/// folder above it and the home folder are refused before any work, even with
/// --force for the last three, and every file in them is left as it was.
#[test]
fn foreign_folders_and_the_sites_parents_are_never_replaced() {
    let outer = tempfile::tempdir().unwrap();
    let root = outer.path().join("sites").join("vilde");
    std::fs::create_dir_all(&root).unwrap();
    copy_dir(&fixture("sites/minimal"), &root);
    let docs = outer.path().join("Dokumenter");
    std::fs::create_dir_all(docs.join("mappe")).unwrap();
    std::fs::write(docs.join("budget.xlsx"), "tal").unwrap();
    std::fs::write(docs.join("mappe/brev.docx"), "brev").unwrap();
    let before = tree(outer.path());
    let home = outer.path().join("sites");
    let run = |args: &[&str]| {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_vilde"))
            .env("VILDE_LANG", "en")
            .args(args)
            .current_dir(&root)
            .env("HOME", &home)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        err
    };
    let err = run(&["build", "--output-dir", docs.to_str().unwrap()]);
    assert!(
        err.contains("vilde did not make it") && err.contains("budget.xlsx"),
        "{err}"
    );
    for out in ["..", "../..", ".", "content"] {
        let err = run(&["build", "--force", "--output-dir", out]);
        assert!(
            err.contains("vilde will not write its output here"),
            "{out}: {err}"
        );
    }
    let err = run(&["build", "--force", "--output-dir", home.to_str().unwrap()]);
    assert!(err.contains("will not write"), "{err}");
    let config = std::fs::read_to_string(root.join("config.toml")).unwrap();
    std::fs::write(
        root.join("config.toml"),
        format!("output_dir = \"../..\"\n{config}"),
    )
    .unwrap();
    let err = run(&["build", "--force"]);
    assert!(err.contains("holds the site folder"), "{err}");
    std::fs::write(root.join("config.toml"), config).unwrap();
    assert_eq!(
        tree(outer.path()),
        before,
        "a file outside the output changed"
    );
    // Into a folder of its own it builds, and the next build may replace it.
    let out = outer.path().join("ud");
    for _ in 0..2 {
        let o = build_into(&root, &out, &[]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
}

/// Two builds into one output at the same time: the second waits for the first,
/// both succeed, and the output is one whole site.
#[test]
fn two_builds_at_once_leave_one_whole_site() {
    let site = site_with_overlay("sites/minimal", None);
    let out = site.path().join("public");
    let first = build_into(site.path(), &out, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let whole = tree(&out);
    let spawn = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_vilde"))
            .args(["build", "--root"])
            .arg(site.path())
            .args(["--output-dir"])
            .arg(&out)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for c in [a, b] {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(tree(&out), whole);
    assert_eq!(temp_dirs_beside(&out), Vec::<String>::new());
}

/// A named pipe where a page or a data file should be is an error at once.
#[test]
fn a_named_pipe_is_refused_not_waited_for() {
    let site = site_with_overlay("sites/minimal", None);
    let fifo = site.path().join("content/ror.md");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid path; mkfifo does not keep it.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let start = Instant::now();
    let o = vilde(&["build"], site.path());
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("content/ror.md") && stderr(&o).contains("named pipe"),
        "{}",
        stderr(&o)
    );
}
