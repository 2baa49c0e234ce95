//! Walk `content/` as Zola does: `_index.md` (and `_index.<lang>.md`) are sections,
//! `index.md` (and `index.<lang>.md`) make their folder a page bundle whose other
//! files are its assets, other `.md` files are pages. A language code before `.md`
//! must be one of `[languages]`; the default language needs none.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diag::Diagnostic;

use super::is_ignored_name;
use super::page::FileInfo;

/// The site's languages: the default and the others from `[languages]`.
#[derive(Debug, Clone)]
pub struct Langs {
    pub default: String,
    pub others: Vec<String>,
    /// `ignored_content`: files and folders left out.
    pub ignore: globset::GlobSet,
}

impl Langs {
    pub fn of(config: &Config) -> Langs {
        Langs {
            default: config.default_language.clone(),
            others: config
                .languages
                .keys()
                .filter(|c| **c != config.default_language)
                .cloned()
                .collect(),
            ignore: crate::config::glob_set(&config.ignored_content).unwrap_or_default(),
        }
    }

    /// Every language, the default first.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.default.as_str()).chain(self.others.iter().map(String::as_str))
    }

    /// A file stem's name and language: `about.fr` → (`about`, `fr`). Zola reads
    /// a language only on a multilingual site; there, a code it does not know is
    /// an error.
    pub fn split<'a>(&self, stem: &'a str) -> Result<(&'a str, String), String> {
        if self.others.is_empty() {
            return Ok((stem, self.default.clone()));
        }
        match stem.split_once('.') {
            None => Ok((stem, self.default.clone())),
            Some((_, code)) if code == self.default => Ok((stem, self.default.clone())),
            Some((name, code)) if self.others.iter().any(|o| o == code) => {
                Ok((name, code.to_string()))
            }
            Some((_, code)) => Err(code.to_string()),
        }
    }

    /// The section file of a folder in a language: `_index.md` or `_index.fr.md`.
    pub fn index_name(&self, lang: &str) -> String {
        if lang == self.default {
            "_index.md".into()
        } else {
            format!("_index.{lang}.md")
        }
    }
}

/// One file found under `content/`.
pub enum Found {
    Page(FileInfo),
    Section(FileInfo),
}

/// Walk `content/`; every problem found is reported, not just the first.
/// `sources` are bundle files an extension reads itself (never assets).
pub fn walk(
    content: &Path,
    langs: &Langs,
    sources: &[&str],
) -> Result<Vec<Found>, Vec<Diagnostic>> {
    let mut w = Walker {
        content,
        langs,
        sources,
        out: Vec::new(),
        errors: Vec::new(),
    };
    w.dir(content);
    if w.errors.is_empty() {
        Ok(w.out)
    } else {
        Err(w.errors)
    }
}

struct Walker<'a> {
    content: &'a Path,
    langs: &'a Langs,
    sources: &'a [&'a str],
    out: Vec<Found>,
    errors: Vec<Diagnostic>,
}

type Entry = (String, PathBuf, std::fs::FileType);

impl Walker<'_> {
    fn dir(&mut self, dir: &Path) {
        let Some(entries) = self.entries(dir) else {
            return;
        };
        let components: Vec<String> = rel(self.content, dir)
            .split('/')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        let indexes: Vec<&Entry> = entries
            .iter()
            .filter(|(n, _, _)| is_md(n) && stem(n).split('.').next() == Some("index"))
            .collect();
        if !indexes.is_empty() && dir != self.content {
            self.bundle(dir, &components, &indexes, &entries);
            return;
        }
        // A section's assets: the other files beside its `_index.md` (not in
        // subfolders), as in Zola.
        let section_assets: Vec<String> = entries
            .iter()
            .filter(|(n, _, k)| k.is_file() && !is_md(n) && !is_ignored_name(n))
            .map(|(n, _, _)| n.clone())
            .collect();
        for (name, path, kind) in &entries {
            if is_ignored_name(name) {
                continue;
            }
            if kind.is_symlink() {
                self.errors.push(symlink_error(self.content, path));
            } else if kind.is_dir() {
                self.dir(path);
            } else if !kind.is_file() {
                self.errors.push(not_regular(self.content, path));
            } else if is_md(name) {
                let section = stem(name).split('.').next() == Some("_index");
                let assets = if section {
                    section_assets.clone()
                } else {
                    Vec::new()
                };
                if let Some(info) = self.info(path, dir, components.clone(), assets, false) {
                    self.out.push(if section {
                        Found::Section(info)
                    } else {
                        Found::Page(info)
                    });
                }
            }
        }
    }

    /// A page bundle: one page per `index*.md`, sharing the folder's assets
    /// (every file but Markdown, in subfolders too). Its subfolders are walked
    /// for sections and pages as Zola walks them.
    fn bundle(&mut self, dir: &Path, components: &[String], indexes: &[&Entry], entries: &[Entry]) {
        // An extension's bundle keeps its other Markdown files (a stray
        // draft) among its files, so a public build can say it left them out.
        let problem = entries
            .iter()
            .any(|(n, _, _)| self.sources.contains(&n.as_str()));
        let mut assets = Vec::new();
        self.assets(dir, dir, problem, &mut assets);
        for (name, path, kind) in entries {
            if kind.is_dir() && !is_ignored_name(name) {
                self.dir(path);
            }
        }
        for (_, path, kind) in indexes {
            if kind.is_symlink() {
                self.errors.push(symlink_error(self.content, path));
            } else if !kind.is_file() {
                self.errors.push(not_regular(self.content, path));
            } else if let Some(info) =
                self.info(path, dir, components.to_vec(), assets.clone(), true)
            {
                self.out.push(Found::Page(info));
            }
        }
    }

    fn assets(&mut self, bundle: &Path, dir: &Path, problem: bool, out: &mut Vec<String>) {
        let Some(entries) = self.entries(dir) else {
            return;
        };
        for (name, path, kind) in entries {
            // Markdown is never an asset (as in Zola), nor an extension's sources.
            let top = dir == bundle;
            let index = is_md(&name) && stem(&name).split('.').next() == Some("index");
            let bundle_md = (is_md(&name) && kind.is_file() && !(top && problem && !index))
                || (top && (index || self.sources.contains(&name.as_str())));
            if is_ignored_name(&name) || bundle_md {
                continue;
            }
            if kind.is_symlink() {
                self.errors.push(symlink_error(self.content, &path));
            } else if kind.is_dir() {
                self.assets(bundle, &path, problem, out);
            } else if kind.is_file() {
                out.push(rel(bundle, &path));
            } else {
                self.errors.push(not_regular(self.content, &path));
            }
        }
    }

    fn entries(&mut self, dir: &Path) -> Option<Vec<Entry>> {
        match sorted_entries(dir) {
            Ok(mut e) => {
                e.retain(|(_, path, _)| !self.langs.ignore.is_match(path));
                Some(e)
            }
            Err(e) => {
                self.errors.push(Diagnostic::error(
                    shown(self.content, dir),
                    crate::t!("content-folder-unreadable", why = e.to_string()),
                ));
                None
            }
        }
    }

    fn info(
        &mut self,
        file: &Path,
        dir: &Path,
        components: Vec<String>,
        assets: Vec<String>,
        bundle: bool,
    ) -> Option<FileInfo> {
        let relative_path = rel(self.content, file);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (base, lang) = match self.langs.split(stem(&name)) {
            Ok(v) => v,
            Err(code) => {
                self.errors.push(
                    Diagnostic::error(
                        shown(self.content, file),
                        crate::t!("content-lang-unknown", code = code.as_str()),
                    )
                    .expected(crate::t!(
                        "content-lang-unknown-expected",
                        langs = self.langs.all().collect::<Vec<_>>().join(", ")
                    ))
                    .hint(crate::t!("content-lang-unknown-hint", code = code.as_str())),
                );
                return None;
            }
        };
        let canonical = match relative_path.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/{base}"),
            None => base.to_string(),
        };
        Some(FileInfo {
            relative_path,
            shown: shown(self.content, file),
            abs: file.to_path_buf(),
            dir: dir.to_path_buf(),
            components,
            assets,
            is_bundle: bundle,
            lang,
            canonical,
            name: base.to_string(),
        })
    }
}

fn is_md(name: &str) -> bool {
    name.ends_with(".md") && !is_ignored_name(name)
}

fn stem(name: &str) -> &str {
    name.strip_suffix(".md").unwrap_or(name)
}

fn symlink_error(content: &Path, path: &Path) -> Diagnostic {
    Diagnostic::error(shown(content, path), crate::t!("content-symlink"))
        .hint(crate::t!("content-symlink-hint"))
}

fn not_regular(content: &Path, path: &Path) -> Diagnostic {
    Diagnostic::error(
        shown(content, path),
        crate::t!("content-not-regular", why = crate::diag::not_regular()),
    )
    .hint(crate::t!("content-not-regular-hint"))
}

/// A folder's entries sorted by name, with their type as the folder listing gives
/// it (no extra `stat` per file; a symlink is reported as a symlink).
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<Entry>> {
    let mut v = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let kind = e.file_type()?;
        let name = e.file_name().into_string().map_err(|n| not_utf8_name(&n))?;
        v.push((name, e.path(), kind));
    }
    v.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(v)
}

/// A file name that is not valid text: two such names could become one address.
pub fn not_utf8_name(name: &std::ffi::OsStr) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidData,
        crate::t!(
            "content-name-not-utf8",
            name = name.to_string_lossy().to_string()
        ),
    )
}

/// `/`-separated path of `p` below `base`.
pub fn rel(base: &Path, p: &Path) -> String {
    let r = p.strip_prefix(base).unwrap_or(p);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn shown(content: &Path, p: &Path) -> PathBuf {
    Path::new("content").join(p.strip_prefix(content).unwrap_or(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(others: &[&str]) -> Langs {
        Langs {
            default: "en".into(),
            others: others.iter().map(|s| s.to_string()).collect(),
            ignore: Default::default(),
        }
    }

    #[test]
    fn language_codes_in_file_names_as_zola_reads_them() {
        assert_eq!(langs(&[]).split("a.fr").unwrap(), ("a.fr", "en".into()));
        let l = langs(&["fr"]);
        assert_eq!(l.split("a.fr").unwrap(), ("a", "fr".into()));
        assert_eq!(l.split("a.en").unwrap(), ("a.en", "en".into()));
        assert_eq!(l.split("a").unwrap(), ("a", "en".into()));
        assert_eq!(l.split("a.es").unwrap_err(), "es");
        assert_eq!(l.index_name("fr"), "_index.fr.md");
        assert_eq!(l.index_name("en"), "_index.md");
    }
}
