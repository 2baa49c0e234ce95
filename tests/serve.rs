//! `vilde serve` end to end: the binary on an ephemeral loopback port, spoken to with
//! plain HTTP over `TcpStream`. Every wait is bounded; the child is killed on drop.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::*;

/// Generous: the debug binary on a busy 2-core machine.
const START: Duration = Duration::from_secs(120);
const WAIT: Duration = Duration::from_secs(60);
const IO: Duration = Duration::from_secs(30);

struct Server {
    child: Child,
    addr: String,
    /// stdout lines, and stderr lines prefixed with `E: `.
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(root: &Path, port: &str) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vilde"))
            .env("VILDE_LANG", "en")
            .args(["serve", "--verbose", "--port", port, "--root"])
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = channel();
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        let tx2 = tx.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines().map_while(Result::ok) {
                let _ = tx.send(l);
            }
        });
        std::thread::spawn(move || {
            for l in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx2.send(format!("E: {l}"));
            }
        });
        let mut s = Server {
            child,
            addr: String::new(),
            lines,
            seen: Vec::new(),
        };
        let line = s.wait_line("Serving ", START);
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .unwrap_or_else(|| panic!("no address in {line:?}"));
        s.addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        s
    }

    /// The first output line (from now or seen before) containing `needle`.
    fn wait_line(&mut self, needle: &str, timeout: Duration) -> String {
        if let Some(l) = self.seen.iter().find(|l| l.contains(needle)) {
            return l.clone();
        }
        let end = Instant::now() + timeout;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if l.contains(needle) {
                        return l;
                    }
                }
                Err(_) => panic!(
                    "no line with {needle:?} within {timeout:?}; output so far:\n{}",
                    self.seen.join("\n")
                ),
            }
        }
    }

    fn get(&self, target: &str) -> Resp {
        request(&self.addr, "GET", target, "")
    }
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn connect(addr: &str) -> TcpStream {
    let sa = addr.parse().unwrap();
    let s = TcpStream::connect_timeout(&sa, IO).unwrap();
    s.set_read_timeout(Some(IO)).unwrap();
    s.set_write_timeout(Some(IO)).unwrap();
    s
}

/// One HTTP/1.1 request with `Connection: close`; `extra` are more header lines.
fn request(addr: &str, method: &str, target: &str, extra: &str) -> Resp {
    raw_request(
        addr,
        &format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra}\r\n"),
    )
}

/// Send `head` as it is; read the whole response.
fn raw_request(addr: &str, head: &str) -> Resp {
    let mut s = connect(addr);
    s.write_all(head.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no header end: {}", String::from_utf8_lossy(&raw)));
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// A tab listening on the event stream: `(event, data)` pairs.
struct Events {
    rx: Receiver<(String, String)>,
}

impl Events {
    fn open(addr: &str) -> Events {
        let mut s = connect(addr);
        s.set_read_timeout(Some(Duration::from_secs(300))).unwrap();
        write!(
            s,
            "GET /__vilde/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(s);
            let mut line = String::new();
            let mut status = String::new();
            r.read_line(&mut status).unwrap();
            assert!(status.starts_with("HTTP/1.1 200"), "{status}");
            let mut content_type = String::new();
            loop {
                line.clear();
                r.read_line(&mut line).unwrap();
                if line.trim_end().is_empty() {
                    break;
                }
                if line.to_ascii_lowercase().starts_with("content-type:") {
                    content_type = line.clone();
                }
            }
            assert!(content_type.contains("text/event-stream"), "{content_type}");
            let (mut event, mut data) = (String::new(), Vec::new());
            loop {
                line.clear();
                match r.read_line(&mut line) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                let l = line.trim_end_matches(['\r', '\n']);
                if l.is_empty() {
                    if !event.is_empty() && tx.send((event.clone(), data.join("\n"))).is_err() {
                        return;
                    }
                    event.clear();
                    data.clear();
                } else if let Some(e) = l.strip_prefix("event: ") {
                    event = e.to_string();
                } else if let Some(d) = l.strip_prefix("data: ") {
                    data.push(d.to_string());
                }
            }
        });
        Events { rx }
    }

    /// The data of the next `name` event (others are skipped).
    fn wait(&self, name: &str) -> String {
        let end = Instant::now() + WAIT;
        let mut skipped = Vec::new();
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok((e, d)) if e == name => return d,
                Ok(other) => skipped.push(other),
                Err(_) => panic!("no {name:?} event within {WAIT:?}; got {skipped:?}"),
            }
        }
    }
}

/// Replace a file the way editors do: write a hidden temp file, rename it over.
fn save(path: &Path, text: &str) {
    let tmp = path.with_file_name(".vilde-test-save.tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

/// A copy of the default site in a temp folder, with a small fake video in static/.
fn default_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in ["config.toml", "slide-template.toml"] {
        std::fs::copy(repo().join(f), dir.path().join(f)).unwrap();
    }
    for d in ["content", "themes", "static"] {
        if repo().join(d).is_dir() {
            copy_dir(&repo().join(d), &dir.path().join(d));
        }
    }
    let video = dir.path().join("static/video");
    std::fs::create_dir_all(&video).unwrap();
    let bytes: Vec<u8> = (0..100u8).collect();
    std::fs::write(video.join("test.mp4"), bytes).unwrap();
    dir
}

#[test]
fn reloads_on_save_and_shows_build_errors() {
    let site = default_site();
    let mut server = Server::start(site.path(), "0");

    let front = server.get("/");
    assert_eq!(front.status, 200);
    assert_eq!(
        front.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(front.text().contains("Vilde problemer"));
    let tag = front
        .text()
        .find("<script src=\"/__vilde/livereload.js\"")
        .expect("live-reload script injected");
    assert!(front.text()[tag..].contains("</script></body>"));

    let page_url = "/baeredygtig-vaekst/";
    let page = server.get(page_url);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Bæredygtig vækst"));

    let js = server.get("/__vilde/livereload.js");
    assert_eq!(js.status, 200);
    assert_eq!(
        js.header("Content-Type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(js.text().contains("role\", \"alert\""));

    let tab = Events::open(&server.addr);
    tab.wait("hello");

    // Edit: the tab is told to reload and the page has the new text.
    let md = site.path().join("content/baeredygtig-vaekst/index.md");
    let original = std::fs::read_to_string(&md).unwrap();
    assert!(original.starts_with("+++\ntitle = \"Bæredygtig vækst\"\n"));
    let edited = format!("{original}\nRettet under serve-testen.\n");
    save(&md, &edited);
    tab.wait("reload");
    assert!(server
        .get(page_url)
        .text()
        .contains("Rettet under serve-testen."));
    server.wait_line("event → reload sent", WAIT);

    // Break the front matter: an error with file:line:col; the old page is still served.
    let broken = edited.replacen(
        "title = \"Bæredygtig vækst\"",
        "title = \"Bæredygtig vækst",
        1,
    );
    save(&md, &broken);
    let error = tab.wait("error");
    assert!(
        error.starts_with("error: content/baeredygtig-vaekst/index.md:2:26: "),
        "{error}"
    );
    let still = server.get(page_url);
    assert_eq!(still.status, 200);
    assert!(still.text().contains("Rettet under serve-testen."));
    server.wait_line("E: error: content/baeredygtig-vaekst/index.md:2:26:", WAIT);
    // A tab that opens now gets the error at once.
    let late = Events::open(&server.addr);
    late.wait("hello");
    assert_eq!(late.wait("error"), error);

    // Fix it: the overlay goes away.
    save(&md, &edited);
    tab.wait("ok");
    late.wait("ok");
    server.wait_line("Fixed: the site builds again.", WAIT);
}

#[test]
fn serves_only_the_built_site() {
    let site = default_site();
    let server = Server::start(site.path(), "0");
    let a = &server.addr;

    for target in [
        "/../config.toml",
        "/%2e%2e/config.toml",
        "/%2E%2E%2Fconfig.toml",
        "/static/..%2f..%2fconfig.toml",
        "//etc/passwd",
        "/../../../../../../etc/passwd",
        "/index.html%00.css",
    ] {
        let r = server.get(target);
        assert_eq!(r.status, 400, "{target}");
        assert!(!r.text().contains("base_url"), "{target}");
    }
    for target in [
        "/config.toml",
        "/content/baeredygtig-vaekst/index.md",
        "/static/video/test.mp4",
        "/etc/passwd",
    ] {
        let r = server.get(target);
        assert_eq!(r.status, 404, "{target}");
        assert!(r.text().contains("<script src=\"/__vilde/livereload.js\""));
        assert!(!r.text().contains("base_url"), "{target}");
    }
    assert_eq!(
        request(a, "GET", "http://127.0.0.1/config.toml", "").status,
        400
    );

    // The video seeks: a range gives 206 with exactly those bytes.
    let r = request(a, "GET", "/video/test.mp4", "Range: bytes=0-9\r\n");
    assert_eq!(r.status, 206);
    assert_eq!(r.header("Content-Type"), Some("video/mp4"));
    assert_eq!(r.header("Content-Range"), Some("bytes 0-9/100"));
    assert_eq!(r.header("Content-Length"), Some("10"));
    assert_eq!(r.body, (0..10u8).collect::<Vec<u8>>());
    let r = request(a, "GET", "/video/test.mp4", "Range: bytes=-5\r\n");
    assert_eq!((r.status, r.body), (206, (95..100u8).collect::<Vec<u8>>()));
    let r = request(a, "GET", "/video/test.mp4", "Range: bytes=100-\r\n");
    assert_eq!(r.status, 416);
    assert_eq!(r.header("Content-Range"), Some("bytes */100"));
    let r = server.get("/video/test.mp4");
    assert_eq!((r.status, r.body.len()), (200, 100));
    assert_eq!(r.header("Accept-Ranges"), Some("bytes"));

    let css = server.get("/vilde.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("Content-Type"), Some("text/css; charset=utf-8"));
    assert!(!css.text().contains("livereload"));
    assert_eq!(
        server.get("/sitemap.xml").header("Content-Type"),
        Some("application/xml")
    );

    let r = server.get("/baeredygtig-vaekst");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("Location"), Some("/baeredygtig-vaekst/"));
    let head = request(a, "HEAD", "/", "");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(request(a, "DELETE", "/", "").status, 405);

    // Another host name pointed at 127.0.0.1 (DNS rebinding) gets nothing.
    let r = raw_request(
        a,
        "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(r.status, 400);
    assert!(!r.text().contains("Vilde problemer"));
    let port = a.rsplit(':').next().unwrap();
    let r = raw_request(
        a,
        &format!("GET / HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"),
    );
    assert_eq!(r.status, 200);
}

#[test]
fn busy_port_moves_on_and_ctrl_c_stops() {
    let site = site_with_overlay("sites/minimal", None);
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    if port > u16::MAX - 10 {
        return; // no room above this ephemeral port
    }
    let mut server = Server::start(site.path(), &port.to_string());
    let moved = server.wait_line("is in use", WAIT);
    assert!(
        moved.starts_with(&format!("Port {port} is in use; using port ")),
        "{moved}"
    );
    assert_ne!(server.addr, format!("127.0.0.1:{port}"));
    assert_eq!(server.get("/problem-a/").status, 200);

    // SAFETY: sending SIGINT to our own child process.
    unsafe {
        libc::kill(server.child.id() as libc::pid_t, libc::SIGINT);
    }
    let end = Instant::now() + WAIT;
    let status = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < end, "serve did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    server.wait_line("Stopped.", WAIT);
    drop(busy);
}

#[test]
fn refuses_a_folder_that_is_not_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let o = vilde(&["serve", "--port", "0"], dir.path());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(": this folder is not a vilde site: it has no config.toml"),
        "{}",
        stderr(&o)
    );
}

/// Slow or hostile clients cannot take the preview down: a request head over
/// 16 KB gets 431, and eight downloads of a 64 MB file that are never read leave
/// the front page answering at once.
#[test]
fn stays_available_under_huge_headers_and_stalled_downloads() {
    let site = default_site();
    let big: Vec<u8> = (0..64 * 1024 * 1024).map(|i| (i % 251) as u8).collect();
    std::fs::write(site.path().join("static/stor.bin"), big).unwrap();
    let server = Server::start(site.path(), "0");
    let a = server.addr.clone();

    let huge = format!("X-Pad: {}\r\n", "a".repeat(200 * 1024));
    let mut s = connect(&a);
    let head = format!("GET / HTTP/1.1\r\nHost: {a}\r\n{huge}\r\n");
    // The server may close while we still write; what it answered is what counts.
    let _ = s.write_all(head.as_bytes());
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.starts_with("HTTP/1.1 431"),
        "{}",
        text.lines().next().unwrap_or("")
    );

    let stalled: Vec<TcpStream> = (0..8)
        .map(|_| {
            let mut s = connect(&a);
            write!(s, "GET /stor.bin HTTP/1.1\r\nHost: {a}\r\n\r\n").unwrap();
            s // never read
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    for _ in 0..5 {
        let start = Instant::now();
        let r = server.get("/");
        let took = start.elapsed();
        assert_eq!(r.status, 200);
        assert!(
            took < Duration::from_secs(1),
            "GET / took {took:?} with 8 stalled downloads"
        );
    }
    drop(stalled);
}
