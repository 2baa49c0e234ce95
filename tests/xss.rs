//! Hostile page text (tests/xss/payloads.txt): every payload becomes a draft page's
//! body and the text given to the `markdown` filter. The preview build must
//! succeed, report the payloads it removes, and leave nothing in the pages that the
//! guard would call unsafe. tests/browser/xss.test.mjs runs the same pages in
//! Chromium.

mod common;

use common::*;
use vilde::markdown::html_guard;

/// The payloads, one per line.
pub fn payloads() -> Vec<String> {
    read(&fixture("xss/payloads.txt"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("# ") && l != &"#")
        .map(String::from)
        .collect()
}

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

/// The content between `<main>` and `</main>`: what the page text made.
fn main_of(html: &str) -> &str {
    let start = html.find("<main>").unwrap();
    let end = html.rfind("</main>").unwrap();
    &html[start + "<main>".len()..end]
}

#[test]
fn no_payload_survives_the_sanitizer() {
    let list = payloads();
    assert!(list.len() >= 60, "only {} payloads", list.len());
    let site = tempfile::tempdir().unwrap();
    copy_dir(&fixture("xss/site"), site.path());
    for (i, p) in list.iter().enumerate() {
        let front = format!(
            "+++\ntitle = \"Prøve {n:02}\"\ndraft = true\n[extra]\npayload = {}\n+++\n",
            toml::Value::String(p.clone()),
            n = i + 1
        );
        std::fs::write(
            site.path().join(format!("content/p{:02}.md", i + 1)),
            format!("{front}{p}\n"),
        )
        .unwrap();
    }
    let out = site.path().join("public");
    let o = build_into(site.path(), &out, &["--drafts"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let hosts = vilde::config::VildeConfig::default().allowed_video_hosts;
    let mut unreported = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let page = out.join(format!("p{:02}/index.html", i + 1));
        let html = read(&page);
        let main = main_of(&html);
        // An iframe whose address was removed stays as an empty frame (about:blank).
        let left: Vec<_> = html_guard::scan(main, &hosts)
            .into_iter()
            .filter(|f| f.problem != html_guard::Problem::Iframe(None))
            .collect();
        assert!(left.is_empty(), "payload {}: {p}\n{left:?}\n{main}", i + 1);
        if !err.contains(&format!("content/p{:02}.md", i + 1)) {
            // Not reported: Markdown already shows it as text or an inert link.
            unreported.push(p.clone());
        }
    }
    assert!(unreported.len() <= 10, "{unreported:#?}");
}
