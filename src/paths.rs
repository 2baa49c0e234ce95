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
        return Err(format!(
            "`{rel}` points outside the site folder; use a path inside the site"
        ));
    }
    Ok(())
}

/// `root/rel` when it stays inside `root` (also after following links).
pub fn inside_root(root: &Path, rel: &str) -> Result<PathBuf, String> {
    check_relative(rel)?;
    let full = root.join(rel);
    if let (Ok(canon), Ok(root_canon)) = (full.canonicalize(), root.canonicalize()) {
        if !canon.starts_with(&root_canon) {
            return Err(format!(
                "`{rel}` is a link to a file outside the site folder"
            ));
        }
    }
    Ok(full)
}

#[cfg(test)]
mod tests {
    use super::*;

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
