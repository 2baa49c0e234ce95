//! The fixed slide deck: one template for all seven problems, one outline per problem.
//!
//! The proposal in the seed says it plainly: "Det er således ikke muligt at ændre i antal
//! slides, overskrifter eller layout" (the number of slides, their headings and their
//! layout cannot be changed). This module makes that rule checkable:
//!
//! - [`template`]: `slide-template.toml` at the site root (owned by Borgmesterens
//!   Afdeling) → [`SlideTemplate`]: the ordered slides, each with its fixed heading (or
//!   "the problem's title"), its [`Layout`] and its [`Limits`].
//! - [`outline`]: a problem bundle's `slides.md` (plain Markdown, `## ` starts a slide)
//!   → [`Outline`], every slide, bullet and text line with its line and column.
//! - [`validate()`]: outline against template → every violation at once, as
//!   [`Diagnostic`](crate::diag::Diagnostic)s.
//! - [`deck()`]: outline + template → what a deck page template renders.
//!
//! Everything here is pure: callers read the files (`diag::read_text`) and pass
//! `(path shown to the user, source text)`.
//!
//! Two rules shared by the submodules live here:
//!
//! - **Word count** ([`count_words`]): split the text on whitespace; a piece is a word
//!   when it holds at least one letter or digit. So `bl.a.`, `2019:` and `A.` are one
//!   word each, while a lone `–`, `-` or `:` is none.
//! - **Heading comparison** ([`headings_match`]): whitespace differences (leading,
//!   trailing, several spaces, non-breaking spaces) and quote style (`'` `"` `‘` `’` `‚`
//!   `“` `”` `„` `«` `»` `‹` `›`) are not differences. Everything else is wording,
//!   **including letter case**: the headings are printed on every problem's deck and
//!   must look the same on all seven, so "Politisk Afsæt" is not "Politisk afsæt". The
//!   validator says when only the letter case differs, so the fix is obvious.

pub mod outline;
pub mod template;
pub mod validate;

pub use outline::{Bullet, Extra, ExtraKind, Outline, Slide, TextBlock};
pub use template::{Layout, Limits, SlideTemplate, TemplateHeading, TemplateSlide, LAYOUTS};
pub use validate::validate;

use serde::Serialize;

/// Number of words in `text` (the project's one word rule, see the module docs).
pub use crate::words::count_words;

/// Quote characters that count as the same character when headings are compared.
const QUOTES: &[char] = &[
    '\'', '"', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '«', '»', '‹', '›',
];

/// A heading in comparable form: whitespace runs collapsed to one space, trimmed, and
/// every quote character replaced by `"`. Letter case is kept.
pub fn normalize_heading(s: &str) -> String {
    let words: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            w.chars()
                .map(|c| if QUOTES.contains(&c) { '"' } else { c })
                .collect()
        })
        .collect();
    words.join(" ")
}

/// True when two headings are the same up to whitespace and quote style.
pub fn headings_match(a: &str, b: &str) -> bool {
    normalize_heading(a) == normalize_heading(b)
}

/// One slide as a deck page template sees it: the outline's slide (its fields are
/// flattened in: `heading`, `line`, `lead`, `bullets`, `closing`, …) plus the layout
/// name from the template at the same position (`"title"`, `"bullets"`,
/// `"lead-bullets-closing"`), so every problem's deck uses the same frames.
#[derive(Debug, Clone, Serialize)]
pub struct DeckSlide<'a> {
    /// 1-based position in the deck.
    pub position: usize,
    /// Layout name of the template slide at this position; `"bullets"` for a slide the
    /// template does not have (only possible in a preview build with violations).
    pub layout: &'static str,
    /// How large the slide's type can be and still fit the 16:9 frame: one of
    /// [`FILLS`], largest first (see [`fill`]).
    pub fill: &'static str,
    #[serde(flatten)]
    pub slide: &'a Slide,
}

/// Type steps for a slide's text, largest first, with their size in CSS px at the
/// reference frame; the theme's stylesheet gives each name its size.
pub const FILLS: &[(&str, f32)] = &[
    ("luftig", 27.2),
    ("aaben", 23.2),
    ("middel", 20.8),
    ("taet", 18.4),
    ("mindst", 16.0),
];

/// The text area of a slide at the reference frame (1056 × 594 CSS px less margins,
/// heading and footer band), and the average width of a character in em.
const AREA_WIDTH: f32 = 950.0;
const AREA_HEIGHT: f32 = 430.0;
const CHAR_EM: f32 = 0.5;

/// The largest type step at which the slide's text is estimated to fit its frame
/// (lines from characters per line, 1.35 line height, a quarter em between
/// blocks); the smallest step when none does.
pub fn fill(slide: &Slide) -> &'static str {
    let blocks = text_blocks(slide);
    for (name, px) in FILLS {
        let height: f32 = blocks
            .iter()
            .map(|(chars, indent)| {
                let per_line = ((AREA_WIDTH - indent * px) / (CHAR_EM * px)).max(1.0);
                let lines = (*chars as f32 / per_line).ceil().max(1.0);
                lines * 1.35 * px + 0.25 * px
            })
            .sum();
        if height <= AREA_HEIGHT {
            return name;
        }
    }
    FILLS[FILLS.len() - 1].0
}

/// Each text block of a slide: its characters and its indent in em.
fn text_blocks(slide: &Slide) -> Vec<(usize, f32)> {
    fn push(bullets: &[Bullet], indent: f32, out: &mut Vec<(usize, f32)>) {
        for b in bullets {
            out.push((b.text.chars().count(), indent));
            push(&b.children, indent + 1.2, out);
        }
    }
    let mut out = Vec::new();
    if let Some(l) = &slide.lead {
        out.push((l.text.chars().count(), 0.0));
    }
    push(&slide.bullets, 1.2, &mut out);
    if let Some(c) = &slide.closing {
        out.push((c.text.chars().count(), 0.0));
    }
    out
}

/// Pair each outline slide with the template slide at the same position.
pub fn deck<'a>(template: &SlideTemplate, outline: &'a Outline) -> Vec<DeckSlide<'a>> {
    outline
        .slides
        .iter()
        .enumerate()
        .map(|(i, slide)| DeckSlide {
            position: i + 1,
            layout: template
                .slides
                .get(i)
                .map_or(Layout::Bullets.name(), |t| t.layout.name()),
            fill: fill(slide),
            slide,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn heading_comparison_ignores_whitespace_and_quote_style_only() {
        assert!(headings_match(
            "  Hvilken  viden står\tvi på nu? ",
            "Hvilken viden står vi på nu?"
        ));
        assert!(headings_match(
            "«Blandede» ‘Bydele’",
            "\"Blandede\" 'Bydele'"
        ));
        assert!(headings_match("„Blandede“", "”Blandede”"));
        assert!(!headings_match(
            "Politisk Afsæt for arbejdet",
            "Politisk afsæt for arbejdet"
        ));
        assert!(!headings_match(
            "Hvilken viden står vi på nu",
            "Hvilken viden står vi på nu?"
        ));
        assert_eq!(normalize_heading(" a\u{a0} ’b’ "), "a \"b\"");
    }

    #[test]
    fn type_is_as_large_as_the_text_lets_it_be() {
        let parse = |md: &str| {
            Outline::parse(Path::new("slides.md"), md)
                .0
                .slides
                .remove(0)
        };
        assert_eq!(fill(&parse("## T\n\n- Kort punkt\n- Endnu et\n")), "luftig");
        let long = format!("## T\n\n{}", "- Et punkt med en hel del ord, der fylder næsten to linjer på sliden, når det er skrevet helt ud i stor tekst\n".repeat(8));
        assert_eq!(fill(&parse(&long)), "mindst");
        let middle = format!(
            "## T\n\n{}",
            "- Et punkt på en linje med en del flere ord, så det fylder godt\n".repeat(12)
        );
        let f = fill(&parse(&middle));
        assert!(f != "luftig" && f != "mindst", "{f}");
    }

    #[test]
    fn deck_pairs_layouts_by_position() {
        let t = SlideTemplate::parse(
            Path::new("slide-template.toml"),
            "[[slide]]\nheading_is_problem_title = true\nlayout = \"title\"\n",
        )
        .unwrap();
        let (o, _) = Outline::parse(Path::new("slides.md"), "## T\n\n## Extra\n\n- a\n");
        let d = deck(&t, &o);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].position, d[0].layout), (1, "title"));
        assert_eq!((d[1].position, d[1].layout), (2, "bullets"));
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json[1]["heading"], "Extra");
        assert_eq!(json[1]["layout"], "bullets");
        assert_eq!(json[1]["bullets"][0]["text"], "a");
    }
}
