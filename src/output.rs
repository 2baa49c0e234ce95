//! Output: the one place that writes the built site. A [`Sink`] is either a folder
//! on disk or a map in memory (for `serve`). Disk builds are written to a temporary
//! folder beside the output and swapped in atomically only when everything is
//! written, so a failed or killed build leaves the previous output as it was.
//! Knows nothing about Tera or content types: it receives finished files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::render::OutputFile;

/// Prefix of the temporary folders a build makes beside the output.
const TMP_PREFIX: &str = ".vilde-tmp-";

/// Where finished files go.
pub enum Sink {
    Disk(PathBuf),
    Memory(BTreeMap<String, Vec<u8>>),
}

/// Minify one HTML page (minify-html with settings that keep the HTML valid).
pub fn minify_one(html: &[u8]) -> Vec<u8> {
    static CFG: std::sync::OnceLock<minify_html::Cfg> = std::sync::OnceLock::new();
    let cfg = CFG.get_or_init(|| minify_html::Cfg {
        keep_closing_tags: true,
        keep_html_and_head_opening_tags: true,
        minify_doctype: false,
        allow_noncompliant_unquoted_attribute_values: false,
        allow_removing_spaces_between_attributes: false,
        allow_optimal_entities: false,
        minify_css: true,
        minify_js: false,
        ..minify_html::Cfg::default()
    });
    minify_html::minify(html, cfg)
}

/// Files of `static/` folders: `(output path, source path)`, theme first so the
/// site's own files win.
pub fn static_files(dirs: &[PathBuf]) -> Result<BTreeMap<String, PathBuf>, Diagnostic> {
    let mut out = BTreeMap::new();
    for dir in dirs {
        if !dir.is_dir() {
            continue;
        }
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                Diagnostic::error(dir, format!("static files could not be read: {e}"))
            })?;
            let name = entry.file_name().to_string_lossy();
            if entry.file_type().is_symlink() {
                return Err(Diagnostic::error(
                    entry.path(),
                    "links (symlinks) are not allowed in static/",
                )
                .hint("copy the file into static/ instead of linking to it"));
            }
            if !entry.file_type().is_file() || crate::content::is_ignored_name(&name) {
                continue;
            }
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.insert(rel, entry.path().to_path_buf());
        }
    }
    Ok(out)
}

/// Read one file to copy (a static file, page asset or processed image).
pub fn read_copy(rel: String, src: &Path) -> Result<OutputFile, Diagnostic> {
    std::fs::read(src)
        .map(|bytes| OutputFile { path: rel, bytes })
        .map_err(|e| Diagnostic::error(src, format!("the file could not be copied: {e}")))
}

impl Sink {
    /// Write every file at once. For `Disk`, the new folder replaces the old one
    /// atomically.
    pub fn write(&mut self, files: Vec<OutputFile>) -> Result<(), Diagnostic> {
        let staging = self.stage()?;
        files.into_par_iter().try_for_each(|f| staging.put(f))?;
        staging.commit(self)
    }

    /// Start a build's output: files are put one by one (from many threads) and
    /// become visible only at [`Staging::commit`]. Dropping the staging without
    /// committing removes what was put, so a failed build changes nothing.
    pub fn stage(&self) -> Result<Staging, Diagnostic> {
        match self {
            Sink::Memory(_) => Ok(Staging::Memory(Mutex::new(BTreeMap::new()))),
            Sink::Disk(out) => {
                check_output_dir(out)?;
                let parent = match out.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                std::fs::create_dir_all(&parent)
                    .map_err(|e| io_err(&parent, "could not be created", e))?;
                let name = out
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "public".into());
                remove_stale_temps(&parent, &name);
                let tmp = tempfile::Builder::new()
                    .prefix(&format!("{TMP_PREFIX}{name}-"))
                    .tempdir_in(&parent)
                    .map_err(|e| io_err(&parent, "has no room for a temporary folder", e))?;
                Ok(Staging::Disk(tmp))
            }
        }
    }
}

/// The output of a build in progress (see [`Sink::stage`]).
pub enum Staging {
    Disk(tempfile::TempDir),
    Memory(Mutex<BTreeMap<String, Vec<u8>>>),
}

impl Staging {
    /// Put one file; safe to call from many threads at once.
    pub fn put(&self, f: OutputFile) -> Result<(), Diagnostic> {
        match self {
            Staging::Memory(map) => {
                map.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(f.path, f.bytes);
                Ok(())
            }
            Staging::Disk(tmp) => {
                let path = tmp.path().join(&f.path);
                if let Some(p) = path.parent() {
                    std::fs::create_dir_all(p).map_err(|e| io_err(p, "could not be created", e))?;
                }
                std::fs::write(&path, &f.bytes)
                    .map_err(|e| io_err(&path, "could not be written", e))
            }
        }
    }

    /// Make everything put visible in `sink`, replacing what was there.
    pub fn commit(self, sink: &mut Sink) -> Result<(), Diagnostic> {
        match (self, sink) {
            (Staging::Memory(map), Sink::Memory(target)) => {
                *target = map.into_inner().unwrap_or_else(|e| e.into_inner());
                Ok(())
            }
            (Staging::Disk(tmp), Sink::Disk(out)) => swap_in(&tmp.keep(), out),
            _ => Err(Diagnostic::error(
                "output",
                "internal error: the staging does not match the output",
            )),
        }
    }
}

/// Refuse an output folder that is a site or a file: we replace it wholesale.
fn check_output_dir(out: &Path) -> Result<(), Diagnostic> {
    if out.exists() && !out.is_dir() {
        return Err(
            Diagnostic::error(out, "the output path is a file, not a folder")
                .hint("give --output-dir a folder name, e.g. public"),
        );
    }
    // The site folder itself, or one of its own folders (`content/`, `static/`, …).
    let site_part = out.file_name().is_some_and(|n| {
        ["content", "static", "templates", "themes"].contains(&n.to_string_lossy().as_ref())
    }) && out
        .parent()
        .is_some_and(|p| p.join("config.toml").is_file());
    if site_part || out.join("config.toml").exists() || out.join("content").is_dir() {
        return Err(Diagnostic::error(
            out,
            "the output folder is a site folder or one of its folders (config.toml, content/, static/, templates/ or themes/)",
        )
        .expected("a folder only vilde writes to, e.g. public")
        .hint(
            "choose another --output-dir; vilde replaces the whole output folder on every build",
        ));
    }
    Ok(())
}

fn remove_stale_temps(parent: &Path, name: &str) {
    let prefix = format!("{TMP_PREFIX}{name}-");
    if let Ok(entries) = std::fs::read_dir(parent) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}

/// Put `new` at `out`: an atomic exchange where the OS has it, then remove the old.
fn swap_in(new: &Path, out: &Path) -> Result<(), Diagnostic> {
    if out.exists() {
        if exchange(new, out).is_ok() {
            // `new` now holds the previous output.
            let _ = std::fs::remove_dir_all(new);
            return Ok(());
        }
        let old = new.with_extension("old");
        std::fs::rename(out, &old).map_err(|e| io_err(out, "could not be replaced", e))?;
        std::fs::rename(new, out).map_err(|e| io_err(out, "could not be replaced", e))?;
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    } else {
        std::fs::rename(new, out).map_err(|e| io_err(out, "could not be created", e))
    }
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths; renameat2 does not keep them.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("no atomic exchange on this system"))
}

fn io_err(p: &Path, what: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(p, format!("the output {what}: {e}"))
        .hint("check that the disk has room and that you may write to this folder")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(p: &str, s: &str) -> OutputFile {
        OutputFile {
            path: p.into(),
            bytes: s.as_bytes().to_vec(),
        }
    }

    #[test]
    fn disk_sink_swaps_and_leaves_no_temp() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        Sink::Disk(out.clone())
            .write(vec![f("a/index.html", "1")])
            .unwrap();
        Sink::Disk(out.clone())
            .write(vec![f("b.txt", "2")])
            .unwrap();
        assert!(!out.join("a").exists());
        assert_eq!(std::fs::read_to_string(out.join("b.txt")).unwrap(), "2");
        let names: Vec<_> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn refuses_site_folder_as_output() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("config.toml"), "").unwrap();
        let e = Sink::Disk(d.path().to_path_buf())
            .write(vec![])
            .unwrap_err();
        assert!(e.message.contains("site folder"));
    }

    #[test]
    fn minify_keeps_structure() {
        let out = minify_one(b"<!doctype html>\n<html lang=\"da\">\n<head><title>x</title></head>\n<body>\n  <p>a   b</p>\n</body>\n</html>\n");
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("<!doctype html><html lang=da>"), "{s}");
        assert!(s.contains("</p>"));
    }
}
