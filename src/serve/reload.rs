//! Live reload: the open browser tabs listening on `/__vilde/events` (server-sent
//! events), and the messages they get — `hello` on connect, `reload` after a build
//! whose output changed, `error` with the diagnostics when a save broke the build,
//! `ok` when it builds again.

use std::io::Write;
use std::sync::Mutex;

use crate::diag::Diagnostic;

/// A connected tab: the raw connection after the response headers were sent.
pub type Stream = Box<dyn Write + Send>;

/// How long browsers wait before reconnecting (milliseconds).
const RETRY_MS: u32 = 500;

/// The tabs and what a new tab must be told.
#[derive(Default)]
pub struct Hub {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    clients: Vec<Stream>,
    generation: String,
    /// The current build error (text for the overlay), if the last build failed.
    error: Option<String>,
}

impl Hub {
    pub fn new(generation: &str) -> Hub {
        Hub {
            inner: Mutex::new(Inner {
                generation: generation.to_string(),
                ..Inner::default()
            }),
        }
    }

    /// Take a new tab: send it the current generation (and the error, if any) and keep it.
    pub fn add(&self, mut stream: Stream) {
        let mut inner = lock(&self.inner);
        let mut first = format!("retry: {RETRY_MS}\n\n");
        first.push_str(&message("hello", &inner.generation));
        if let Some(e) = &inner.error {
            first.push_str(&message("error", e));
        }
        if send(&mut stream, &first) {
            inner.clients.push(stream);
        }
    }

    /// The site changed: tell every tab to reload. Returns how many tabs were told.
    pub fn reload(&self, generation: &str) -> usize {
        let mut inner = lock(&self.inner);
        inner.generation = generation.to_string();
        broadcast(&mut inner.clients, &message("reload", generation))
    }

    /// The build failed: show `text` in every tab (and in tabs that connect later).
    pub fn error(&self, text: &str) -> usize {
        let mut inner = lock(&self.inner);
        inner.error = Some(text.to_string());
        broadcast(&mut inner.clients, &message("error", text))
    }

    /// The build works again: remove the overlay. Returns how many tabs were told.
    pub fn ok(&self) -> usize {
        let mut inner = lock(&self.inner);
        inner.error = None;
        broadcast(&mut inner.clients, &message("ok", ""))
    }

    /// A comment line that keeps connections open and drops the closed ones.
    pub fn ping(&self) -> usize {
        let mut inner = lock(&self.inner);
        broadcast(&mut inner.clients, ": ping\n\n")
    }

    /// Did the last build fail?
    pub fn has_error(&self) -> bool {
        lock(&self.inner).error.is_some()
    }

    pub fn clients(&self) -> usize {
        lock(&self.inner).clients.len()
    }
}

fn lock(m: &Mutex<Inner>) -> std::sync::MutexGuard<'_, Inner> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn send(stream: &mut Stream, msg: &str) -> bool {
    stream.write_all(msg.as_bytes()).is_ok() && stream.flush().is_ok()
}

fn broadcast(clients: &mut Vec<Stream>, msg: &str) -> usize {
    clients.retain_mut(|c| send(c, msg));
    clients.len()
}

/// One server-sent event; every line of `data` becomes a `data:` line.
pub fn message(event: &str, data: &str) -> String {
    let mut s = format!("event: {event}\n");
    for line in data.replace("\r\n", "\n").split(['\n', '\r']) {
        s.push_str("data: ");
        s.push_str(line);
        s.push('\n');
    }
    s.push('\n');
    s
}

/// The overlay text for a failed build: every error (warnings left out), as printed
/// in the terminal, at most `MAX` of them.
pub fn error_text(diagnostics: &[Diagnostic]) -> String {
    const MAX: usize = 20;
    let mut errors: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.is_error()).collect();
    errors.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    let mut parts: Vec<String> = errors.iter().take(MAX).map(|d| d.to_string()).collect();
    if errors.len() > MAX {
        parts.push(crate::t!("serve-overlay-more", count = errors.len() - MAX));
    }
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex as StdMutex};

    /// A stream that records what was written, or fails every write.
    #[derive(Clone)]
    struct Rec(Arc<StdMutex<Vec<u8>>>, bool);

    impl Write for Rec {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if self.1 {
                return Err(std::io::Error::other("closed"));
            }
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn rec(fails: bool) -> Rec {
        Rec(Arc::new(StdMutex::new(Vec::new())), fails)
    }

    fn text(r: &Rec) -> String {
        String::from_utf8(r.0.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn message_splits_lines() {
        assert_eq!(message("reload", "g2"), "event: reload\ndata: g2\n\n");
        assert_eq!(
            message("error", "a\r\nb\nc"),
            "event: error\ndata: a\ndata: b\ndata: c\n\n"
        );
        assert_eq!(message("ok", ""), "event: ok\ndata: \n\n");
    }

    #[test]
    fn new_tabs_get_state_and_closed_tabs_are_dropped() {
        let hub = Hub::new("g1");
        let a = rec(false);
        hub.add(Box::new(a.clone()));
        assert_eq!(text(&a), "retry: 500\n\nevent: hello\ndata: g1\n\n");
        hub.add(Box::new(rec(true)));
        assert_eq!(hub.clients(), 1);
        assert_eq!(hub.error("bad\nline"), 1);
        let b = rec(false);
        hub.add(Box::new(b.clone()));
        assert_eq!(
            text(&b),
            "retry: 500\n\nevent: hello\ndata: g1\n\nevent: error\ndata: bad\ndata: line\n\n"
        );
        assert_eq!(hub.ok(), 2);
        assert_eq!(hub.reload("g2"), 2);
        assert!(text(&a).ends_with(
            "event: error\ndata: bad\ndata: line\n\nevent: ok\ndata: \n\nevent: reload\ndata: g2\n\n"
        ));
        let c = rec(false);
        hub.add(Box::new(c.clone()));
        assert_eq!(text(&c), "retry: 500\n\nevent: hello\ndata: g2\n\n");
    }

    #[test]
    fn error_text_lists_errors_only() {
        let d = vec![
            Diagnostic::warning("content/a.md", "a warning"),
            Diagnostic::error("content/b/index.md", "the front matter could not be read")
                .at(2, 26)
                .hint("check quotes"),
        ];
        assert_eq!(
            error_text(&d),
            "error: content/b/index.md:2:26: the front matter could not be read\n  how to fix: check quotes"
        );
    }
}
