//! Output: the one place that writes the built site. A [`Sink`] is either a folder
//! on disk or a map in memory (for `serve`). Disk builds are written to a temporary
//! folder beside the output and swapped in atomically only when everything is
//! written, so a failed or killed build leaves the previous output as it was.
//! Knows nothing about Tera or content types: it receives finished files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diag::Diagnostic;
use crate::render::OutputFile;

/// Prefix of the temporary folders a build makes beside the output.
const TMP_PREFIX: &str = ".vilde-tmp-";

/// The manifest every output folder vilde writes carries: its presence says vilde
/// made the folder, and its lines list the files vilde wrote there. A folder is
/// replaced only when it is missing, empty, or holds nothing but what its manifest
/// lists (or with `--force`).
pub const MARKER: &str = ".vilde-output";
const MARKER_HEAD: &str =
    "# vilde wrote this folder and every file listed below; the next build replaces them.\n";

/// How long a build waits for another build of the same output to finish.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// An output folder on disk and what decides whether vilde may replace it.
#[derive(Debug, Clone)]
pub struct DiskOutput {
    /// The folder as the user named it (shown in messages).
    pub dir: PathBuf,
    /// The site folder: the output may never be it, contain it, or lie in its
    /// `content/`, `static/`, `templates/` or `themes/`.
    pub site_root: PathBuf,
    /// Replace a folder vilde did not write (Zola's `--force`). Never the site,
    /// a folder holding it, the home folder or `/`.
    pub force: bool,
    /// Zola's `preserve_dotfiles_in_output`: the output's own files whose names
    /// start with a dot (`.git`) stay, and do not make it a foreign folder.
    pub preserve_dotfiles: bool,
}

/// Where finished files go.
pub enum Sink {
    Disk(DiskOutput),
    Memory(BTreeMap<String, Vec<u8>>),
}

impl Sink {
    /// A folder on disk for the site in `site_root`.
    pub fn disk(dir: impl Into<PathBuf>, site_root: impl Into<PathBuf>, force: bool) -> Sink {
        Sink::Disk(DiskOutput {
            dir: dir.into(),
            site_root: site_root.into(),
            force,
            preserve_dotfiles: false,
        })
    }
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
pub fn static_files(
    dirs: &[PathBuf],
    ignore: &globset::GlobSet,
) -> Result<BTreeMap<String, PathBuf>, Diagnostic> {
    let mut out = BTreeMap::new();
    for dir in dirs {
        if !dir.is_dir() {
            continue;
        }
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                Diagnostic::error(dir, crate::t!("static-unreadable", why = e.to_string()))
            })?;
            let kind = entry.file_type();
            if kind.is_dir() {
                continue;
            }
            let name = entry.file_name().to_string_lossy();
            if crate::content::is_ignored_name(&name) || ignore.is_match(entry.path()) {
                continue;
            }
            let shown = shown_static(entry.path());
            if kind.is_symlink() {
                return Err(Diagnostic::error(shown, crate::t!("static-symlink"))
                    .hint(crate::t!("static-symlink-hint")));
            }
            if !kind.is_file() {
                return Err(Diagnostic::error(
                    shown,
                    crate::t!("static-not-regular", why = crate::diag::not_regular()),
                )
                .hint(crate::t!("static-not-regular-hint")));
            }
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel = rel
                .to_str()
                .ok_or_else(|| crate::content::walk::not_utf8_name(rel.as_os_str()))
                .map_err(|e| Diagnostic::error(&shown, e.to_string()))?;
            if let Err(why) = crate::paths::output_rel(rel) {
                return Err(
                    Diagnostic::error(&shown, crate::t!("static-bad-name", why = why))
                        .hint(crate::t!("static-bad-name-hint")),
                );
            }
            out.insert(rel.to_string(), entry.path().to_path_buf());
        }
    }
    Ok(out)
}

/// A static file's path as the user knows it: from `static/` or `themes/` on.
fn shown_static(p: &Path) -> PathBuf {
    let parts: Vec<_> = p.components().collect();
    let from = parts
        .iter()
        .rposition(|c| c.as_os_str() == "themes")
        .or_else(|| parts.iter().rposition(|c| c.as_os_str() == "static"))
        .unwrap_or(0);
    parts[from..].iter().collect()
}

/// Read one file to copy (a static file, page asset or processed image).
pub fn read_copy(rel: String, src: &Path) -> Result<OutputFile, Diagnostic> {
    crate::diag::read_regular(src)
        .map(|bytes| OutputFile { path: rel, bytes })
        .map_err(|e| Diagnostic::error(src, crate::t!("output-copy-failed", why = e.to_string())))
}

impl Sink {
    /// Keep the output's dotfiles through every build (Zola's
    /// `preserve_dotfiles_in_output`).
    pub fn preserving_dotfiles(mut self, yes: bool) -> Sink {
        if let Sink::Disk(d) = &mut self {
            d.preserve_dotfiles = yes;
        }
        self
    }

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
    ///
    /// For a folder on disk everything is checked here, before the build does any
    /// work: the folder's real path is allowed, vilde owns what is there, and no
    /// other build writes it (a lock held until the staging is committed or dropped).
    pub fn stage(&self) -> Result<Staging, Diagnostic> {
        match self {
            Sink::Memory(_) => Ok(Staging::Memory(Mutex::new(BTreeMap::new()))),
            Sink::Disk(d) => stage_disk(d),
        }
    }
}

fn stage_disk(d: &DiskOutput) -> Result<Staging, Diagnostic> {
    let real = allowed_target(d)?;
    let parent = real
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| "/".into());
    std::fs::create_dir_all(&parent).map_err(|e| io_err(&d.dir, "output-io-create", e))?;
    let lock = DirLock::acquire(&parent, &d.dir)?;
    if !d.force {
        check_owned(&real, &d.dir, d.preserve_dotfiles)?;
    }
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    remove_stale_temps(&parent, &name);
    let tmp = tempfile::Builder::new()
        .prefix(&format!("{TMP_PREFIX}{name}-"))
        .tempdir_in(&parent)
        .map_err(|e| io_err(&d.dir, "output-io-temp", e))?;
    // Marks the folder as ours while it is written, so a later build may clean it
    // up if this one is killed.
    std::fs::write(tmp.path().join(MARKER), MARKER_HEAD)
        .map_err(|e| io_err(&d.dir, "output-io-write", e))?;
    Ok(Staging::Disk(DiskStaging {
        tmp,
        out: real,
        shown: d.dir.clone(),
        written: Mutex::new(BTreeSet::new()),
        preserve_dotfiles: d.preserve_dotfiles,
        _lock: lock,
    }))
}

/// The output of a build in progress (see [`Sink::stage`]).
pub enum Staging {
    Disk(DiskStaging),
    Memory(Mutex<BTreeMap<String, Vec<u8>>>),
}

/// A build's files on disk, in a temporary folder beside the output.
pub struct DiskStaging {
    tmp: tempfile::TempDir,
    /// The output's real path (links resolved).
    out: PathBuf,
    /// The output as the user named it.
    shown: PathBuf,
    /// Every output path put so far: a second file for one path is an error.
    written: Mutex<BTreeSet<String>>,
    /// Carry the old output's dotfiles into the new one.
    preserve_dotfiles: bool,
    _lock: DirLock,
}

impl Staging {
    /// Put one file; safe to call from many threads at once. The path must stay
    /// inside the output ([`crate::paths::output_rel`]) and be new in this build.
    pub fn put(&self, f: OutputFile) -> Result<(), Diagnostic> {
        let rel = crate::paths::output_rel(&f.path)
            .map_err(|why| {
                Diagnostic::error("output", crate::t!("output-bad-path", why = why))
                    .hint(crate::t!("output-bad-path-hint"))
            })?
            .trim_end_matches('/')
            .to_string();
        match self {
            Staging::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|e| e.into_inner());
                if map.contains_key(&rel) {
                    return Err(twice(Path::new("output"), &rel));
                }
                map.insert(rel, f.bytes);
                Ok(())
            }
            Staging::Disk(d) => {
                if !d
                    .written
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(rel.clone())
                {
                    return Err(twice(&d.shown, &rel));
                }
                let path = d.tmp.path().join(&rel);
                let shown = d.shown.join(&rel);
                if let Some(p) = path.parent() {
                    std::fs::create_dir_all(p)
                        .map_err(|e| io_err(&shown, "output-io-folder", e))?;
                }
                std::fs::write(&path, &f.bytes).map_err(|e| io_err(&shown, "output-io-write", e))
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
            (Staging::Disk(d), Sink::Disk(_)) => {
                let written = d.written.into_inner().unwrap_or_else(|e| e.into_inner());
                let mut manifest = String::from(MARKER_HEAD);
                for rel in &written {
                    manifest.push_str(rel);
                    manifest.push('\n');
                }
                std::fs::write(d.tmp.path().join(MARKER), manifest)
                    .map_err(|e| io_err(&d.shown, "output-io-write", e))?;
                let result = swap_in(&d.tmp.keep(), &d.out, &d.shown, d.preserve_dotfiles);
                drop(d._lock);
                result
            }
            _ => Err(Diagnostic::error("output", crate::t!("output-internal"))),
        }
    }
}

fn twice(out: &Path, rel: &str) -> Diagnostic {
    Diagnostic::error(out.join(rel), crate::t!("output-twice")).hint(crate::t!("output-twice-hint"))
}

/// The real path of `p` (absolute, `.`/`..` applied and links followed as far as
/// the path exists), so a check cannot be fooled by `a/../..` or a link.
pub fn real_path(p: &Path) -> PathBuf {
    use std::path::Component;
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| "/".into())
            .join(p)
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => out.push(c.as_os_str()),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            Component::Normal(n) => {
                out.push(n);
                if let Ok(canon) = out.canonicalize() {
                    out = canon;
                }
            }
        }
    }
    out
}

/// Refuse an output that vilde must never replace; returns its real path.
fn allowed_target(d: &DiskOutput) -> Result<PathBuf, Diagnostic> {
    let real = real_path(&d.dir);
    let root = real_path(&d.site_root);
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| real_path(Path::new(&h)));
    let refuse = |why: &str| {
        Diagnostic::error(&d.dir, crate::t!("output-refused", why = why))
            .expected(crate::t!("output-refused-expected"))
            .hint(crate::t!("output-refused-hint"))
    };
    if real.parent().is_none() {
        return Err(refuse(&crate::t!("output-why-root")));
    }
    if home.as_deref() == Some(real.as_path()) {
        return Err(refuse(&crate::t!("output-why-home")));
    }
    if root.starts_with(&real) {
        return Err(refuse(&if root == real {
            crate::t!("output-why-site")
        } else {
            crate::t!("output-why-above")
        }));
    }
    for part in ["content", "static", "templates", "themes"] {
        if real.starts_with(root.join(part)) {
            return Err(refuse(&crate::t!("output-why-inside", folder = part)));
        }
    }
    match std::fs::symlink_metadata(&d.dir) {
        Ok(m) if m.file_type().is_symlink() => Err(refuse(&crate::t!("output-why-link"))),
        Ok(m) if !m.is_dir() => Err(Diagnostic::error(&d.dir, crate::t!("output-is-file"))
            .hint(crate::t!("output-is-file-hint"))),
        _ => Ok(real),
    }
}

/// The output folder may be replaced: it is missing, empty, or holds only files
/// its manifest says vilde wrote.
fn check_owned(real: &Path, shown: &Path, preserve_dotfiles: bool) -> Result<(), Diagnostic> {
    let Ok(mut entries) = std::fs::read_dir(real) else {
        return Ok(()); // missing
    };
    if entries.next().is_none() {
        return Ok(());
    }
    let manifest = std::fs::read_to_string(real.join(MARKER)).ok();
    let listed: BTreeSet<&str> = manifest
        .as_deref()
        .map(|m| m.lines().filter(|l| !l.starts_with('#')).collect())
        .unwrap_or_default();
    let mut foreign = Vec::new();
    for e in walkdir::WalkDir::new(real).min_depth(1).sort_by_file_name() {
        let Ok(e) = e else { continue };
        if e.file_type().is_dir() {
            continue;
        }
        let rel = e
            .path()
            .strip_prefix(real)
            .unwrap_or(e.path())
            .to_string_lossy()
            .replace('\\', "/");
        let kept = preserve_dotfiles && rel.starts_with('.');
        if rel != MARKER && !kept && (manifest.is_none() || !listed.contains(rel.as_str())) {
            foreign.push(rel);
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    let n = foreign.len();
    let mut shown_files = foreign.into_iter().take(5).collect::<Vec<_>>().join(", ");
    if n > 5 {
        shown_files = crate::t!("output-and-more", list = shown_files, more = n - 5);
    }
    let why = if manifest.is_none() {
        crate::t!("output-foreign-new")
    } else {
        crate::t!("output-foreign-added")
    };
    Err(
        Diagnostic::error(shown, crate::t!("output-foreign", why = why))
            .found(shown_files)
            .expected(crate::t!("output-foreign-expected"))
            .hint(crate::t!("output-foreign-hint")),
    )
}

/// An exclusive lock on the output's parent folder: one build at a time writes an
/// output there. Released when dropped.
struct DirLock(#[allow(dead_code)] std::fs::File);

impl DirLock {
    fn acquire(parent: &Path, shown: &Path) -> Result<DirLock, Diagnostic> {
        let file = std::fs::File::open(parent).map_err(|e| io_err(shown, "output-io-parent", e))?;
        let start = std::time::Instant::now();
        loop {
            match try_lock(&file) {
                Ok(true) => return Ok(DirLock(file)),
                Ok(false) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(std::time::Duration::from_millis(50))
                }
                Ok(false) => {
                    return Err(Diagnostic::error(shown, crate::t!("output-locked")).hint(
                        crate::t!("output-locked-hint", seconds = LOCK_WAIT.as_secs()),
                    ))
                }
                Err(e) => return Err(io_err(shown, "output-io-lock", e)),
            }
        }
    }
}

#[cfg(unix)]
fn try_lock(file: &std::fs::File) -> std::io::Result<bool> {
    use std::os::unix::io::AsRawFd;
    // SAFETY: flock on a file descriptor we own; no memory is passed.
    let r = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if r == 0 {
        return Ok(true);
    }
    let e = std::io::Error::last_os_error();
    if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
        Ok(false)
    } else {
        Err(e)
    }
}

#[cfg(not(unix))]
fn try_lock(_file: &std::fs::File) -> std::io::Result<bool> {
    Ok(true)
}

/// Remove what killed builds left: temporary folders of this output that carry
/// vilde's marker or are still empty (called with the lock held, so no build is
/// writing them).
fn remove_stale_temps(parent: &Path, name: &str) {
    let prefix = format!("{TMP_PREFIX}{name}-");
    if let Ok(entries) = std::fs::read_dir(parent) {
        for e in entries.flatten() {
            let ours = e.file_name().to_string_lossy().starts_with(&prefix)
                && e.file_type().is_ok_and(|t| t.is_dir())
                && (e.path().join(MARKER).is_file()
                    || std::fs::read_dir(e.path()).is_ok_and(|mut d| d.next().is_none()));
            if ours {
                remove_marked(&e.path());
            }
        }
    }
}

/// Remove a folder of ours with its marker last, so a folder half removed by a
/// killed build still says it is ours and the next build finishes the job.
fn remove_marked(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name() == MARKER {
                continue;
            }
            let _ = match e.file_type() {
                Ok(t) if t.is_dir() => std::fs::remove_dir_all(e.path()),
                _ => std::fs::remove_file(e.path()),
            };
        }
    }
    let _ = std::fs::remove_file(dir.join(MARKER));
    let _ = std::fs::remove_dir(dir);
}

/// Put `new` at `out`: an atomic exchange where the OS has it, then remove the old
/// (after moving its dotfiles over when they are kept).
fn swap_in(new: &Path, out: &Path, shown: &Path, keep_dotfiles: bool) -> Result<(), Diagnostic> {
    if !out.exists() {
        return std::fs::rename(new, out).map_err(|e| io_err(shown, "output-io-create", e));
    }
    let old = if exchange(new, out).is_ok() {
        // `new` now holds the previous output.
        new.to_path_buf()
    } else {
        let old = new.with_extension("old");
        std::fs::rename(out, &old).map_err(|e| io_err(shown, "output-io-replace", e))?;
        std::fs::rename(new, out).map_err(|e| io_err(shown, "output-io-replace", e))?;
        old
    };
    if keep_dotfiles {
        if let Err(e) = carry_dotfiles(&old, out) {
            // Never removed later: without its marker the old folder is not ours.
            let _ = std::fs::remove_file(old.join(MARKER));
            return Err(io_err(shown, "output-io-dotfiles", e));
        }
    }
    remove_marked(&old);
    Ok(())
}

/// Move the top-level entries of `old` whose names start with a dot (not the
/// manifest) into `new`, where the build wrote nothing of that name.
fn carry_dotfiles(old: &Path, new: &Path) -> std::io::Result<()> {
    for e in std::fs::read_dir(old)? {
        let e = e?;
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') && name != MARKER && !new.join(&name).exists() {
            std::fs::rename(e.path(), new.join(&name))?;
        }
    }
    Ok(())
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

/// An input/output error on the output: `what` is the catalog key saying what failed.
fn io_err(p: &Path, what: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(
        p,
        crate::i18n::text(what, &[("why", crate::i18n::arg(e.to_string()))]),
    )
    .hint(crate::t!("output-io-hint"))
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

    fn disk(out: &Path, root: &Path) -> Sink {
        Sink::disk(out, root, false)
    }

    #[test]
    fn disk_sink_swaps_and_leaves_no_temp() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        disk(&out, d.path())
            .write(vec![f("a/index.html", "1")])
            .unwrap();
        disk(&out, d.path()).write(vec![f("b.txt", "2")]).unwrap();
        assert!(!out.join("a").exists());
        assert_eq!(std::fs::read_to_string(out.join("b.txt")).unwrap(), "2");
        let manifest = std::fs::read_to_string(out.join(MARKER)).unwrap();
        assert!(manifest.ends_with("\nb.txt\n"), "{manifest}");
        let names: Vec<_> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("public")]);
    }

    #[test]
    fn refuses_site_folder_its_parents_and_its_own_folders() {
        let d = tempfile::tempdir().unwrap();
        let site = d.path().join("site");
        std::fs::create_dir_all(site.join("content/a")).unwrap();
        for out in [
            site.clone(),
            d.path().to_path_buf(),
            site.join("content"),
            site.join("content/a/public"),
            site.join("static/x"),
            site.join("public/../.."),
            PathBuf::from("/"),
        ] {
            let e = Sink::disk(&out, &site, true).write(vec![]).unwrap_err();
            assert!(e.message.contains("will not write"), "{out:?}: {e}");
        }
        assert!(site.join("content/a").is_dir());
    }

    #[test]
    fn refuses_a_foreign_folder_unless_forced() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("docs");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("mine.txt"), "keep").unwrap();
        let e = disk(&out, d.path())
            .write(vec![f("x.html", "1")])
            .unwrap_err();
        assert!(e.message.contains("vilde did not make it"), "{e}");
        assert_eq!(
            std::fs::read_to_string(out.join("mine.txt")).unwrap(),
            "keep"
        );
        // A file added to an output vilde wrote is foreign too.
        let out2 = d.path().join("public");
        disk(&out2, d.path()).write(vec![f("x.html", "1")]).unwrap();
        std::fs::write(out2.join("notes.txt"), "keep").unwrap();
        let e = disk(&out2, d.path())
            .write(vec![f("x.html", "2")])
            .unwrap_err();
        assert!(e.found.as_deref().unwrap().contains("notes.txt"), "{e}");
        Sink::disk(&out2, d.path(), true)
            .write(vec![f("x.html", "2")])
            .unwrap();
        assert!(!out2.join("notes.txt").exists());
    }

    #[test]
    fn refuses_paths_outside_and_the_same_path_twice() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("p").join("public");
        let sink = disk(&out, d.path());
        let st = sink.stage().unwrap();
        for bad in ["../../x/index.html", "//etc/x", "a/../../b", "a\\b"] {
            assert!(st.put(f(bad, "x")).is_err(), "{bad}");
        }
        st.put(f("a/index.html", "1")).unwrap();
        let e = st.put(f("a/index.html", "2")).unwrap_err();
        assert!(e.message.contains("same place"), "{e}");
        drop(st);
        assert_eq!(std::fs::read_dir(d.path().join("p")).unwrap().count(), 0);
        assert!(!d.path().join("x").exists());
    }

    #[test]
    fn a_second_build_waits_for_the_first() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("public");
        let first = disk(&out, d.path()).stage().unwrap();
        first.put(f("a.html", "1")).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let (out2, root) = (out.clone(), d.path().to_path_buf());
        let h = std::thread::spawn(move || {
            let mut s = disk(&out2, &root);
            let st = s.stage().unwrap();
            tx.send(()).unwrap();
            st.put(f("b.html", "2")).unwrap();
            st.commit(&mut s).unwrap();
        });
        std::thread::sleep(std::time::Duration::from_millis(300));
        assert!(rx.try_recv().is_err(), "the second build did not wait");
        first.commit(&mut disk(&out, d.path())).unwrap();
        h.join().unwrap();
        assert!(out.join("b.html").is_file() && !out.join("a.html").exists());
    }

    #[test]
    fn minify_keeps_structure() {
        let out = minify_one(b"<!doctype html>\n<html lang=\"da\">\n<head><title>x</title></head>\n<body>\n  <p>a   b</p>\n</body>\n</html>\n");
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("<!doctype html><html lang=da>"), "{s}");
        assert!(s.contains("</p>"));
    }
}
