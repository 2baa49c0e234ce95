//! Watching the site folder: `config.toml`, the slide template, `content/`,
//! `templates/`, `themes/`, `static/` and `data/` (notify). Editor temp and swap files
//! are ignored; a burst of events (one save is often several) becomes one change.
//!
//! A burst ends when no event came for a while. That while is short ([`SETTLE`])
//! when the last event finishes a write — the file was closed after writing, renamed
//! into place, removed — and longer ([`QUIET`]) while a file is still being written,
//! so a save is rebuilt at once but a half-written file is not.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::diag::Diagnostic;

/// Folders below the site root that are watched as a whole.
pub const WATCHED_DIRS: [&str; 6] = ["content", "templates", "themes", "static", "data", "sass"];

/// A burst whose last event finished a write ends after this long without a new event.
pub const SETTLE: Duration = Duration::from_millis(3);
/// A burst whose last event may be followed by more writing ends after this long.
pub const QUIET: Duration = Duration::from_millis(50);
/// A burst never waits longer than this from its first event (e.g. a long copy).
pub const MAX_WAIT: Duration = Duration::from_millis(300);
/// How often a waiting watcher looks at the stop flag.
const POLL: Duration = Duration::from_millis(100);

/// Changes gathered into one rebuild.
#[derive(Debug)]
pub struct Burst {
    /// When the first event of the burst arrived.
    pub first: Instant,
    /// The changed paths, relative to the site root, sorted, without duplicates.
    pub paths: Vec<PathBuf>,
}

/// A running watcher.
pub struct Watch {
    watcher: RecommendedWatcher,
    rx: Receiver<notify::Result<notify::Event>>,
    root: PathBuf,
    files: Vec<PathBuf>,
}

impl Watch {
    /// Start watching `root`. `files` are the watched single files, relative to the root
    /// (`config.toml`, the slide template).
    pub fn start(root: &Path, files: Vec<PathBuf>) -> Result<Watch, Diagnostic> {
        let root = root.canonicalize().map_err(|e| {
            Diagnostic::error(root, crate::t!("watch-open-failed", why = e.to_string()))
        })?;
        let (tx, rx) = channel();
        let watcher = notify::recommended_watcher(tx).map_err(|e| watch_error(&root, e))?;
        let mut w = Watch {
            watcher,
            rx,
            root,
            files,
        };
        w.watcher
            .watch(&w.root, RecursiveMode::NonRecursive)
            .map_err(|e| watch_error(&w.root, e))?;
        for d in WATCHED_DIRS {
            w.watch_dir(d)?;
        }
        // A single file in a folder of its own (e.g. `slides/template.toml`).
        let extra: Vec<PathBuf> = w
            .files
            .iter()
            .filter_map(|f| f.parent())
            .filter(|p| {
                p.components()
                    .next()
                    .is_some_and(|c| !WATCHED_DIRS.iter().any(|d| c.as_os_str() == *d))
            })
            .map(|p| w.root.join(p))
            .filter(|p| p.is_dir())
            .collect();
        for dir in extra {
            w.watcher
                .watch(&dir, RecursiveMode::NonRecursive)
                .map_err(|e| watch_error(&dir, e))?;
        }
        Ok(w)
    }

    fn watch_dir(&mut self, name: &str) -> Result<(), Diagnostic> {
        let dir = self.root.join(name);
        if dir.is_dir() {
            self.watcher
                .watch(&dir, RecursiveMode::Recursive)
                .map_err(|e| watch_error(&dir, e))?;
        }
        Ok(())
    }

    /// Wait for the next burst of relevant changes. `None` once `stop` is set.
    pub fn next_burst(&mut self, stop: &AtomicBool) -> Option<Burst> {
        let mut paths = Vec::new();
        let (first, mut settled) = loop {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            match self.rx.recv_timeout(POLL) {
                Ok(ev) => {
                    if let Some(done) = self.take(ev, &mut paths) {
                        break (Instant::now(), done);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        };
        // Only relevant events extend the burst; reads by other programs do not.
        let wait = |settled: bool| if settled { SETTLE } else { QUIET };
        let end = first + MAX_WAIT;
        let mut deadline = first + wait(settled);
        loop {
            let now = Instant::now();
            let until = deadline.min(end);
            if now >= until {
                break;
            }
            match self.rx.recv_timeout(until - now) {
                Ok(ev) => {
                    if let Some(done) = self.take(ev, &mut paths) {
                        settled = done;
                        deadline = Instant::now() + wait(settled);
                    }
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        paths.sort();
        paths.dedup();
        Some(Burst { first, paths })
    }

    /// Keep the relevant paths of one event. `None` if it had none, else whether it
    /// finished a write. A watched folder that appears (e.g. a new `static/`) is
    /// watched from then on.
    fn take(&mut self, ev: notify::Result<notify::Event>, out: &mut Vec<PathBuf>) -> Option<bool> {
        let Ok(ev) = ev else {
            // The watcher lost track (e.g. too many files); rebuild to be safe.
            out.push(PathBuf::from("."));
            return Some(false);
        };
        if !is_change(&ev.kind) {
            return None;
        }
        let mut any = false;
        for p in &ev.paths {
            let Ok(rel) = p.strip_prefix(&self.root) else {
                continue;
            };
            if !relevant(rel, &self.files) {
                continue;
            }
            if rel.components().count() == 1 && p.is_dir() {
                if let Some(name) = rel.to_str() {
                    let _ = self.watch_dir(name);
                }
            }
            out.push(rel.to_path_buf());
            any = true;
        }
        any.then(|| finishes_write(&ev.kind))
    }
}

fn watch_error(p: &Path, e: notify::Error) -> Diagnostic {
    Diagnostic::error(p, crate::t!("watch-failed", why = e.to_string()))
        .hint(crate::t!("watch-failed-hint"))
}

/// Events that change files: not opening or reading them (our own builds read every file).
pub fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Events after which a file is complete: closed after writing, renamed into place,
/// removed, metadata changed (`touch`), a folder made. Not: data written (more may
/// follow), a file created (its content follows), a rename away, unknown kinds.
pub fn finishes_write(kind: &EventKind) -> bool {
    use notify::event::{CreateKind, ModifyKind, RenameMode};
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
            | EventKind::Modify(ModifyKind::Metadata(_))
            | EventKind::Remove(_)
            | EventKind::Create(CreateKind::Folder)
    )
}

/// Is a change at `rel` (relative to the site root) one that can change the site?
/// Editor temp and swap files (and anything in a hidden folder) are not.
pub fn relevant(rel: &Path, files: &[PathBuf]) -> bool {
    let mut names = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(n) => names.push(n.to_string_lossy()),
            _ => return false,
        }
    }
    let Some(first) = names.first() else {
        return false;
    };
    if names.iter().any(|n| crate::content::is_ignored_name(n)) {
        return false;
    }
    // Editors' "can I write here" probe files (vim writes `4913`, `5036`, …).
    if names
        .last()
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    WATCHED_DIRS.contains(&first.as_ref()) || files.iter().any(|f| f == rel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind};

    fn files() -> Vec<PathBuf> {
        vec!["config.toml".into(), "slide-template.toml".into()]
    }

    #[test]
    fn relevant_paths() {
        let f = files();
        for p in [
            "config.toml",
            "slide-template.toml",
            "content/a/index.md",
            "content",
            "templates/base.html",
            "themes/aarhus/static/vilde.css",
            "static/video/film.mp4",
            "data/tal.toml",
            "sass/main.scss",
        ] {
            assert!(relevant(Path::new(p), &f), "{p}");
        }
        for p in [
            "public/index.html",
            "target/debug/vilde",
            "README.md",
            "content/a/.index.md.swp",
            "content/a/index.md~",
            "content/a/#index.md#",
            "content/a/.#index.md",
            "content/a/index.md.tmp",
            "content/a/4913",
            "content/.git/HEAD",
            "static/.DS_Store",
            "",
            "../config.toml",
        ] {
            assert!(!relevant(Path::new(p), &f), "{p}");
        }
    }

    #[test]
    fn reads_are_not_changes() {
        assert!(!is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Write
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Any)));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
    }

    #[test]
    fn which_events_finish_a_write() {
        use notify::event::{DataChange, MetadataKind, RemoveKind, RenameMode};
        for k in [
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            EventKind::Modify(ModifyKind::Name(RenameMode::Both)),
            EventKind::Modify(ModifyKind::Metadata(MetadataKind::Any)),
            EventKind::Remove(RemoveKind::File),
            EventKind::Create(CreateKind::Folder),
        ] {
            assert!(finishes_write(&k), "{k:?}");
        }
        for k in [
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Modify(ModifyKind::Name(RenameMode::From)),
            EventKind::Create(CreateKind::File),
            EventKind::Any,
            EventKind::Other,
        ] {
            assert!(!finishes_write(&k), "{k:?}");
        }
    }

    #[test]
    fn a_burst_of_saves_is_one_change() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        std::fs::create_dir_all(root.join("content/a")).unwrap();
        std::fs::write(root.join("config.toml"), "").unwrap();
        let mut w = Watch::start(root, files()).unwrap();
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let timer = std::sync::Arc::clone(&stop);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(30));
            timer.store(true, Ordering::Relaxed);
        });
        let page = root.join("content/a/index.md");
        std::fs::write(root.join("content/a/.index.md.swp"), "x").unwrap();
        std::fs::write(&page, "1").unwrap();
        std::fs::write(&page, "2").unwrap();
        std::fs::write(root.join("config.toml"), "title = \"x\"").unwrap();
        std::fs::write(root.join("notes.txt"), "x").unwrap();
        // Normally one burst; a busy machine may deliver the events later than QUIET.
        let want = vec![
            PathBuf::from("config.toml"),
            PathBuf::from("content/a/index.md"),
        ];
        let mut got = w.next_burst(&stop).unwrap().paths;
        while got.len() < want.len() {
            got.extend(w.next_burst(&stop).unwrap().paths);
            got.sort();
            got.dedup();
        }
        assert_eq!(got, want);
        // Reading files (as a build does) is not a change; a new static/ is watched.
        let _ = std::fs::read(&page).unwrap();
        std::fs::create_dir(root.join("static")).unwrap();
        let b = w.next_burst(&stop).unwrap();
        assert_eq!(b.paths, vec![PathBuf::from("static")]);
        std::fs::write(root.join("static/site.css"), "x").unwrap();
        let b = w.next_burst(&stop).unwrap();
        assert_eq!(b.paths, vec![PathBuf::from("static/site.css")]);
        stop.store(true, Ordering::Relaxed);
        assert!(w.next_burst(&stop).is_none());
    }
}
