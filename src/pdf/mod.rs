//! PDF files written by vilde itself, without a browser: the deck of a problem
//! (`/<slug>/slides.pdf`, one A4 landscape page per slide on the slide master) and its
//! stand poster for the theme discussion (`/<slug>/plakat.pdf`, A4 portrait with a QR
//! code to the problem's page).
//!
//! Written with `krilla` under its PDF/UA-1 validator: every piece of text is tagged
//! (headings, paragraphs, lists, the QR code as a figure with alt text), the document
//! language is Danish, the title is set and there is an outline; the page furniture
//! (background, footer band) is marked as artifacts. Text is set in the bundled IBM
//! Plex Sans, so the text can be selected and searched. Nothing depends on the time or
//! the machine: two builds give the same bytes.

mod layout;

use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::metadata::Metadata;
use krilla::{Document, SerializeSettings};

use crate::slides::DeckSlide;

pub use layout::{A4_LANDSCAPE, A4_PORTRAIT};

/// The deck's file name in a problem's output folder.
pub const DECK_FILE: &str = "slides.pdf";
/// The poster's file name in a problem's output folder.
pub const POSTER_FILE: &str = "plakat.pdf";
/// The mark on every page of material that is not approved or breaks the template.
pub const DRAFT_MARK: &str = "UDKAST – ikke godkendt";

/// What a problem's deck needs.
pub struct DeckInput<'a> {
    pub title: &'a str,
    pub department: Option<&'a str>,
    pub organisation: &'a str,
    pub slides: &'a [DeckSlide<'a>],
    /// Not approved, or not fitting the template: every page is marked.
    pub draft: bool,
    /// What breaks the template, listed on a last page.
    pub violations: &'a [String],
}

/// What a problem's stand poster needs.
pub struct PosterInput<'a> {
    pub title: &'a str,
    pub lead: Option<&'a str>,
    pub department: Option<&'a str>,
    pub organisation: &'a str,
    /// Project leaders: name and contact line.
    pub leaders: &'a [(String, String)],
    /// The problem page's address, in the QR code and printed under it.
    pub url: &'a str,
    pub draft: bool,
}

/// A new PDF/UA-1 document with Danish as its language.
fn document(title: &str) -> Option<Document> {
    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .ok()?;
    let mut doc = Document::new_with(SerializeSettings {
        configuration,
        ..Default::default()
    });
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language("da".to_string()),
    );
    Some(doc)
}

/// The deck as PDF bytes; `None` only if the PDF writer refuses the document.
pub fn deck(input: &DeckInput) -> Option<Vec<u8>> {
    let title = format!("Slides: {}", input.title);
    let mut w = layout::Writer::new(document(&title)?)?;
    for s in input.slides {
        w.slide_page(input, s);
    }
    if !input.violations.is_empty() {
        w.violations_page(input.violations);
    }
    w.finish()
}

/// The combined deck of all problems, in the order given (the site's order), for
/// Borgmesterens Afdeling: every problem's slides, each marked and followed by its
/// violations as in its own deck.
pub fn combined(inputs: &[DeckInput]) -> Option<Vec<u8>> {
    let mut w = layout::Writer::new(document("Slides: alle vilde problemer")?)?;
    for input in inputs {
        for s in input.slides {
            w.slide_page(input, s);
        }
        if !input.violations.is_empty() {
            w.violations_page(input.violations);
        }
    }
    w.finish()
}

/// The combined deck's file name at the root of the output.
pub const COMBINED_FILE: &str = "vilde-problemer-slides.pdf";

/// The stand poster as PDF bytes; `None` only if the PDF writer refuses it.
pub fn poster(input: &PosterInput) -> Option<Vec<u8>> {
    let title = format!("Plakat: {}", input.title);
    let mut w = layout::Writer::new(document(&title)?)?;
    w.poster_page(input);
    w.finish()
}
