//! Raw-HTML safety: nothing a page's text says may run script in a reader's browser.
//!
//! Markdown lets authors write raw HTML, and pulldown-cmark passes it through as is.
//! On a page that is published this is an error (a warning on a draft, so a preview
//! still builds), with the file, line and column of the tag or attribute:
//!
//! - elements that run or load code, or take over the page: `<script>`, `<object>`,
//!   `<embed>`, `<applet>`, `<frame>`, `<frameset>`, `<base>` and
//!   `<meta http-equiv="refresh">`;
//! - an `<iframe>` unless its `src` is an `https://` address on one of
//!   `[vilde] allowed_video_hosts`; an `<iframe srcdoc>` always;
//! - any `on…=` attribute (`onclick`, `onerror`, …), in raw HTML and in Markdown
//!   heading attributes (`## Titel {onclick=…}`);
//! - a `javascript:` or `vbscript:` address in any attribute, link or image;
//! - a `data:` address anywhere except an image (`![…](data:image/…)`,
//!   `<img src="data:image/…">`);
//! - a tag that is never closed with `>` (or a quote that is never closed), since the
//!   text after it would become part of the tag.
//!
//! The scanner tokenizes tags the way a browser does (comments as the HTML standard
//! ends them, quoted and unquoted attribute values, character references in values,
//! tabs and newlines inside URLs) and errs on the side of reporting: it never treats
//! as inert what a browser could read as a tag.
//!
//! `[vilde] allow_raw_html = true` turns every check off, for a site whose authors
//! are all trusted (as Zola does).

use std::path::Path;

use crate::config::VildeConfig;
use crate::diag::{Diagnostic, Severity};

/// Elements that are never allowed in page text, with why (for the hint).
const FORBIDDEN: &[(&str, &str)] = &[
    (
        "script",
        "code in a page could run in every reader's browser",
    ),
    ("object", "it can load and run content from another site"),
    ("embed", "it can load and run content from another site"),
    ("applet", "it can load and run content from another site"),
    ("frame", "it can show content from another site"),
    ("frameset", "it can show content from another site"),
    ("base", "it changes where every link on the page points"),
];

/// Attributes whose value is an address (where `data:` is checked).
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "ping",
    "manifest",
    "icon",
    "codebase",
    "archive",
    "classid",
    "usemap",
    "to",
    "from",
    "values",
    "by",
];

/// Address schemes that run script.
const SCRIPT_SCHEMES: &[&str] = &["javascript:", "vbscript:", "livescript:"];

/// How strictly a page's raw HTML is checked.
#[derive(Debug, Clone, Copy)]
pub struct HtmlPolicy<'a> {
    /// Check raw HTML, links and images (off when `[vilde] allow_raw_html = true`).
    pub check: bool,
    /// Hosts an `<iframe>` may load (`[vilde] allowed_video_hosts`).
    pub video_hosts: &'a [String],
    /// A draft page: problems are warnings, so a preview still builds.
    pub draft: bool,
}

impl Default for HtmlPolicy<'_> {
    /// Checks on, no iframe host allowed, not a draft.
    fn default() -> Self {
        HtmlPolicy {
            check: true,
            video_hosts: &[],
            draft: false,
        }
    }
}

impl<'a> HtmlPolicy<'a> {
    /// The policy of a page (`draft` is the page's `draft` flag) on a site.
    pub fn new(vilde: &'a VildeConfig, draft: bool) -> Self {
        HtmlPolicy {
            check: !vilde.allow_raw_html,
            video_hosts: &vilde.allowed_video_hosts,
            draft,
        }
    }

    /// Error on a published page, warning on a draft.
    pub fn severity(&self) -> Severity {
        if self.draft {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

/// What is unsafe about one tag, attribute or address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A forbidden element (lowercase name, or `meta http-equiv`).
    Element(String),
    /// An `<iframe>` whose `src` is missing, not `https://`, or on a host not allowed
    /// (the `src` as written, if any).
    Iframe(Option<String>),
    /// An `<iframe srcdoc=…>`.
    SrcDoc,
    /// An `on…` attribute (its lowercase name).
    EventHandler(String),
    /// A `javascript:` (or `vbscript:`) address.
    ScriptUrl(String),
    /// A `data:` address outside an image.
    DataUrl(String),
    /// A tag that never ends: the `>` or a closing quote is missing (the tag's name).
    Unfinished(String),
}

/// One problem and where it is: a byte offset into the scanned text, and a short
/// quote of what is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub offset: usize,
    pub problem: Problem,
    pub found: String,
}

/// Scan raw HTML (one Markdown HTML block, or one inline tag) for what may run
/// script. `hosts` are the hosts an `<iframe>` may load.
pub fn scan_html(html: &str, hosts: &[String]) -> Vec<Finding> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(rel) = html.get(i..).and_then(|s| s.find('<')) {
        let lt = i + rel;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            i = comment_end(b, lt + 4);
            continue;
        }
        match rest.get(1) {
            // `<!doctype …>`, `<?…>` (a bogus comment) and end tags: up to the first
            // `>`, the earliest place a browser could end them.
            Some(b'!') | Some(b'?') | Some(b'/') => {
                i = find_byte(b, lt + 2, b'>').map_or(b.len(), |j| j + 1);
            }
            Some(c) if c.is_ascii_alphabetic() => {
                i = scan_start_tag(html, lt, hosts, &mut out);
            }
            _ => i = lt + 1,
        }
    }
    out
}

/// Check a Markdown link destination (`[text](dest)`, `<dest>`).
pub fn check_link(dest: &str) -> Option<Problem> {
    check_url(dest, false)
}

/// Check a Markdown image source (`![alt](src)`): `data:image/…` is allowed.
pub fn check_image(src: &str) -> Option<Problem> {
    check_url(src, true)
}

fn check_url(dest: &str, image: bool) -> Option<Problem> {
    let n = normalize(dest);
    if SCRIPT_SCHEMES.iter().any(|s| n.starts_with(s)) {
        return Some(Problem::ScriptUrl(dest.to_string()));
    }
    if n.starts_with("data:") && !(image && n.starts_with("data:image/")) {
        return Some(Problem::DataUrl(dest.to_string()));
    }
    None
}

/// Check a Markdown heading attribute (`## Titel {name=value}`).
pub fn check_attribute(name: &str, value: Option<&str>) -> Option<Problem> {
    let lower = name.to_ascii_lowercase();
    if is_event_handler(&lower) {
        return Some(Problem::EventHandler(lower));
    }
    let v = normalize(value.unwrap_or(""));
    if SCRIPT_SCHEMES.iter().any(|s| v.starts_with(s)) {
        return Some(Problem::ScriptUrl(value.unwrap_or("").to_string()));
    }
    if URL_ATTRIBUTES.contains(&lower.as_str()) && v.starts_with("data:") {
        return Some(Problem::DataUrl(value.unwrap_or("").to_string()));
    }
    None
}

fn is_event_handler(lower_name: &str) -> bool {
    lower_name.len() > 2 && lower_name.starts_with("on")
}

/// Where a comment that starts at `from` (just after `<!--`) ends, as the HTML
/// standard says: `<!-->` and `<!--->` end at once, otherwise the first `-->` or
/// `--!>`, or the end of the text.
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = b.get(from..).unwrap_or(&[]);
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut j = from;
    while j < b.len() {
        if b[j..].starts_with(b"-->") {
            return j + 3;
        }
        if b[j..].starts_with(b"--!>") {
            return j + 4;
        }
        j += 1;
    }
    b.len()
}

fn find_byte(b: &[u8], from: usize, c: u8) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&x| x == c)
        .map(|p| from + p)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// One attribute of a start tag: lowercase name, its offset, the raw value.
struct Attr<'a> {
    name: String,
    offset: usize,
    value: Option<&'a str>,
}

/// Tokenize the start tag at `lt` (which is `<` + a letter); push its problems.
/// Returns the offset just after the tag.
fn scan_start_tag(html: &str, lt: usize, hosts: &[String], out: &mut Vec<Finding>) -> usize {
    let b = html.as_bytes();
    let mut j = lt + 1;
    while j < b.len() && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = html.get(lt + 1..j).unwrap_or("").to_ascii_lowercase();
    let mut attrs: Vec<Attr> = Vec::new();
    let mut finished = false;
    while j < b.len() {
        let c = b[j];
        if is_space(c) || c == b'/' {
            j += 1;
            continue;
        }
        if c == b'>' {
            j += 1;
            finished = true;
            break;
        }
        // An attribute name: a leading `=` belongs to it (as in browsers).
        let start = j;
        j += 1;
        while j < b.len() && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let attr_name = html.get(start..j).unwrap_or("").to_ascii_lowercase();
        let mut k = j;
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        if k >= b.len() || b[k] != b'=' {
            attrs.push(Attr {
                name: attr_name,
                offset: start,
                value: None,
            });
            j = k;
            continue;
        }
        k += 1;
        while k < b.len() && is_space(b[k]) {
            k += 1;
        }
        let (value, next) = match b.get(k) {
            Some(&q) if q == b'"' || q == b'\'' => match find_byte(b, k + 1, q) {
                Some(e) => (html.get(k + 1..e), e + 1),
                None => {
                    // The quote never closes: everything after is part of the value.
                    attrs.push(Attr {
                        name: attr_name,
                        offset: start,
                        value: html.get(k + 1..),
                    });
                    j = b.len();
                    break;
                }
            },
            Some(b'>') | None => (Some(""), k),
            Some(_) => {
                let mut e = k;
                while e < b.len() && !is_space(b[e]) && b[e] != b'>' {
                    e += 1;
                }
                (html.get(k..e), e)
            }
        };
        attrs.push(Attr {
            name: attr_name,
            offset: start,
            value,
        });
        j = next;
    }
    let before = out.len();
    let tag_text = || quote(html.get(lt..j).unwrap_or(""));
    if let Some((n, _)) = FORBIDDEN.iter().find(|(n, _)| *n == name) {
        out.push(Finding {
            offset: lt,
            problem: Problem::Element(n.to_string()),
            found: tag_text(),
        });
    }
    if name == "meta" && attrs.iter().any(|a| a.name == "http-equiv") {
        out.push(Finding {
            offset: lt,
            problem: Problem::Element("meta http-equiv".into()),
            found: tag_text(),
        });
    }
    if name == "iframe" {
        if let Some(a) = attrs.iter().find(|a| a.name == "srcdoc") {
            out.push(Finding {
                offset: a.offset,
                problem: Problem::SrcDoc,
                found: attr_text(a),
            });
        }
        let src = attrs.iter().find(|a| a.name == "src");
        let ok = src
            .and_then(|a| a.value)
            .is_some_and(|v| iframe_allowed(v, hosts));
        if !ok {
            out.push(Finding {
                offset: src.map_or(lt, |a| a.offset),
                problem: Problem::Iframe(src.and_then(|a| a.value).map(str::to_string)),
                found: src.map_or_else(tag_text, attr_text),
            });
        }
    }
    for a in &attrs {
        let problem = if is_event_handler(&a.name) {
            Some(Problem::EventHandler(a.name.clone()))
        } else {
            let v = normalize(a.value.unwrap_or(""));
            if SCRIPT_SCHEMES.iter().any(|s| v.starts_with(s)) {
                Some(Problem::ScriptUrl(a.value.unwrap_or("").to_string()))
            } else if v.starts_with("data:")
                && URL_ATTRIBUTES.contains(&a.name.as_str())
                && !(name == "img"
                    && (a.name == "src" || a.name == "srcset")
                    && v.starts_with("data:image/"))
            {
                Some(Problem::DataUrl(a.value.unwrap_or("").to_string()))
            } else {
                None
            }
        };
        // An iframe's src was judged above.
        let iframe_src = name == "iframe" && a.name == "src";
        if let Some(problem) = problem.filter(|_| !iframe_src) {
            out.push(Finding {
                offset: a.offset,
                problem,
                found: attr_text(a),
            });
        }
    }
    if !finished && out.len() == before {
        out.push(Finding {
            offset: lt,
            problem: Problem::Unfinished(name),
            found: tag_text(),
        });
    }
    j
}

fn attr_text(a: &Attr) -> String {
    match a.value {
        Some(v) => quote(&format!("{}=\"{}\"", a.name, v)),
        None => quote(&a.name),
    }
}

/// An iframe `src` is allowed when it is `https://` (or `//`) on an allowed host.
fn iframe_allowed(src: &str, hosts: &[String]) -> bool {
    let n = decode_entities(src.trim());
    let lower = n.to_ascii_lowercase();
    let rest = match lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("//"))
    {
        Some(r) => r,
        None => return false,
    };
    // Host: up to the first `/`, `?`, `#` or `\`; no user info, no port tricks.
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    if authority.contains('@') || authority.chars().any(|c| c.is_whitespace()) {
        return false;
    }
    let host = authority.split(':').next().unwrap_or("");
    hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
}

/// The host of an iframe `src` as written, for messages.
fn host_of(src: &str) -> Option<String> {
    let n = decode_entities(src.trim());
    let rest = n.split_once("//")?.1;
    let host = rest.split(['/', '?', '#', '\\', ':']).next().unwrap_or("");
    (!host.is_empty()).then(|| host.to_string())
}

/// A value as a browser's URL parser sees its scheme: character references decoded,
/// ASCII whitespace and control characters removed, lowercase.
fn normalize(v: &str) -> String {
    decode_entities(v)
        .chars()
        .filter(|c| *c > ' ' && *c != '\u{7f}')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Decode numeric character references and the named ones that can hide a scheme
/// (`&colon;`, `&Tab;`, `&NewLine;`, …), with or without the `;`.
fn decode_entities(v: &str) -> String {
    if !v.contains('&') {
        return v.to_string();
    }
    const NAMED: &[(&str, char)] = &[
        ("colon", ':'),
        ("tab", '\t'),
        ("newline", '\n'),
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("sol", '/'),
        ("nbsp", ' '),
    ];
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let after = &rest[p + 1..];
        if let Some(num) = after.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|c| {
                    if hex {
                        c.is_ascii_hexdigit()
                    } else {
                        c.is_ascii_digit()
                    }
                })
                .count();
            if len > 0 {
                let n = u32::from_str_radix(&digits[..len.min(8)], if hex { 16 } else { 10 })
                    .unwrap_or(0xFFFD);
                out.push(char::from_u32(n).unwrap_or('\u{FFFD}'));
                let consumed = 1 + usize::from(hex) + len;
                rest = &after[consumed..];
                rest = rest.strip_prefix(';').unwrap_or(rest);
                continue;
            }
        } else if let Some((name, c)) = NAMED.iter().find(|(n, _)| {
            after.len() >= n.len()
                && after.is_char_boundary(n.len())
                && after[..n.len()].eq_ignore_ascii_case(n)
        }) {
            out.push(*c);
            rest = &after[name.len()..];
            rest = rest.strip_prefix(';').unwrap_or(rest);
            continue;
        }
        out.push('&');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A short quote in backticks for "found:".
fn quote(s: &str) -> String {
    let s = s.trim();
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= 80 {
        format!("`{one_line}`")
    } else {
        format!("`{}…`", one_line.chars().take(79).collect::<String>())
    }
}

impl Finding {
    /// The user-facing diagnostic; `at` is the finding's byte offset in `file_src`.
    pub fn diagnostic(
        &self,
        path: &Path,
        file_src: &str,
        at: usize,
        policy: &HtmlPolicy,
    ) -> Diagnostic {
        let allow = "a site whose authors are all trusted can allow raw HTML with `allow_raw_html = true` under [vilde] in config.toml";
        let d = match &self.problem {
            Problem::Element(name) if name == "meta http-equiv" => {
                Diagnostic::error(path, "a <meta http-equiv> tag is not allowed in page text")
                    .expected("text and Markdown; HTML without tags that change how the page behaves")
                    .hint(format!("remove the tag: it can send readers to another address or change the page's rules; write an ordinary link instead. {}", capital(allow)))
            }
            Problem::Element(name) => {
                let why = FORBIDDEN
                    .iter()
                    .find(|(n, _)| n == name)
                    .map_or("it can run code", |(_, w)| w);
                Diagnostic::error(path, format!("a <{name}> tag is not allowed in page text"))
                    .expected("text and Markdown; HTML only without scripts")
                    .hint(format!("remove the <{name}> tag: {why}. If the page needs a feature, ask the web team to add it to the theme; {allow}"))
            }
            Problem::Iframe(src) => {
                let hosts = if policy.video_hosts.is_empty() {
                    "none are set (allowed_video_hosts under [vilde] in config.toml)".to_string()
                } else {
                    policy.video_hosts.join(", ")
                };
                let message = match src.as_deref() {
                    None => "this <iframe> has no address (src)".to_string(),
                    Some(s) if !normalize(s).starts_with("https://") && !normalize(s).starts_with("//") => {
                        "this <iframe> does not use a secure https:// address".to_string()
                    }
                    Some(s) => match host_of(s) {
                        Some(h) => format!("this <iframe> shows a page from `{h}`, which is not an allowed video host"),
                        None => "this <iframe> does not show a page from an allowed video host".to_string(),
                    },
                };
                Diagnostic::error(path, message)
                    .expected(format!("an iframe with src=\"https://…\" on an allowed video host: {hosts}"))
                    .hint("embed the video from an allowed host (use the embed code from the video site's Share button, with https://), or, if the web team trusts the host, add it to allowed_video_hosts under [vilde] in config.toml")
            }
            Problem::SrcDoc => Diagnostic::error(
                path,
                "this <iframe> has a `srcdoc` attribute, which can hold a whole page with scripts",
            )
            .expected("an iframe with src=\"https://…\" on an allowed video host")
            .hint("remove srcdoc and embed the video with src=\"https://…\""),
            Problem::EventHandler(name) => Diagnostic::error(
                path,
                format!("the HTML attribute `{name}` runs script and is not allowed"),
            )
            .expected("HTML without on… attributes (onclick, onload, onerror, …)")
            .hint(format!("remove `{name}=…` from the tag; if something should happen on the page, ask the web team to add it to the theme")),
            Problem::ScriptUrl(_) => Diagnostic::error(
                path,
                "this address runs script: `javascript:` addresses are not allowed",
            )
            .expected("a web address (https://…), a page of the site (@/…/index.md) or a file")
            .hint("replace the address with the page or file the link should open"),
            Problem::DataUrl(_) => Diagnostic::error(
                path,
                "this address is a `data:` address, which is allowed only for images",
            )
            .expected("a web address (https://…), a page of the site (@/…/index.md) or a file")
            .hint("put the file in the page's folder (beside index.md) and link to it by its name"),
            Problem::Unfinished(name) => Diagnostic::error(
                path,
                format!("this HTML tag <{name}> is not finished: its `>` or a closing quote is missing"),
            )
            .expected("a tag that ends with `>`, with every \" or ' closed")
            .hint("finish the tag, so the text after it is not read as part of the tag"),
        };
        d.with_severity(policy.severity())
            .at_offset(file_src, at)
            .found(self.found.clone())
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts() -> Vec<String> {
        vec!["www.youtube-nocookie.com".into(), "player.vimeo.com".into()]
    }

    fn kinds(html: &str) -> Vec<(usize, Problem)> {
        scan_html(html, &hosts())
            .into_iter()
            .map(|f| (f.offset, f.problem))
            .collect()
    }

    #[test]
    fn script_and_friends_are_found_at_their_tag() {
        assert_eq!(
            kinds("<p>a</p>\n<SCRIPT src=x></script>"),
            vec![(9, Problem::Element("script".into()))]
        );
        assert_eq!(
            kinds("<object data=x.swf></object><embed src=y><base href=/>"),
            vec![
                (0, Problem::Element("object".into())),
                (28, Problem::Element("embed".into())),
                (41, Problem::Element("base".into())),
            ]
        );
        assert_eq!(
            kinds("<meta http-equiv=\"refresh\" content=\"0;url=https://x\">"),
            vec![(0, Problem::Element("meta http-equiv".into()))]
        );
    }

    #[test]
    fn safe_html_passes() {
        for ok in [
            "<div class=\"boks\"><p><a href=\"https://aarhus.dk/\">Aarhus</a></p></div>",
            "<details><summary>Mere</summary>tekst</details>",
            "<img src=\"data:image/png;base64,AAAA\" alt=\"prik\">",
            "<a title=\"data: Danmarks Statistik\" href=\"/x\">x</a>",
            "<!-- <script>alert(1)</script> -->",
            "a < b and c > d",
            "<br/><hr />",
            "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>",
            "<iframe src=\"//player.vimeo.com/video/1\"></iframe>",
            "<p data-x=\"javascript-free\">x</p>",
        ] {
            assert_eq!(kinds(ok), vec![], "{ok}");
        }
    }

    #[test]
    fn event_handlers_in_any_form() {
        assert_eq!(
            kinds("<img src=x onerror=alert(1)>"),
            vec![(11, Problem::EventHandler("onerror".into()))]
        );
        assert_eq!(
            kinds("<svg/onload=alert(1)>"),
            vec![(5, Problem::EventHandler("onload".into()))]
        );
        assert_eq!(
            kinds("<div\nOnMouseOver = 'x'>"),
            vec![(5, Problem::EventHandler("onmouseover".into()))]
        );
        // A quoted `>` does not end the tag.
        assert_eq!(
            kinds("<a title=\">\" onclick=x>"),
            vec![(13, Problem::EventHandler("onclick".into()))]
        );
    }

    #[test]
    fn script_urls_are_found_through_entities_and_whitespace() {
        for v in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:x",
            "jav&#x61;script:x",
            "jav&#97script:x",
            "javascript&colon;x",
            "java&Tab;script:x",
            "vbscript:x",
        ] {
            let html = format!("<a href=\"{v}\">x</a>");
            assert_eq!(kinds(&html), vec![(3, Problem::ScriptUrl(v.into()))], "{v}");
        }
        assert_eq!(
            kinds("<form><button formaction=javascript:x>"),
            vec![(14, Problem::ScriptUrl("javascript:x".into()))]
        );
    }

    #[test]
    fn data_urls_only_for_images() {
        assert_eq!(
            kinds("<a href=\"data:text/html,<script>x</script>\">x</a>"),
            vec![(
                3,
                Problem::DataUrl("data:text/html,<script>x</script>".into())
            )]
        );
        assert_eq!(
            kinds("<img src=\"data:text/html,x\">"),
            vec![(5, Problem::DataUrl("data:text/html,x".into()))]
        );
        assert_eq!(check_image("data:image/png;base64,AA"), None);
        assert_eq!(
            check_link("data:image/png;base64,AA"),
            Some(Problem::DataUrl("data:image/png;base64,AA".into()))
        );
        assert_eq!(
            check_image("javascript:x"),
            Some(Problem::ScriptUrl("javascript:x".into()))
        );
        assert_eq!(check_link("https://aarhus.dk/"), None);
        assert_eq!(check_link("side.pdf"), None);
    }

    #[test]
    fn iframes_only_from_allowed_hosts_over_https() {
        let iframe = |src: &str| Problem::Iframe(Some(src.into()));
        assert_eq!(
            kinds("<iframe src=\"https://evil.example/x\"></iframe>"),
            vec![(8, iframe("https://evil.example/x"))]
        );
        assert_eq!(
            kinds("<iframe src=\"http://www.youtube-nocookie.com/embed/a\">"),
            vec![(8, iframe("http://www.youtube-nocookie.com/embed/a"))]
        );
        assert_eq!(
            kinds("<iframe src=\"https://www.youtube-nocookie.com@evil.example/\">"),
            vec![(8, iframe("https://www.youtube-nocookie.com@evil.example/"))]
        );
        assert_eq!(
            kinds("<iframe src=\"https://www.youtube-nocookie.com.evil.example/\">"),
            vec![(8, iframe("https://www.youtube-nocookie.com.evil.example/"))]
        );
        assert_eq!(kinds("<iframe>"), vec![(0, Problem::Iframe(None))]);
        assert_eq!(
            kinds("<iframe srcdoc=\"<script>x</script>\" src=\"https://player.vimeo.com/v\">"),
            vec![(8, Problem::SrcDoc)]
        );
        assert_eq!(
            scan_html("<iframe src=\"https://player.vimeo.com/v\">", &[]).len(),
            1
        );
    }

    #[test]
    fn comments_end_where_browsers_end_them() {
        assert_eq!(
            kinds("<!--><script>x</script>-->"),
            vec![(5, Problem::Element("script".into()))]
        );
        assert_eq!(
            kinds("<!---><script>x</script>-->"),
            vec![(6, Problem::Element("script".into()))]
        );
        assert_eq!(
            kinds("<!-- a --!><script>"),
            vec![(11, Problem::Element("script".into()))]
        );
        assert_eq!(kinds("<!-- never closed <script>"), vec![]);
    }

    #[test]
    fn unfinished_tags_are_reported() {
        assert_eq!(
            kinds("<div title='"),
            vec![(0, Problem::Unfinished("div".into()))]
        );
        assert_eq!(
            kinds("<div\nclass=x"),
            vec![(0, Problem::Unfinished("div".into()))]
        );
        // A script that is also unfinished is reported once, as a script.
        assert_eq!(
            kinds("<script"),
            vec![(0, Problem::Element("script".into()))]
        );
    }

    #[test]
    fn heading_attributes() {
        assert_eq!(
            check_attribute("onClick", Some("x")),
            Some(Problem::EventHandler("onclick".into()))
        );
        assert_eq!(check_attribute("lang", Some("en")), None);
        assert_eq!(
            check_attribute("href", Some("data:text/html,x")),
            Some(Problem::DataUrl("data:text/html,x".into()))
        );
    }

    #[test]
    fn entity_decoding_never_panics_on_odd_input() {
        for s in [
            "&",
            "&#",
            "&#x",
            "&#99999999999;",
            "&#x110000;",
            "&colo",
            "&æø",
            "&#0;",
        ] {
            let _ = normalize(s);
        }
        assert_eq!(decode_entities("a&colon;b&#58c&#x3A;d"), "a:b:c:d");
    }

    #[test]
    fn diagnostic_names_place_and_fix() {
        let src = "+++\ntitle = \"A\"\n+++\nTekst\n\n<p onclick=\"x\">hej</p>\n";
        let at = src.find("onclick").unwrap();
        let f = Finding {
            offset: 0,
            problem: Problem::EventHandler("onclick".into()),
            found: "`onclick=\"x\"`".into(),
        };
        let d = f.diagnostic(Path::new("content/a.md"), src, at, &HtmlPolicy::default());
        assert_eq!(
            d.to_string(),
            "error: content/a.md:6:4: the HTML attribute `onclick` runs script and is not allowed\n  expected: HTML without on… attributes (onclick, onload, onerror, …)\n  found:    `onclick=\"x\"`\n  how to fix: remove `onclick=…` from the tag; if something should happen on the page, ask the web team to add it to the theme"
        );
        let draft = HtmlPolicy {
            draft: true,
            ..HtmlPolicy::default()
        };
        assert!(!f.diagnostic(Path::new("a"), src, at, &draft).is_error());
    }
}
