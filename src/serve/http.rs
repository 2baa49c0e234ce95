//! HTTP for `vilde serve`, as pure functions over the in-memory site: turn a request
//! target into a key of the built site (refusing traversal), pick the content type,
//! parse `Range` headers and build the reply. No sockets here; `serve::mod` moves the
//! [`Reply`] onto the wire with hyper (`wire`).

use std::collections::BTreeMap;
use std::sync::Arc;

/// Where the live-reload script is served.
pub const SCRIPT_PATH: &str = "/__vilde/livereload.js";
/// Where browsers listen for reload and error events (server-sent events).
pub const EVENTS_PATH: &str = "/__vilde/events";
/// The live-reload script (served from memory; no inline script, so a strict CSP still works).
pub const LIVERELOAD_JS: &str = include_str!("livereload.js");

/// One built site as served: output path (`a/index.html`) → bytes.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub files: BTreeMap<String, Arc<Vec<u8>>>,
    /// Changes on every build whose output differs; sent to browsers as `hello`.
    pub generation: String,
    /// False until the first build succeeded: then every page explains the error.
    pub built: bool,
}

/// What a request target names, once checked.
#[derive(Debug, PartialEq, Eq)]
pub struct Target {
    /// Decoded path without the leading `/` (`""` for the front page).
    pub path: String,
    /// The target ended in `/` (a folder: serve its `index.html`).
    pub dir: bool,
}

/// Why a request target was refused (each becomes a 400).
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    NotOriginForm,
    BadEncoding,
    BadSegment,
}

/// Check a raw request target (`/a/b/?q`) and decode it. Refuses anything that is not
/// a plain path below the site: `..` and `.` segments (also percent-encoded), encoded
/// `/` or `\`, empty segments (`//etc/passwd`), NUL bytes and absolute URLs.
pub fn resolve(raw: &str) -> Result<Target, Refusal> {
    let path = raw.split(['?', '#']).next().unwrap_or("");
    let Some(rest) = path.strip_prefix('/') else {
        return Err(Refusal::NotOriginForm);
    };
    if rest.is_empty() {
        return Ok(Target {
            path: String::new(),
            dir: true,
        });
    }
    let dir = rest.ends_with('/');
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let mut segments = Vec::new();
    for raw_seg in rest.split('/') {
        let seg = percent_decode(raw_seg).ok_or(Refusal::BadEncoding)?;
        if seg.is_empty()
            || seg == "."
            || seg == ".."
            || seg.contains(['/', '\\', '\0'])
            || seg.chars().any(char::is_control)
        {
            return Err(Refusal::BadSegment);
        }
        segments.push(seg);
    }
    Ok(Target {
        path: segments.join("/"),
        dir,
    })
}

pub use crate::paths::percent_decode;

/// Is `host` (a `Host` header) a name for this machine? A server on loopback answers
/// only those, so a web page elsewhere cannot read the drafts by pointing its own
/// host name at 127.0.0.1 (DNS rebinding). No header (HTTP/1.0) is allowed.
pub fn host_allowed(host: Option<&str>) -> bool {
    let Some(host) = host.map(str::trim) else {
        return true;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The reply to a request whose `Host` is not this machine.
pub fn bad_host() -> Reply {
    Reply::text(400, &format!("{}\n", crate::t!("serve-bad-host")))
}

/// The `Content-Type` for an output path, by extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit('/')
        .next()
        .and_then(|name| name.rsplit_once('.'))
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" | "toml" | "md" | "srt" => "text/plain; charset=utf-8",
        "vtt" => "text/vtt; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "ogv" => "video/ogg",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "ogg" | "oga" => "audio/ogg",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// A `Range` header against a body of `len` bytes.
#[derive(Debug, PartialEq, Eq)]
pub enum RangeReq {
    /// No usable range (absent, another unit, several ranges): send the whole body.
    Full,
    /// Bytes `start..=end`.
    Part(usize, usize),
    /// Cannot be satisfied: 416.
    Unsatisfiable,
}

/// Parse `bytes=a-b`, `bytes=a-` and `bytes=-n`. Several ranges are answered with the
/// whole body (allowed by RFC 9110); malformed or out-of-range byte ranges give 416.
pub fn parse_range(header: Option<&str>, len: usize) -> RangeReq {
    let Some(h) = header else {
        return RangeReq::Full;
    };
    let h = h.trim();
    let Some(spec) = h
        .get(..6)
        .filter(|u| u.eq_ignore_ascii_case("bytes="))
        .and_then(|_| h.get(6..))
    else {
        return RangeReq::Full;
    };
    if spec.contains(',') {
        return RangeReq::Full;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return RangeReq::Unsatisfiable;
    };
    let num = |s: &str| -> Option<usize> {
        let s = s.trim();
        if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        // Huge numbers saturate: they are past the end either way.
        Some(s.parse::<usize>().unwrap_or(usize::MAX))
    };
    match (a.trim().is_empty(), num(a), num(b)) {
        // bytes=-n: the last n bytes.
        (true, _, Some(n)) if n > 0 && len > 0 => RangeReq::Part(len - n.min(len), len - 1),
        (false, Some(start), None) if b.trim().is_empty() && start < len => {
            RangeReq::Part(start, len - 1)
        }
        (false, Some(start), Some(end)) if start <= end && start < len => {
            RangeReq::Part(start, end.min(len - 1))
        }
        _ => RangeReq::Unsatisfiable,
    }
}

/// Put the live-reload script before the last `</body>` (or at the end).
pub fn inject(html: &[u8], generation: &str) -> Vec<u8> {
    let tag = format!(
        "<script src=\"{SCRIPT_PATH}\" data-generation=\"{}\"></script>",
        generation.replace(['"', '<', '>', '&'], "")
    );
    let lower = html.to_ascii_lowercase();
    let at = lower
        .windows(7)
        .rposition(|w| w == b"</body>")
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

/// A response body.
#[derive(Debug)]
pub enum Body {
    /// Bytes `range` of a built file (shared, not copied).
    File(Arc<Vec<u8>>, std::ops::Range<usize>),
    Owned(Vec<u8>),
    /// The caller turns the connection into an event stream.
    Events,
}

impl Body {
    pub fn len(&self) -> usize {
        match self {
            Body::File(_, r) => r.len(),
            Body::Owned(v) => v.len(),
            Body::Events => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes (for tests and small bodies).
    pub fn bytes(&self) -> &[u8] {
        match self {
            Body::File(data, r) => data.get(r.clone()).unwrap_or(&[]),
            Body::Owned(v) => v,
            Body::Events => &[],
        }
    }
}

/// A finished reply.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Body,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: Body) -> Reply {
        Reply {
            status,
            headers: vec![
                ("Content-Type", content_type.to_string()),
                ("Cache-Control", "no-store".into()),
                ("X-Content-Type-Options", "nosniff".into()),
            ],
            body,
        }
    }

    fn text(status: u16, text: &str) -> Reply {
        Reply::new(
            status,
            "text/plain; charset=utf-8",
            Body::Owned(text.as_bytes().to_vec()),
        )
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Answer one request from the site in memory. `method` is the HTTP method, `raw` the
/// request target as sent, `range` the `Range` header if any.
pub fn handle(site: &Snapshot, method: &str, raw: &str, range: Option<&str>) -> Reply {
    if method != "GET" && method != "HEAD" {
        let mut r = Reply::text(405, &format!("{}\n", crate::t!("serve-bad-method")));
        r.headers.push(("Allow", "GET, HEAD".into()));
        return r;
    }
    let target = match resolve(raw) {
        Ok(t) => t,
        Err(_) => return Reply::text(400, &format!("{}\n", crate::t!("serve-bad-target"))),
    };
    let with_slash = format!("/{}", target.path);
    if with_slash == SCRIPT_PATH {
        return Reply::new(
            200,
            "text/javascript; charset=utf-8",
            Body::Owned(LIVERELOAD_JS.as_bytes().to_vec()),
        );
    }
    if with_slash == EVENTS_PATH {
        return Reply::new(200, "text/event-stream; charset=utf-8", Body::Events);
    }
    if !site.built {
        return Reply::new(
            503,
            "text/html; charset=utf-8",
            Body::Owned(inject(NOT_BUILT_HTML.as_bytes(), &site.generation)),
        );
    }
    let key = match (target.dir, target.path.is_empty()) {
        (_, true) => "index.html".to_string(),
        (true, false) => format!("{}/index.html", target.path),
        (false, false) => target.path.clone(),
    };
    if let Some(data) = site.files.get(&key) {
        return file_reply(site, &key, data, range);
    }
    if !target.dir && site.files.contains_key(&format!("{key}/index.html")) {
        let mut r = Reply::text(301, &format!("{}\n", crate::t!("serve-moved")));
        let query = raw.find('?').map(|i| &raw[i..]).unwrap_or("");
        let path = raw.split(['?', '#']).next().unwrap_or("");
        r.headers.push(("Location", format!("{path}/{query}")));
        return r;
    }
    match site.files.get("404.html") {
        Some(page) => Reply::new(
            404,
            "text/html; charset=utf-8",
            Body::Owned(inject(page, &site.generation)),
        ),
        None => Reply::text(404, &format!("{}\n", crate::t!("serve-not-found"))),
    }
}

fn file_reply(site: &Snapshot, key: &str, data: &Arc<Vec<u8>>, range: Option<&str>) -> Reply {
    let ctype = content_type(key);
    let html = ctype.starts_with("text/html");
    let (data, len) = if html {
        let v = inject(data, &site.generation);
        let n = v.len();
        (Arc::new(v), n)
    } else {
        (Arc::clone(data), data.len())
    };
    let mut reply = match parse_range(range, len) {
        RangeReq::Full => Reply::new(200, ctype, Body::File(data, 0..len)),
        RangeReq::Part(start, end) => {
            let mut r = Reply::new(206, ctype, Body::File(data, start..end + 1));
            r.headers
                .push(("Content-Range", format!("bytes {start}-{end}/{len}")));
            r
        }
        RangeReq::Unsatisfiable => {
            let mut r = Reply::text(416, &format!("{}\n", crate::t!("serve-bad-range")));
            r.headers.push(("Content-Range", format!("bytes */{len}")));
            r
        }
    };
    reply.headers.push(("Accept-Ranges", "bytes".into()));
    reply
}

/// Shown for every page until the first build succeeds; the overlay lists the errors.
const NOT_BUILT_HTML: &str = "<!doctype html>\n<html lang=\"da\">\n<head><meta charset=\"utf-8\"><title>Siden kunne ikke bygges</title></head>\n<body>\n<main>\n<h1>Siden kunne ikke bygges</h1>\n<p>Ret fejlen, der står i terminalen (og i boksen herunder), og gem filen. Siden genindlæses af sig selv.</p>\n</main>\n</body>\n</html>\n";

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Snapshot {
        let mut files = BTreeMap::new();
        for (k, v) in [
            ("index.html", "<html><body><p>forside</p></body></html>"),
            ("problem/index.html", "<html><BODY>problem</BODY></html>"),
            ("404.html", "<html><body>findes ikke</body></html>"),
            ("vilde.css", "body{}"),
            ("video/film.mp4", "0123456789abcdefghij"),
            ("æble/index.html", "<p>æble</p>"),
        ] {
            files.insert(k.to_string(), Arc::new(v.as_bytes().to_vec()));
        }
        Snapshot {
            files,
            generation: "g7".into(),
            built: true,
        }
    }

    fn body(r: &Reply) -> String {
        String::from_utf8(r.body.bytes().to_vec()).unwrap()
    }

    #[test]
    fn resolve_accepts_plain_paths() {
        let t = |p: &str, dir| {
            Ok(Target {
                path: p.into(),
                dir,
            })
        };
        assert_eq!(resolve("/"), t("", true));
        assert_eq!(resolve("/a/b/"), t("a/b", true));
        assert_eq!(resolve("/a/b.css?v=1#x"), t("a/b.css", false));
        assert_eq!(resolve("/%C3%A6ble/"), t("æble", true));
        assert_eq!(resolve("/a%20b.pdf"), t("a b.pdf", false));
    }

    #[test]
    fn resolve_refuses_traversal() {
        use Refusal::*;
        for (raw, why) in [
            ("/../config.toml", BadSegment),
            ("/a/../../config.toml", BadSegment),
            ("/%2e%2e/config.toml", BadSegment),
            ("/%2E%2E/config.toml", BadSegment),
            ("/.%2e/config.toml", BadSegment),
            ("/./index.html", BadSegment),
            ("/..%2fconfig.toml", BadSegment),
            ("/a%2f..%2f..%2fetc/passwd", BadSegment),
            ("/..%5cconfig.toml", BadSegment),
            ("//etc/passwd", BadSegment),
            ("/a//b", BadSegment),
            ("/a%00.html", BadSegment),
            ("/%zz", BadEncoding),
            ("/%c3", BadEncoding),
            ("/%", BadEncoding),
            ("etc/passwd", NotOriginForm),
            ("http://example.org/", NotOriginForm),
            ("*", NotOriginForm),
        ] {
            assert_eq!(resolve(raw), Err(why), "{raw}");
        }
    }

    #[test]
    fn hosts() {
        for h in [
            None,
            Some("127.0.0.1:1111"),
            Some("127.0.0.1"),
            Some("127.1.2.3:80"),
            Some("localhost:1111"),
            Some("LOCALHOST"),
            Some("vilde.localhost:1111"),
            Some("[::1]:1111"),
            Some("[::1]"),
        ] {
            assert!(host_allowed(h), "{h:?}");
        }
        for h in [
            Some("evil.example:1111"),
            Some("evil.example"),
            Some("10.0.0.5:1111"),
            Some("localhost.evil.example"),
            Some("[::2]:1111"),
            Some(""),
        ] {
            assert!(!host_allowed(h), "{h:?}");
        }
        assert_eq!(bad_host().status, 400);
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("vilde.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("laes-op.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("x/logo.SVG"), "image/svg+xml");
        assert_eq!(content_type("v/da.vtt"), "text/vtt; charset=utf-8");
        assert_eq!(content_type("v/film.mp4"), "video/mp4");
        assert_eq!(content_type("v/film.webm"), "video/webm");
        assert_eq!(content_type("b.webp"), "image/webp");
        assert_eq!(content_type("b.png"), "image/png");
        assert_eq!(content_type("b.jpeg"), "image/jpeg");
        assert_eq!(content_type("b.jpg"), "image/jpeg");
        assert_eq!(content_type("r.pdf"), "application/pdf");
        assert_eq!(content_type("sitemap.xml"), "application/xml");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("data.json"), "application/json");
        assert_eq!(content_type("slides.toml"), "text/plain; charset=utf-8");
        assert_eq!(content_type("dir.v2/README"), "application/octet-stream");
    }

    #[test]
    fn ranges() {
        use RangeReq::*;
        assert_eq!(parse_range(None, 20), Full);
        assert_eq!(parse_range(Some("bytes=0-9"), 20), Part(0, 9));
        assert_eq!(parse_range(Some("bytes=10-"), 20), Part(10, 19));
        assert_eq!(parse_range(Some("bytes=-5"), 20), Part(15, 19));
        assert_eq!(parse_range(Some("bytes=-50"), 20), Part(0, 19));
        assert_eq!(parse_range(Some("bytes=5-500"), 20), Part(5, 19));
        assert_eq!(parse_range(Some("Bytes= 3-4 "), 20), Part(3, 4));
        assert_eq!(
            parse_range(Some("bytes=0-99999999999999999999999"), 20),
            Part(0, 19)
        );
        assert_eq!(parse_range(Some("bytes=0-1,4-5"), 20), Full);
        assert_eq!(parse_range(Some("items=0-1"), 20), Full);
        assert_eq!(parse_range(Some("bytes=20-"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=9-3"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=-0"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=abc"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=1-x"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=+1-2"), 20), Unsatisfiable);
        assert_eq!(parse_range(Some("bytes=0-0"), 0), Unsatisfiable);
    }

    #[test]
    fn inject_before_last_body_close() {
        let out = inject(b"<body><p>x</p></BODY></html>", "g1");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<body><p>x</p><script src=\"/__vilde/livereload.js\" data-generation=\"g1\"></script></BODY></html>"
        );
        let out = inject(b"<p>no body</p>", "g\"2");
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "<p>no body</p><script src=\"/__vilde/livereload.js\" data-generation=\"g2\"></script>"
        );
    }

    #[test]
    fn serves_pages_with_script_and_redirects_folders() {
        let s = site();
        let r = handle(&s, "GET", "/", None);
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(
            body(&r),
            "<html><body><p>forside</p><script src=\"/__vilde/livereload.js\" data-generation=\"g7\"></script></body></html>"
        );
        let r = handle(&s, "GET", "/%C3%A6ble/", None);
        assert_eq!(r.status, 200);
        assert!(body(&r).starts_with("<p>æble</p><script"), "{}", body(&r));
        let r = handle(&s, "GET", "/problem?x=1", None);
        assert_eq!(r.status, 301);
        assert_eq!(r.header("Location"), Some("/problem/?x=1"));
        let r = handle(&s, "GET", "/vilde.css", None);
        assert_eq!((r.status, body(&r).as_str()), (200, "body{}"));
        assert_eq!(r.header("Cache-Control"), Some("no-store"));
    }

    #[test]
    fn missing_and_refused() {
        let s = site();
        let r = handle(&s, "GET", "/nope/", None);
        assert_eq!(r.status, 404);
        assert!(body(&r).starts_with("<html><body>findes ikke<script"));
        assert_eq!(handle(&s, "GET", "/../config.toml", None).status, 400);
        assert_eq!(handle(&s, "GET", "/%2e%2e/config.toml", None).status, 400);
        assert_eq!(handle(&s, "GET", "//etc/passwd", None).status, 400);
        let r = handle(&s, "POST", "/", None);
        assert_eq!((r.status, r.header("Allow")), (405, Some("GET, HEAD")));
        let mut empty = site();
        empty.files.remove("404.html");
        assert_eq!(
            body(&handle(&empty, "GET", "/x", None)),
            "404: there is no such page on this site.\n"
        );
    }

    #[test]
    fn range_replies() {
        let s = site();
        let r = handle(&s, "GET", "/video/film.mp4", Some("bytes=0-9"));
        assert_eq!(r.status, 206);
        assert_eq!(body(&r), "0123456789");
        assert_eq!(r.header("Content-Range"), Some("bytes 0-9/20"));
        assert_eq!(r.header("Content-Type"), Some("video/mp4"));
        assert_eq!(r.header("Accept-Ranges"), Some("bytes"));
        let r = handle(&s, "GET", "/video/film.mp4", Some("bytes=30-"));
        assert_eq!(r.status, 416);
        assert_eq!(r.header("Content-Range"), Some("bytes */20"));
    }

    #[test]
    fn reserved_paths_and_unbuilt_site() {
        let s = site();
        let r = handle(&s, "GET", SCRIPT_PATH, None);
        assert_eq!(r.status, 200);
        assert!(body(&r).contains("EventSource(\"/__vilde/events\")"));
        let r = handle(&s, "GET", EVENTS_PATH, None);
        assert!(matches!(r.body, Body::Events));
        let unbuilt = Snapshot::default();
        let r = handle(&unbuilt, "GET", "/any/", None);
        assert_eq!(r.status, 503);
        assert!(body(&r).contains("Siden kunne ikke bygges"));
        assert!(body(&r).contains(SCRIPT_PATH));
    }
}
