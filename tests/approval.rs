//! Approval, status and publishing telling the truth, from the command line on a
//! copy of the default site: the decision history, approve → publish → public
//! page, one changed word seen everywhere, the video that is not recorded, what
//! the public build leaves out, and what `vilde approve` refuses.

mod common;

use common::*;
use std::path::{Path, PathBuf};

const SLUG: &str = "blandede-bydele-og-integration";
const BY: &str = "Rådmandskredsen, MSB";

fn bundle(site: &Path) -> PathBuf {
    site.join("content").join(SLUG)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Run vilde in `site` as of `today`, in Danish (the staff's language).
fn run(site: &Path, today: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_vilde"))
        .args(args)
        .current_dir(site)
        .env("VILDE_TODAY", today)
        .env("VILDE_LANG", "da")
        .output()
        .unwrap()
}

/// `vilde build` of `site` into `out` (in Danish, as of the 24th of February 2023).
fn build(site: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "build",
        "--root",
        site.to_str().unwrap(),
        "--output-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(out.parent().unwrap(), "2023-02-24", &args)
}

/// The default site with the missing e-mail of the first project leader filled
/// in, so the text has no errors.
fn site_ready_to_approve() -> tempfile::TempDir {
    let site = default_site_copy();
    edit(
        &bundle(site.path()).join("index.md"),
        "enhed = \"Fagligt Sekretariat\"\n",
        "enhed = \"Fagligt Sekretariat\"\nemail = \"amf@aarhus.dk\"\n",
    );
    site
}

fn approve(site: &Path, piece: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["approve", SLUG, piece, "--by", BY, "--date", "2023-02-24"];
    args.extend_from_slice(extra);
    run(site, "2023-02-24", &args)
}

fn status_json(site: &Path, today: &str) -> serde_json::Value {
    let o = run(site, today, &["status", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn piece<'a>(v: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    let p = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == SLUG)
        .unwrap();
    p["pieces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["piece"] == name)
        .unwrap()
}

#[test]
fn approve_refuses_a_text_with_errors_and_the_hint_is_a_whole_command() {
    let site = default_site_copy();
    let o = approve(site.path(), "tekst", &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("mangler: projektleder: email"), "{err}");
    assert!(
        err.contains(&format!(
            "`vilde approve {SLUG} tekst --by \"{BY}\" --trods-fejl`"
        )),
        "{err}"
    );
    // Nothing was written.
    assert_eq!(
        read(&bundle(site.path()).join("godkendelse.toml")),
        read(&bundle(&repo()).join("godkendelse.toml"))
    );
    let o = run(
        site.path(),
        "2023-02-24",
        &["approve", "findes-ikke", "tekst", "--by", BY],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(SLUG), "{}", stderr(&o));
    assert!(
        stderr(&o)
            .contains("`vilde approve baeredygtig-vaekst tekst --by \"Rådmandskredsen, MSB\"`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_rejection_stays_on_record_through_a_later_approval() {
    let site = site_ready_to_approve();
    let o = approve(site.path(), "tekst", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let record = read(&bundle(site.path()).join("godkendelse.toml"));
    assert!(
        !record.contains("\n[tekst]"),
        "migrated to one table per decision:\n{record}"
    );
    let afvist = record.find("status = \"afvist\"").unwrap();
    let godkendt = record.find("status = \"godkendt\"").unwrap();
    let remarks = record
        .find("kunne ikke godkendes i sin nuværende form")
        .unwrap();
    assert!(
        afvist < remarks && remarks < godkendt,
        "the remarks stay with the rejection:\n{record}"
    );
    assert_eq!(
        record
            .matches("kunne ikke godkendes i sin nuværende form")
            .count(),
        3
    );
    let v = status_json(site.path(), "2023-02-24");
    let tekst = piece(&v, "tekst");
    assert_eq!(tekst["status"]["slug"], "godkendt");
    let history: Vec<&str> = tekst["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"]["slug"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["til-godkendelse", "afvist", "godkendt"]);
    assert!(tekst["history"][1]["remarks"]
        .as_str()
        .unwrap()
        .contains("læsevenligt"));
    assert!(tekst["history"][2]["remarks"].is_null());
    // The preview shows the history, the rejection's remarks under it.
    let out = site.path().join("public");
    let o = build(site.path(), &out, &["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out.join(SLUG).join("index.html"));
    assert!(page.contains("Beslutninger (3)"), "{page}");
    assert!(page.contains("mere læsevenligt og borgerrettet"));
}

#[test]
fn approve_then_publish_gives_a_public_page_and_one_changed_word_is_stale_everywhere() {
    let site = site_ready_to_approve();
    let o = approve(site.path(), "tekst", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    // Publishing is not a change of the text.
    edit(
        &bundle(site.path()).join("index.md"),
        "draft = true",
        "draft = false",
    );
    let out = site.path().join("public");
    let o = build(site.path(), &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out.join(SLUG).join("index.html"));
    assert!(page.contains("Segregering er en stigende tendens"));
    assert!(
        stdout(&o).contains("1 af 7 problemer er udgivet"),
        "{}",
        stdout(&o)
    );
    assert!(piece(&status_json(site.path(), "2023-02-24"), "tekst")["ready"] == true);

    // One word changes.
    edit(
        &bundle(site.path()).join("index.md"),
        "Segregering er en stigende tendens",
        "Segregering er en voksende tendens",
    );
    let v = status_json(site.path(), "2023-02-24");
    let tekst = piece(&v, "tekst");
    assert_eq!(tekst["stale"], true);
    assert_eq!(tekst["ready"], false);
    let changed = tekst["changed"].as_str().unwrap();
    assert!(changed.contains("[-stigende-]{+voksende+}"), "{changed}");
    let table = stdout(&run(site.path(), "2023-02-24", &["status"]));
    assert!(
        table.contains("ændret efter godkendelsen 24. februar 2023 – skal godkendes igen"),
        "{table}"
    );
    assert!(table.contains("[-stigende-]{+voksende+}"), "{table}");
    let before = tree(&out);
    let o = build(site.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("content/{SLUG}/index.md")), "{err}");
    assert!(
        err.contains("skal godkendes igen") && err.contains("[-stigende-]{+voksende+}"),
        "{err}"
    );
    assert_eq!(tree(&out), before, "the published site stays as it was");
    let o = build(site.path(), &out, &["--drafts"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out.join(SLUG).join("index.html"));
    assert!(page.contains("Ændret siden godkendelsen"), "{page}");
    let status_page = read(&out.join("_status/index.html"));
    assert!(status_page.contains("[-stigende-]{+voksende+}"));
}

#[test]
fn all_pieces_approved_but_no_video_is_not_ready() {
    let site = site_ready_to_approve();
    for (p, extra) in [
        ("tekst", &[][..]),
        ("slides", &[][..]),
        ("drejebog", &["--trods-fejl"][..]),
    ] {
        let o = approve(site.path(), p, extra);
        assert!(o.status.success(), "{p}: {}", stderr(&o));
    }
    edit(
        &bundle(site.path()).join("index.md"),
        "draft = true",
        "draft = false",
    );
    let v = status_json(site.path(), "2023-02-28");
    assert_eq!(piece(&v, "drejebog")["status"]["slug"], "godkendt");
    assert_eq!(piece(&v, "drejebog")["despite_errors"], true);
    let missing: Vec<&str> = v["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(
        missing.contains(&"Blandede Bydele og Integration – video: ikke optaget"),
        "{missing:?}"
    );
    assert_eq!(v["ready"], false);
    let o = run(site.path(), "2023-02-28", &["status", "--strict"]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("Svar: Ikke klar"), "{}", stdout(&o));
    assert!(stdout(&o).contains("godkendt trods fejl"), "{}", stdout(&o));
    // The page does not promise a date that has passed.
    let out = site.path().join("public");
    let o = run(
        site.path(),
        "2026-12-02",
        &["build", "--output-dir", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let page = read(&out.join(SLUG).join("index.html"));
    assert!(page.contains("Videoen er ikke optaget endnu."), "{page}");
    assert!(
        !page.contains("forventes"),
        "a passed date is promised: {page}"
    );
    let o = run(
        site.path(),
        "2023-02-24",
        &["build", "--output-dir", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        read(&out.join(SLUG).join("index.html")).contains("forventes at være klar 1. marts 2023")
    );
}

#[test]
fn a_public_build_of_the_default_site_names_every_problem_and_why_it_is_out() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build(&repo(), &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    for title in [
        "Blandede Bydele og Integration: ikke udgivet – tekst: afvist 20. februar 2023 (Rådmandskredsen, MSB)",
        "Bæredygtig vækst: ikke udgivet",
        "Unges mentale sundhed: ikke udgivet",
        "Sundhed ind i alt: ikke udgivet",
        "Den demokratiske samtale: ikke udgivet",
        "Klima og bæredygtighed: ikke udgivet",
        "Rekruttering og kompetencer: ikke udgivet",
    ] {
        assert!(text.contains(title), "{title}:\n{text}");
    }
    assert!(
        text.contains("Ingen af de 7 problemer er udgivet"),
        "{text}"
    );
}

#[test]
fn a_rejected_problem_stays_out_without_its_vilde_table_and_stray_files_stay_out() {
    let site = default_site_copy();
    let index = bundle(site.path()).join("index.md");
    let text = read(&index);
    let start = text.find("[vilde]").unwrap();
    let end = text[start..].find("+++").unwrap() + start;
    std::fs::write(
        &index,
        format!("{}{}", &text[..start], &text[end..]).replace("draft = true", "draft = false"),
    )
    .unwrap();
    let out = site.path().join("public");
    let o = build(site.path(), &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!out.join(SLUG).exists(), "a rejected text was published");

    // An approved text publishes the files it uses, and nothing else of the bundle.
    let site = site_ready_to_approve();
    let b = bundle(site.path());
    std::fs::write(b.join("bilag.pdf"), "%PDF-1.4 bilag").unwrap();
    std::fs::write(b.join("drejebog.toml.bak"), "gammel").unwrap();
    std::fs::write(b.join("slides-udkast.md"), "# udkast").unwrap();
    std::fs::write(b.join("optagelse.mp4"), "video").unwrap();
    std::fs::write(b.join("kort.svg"), "<svg onload=alert(1)></svg>").unwrap();
    edit(
        &b.join("index.md"),
        "## Middelklassen",
        "Se [bilaget](bilag.pdf) og ![Kort over byen](kort.svg).\n\n## Middelklassen",
    );
    assert!(approve(site.path(), "tekst", &[]).status.success());
    edit(&b.join("index.md"), "draft = true", "draft = false");
    let o = build(site.path(), &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let published: Vec<String> = tree(&out.join(SLUG)).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        published,
        ["bilag.pdf", "deling.png", "index.html", "plakat.pdf"],
        "{}",
        stdout(&o)
    );
    // The poster of a published problem is not marked as a draft.
    if let Ok(t) = std::process::Command::new("pdftotext")
        .arg(out.join(SLUG).join("plakat.pdf"))
        .arg("-")
        .output()
    {
        let t = String::from_utf8_lossy(&t.stdout);
        assert!(
            t.contains("Blandede Bydele") && !t.contains("UDKAST"),
            "{t}"
        );
    }
    let notes = stdout(&o);
    for f in ["drejebog.toml.bak", "slides-udkast.md", "optagelse.mp4"] {
        assert!(
            notes.contains(&format!(
                "content/{SLUG}/{f}: ikke udgivet – filen bruges ikke af en godkendt del"
            )),
            "{f}: {notes}"
        );
    }
    assert!(
        notes.contains("kort.svg: ikke udgivet – filer, der kan indeholde kode"),
        "{notes}"
    );
    // Swapping the PDF after the approval is a change of the text.
    std::fs::write(b.join("bilag.pdf"), "%PDF-1.4 et andet bilag").unwrap();
    let o = build(site.path(), &out, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(
        stderr(&o)
            .contains("en fil, som delen bruger, er tilføjet, fjernet eller skiftet ud: bilag.pdf"),
        "{}",
        stderr(&o)
    );
}
