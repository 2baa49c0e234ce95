//! Scaffolding for `vilde new`: the files of a new problem bundle, with the fixed
//! structure (front matter fields, approval record, slide headings from the slide
//! template when there is one).

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Create `content/<slug>/` with `index.md`, `slides.md`, `drejebog.toml` and
/// `godkendelse.toml`. Refuses a bad slug or an existing folder.
pub fn new_problem(
    root: &Path,
    slug: &str,
    title: Option<&str>,
) -> Result<Vec<PathBuf>, Diagnostic> {
    if !root.join("config.toml").is_file() {
        return Err(Diagnostic::error(root, crate::t!("site-not-a-site"))
            .hint(crate::t!("new-not-a-site-hint")));
    }
    let valid = !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-');
    if !valid {
        return Err(Diagnostic::error(
            Path::new("content").join(slug),
            crate::t!("new-bad-slug", slug = slug),
        )
        .expected(crate::t!("new-bad-slug-expected"))
        .hint(crate::t!(
            "new-bad-slug-hint",
            slug = crate::markdown::slugify(slug)
        )));
    }
    let dir = root.join("content").join(slug);
    if dir.exists() {
        return Err(
            Diagnostic::error(Path::new("content").join(slug), crate::t!("new-exists"))
                .hint(crate::t!("new-exists-hint")),
        );
    }
    let title = title
        .map(|t| t.trim().to_string())
        .unwrap_or_else(|| title_from_slug(slug));
    if title.is_empty() || title.chars().any(char::is_control) {
        return Err(Diagnostic::error("--title", crate::t!("new-title-line"))
            .found(format!("`{}`", title.escape_debug()))
            .hint(crate::t!("new-title-line-hint")));
    }
    let files = [
        ("index.md", index_md(&title)),
        ("slides.md", slides_md(root, &title)),
        ("drejebog.toml", crate::drejebog::SKELETON.to_string()),
        ("godkendelse.toml", GODKENDELSE.to_string()),
    ];
    std::fs::create_dir_all(&dir).map_err(|e| {
        Diagnostic::error(&dir, crate::t!("new-folder-failed", why = e.to_string()))
    })?;
    let mut created = Vec::new();
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::write(&p, text)
            .map_err(|e| Diagnostic::error(&p, crate::t!("write-failed", why = e.to_string())))?;
        created.push(Path::new("content").join(slug).join(name));
    }
    Ok(created)
}

fn title_from_slug(slug: &str) -> String {
    let s = slug.replace('-', " ");
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

fn index_md(title: &str) -> String {
    // Written as a TOML string, so quotes and backslashes in the title stay text.
    let title = toml::Value::String(title.to_string());
    format!(
        r#"+++
title = {title}
description = "Dette er et af syv vilde problemer, som handler om …"   # udfyld
draft = true

[vilde]
magistratsafdeling = ""   # udfyld: MSB, MTM, MBU, MSO, MKB eller BA
sagsnummer = ""           # udfyld, f.eks. EMN-2022-510197
resume = ""               # udfyld: et kort resumé til forsiden

[[vilde.projektledere]]
navn = ""                 # udfyld
enhed = ""
email = ""

[[vilde.projektledere]]
navn = ""                 # udfyld
enhed = ""
email = ""
+++

Skriv her, hvad problemet går ud på. Brug korte afsnit og en overskrift over hvert (## Overskrift).

<!-- more -->
"#
    )
}

/// One `##` heading per slide of the site's slide template, with the parts its
/// layout wants marked «udfyld».
fn slides_md(root: &Path, title: &str) -> String {
    use crate::slides::template::{Layout, SlideTemplate};
    let path = root.join("slide-template.toml");
    let Ok(template) = std::fs::read_to_string(&path)
        .map_err(|_| ())
        .and_then(|src| {
            SlideTemplate::parse(Path::new("slide-template.toml"), &src).map_err(|_| ())
        })
    else {
        return format!("## {title}\n");
    };
    let mut out = String::new();
    for slide in &template.slides {
        out.push_str(&format!("## {}\n\n", slide.heading.text(title)));
        match slide.layout {
            Layout::Title => {}
            Layout::Bullets => out.push_str("- udfyld\n\n"),
            Layout::LeadBulletsClosing => out.push_str(
                "Udfyld en indledende linje.\n\n- udfyld\n\nUdfyld en afsluttende linje.\n\n",
            ),
        }
    }
    out
}

const GODKENDELSE: &str = r#"# Godkendelse af de tre dele: tekst (index.md), slides (slides.md) og drejebog (drejebog.toml).
# status: "udkast", "til-godkendelse", "godkendt" eller "afvist".

[tekst]
status = "udkast"

[slides]
status = "udkast"

[drejebog]
status = "udkast"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaffolds_and_refuses_twice() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("config.toml"), "").unwrap();
        let files = new_problem(d.path(), "unges-mentale-sundhed", None).unwrap();
        assert_eq!(files.len(), 4);
        let idx = std::fs::read_to_string(d.path().join("content/unges-mentale-sundhed/index.md"))
            .unwrap();
        assert!(idx.contains("title = \"Unges mentale sundhed\""));
        let tricky = r#"Et "citat" \ og ''' mere"#;
        let files = new_problem(d.path(), "citat", Some(tricky)).unwrap();
        let idx = std::fs::read_to_string(d.path().join(&files[0])).unwrap();
        let info = crate::content::FileInfo {
            shown: "content/citat/index.md".into(),
            ..Default::default()
        };
        assert_eq!(
            crate::content::Page::parse(info, idx).unwrap().title(),
            tricky
        );
        assert!(new_problem(d.path(), "linje", Some("a\nb = 1")).is_err());
        assert!(new_problem(d.path(), "unges-mentale-sundhed", None)
            .unwrap_err()
            .message
            .contains("already exists"));
        assert!(new_problem(d.path(), "Æble Grød", None)
            .unwrap_err()
            .message
            .contains("cannot be used"));
    }
}
