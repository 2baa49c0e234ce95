//! Markdown → HTML with the ONE pulldown-cmark option set of the project: tables,
//! footnotes, strikethrough, heading ids, a table of contents, `<!-- more -->`
//! summaries, word count and reading time. Internal links written Zola's way
//! (`@/other/index.md#anchor`) are resolved here; a link to a page that does not
//! exist is a diagnostic with line and column.
//!
//! Fenced code blocks are highlighted in [`highlight`]; images get their alt-text
//! check, sizes and `srcset` in [`media`] (see [`render_with_images`]). Raw HTML,
//! link and image addresses and heading attributes are checked for anything that
//! could run script in [`html_guard`] (errors on published pages, warnings on drafts).

pub mod footnotes;
pub mod highlight;
pub mod html_guard;
pub mod media;
pub mod shortcode;

use std::collections::HashMap;
use std::path::Path;

use pulldown_cmark::{
    html, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};
use serde::Serialize;

use crate::config::MarkdownConfig;
use crate::diag::Diagnostic;

pub use html_guard::HtmlPolicy;
pub use media::{ImageContext, DECORATIVE};

/// The marker that ends a page's summary.
pub const MORE_MARKER: &str = "<!-- more -->";

/// What the summary marker becomes in the page (Zola's `continue-reading`).
pub const CONTINUE_READING: &str = "<span id=\"continue-reading\"></span>";

/// Where the first `<!-- more -->` (any spaces inside) is, and its length.
/// A summary that ends inside an element (Zola: tags still open at the marker):
/// the cutoff goes before the closing tags.
fn cut_off(summary: &str, ctx: &Context) -> String {
    let mut open = summary;
    while let Some(start) = open.rfind("</").filter(|s| open[*s..].ends_with('>')) {
        let name = &open[start + 2..open.len() - 1];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        open = open[..start].trim_end();
    }
    let cutoff = ctx.cutoff.map_or(SUMMARY_CUTOFF.to_string(), |f| f(open));
    // Zola closes the open elements as pulldown-cmark writes them: a line end after.
    format!("{open}{cutoff}{}\n", &summary[open.len()..].trim_start())
}

pub fn more_marker(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = text[from..].find("<!--") {
        let start = from + i;
        let rest = &text[start + 4..];
        let inner = rest.trim_start();
        if let Some(after) = inner.strip_prefix("more") {
            let after_ws = after.trim_start();
            if after_ws.starts_with("-->") {
                let len = 4 + (rest.len() - inner.len()) + 4 + (after.len() - after_ws.len()) + 3;
                return Some((start, len));
            }
        }
        from = start + 4;
    }
    None
}

/// Words read per minute for `reading_time` (Zola uses 200).
const READING_WPM: usize = 200;

/// A heading in the table of contents (Zola's field names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    pub level: u32,
    pub id: String,
    pub permalink: String,
    pub title: String,
    pub children: Vec<Heading>,
}

/// What rendering one Markdown body gives.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rendered {
    pub html: String,
    pub summary: Option<String>,
    pub toc: Vec<Heading>,
    pub word_count: usize,
    pub reading_time: usize,
    /// Problems that do not stop the build (image problems on draft pages).
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
    /// `@/page.md#anchor` links, checked once every page is rendered.
    #[serde(skip)]
    pub anchor_links: Vec<AnchorLink>,
}

/// An internal link with an anchor: the target (`content/`-relative), the
/// anchor, and the error to give, already placed at the link, if the target
/// has no such anchor.
#[derive(Debug, Clone)]
pub struct AnchorLink {
    pub target: String,
    pub anchor: String,
    pub missing: Diagnostic,
}

/// Everything rendering needs to know besides the text.
pub struct Context<'a> {
    pub config: &'a MarkdownConfig,
    /// `content/`-relative path (`a/index.md`) → permalink, for `@/` links.
    pub permalinks: &'a HashMap<String, String>,
    /// The page's own permalink (for TOC permalinks).
    pub permalink: &'a str,
    /// For diagnostics: the file as shown to the user, its full text, and where the
    /// Markdown body starts in it.
    pub path: &'a Path,
    pub file_src: &'a str,
    pub body_offset: usize,
    /// Raw-HTML safety for this page: `HtmlPolicy::new(&config.vilde, draft, strict)`;
    /// `HtmlPolicy::default()` checks with no iframe host allowed.
    pub html: HtmlPolicy<'a>,
    /// Anchor links on headings (`insert_anchor_links`), or none.
    pub anchors: Option<Anchors<'a>>,
    /// The `summary-cutoff.html` template (given the summary); none: [`SUMMARY_CUTOFF`].
    pub cutoff: Option<&'a (dyn Fn(&str) -> String + Sync)>,
}

/// Zola's `summary-cutoff.html`: what ends a summary cut inside a paragraph.
pub const SUMMARY_CUTOFF: &str = "&hellip;";

/// The project's pulldown-cmark options.
pub fn options(config: &MarkdownConfig) -> Options {
    // Zola's options.
    let mut o = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    if config.smart_punctuation {
        o |= Options::ENABLE_SMART_PUNCTUATION;
    }
    if config.definition_list {
        o |= Options::ENABLE_DEFINITION_LIST;
    }
    if config.github_alerts {
        o |= Options::ENABLE_GFM;
    }
    o
}

/// Render a Markdown body. Returns every broken internal link and every image
/// without alt text at once. Images get no sizes or `srcset` (see
/// [`render_with_images`]).
pub fn render(body: &str, ctx: &Context) -> Result<Rendered, Vec<Diagnostic>> {
    render_with_images(body, ctx, None)
}

/// [`render`], plus `width`/`height`/`srcset` for local images through the build's
/// image processor; on a draft page image problems are warnings in
/// [`Rendered::warnings`].
pub fn render_with_images(
    body: &str,
    ctx: &Context,
    images: Option<&ImageContext>,
) -> Result<Rendered, Vec<Diagnostic>> {
    let (mut html, toc, warnings, anchor_links) = render_fragment(body, ctx, 0, images)?;
    let summary = match more_marker(body) {
        Some((i, _)) => {
            // Zola: a marker inside a paragraph cuts the summary off there.
            let inline =
                more_marker(&html).is_some_and(|(at, _)| at > 0 && !html[..at].ends_with('\n'));
            // Zola: the first marker becomes an anchor readers can be sent to.
            if let Some((at, len)) = more_marker(&html) {
                let len = len + usize::from(html[at + len..].starts_with('\n'));
                html.replace_range(at..at + len, CONTINUE_READING);
            }
            let summary = render_fragment(&body[..i], ctx, 0, images)?.0;
            let summary = summary.trim_end();
            Some(if inline {
                cut_off(summary, ctx)
            } else {
                summary.to_string()
            })
        }
        None => None,
    };
    let word_count = zola_word_count(body);
    Ok(Rendered {
        html,
        summary,
        toc,
        word_count,
        reading_time: word_count.div_ceil(READING_WPM),
        warnings,
        anchor_links,
    })
}

/// Zola's `word_count`: Unicode words of the source text, leaving out what is
/// between ``` fences.
pub fn zola_word_count(source: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    source
        .split("```")
        .step_by(2)
        .map(|s| s.unicode_words().count())
        .sum()
}

/// Zola's `reading_time`: minutes at 200 words a minute, rounded up.
pub fn zola_reading_time(words: usize) -> usize {
    words.div_ceil(READING_WPM)
}

/// Render Markdown that is not a page body (the `markdown` filter, slide text).
/// Unless `trusted` (`[vilde] allow_raw_html`), the result is sanitized with the
/// same allowlist as page bodies (`hosts`: the allowed video hosts).
pub fn render_inline(
    text: &str,
    config: &MarkdownConfig,
    inline: bool,
    trusted: bool,
    hosts: &[String],
) -> String {
    let mut out = String::new();
    let parser = Parser::new_ext(text, options(config));
    let events: Vec<Event> = if inline {
        parser
            .filter(|e| {
                !matches!(
                    e,
                    Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph)
                )
            })
            .collect()
    } else {
        parser.collect()
    };
    html::push_html(&mut out, flatten(events).into_iter());
    if trusted {
        out
    } else {
        html_guard::sanitize(&out, hosts)
    }
}

type Fragment = (String, Vec<Heading>, Vec<Diagnostic>, Vec<AnchorLink>);

fn render_fragment(
    body: &str,
    ctx: &Context,
    base: usize,
    images: Option<&ImageContext>,
) -> Result<Fragment, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut problems = Vec::new();
    let mut anchor_links = Vec::new();
    // An open fenced/indented code block: (language, text so far, first line
    // number when numbered).
    let mut code: Option<(String, String, highlight::Lines)> = None;
    // An open image whose alt text is being collected.
    let mut image: Option<media::Pending> = None;
    // About one event per 8 bytes of Markdown: one allocation for most pages.
    let mut events: Vec<Event> = Vec::with_capacity(body.len() / 8 + 16);
    let mut flat_toc: Vec<Heading> = Vec::new();
    let mut ids: HashMap<String, usize> = HashMap::new();
    // Index in `events` of the open heading start, with its level and explicit id.
    let mut open_heading: Option<(usize, HeadingLevel, Option<String>, String)> = None;

    // Raw HTML, heading attributes or an unusual address: the HTML is checked and
    // sanitized at the end.
    let mut needs_check = false;
    // Nesting of the Markdown (quotes, lists, emphasis, …) and where it first went
    // deeper than MAX_DEPTH.
    let mut depth = 0usize;
    let mut too_deep: Option<usize> = None;

    for (event, range) in Parser::new_ext(body, options(ctx.config)).into_offset_iter() {
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH && too_deep.is_none() {
                    too_deep = Some(range.start);
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        if let Some(img) = image.as_mut() {
            match event {
                Event::Start(_) => img.depth += 1,
                Event::End(_) if img.depth > 0 => img.depth -= 1,
                Event::End(_) => {
                    if let Some(img) = image.take() {
                        let tag = media::img_html(&img, body, base, ctx, images, &mut problems);
                        events.push(Event::InlineHtml(CowStr::from(tag)));
                    }
                }
                Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) => img.alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => img.alt.push(' '),
                _ => {}
            }
            continue;
        }
        if let Some((_, text, _)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((lang, text, lines)) = code.take() {
                        let html = highlight::code_block(&lang, &text, ctx.config, &lines);
                        events.push(Event::Html(CowStr::from(html)));
                    }
                }
                _ => {}
            }
            continue;
        }
        if ctx.html.check && !needs_check {
            needs_check = needs_sanitizing(&event);
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let (lang, lines) = match &kind {
                    CodeBlockKind::Fenced(info) => (
                        highlight::language(info).to_string(),
                        highlight::Lines::parse(info),
                    ),
                    CodeBlockKind::Indented => (String::new(), highlight::Lines::default()),
                };
                code = Some((lang, String::new(), lines));
            }
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                image = Some(media::Pending {
                    dest: dest_url,
                    title,
                    alt: String::new(),
                    depth: 0,
                    start: range.start,
                    end: range.end,
                });
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                open_heading = Some((
                    events.len(),
                    level,
                    id.map(|s| s.to_string()),
                    String::new(),
                ));
                events.push(Event::Start(Tag::Heading {
                    level,
                    id: None,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some((start, lvl, explicit, title)) = open_heading.take() {
                    let id = unique_id(&mut ids, explicit.unwrap_or_else(|| slugify(&title)));
                    if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[start] {
                        *slot = Some(CowStr::from(id.clone()));
                    }
                    flat_toc.push(Heading {
                        level: heading_level(lvl),
                        permalink: format!("{}#{}", ctx.permalink, id),
                        id,
                        title: title.trim().to_string(),
                        children: Vec::new(),
                    });
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Text(ref t) | Event::Code(ref t) if open_heading.is_some() => {
                if let Some((_, _, _, title)) = open_heading.as_mut() {
                    title.push_str(t);
                }
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with("@/") => {
                let dest = match resolve_internal(&dest_url, ctx.permalinks) {
                    Ok(url) => {
                        anchor_links.extend(anchor_link(ctx, base + range.start, &dest_url));
                        CowStr::from(url)
                    }
                    Err(target) => {
                        errors.push(broken_link(ctx, base + range.start, &target, link_type));
                        dest_url
                    }
                };
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                }));
            }
            Event::Start(Tag::Link {
                dest_url, title, ..
            }) if ctx.config.has_external_link_tweaks() && is_external(&dest_url) => {
                let url = highlight::escape_attr(&dest_url);
                let title = highlight::escape_attr(&title);
                events.push(Event::InlineHtml(CowStr::from(
                    ctx.config.external_link_tag(&url, &title),
                )));
            }
            Event::Text(t) if ctx.config.render_emoji && t.contains(':') => {
                events.push(Event::Text(CowStr::from(
                    emoji().replace_all(&t).into_owned(),
                )));
            }
            other => events.push(other),
        }
    }
    if let Some(anchors) = &ctx.anchors {
        insert_anchors(&mut events, anchors);
    }
    if ctx.config.bottom_footnotes {
        footnotes::to_bottom(&mut events);
    }
    let mut problems_after: Vec<Diagnostic> = Vec::new();
    let (image_errors, warnings): (Vec<_>, Vec<_>) =
        problems.into_iter().partition(Diagnostic::is_error);
    errors.extend(image_errors);
    if let Some(at) = too_deep {
        events = flatten(events);
        let flat = if ctx.html.draft {
            crate::t!("md-too-deep-preview")
        } else {
            String::new()
        };
        let d = Diagnostic::error(
            ctx.path,
            crate::t!("md-too-deep", max = MAX_DEPTH, flat = flat),
        )
        .with_severity(ctx.html.severity())
        .at_offset(ctx.file_src, ctx.body_offset + base + at)
        .expected(crate::t!("md-too-deep-expected", max = MAX_DEPTH))
        .hint(crate::t!("md-too-deep-hint"));
        if d.is_error() {
            errors.push(d);
        } else {
            problems_after.push(d);
        }
    }
    let mut out = String::with_capacity(body.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    if out.contains('\0') {
        // CommonMark: a NUL character is replaced by U+FFFD (HTML may not hold it).
        out = out.replace('\0', "\u{FFFD}");
    }
    let mut warnings = warnings;
    warnings.extend(problems_after);
    if needs_check {
        let hosts = ctx.html.video_hosts;
        let findings = html_guard::scan(&out, hosts);
        let (errs, warns): (Vec<_>, Vec<_>) = locate(&findings, body, base, ctx)
            .into_iter()
            .partition(Diagnostic::is_error);
        errors.extend(errs);
        warnings.extend(warns);
        out = html_guard::sanitize_scanned(&out, hosts, &findings);
    }
    if !errors.is_empty() {
        errors.sort_by_key(|d| (d.line, d.col));
        return Err(errors);
    }
    // Every page's HTML is held until the end of the build: give back the slack.
    out.shrink_to_fit();
    Ok((out, nest_toc(flat_toc), warnings, anchor_links))
}

/// A link out of the site (Zola: `http:` or `https:`).
fn is_external(dest: &str) -> bool {
    dest.starts_with("http:") || dest.starts_with("https:")
}

/// `:smile:` → 😄 (GitHub's names, as Zola's `render_emoji`).
fn emoji() -> &'static gh_emoji::Replacer {
    static R: std::sync::OnceLock<gh_emoji::Replacer> = std::sync::OnceLock::new();
    R.get_or_init(gh_emoji::Replacer::new)
}

/// Where Zola's `insert_anchor_links` puts a heading's anchor link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorPlace {
    Left,
    Right,
    /// The whole heading is the link.
    Heading,
}

/// Anchor links on headings: where, and the `anchor-link.html` template's HTML
/// for a heading id and level.
pub struct Anchors<'a> {
    pub place: AnchorPlace,
    pub render: &'a (dyn Fn(&str, u32) -> String + Sync),
}

impl AnchorPlace {
    /// `left`, `right` or `heading`; `none` (or anything else) is no anchors.
    pub fn parse(s: &str) -> Option<AnchorPlace> {
        match s {
            "left" => Some(AnchorPlace::Left),
            "right" => Some(AnchorPlace::Right),
            "heading" => Some(AnchorPlace::Heading),
            _ => None,
        }
    }
}

/// Put an anchor link in every heading (after its ids are set).
fn insert_anchors(events: &mut Vec<Event>, anchors: &Anchors) {
    let mut out = Vec::with_capacity(events.len() + 8);
    let mut open: Option<(String, u32)> = None;
    for e in events.drain(..) {
        match e {
            Event::Start(Tag::Heading { level, ref id, .. }) => {
                let id = id.as_deref().unwrap_or("").to_string();
                let lvl = heading_level(level);
                let link = (anchors.render)(&id, lvl);
                out.push(e);
                match anchors.place {
                    AnchorPlace::Left => out.push(Event::InlineHtml(CowStr::from(link.clone()))),
                    AnchorPlace::Heading => {
                        let opening = link
                            .find('>')
                            .map_or(String::new(), |i| link[..=i].to_string());
                        out.push(Event::InlineHtml(CowStr::from(opening)));
                    }
                    AnchorPlace::Right => {}
                }
                open = Some((link, lvl));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((link, _)) = open.take() {
                    match anchors.place {
                        AnchorPlace::Right => out.push(Event::InlineHtml(CowStr::from(link))),
                        AnchorPlace::Heading => out.push(Event::InlineHtml(CowStr::from("</a>"))),
                        AnchorPlace::Left => {}
                    }
                }
                out.push(e);
            }
            other => out.push(other),
        }
    }
    *events = out;
}

/// How deep Markdown blocks and spans may nest (a browser, the minifier and the
/// reader all give up long before any real text gets there).
pub const MAX_DEPTH: usize = 100;

/// Drop the start and end of every element nested deeper than [`MAX_DEPTH`]; its
/// text stays, one level up.
fn flatten(events: Vec<Event>) -> Vec<Event> {
    let mut kept: Vec<bool> = Vec::new();
    let mut depth = 0usize;
    let mut out = Vec::with_capacity(events.len());
    for e in events {
        match e {
            Event::Start(_) => {
                let keep = depth < MAX_DEPTH;
                kept.push(keep);
                if keep {
                    depth += 1;
                    out.push(e);
                }
            }
            Event::End(_) => {
                if kept.pop().unwrap_or(false) {
                    depth -= 1;
                    out.push(e);
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Does this event make the page need the sanitizer? Raw HTML, heading
/// attributes other than id and class, and addresses that are not plain do.
fn needs_sanitizing(event: &Event) -> bool {
    match event {
        Event::Html(t) | Event::InlineHtml(t) => !html_guard::is_plain_comment(t),
        Event::Start(Tag::Heading { attrs, .. }) => !attrs.is_empty(),
        Event::Start(Tag::Link { dest_url, .. }) | Event::Start(Tag::Image { dest_url, .. }) => {
            !html_guard::plain_address(dest_url)
        }
        _ => false,
    }
}

/// Diagnostics for the guard's findings, each at the place in the source where
/// its tag or attribute is written (the first not yet used, ignoring case).
fn locate(
    findings: &[html_guard::Finding],
    body: &str,
    base: usize,
    ctx: &Context,
) -> Vec<Diagnostic> {
    let lower = body.to_ascii_lowercase();
    // Per needle: where to search from for its next use.
    let mut used: HashMap<String, usize> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let at = f.needles.iter().find_map(|n| {
                let needle = n.to_ascii_lowercase();
                let from = used.get(&needle).copied().unwrap_or(0);
                let hit = lower
                    .get(from..)
                    .and_then(|rest| rest.find(&needle))
                    .map(|i| from + i);
                let hit = hit.or_else(|| lower.find(&needle))?;
                used.insert(needle, hit + 1);
                Some(hit)
            });
            let at = at.unwrap_or(0);
            f.diagnostic(
                ctx.path,
                ctx.file_src,
                ctx.body_offset + base + at,
                &ctx.html,
            )
        })
        .collect()
}

fn heading_level(l: HeadingLevel) -> u32 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn unique_id(seen: &mut HashMap<String, usize>, id: String) -> String {
    let n = seen.entry(id.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        id
    } else {
        format!("{id}-{}", *n - 1)
    }
}

/// Turn a flat list of headings into Zola's nested TOC.
fn nest_toc(flat: Vec<Heading>) -> Vec<Heading> {
    fn insert(into: &mut Vec<Heading>, h: Heading) {
        match into.last_mut() {
            Some(last) if h.level > last.level => insert(&mut last.children, h),
            _ => into.push(h),
        }
    }
    let mut out = Vec::new();
    for h in flat {
        insert(&mut out, h);
    }
    out
}

/// Resolve `@/path.md#anchor` to a permalink, or return the missing target.
pub fn resolve_internal(
    dest: &str,
    permalinks: &HashMap<String, String>,
) -> Result<String, String> {
    let rest = dest.trim_start_matches("@/");
    let (path, anchor) = match rest.split_once('#') {
        Some((p, a)) => (p, Some(a)),
        None => (rest, None),
    };
    let path = path.trim_start_matches('/');
    match permalinks.get(path) {
        Some(url) => Ok(match anchor {
            Some(a) => format!("{url}#{a}"),
            None => url.clone(),
        }),
        None => Err(path.to_string()),
    }
}

/// The anchor part of an `@/` link, unless it is none, empty or `top` (which
/// every page has, as in Zola).
fn anchor_link(ctx: &Context, offset_in_body: usize, dest: &str) -> Option<AnchorLink> {
    let (path, anchor) = dest.trim_start_matches("@/").split_once('#')?;
    if anchor.is_empty() || anchor.eq_ignore_ascii_case("top") {
        return None;
    }
    let target = path.trim_start_matches('/').to_string();
    let missing = Diagnostic::error(
        ctx.path,
        crate::t!(
            "md-anchor-missing",
            target = target.as_str(),
            anchor = anchor
        ),
    )
    .at_offset(ctx.file_src, ctx.body_offset + offset_in_body)
    .hint(crate::t!("md-anchor-missing-hint"));
    Some(AnchorLink {
        target,
        anchor: anchor.to_string(),
        missing,
    })
}

/// Whether a rendered body has `anchor`: a heading's id or an `id`/`name` in its
/// HTML (as Zola's `has_anchor` and `has_anchor_id`).
pub fn has_anchor(rendered: &Rendered, anchor: &str) -> bool {
    fn in_toc(toc: &[Heading], anchor: &str) -> bool {
        toc.iter()
            .any(|h| h.id == anchor || in_toc(&h.children, anchor))
    }
    in_toc(&rendered.toc, anchor)
        || ["id", "name"].iter().any(|attr| {
            ["\"", "'"]
                .iter()
                .any(|q| rendered.html.contains(&format!("{attr}={q}{anchor}{q}")))
        })
}

fn broken_link(ctx: &Context, offset_in_body: usize, target: &str, _t: LinkType) -> Diagnostic {
    let mut known: Vec<&String> = ctx.permalinks.keys().collect();
    known.sort();
    let close = known
        .iter()
        .find(|k| k.split('/').next() == target.split('/').next())
        .map(|k| crate::t!("md-link-did-you-mean", page = k.as_str()))
        .unwrap_or_default();
    Diagnostic::error(ctx.path, crate::t!("md-link-broken", target = target))
        .at_offset(ctx.file_src, ctx.body_offset + offset_in_body)
        .expected(crate::t!("md-link-broken-expected"))
        .found(format!("`@/{target}`"))
        .hint(crate::t!("md-link-broken-hint", close = close))
}

/// Zola's slug (the `slug` crate): lowercase ASCII words joined by `-`, letters
/// transliterated (æ→ae, ø→o, å→a); a heading of only signs gets `afsnit`.
pub fn slugify(s: &str) -> String {
    let slug = slug::slugify(s);
    if slug.is_empty() {
        "afsnit".into()
    } else {
        slug
    }
}

/// Zola's slug strategies (`[slugify]`): `on` transliterates to ASCII words joined
/// by `-`, `safe` only removes what cannot be in a file name, `off` keeps it.
pub fn slugify_with(s: &str, strategy: &str) -> String {
    match strategy {
        "safe" => s
            .trim_end_matches([' ', '.'])
            .chars()
            .filter(|c| !r#"<>:"/\|?*"#.contains(*c))
            .collect(),
        "off" => s.to_string(),
        _ => slug::slugify(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &str) -> Result<Rendered, Vec<Diagnostic>> {
        let cfg = MarkdownConfig::default();
        let mut links = HashMap::new();
        links.insert("a/index.md".to_string(), "https://x.dk/a/".to_string());
        let ctx = Context {
            config: &cfg,
            permalinks: &links,
            permalink: "https://x.dk/b/",
            path: Path::new("content/b/index.md"),
            file_src: body,
            body_offset: 0,
            html: HtmlPolicy::default(),
            anchors: None,
            cutoff: None,
        };
        render(body, &ctx)
    }

    #[test]
    fn headings_get_ids_and_toc_nests() {
        let r = check("## Middelklassen\n\ntekst\n\n### Under\n\n## Derfor er det vildt\n\n## Middelklassen\n").unwrap();
        assert!(
            r.html
                .contains("<h2 id=\"middelklassen\">Middelklassen</h2>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("id=\"middelklassen-1\""));
        assert_eq!(r.toc.len(), 3);
        assert_eq!(r.toc[0].children[0].title, "Under");
        assert_eq!(r.toc[1].permalink, "https://x.dk/b/#derfor-er-det-vildt");
    }

    #[test]
    fn tables_footnotes_strikethrough() {
        let r = check("| a | b |\n|---|---|\n| 1 | 2 |\n\nx[^1] ~~y~~\n\n[^1]: note\n").unwrap();
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>y</del>"));
        assert!(r.html.contains("footnote-definition"));
    }

    #[test]
    fn summary_and_counts() {
        let r = check("Første afsnit her.\n\n<!-- more -->\n\nAndet afsnit.\n").unwrap();
        assert_eq!(r.summary.as_deref(), Some("<p>Første afsnit her.</p>"));
        assert!(
            r.html
                .contains("</p>\n<span id=\"continue-reading\"></span><p>Andet"),
            "{}",
            r.html
        );
        // Zola counts every word of the text, the marker's too.
        assert_eq!(r.word_count, 6);
        assert_eq!(r.reading_time, 1);
    }

    #[test]
    fn a_summary_cut_inside_a_paragraph_ends_with_the_cutoff() {
        let r = check(
            "Kort *tekst* her. <!--more-->Resten.

Mere.
",
        )
        .unwrap();
        assert_eq!(
            r.summary.as_deref(),
            Some("<p>Kort <em>tekst</em> her.&hellip;</p>\n")
        );
        let r = check(
            "- punkt <!-- more --> resten
",
        )
        .unwrap();
        assert_eq!(
            r.summary.as_deref(),
            Some("<ul>\n<li>punkt&hellip;</li>\n</ul>\n")
        );
    }

    #[test]
    fn internal_links_resolve_or_point_at_line() {
        let r = check("Se [a](@/a/index.md#x).\n").unwrap();
        assert!(r.html.contains("href=\"https://x.dk/a/#x\""));
        let e = check("Linje et\n\nSe [b](@/c/index.md) og [d](@/d.md).\n").unwrap_err();
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].line, e[0].col), (3, 4));
        assert!(e[0].message.contains("@/c/index.md"));
    }

    #[test]
    fn images_need_alt_text_or_the_decorative_marker() {
        let e = check("Tekst\n\nog ![](a.png) og ![ ](b.png \"titel\")\n").unwrap_err();
        assert_eq!(e.len(), 2);
        assert_eq!((e[0].line, e[0].col), (3, 4));
        assert_eq!((e[1].line, e[1].col), (3, 18));
        assert_eq!(e[0].message, "this image has no alt text");
        assert_eq!(e[1].found.as_deref(), Some("`![ ](b.png \"titel\")`"));
        assert!(e.iter().all(Diagnostic::is_error));
        let r = check("![DEKORATIV](streg.png) ![*Fed* & `kode`](x.png)\n").unwrap();
        assert_eq!(
            r.html,
            "<p><img src=\"streg.png\" alt=\"\" /> <img src=\"x.png\" alt=\"Fed &amp; kode\" /></p>\n"
        );
        // Same bytes as pulldown-cmark for an ordinary image inside a link.
        let r = check("[![Logo \"A\"](<a b.png> 'T')](https://x.dk)\n").unwrap();
        assert_eq!(
            r.html,
            "<p><a rel=\"external\" href=\"https://x.dk\"><img src=\"a%20b.png\" alt=\"Logo &quot;A&quot;\" title=\"T\" /></a></p>\n"
        );
    }

    #[test]
    fn ordinary_images_are_byte_identical_to_pulldown_cmark() {
        for md in [
            "![Logo \"A\" & 'B'](<a b/ø.png> \"T & 'x'\")\n",
            "Se ![En *rød* prik](dot.txt?x=1&y='2') her.\n",
            "![linje\nto](a.png)\n",
        ] {
            let mut want = String::new();
            html::push_html(
                &mut want,
                Parser::new_ext(md, options(&MarkdownConfig::default())),
            );
            assert_eq!(check(md).unwrap().html, want, "{md}");
        }
    }

    #[test]
    fn code_blocks_keep_structure_without_highlighting() {
        let r = check("```toml\na = \"<b>\"\n```\n\n    indrykket\n").unwrap();
        assert_eq!(
            r.html,
            "<pre tabindex=\"0\" data-lang=\"toml\"><code class=\"language-toml\" data-lang=\"toml\">a = \"&lt;b&gt;\"\n</code></pre>\n<pre tabindex=\"0\"><code>indrykket\n</code></pre>\n"
        );
        // As Zola: fenced code is not counted.
        assert_eq!(r.word_count, 1);
    }

    fn guarded(body: &str, policy: HtmlPolicy) -> Result<Rendered, Vec<Diagnostic>> {
        let cfg = MarkdownConfig::default();
        let links = HashMap::new();
        let ctx = Context {
            config: &cfg,
            permalinks: &links,
            permalink: "https://x.dk/b/",
            path: Path::new("content/b.md"),
            file_src: body,
            body_offset: 0,
            html: policy,
            anchors: None,
            cutoff: None,
        };
        render(body, &ctx)
    }

    #[test]
    fn unsafe_html_is_an_error_at_its_line_and_column() {
        let body = "Tekst\n\n> <div\n> title=\"a\">\n>  <script>x</script>\n\nSe [her](javascript:alert(1)) og <b onclick=x>y</b>.\n\n## Titel {onclick=x}\n\n![Prik](data:image/png;base64,AA) [fil](data:text/html,x)\n";
        let e = check(body).unwrap_err();
        let got: Vec<(usize, usize, &str)> = e
            .iter()
            .map(|d| (d.line, d.col, d.message.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (5, 4, "a <script> tag is not allowed in page text"),
                (
                    7,
                    10,
                    "this address runs script: `javascript:` addresses are not allowed"
                ),
                (
                    7,
                    37,
                    "the HTML attribute `onclick` runs script and is not allowed"
                ),
                (
                    9,
                    11,
                    "the HTML attribute `onclick` runs script and is not allowed"
                ),
                (
                    11,
                    41,
                    "this address is a `data:` address, which is allowed only for images"
                ),
            ]
        );
        assert!(e.iter().all(Diagnostic::is_error));
        assert_eq!(e[1].found.as_deref(), Some("`javascript:alert(1)`"));
        assert_eq!(e[3].found.as_deref(), Some("`onclick=\"x\"`"));
    }

    #[test]
    fn unsafe_html_on_a_draft_is_a_warning_and_allow_raw_html_turns_it_off() {
        let body = "<script>alert(1)</script>\n\n<iframe src=\"https://evil.example/\"></iframe>\n";
        let draft = HtmlPolicy {
            draft: true,
            ..HtmlPolicy::default()
        };
        let r = guarded(body, draft).unwrap();
        assert_eq!(r.warnings.len(), 2);
        assert_eq!((r.warnings[1].line, r.warnings[1].col), (3, 14));
        assert_eq!(
            r.warnings[1].message,
            "this <iframe> shows a page from `evil.example`, which is not an allowed video host (the preview shows the page without it)"
        );
        // The preview shows the sanitized page.
        assert!(
            !r.html.contains("<script") && !r.html.contains("evil"),
            "{}",
            r.html
        );
        let off = HtmlPolicy {
            check: false,
            ..HtmlPolicy::default()
        };
        let r = guarded(body, off).unwrap();
        assert!(r.warnings.is_empty());
        let hosts = vec!["evil.example".to_string()];
        let e = guarded(
            body,
            HtmlPolicy {
                video_hosts: &hosts,
                ..HtmlPolicy::default()
            },
        )
        .unwrap_err();
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn safe_html_and_code_are_left_alone() {
        let r = check("<div class=\"boks\">\n\n**Fed**\n\n</div>\n\n```html\n<script>x</script>\n```\n\n`<b onclick=x>` og ![x](<javascript:x>)\n");
        let e = r.unwrap_err();
        // Only the image address; code is text.
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].line, e[0].col), (11, 26));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slugify("Sammenhængskraft og lokale særpræg"),
            "sammenhaengskraft-og-lokale-saerpraeg"
        );
        assert_eq!(
            slugify("Hvilken viden står vi på nu?"),
            "hvilken-viden-star-vi-pa-nu"
        );
        assert_eq!(slugify("???"), "afsnit");
    }
}
