//! Klarsprog: pointers to the exact places where a Danish text can be made
//! plainer, beyond one LIX number. Writing aids for drafts — warnings, never a
//! reason to stop a build. Pure: text in, findings out (the word list is read by
//! the pipeline).
//!
//! The rules, each tuned or turned off in `[vilde.klarsprog]`:
//! - **long sentences**: more than `lange_saetninger` words (25);
//! - **long words**: more than `lange_ord` letters (17), names left alone;
//! - **passive forms**: the s-passive after a modal verb ("skal implementeres") or
//!   on a long -ere verb ("prioriteres", "etableredes"), and "blive" + participle
//!   ("bliver bygget", "blev vedtaget"); verbs that only look passive ("findes",
//!   "synes") and words that are not verbs ("deres", "proces") are left alone;
//! - **nominalisations** (-ing, -else, -hed, -tion, -ering) piled up: `navneord`
//!   (3) or more in one sentence;
//! - **jargon** from a word list kept as a Danish data file in the site
//!   (`klarsprog.toml`), each with a plainer word;
//! - **hard paragraphs**: a paragraph whose own LIX is over the site's target.
//!
//! [`markdown_blocks`] turns a Markdown body into blocks of plain text that
//! remember where each piece came from, so a finding can be given a file, line and
//! column; [`annotate`] marks the findings in the rendered HTML of a preview.

mod annotate;
mod rules;

pub use annotate::annotate;
pub use rules::{analyze, Jargon};

use serde::{Deserialize, Serialize};

/// `[vilde.klarsprog]`: which pointers to give, and their limits.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KlarsprogConfig {
    /// All checks on (true) or off.
    pub aktiv: bool,
    /// A sentence is long above this many words (0 = off).
    pub lange_saetninger: usize,
    /// A word is long above this many letters (0 = off).
    pub lange_ord: usize,
    /// Point at passive forms.
    pub passiv: bool,
    /// Point at a sentence with this many nominalisations or more (0 = off).
    pub navneord: usize,
    /// The word list with plainer alternatives, relative to the site folder
    /// ("" = none).
    pub ordliste: String,
    /// Point at paragraphs whose own LIX is over `[vilde.lix] target`.
    pub afsnit_lix: bool,
}

impl Default for KlarsprogConfig {
    fn default() -> Self {
        KlarsprogConfig {
            aktiv: true,
            lange_saetninger: 25,
            lange_ord: 17,
            passiv: true,
            navneord: 3,
            ordliste: "klarsprog.toml".into(),
            afsnit_lix: true,
        }
    }
}

/// What a pointer is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    LongSentence,
    LongWord,
    Passive,
    Nominalisations,
    Jargon,
    HardParagraph,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::LongSentence,
        Kind::LongWord,
        Kind::Passive,
        Kind::Nominalisations,
        Kind::Jargon,
        Kind::HardParagraph,
    ];

    /// The kind's name for people ("Lang sætning").
    pub fn label(self) -> String {
        crate::i18n::text(&format!("ks-kind-{}", self.slug()), &[])
    }

    /// What to do about it, for the legend.
    pub fn advice(self) -> String {
        crate::i18n::text(&format!("ks-advice-{}", self.slug()), &[])
    }

    pub fn slug(self) -> &'static str {
        match self {
            Kind::LongSentence => "long-sentence",
            Kind::LongWord => "long-word",
            Kind::Passive => "passive",
            Kind::Nominalisations => "nominalisations",
            Kind::Jargon => "jargon",
            Kind::HardParagraph => "hard-paragraph",
        }
    }
}

/// One pointer: what, where in its block, and a short note.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: Kind,
    /// Which block of the text.
    pub block: usize,
    /// Byte range in the block's text.
    pub start: usize,
    pub end: usize,
    /// The words pointed at (for a sentence or paragraph: the whole of it).
    pub text: String,
    /// A short note in the current language ("31 ord – over 25").
    pub note: String,
    /// How much it matters, for "the five hardest places".
    pub weight: f64,
}

/// A block of plain text and where its pieces are in the source: each
/// `(block offset, source offset)` starts a piece copied as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub pieces: Vec<(usize, usize)>,
}

impl Block {
    /// A block that is one piece of the source starting at `at`.
    pub fn at(text: &str, at: usize) -> Block {
        Block {
            text: text.to_string(),
            pieces: vec![(0, at)],
        }
    }

    /// The source offset of byte `pos` of the block's text.
    pub fn source_of(&self, pos: usize) -> usize {
        match self.pieces.iter().rev().find(|(b, _)| *b <= pos) {
            Some((b, s)) => s + (pos - b),
            None => self.pieces.first().map_or(0, |p| p.1),
        }
    }
}

/// The paragraphs, headings and list items of a Markdown body as plain text
/// (code, HTML and link addresses left out), with where each piece is in `body`.
pub fn markdown_blocks(body: &str) -> Vec<Block> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut out = Vec::new();
    let mut cur: Option<Block> = None;
    let mut skip = 0usize;
    for (ev, range) in
        Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES).into_offset_iter()
    {
        match ev {
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) => skip += 1,
            Event::End(TagEnd::CodeBlock) | Event::End(TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1)
            }
            Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Heading { .. })
            | Event::Start(Tag::Item) => {
                if let Some(b) = cur.take().filter(|b| !b.text.trim().is_empty()) {
                    out.push(b);
                }
                cur = Some(Block::default());
            }
            Event::End(TagEnd::Paragraph)
            | Event::End(TagEnd::Heading(_))
            | Event::End(TagEnd::Item) => {
                if let Some(b) = cur.take().filter(|b| !b.text.trim().is_empty()) {
                    out.push(b);
                }
            }
            Event::Text(t) if skip == 0 => {
                if let Some(b) = cur.as_mut() {
                    // (Text written with entities drifts by a few bytes within its piece.)
                    b.pieces.push((b.text.len(), range.start));
                    b.text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => {
                if let Some(b) = cur.as_mut() {
                    b.pieces.push((b.text.len(), range.start));
                    b.text.push(' ');
                }
            }
            _ => {}
        }
    }
    if let Some(b) = cur.filter(|b| !b.text.trim().is_empty()) {
        out.push(b);
    }
    out
}

/// The five hardest places: the findings that matter most, in text order of
/// importance.
pub fn hardest(findings: &[Finding], n: usize) -> Vec<&Finding> {
    let mut v: Vec<&Finding> = findings.iter().collect();
    v.sort_by(|a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then(a.block.cmp(&b.block))
            .then(a.start.cmp(&b.start))
    });
    v.truncate(n);
    v
}

#[cfg(test)]
mod tests;
