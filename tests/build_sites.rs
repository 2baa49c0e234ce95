//! Valid fixture sites build from the command line; key pages are snapshot.

mod common;

use common::*;

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn zola_conventions_site_renders_unchanged() {
    let site = site_with_overlay("sites/zola", None);
    let o = vilde(&["build"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = site.path().join("public");
    insta::assert_snapshot!("zola_index", read(&out.join("index.html")));
    insta::assert_snapshot!("zola_section", read(&out.join("blog/index.html")));
    insta::assert_snapshot!("zola_page", read(&out.join("blog/first/index.html")));
    insta::assert_snapshot!("zola_bundle", read(&out.join("blog/bundle/index.html")));
    insta::assert_snapshot!("zola_sitemap", read(&out.join("sitemap.xml")));
    insta::assert_snapshot!("zola_robots", read(&out.join("robots.txt")));
    assert_eq!(read(&out.join("blog/bundle/dot.txt")), "asset\n");
    assert_eq!(read(&out.join("site.css")), "body { color: #111; }\n");
    assert!(out.join("404.html").is_file());
}

/// Without `get_page`/`get_section` in any template, page views are lent to their
/// section's render and moved into their own (no copies): the pages must come out
/// exactly as when they are copied.
#[test]
fn pages_render_the_same_when_their_views_are_moved_instead_of_copied() {
    let site = site_with_overlay("sites/zola", None);
    let index = site.path().join("templates/index.html");
    std::fs::write(
        &index,
        "{% extends \"base.html\" %}{% block content %}<h1>{{ section.title }}</h1>{% endblock %}\n",
    )
    .unwrap();
    let o = vilde(&["build"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = site.path().join("public");
    insta::assert_snapshot!("zola_section", read(&out.join("blog/index.html")));
    insta::assert_snapshot!("zola_page", read(&out.join("blog/first/index.html")));
    insta::assert_snapshot!("zola_bundle", read(&out.join("blog/bundle/index.html")));
}

/// Zola's `paginate_by`/`paginate_path` and `aliases`: pagers, the `page/1/`
/// redirect, alias redirects and pagers in the sitemap; the same pagers whether
/// page views are moved or copied.
#[test]
fn sections_paginate_and_aliases_redirect_like_zola() {
    let mut pagers = Vec::new();
    for copied in [false, true] {
        let site = site_with_overlay("sites/paginated", None);
        if copied {
            let t = site.path().join("templates/index.html");
            let src = read(&t) + "{# get_page is mentioned, so views are copied #}\n";
            std::fs::write(&t, src).unwrap();
        }
        let o = vilde(&["build", "--root", site.path().to_str().unwrap()], &repo());
        assert!(o.status.success(), "{}", stderr(&o));
        let out = site.path().join("public");
        let first = read(&out.join("nyheder/index.html"));
        assert!(first.contains("Nyhed 1</a>") && first.contains("Nyhed 2</a>"));
        assert!(!first.contains("Nyhed 3</a>") && !first.contains("Forrige"));
        let third = read(&out.join("nyheder/side/3/index.html"));
        assert!(third.contains("Nyhed 5</a>") && !third.contains("Næste"));
        pagers.push(read(&out.join("nyheder/side/2/index.html")));
        for (alias, to) in [
            ("nyheder/side/1/index.html", "https://example.org/nyheder/"),
            ("gamle-nyheder/index.html", "https://example.org/nyheder/"),
            (
                "2023/nyhed-et/index.html",
                "https://example.org/nyheder/nyhed-1/",
            ),
            ("arkiv/nyhed1.html", "https://example.org/nyheder/nyhed-1/"),
        ] {
            let html = read(&out.join(alias));
            assert!(
                html.contains(&format!("content=\"0; url={to}\"")),
                "{alias}: {html}"
            );
        }
        let sitemap = read(&out.join("sitemap.xml"));
        assert!(sitemap.contains("<loc>https://example.org/nyheder/side/3/</loc>"));
        // As Zola lists them: every pager at `side/<n>/`, the first one too.
        assert!(sitemap.contains("<loc>https://example.org/nyheder/side/1/</loc>"));
    }
    assert_eq!(pagers[0], pagers[1]);
    insta::assert_snapshot!("paginated_pager_2", pagers[0]);
}

#[test]
fn default_site_preview_has_every_page_with_banner() {
    let (_tmp, out) = build_default(&["--drafts"]);
    let slugs = [
        "baeredygtig-vaekst",
        "unges-mentale-sundhed",
        "sundhed-ind-i-alt",
        "blandede-bydele-og-integration",
        "den-demokratiske-samtale",
        "klima-og-baeredygtighed",
        "rekruttering-og-kompetencer",
    ];
    let index = read(&out.join("index.html"));
    for s in slugs {
        let page = read(&out.join(s).join("index.html"));
        assert!(page.contains("UDKAST"), "{s}: no draft banner");
        assert!(
            page.contains("<meta content=\"noindex, nofollow\" name=robots>"),
            "{s}: no noindex"
        );
        assert!(
            index.contains(&format!("href={s}/index.html")),
            "{s} not linked from the front page"
        );
        // The link preview: a 1200×630 card of its own.
        let card = image::open(out.join(s).join("deling.png")).unwrap();
        assert_eq!((card.width(), card.height()), (1200, 630), "{s}");
        assert!(
            page.contains(&format!(
                "<meta content=https://faellesomaarhus.aarhus.dk/vilde-problemer/{s}/deling.png property=og:image>"
            )),
            "{s}: og:image"
        );
    }
    let b = read(&out.join("blandede-bydele-og-integration/index.html"));
    assert!(b.contains("<h1>Blandede Bydele og Integration</h1>"));
    assert!(b.contains("EMN-2022-510197"));
    assert!(b.contains("Sociale Forhold og Beskæftigelse (MSB)"));
    assert!(b.contains("Gå til hovedindhold"));
    assert!(b.contains("Tilgængelighedserklæring"));
    assert!(
        !out.join("blandede-bydele-og-integration/godkendelse.toml")
            .exists(),
        "approval record published"
    );
}

#[test]
fn default_site_public_build_lists_all_seven_but_publishes_no_draft() {
    let (_tmp, out) = build_default(&[]);
    assert!(!out.join("blandede-bydele-og-integration").exists());
    let index = read(&out.join("index.html"));
    assert_eq!(index.matches("Under udarbejdelse").count(), 7, "{index}");
    assert!(!index.contains("UDKAST"));
}

#[test]
fn base_url_with_a_path_is_carried_everywhere() {
    let site = site_with_overlay("sites/minimal", None);
    let o = vilde(
        &["build", "--base-url", "https://aarhus.dk/vildeproblemer"],
        site.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let sitemap = read(&site.path().join("public/sitemap.xml"));
    assert!(
        sitemap.contains("<loc>https://aarhus.dk/vildeproblemer/problem-a/</loc>"),
        "{sitemap}"
    );
    assert!(read(&site.path().join("public/robots.txt"))
        .contains("https://aarhus.dk/vildeproblemer/sitemap.xml"));
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let root = repo();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    for out in [&a, &b] {
        let o = vilde(
            &[
                "build",
                "--drafts",
                "--root",
                root.to_str().unwrap(),
                "--output-dir",
                out.to_str().unwrap(),
            ],
            tmp.path(),
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    assert_eq!(tree(&a), tree(&b));
}

#[test]
fn new_scaffolds_a_bundle_that_builds_as_preview() {
    let site = site_with_overlay("sites/minimal", None);
    let o = vilde(&["new", "unges-mentale-sundhed"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let o = vilde(&["build", "--drafts"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("the problem `Unges mentale sundhed` lacks"),
        "{}",
        stderr(&o)
    );
    let again = vilde(&["new", "unges-mentale-sundhed"], site.path());
    assert_eq!(again.status.code(), Some(1));
    // The text vilde writes itself passes vilde's own plain-language checks.
    let o = vilde(&["check", "--drafts"], site.path());
    let err = stderr(&o);
    let own: Vec<&str> = err
        .lines()
        .filter(|l| {
            l.contains("content/unges-mentale-sundhed/index.md")
                && (l.contains("plain language") || l.contains("LIX"))
        })
        .collect();
    assert!(own.is_empty(), "{own:?}");
}

#[test]
fn the_default_sites_placeholders_pass_its_own_checks() {
    let o = vilde(
        &["check", "--drafts", "--root", repo().to_str().unwrap()],
        &repo(),
    );
    let err = stderr(&o);
    for slug in [
        "baeredygtig-vaekst",
        "unges-mentale-sundhed",
        "sundhed-ind-i-alt",
    ] {
        let own: Vec<&str> = err
            .lines()
            .filter(|l| {
                l.contains(&format!("content/{slug}/index.md"))
                    && (l.contains("plain language") || l.contains("LIX"))
            })
            .collect();
        assert!(own.is_empty(), "{own:?}");
    }
    // The real text gets concrete pointers, with line and column.
    assert!(err.contains("content/blandede-bydele-og-integration/index.md:29:25: plain language – jargon: \"segregeringen\""), "{err}");
}

#[test]
fn help_is_there_in_danish_and_english() {
    let d = tempfile::tempdir().unwrap();
    for cmd in ["build", "check", "new", "status", "approve", "serve"] {
        let da = vilde_in("da", &[cmd, "--help"], d.path());
        assert!(da.status.success());
        let text = String::from_utf8_lossy(&da.stdout);
        assert!(
            text.contains("Brug: vilde")
                && text.contains("Valgmuligheder:")
                && !text.contains("Usage"),
            "{text}"
        );
        let en = vilde_in("en", &[cmd, "--help"], d.path());
        assert!(String::from_utf8_lossy(&en.stdout).contains("Usage: vilde"));
    }
    let o = vilde_in("da", &["approve", "x", "tekst"], d.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("fejl: der mangler noget på kommandolinjen: --by"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_is_there_for_every_command() {
    let d = tempfile::tempdir().unwrap();
    for cmd in ["build", "check", "new"] {
        let o = vilde(&[cmd, "--help"], d.path());
        assert!(o.status.success());
        assert!(String::from_utf8_lossy(&o.stdout).contains("Usage: vilde"));
    }
}

#[test]
fn a_site_without_theme_can_preview_with_the_builtin_domain_pages() {
    let site = site_with_overlay("sites/zola", None);
    // A plain Zola site never enters the domain: no status page.
    let o = vilde(&["build", "--drafts"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!site.path().join("public/_status").exists());
    // With vilde settings (and no theme) the built-in domain pages stand in.
    let config = site.path().join("config.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        format!("{text}\n[extra.vilde]\npublic_sector = false\n"),
    )
    .unwrap();
    let o = vilde(&["build", "--drafts"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let status = read(&site.path().join("public/_status/index.html"));
    assert!(
        status.contains("<h1>Status for de vilde problemer</h1>"),
        "{status}"
    );
}

/// Every address in an HTML file's navigational attributes, entities decoded.
fn addresses(html: &str) -> Vec<String> {
    let re =
        regex::Regex::new(r#"\s(?:href|src|poster|action|data)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#)
            .unwrap();
    re.captures_iter(html)
        .map(|c| {
            let v = c.get(1).or(c.get(2)).or(c.get(3)).unwrap().as_str();
            v.replace("&amp;", "&")
        })
        .collect()
}

/// A preview folder is opened from disk or a shared drive: every link into the
/// site is relative and leads to a file that is there; the public build keeps the
/// live site's addresses.
#[test]
fn a_preview_folder_works_when_opened_from_disk() {
    let (_tmp, out) = build_default(&["--drafts"]);
    let base = "https://faellesomaarhus.aarhus.dk/vilde-problemer/";
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = read(path);
        let rel = path.strip_prefix(&out).unwrap().display().to_string();
        for url in addresses(&html) {
            assert!(
                !url.starts_with(base) && !url.starts_with("/vilde-problemer"),
                "{rel}: {url}"
            );
            if url.starts_with('#') || url.contains(':') || url.starts_with("//") {
                continue;
            }
            let file = url.split(['?', '#']).next().unwrap();
            let target = path.parent().unwrap().join(file);
            assert!(target.is_file(), "{rel}: {url} leads nowhere");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");

    let (_tmp, public) = build_default(&[]);
    let index = read(&public.join("index.html"));
    assert!(index.contains(&format!("href={base}")), "{index}");
    assert!(
        !index.contains("index.html"),
        "public links name index.html"
    );
}
