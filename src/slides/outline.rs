//! A problem's `slides.md` → [`Outline`]: the slides as staff wrote them.
//!
//! The format is plain Markdown, no front matter:
//!
//! ```markdown
//! ## Involvering og mobilisering          ← a level-2 heading starts a slide
//!
//! Vi har fået input fra en bred kreds, herunder:   ← paragraph before the bullets: lead
//!
//! - Aktører i boligsektoren                ← bullets (`-`, `*` or `+`)
//!   - an indented bullet is a sub-bullet
//!
//! Vi ønsker særligt at få flere til …     ← paragraph after the bullets: closing line
//! ```
//!
//! Parsing never fails: the outline holds what could be read, and the diagnostics say
//! what is wrong with the file as a whole (empty, front matter, text before the first
//! `##`, no slides). Anything a slide may not hold (images, tables, `#`/`###` headings,
//! code blocks, quotes, HTML, `---` lines, numbered lists, extra paragraphs or lists)
//! is kept in [`Slide::extras`] with its place; whether it is allowed is the
//! validator's job, since it depends on the template's layout.
//!
//! Every slide, bullet and text line keeps its 1-based line and column (from
//! pulldown-cmark's offset iterator), so diagnostics point at the right line.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use super::count_words;
use crate::diag::Diagnostic;

/// All slides of one `slides.md`, in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Outline {
    pub slides: Vec<Slide>,
}

/// One slide: a `## ` heading and everything up to the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Slide {
    /// 1-based position in the file.
    pub number: usize,
    /// The heading's text (Markdown markers removed, whitespace collapsed).
    pub heading: String,
    /// Line and column of the `##`.
    pub line: usize,
    pub col: usize,
    /// The paragraph before the bullets.
    pub lead: Option<TextBlock>,
    /// The (first) bullet list.
    pub bullets: Vec<Bullet>,
    /// The paragraph after the bullets.
    pub closing: Option<TextBlock>,
    /// Words on the slide: lead, all bullets at every depth, closing (not the heading).
    pub words: usize,
    /// Bullets on the slide at every depth.
    pub bullet_count: usize,
    /// Elements a slide layout does not provide for, in file order.
    #[serde(skip)]
    pub extras: Vec<Extra>,
}

/// A lead or closing paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextBlock {
    /// Plain text, whitespace collapsed.
    pub text: String,
    /// The same text as inline HTML (emphasis, links, inline code kept; escaped).
    pub html: String,
    pub line: usize,
    pub col: usize,
    pub words: usize,
}

/// One bullet and its sub-bullets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bullet {
    /// Plain text of the bullet itself (not its sub-bullets), whitespace collapsed.
    pub text: String,
    /// The same text as inline HTML (emphasis, links, inline code kept; escaped).
    pub html: String,
    /// Line and column of the bullet marker.
    pub line: usize,
    pub col: usize,
    /// Words in [`Bullet::text`].
    pub words: usize,
    /// 0 for a top-level bullet, 1 for a sub-bullet, …
    pub depth: usize,
    pub children: Vec<Bullet>,
}

/// Something in a slide that no layout provides for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    pub kind: ExtraKind,
    pub line: usize,
    pub col: usize,
    /// A short quote of the element's text, for "found:" (may be empty).
    pub text: String,
}

/// The kinds of [`Extra`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtraKind {
    Image,
    Table,
    /// A heading other than `##` (the level: 1 for `#`, 3 for `###`, …).
    Heading(u8),
    CodeBlock,
    BlockQuote,
    Html,
    /// A `---` / `***` separator line.
    Rule,
    /// A list with numbers (`1.`) instead of bullets; its items are still read as bullets.
    NumberedList,
    /// A paragraph beyond the one lead and the one closing line.
    ExtraParagraph,
    /// A second bullet list on the same slide (its bullets are not read).
    ExtraList,
    /// Any other Markdown block.
    Other,
}

type Ev<'a> = (Event<'a>, Range<usize>);

impl Outline {
    /// Parse `src` (the text of `path`, as shown to users). Never fails; the
    /// diagnostics concern the file as a whole.
    pub fn parse(path: &Path, src: &str) -> (Outline, Vec<Diagnostic>) {
        let _index = LineIndexGuard::new(src);
        let mut diags = Vec::new();
        let mut start = if src.starts_with('\u{feff}') { 3 } else { 0 };

        if src[start..].trim().is_empty() {
            diags.push(
                Diagnostic::error(path, crate::t!("outline-empty"))
                    .expected(crate::t!("outline-empty-expected"))
                    .found(crate::t!("outline-empty-found"))
                    .hint(crate::t!("outline-empty-hint")),
            );
            return (Outline::default(), diags);
        }

        if let Some((body, d)) = front_matter(path, src, start) {
            diags.push(d);
            start = body;
        }

        let body = src.get(start..).unwrap_or("");
        let events: Vec<Ev> =
            Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH)
                .into_offset_iter()
                .map(|(e, r)| (e, r.start + start..r.end + start))
                .collect();

        let mut slides: Vec<SlideBuilder> = Vec::new();
        // the first block before the first `##`: (offset, is a `#` heading, its text)
        let mut before: Option<(usize, bool, String)> = None;
        let mut i = 0;
        while i < events.len() {
            let end = block_end(&events, i);
            let block = events.get(i..=end).unwrap_or(&[]);
            if let Some((Event::Start(Tag::Heading { level, .. }), range)) = block.first() {
                if *level == HeadingLevel::H2 {
                    let inner = block.get(1..block.len().saturating_sub(1)).unwrap_or(&[]);
                    let inl = inline(inner.iter(), src);
                    let (line, col) = line_col(src, range.start);
                    let mut s = SlideBuilder::new(slides.len() + 1, inl.text, line, col);
                    s.extras.extend(inl.extras);
                    slides.push(s);
                    i = end + 1;
                    continue;
                }
            }
            match slides.last_mut() {
                Some(s) => s.add_block(block, src),
                None => {
                    if before.is_none() {
                        if let Some((ev, range)) = block.first() {
                            let is_h1 = matches!(
                                ev,
                                Event::Start(Tag::Heading {
                                    level: HeadingLevel::H1,
                                    ..
                                })
                            );
                            before = Some((range.start, is_h1, first_line(src, range.clone())));
                        }
                    }
                }
            }
            i = end + 1;
        }

        if slides.is_empty() {
            let offset = before.as_ref().map_or(start, |b| b.0);
            diags.push(
                Diagnostic::error(path, crate::t!("outline-no-slides"))
                    .at_offset(src, offset)
                    .expected(crate::t!("outline-no-slides-expected"))
                    .found(match &before {
                        Some((_, _, t)) => format!("\"{t}\""),
                        None => crate::t!("outline-no-slides-found"),
                    })
                    .hint(crate::t!("outline-no-slides-hint")),
            );
        } else if let Some((offset, is_h1, text)) = before {
            let d = if is_h1 {
                Diagnostic::error(path, crate::t!("outline-h1"))
                    .expected(crate::t!("outline-h1-expected"))
                    .found(format!("\"{text}\""))
                    .hint(crate::t!("outline-h1-hint"))
            } else {
                Diagnostic::error(path, crate::t!("outline-text-before"))
                    .expected(crate::t!("outline-text-before-expected"))
                    .found(format!("\"{text}\""))
                    .hint(crate::t!("outline-text-before-hint"))
            };
            diags.push(d.at_offset(src, offset));
        }

        let slides = slides.into_iter().map(SlideBuilder::finish).collect();
        (Outline { slides }, diags)
    }

    /// Number of slides.
    pub fn len(&self) -> usize {
        self.slides.len()
    }

    /// True when the file has no slides.
    pub fn is_empty(&self) -> bool {
        self.slides.is_empty()
    }
}

/// If the file starts with front matter (`+++` or `---` fenced, at the top), the
/// offset where the Markdown after it starts and the diagnostic for it.
fn front_matter(path: &Path, src: &str, start: usize) -> Option<(usize, Diagnostic)> {
    let mut offset = start;
    let mut lines = src.get(start..)?.split_inclusive('\n');
    // first non-blank line
    let (fence_offset, fence) = loop {
        let line = lines.next()?;
        let here = offset;
        offset += line.len();
        if !line.trim().is_empty() {
            break (here, line.trim());
        }
    };
    if fence != "+++" && fence != "---" {
        return None;
    }
    for line in lines {
        let here = offset;
        offset += line.len();
        let t = line.trim();
        if t == fence {
            let (first, _) = line_col(src, fence_offset);
            let (last, _) = line_col(src, here);
            let d = Diagnostic::error(path, crate::t!("outline-front-matter"))
                .at_offset(src, fence_offset)
                .expected(crate::t!("outline-front-matter-expected"))
                .found(crate::t!(
                    "outline-front-matter-found",
                    fence = fence,
                    first = first,
                    last = last
                ))
                .hint(crate::t!(
                    "outline-front-matter-hint",
                    first = first,
                    last = last
                ));
            return Some((offset, d));
        }
        if t.starts_with("## ") {
            // a `---` line followed by slides: a separator, not front matter
            return None;
        }
    }
    None
}

/// Index of the event that ends the block starting at `i` (`i` itself for a leaf).
fn block_end(events: &[Ev], i: usize) -> usize {
    if !matches!(events.get(i), Some((Event::Start(_), _))) {
        return i;
    }
    let mut depth = 0usize;
    for (j, (e, _)) in events.iter().enumerate().skip(i) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// The first line of the source text in `range`, trimmed and shortened for quoting.
fn first_line(src: &str, range: Range<usize>) -> String {
    let text = src.get(range).unwrap_or("");
    shorten(text.lines().next().unwrap_or("").trim())
}

/// `s` cut to at most 60 characters, with "…" when cut.
pub(crate) fn shorten(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        let cut: String = s.chars().take(59).collect();
        format!("{}…", cut.trim_end())
    }
}

struct Inline {
    text: String,
    html: String,
    extras: Vec<Extra>,
}

/// Plain text, inline HTML and disallowed elements (images, raw HTML) of inline events.
fn inline<'a, 'e: 'a>(events: impl Iterator<Item = &'a Ev<'e>>, src: &str) -> Inline {
    let mut text = String::new();
    let mut kept: Vec<Event> = Vec::new();
    let mut extras = Vec::new();
    let mut skip = 0usize;
    let mut unsafe_link = false;
    for (ev, range) in events {
        if skip > 0 {
            match ev {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                _ => {}
            }
            continue;
        }
        match ev {
            Event::Start(Tag::Image { .. }) => {
                extras.push(extra(ExtraKind::Image, src, range.clone()));
                skip = 1;
                continue;
            }
            Event::InlineHtml(_) | Event::Html(_) => {
                extras.push(extra(ExtraKind::Html, src, range.clone()));
                continue;
            }
            // A link to `javascript:` and the like is reported and not kept (its
            // text stays).
            Event::Start(Tag::Link { dest_url, .. })
                if crate::markdown::html_guard::check_link(dest_url).is_some() =>
            {
                extras.push(extra(ExtraKind::Html, src, range.clone()));
                unsafe_link = true;
                continue;
            }
            Event::End(TagEnd::Link) if unsafe_link => {
                unsafe_link = false;
                continue;
            }
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
        kept.push(ev.clone());
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, kept.into_iter());
    Inline {
        text: text.split_whitespace().collect::<Vec<_>>().join(" "),
        html: html.trim().to_string(),
        extras,
    }
}

fn extra(kind: ExtraKind, src: &str, range: Range<usize>) -> Extra {
    let (line, col) = line_col(src, range.start);
    Extra {
        kind,
        line,
        col,
        text: first_line(src, range),
    }
}

struct SlideBuilder {
    number: usize,
    heading: String,
    line: usize,
    col: usize,
    lead: Option<TextBlock>,
    bullets: Option<Vec<Bullet>>,
    closing: Option<TextBlock>,
    extras: Vec<Extra>,
}

impl SlideBuilder {
    fn new(number: usize, heading: String, line: usize, col: usize) -> Self {
        SlideBuilder {
            number,
            heading,
            line,
            col,
            lead: None,
            bullets: None,
            closing: None,
            extras: Vec::new(),
        }
    }

    /// Add one top-level block (`block` runs from its Start to its End event).
    fn add_block(&mut self, block: &[Ev], src: &str) {
        let Some((first, range)) = block.first() else {
            return;
        };
        let kind = match first {
            Event::Start(Tag::Paragraph) => {
                let inner = block.get(1..block.len().saturating_sub(1)).unwrap_or(&[]);
                let inl = inline(inner.iter(), src);
                self.extras.extend(inl.extras);
                if inl.text.is_empty() {
                    // only an image or HTML: already reported as such
                    return;
                }
                let (line, col) = line_col(src, range.start);
                let tb = TextBlock {
                    words: count_words(&inl.text),
                    text: inl.text,
                    html: inl.html,
                    line,
                    col,
                };
                let slot = if self.bullets.is_none() {
                    &mut self.lead
                } else {
                    &mut self.closing
                };
                if slot.is_none() {
                    *slot = Some(tb);
                    return;
                }
                ExtraKind::ExtraParagraph
            }
            Event::Start(Tag::List(start)) => {
                if self.bullets.is_some() {
                    ExtraKind::ExtraList
                } else {
                    if start.is_some() {
                        self.extras
                            .push(extra(ExtraKind::NumberedList, src, range.clone()));
                    }
                    let mut extras = Vec::new();
                    self.bullets = Some(parse_list(block, 0, src, &mut extras));
                    self.extras.extend(extras);
                    return;
                }
            }
            Event::Start(Tag::Heading { level, .. }) => ExtraKind::Heading(*level as u8),
            Event::Start(Tag::CodeBlock(_)) => ExtraKind::CodeBlock,
            Event::Start(Tag::BlockQuote(_)) => ExtraKind::BlockQuote,
            Event::Start(Tag::HtmlBlock) | Event::Html(_) | Event::InlineHtml(_) => ExtraKind::Html,
            Event::Start(Tag::Table(_)) => ExtraKind::Table,
            Event::Rule => ExtraKind::Rule,
            _ => ExtraKind::Other,
        };
        self.extras.push(extra(kind, src, range.clone()));
    }

    fn finish(self) -> Slide {
        let bullets = self.bullets.unwrap_or_default();
        fn walk(bs: &[Bullet], words: &mut usize, count: &mut usize) {
            for b in bs {
                *words += b.words;
                *count += 1;
                walk(&b.children, words, count);
            }
        }
        let mut words = self.lead.as_ref().map_or(0, |t| t.words)
            + self.closing.as_ref().map_or(0, |t| t.words);
        let mut bullet_count = 0;
        walk(&bullets, &mut words, &mut bullet_count);
        let mut extras = self.extras;
        extras.sort_by_key(|e| (e.line, e.col));
        Slide {
            number: self.number,
            heading: self.heading,
            line: self.line,
            col: self.col,
            lead: self.lead,
            bullets,
            closing: self.closing,
            words,
            bullet_count,
            extras,
        }
    }
}

/// The items of a list block (from `Start(List)` to `End(List)`).
fn parse_list(list: &[Ev], depth: usize, src: &str, extras: &mut Vec<Extra>) -> Vec<Bullet> {
    let mut items = Vec::new();
    let mut j = 1;
    while j + 1 < list.len() {
        let end = block_end(list, j);
        if let Some((Event::Start(Tag::Item), _)) = list.get(j) {
            items.push(parse_item(
                list.get(j..=end).unwrap_or(&[]),
                depth,
                src,
                extras,
            ));
        }
        j = end + 1;
    }
    items
}

/// One item (from `Start(Item)` to `End(Item)`): its own text and its sub-lists.
fn parse_item(item: &[Ev], depth: usize, src: &str, extras: &mut Vec<Extra>) -> Bullet {
    let start = item.first().map_or(0, |(_, r)| r.start);
    let mut own: Vec<&Ev> = Vec::new();
    let mut children = Vec::new();
    let mut k = 1;
    while k + 1 < item.len() {
        let end = block_end(item, k);
        let block = item.get(k..=end).unwrap_or(&[]);
        match block.first() {
            Some((Event::Start(Tag::Paragraph), _)) => {
                if !own.is_empty() {
                    own.push(&SPACE);
                }
                own.extend(block.iter().skip(1).take(block.len().saturating_sub(2)));
            }
            Some((Event::Start(Tag::List(n)), range)) => {
                if n.is_some() {
                    extras.push(extra(ExtraKind::NumberedList, src, range.clone()));
                }
                children.extend(parse_list(block, depth + 1, src, extras));
            }
            Some((Event::Start(tag), range)) if is_block(tag) => {
                let kind = match tag {
                    Tag::Heading { level, .. } => ExtraKind::Heading(*level as u8),
                    Tag::CodeBlock(_) => ExtraKind::CodeBlock,
                    Tag::BlockQuote(_) => ExtraKind::BlockQuote,
                    Tag::HtmlBlock => ExtraKind::Html,
                    Tag::Table(_) => ExtraKind::Table,
                    _ => ExtraKind::Other,
                };
                extras.push(extra(kind, src, range.clone()));
            }
            Some((Event::Rule, range)) => extras.push(extra(ExtraKind::Rule, src, range.clone())),
            Some(_) => own.extend(block.iter()),
            None => {}
        }
        k = end + 1;
    }
    let inl = inline(own.into_iter(), src);
    extras.extend(inl.extras);
    let (line, col) = line_col(src, start);
    Bullet {
        words: count_words(&inl.text),
        text: inl.text,
        html: inl.html,
        line,
        col,
        depth,
        children,
    }
}

/// A space between two paragraphs of one bullet.
static SPACE: Ev<'static> = (Event::SoftBreak, 0..0);

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> (Outline, Vec<Diagnostic>) {
        Outline::parse(Path::new("content/p/slides.md"), src)
    }

    fn diag_lines(d: &[Diagnostic]) -> Vec<(usize, usize, &str)> {
        d.iter()
            .map(|d| (d.line, d.col, d.message.as_str()))
            .collect()
    }

    #[test]
    fn slide_parts_with_lines() {
        let src = "## Involvering og mobilisering\n\
                   \n\
                   Vi har fået input fra en *bred* kreds, herunder:\n\
                   - Aktører i boligsektoren,\n  f.eks. A. Enggaard\n\
                   - Forskere\n\
                   \x20 - Build på AAU\n\
                   \n\
                   Vi ønsker særligt at få flere til at tage ejerskab\n\
                   \n\
                   ## Næste\n";
        let (o, d) = parse(src);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(o.slides.len(), 2);
        let s = &o.slides[0];
        assert_eq!(
            (s.number, s.heading.as_str(), s.line, s.col),
            (1, "Involvering og mobilisering", 1, 1)
        );
        let lead = s.lead.as_ref().unwrap();
        assert_eq!(lead.text, "Vi har fået input fra en bred kreds, herunder:");
        assert_eq!(
            lead.html,
            "Vi har fået input fra en <em>bred</em> kreds, herunder:"
        );
        assert_eq!((lead.line, lead.words), (3, 9));
        assert_eq!(s.bullets.len(), 2);
        assert_eq!(
            s.bullets[0].text,
            "Aktører i boligsektoren, f.eks. A. Enggaard"
        );
        assert_eq!(
            (s.bullets[0].line, s.bullets[0].col, s.bullets[0].words),
            (4, 1, 6)
        );
        assert_eq!(s.bullets[1].children.len(), 1);
        let sub = &s.bullets[1].children[0];
        assert_eq!(
            (sub.text.as_str(), sub.line, sub.col, sub.depth),
            ("Build på AAU", 7, 3, 1)
        );
        let closing = s.closing.as_ref().unwrap();
        assert_eq!((closing.line, closing.words), (9, 10));
        assert_eq!(s.bullet_count, 3);
        assert_eq!(s.words, 9 + 6 + 1 + 3 + 10);
        assert!(s.extras.is_empty());
        let n = &o.slides[1];
        assert_eq!(
            (n.number, n.line, n.lead.is_none(), n.bullets.is_empty()),
            (2, 11, true, true)
        );
    }

    #[test]
    fn heading_markup_and_quotes_are_plain_text() {
        let (o, _) = parse("##   Problemet *’Blandede Bydele’*   ##\n");
        assert_eq!(o.slides[0].heading, "Problemet ’Blandede Bydele’");
    }

    #[test]
    fn bullet_html_is_escaped_and_tight() {
        let (o, _) = parse("## A\n\n- a < b & **c** `d`\n");
        assert_eq!(
            o.slides[0].bullets[0].html,
            "a &lt; b &amp; <strong>c</strong> <code>d</code>"
        );
        assert_eq!(o.slides[0].bullets[0].text, "a < b & c d");
    }

    #[test]
    fn empty_file() {
        for src in ["", " \n\n\t\n", "\u{feff}\n"] {
            let (o, d) = parse(src);
            assert!(o.slides.is_empty());
            assert_eq!(
                diag_lines(&d),
                vec![(0, 0, "slides.md is empty")],
                "{src:?}"
            );
        }
    }

    #[test]
    fn front_matter_is_reported_and_skipped() {
        let (o, d) = parse("+++\ntitle = \"x\"\n+++\n## A\n\n- a\n");
        assert_eq!(
            diag_lines(&d),
            vec![(1, 1, "slides.md must not start with front matter")]
        );
        assert_eq!(
            d[0].found.as_deref(),
            Some("front matter between +++ lines (lines 1–3)")
        );
        assert_eq!(o.slides.len(), 1);
        assert_eq!(o.slides[0].line, 4);

        let (o, d) = parse("\n---\ntitle: x\n---\n\n## A\n");
        assert_eq!(
            diag_lines(&d),
            vec![(2, 1, "slides.md must not start with front matter")]
        );
        assert_eq!(d[0].hint.as_deref(), Some("delete lines 2 to 4: the problem's title and settings belong in its index.md, and slides.md holds only the slides"));
        assert_eq!(o.slides[0].line, 6);
    }

    #[test]
    fn separator_lines_are_not_front_matter() {
        let (o, d) = parse("---\n## A\n\n- a\n\n---\n## B\n");
        assert_eq!(o.slides.len(), 2);
        // the first `---` is text before the first slide, the second an extra in slide A
        assert_eq!(
            diag_lines(&d),
            vec![(1, 1, "there is text before the first slide's heading")]
        );
        assert_eq!(o.slides[0].extras.len(), 1);
        assert_eq!(
            (o.slides[0].extras[0].kind, o.slides[0].extras[0].line),
            (ExtraKind::Rule, 6)
        );
    }

    #[test]
    fn text_before_first_slide() {
        let (o, d) = parse("Noter til slides\n\nmere\n\n## A\n");
        assert_eq!(o.slides.len(), 1);
        assert_eq!(
            diag_lines(&d),
            vec![(1, 1, "there is text before the first slide's heading")]
        );
        assert_eq!(d[0].found.as_deref(), Some("\"Noter til slides\""));

        let (_, d) = parse("\n# Blandede Bydele og Integration\n\n## Forslag\n");
        assert_eq!(
            diag_lines(&d),
            vec![(2, 1, "a \"# \" heading comes before the first slide")]
        );
        assert_eq!(
            d[0].found.as_deref(),
            Some("\"# Blandede Bydele og Integration\"")
        );
    }

    #[test]
    fn no_slide_headings_at_all() {
        let (o, d) = parse("# Titel\n\n- a\n");
        assert!(o.slides.is_empty());
        assert_eq!(
            diag_lines(&d),
            vec![(1, 1, "slides.md has no slides: no line starts with \"## \"")]
        );
        // front matter only
        let (_, d) = parse("+++\ntitle = \"x\"\n+++\n");
        assert_eq!(
            diag_lines(&d),
            vec![
                (1, 1, "slides.md must not start with front matter"),
                (4, 1, "slides.md has no slides: no line starts with \"## \"")
            ]
        );
    }

    #[test]
    fn extras_are_recorded_with_kind_and_line() {
        let src = "## A\n\
                   ![foto](a.png)\n\
                   \n\
                   | a | b |\n|---|---|\n| 1 | 2 |\n\
                   \n\
                   ### Under\n\
                   \n\
                   # Stor\n\
                   \n\
                   ```\nkode\n```\n\
                   \n\
                   > citat\n\
                   \n\
                   <div>x</div>\n\
                   \n\
                   1. et\n2. to\n\
                   \n\
                   efter\n\
                   \n\
                   igen\n\
                   \n\
                   - ny liste\n\
                   \n\
                   ***\n";
        let (o, d) = parse(src);
        assert!(d.is_empty(), "{d:?}");
        let s = &o.slides[0];
        let got: Vec<(ExtraKind, usize)> = s.extras.iter().map(|e| (e.kind, e.line)).collect();
        assert_eq!(
            got,
            vec![
                (ExtraKind::Image, 2),
                (ExtraKind::Table, 4),
                (ExtraKind::Heading(3), 8),
                (ExtraKind::Heading(1), 10),
                (ExtraKind::CodeBlock, 12),
                (ExtraKind::BlockQuote, 16),
                (ExtraKind::Html, 18),
                (ExtraKind::NumberedList, 20),
                (ExtraKind::ExtraParagraph, 25),
                (ExtraKind::ExtraList, 27),
                (ExtraKind::Rule, 29),
            ]
        );
        // the numbered list is still read as the bullets; "efter" is the closing line
        assert_eq!(s.bullets.len(), 2);
        assert_eq!(s.closing.as_ref().unwrap().text, "efter");
        assert!(s.lead.is_none());
        assert_eq!(s.extras[0].text, "![foto](a.png)");
    }

    #[test]
    fn extras_inside_bullets() {
        let (o, _) = parse("## A\n\n- tekst ![x](y.png) mere\n- b\n\n      kode\n- c <b>fed</b>\n");
        let s = &o.slides[0];
        let got: Vec<(ExtraKind, usize, usize)> =
            s.extras.iter().map(|e| (e.kind, e.line, e.col)).collect();
        assert_eq!(
            got,
            vec![
                (ExtraKind::Image, 3, 9),
                (ExtraKind::CodeBlock, 6, 7),
                (ExtraKind::Html, 7, 5),
                (ExtraKind::Html, 7, 11)
            ]
        );
        assert_eq!(s.bullets[0].text, "tekst mere");
        assert_eq!(s.bullets[2].text, "c fed");
    }

    #[test]
    fn lazy_continuation_joins_the_closing_line_to_the_last_bullet() {
        // CommonMark: an unindented line right after a bullet continues that bullet
        let (o, _) = parse("## A\n\nlead\n- a\nslut\n");
        let s = &o.slides[0];
        assert_eq!(s.bullets[0].text, "a slut");
        assert!(s.closing.is_none());
    }

    #[test]
    fn crlf_and_bom() {
        let (o, d) = parse("\u{feff}## A\r\n\r\n- a\r\n- b\r\n\r\n## B\r\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(o.slides[0].heading, "A");
        assert_eq!(o.slides[0].bullets[1].line, 4);
        assert_eq!(o.slides[1].line, 6);
    }

    #[test]
    fn serializes_for_templates() {
        let (o, _) = parse("## A\n\nlead\n\n- a\n  - b\n\nslut\n");
        let v = serde_json::to_value(&o).unwrap();
        assert_eq!(v["slides"][0]["heading"], "A");
        assert_eq!(v["slides"][0]["line"], 1);
        assert_eq!(v["slides"][0]["lead"]["text"], "lead");
        assert_eq!(v["slides"][0]["bullets"][0]["children"][0]["text"], "b");
        assert_eq!(v["slides"][0]["closing"]["text"], "slut");
        assert_eq!(v["slides"][0]["words"], 4);
        assert!(v["slides"][0].get("extras").is_none());
    }
}

thread_local! {
    /// Line starts of the text `Outline::parse` is working on (address, starts), so
    /// positions are found by binary search: a file with 10,000 slides is one pass.
    static LINE_INDEX: std::cell::RefCell<Option<(usize, Vec<usize>)>> = const { std::cell::RefCell::new(None) };
}

/// Sets the line index for one parse and clears it when the parse ends.
struct LineIndexGuard;

impl LineIndexGuard {
    fn new(src: &str) -> LineIndexGuard {
        let starts = std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LINE_INDEX.with(|i| *i.borrow_mut() = Some((src.as_ptr() as usize, starts)));
        LineIndexGuard
    }
}

impl Drop for LineIndexGuard {
    fn drop(&mut self) {
        LINE_INDEX.with(|i| *i.borrow_mut() = None);
    }
}

/// 1-based (line, column) of a byte offset, as `diag::line_col`, using the line
/// index of the current parse when it is for this text.
fn line_col(src: &str, offset: usize) -> (usize, usize) {
    LINE_INDEX.with(|i| match &*i.borrow() {
        Some((addr, starts)) if *addr == src.as_ptr() as usize => {
            let mut offset = offset.min(src.len());
            while !src.is_char_boundary(offset) {
                offset -= 1;
            }
            let line = starts.partition_point(|&s| s <= offset);
            let start = starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
            (
                line,
                src.get(start..offset).map_or(0, |t| t.chars().count()) + 1,
            )
        }
        _ => crate::diag::line_col(src, offset),
    })
}
