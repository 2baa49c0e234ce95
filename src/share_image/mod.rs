//! Link-preview images: a 1200×630 PNG per problem (`/<slug>/deling.png`), the
//! problem's title on the theme's blue, so the link e-mailed to the councillors shows
//! a card in Outlook and Teams and not a bare address.
//!
//! Text is set with IBM Plex Sans (SIL Open Font License 1.1, `OFL.txt` beside this
//! file; the font of the Danish public design system), bundled in the binary, and
//! rasterised with `ab_glyph`; the PNG is written by `image`. Nothing depends on the
//! machine (no system fonts, no time), so two builds give the same bytes.

use ab_glyph::{point, Font, FontRef, Glyph, PxScale, ScaleFont};
use image::{ImageEncoder, Rgb, RgbImage};

/// The image's name in a problem's output folder.
pub const FILE_NAME: &str = "deling.png";
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The bundled fonts (also used by the PDFs, `crate::pdf`).
pub const BOLD: &[u8] = include_bytes!("IBMPlexSans-Bold.ttf");
pub const REGULAR: &[u8] = include_bytes!("IBMPlexSans-Regular.ttf");

/// The bundled fonts, parsed once: (bold, regular).
fn fonts() -> &'static (FontRef<'static>, FontRef<'static>) {
    static FONTS: std::sync::OnceLock<(FontRef<'static>, FontRef<'static>)> =
        std::sync::OnceLock::new();
    FONTS.get_or_init(|| {
        let parse = |data| FontRef::try_from_slice(data).expect("the bundled font is valid");
        (parse(BOLD), parse(REGULAR))
    })
}

/// The advance width of `text` in the bundled bold or regular font at an em size
/// of `size` (as PDF font sizes are given).
pub fn text_width(bold: bool, size: f32, text: &str) -> f32 {
    let (b, r) = fonts();
    let f = if bold { b } else { r };
    let per_em = f.height_unscaled() / f.units_per_em().unwrap_or(1000.0);
    width(f, size * per_em, text)
}

/// Words packed greedily into lines no wider than `max_w` as `width` measures them
/// (a word wider than that stands on a line of its own).
pub fn wrap_words(text: &str, max_w: f32, width: impl Fn(&str) -> f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if cur.is_empty() || width(&candidate) <= max_w {
            cur = candidate;
        } else {
            lines.push(std::mem::replace(&mut cur, word.to_string()));
        }
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

const BLUE: [u8; 3] = [0x00, 0x3b, 0x6f];
const WHITE: [u8; 3] = [0xff, 0xff, 0xff];
const PALE: [u8; 3] = [0xcf, 0xe0, 0xef];
const MARGIN: f32 = 80.0;
/// Title sizes tried, largest first, until the title fits in [`MAX_TITLE_LINES`].
const TITLE_SIZES: &[f32] = &[92.0, 84.0, 76.0, 68.0, 60.0, 54.0, 48.0];
const MAX_TITLE_LINES: usize = 3;

/// What goes on a card.
#[derive(Debug, Clone, Copy)]
pub struct Card<'a> {
    /// The small line at the top (`Aarhus Kommune · Vilde problemer`).
    pub kicker: &'a str,
    /// The title, large.
    pub title: &'a str,
    /// The line at the bottom (the department), if any.
    pub footer: Option<&'a str>,
}

/// The card as PNG bytes.
pub fn png(card: &Card) -> Vec<u8> {
    let img = draw(card);
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new(&mut out);
    // Writing to a Vec cannot fail for a well-formed RGB buffer.
    let _ = encoder.write_image(img.as_raw(), WIDTH, HEIGHT, image::ExtendedColorType::Rgb8);
    out
}

/// The card as pixels.
pub fn draw(card: &Card) -> RgbImage {
    let (bold, regular) = fonts();
    let mut img = RgbImage::from_pixel(WIDTH, HEIGHT, Rgb(BLUE));
    let max_w = WIDTH as f32 - 2.0 * MARGIN;
    let kicker = fit_one_line(regular, card.kicker, 34.0, max_w);
    text(&mut img, regular, 34.0, &kicker, MARGIN, 118.0, PALE);
    fill_rect(&mut img, MARGIN as u32, 150, 120, 8, WHITE);
    let (size, lines) = title_layout(bold, card.title, max_w);
    let line_h = size * 1.12;
    let mut y = 200.0 + size;
    for l in &lines {
        text(&mut img, bold, size, l, MARGIN, y, WHITE);
        y += line_h;
    }
    if let Some(f) = card.footer {
        let f = fit_one_line(&regular, f, 36.0, max_w);
        text(
            &mut img,
            &regular,
            36.0,
            &f,
            MARGIN,
            HEIGHT as f32 - 64.0,
            WHITE,
        );
    }
    img
}

/// The largest title size at which the title wraps into at most three lines that
/// fit, and its lines; at the smallest size, the lines cut to three with "…".
fn title_layout(font: &FontRef, title: &str, max_w: f32) -> (f32, Vec<String>) {
    for &size in TITLE_SIZES {
        let lines = wrap(font, size, title, max_w);
        if lines.len() <= MAX_TITLE_LINES && lines.iter().all(|l| width(font, size, l) <= max_w) {
            return (size, lines);
        }
    }
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    let mut lines = wrap(font, size, title, max_w);
    if lines.len() > MAX_TITLE_LINES {
        lines.truncate(MAX_TITLE_LINES);
        let last = format!("{} …", lines[MAX_TITLE_LINES - 1]);
        lines[MAX_TITLE_LINES - 1] = last;
    }
    let lines = lines
        .into_iter()
        .map(|l| fit_one_line(font, &l, size, max_w))
        .collect();
    (size, lines)
}

fn wrap(font: &FontRef, size: f32, text: &str, max_w: f32) -> Vec<String> {
    wrap_words(text, max_w, |t| width(font, size, t))
}

/// `text` on one line, cut with "…" where it would be wider than `max_w`.
fn fit_one_line(font: &FontRef, text: &str, size: f32, max_w: f32) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if width(font, size, &text) <= max_w {
        return text;
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let cut: String = chars.iter().collect::<String>().trim_end().to_string() + "…";
        if width(font, size, &cut) <= max_w {
            return cut;
        }
    }
    String::new()
}

/// The glyphs of `text` at `size` px, the first at `(x, baseline)`, kerned.
fn layout(font: &FontRef, size: f32, text: &str, x: f32, baseline: f32) -> Vec<Glyph> {
    let scaled = font.as_scaled(PxScale::from(size));
    let mut caret = x;
    let mut prev = None;
    let mut out = Vec::with_capacity(text.len());
    for ch in text.chars() {
        let id = scaled.glyph_id(ch);
        if let Some(p) = prev {
            caret += scaled.kern(p, id);
        }
        out.push(id.with_scale_and_position(size, point(caret, baseline)));
        caret += scaled.h_advance(id);
        prev = Some(id);
    }
    out
}

/// The advance width of `text` at `size` px.
fn width(font: &FontRef, size: f32, text: &str) -> f32 {
    let scaled = font.as_scaled(PxScale::from(size));
    layout(font, size, text, 0.0, 0.0)
        .last()
        .map_or(0.0, |g| g.position.x + scaled.h_advance(g.id))
}

/// Draw `text` with its baseline at `baseline`, blending `color` over the image.
fn text(
    img: &mut RgbImage,
    font: &FontRef,
    size: f32,
    text: &str,
    x: f32,
    baseline: f32,
    color: [u8; 3],
) {
    for g in layout(font, size, text, x, baseline) {
        let Some(outline) = font.outline_glyph(g) else {
            continue;
        };
        let b = outline.px_bounds();
        outline.draw(|gx, gy, cov| {
            let (px, py) = (b.min.x as i64 + gx as i64, b.min.y as i64 + gy as i64);
            if px < 0 || py < 0 || px >= WIDTH as i64 || py >= HEIGHT as i64 {
                return;
            }
            let p = img.get_pixel_mut(px as u32, py as u32);
            let c = cov.clamp(0.0, 1.0);
            for i in 0..3 {
                p.0[i] = (p.0[i] as f32 * (1.0 - c) + color[i] as f32 * c).round() as u8;
            }
        });
    }
}

fn fill_rect(img: &mut RgbImage, x: u32, y: u32, w: u32, h: u32, color: [u8; 3]) {
    for py in y..(y + h).min(HEIGHT) {
        for px in x..(x + w).min(WIDTH) {
            img.put_pixel(px, py, Rgb(color));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(title: &str) -> Card<'_> {
        Card {
            kicker: "Aarhus Kommune · Vilde problemer",
            title,
            footer: Some("Sociale Forhold og Beskæftigelse"),
        }
    }

    /// Columns (x) where some pixel differs from the background, within rows y0..y1.
    fn inked_columns(img: &RgbImage, y0: u32, y1: u32) -> (u32, u32) {
        let mut min = WIDTH;
        let mut max = 0;
        for y in y0..y1 {
            for x in 0..WIDTH {
                if img.get_pixel(x, y).0 != BLUE {
                    min = min.min(x);
                    max = max.max(x);
                }
            }
        }
        (min, max)
    }

    #[test]
    fn a_card_is_a_1200_by_630_png_and_the_same_every_time() {
        let a = png(&card("Blandede Bydele og Integration"));
        let b = png(&card("Blandede Bydele og Integration"));
        assert_eq!(a, b);
        let img = image::load_from_memory(&a).unwrap();
        assert_eq!((img.width(), img.height()), (WIDTH, HEIGHT));
        assert_ne!(a, png(&card("Bæredygtig Vækst")));
    }

    #[test]
    fn the_title_is_large_wraps_and_stays_inside_the_margins() {
        let font = FontRef::try_from_slice(BOLD).unwrap();
        let (size, lines) = title_layout(&font, "Blandede Bydele og Integration", 1040.0);
        assert_eq!(size, 92.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        let long = "Rekruttering og kompetencer i en tid med mangel på arbejdskraft i alle dele af den offentlige sektor og i hele landet";
        let (size, lines) = title_layout(&font, long, 1040.0);
        assert!(lines.len() <= 3 && size < 92.0, "{size} {lines:?}");
        let img = draw(&card(long));
        let (left, right) = inked_columns(&img, 0, HEIGHT);
        assert!(left >= 78 && right <= WIDTH - 78, "{left}..{right}");
        let (l, r) = inked_columns(&draw(&card("Kort")), 200, 400);
        assert!(l >= 78 && r > l, "title drawn: {l}..{r}");
    }

    #[test]
    fn danish_letters_have_glyphs() {
        let font = FontRef::try_from_slice(REGULAR).unwrap();
        for ch in "æøåÆØÅé–…·".chars() {
            assert_ne!(font.glyph_id(ch).0, 0, "{ch}");
        }
    }
}
