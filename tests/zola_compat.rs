//! Plain Zola sites: vilde's domain rules stay out of them, and `config.toml`
//! is one both tools read.

mod common;

use std::path::Path;

use common::*;

/// A site made of `(path, text)` files in a fresh folder.
fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in files {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

const TEMPLATES: &[(&str, &str)] = &[
    ("templates/index.html", "<html lang=\"{{ lang }}\"><body>{{ section.content | safe }}</body></html>"),
    ("templates/page.html", "<html lang=\"{{ page.lang }}\"><body>{{ page.content | safe }}</body></html>"),
];

fn with_templates<'a>(files: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    TEMPLATES.iter().copied().chain(files.iter().copied()).collect()
}

#[test]
fn a_plain_zola_site_keeps_raw_html_and_only_warns_about_images() {
    let s = site(&with_templates(&[
        ("config.toml", "base_url = \"https://example.org\"\ntitle = \"Blog\"\n"),
        ("content/_index.md", "+++\n+++\nHello\n"),
        (
            "content/post.md",
            "+++\ntitle = \"Post\"\n+++\n<script>track()</script>\n\n<div onclick=\"go()\">x</div>\n\n![](missing.png)\n",
        ),
    ]));
    let o = vilde(&["build"], s.path());
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("accessibility"), "{err}");
    assert!(err.contains("warning: content/post.md:8:1:"), "{err}");
    let html = read(&s.path().join("public/post/index.html"));
    assert!(html.contains("<script>track()</script>"), "{html}");
    assert!(html.contains("onclick=\"go()\""), "{html}");
    // Zola's default language.
    assert!(html.starts_with("<html lang=\"en\">"), "{html}");
}

#[test]
fn extra_vilde_is_read_and_the_older_table_gives_a_notice() {
    let files = |config: &'static str| {
        with_templates(&[
            ("config.toml", config),
            ("content/_index.md", "+++\n+++\n"),
            ("content/post.md", "+++\ntitle = \"P\"\n+++\n<script>x()</script>\n"),
        ])
    };
    // strict = "all" under [extra.vilde]: the script is an error on every page.
    let s = site(&files("title = \"B\"\n[extra]\nx = 1\n[extra.vilde]\nstrict = \"all\"\n"));
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("content/post.md:4:1: a <script> tag"), "{}", stderr(&o));
    // The same settings under [vilde]: read, with a notice how to move them.
    let s = site(&files("title = \"B\"\n[vilde]\nstrict = \"all\"\n"));
    let o = vilde(&["build"], s.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("warning: config.toml:2:1: vilde's settings are under [vilde]; Zola cannot read that config.toml"), "{err}");
    assert!(err.contains("write [extra.vilde] instead of [vilde]"), "{err}");
    // Both: refused.
    let s = site(&files("[vilde]\nstrict = \"all\"\n[extra.vilde]\nstrict = \"all\"\n"));
    let o = vilde(&["build"], s.path());
    assert!(stderr(&o).contains("error: config.toml:1:1: config.toml has both [vilde] and [extra.vilde]"), "{}", stderr(&o));
}

#[test]
fn a_public_sector_site_needs_its_accessibility_statement_without_problems() {
    let s = site(&with_templates(&[
        ("config.toml", "title = \"B\"\n[extra.vilde]\npublic_sector = true\n"),
        ("content/_index.md", "+++\n+++\n"),
    ]));
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("accessibility statement"), "{}", stderr(&o));
}
