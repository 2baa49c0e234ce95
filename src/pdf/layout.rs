//! Page layout for the PDFs: the slide master, the violations page and the poster,
//! built from tagged lines of text, artifact rectangles and a QR code.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, ListNumbering, SpanTag, Tag, TagGroup, TagTree,
};
use krilla::text::{Font, TextDirection};
use krilla::Document;

use super::{DeckInput, PosterInput, DRAFT_MARK};
use crate::share_image::{text_width, wrap_words, BOLD, REGULAR};
use crate::slides::DeckSlide;

/// Page sizes in points (width, height).
pub const A4_LANDSCAPE: (f32, f32) = (842.0, 595.0);
pub const A4_PORTRAIT: (f32, f32) = (595.0, 842.0);

type Rgb = (u8, u8, u8);
const BLUE: Rgb = (0x00, 0x3b, 0x6f);
const WHITE: Rgb = (0xff, 0xff, 0xff);
const INK: Rgb = (0x1b, 0x1b, 0x1b);
const RED: Rgb = (0x8a, 0x1c, 0x1c);
const MARGIN: f32 = 50.0;
const BAND: f32 = 46.0;

/// Body text size for a slide's fill step (see `slides::FILLS`).
fn body_size(fill: &str) -> f32 {
    match fill {
        "luftig" => 24.0,
        "aaben" => 21.0,
        "middel" => 19.0,
        "taet" => 17.0,
        _ => 15.0,
    }
}

/// One typeface in both weights, for drawing.
struct Fonts {
    bold: Font,
    regular: Font,
}

/// A text style: weight, size and colour.
#[derive(Clone, Copy)]
struct Style {
    bold: bool,
    size: f32,
    color: Rgb,
}

/// A document being written: pages, the tag tree in reading order, the outline.
pub struct Writer {
    doc: Document,
    tree: TagTree,
    outline: Outline,
    fonts: Fonts,
    pages: usize,
}

impl Writer {
    pub fn new(doc: Document) -> Option<Writer> {
        let fonts = Fonts {
            bold: Font::new(BOLD.to_vec().into(), 0)?,
            regular: Font::new(REGULAR.to_vec().into(), 0)?,
        };
        Some(Writer {
            doc,
            tree: TagTree::new(),
            outline: Outline::new(),
            fonts,
            pages: 0,
        })
    }

    pub fn finish(mut self) -> Option<Vec<u8>> {
        self.doc.set_tag_tree(self.tree);
        self.doc.set_outline(self.outline);
        self.doc.finish().ok()
    }

    /// Start a page with its outline entry; `draw` fills it and returns the page's
    /// tag groups in reading order.
    fn page(
        &mut self,
        size: (f32, f32),
        outline_title: &str,
        draw: impl FnOnce(&mut Surface, &Fonts) -> Vec<TagGroup>,
    ) {
        let Some(settings) = PageSettings::from_wh(size.0, size.1) else {
            return;
        };
        let mut page = self.doc.start_page_with(settings);
        let mut s = page.surface();
        let groups = draw(&mut s, &self.fonts);
        s.finish();
        page.finish();
        let mut section = TagGroup::new(Tag::Section);
        for g in groups {
            section.push(g);
        }
        self.tree.push(section);
        self.outline.push_child(OutlineNode::new(
            outline_title.to_string(),
            XyzDestination::new(self.pages, Point::from_xy(0.0, 0.0)),
        ));
        self.pages += 1;
    }

    /// One slide on the master: heading, text, footer band.
    pub fn slide_page(&mut self, input: &DeckInput, slide: &DeckSlide) {
        let total = input.slides.len();
        self.page(A4_LANDSCAPE, &slide.slide.heading, |s, f| {
            let (w, h) = A4_LANDSCAPE;
            let title_slide = slide.layout == "title";
            if title_slide {
                rect(s, 0.0, 0.0, w, h, BLUE);
            }
            let mut groups = Vec::new();
            if input.draft {
                groups.push(draft_mark(s, f, w - MARGIN, 34.0, title_slide));
            }
            if title_slide {
                slide_title(s, f, input, slide, &mut groups);
            } else {
                slide_body(s, f, slide, &mut groups);
            }
            band(s, f, input, slide.position, total, title_slide);
            groups
        });
    }

    /// The last page of a deck that breaks the template: what to fix.
    pub fn violations_page(&mut self, violations: &[String]) {
        let heading = "Slides passer ikke til skabelonen";
        self.page(A4_LANDSCAPE, heading, |s, f| {
            let max_w = A4_LANDSCAPE.0 - 2.0 * MARGIN;
            let mut groups = Vec::new();
            let style = Style {
                bold: true,
                size: 26.0,
                color: RED,
            };
            let (g, mut y) = heading_group(s, f, 1, heading, style, MARGIN, 52.0, max_w);
            groups.push(g);
            let note = "Før slides kan offentliggøres, skal disse ting rettes:";
            let body = Style {
                bold: false,
                size: 13.0,
                color: INK,
            };
            let (g, ny) = paragraph(s, f, note, body, MARGIN, y + 10.0, max_w, Tag::P);
            groups.push(g);
            y = ny + 6.0;
            let mut list = TagGroup::new(Tag::L(ListNumbering::Disc));
            for v in violations {
                let text = v.lines().next().unwrap_or(v);
                let (item, ny) = list_item(s, f, text, body, MARGIN, y + 4.0, max_w);
                list.push(item);
                y = ny;
                if y > A4_LANDSCAPE.1 - MARGIN {
                    break;
                }
            }
            groups.push(list);
            groups
        });
    }

    /// The A4 poster for the problem's stand.
    pub fn poster_page(&mut self, input: &PosterInput) {
        self.page(A4_PORTRAIT, input.title, |s, f| {
            let (w, _) = A4_PORTRAIT;
            let max_w = w - 2.0 * MARGIN;
            let mut groups = Vec::new();
            rect(s, 0.0, 0.0, w, 70.0, BLUE);
            artifact_text(
                s,
                f,
                Style {
                    bold: true,
                    size: 14.0,
                    color: WHITE,
                },
                MARGIN,
                42.0,
                input.organisation,
            );
            if input.draft {
                groups.push(draft_mark(s, f, w - MARGIN, 42.0, true));
            }
            let title = Style {
                bold: true,
                size: 34.0,
                color: BLUE,
            };
            let (g, mut y) = heading_group(s, f, 1, input.title, title, MARGIN, 105.0, max_w);
            groups.push(g);
            let body = Style {
                bold: false,
                size: 16.0,
                color: INK,
            };
            if let Some(lead) = input.lead {
                let (g, ny) = paragraph(s, f, lead, body, MARGIN, y + 14.0, max_w, Tag::P);
                groups.push(g);
                y = ny;
            }
            y = poster_contacts(s, f, input, y + 24.0, max_w, &mut groups);
            let qr_size = 190.0;
            if let Some(g) = qr_figure(s, input.url, MARGIN, y + 24.0, qr_size) {
                groups.push(g);
            }
            let small = Style {
                bold: false,
                size: 12.0,
                color: INK,
            };
            let caption = format!("Læs mere: {}", input.url);
            let (g, _) = paragraph(
                s,
                f,
                &caption,
                small,
                MARGIN,
                y + 40.0 + qr_size + 12.0,
                max_w,
                Tag::P,
            );
            groups.push(g);
            groups
        });
    }
}

/// The title slide's title and department, white on blue.
fn slide_title(
    s: &mut Surface,
    f: &Fonts,
    input: &DeckInput,
    slide: &DeckSlide,
    groups: &mut Vec<TagGroup>,
) {
    let max_w = A4_LANDSCAPE.0 - 2.0 * MARGIN;
    let style = Style {
        bold: true,
        size: 44.0,
        color: WHITE,
    };
    let (g, y) = heading_group(s, f, 1, &slide.slide.heading, style, MARGIN, 190.0, max_w);
    groups.push(g);
    if let Some(d) = input.department {
        let sub = Style {
            bold: false,
            size: 22.0,
            color: WHITE,
        };
        let (g, _) = paragraph(s, f, d, sub, MARGIN, y + 20.0, max_w, Tag::P);
        groups.push(g);
    }
}

/// A content slide: its fixed heading, lead, bullets and closing line.
fn slide_body(s: &mut Surface, f: &Fonts, slide: &DeckSlide, groups: &mut Vec<TagGroup>) {
    let max_w = A4_LANDSCAPE.0 - 2.0 * MARGIN;
    let size = body_size(slide.fill);
    let heading = Style {
        bold: true,
        size: 28.0,
        color: BLUE,
    };
    let (g, mut y) = heading_group(s, f, 1, &slide.slide.heading, heading, MARGIN, 52.0, max_w);
    groups.push(g);
    y += size * 0.5;
    let strong = Style {
        bold: true,
        size,
        color: INK,
    };
    let body = Style {
        bold: false,
        size,
        color: INK,
    };
    if let Some(l) = &slide.slide.lead {
        let (g, ny) = paragraph(s, f, &l.text, strong, MARGIN, y, max_w, Tag::P);
        groups.push(g);
        y = ny + size * 0.3;
    }
    if !slide.slide.bullets.is_empty() {
        let mut list = TagGroup::new(Tag::L(ListNumbering::Disc));
        for b in &slide.slide.bullets {
            let (item, ny) = list_item(s, f, &b.text, body, MARGIN, y, max_w);
            list.push(item);
            y = ny + size * 0.25;
            for c in &b.children {
                let (item, ny) = list_item(
                    s,
                    f,
                    &c.text,
                    body,
                    MARGIN + 1.2 * size,
                    y,
                    max_w - 1.2 * size,
                );
                list.push(item);
                y = ny + size * 0.2;
            }
        }
        groups.push(list);
    }
    if let Some(c) = &slide.slide.closing {
        let (g, _) = paragraph(s, f, &c.text, strong, MARGIN, y + size * 0.3, max_w, Tag::P);
        groups.push(g);
    }
}

/// The footer band of the master: organisation, problem and department, n / N.
fn band(s: &mut Surface, f: &Fonts, input: &DeckInput, n: usize, total: usize, title_slide: bool) {
    let (w, h) = A4_LANDSCAPE;
    let top = h - BAND;
    if !title_slide {
        rect(s, 0.0, top, w, BAND, BLUE);
    }
    let style = Style {
        bold: false,
        size: 11.0,
        color: WHITE,
    };
    let base = top + BAND / 2.0 + 4.0;
    artifact_text(
        s,
        f,
        Style {
            bold: true,
            ..style
        },
        MARGIN,
        base,
        input.organisation,
    );
    if !title_slide {
        let who = match input.department {
            Some(d) => format!("{} · {d}", input.title),
            None => input.title.to_string(),
        };
        let x = MARGIN + text_width(true, 11.0, input.organisation) + 24.0;
        artifact_text(s, f, style, x, base, &who);
    }
    let num = format!("{n} / {total}");
    artifact_text(
        s,
        f,
        style,
        w - MARGIN - text_width(false, 11.0, &num),
        base,
        &num,
    );
}

/// The draft mark, right-aligned at `right`, read as a paragraph.
fn draft_mark(s: &mut Surface, f: &Fonts, right: f32, baseline: f32, on_blue: bool) -> TagGroup {
    let style = Style {
        bold: true,
        size: 14.0,
        color: if on_blue { WHITE } else { RED },
    };
    let x = right - text_width(true, 14.0, DRAFT_MARK);
    let mut g = TagGroup::new(Tag::P);
    g.push(span(s, f, style, x, baseline, DRAFT_MARK));
    g
}

/// Name, department and project leaders on the poster.
fn poster_contacts(
    s: &mut Surface,
    f: &Fonts,
    input: &PosterInput,
    mut y: f32,
    max_w: f32,
    groups: &mut Vec<TagGroup>,
) -> f32 {
    let label = Style {
        bold: true,
        size: 14.0,
        color: BLUE,
    };
    let body = Style {
        bold: false,
        size: 14.0,
        color: INK,
    };
    if let Some(d) = input.department {
        let (g, ny) = heading_group(
            s,
            f,
            2,
            "Ansvarlig magistratsafdeling",
            label,
            MARGIN,
            y,
            max_w,
        );
        groups.push(g);
        let (g, ny) = paragraph(s, f, d, body, MARGIN, ny + 4.0, max_w, Tag::P);
        groups.push(g);
        y = ny + 14.0;
    }
    if !input.leaders.is_empty() {
        let (g, ny) = heading_group(s, f, 2, "Projektledere", label, MARGIN, y, max_w);
        groups.push(g);
        y = ny + 4.0;
        for (name, contact) in input.leaders {
            let line = if contact.is_empty() {
                name.clone()
            } else {
                format!("{name}, {contact}")
            };
            let (g, ny) = paragraph(s, f, &line, body, MARGIN, y, max_w, Tag::P);
            groups.push(g);
            y = ny + 2.0;
        }
    }
    y
}

/// A QR code for `url` as a tagged figure; `None` if the address is too long for one.
fn qr_figure(s: &mut Surface, url: &str, x: f32, y: f32, size: f32) -> Option<TagGroup> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let n = code.width();
    let quiet = 4.0;
    let module = size / (n as f32 + 2.0 * quiet);
    let mut pb = PathBuilder::new();
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (cx, cy) = ((i % n) as f32 + quiet, (i / n) as f32 + quiet);
            pb.push_rect(Rect::from_xywh(
                x + cx * module,
                y + cy * module,
                module,
                module,
            )?);
        }
    }
    let path = pb.finish()?;
    let id = s.start_tagged(ContentTag::Other);
    set_fill(s, INK);
    s.draw_path(&path);
    s.end_tagged();
    let mut g = TagGroup::new(Tag::Figure(Some(format!("QR-kode til siden {url}"))));
    g.push(id);
    Some(g)
}

/// A heading of `level`, wrapped; returns the group and the y below it.
#[allow(clippy::too_many_arguments)]
fn heading_group(
    s: &mut Surface,
    f: &Fonts,
    level: u16,
    text: &str,
    style: Style,
    x: f32,
    y: f32,
    max_w: f32,
) -> (TagGroup, f32) {
    let level = NonZeroU16::new(level).unwrap_or(NonZeroU16::MIN);
    paragraph(
        s,
        f,
        text,
        style,
        x,
        y,
        max_w,
        Tag::Hn(level, Some(text.to_string())),
    )
}

/// Text wrapped into lines, each a tagged span in one group of `tag`; `y` is the
/// top of the block; returns the group and the bottom of its last line.
#[allow(clippy::too_many_arguments)]
fn paragraph(
    s: &mut Surface,
    f: &Fonts,
    text: &str,
    style: Style,
    x: f32,
    y: f32,
    max_w: f32,
    tag: impl Into<krilla::tagging::TagKind>,
) -> (TagGroup, f32) {
    let mut g = TagGroup::new(tag);
    let lines = wrap(style, text, max_w);
    let mut base = y + style.size * 0.95;
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            base += style.size * 1.25;
        }
        // The space that ends a line is kept, so copied text has its word breaks.
        let shown = if i + 1 < lines.len() {
            format!("{l} ")
        } else {
            l.clone()
        };
        g.push(span(s, f, style, x, base, &shown));
    }
    (g, base + style.size * 0.3)
}

/// A bullet: label "•" and the wrapped text beside it.
fn list_item(
    s: &mut Surface,
    f: &Fonts,
    text: &str,
    style: Style,
    x: f32,
    y: f32,
    max_w: f32,
) -> (TagGroup, f32) {
    let indent = style.size * 1.1;
    let mut item = TagGroup::new(Tag::LI);
    let mut lbl = TagGroup::new(Tag::Lbl);
    lbl.push(span(s, f, style, x, y + style.size * 0.95, "•"));
    item.push(lbl);
    let (body, end) = paragraph(s, f, text, style, x + indent, y, max_w - indent, Tag::LBody);
    item.push(body);
    (item, end)
}

/// Words packed into lines no wider than `max_w`.
fn wrap(style: Style, text: &str, max_w: f32) -> Vec<String> {
    wrap_words(text, max_w, |t| text_width(style.bold, style.size, t))
}

/// One line of tagged text.
fn span(
    s: &mut Surface,
    f: &Fonts,
    style: Style,
    x: f32,
    baseline: f32,
    text: &str,
) -> krilla::tagging::Identifier {
    let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
    draw(s, f, style, x, baseline, text);
    s.end_tagged();
    id
}

/// One line of page furniture (the footer band), outside the tag tree.
fn artifact_text(s: &mut Surface, f: &Fonts, style: Style, x: f32, baseline: f32, text: &str) {
    s.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Footer,
        None,
    )));
    draw(s, f, style, x, baseline, text);
    s.end_tagged();
}

fn draw(s: &mut Surface, f: &Fonts, style: Style, x: f32, baseline: f32, text: &str) {
    set_fill(s, style.color);
    let font = if style.bold {
        f.bold.clone()
    } else {
        f.regular.clone()
    };
    s.draw_text(
        Point::from_xy(x, baseline),
        font,
        style.size,
        text,
        false,
        TextDirection::Auto,
    );
}

/// A filled rectangle of page furniture.
fn rect(s: &mut Surface, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
    let Some(r) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut pb = PathBuilder::new();
    pb.push_rect(r);
    let Some(path) = pb.finish() else { return };
    s.start_tagged(ContentTag::Artifact(Artifact::new(
        ArtifactType::Other,
        None,
    )));
    set_fill(s, color);
    s.draw_path(&path);
    s.end_tagged();
}

fn set_fill(s: &mut Surface, (r, g, b): Rgb) {
    s.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        ..Default::default()
    }));
}
