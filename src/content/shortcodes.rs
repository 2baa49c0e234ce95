//! Shortcodes in a page's or section's text, as Zola expands them: Markdown
//! shortcodes (`.md` templates) become Markdown before the text is rendered;
//! HTML shortcodes are rendered from their templates and put in place after, so
//! their HTML is the theme's and is never sanitized as page text. Inner calls of
//! a body are expanded first. The content layer only knows this interface; the
//! templates are behind it (see `render::shortcodes`).

use std::path::Path;

use crate::diag::Diagnostic;
use crate::markdown::shortcode::{self, Call};

use super::{Page, Section};

/// The page or section a shortcode is called from (in its context as `page` or
/// `section`).
#[derive(Clone, Copy)]
pub enum Owner<'a> {
    Page(&'a Page),
    Section(&'a Section),
}

/// What a shortcode's template makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Html,
    Markdown,
}

/// The site's shortcodes.
pub trait Shortcodes: Sync {
    fn kind(&self, name: &str) -> Option<Kind>;
    /// Render one call (inner calls already expanded in `body`).
    fn render(&self, call: &Call, body: Option<&str>, owner: Owner<'_>) -> Result<String, String>;
    /// The `anchor-link.html` template for a heading.
    fn anchor_link(&self, id: &str, level: u32, lang: &str) -> String;
    /// The `summary-cutoff.html` template, put where a summary ends inside a
    /// paragraph (or another open element).
    fn summary_cutoff(&self, summary: &str, lang: &str) -> String;
}

/// Makes the shortcodes, given every page's permalink (`@/` links in them).
pub type Factory<'a> =
    dyn Fn(&std::collections::HashMap<String, String>) -> Box<dyn Shortcodes + 'a> + Sync + 'a;

/// A body with its shortcodes expanded: Markdown to render, and the HTML that
/// replaces each placeholder afterwards.
#[derive(Debug, Default)]
pub struct Expanded {
    pub markdown: String,
    pub html: Vec<(String, String)>,
    /// Calls that could not be read (shown as text, as in Zola).
    pub warnings: Vec<Diagnostic>,
}

impl Expanded {
    /// Put the HTML shortcodes in place in rendered text.
    pub fn fill(&self, text: &mut String) {
        for (placeholder, html) in &self.html {
            if text.contains(placeholder.as_str()) {
                *text = text.replace(placeholder.as_str(), html);
            }
        }
    }
}

/// Where errors point: the file, its whole text and where the body starts.
pub struct Place<'a> {
    pub shown: &'a Path,
    pub src: &'a str,
    pub body_offset: usize,
}

/// Expand the shortcodes of `body`; `None` when it has none.
pub fn expand(
    body: &str,
    sc: &dyn Shortcodes,
    owner: Owner,
    at: &Place,
) -> Result<Option<Expanded>, Vec<Diagnostic>> {
    if !body.contains("{{") && !body.contains("{%") {
        return Ok(None);
    }
    let known = |n: &str| sc.kind(n).is_some();
    let parsed = shortcode::parse(body, &known).map_err(|e| {
        vec![Diagnostic::error(at.shown, e.message)
            .at_offset(at.src, at.body_offset + e.offset)
            .hint(crate::t!("sc-args-hint"))]
    })?;
    let warnings = parsed
        .unreadable
        .iter()
        .map(|e| {
            Diagnostic::warning(at.shown, e.message.clone())
                .at_offset(at.src, at.body_offset + e.offset)
                .hint(crate::t!("sc-args-text-hint"))
        })
        .collect();
    let mut out = Expanded {
        markdown: parsed.text,
        html: Vec::new(),
        warnings,
    };
    let mut errors = Vec::new();
    for (i, call) in parsed.calls.iter().enumerate() {
        let placeholder = shortcode::placeholder(i);
        match render_call(call, sc, owner, at) {
            Ok((Kind::Markdown, text)) => {
                out.markdown = out.markdown.replacen(&placeholder, &text, 1)
            }
            Ok((Kind::Html, html)) => out.html.push((placeholder, html)),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(Some(out))
    } else {
        Err(errors)
    }
}

/// One call with its inner calls expanded into its body.
fn render_call(
    call: &Call,
    sc: &dyn Shortcodes,
    owner: Owner,
    at: &Place,
) -> Result<(Kind, String), Diagnostic> {
    let here = |d: Diagnostic| d.at_offset(at.src, at.body_offset + call.offset);
    let Some(kind) = sc.kind(&call.name) else {
        return Err(here(
            Diagnostic::error(at.shown, crate::t!("sc-unknown", name = call.name.as_str()))
                .expected(crate::t!("sc-unknown-expected", name = call.name.as_str()))
                .hint(crate::t!("sc-unknown-hint")),
        ));
    };
    let mut body = call.body.clone();
    if let Some(text) = &mut body {
        for (i, inner) in call.inner.iter().enumerate() {
            let (_, rendered) = render_call(inner, sc, owner, at)?;
            *text = text.replacen(&shortcode::placeholder(i), &rendered, 1);
        }
    }
    let rendered = sc.render(call, body.as_deref(), owner).map_err(|why| {
        here(
            Diagnostic::error(
                at.shown,
                crate::t!("sc-failed", name = call.name.as_str(), why = why),
            )
            .hint(crate::t!("sc-failed-hint", name = call.name.as_str())),
        )
    })?;
    Ok((kind, rendered))
}
