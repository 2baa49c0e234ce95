//! Sass as Zola compiles it (with `grass`): every `.scss`/`.sass` file under the
//! theme's `sass/` (always) and the site's `sass/` (with `compile_sass = true`)
//! that is not a partial (`_name`), into CSS at the same path in the output,
//! compressed. Imports may only read files inside the site folder.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::Diagnostic;

/// Compiled CSS by output path (`css/main.css`); the site's files win over the
/// theme's.
pub fn compile(
    root: &Path,
    config: &Config,
    theme_dir: Option<&Path>,
) -> Result<BTreeMap<String, Vec<u8>>, Vec<Diagnostic>> {
    let mut out = BTreeMap::new();
    let mut errors = Vec::new();
    let fs = SiteFs {
        root: crate::output::real_path(root),
    };
    let mut dirs: Vec<(PathBuf, PathBuf)> = Vec::new();
    if let Some(theme) = theme_dir {
        let shown = theme.strip_prefix(root).unwrap_or(theme).join("sass");
        dirs.push((theme.join("sass"), shown));
    }
    if config.compile_sass {
        dirs.push((root.join("sass"), PathBuf::from("sass")));
    }
    for (dir, shown_dir) in dirs.into_iter().filter(|(d, _)| d.is_dir()) {
        let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
        for file in sources(&dir) {
            let rel = file.strip_prefix(&dir).unwrap_or(&file);
            let shown = shown_dir.join(rel);
            let css_path = crate::content::walk::rel(Path::new(""), &rel.with_extension("css"));
            if let Some(other) = seen.insert(css_path.clone(), shown.clone()) {
                errors.push(
                    Diagnostic::error(
                        &shown,
                        crate::t!(
                            "sass-conflict",
                            other = other.display().to_string(),
                            css = css_path.as_str()
                        ),
                    )
                    .hint(crate::t!("sass-conflict-hint")),
                );
                continue;
            }
            let options = grass::Options::default()
                .style(grass::OutputStyle::Compressed)
                .fs(&fs);
            match grass::from_path(&file, &options) {
                Ok(css) => {
                    out.insert(css_path, css.into_bytes());
                }
                Err(e) => errors.push(sass_error(&shown, *e)),
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The Sass files to compile: not partials, not inside a partial folder.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('_'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("scss" | "sass")
            )
        })
        .collect();
    files.sort();
    files
}

fn sass_error(shown: &Path, e: grass::Error) -> Diagnostic {
    match e.kind() {
        grass::ErrorKind::ParseError { message, loc, .. } => {
            let file = PathBuf::from(loc.file.name());
            let d = Diagnostic::error(
                shown_or(&file, shown),
                crate::t!("sass-error", why = message),
            )
            .at(loc.begin.line + 1, loc.begin.column + 1)
            .hint(crate::t!("sass-error-hint"));
            d
        }
        grass::ErrorKind::IoError(io) => {
            Diagnostic::error(shown, crate::t!("sass-error", why = io.to_string()))
                .hint(crate::t!("sass-io-hint"))
        }
        other => Diagnostic::error(shown, crate::t!("sass-error", why = format!("{other:?}"))),
    }
}

/// The file an error is in, as the user sees it (relative to the site).
fn shown_or(file: &Path, fallback: &Path) -> PathBuf {
    if file.as_os_str().is_empty() {
        return fallback.to_path_buf();
    }
    let s = file.to_string_lossy();
    match s.find("sass/") {
        Some(i) if fallback.to_string_lossy().ends_with(&s[i..]) => fallback.to_path_buf(),
        _ => fallback.parent().map_or(fallback.to_path_buf(), |p| {
            if file.is_absolute() {
                fallback.to_path_buf()
            } else {
                p.join(file.file_name().unwrap_or_default())
            }
        }),
    }
}

/// The file system Sass may read: regular files inside the site folder only.
#[derive(Debug)]
struct SiteFs {
    root: PathBuf,
}

impl SiteFs {
    fn inside(&self, path: &Path) -> bool {
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| crate::output::real_path(path));
        real.starts_with(&self.root)
    }
}

impl grass::Fs for SiteFs {
    fn is_dir(&self, path: &Path) -> bool {
        self.inside(path) && path.is_dir()
    }

    fn is_file(&self, path: &Path) -> bool {
        self.inside(path) && path.is_file()
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        if !self.inside(path) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                crate::t!("sass-outside"),
            ));
        }
        crate::diag::read_regular(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (p, t) in files {
            let f = d.path().join(p);
            std::fs::create_dir_all(f.parent().unwrap()).unwrap();
            std::fs::write(f, t).unwrap();
        }
        d
    }

    fn config(sass: bool) -> Config {
        Config {
            compile_sass: sass,
            ..Config::default()
        }
    }

    #[test]
    fn compiles_non_partials_at_their_path() {
        let d = site(&[
            (
                "sass/main.scss",
                "@import 'vars';\nbody { color: $c; a { b: c } }\n",
            ),
            ("sass/_vars.scss", "$c: #123456;\n"),
            ("sass/sub/x.sass", "p\n  margin: 0\n"),
            ("sass/_skip/y.scss", "q { r: s }"),
        ]);
        let out = compile(d.path(), &config(true), None).unwrap();
        assert_eq!(out.keys().collect::<Vec<_>>(), ["main.css", "sub/x.css"]);
        assert_eq!(
            String::from_utf8_lossy(&out["main.css"]),
            "body{color:#123456}body a{b:c}"
        );
        assert!(compile(d.path(), &config(false), None).unwrap().is_empty());
    }

    #[test]
    fn an_error_has_file_line_and_column() {
        let d = site(&[("sass/main.scss", "a {\n  color: $missing;\n}\n")]);
        let e = compile(d.path(), &config(true), None).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].path, Path::new("sass/main.scss"));
        assert_eq!((e[0].line, e[0].col), (2, 10), "{}", e[0]);
    }

    #[test]
    fn imports_cannot_read_outside_the_site() {
        let outer = tempfile::tempdir().unwrap();
        std::fs::write(outer.path().join("secret.scss"), "a { b: secret }").unwrap();
        let d = site(&[]);
        let rel = format!("{}/secret", outer.path().display());
        std::fs::create_dir_all(d.path().join("sass")).unwrap();
        std::fs::write(d.path().join("sass/main.scss"), format!("@import '{rel}';")).unwrap();
        let e = compile(d.path(), &config(true), None).unwrap_err();
        assert!(!format!("{e:?}").contains("secret }"));
    }
}
