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
    #[serde(flatten)]
    pub slide: &'a Slide,
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
