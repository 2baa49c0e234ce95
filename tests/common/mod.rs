//! Shared helpers for the integration tests: copy fixture sites, run the binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the default site).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    repo().join("tests").join(rel)
}

/// Copy a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A temporary site: the minimal fixture with `tests/invalid/<case>` laid over it.
pub fn site_with_overlay(base: &str, overlay: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(base), dir.path());
    if let Some(o) = overlay {
        copy_dir(&fixture(o), dir.path());
    }
    dir
}

/// Run the vilde binary with its messages in English (the tests that check the
/// wording in both languages use [`vilde_in`]).
pub fn vilde(args: &[&str], cwd: &Path) -> Output {
    vilde_in("en", args, cwd)
}

/// Run the vilde binary with its messages in `lang` ("da" or "en").
pub fn vilde_in(lang: &str, args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vilde"))
        .args(args)
        .current_dir(cwd)
        .env("VILDE_LANG", lang)
        .output()
        .unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every file below `dir` with its bytes, sorted (for byte-identical comparisons).
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Build the default site (the repository) into a temporary `public/` with extra
/// arguments; panics with vilde's stderr when the build fails.
pub fn build_default(extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let o = build_into(&repo(), &out, extra);
    assert!(o.status.success(), "{}", stderr(&o));
    (tmp, out)
}

/// `vilde build --root ROOT --output-dir OUT EXTRA…`, run from OUT's parent folder.
pub fn build_into(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output-dir",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    vilde(&args, out.parent().unwrap())
}

/// A copy of the default site (the repository's config, content, theme, static)
/// in a temporary folder.
pub fn default_site_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["config.toml", "slide-template.toml"] {
        std::fs::copy(repo().join(f), dir.path().join(f)).unwrap();
    }
    for d in ["content", "themes", "static"] {
        if repo().join(d).is_dir() {
            copy_dir(&repo().join(d), &dir.path().join(d));
        }
    }
    dir
}

/// Replace `from` by `to` in a file (which must contain it).
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} lacks {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}
