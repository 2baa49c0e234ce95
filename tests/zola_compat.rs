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
    (
        "templates/index.html",
        "<html lang=\"{{ lang }}\"><body>{{ section.content | safe }}</body></html>",
    ),
    (
        "templates/page.html",
        "<html lang=\"{{ page.lang }}\"><body>{{ page.content | safe }}</body></html>",
    ),
];

fn with_templates<'a>(files: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    TEMPLATES
        .iter()
        .copied()
        .chain(files.iter().copied())
        .collect()
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
            (
                "content/post.md",
                "+++\ntitle = \"P\"\n+++\n<script>x()</script>\n",
            ),
        ])
    };
    // strict = "all" under [extra.vilde]: the script is an error on every page.
    let s = site(&files(
        "title = \"B\"\n[extra]\nx = 1\n[extra.vilde]\nstrict = \"all\"\n",
    ));
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("content/post.md:4:1: a <script> tag"),
        "{}",
        stderr(&o)
    );
    // The same settings under [vilde]: read, with a notice how to move them.
    let s = site(&files("title = \"B\"\n[vilde]\nstrict = \"all\"\n"));
    let o = vilde(&["build"], s.path());
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("warning: config.toml:2:1: vilde's settings are under [vilde]; Zola cannot read that config.toml"), "{err}");
    assert!(
        err.contains("write [extra.vilde] instead of [vilde]"),
        "{err}"
    );
    // Both: refused.
    let s = site(&files(
        "[vilde]\nstrict = \"all\"\n[extra.vilde]\nstrict = \"all\"\n",
    ));
    let o = vilde(&["build"], s.path());
    assert!(
        stderr(&o)
            .contains("error: config.toml:1:1: config.toml has both [vilde] and [extra.vilde]"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_public_sector_site_needs_its_accessibility_statement_without_problems() {
    let s = site(&with_templates(&[
        (
            "config.toml",
            "title = \"B\"\n[extra.vilde]\npublic_sector = true\n",
        ),
        ("content/_index.md", "+++\n+++\n"),
    ]));
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("accessibility statement"),
        "{}",
        stderr(&o)
    );
}

/// Build a fixture site into a temporary copy; returns the copy.
fn build_fixture(name: &str) -> tempfile::TempDir {
    let s = site_with_overlay(&format!("sites/{name}"), None);
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !stdout(&o).contains("problem"),
        "a plain Zola site hears nothing of problems: {}",
        stdout(&o)
    );
    s
}

#[test]
fn languages_have_their_own_sections_paths_config_and_translations() {
    let s = build_fixture("zola-languages");
    let out = s.path().join("public");
    insta::assert_snapshot!("languages_index_en", read(&out.join("index.html")));
    insta::assert_snapshot!("languages_index_fr", read(&out.join("fr/index.html")));
    insta::assert_snapshot!(
        "languages_section_fr",
        read(&out.join("fr/blog/index.html"))
    );
    insta::assert_snapshot!(
        "languages_page_fr",
        read(&out.join("fr/blog/hello/index.html"))
    );
    insta::assert_snapshot!(
        "languages_page_en_alone",
        read(&out.join("blog/only-english/index.html"))
    );
    assert!(!out.join("fr/blog/only-english").exists());
}

#[test]
fn a_language_code_not_in_the_config_is_an_error_naming_the_file() {
    let s = site_with_overlay("sites/zola-languages", None);
    std::fs::write(
        s.path().join("content/blog/hello.es.md"),
        "+++\ntitle = \"Hola\"\n+++\n",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: content/blog/hello.es.md: the file name has the language code `es`, which is not one of the languages in config.toml\n  expected: one of the language codes: en, fr"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn sass_is_compiled_and_static_files_win() {
    let s = build_fixture("zola-sass");
    let out = s.path().join("public");
    assert_eq!(
        read(&out.join("css/site.css")),
        "nav a{text-decoration:none}body{color:#1a1a1a}body main{padding:16px}"
    );
    assert!(read(&out.join("print.css")).starts_with("/* static/ wins"));
    assert!(!out.join("vars.css").exists() && !out.join("parts").exists());
    let index = read(&out.join("index.html"));
    // cachebust hashes the compiled CSS (sha256, first 20 hex digits).
    use sha2::Digest;
    let h = sha2::Sha256::digest(read(&out.join("css/site.css")).as_bytes());
    let hex: String = h.iter().map(|b| format!("{b:02x}")).collect();
    assert!(
        index.contains(&format!("css/site.css?h={}", &hex[..20])),
        "{index}"
    );
}

#[test]
fn a_sass_error_has_file_line_and_column() {
    let s = site_with_overlay("sites/zola-sass", None);
    std::fs::write(
        s.path().join("sass/css/site.scss"),
        "body {\n  color: $nope;\n}\n",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).starts_with("error: sass/css/site.scss:2:10: the Sass file could not be compiled to CSS: Undefined variable."), "{}", stderr(&o));
}

#[test]
fn shortcodes_inline_with_body_markdown_nested_and_escaped() {
    let s = build_fixture("zola-shortcodes");
    let out = s.path().join("public");
    insta::assert_snapshot!("shortcodes_page", read(&out.join("posts/tour/index.html")));
    insta::assert_snapshot!("shortcodes_section", read(&out.join("index.html")));
}

#[test]
fn an_unknown_shortcode_is_an_error_and_a_bad_argument_a_warning_with_its_place() {
    let s = site_with_overlay("sites/zola-shortcodes", None);
    let page = s.path().join("content/posts/bad.md");
    std::fs::write(
        &page,
        "+++\ntitle = \"Bad\"\n+++\nText\n\n{{ badg(text=\"x\") }}\n",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: content/posts/bad.md:6:1: there is no shortcode named `badg`\n  expected: a template templates/shortcodes/badg.html or .md"),
        "{}",
        stderr(&o)
    );
    // As Zola: a call that cannot be read is shown as text, with a warning here.
    std::fs::write(
        &page,
        "+++\ntitle = \"Bad\"\n+++\nText {{ badge(text=new) }}\n",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).starts_with("warning: content/posts/bad.md:4:20: the shortcode call `badge` cannot be read: the value of `text` must be text in quotes"),
        "{}",
        stderr(&o)
    );
    assert!(read(&s.path().join("public/posts/bad/index.html")).contains("{{ badge(text=new) }}"));
    std::fs::write(&page, "+++\ntitle = \"Bad\"\n+++\n\n{% note() %}\nno end\n").unwrap();
    let o = vilde(&["build"], s.path());
    assert!(
        stderr(&o).starts_with(
            "error: content/posts/bad.md:5:1: the shortcode `note` has a body but no {% end %}"
        ),
        "{}",
        stderr(&o)
    );
    // A template error names the shortcode and where it is called.
    std::fs::write(&page, "+++\ntitle = \"Bad\"\n+++\n{{ video(id=\"x\") }}\n").unwrap();
    let o = vilde(&["build"], s.path());
    assert!(
        stderr(&o).starts_with("error: content/posts/bad.md:4:1: the shortcode `video` failed:"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn taxonomies_have_list_term_and_paginated_pages_and_functions() {
    let s = build_fixture("zola-taxonomies");
    let out = s.path().join("public");
    insta::assert_snapshot!("taxonomies_index", read(&out.join("index.html")));
    insta::assert_snapshot!("taxonomies_list", read(&out.join("categories/index.html")));
    insta::assert_snapshot!(
        "taxonomies_term",
        read(&out.join("categories/code/index.html"))
    );
    insta::assert_snapshot!(
        "taxonomies_tag_pager_1",
        read(&out.join("tags/rust/index.html"))
    );
    insta::assert_snapshot!(
        "taxonomies_tag_pager_2",
        read(&out.join("tags/rust/page/2/index.html"))
    );
    insta::assert_snapshot!("taxonomies_page", read(&out.join("blog/two/index.html")));
    // Pager 1 of a paginated term sends the reader to the term's page.
    assert!(read(&out.join("tags/rust/page/1/index.html"))
        .contains("url=https://example.org/tags/rust/"));
    // `render = false`: no pages for the series taxonomy.
    assert!(!out.join("series").exists());
    let sitemap = read(&out.join("sitemap.xml"));
    for url in [
        "/tags/",
        "/tags/rust/",
        "/tags/rust/page/2/",
        "/categories/life/",
    ] {
        assert!(
            sitemap.contains(&format!("<loc>https://example.org{url}</loc>")),
            "{url}: {sitemap}"
        );
    }
    assert!(!sitemap.contains("/series/"));
}

#[test]
fn feeds_are_valid_atom_and_rss_for_the_site_sections_and_terms() {
    let s = build_fixture("zola-taxonomies");
    let out = s.path().join("public");
    for (file, titles) in [
        ("atom.xml", vec!["Three", "Two", "One & only"]),
        ("rss.xml", vec!["Three", "Two", "One & only"]),
        ("blog/atom.xml", vec!["Three", "Two", "One & only"]),
        ("categories/code/atom.xml", vec!["Two", "One & only"]),
        ("categories/life/rss.xml", vec!["Three"]),
    ] {
        let bytes = std::fs::read(out.join(file)).unwrap();
        let feed = feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{file}: {e}"));
        let got: Vec<String> = feed
            .entries
            .iter()
            .map(|e| e.title.as_ref().unwrap().content.clone())
            .collect();
        assert_eq!(got, titles, "{file}");
        assert!(
            feed.entries
                .iter()
                .all(|e| e.links[0].href.starts_with("https://example.org/blog/")),
            "{file}"
        );
    }
    let atom = feed_rs::parser::parse(&std::fs::read(out.join("atom.xml")).unwrap()[..]).unwrap();
    assert_eq!(atom.title.unwrap().content, "Notes");
    assert_eq!(atom.entries[1].authors[0].name.as_deref(), Some("Ada"));
    assert_eq!(
        atom.entries[0].authors[0].name.as_deref(),
        Some("Fixture Author")
    );
    assert!(atom.entries[1]
        .summary
        .as_ref()
        .unwrap()
        .content
        .contains("Second."));
    // feed_limit keeps the newest.
    let s2 = site_with_overlay("sites/zola-taxonomies", None);
    edit(
        &s2.path().join("config.toml"),
        "generate_feeds = true",
        "generate_feeds = true\nfeed_limit = 1",
    );
    let o = vilde(&["build"], s2.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let feed =
        feed_rs::parser::parse(&std::fs::read(s2.path().join("public/atom.xml")).unwrap()[..])
            .unwrap();
    assert_eq!(feed.entries.len(), 1);
}

#[test]
fn a_taxonomy_not_in_the_config_is_an_error_at_its_line() {
    let s = site_with_overlay("sites/zola-taxonomies", None);
    std::fs::write(
        s.path().join("content/blog/bad.md"),
        "+++\ntitle = \"Bad\"\n[taxonomies]\ntopics = [\"x\"]\n+++\n",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("error: content/blog/bad.md:4:1: the page uses the taxonomy `topics`, which is not defined in config.toml\n  expected: one of the taxonomies: tags, categories, series"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn zolas_filters_functions_and_load_data_formats() {
    let s = build_fixture("zola-tera");
    let out = s.path().join("public");
    insta::assert_snapshot!("tera_index", read(&out.join("index.html")));
    assert_eq!(
        read(&out.join("blog/post/index.html")),
        "<p>0.22.1 build Post</p>\n"
    );
    // A section's other files are published beside it, as in Zola.
    assert!(read(&out.join("blog/people.csv")).starts_with("name,quote"));
}

#[test]
fn load_data_stays_in_the_site_and_says_what_is_not_supported() {
    let s = site_with_overlay("sites/zola-tera", None);
    let index = s.path().join("templates/index.html");
    for (call, says) in [
        (
            "load_data(url=\"https://example.org/x.json\")",
            "is not supported",
        ),
        (
            "load_data(path=\"../outside.toml\")",
            "outside the site folder",
        ),
        ("load_data(path=\"data/nope.toml\")", "does not exist"),
        (
            "load_data(literal=\"a = \", format=\"toml\")",
            "is not valid TOML",
        ),
    ] {
        std::fs::write(&index, format!("{{% set d = {call} %}}")).unwrap();
        let o = vilde(&["build"], s.path());
        assert_eq!(o.status.code(), Some(1), "{call}");
        assert!(stderr(&o).contains(says), "{call}: {}", stderr(&o));
    }
}

#[test]
fn zola_toml_is_read_before_config_toml() {
    let s = site_with_overlay("sites/zola-tera", None);
    std::fs::write(
        s.path().join("zola.toml"),
        "base_url = \"https://zola.example/\"\ntitle = \"From zola.toml\"\n",
    )
    .unwrap();
    std::fs::write(
        s.path().join("templates/index.html"),
        "{{ config.title }} {{ config.base_url | safe }}",
    )
    .unwrap();
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        read(&s.path().join("public/index.html")),
        "From zola.toml https://zola.example/"
    );
}

#[test]
fn a_theme_extra_is_merged_and_its_templates_can_be_extended_by_name() {
    let s = build_fixture("zola-theme");
    let out = s.path().join("public");
    assert_eq!(
        read(&out.join("index.html")),
        "<html><body><h1>Home</h1><p>Hello from the site; &#x2F; &#x2F;about</p><footer>Theme footer</footer></body></html>\n"
    );
    assert_eq!(read(&out.join("404.html")), "theme 404\n");
    assert_eq!(read(&out.join("theme.css")), "body{}\n");
}

#[test]
fn markdown_options_of_zola_0_22() {
    let s = build_fixture("zola-markdown");
    insta::assert_snapshot!(
        "markdown_options",
        read(&s.path().join("public/options/index.html"))
    );
}

#[test]
fn the_search_index_is_in_zolas_formats() {
    let files = |format: &'static str| {
        let config: &'static str = Box::leak(
            format!("base_url = \"https://example.org\"\nbuild_search_index = true\n[search]\nindex_format = \"{format}\"\ninclude_description = true\n")
                .into_boxed_str(),
        );
        with_templates(&[
            ("config.toml", config),
            ("content/_index.md", "+++\ntitle = \"Home\"\n+++\nWelcome home.\n"),
            ("content/post.md", "+++\ntitle = \"Searchable\"\ndescription = \"About bees\"\n+++\nBees make <b>honey</b>.\n\n```\nhidden code\n```\n"),
            ("content/hidden.md", "+++\ntitle = \"Hidden\"\nin_search_index = false\n+++\nSecret.\n"),
        ])
    };
    let s = site(&files("elasticlunr_javascript"));
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let js = read(&s.path().join("public/search_index.en.js"));
    let json: serde_json::Value =
        serde_json::from_str(js.strip_prefix("window.searchIndex = ").unwrap()).unwrap();
    assert_eq!(
        json["fields"],
        serde_json::json!(["title", "description", "body"])
    );
    let docs = &json["documentStore"]["docs"];
    assert_eq!(
        docs["https://example.org/post/"]["body"],
        "Bees make honey."
    );
    assert_eq!(
        docs["https://example.org/post/"]["description"],
        "About bees"
    );
    assert!(docs.get("https://example.org/hidden/").is_none());
    assert!(
        json["index"]["body"]["root"]["b"].is_object(),
        "an inverted index of the words"
    );
    assert!(read(&s.path().join("public/elasticlunr.min.js")).contains("elasticlunr"));

    let s = site(&files("fuse_json"));
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let list: serde_json::Value =
        serde_json::from_str(&read(&s.path().join("public/search_index.en.json"))).unwrap();
    assert_eq!(
        list[1],
        serde_json::json!({"url": "https://example.org/post/", "title": "Searchable", "description": "About bees", "body": "Bees make honey."})
    );
    assert!(!s.path().join("public/elasticlunr.min.js").exists());
}

#[test]
fn a_page_without_a_date_takes_the_one_its_file_name_starts_with() {
    let s = site(&[
        ("config.toml", "base_url = \"https://example.org\"\n"),
        ("content/_index.md", "+++\n+++\n"),
        (
            "content/2020-07-08-hello.md",
            "+++\ntitle = \"Hello\"\n+++\n",
        ),
        (
            "content/2021-01-02_bundle/index.md",
            "+++\ntitle = \"B\"\ndate = 2022-05-05\n+++\n",
        ),
        ("templates/index.html", ""),
        ("templates/page.html", "{{ page.slug }} {{ page.date }}"),
    ]);
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        read(&s.path().join("public/hello/index.html")),
        "hello 2020-07-08"
    );
    assert_eq!(
        read(&s.path().join("public/bundle/index.html")),
        "bundle 2022-05-05"
    );
}

#[test]
fn ignored_content_and_static_leave_files_out() {
    let s = site(&with_templates(&[
        ("config.toml", "base_url = \"https://example.org\"\nignored_content = [\"*.xlsx\", \"**/drafts/**\"]\nignored_static = [\"*.psd\"]\n"),
        ("content/_index.md", "+++\n+++\n"),
        ("content/blog/_index.md", "+++\n+++\n"),
        ("content/blog/data.xlsx", "x"),
        ("content/blog/notes.txt", "kept"),
        ("content/blog/drafts/wip.md", "+++\ntitle = \"WIP\"\n+++\n"),
        ("static/logo.psd", "x"),
        ("static/logo.png", "x"),
        ("templates/section.html", ""),
    ]));
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = s.path().join("public");
    assert!(out.join("blog/notes.txt").exists() && out.join("logo.png").exists());
    assert!(!out.join("blog/data.xlsx").exists() && !out.join("logo.psd").exists());
    assert!(!out.join("blog/drafts").exists());
}

/// The README's table of Zola features names tests; they must exist.
#[test]
fn the_readme_feature_table_names_real_tests() {
    let readme = read(&repo().join("README.md"));
    let here = read(&repo().join("tests/zola_compat.rs"));
    let build = read(&repo().join("tests/build_sites.rs"));
    let table = readme
        .split("### Zola features")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .nth(2)
        .unwrap();
    let mut named = 0;
    for row in table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Zola feature"))
    {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let (status, test) = (cells[2], cells[3].trim_matches('`'));
        if status == "yes" {
            assert!(!test.is_empty(), "a supported feature needs a test: {row}");
        }
        if !test.is_empty() {
            named += 1;
            let f = format!("fn {test}(");
            assert!(here.contains(&f) || build.contains(&f), "no test `{test}`");
        }
    }
    assert!(named >= 15, "{named}");
}

/// One `config.toml` for both tools (checked by hand with Zola 0.22.1, which
/// builds this site too): Sass, a search index and `[extra.vilde]`.
#[test]
fn one_config_for_zola_and_vilde_with_sass_search_and_extra_vilde() {
    let s = site_with_overlay("sites/zola-both", None);
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "",
        "no notice: the settings are where Zola accepts them"
    );
    let out = s.path().join("public");
    assert_eq!(read(&out.join("site.css")), "body{color:#222}");
    assert!(read(&out.join("search_index.da.js")).starts_with("window.searchIndex = {"));
    assert!(read(&out.join("index.html")).contains("www.was.digst.dk"));
    // The accessibility statement is required here (public_sector = true).
    edit(
        &s.path().join("config.toml"),
        "accessibility_statement = \"https://www.was.digst.dk/aarhus-dk\"\n",
        "",
    );
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn an_internal_link_to_a_missing_anchor_is_an_error_at_the_link_unless_warn() {
    let files = with_templates(&[
        ("config.toml", "base_url = \"https://example.org\"\n"),
        ("content/_index.md", "+++\n+++\n"),
        ("content/b.md", "+++\ntitle = \"B\"\n+++\n## Known heading\n\n<a id=\"raw-id\"></a>\n"),
        (
            "content/a.md",
            "+++\ntitle = \"A\"\n+++\n[ok](@/b.md#known-heading) [raw](@/b.md#raw-id) [top](@/b.md#top)\n\n[bad](@/b.md#nope)\n",
        ),
    ]);
    let s = site(&files);
    let o = vilde(&["build"], s.path());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("content/a.md:6:1") && err.contains("#nope"),
        "{err}"
    );
    assert!(
        !err.contains("known-heading") && !err.contains("raw-id"),
        "{err}"
    );
    // Zola's `internal_level = "warn"` makes it a warning.
    let config = "base_url = \"https://example.org\"\n[link_checker]\ninternal_level = \"warn\"\n";
    std::fs::write(s.path().join("config.toml"), config).unwrap();
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("#nope"));
    assert!(read(&s.path().join("public/a/index.html"))
        .contains("href=\"https://example.org/b/#known-heading\""));
}

#[test]
fn content_as_zola_walks_dates_sorts_and_escapes_it() {
    let s = build_fixture("zola-content");
    let out = s.path().join("public");
    // A drafted section is left out whole: its pages and subsections too.
    for gone in [
        "drafts",
        "drafts/page",
        "drafts/deeper",
        "drafts/deeper/too",
    ] {
        assert!(!out.join(gone).exists(), "{gone} was published");
    }
    // A page bundle's subfolder is walked: a section of its own, listed nowhere
    // (its parent folder has no section), with its page; Markdown is no asset.
    assert!(out.join("blog/kit/nested/leaf/index.html").is_file());
    assert!(out.join("blog/kit/notes.txt").is_file());
    let blog = read(&out.join("blog/index.html"));
    assert!(!blog.contains("sub blog/kit/nested"), "{blog}");
    // Dates as written; sorted by their instant (the offset counts).
    let evening = blog.find("Evening in New York 2025-12-28T23:40:32-05:00");
    let afternoon = blog.find("Afternoon in London 2025-12-28T15:39:35Z");
    assert!(evening.is_some() && afternoon > evening, "{blog}");
    // A summary cut inside its paragraph ends with the site's summary-cutoff.html.
    assert!(
        blog.contains("<p>The summary stops here, inside its paragraph.<a class=\"more\" href=\"#continue-reading\">… (en)</a></p>\n</li>"),
        "{blog}"
    );
    let term = read(&out.join("tags/time/index.html"));
    assert!(
        term.contains("<li>Evening in New York</li><li>Afternoon in London</li>"),
        "{term}"
    );
    insta::assert_snapshot!(
        "content_page_with_translation",
        read(&out.join("blog/afternoon/index.html"))
    );
    insta::assert_snapshot!(
        "content_page_fr",
        read(&out.join("fr/blog/afternoon/index.html"))
    );
}

#[test]
fn a_sitemap_past_30_000_addresses_is_split_as_zola_splits_it() {
    let mut files = vec![
        (
            "config.toml".to_string(),
            "base_url = \"https://example.org\"\n".to_string(),
        ),
        ("content/_index.md".into(), "+++\n+++\n".into()),
        ("templates/index.html".into(), String::new()),
        ("templates/page.html".into(), "x".into()),
    ];
    // The root section and 30,000 pages: one address more than one file holds.
    files.extend((0..30_000).map(|i| (format!("content/p{i}.md"), "+++\n+++\n".to_string())));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let s = site(&refs);
    let o = vilde(&["build"], s.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = s.path().join("public");
    let index = read(&out.join("sitemap.xml"));
    assert!(index.contains("<sitemapindex"), "{index}");
    assert!(
        index.contains("<loc>https://example.org/sitemap1.xml</loc>")
            && index.contains("<loc>https://example.org/sitemap2.xml</loc>")
            && !index.contains("sitemap3"),
        "{index}"
    );
    let count = |f: &str| read(&out.join(f)).matches("<url>").count();
    assert_eq!((count("sitemap1.xml"), count("sitemap2.xml")), (30_000, 1));
}

#[test]
fn paginated_pages_can_be_left_out_of_the_sitemap() {
    let files = |exclude: &str| {
        vec![
            (
                "config.toml".to_string(),
                format!("base_url = \"https://example.org\"\n{exclude}"),
            ),
            (
                "content/_index.md".into(),
                "+++\npaginate_by = 1\n+++\n".into(),
            ),
            ("content/a.md".into(), "+++\n+++\n".into()),
            ("content/b.md".into(), "+++\n+++\n".into()),
            ("templates/index.html".into(), String::new()),
            ("templates/page.html".into(), String::new()),
        ]
    };
    for (exclude, pagers) in [
        ("", true),
        ("exclude_paginated_pages_in_sitemap = \"none\"\n", true),
        ("exclude_paginated_pages_in_sitemap = \"all\"\n", false),
    ] {
        let f = files(exclude);
        let refs: Vec<(&str, &str)> = f.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let s = site(&refs);
        let o = vilde(&["build"], s.path());
        assert!(o.status.success(), "{}", stderr(&o));
        let map = read(&s.path().join("public/sitemap.xml"));
        assert_eq!(
            map.contains("https://example.org/page/2/"),
            pagers,
            "{exclude}: {map}"
        );
        assert!(map.contains("https://example.org/b/"), "{map}");
    }
}

#[test]
fn preserve_dotfiles_in_output_keeps_a_git_folder_through_builds() {
    let files = |keep: &str| {
        with_templates(&[
            (
                "config.toml",
                if keep.is_empty() {
                    "base_url = \"https://example.org\"\n"
                } else {
                    "base_url = \"https://example.org\"\npreserve_dotfiles_in_output = true\n"
                },
            ),
            ("content/_index.md", "+++\n+++\nHello\n"),
        ])
    };
    let s = site(&files("keep"));
    assert!(vilde(&["build"], s.path()).status.success());
    let public = s.path().join("public");
    std::fs::create_dir_all(public.join(".git/refs")).unwrap();
    std::fs::write(public.join(".git/HEAD"), "ref: refs/heads/pages\n").unwrap();
    std::fs::write(public.join(".nojekyll"), "").unwrap();
    for _ in 0..2 {
        let o = vilde(&["build"], s.path());
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(read(&public.join(".git/HEAD")), "ref: refs/heads/pages\n");
        assert!(public.join(".nojekyll").is_file() && public.join("index.html").is_file());
    }
    // A file without a dot first is still not the build's to replace.
    std::fs::write(public.join("mine.txt"), "x").unwrap();
    assert!(!vilde(&["build"], s.path()).status.success());
    std::fs::remove_file(public.join("mine.txt")).unwrap();
    // Without the setting a `.git` folder makes the output someone else's.
    std::fs::write(s.path().join("config.toml"), files("")[2].1).unwrap();
    let o = vilde(&["build"], s.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains(".git/HEAD"), "{}", stderr(&o));
    assert!(public.join(".git/HEAD").is_file());
}

#[test]
fn a_missing_page_or_section_template_gets_zolas_stand_in_page() {
    for (lang, words) in [("en", "Welcome to Zola!"), ("da", "Skabelonen mangler")] {
        let config = format!("base_url = \"https://example.org\"\ndefault_language = \"{lang}\"\n");
        let s = site(&[
            ("config.toml", config.as_str()),
            ("content/_index.md", "+++\n+++\n"),
            ("content/blog/_index.md", "+++\n+++\n"),
            ("content/blog/post.md", "+++\ntitle = \"Post\"\n+++\nText\n"),
            ("templates/index.html", "home"),
        ]);
        let o = vilde(&["build"], s.path());
        assert!(o.status.success(), "{}", stderr(&o));
        let page = read(&s.path().join("public/blog/post/index.html"));
        assert!(
            page.contains(words) && page.contains("<b>page.html</b>"),
            "{page}"
        );
        assert!(page.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        let section = read(&s.path().join("public/blog/index.html"));
        assert!(section.contains("<b>section.html</b>"), "{section}");
        assert_eq!(read(&s.path().join("public/index.html")), "home");
    }
    // A template a page names itself is still an error when it is missing.
    let s = site(&[
        ("config.toml", "base_url = \"https://example.org\"\n"),
        ("content/_index.md", "+++\n+++\n"),
        ("content/post.md", "+++\ntemplate = \"special.html\"\n+++\n"),
        ("templates/index.html", ""),
    ]);
    let o = vilde(&["build"], s.path());
    assert!(!o.status.success());
    assert!(stderr(&o).contains("special.html"), "{}", stderr(&o));
}
