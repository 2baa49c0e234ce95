//! Bad input: each `tests/invalid/<case>` breaks one thing in the minimal site. The
//! build must fail with the exact user-facing message (snapshot), exit non-zero and
//! leave the previous output untouched.

mod common;

use common::*;

/// Build the broken site over a previous good output, with messages in `lang`;
/// return stderr.
fn check(case: &str, lang: &str) -> String {
    let site = site_with_overlay("sites/minimal", Some(&format!("invalid/{case}")));
    let out = site.path().join("public");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("marker.txt"), "previous build").unwrap();
    // As an earlier vilde build leaves it: the manifest lists what it wrote.
    std::fs::write(out.join(".vilde-output"), "# vilde\nmarker.txt\n").unwrap();
    let o = vilde_in(lang, &["build"], site.path());
    assert_eq!(
        o.status.code(),
        Some(1),
        "{case}: build should fail\n{}",
        stderr(&o)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("marker.txt")).unwrap(),
        "previous build",
        "{case}: output changed"
    );
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        2,
        "{case}: output changed"
    );
    let names: Vec<String> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.starts_with(".vilde-tmp")),
        "{case}: temp folder left: {names:?}"
    );
    // `vilde check` finds the same errors and writes nothing.
    let c = vilde(&["check"], site.path());
    assert_eq!(c.status.code(), Some(1), "{case}: check should fail");
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{case}: {err}");
    err
}

/// Each broken site gives its exact message in Danish (the default) and in English.
macro_rules! case {
    ($name:ident, $dir:literal) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(check($dir, "da"));
            insta::assert_snapshot!(concat!(stringify!($name), "_en"), check($dir, "en"));
        }
    };
}

case!(malformed_toml_front_matter, "bad-toml");
case!(front_matter_key_of_wrong_type, "wrong-type");
case!(missing_front_matter_terminator, "no-terminator");
case!(malformed_yaml_front_matter, "bad-yaml");
case!(missing_required_field_in_published_problem, "missing-field");
case!(missing_template, "missing-template");
case!(tera_syntax_error, "tera-error");
case!(tera_render_error, "tera-render-error");
case!(link_to_missing_page, "broken-link");
case!(unknown_key_in_vilde_table, "unknown-vilde-key");
case!(
    public_build_without_accessibility_statement,
    "no-accessibility-statement"
);
case!(invalid_utf8, "invalid-utf8");
case!(alias_outside_the_site, "bad-alias");

#[test]
fn root_that_is_not_a_site() {
    let d = tempfile::tempdir().unwrap();
    let o = vilde_in("da", &["build", "--root", "."], d.path());
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!(stderr(&o));
    let o = vilde(&["build", "--root", "."], d.path());
    insta::assert_snapshot!("root_that_is_not_a_site_en", stderr(&o));
}

#[test]
fn missing_field_is_only_a_warning_for_a_draft_preview() {
    let site = site_with_overlay("sites/minimal", Some("invalid/missing-field"));
    let o = vilde(&["build", "--drafts"], site.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("warning: content/problem-a/index.md:5:1: the problem `Problem A` lacks: sagsnummer, to projektledere"));
}
