//! Paths written by users (in templates, front matter, the video script) must stay
//! inside the site: `..`, absolute paths and links that lead out are refused.

use std::path::{Component, Path, PathBuf};

/// Refuse absolute paths and `..` components.
pub fn check_relative(rel: &str) -> Result<(), String> {
    let p = Path::new(rel);
    if p.is_absolute()
        || p.components()
            .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
    {
        return Err(format!("{}", crate::t!("path-outside", path = rel)));
    }
    Ok(())
}

/// `root/rel` when it stays inside `root` (also after following links).
pub fn inside_root(root: &Path, rel: &str) -> Result<PathBuf, String> {
    check_relative(rel)?;
    let full = root.join(rel);
    if let (Ok(canon), Ok(root_canon)) = (full.canonicalize(), root.canonicalize()) {
        if !canon.starts_with(&root_canon) {
            return Err(format!("{}", crate::t!("path-link-out", path = rel)));
        }
    }
    Ok(full)
}

/// The one check of every path written into the output (pages, sections, pagers,
/// aliases, assets, images, static files): a `/`-separated relative path with no
/// `..` or `.` segment, no empty segment, no absolute start, no NUL, backslash or
/// other control character, and no drive letter. Returns the path without a
/// leading `/`, or why it cannot be written.
pub fn output_rel(path: &str) -> Result<&str, String> {
    let rel = path.strip_prefix('/').unwrap_or(path);
    if rel.is_empty() {
        return Err(crate::t!("path-empty"));
    }
    if rel.starts_with('/') {
        return Err(crate::t!("path-absolute", path = path));
    }
    if let Some(c) = rel.chars().find(|c| *c == '\\' || c.is_control()) {
        let what = match c {
            '\\' => crate::t!("path-backslash"),
            '\0' => crate::t!("path-nul"),
            c => crate::t!("path-control", code = format!("U+{:04X}", c as u32)),
        };
        return Err(crate::t!(
            "path-holds",
            path = rel.escape_debug().to_string(),
            what = what
        ));
    }
    let body = rel.strip_suffix('/').unwrap_or(rel);
    for seg in body.split('/') {
        if seg == ".." {
            return Err(crate::t!("path-dotdot", path = rel));
        }
        if seg.is_empty() || seg == "." {
            return Err(crate::t!("path-empty-part", path = rel));
        }
    }
    if body.as_bytes().get(1) == Some(&b':') {
        return Err(crate::t!("path-drive", path = rel));
    }
    Ok(rel)
}

/// Decode `%XX` escapes; `None` for a broken escape or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_paths_stay_inside() {
        for bad in [
            "",
            "/",
            "../x",
            "a/../../x",
            "a/./b",
            "a//b",
            "//etc/passwd",
            "a\\..\\b",
            "a\0b",
            "C:/x",
            "c:x",
            "..",
            "a/..",
            "x\n/y",
        ] {
            assert!(output_rel(bad).is_err(), "{bad:?}");
        }
        assert_eq!(output_rel("/a/b/index.html").unwrap(), "a/b/index.html");
        assert_eq!(output_rel("a/").unwrap(), "a/");
        assert_eq!(output_rel("æøå/…/index.html").unwrap(), "æøå/…/index.html");
    }

    #[test]
    fn escapes_are_refused() {
        let root = std::env::temp_dir();
        assert!(inside_root(&root, "../etc/passwd").is_err());
        assert!(inside_root(&root, "/etc/passwd").is_err());
        assert!(inside_root(&root, "data/x.toml").is_ok());
        assert!(check_relative("a/../../b.png").is_err());
        assert!(check_relative("a/b.png").is_ok());
    }
}
