//! Raw-HTML safety: nothing a page's text says may run script in a reader's browser.
//!
//! Markdown lets authors write raw HTML, and pulldown-cmark passes it through as is.
//! Two things happen to a page whose Markdown holds raw HTML, heading attributes or
//! a link or image address that is not a plain web address:
//!
//! 1. **It is sanitized** ([`sanitize`]): the page's HTML is parsed by a real HTML5
//!    parser (html5ever, through the `ammonia` crate) and only the elements,
//!    attributes and address schemes of one explicit allowlist ([`TAGS`],
//!    [`GENERIC_ATTRIBUTES`], [`tag_attributes`], [`SCHEMES`]) are kept. An
//!    `<iframe>` is kept only with an `https://` address on one of
//!    `[vilde] allowed_video_hosts`. The `markdown` template filter is sanitized
//!    the same way.
//! 2. **It is reported** ([`scan`]): the same HTML is tokenized with html5ever's
//!    tokenizer (raw-text elements such as `<textarea>`, `<title>`, `<noscript>`
//!    and `<iframe>` switch it to raw text as a browser does) and everything the
//!    allowlist would remove becomes a [`Finding`]. On a published page that is an
//!    error with file, line and column; on a draft a warning, so a preview still
//!    builds (with the sanitized HTML).
//!
//! Only pages under vilde's strict rules are checked (problem pages, or every page
//! with `strict = "all"` under `[extra.vilde]`); other pages keep raw HTML as
//! Zola does. `allow_raw_html = true` turns both off, for a site whose authors are all
//! trusted (as Zola does).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};

use crate::config::VildeConfig;
use crate::diag::{Diagnostic, Severity};

/// The elements page text may use.
pub const TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "data",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "i",
    "iframe",
    "img",
    "input",
    "ins",
    "kbd",
    "li",
    "mark",
    "nav",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "source",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "track",
    "u",
    "ul",
    "var",
    "video",
    "wbr",
];

/// Attributes every allowed element may have (and any `aria-…`).
pub const GENERIC_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "title",
    "lang",
    "dir",
    "role",
    "hidden",
    "translate",
];

/// Address schemes a link or source may use; an address without a scheme (a page
/// or file of the site) is always allowed. `data:` only for `<img src>` images.
pub const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Elements whose whole content is dropped, not shown as text.
const DROPPED_WITH_CONTENT: &[&str] = &["script", "style", "template"];

/// Elements that run or load code or take over the page, with the catalog key
/// of why (for the hint).
const FORBIDDEN: &[(&str, &str)] = &[
    ("script", "html-why-script"),
    ("object", "html-why-object"),
    ("embed", "html-why-embed"),
    ("applet", "html-why-applet"),
    ("frame", "html-why-frame"),
    ("frameset", "html-why-frameset"),
    ("base", "html-why-base"),
    ("meta", "html-why-meta"),
    ("link", "html-why-link"),
    ("style", "html-why-style"),
    ("form", "html-why-form"),
    ("svg", "html-why-svg"),
    ("math", "html-why-math"),
    ("template", "html-why-template"),
];

/// The attributes an element may have besides [`GENERIC_ATTRIBUTES`].
pub fn tag_attributes(tag: &str) -> &'static [&'static str] {
    match tag {
        "a" => &[
            "href", "hreflang", "rel", "target", "name", "type", "download",
        ],
        "img" => &[
            "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding",
        ],
        "source" => &["src", "srcset", "type", "media", "sizes", "width", "height"],
        "video" => &[
            "src",
            "poster",
            "controls",
            "width",
            "height",
            "preload",
            "muted",
            "loop",
            "playsinline",
        ],
        "audio" => &["src", "controls", "preload", "loop", "muted"],
        "track" => &["src", "kind", "srclang", "label", "default"],
        "iframe" => &[
            "src",
            "width",
            "height",
            "allow",
            "allowfullscreen",
            "loading",
            "referrerpolicy",
            "frameborder",
        ],
        "td" | "th" => &["colspan", "rowspan", "headers", "scope", "style"],
        "ol" => &["start", "reversed", "type"],
        "li" => &["value"],
        "time" => &["datetime"],
        "data" => &["value"],
        "details" => &["open"],
        "col" | "colgroup" => &["span"],
        "q" | "blockquote" => &["cite"],
        "del" | "ins" => &["cite", "datetime"],
        "input" => &["type", "checked", "disabled"],
        "pre" => &["tabindex", "data-lang", "style"],
        "code" => &["data-lang"],
        "span" => &["style"],
        _ => &[],
    }
}

/// Attributes whose value is an address.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "poster", "cite", "srcset"];

/// How strictly a page's raw HTML is checked.
#[derive(Debug, Clone, Copy)]
pub struct HtmlPolicy<'a> {
    /// Check and sanitize (off when `[vilde] allow_raw_html = true`).
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
    /// The policy of a page (`draft` is the page's `draft` flag) on a site;
    /// `strict` when vilde's rules apply to the page (a problem page, or every page
    /// with `strict = "all"`). Elsewhere raw HTML is kept as written, as in Zola.
    pub fn new(vilde: &'a VildeConfig, draft: bool, strict: bool) -> Self {
        HtmlPolicy {
            check: strict && !vilde.allow_raw_html,
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

/// What is unsafe or not allowed about one tag, attribute or address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A forbidden element (lowercase name): it runs or loads code.
    Element(String),
    /// Another element that is not on the allowlist.
    NotAllowed(String),
    /// An attribute that is not allowed on its element: (element, attribute).
    Attribute(String, String),
    /// An `<iframe>` whose `src` is missing, not `https://`, or on a host not allowed
    /// (the `src` as written, if any).
    Iframe(Option<String>),
    /// An `<iframe srcdoc=…>`.
    SrcDoc,
    /// An `on…` attribute (its lowercase name).
    EventHandler(String),
    /// A `javascript:` (or `vbscript:`, …) address.
    ScriptUrl(String),
    /// A `data:` address outside an image.
    DataUrl(String),
    /// An address with another scheme (`file:`, `ftp:`, …).
    Scheme(String),
    /// A tag whose `>` or closing quote is missing, so the text after it became
    /// part of the tag (the tag's name).
    Unfinished(String),
    /// Elements nested more than [`MAX_HTML_DEPTH`] deep (the innermost's name).
    TooDeep(String),
}

/// How deep raw HTML elements may nest. Deeper HTML is shown as text: a parser,
/// a sanitizer and a minifier all take time (or stack) in proportion to it.
pub const MAX_HTML_DEPTH: usize = 256;

/// Elements that never have an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "keygen", "param",
];

/// One problem, a short quote of what is there, and the text to look for in the
/// source to say where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub problem: Problem,
    pub found: String,
    /// What to look for in the source to place it (ignoring ASCII case), best
    /// first: `<tag`, or an address as written, then the attribute's name.
    pub needles: Vec<String>,
}

/// What an address's scheme says, browser-style: character references are already
/// decoded by the caller; ASCII whitespace and controls are ignored.
fn scheme_of(value: &str) -> Option<String> {
    let cleaned: String = value
        .chars()
        .filter(|c| *c > ' ' && *c != '\u{7f}')
        .collect();
    let colon = cleaned.find(':')?;
    let head = &cleaned[..colon];
    if head.is_empty()
        || !head.starts_with(|c: char| c.is_ascii_alphabetic())
        || !head
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    {
        return None;
    }
    Some(head.to_ascii_lowercase())
}

/// The problem with an address in `attr` of `tag`, if any.
fn url_problem(tag: &str, attr: &str, value: &str) -> Option<Problem> {
    // srcset holds "url size, url size": every address is checked.
    if attr == "srcset" {
        return value
            .split(',')
            .filter_map(|part| part.split_whitespace().next())
            .find_map(|u| url_problem(tag, "src", u));
    }
    let scheme = scheme_of(value)?;
    if SCHEMES.contains(&scheme.as_str()) {
        return None;
    }
    let image = tag == "img" && attr == "src";
    match scheme.as_str() {
        "javascript" | "vbscript" | "livescript" => Some(Problem::ScriptUrl(value.to_string())),
        "data" if image && is_data_image(value) => None,
        "data" => Some(Problem::DataUrl(value.to_string())),
        _ => Some(Problem::Scheme(value.to_string())),
    }
}

fn is_data_image(value: &str) -> bool {
    let v = value.trim().to_ascii_lowercase();
    [
        "data:image/png",
        "data:image/jpeg",
        "data:image/gif",
        "data:image/webp",
        "data:image/avif",
    ]
    .iter()
    .any(|p| v.starts_with(p))
}

/// Check a Markdown link destination (`[text](dest)`, `<dest>`).
pub fn check_link(dest: &str) -> Option<Problem> {
    url_problem("a", "href", dest)
}

/// Check a Markdown image source (`![alt](src)`): `data:image/…` is allowed.
pub fn check_image(src: &str) -> Option<Problem> {
    url_problem("img", "src", src)
}

/// Is this address plain: a page or file of the site, or an allowed scheme? Plain
/// links and images need no sanitizing of the page.
pub fn plain_address(dest: &str) -> bool {
    scheme_of(dest).is_none_or(|s| SCHEMES.contains(&s.as_str()))
}

/// Is this raw HTML one comment and nothing else, as the HTML standard reads it
/// (`<!-- more -->`)? Such HTML needs no sanitizing and is kept as written.
pub fn is_plain_comment(html: &str) -> bool {
    let t = html.trim();
    let Some(inner) = t.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")) else {
        return false;
    };
    !inner.starts_with('>')
        && !inner.starts_with("->")
        && !inner.contains("-->")
        && !inner.contains("--!>")
        && !inner.ends_with("<!-")
}

/// An iframe `src` is allowed when it is `https://` (or `//`) on an allowed host.
fn iframe_allowed(src: &str, hosts: &[String]) -> bool {
    let lower = src.trim().to_ascii_lowercase();
    let Some(rest) = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("//"))
    else {
        return false;
    };
    // Host: up to the first `/`, `?`, `#` or `\`; no user info, no port tricks.
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    if authority.contains('@')
        || authority
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return false;
    }
    let host = authority.split(':').next().unwrap_or("");
    hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
}

/// Inline styles that only colour text (syntax highlighting with a theme) or align
/// a table cell; nothing that can place, hide or load.
fn style_allowed(tag: &str, value: &str) -> bool {
    let decls = value.split(';').map(str::trim).filter(|d| !d.is_empty());
    let props: &[&str] = match tag {
        "td" | "th" => &["text-align"],
        _ => &[
            "color",
            "background-color",
            "font-weight",
            "font-style",
            "text-decoration",
        ],
    };
    decls.into_iter().all(|d| {
        let Some((p, v)) = d.split_once(':') else {
            return false;
        };
        props.contains(&p.trim().to_ascii_lowercase().as_str())
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || " #,.%-".contains(c))
    })
}

/// The verdict on one attribute of an allowed element.
fn attribute_problem(tag: &str, name: &str, value: &str, hosts: &[String]) -> Option<Problem> {
    if name.len() > 2 && name.starts_with("on") {
        return Some(Problem::EventHandler(name.to_string()));
    }
    if tag == "iframe" && name == "srcdoc" {
        return Some(Problem::SrcDoc);
    }
    let listed = GENERIC_ATTRIBUTES.contains(&name)
        || name.starts_with("aria-")
        || tag_attributes(tag).contains(&name);
    if !listed {
        return Some(Problem::Attribute(tag.to_string(), name.to_string()));
    }
    if tag == "iframe" && name == "src" && !iframe_allowed(value, hosts) {
        return Some(Problem::Iframe(Some(value.to_string())));
    }
    if name == "style" && !style_allowed(tag, value) {
        return Some(Problem::Attribute(tag.to_string(), name.to_string()));
    }
    if tag == "input" && name == "type" && !value.eq_ignore_ascii_case("checkbox") {
        return Some(Problem::Attribute(tag.to_string(), format!("type={value}")));
    }
    if URL_ATTRIBUTES.contains(&name) {
        return url_problem(tag, name, value);
    }
    None
}

/// Find everything [`sanitize`] would remove from `html`, in document order.
pub fn scan(html: &str, hosts: &[String]) -> Vec<Finding> {
    let sink = Scanner {
        hosts,
        out: RefCell::new(Vec::new()),
        depth: std::cell::Cell::new(0),
    };
    let tok = Tokenizer::new(sink, TokenizerOpts::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&queue);
    tok.end();
    tok.sink.out.into_inner()
}

struct Scanner<'h> {
    hosts: &'h [String],
    out: RefCell<Vec<Finding>>,
    /// Open elements (start tags not yet ended), to find HTML nested too deep.
    depth: std::cell::Cell<usize>,
}

impl TokenSink for Scanner<'_> {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let TagToken(tag) = token else {
            return TokenSinkResult::Continue;
        };
        let name = tag.name.to_string();
        if tag.kind != StartTag {
            self.depth.set(self.depth.get().saturating_sub(1));
            return TokenSinkResult::Continue;
        }
        if !tag.self_closing && !VOID.contains(&name.as_str()) {
            self.depth.set(self.depth.get() + 1);
            if self.depth.get() == MAX_HTML_DEPTH + 1 {
                self.out.borrow_mut().push(Finding {
                    problem: Problem::TooDeep(name.clone()),
                    found: quote(&format!("<{name}>")),
                    needles: vec![format!("<{name}")],
                });
            }
        }
        self.check_tag(&name, &tag);
        // Switch to raw text where a browser's tree builder does.
        match name.as_str() {
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

impl Scanner<'_> {
    fn check_tag(&self, name: &str, tag: &Tag) {
        let mut out = self.out.borrow_mut();
        let needle = format!("<{name}");
        if FORBIDDEN.iter().any(|(n, _)| *n == name) {
            out.push(Finding {
                problem: Problem::Element(name.to_string()),
                found: quote(&format!("<{name}>")),
                needles: vec![needle],
            });
            return;
        }
        if !TAGS.contains(&name) {
            out.push(Finding {
                problem: Problem::NotAllowed(name.to_string()),
                found: quote(&format!("<{name}>")),
                needles: vec![needle],
            });
            return;
        }
        let odd = |a: &str| {
            !a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_:.".contains(c))
        };
        if tag.attrs.iter().any(|a| odd(&a.name.local)) {
            out.push(Finding {
                problem: Problem::Unfinished(name.to_string()),
                found: quote(&format!("<{name} …")),
                needles: vec![needle],
            });
            return;
        }
        if name == "iframe" && !tag.attrs.iter().any(|a| &*a.name.local == "src") {
            out.push(Finding {
                problem: Problem::Iframe(None),
                found: quote("<iframe>"),
                needles: vec![needle],
            });
        }
        for a in &tag.attrs {
            let attr = a.name.local.to_string();
            if let Some(problem) = attribute_problem(name, &attr, &a.value, self.hosts) {
                // A Markdown link's address is found by its value; raw HTML
                // (whose value may be written with references) by the attribute.
                let url = URL_ATTRIBUTES.contains(&attr.as_str()) && !a.value.trim().is_empty();
                let (found, needles) = if url {
                    (quote(&a.value), vec![a.value.trim().to_string(), attr])
                } else {
                    (quote(&format!("{attr}=\"{}\"", a.value)), vec![attr])
                };
                out.push(Finding {
                    problem,
                    found,
                    needles,
                });
            }
        }
    }
}

/// The allowlist as an ammonia sanitizer, built once per set of video hosts.
fn sanitizer(hosts: &[String]) -> Arc<ammonia::Builder<'static>> {
    static CACHE: OnceLock<Mutex<HashMap<Vec<String>, Arc<ammonia::Builder<'static>>>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(b) = map.get(hosts) {
        return b.clone();
    }
    let mut b = ammonia::Builder::empty();
    b.add_tags(TAGS)
        .clean_content_tags(DROPPED_WITH_CONTENT.iter().copied().collect::<HashSet<_>>())
        .generic_attributes(GENERIC_ATTRIBUTES.iter().copied().collect::<HashSet<_>>())
        .add_generic_attribute_prefixes(["aria-"])
        .url_schemes(
            SCHEMES
                .iter()
                .copied()
                .chain(["data"])
                .collect::<HashSet<_>>(),
        )
        .link_rel(None)
        .strip_comments(false);
    for tag in TAGS {
        b.add_tag_attributes(*tag, tag_attributes(tag));
    }
    let owned = hosts.to_vec();
    b.attribute_filter(move |tag, attr, value| -> Option<Cow<'_, str>> {
        match attribute_problem(tag, attr, value, &owned) {
            None => Some(Cow::Borrowed(value)),
            Some(_) => None,
        }
    });
    let b = Arc::new(b);
    map.insert(hosts.to_vec(), b.clone());
    b
}

/// Keep only what the allowlist allows (parsed as a browser would). HTML nested
/// deeper than [`MAX_HTML_DEPTH`] is shown as text.
pub fn sanitize(html: &str, hosts: &[String]) -> String {
    let findings = scan(html, &[]);
    sanitize_scanned(html, hosts, &findings)
}

/// [`sanitize`] when [`scan`] has already been run on `html`.
pub fn sanitize_scanned(html: &str, hosts: &[String], findings: &[Finding]) -> String {
    if findings
        .iter()
        .any(|f| matches!(f.problem, Problem::TooDeep(_)))
    {
        return format!("<pre>{}</pre>", escape_text(html));
    }
    sanitizer(hosts).clean(html).to_string()
}

fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
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
        let removed = if policy.draft {
            crate::t!("html-removed-preview")
        } else {
            String::new()
        };
        let allow = crate::t!("html-allow");
        let d = match &self.problem {
            Problem::Element(name) => {
                let why = FORBIDDEN.iter().find(|(n, _)| n == name).map_or_else(
                    || crate::t!("html-why-code"),
                    |(_, w)| crate::i18n::text(w, &[]),
                );
                Diagnostic::error(
                    path,
                    crate::t!(
                        "html-element",
                        name = name.as_str(),
                        removed = removed.as_str()
                    ),
                )
                .expected(crate::t!("html-element-expected"))
                .hint(crate::t!(
                    "html-element-hint",
                    name = name.as_str(),
                    why = why,
                    allow = allow
                ))
            }
            Problem::NotAllowed(name) => Diagnostic::error(
                path,
                crate::t!(
                    "html-not-allowed",
                    name = name.as_str(),
                    removed = removed.as_str()
                ),
            )
            .expected(crate::t!(
                "html-not-allowed-expected",
                tags = TAGS.join(", ")
            ))
            .hint(crate::t!("html-not-allowed-hint", allow = allow)),
            Problem::Attribute(tag, attr) => Diagnostic::error(
                path,
                crate::t!(
                    "html-attribute",
                    attr = attr.as_str(),
                    tag = tag.as_str(),
                    removed = removed.as_str()
                ),
            )
            .expected(crate::t!(
                "html-attribute-expected",
                tag = tag.as_str(),
                list = allowed_attributes(tag)
            ))
            .hint(crate::t!(
                "html-attribute-hint",
                attr = attr.as_str(),
                allow = allow
            )),
            Problem::Iframe(src) => {
                let hosts = if policy.video_hosts.is_empty() {
                    crate::t!("html-iframe-no-hosts")
                } else {
                    policy.video_hosts.join(", ")
                };
                let message = match src.as_deref() {
                    None => crate::t!("html-iframe-no-src"),
                    Some(s)
                        if !s.trim().to_ascii_lowercase().starts_with("https://")
                            && !s.trim().starts_with("//") =>
                    {
                        crate::t!("html-iframe-not-https")
                    }
                    Some(s) => match host_of(s) {
                        Some(h) => crate::t!("html-iframe-host", host = h),
                        None => crate::t!("html-iframe-no-host"),
                    },
                };
                Diagnostic::error(path, format!("{message}{removed}"))
                    .expected(crate::t!("html-iframe-expected", hosts = hosts))
                    .hint(crate::t!("html-iframe-hint"))
            }
            Problem::SrcDoc => {
                Diagnostic::error(path, crate::t!("html-srcdoc", removed = removed.as_str()))
                    .expected(crate::t!("html-srcdoc-expected"))
                    .hint(crate::t!("html-srcdoc-hint"))
            }
            Problem::EventHandler(name) => Diagnostic::error(
                path,
                crate::t!(
                    "html-handler",
                    name = name.as_str(),
                    removed = removed.as_str()
                ),
            )
            .expected(crate::t!("html-handler-expected"))
            .hint(crate::t!("html-handler-hint", name = name.as_str())),
            Problem::ScriptUrl(_) => Diagnostic::error(
                path,
                crate::t!("html-script-url", removed = removed.as_str()),
            )
            .expected(crate::t!("html-url-expected"))
            .hint(crate::t!("html-script-url-hint")),
            Problem::DataUrl(_) => {
                Diagnostic::error(path, crate::t!("html-data-url", removed = removed.as_str()))
                    .expected(crate::t!("html-url-expected"))
                    .hint(crate::t!("html-data-url-hint"))
            }
            Problem::Scheme(_) => {
                Diagnostic::error(path, crate::t!("html-scheme", removed = removed.as_str()))
                    .expected(crate::t!(
                        "html-scheme-expected",
                        schemes = SCHEMES.join(":, ")
                    ))
                    .hint(crate::t!("html-scheme-hint"))
            }
            Problem::TooDeep(name) => {
                let shown = if policy.draft {
                    crate::t!("html-too-deep-preview")
                } else {
                    String::new()
                };
                Diagnostic::error(
                    path,
                    crate::t!(
                        "html-too-deep",
                        max = MAX_HTML_DEPTH,
                        name = name.as_str(),
                        shown = shown
                    ),
                )
                .expected(crate::t!("html-too-deep-expected", max = MAX_HTML_DEPTH))
                .hint(crate::t!("html-too-deep-hint"))
            }
            Problem::Unfinished(name) => Diagnostic::error(
                path,
                crate::t!(
                    "html-unfinished",
                    name = name.as_str(),
                    removed = removed.as_str()
                ),
            )
            .expected(crate::t!("html-unfinished-expected"))
            .hint(crate::t!("html-unfinished-hint")),
        };
        d.with_severity(policy.severity())
            .at_offset(file_src, at)
            .found(self.found.clone())
    }
}

fn allowed_attributes(tag: &str) -> String {
    let mut all: Vec<&str> = GENERIC_ATTRIBUTES.to_vec();
    all.extend(tag_attributes(tag));
    all.push("aria-…");
    all.join(", ")
}

/// The host of an iframe `src` as written, for messages.
fn host_of(src: &str) -> Option<String> {
    let rest = src.trim().split_once("//")?.1;
    let host = rest
        .split(['/', '?', '#', '\\', ':', '@'])
        .next()
        .unwrap_or("");
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests;
