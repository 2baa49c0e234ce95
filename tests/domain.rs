//! The domain rules from the command line on real sites: the fixed slide
//! template, approvals with content hashes, the status table, the deck's print
//! layout (one landscape PDF page per slide, in headless Chromium).

mod common;

use common::*;

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn slides_off_the_template_are_not_published_and_not_approved_without_trods_fejl() {
    let site = site_with_overlay("sites/minimal", Some("invalid/slides-wrong-heading"));
    // Not approved: the public build leaves them out and says why.
    let o = vilde_in("da", &["build"], site.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Problem A – slides: ikke udgivet – udkast"),
        "{}",
        stdout(&o)
    );
    assert!(!site.path().join("public/problem-a/slides").exists());
    let o = vilde(&["build", "--drafts"], site.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: content/problem-a/slides.md:7:1:"));
    // Approving checks them as publishing would.
    let approve = |extra: &[&str]| {
        let mut a = vec![
            "approve",
            "problem-a",
            "slides",
            "--by",
            "Rådmandskredsen",
            "--date",
            "2023-02-22",
        ];
        a.extend_from_slice(extra);
        vilde(&a, site.path())
    };
    let o = approve(&[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error: content/problem-a/slides.md:7:1:")
            && err.contains("Involvering og mobilisering"),
        "{err}"
    );
    assert!(
        err.contains("`vilde approve problem-a slides --by \"Rådmandskredsen\" --trods-fejl`"),
        "{err}"
    );
    let o = approve(&["--trods-fejl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = vilde(&["build"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("warning: content/problem-a/slides.md:7:1:"),
        "{}",
        stderr(&o)
    );
    assert!(site
        .path()
        .join("public/problem-a/slides/index.html")
        .is_file());
    assert!(stdout(&vilde_in("da", &["status"], site.path()))
        .contains("godkendt trods fejl 22. februar 2023"));
}

#[test]
fn default_deck_has_the_five_template_slides() {
    let (_tmp, out) = build_default(&["--drafts"]);
    let deck = read(&out.join("blandede-bydele-og-integration/slides/index.html"));
    assert_eq!(
        deck.matches("<section class=\"slide").count()
            + deck.matches("<section class=slide").count(),
        5,
        "{deck}"
    );
    for h in [
        "Forslag til problemforståelse",
        "Involvering og mobilisering",
        "Hvilken viden står vi på nu?",
        "Politisk afsæt for arbejdet",
    ] {
        assert!(deck.contains(h), "{h}");
    }
    assert!(
        !deck.contains("Slides passer ikke til skabelonen"),
        "the seed's slides fit the template"
    );
    let page = read(&out.join("blandede-bydele-og-integration/index.html"));
    assert!(page.contains("Afvist"), "approval banner");
    assert!(page.contains("Det fremsendte materiale kunne ikke godkendes i sin nuværende form."));
    assert!(page.contains("Det bliver sagt i videoen"));
    assert!(page.contains("LIX"));
    let vtt = read(&out.join("blandede-bydele-og-integration/video.da.vtt"));
    assert!(vtt.starts_with("WEBVTT"));
    assert!(out
        .join("blandede-bydele-og-integration/drejebog/index.html")
        .is_file());
    assert!(out.join("_status/index.html").is_file());
}

#[test]
fn public_build_has_no_internal_pages() {
    let (_tmp, out) = build_default(&[]);
    for (path, bytes) in tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        for needle in [
            "UDKAST",
            "drejebog/",
            "_status",
            "livereload",
            "LIX",
            "Afvist",
            "Talepinde",
        ] {
            assert!(!text.contains(needle), "{path} contains {needle}");
        }
        assert!(
            !path.contains("drejebog") && !path.starts_with("_status") && !path.ends_with(".vtt"),
            "{path}"
        );
    }
}

#[test]
fn approve_records_the_fingerprint_and_a_changed_file_needs_new_approval() {
    let site = site_with_overlay("sites/minimal", None);
    std::fs::write(
        site.path().join("content/problem-a/index.md"),
        read(&site.path().join("content/problem-a/index.md")) + "\nNy sætning.\n",
    )
    .unwrap();
    let o = vilde(&["build"], site.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("content/problem-a/index.md: the tekst has changed since it was approved on 21. februar 2023 by Rådmandskredsen; it must be approved again"), "{}", stderr(&o));
    let a = vilde(
        &[
            "approve",
            "problem-a",
            "tekst",
            "--by",
            "Rådmandskredsen",
            "--date",
            "2023-02-22",
        ],
        site.path(),
    );
    assert!(a.status.success(), "{}", stderr(&a));
    assert!(site.path().join("content/problem-a/.godkendt").is_dir());
    let o = vilde(&["build"], site.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(read(&site.path().join("public/problem-a/index.html")).contains("Ny sætning."));
    assert!(!site.path().join("public/problem-a/.godkendt").exists());
    let bad = vilde(&["approve", "problem-a", "video", "--by", "X"], site.path());
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("tekst, slides, drejebog"));
}

#[test]
fn status_json_and_strict() {
    let d = tempfile::tempdir().unwrap();
    let root = repo();
    let status = |extra: &[&str]| {
        let mut a = vec!["status", "--root", root.to_str().unwrap()];
        a.extend_from_slice(extra);
        vilde_in("da", &a, d.path())
    };
    let o = status(&["--format", "json", "--today", "2023-02-22"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let problems = v["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 7);
    let b = problems
        .iter()
        .find(|p| p["title"] == "Blandede Bydele og Integration")
        .unwrap();
    assert_eq!(b["pieces"][0]["status"]["slug"], "afvist");
    assert_eq!(b["video"]["estimate"]["formatted"], "3:30");
    assert_eq!(b["video"]["expected"], "1. marts 2023");
    assert_eq!(v["overdue"].as_array().unwrap().len(), 0);
    assert_eq!(v["next_deadline"]["days_left"], 1);
    assert_eq!(v["ready"], false);
    let strict = status(&["--strict", "--today", "2023-02-24"]);
    assert_eq!(strict.status.code(), Some(1));
    let out = stdout(&strict);
    assert!(out.contains("Over fristen:"), "{out}");
    assert!(out.contains(
        "Blandede Bydele og Integration – slides: afvist 20. februar 2023 (Rådmandskredsen, MSB) (23. februar 2023: Slides til Borgmesterens Afdeling)"
    ), "{out}");
    assert!(out.contains("Svar: Ikke klar"), "{out}");
}

/// Printing the deck page gives exactly one landscape page per slide.
#[test]
fn printed_deck_has_one_landscape_page_per_slide() {
    if !installed("chromium", "--version", "chromium") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = vilde(
        &[
            "build",
            "--drafts",
            "--root",
            repo().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--base-url",
            &format!("file://{}/", out.display()),
        ],
        tmp.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = tmp.path().join("deck.pdf");
    let profile = tmp.path().join("profile");
    let deck = out.join("blandede-bydele-og-integration/slides/index.html");
    let c = std::process::Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", deck.display()))
        .output()
        .unwrap();
    assert!(
        pdf.is_file(),
        "no PDF: {}",
        String::from_utf8_lossy(&c.stderr)
    );
    let info = std::process::Command::new("pdfinfo")
        .arg(&pdf)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8_lossy(&info.stdout);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pages, 5, "{info}");
    let size = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    let nums: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(nums[0] > nums[1], "not landscape: {size}");
    // The master on paper: every page marked as a draft, the content slides carry the
    // problem and department and "n / 5".
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), 5, "{text}");
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains("UDKAST – ikke godkendt"), "page {}: {p}", i + 1);
        assert!(
            p.replace(' ', "").contains(&format!("{}/5", i + 1)),
            "page {}: {p}",
            i + 1
        );
        if i > 0 {
            assert!(
                p.contains("Blandede Bydele og Integration · Sociale Forhold og"),
                "page {}: {p}",
                i + 1
            );
        }
    }
}

#[test]
fn external_video_must_come_from_an_allowed_host() {
    let site = site_with_overlay("sites/minimal", Some("invalid/video-host"));
    let o = vilde(&["build", "--drafts"], site.path());
    let err = stderr(&o);
    assert!(err.contains("warning: content/problem-a/drejebog.toml:4:8: the video address points to `example.com`, which is not an allowed video host"), "{err}");
}

/// SubRip text for WebVTT cues (numbered blocks, `,` before the milliseconds).
fn vtt_to_srt(vtt: &str) -> String {
    let mut out = String::new();
    let blocks = vtt.split("\n\n").skip(1).filter(|b| b.contains("-->"));
    for (i, b) in blocks.enumerate() {
        let (timing, text) = b.split_once('\n').unwrap();
        out.push_str(&format!(
            "{}\n{}\n{}\n\n",
            i + 1,
            timing.replace('.', ","),
            text.trim_end()
        ));
    }
    out
}

/// A producer's own `.srt` for the recorded video replaces the captions made from
/// the talepinde, and a word that differs from the talepinde is reported at its cue.
#[test]
fn a_producers_captions_are_published_and_checked_against_the_talepinde() {
    let site = default_site_copy();
    let dir = site.path().join("content/blandede-bydele-og-integration");
    let out = site.path().join("public");
    let o = build_into(site.path(), &out, &["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let made =
        std::fs::read_to_string(out.join("blandede-bydele-og-integration/video.da.vtt")).unwrap();
    assert!(made.contains("generationstyveri"), "{made}");
    let srt = vtt_to_srt(&made).replacen("generationstyveri", "generationsrøveri", 1);
    std::fs::write(dir.join("video.srt"), &srt).unwrap();
    edit(
        &dir.join("drejebog.toml"),
        "[video]\n",
        "[video]\nurl = \"https://video.aarhus.dk/blandede\"\nvarighed = \"2:30\"\nundertekster = \"video.srt\"\n",
    );
    let o = vilde(&["check", "--drafts"], site.path());
    let err = stderr(&o);
    let line = srt.lines().position(|l| l.contains("-->")).unwrap() + 1;
    assert!(
        err.contains(&format!(
            "content/blandede-bydele-og-integration/video.srt:{line}:1: the captions say \"generationsrøveri\" where the talepinde say \"generationstyveri\""
        )),
        "{err}"
    );
    let o = build_into(site.path(), &out, &["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let published =
        std::fs::read_to_string(out.join("blandede-bydele-og-integration/video.da.vtt")).unwrap();
    assert!(published.starts_with("WEBVTT\n"), "{published}");
    assert!(published.contains("generationsrøveri"), "{published}");

    // A file that is not captions is an error at its line, and the cues from the
    // talepinde are used meanwhile.
    std::fs::write(
        dir.join("video.srt"),
        "1\n00:00:01,000 -> 00:00:03,000\nHej\n",
    )
    .unwrap();
    let o = vilde(&["check", "--drafts"], site.path());
    assert!(
        stderr(&o).contains("content/blandede-bydele-og-integration/video.srt:1:1: a time code for a caption was expected here"),
        "{}",
        stderr(&o)
    );
}

/// Whether `tool` runs (`tool ARG`); in CI it must, as `.ci/run` installs `package`.
/// Outside CI a missing tool skips the test with a note.
fn installed(tool: &str, arg: &str, package: &str) -> bool {
    if std::process::Command::new(tool).arg(arg).output().is_ok() {
        return true;
    }
    assert!(
        std::env::var("CI").is_err(),
        "{tool} is required in CI (.ci/run installs {package})"
    );
    eprintln!("skipped: {tool} is not installed (bash .ci/run installs {package})");
    false
}

/// Run a poppler/zbar tool and return its standard output.
fn tool(name: &str, args: &[&str]) -> String {
    let o = std::process::Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{name} (poppler-utils, zbar-tools; .ci/run installs them): {e}")
        });
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// vilde writes the deck and the stand poster as PDFs itself: tagged, in Danish,
/// with selectable text in the bundled font, marked as drafts, and the poster's QR
/// code leads to the problem's page.
#[test]
fn the_deck_and_the_poster_are_tagged_pdfs_written_by_vilde() {
    if !installed("pdfinfo", "-v", "poppler-utils") {
        return;
    }
    let (_tmp, out) = build_default(&["--drafts"]);
    let dir = out.join("blandede-bydele-og-integration");
    let deck = dir.join("slides.pdf");
    let deck_s = deck.to_str().unwrap();
    let info = tool("pdfinfo", &[deck_s]);
    assert!(info.contains("Pages:           5"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("842 x 595 pts"), "not A4 landscape: {info}");
    assert!(
        info.contains("Title:           Slides: Blandede Bydele og Integration"),
        "{info}"
    );
    let bytes = std::fs::read(&deck).unwrap();
    assert!(
        bytes.windows(9).any(|w| w == b"/Lang(da)"),
        "no document language"
    );
    let fonts = tool("pdffonts", &[deck_s]);
    assert!(
        fonts.contains("IBMPlexSans-Bold") && fonts.contains(" yes yes yes "),
        "{fonts}"
    );
    let text = tool("pdftotext", &["-layout", deck_s, "-"]);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), 5, "{text}");
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains("UDKAST – ikke godkendt"), "page {}: {p}", i + 1);
    }
    assert!(
        pages[1].contains("Forslag til problemforståelse"),
        "{}",
        pages[1]
    );
    assert!(
        pages[1].contains("Sociale Forhold og Beskæftigelse"),
        "{}",
        pages[1]
    );

    let poster = dir.join("plakat.pdf");
    let poster_s = poster.to_str().unwrap();
    let info = tool("pdfinfo", &[poster_s]);
    assert!(
        info.contains("Pages:           1") && info.contains("595 x 842 pts"),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
    let text = tool("pdftotext", &[poster_s, "-"]);
    for want in [
        "Blandede Bydele og",
        "Sociale Forhold og Beskæftigelse",
        "Anne Marie Frederiksen",
        "UDKAST – ikke godkendt",
    ] {
        assert!(text.contains(want), "{want}: {text}");
    }
    let png = dir.join("plakat");
    tool(
        "pdftoppm",
        &[
            "-r",
            "150",
            "-png",
            "-singlefile",
            poster_s,
            png.to_str().unwrap(),
        ],
    );
    if installed("zbarimg", "--version", "zbar-tools") {
        let qr = tool(
            "zbarimg",
            &["--quiet", "--raw", dir.join("plakat.png").to_str().unwrap()],
        );
        assert_eq!(
            qr.trim(),
            "https://faellesomaarhus.aarhus.dk/vilde-problemer/blandede-bydele-og-integration/"
        );
    }
}

/// The combined deck for Borgmesterens Afdeling: every problem's slides in the
/// site's order, each with its own marks and violations page.
#[test]
fn the_combined_deck_has_every_problems_slides_in_the_sites_order() {
    if !installed("pdfinfo", "-v", "poppler-utils") {
        return;
    }
    let site = default_site_copy();
    let content = site.path().join("content");
    // A second deck, with the first problem's title on its title slide: a violation.
    std::fs::copy(
        content.join("blandede-bydele-og-integration/slides.md"),
        content.join("den-demokratiske-samtale/slides.md"),
    )
    .unwrap();
    let out = site.path().join("public");
    let o = build_into(site.path(), &out, &["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = out.join("vilde-problemer-slides.pdf");
    let pdf_s = pdf.to_str().unwrap();
    let info = tool("pdfinfo", &[pdf_s]);
    assert!(info.contains("Pages:           11"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    let text = tool("pdftotext", &["-layout", pdf_s, "-"]);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), 11, "{text}");
    assert!(
        pages[1].contains("Blandede Bydele og Integration · Sociale"),
        "{}",
        pages[1]
    );
    assert!(
        pages[6].contains("Den demokratiske samtale"),
        "{}",
        pages[6]
    );
    assert!(
        pages[10].contains("Slides passer ikke til skabelonen"),
        "{}",
        pages[10]
    );
}

/// Issue 19 on a copy of the default site: a mission text added and approved
/// shows first, the problem understanding of March 2023 stays readable below
/// it, a revised text keeps its history with a comparison, and the status
/// shows every phase.
#[test]
fn a_problem_page_grows_through_the_phases_and_keeps_its_history() {
    let site = default_site_copy();
    let root = site.path();
    let dir = root.join("content/blandede-bydele-og-integration");
    let page = dir.join("index.md");
    edit(
        &page,
        "enhed = \"Fagligt Sekretariat\"",
        "enhed = \"Fagligt Sekretariat\"\nemail = \"amf@aarhus.dk\"",
    );
    edit(&page, "draft = true", "draft = false");
    let approve = |piece: &str, date: &str, by: &str| {
        vilde(
            &[
                "approve",
                "blandede-bydele-og-integration",
                piece,
                "--by",
                by,
                "--date",
                date,
            ],
            root,
        )
    };
    let build = || vilde(&["build"], root);
    let html = |rel: &str| read(&root.join("public/blandede-bydele-og-integration").join(rel));
    let a = approve("tekst", "2023-03-06", "Rådmandskredsen");
    assert!(a.status.success(), "{}", stderr(&a));
    std::fs::write(
        dir.join("mission.md"),
        "Missionen er, at flere aarhusianere møder hinanden i hverdagen.\n\nVi arbejder med boliger, skoler og foreninger.\n",
    )
    .unwrap();
    // Not approved: the public page does not show it, and says nothing about it.
    let o = build();
    assert!(o.status.success(), "{}", stderr(&o));
    let report = format!("{}{}", stdout(&o), stderr(&o));
    assert!(report.contains("Integration – mission.tekst:"), "{report}");
    assert!(!html("index.html").contains("Missionen er"));
    assert!(!html("index.html").contains("Sådan forstod vi"));
    assert!(!root
        .join("public/blandede-bydele-og-integration/mission.md")
        .exists());
    // The mission phase starts 9 March 2023: nothing in it is decided before.
    let early = approve("mission", "2023-03-01", "Byrådet");
    assert_eq!(early.status.code(), Some(1));
    assert!(stderr(&early).contains("mission"), "{}", stderr(&early));
    let a = approve("mission", "2023-06-28", "Byrådet");
    assert!(a.status.success(), "{}", stderr(&a));
    let o = build();
    assert!(o.status.success(), "{}", stderr(&o));
    let p = html("index.html");
    let mission = p.find("Missionen er").expect("the mission is shown");
    let earlier = p
        .find("Sådan forstod vi problemet i marts 2023")
        .expect("the earlier understanding has its heading");
    let body = p.find("Segregering er en stigende tendens").unwrap();
    assert!(mission < earlier && earlier < body, "{p}");
    assert!(p.contains("28. juni 2023") && p.contains("6. marts 2023"));
    // The front page shows each problem's phase.
    assert!(read(&root.join("public/index.html")).contains("Fase: Mission"));
    // One version only: no history page yet.
    assert!(!p.contains("versioner/"));
    // A revised text stops the public build until it is approved again.
    edit(
        &page,
        "Denne segregering opererer på flere niveauer.",
        "Denne adskillelse sker på flere niveauer.",
    );
    let o = build();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let a = approve("tekst", "2023-08-15", "Rådmandskredsen");
    assert!(a.status.success(), "{}", stderr(&a));
    let o = build();
    assert!(o.status.success(), "{}", stderr(&o));
    let p = html("index.html");
    assert!(p.contains("Sådan forstod vi problemet i august 2023"));
    assert!(
        p.contains("Senest opdateret <time datetime=2023-08-15>"),
        "{p}"
    );
    assert!(
        p.contains("blandede-bydele-og-integration/versioner/>Tidligere versioner"),
        "{p}"
    );
    let h = html("versioner/index.html");
    assert!(
        h.contains("Version 1, godkendt <time datetime=2023-03-06>"),
        "{h}"
    );
    assert!(
        h.contains("Version 2, godkendt <time datetime=2023-08-15>"),
        "{h}"
    );
    assert!(
        h.contains("<del>segregering opererer</del><ins>adskillelse sker</ins>"),
        "{h}"
    );
    assert!(h.contains("2 ord kom til, og 2 ord blev taget ud"), "{h}");
    assert!(
        !h.contains("&lt;!-- more"),
        "the comparison reads as text, not Markdown"
    );
    let sitemap = read(&root.join("public/sitemap.xml"));
    assert!(
        sitemap
            .contains("blandede-bydele-og-integration/</loc>\n    <lastmod>2023-08-15</lastmod>"),
        "{sitemap}"
    );
    // The status shows the mission phase's piece and deadline.
    let o = vilde(
        &["status", "--format", "json", "--today", "2023-06-29"],
        root,
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let prob = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "blandede-bydele-og-integration")
        .unwrap();
    assert_eq!(prob["later"][0]["key"], "mission.tekst");
    assert_eq!(prob["later"][0]["ready"], true);
    assert_eq!(prob["phase"]["title"], "Mission");
    assert!(v["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["phase"] == "mission"));
    let table = stdout(&vilde_in("da", &["status", "--today", "2023-06-29"], root));
    assert!(
        table.contains("Mission – tekst godkendt 28. juni 2023")
            && table.contains("Frister pr. fase:\n  Problemforståelse\n")
            && table.contains("  Mission\n    30. juni 2023: Missionen godkendes (tekst)\n"),
        "{table}"
    );
    // A changed mission text is not published quietly.
    std::fs::write(dir.join("mission.md"), "En anden mission.\n").unwrap();
    let o = build();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("mission.md"), "{}", stderr(&o));
}
