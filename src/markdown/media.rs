//! Images in Markdown: `![alt](src "title")` → `<img>`.
//!
//! - **Alt text is required.** An image without alt text is an error with file, line
//!   and column (a warning on a draft page). A purely decorative image says so
//!   explicitly with the alt text [`DECORATIVE`] — `![dekorativ](streg.png)` — and is
//!   rendered with `alt=""`, which tells screen readers to skip it.
//! - **Size and `srcset`.** When an [`ImageContext`] is given and `src` is a local
//!   image (relative to the page's folder, or `/…` in `static/`), `width` and `height`
//!   come from the file header so the page does not jump while loading, and an image
//!   wider than some `[vilde.images] srcset_widths` gets `srcset`/`sizes` with
//!   variants made by the shared image cache. A local image that is missing, damaged
//!   or too large is an error naming it.
//!
//! Without extras the tag is byte-identical to pulldown-cmark's.

use std::path::{Path, PathBuf};

use pulldown_cmark::CowStr;

use crate::diag::{Diagnostic, Severity};
use crate::images::{Processor, IMAGE_EXTENSIONS};

use super::highlight::escape_attr;
use super::Context;

/// The alt text that marks an image as decorative (case does not matter).
pub const DECORATIVE: &str = "dekorativ";

/// `sizes` for content images: the aarhus theme's text column is 46rem wide with
/// 1rem padding on each side.
pub const SIZES: &str = "(max-width: 46rem) calc(100vw - 2rem), 44rem";

/// What image handling needs besides the text (see [`super::render_with_images`]).
pub struct ImageContext<'a> {
    /// The build's image processor (cache and outputs).
    pub images: &'a Processor,
    /// The folder of the Markdown file (the page bundle): relative `src` start here.
    pub dir: &'a Path,
    /// A draft: image problems are warnings, so a preview still builds.
    pub draft: bool,
}

/// An image whose start tag has been seen; alt text is collected until its end.
pub(super) struct Pending<'a> {
    pub dest: CowStr<'a>,
    pub title: CowStr<'a>,
    pub alt: String,
    /// Nesting depth of tags inside the image (links, emphasis in alt text).
    pub depth: usize,
    /// Byte range of the whole `![…](…)` in the body.
    pub start: usize,
    pub end: usize,
}

/// The `<img>` for a finished image; problems go to `problems`.
pub(super) fn img_html(
    p: &Pending,
    body: &str,
    base: usize,
    ctx: &Context,
    extra: Option<&ImageContext>,
    problems: &mut Vec<Diagnostic>,
) -> String {
    let severity = if extra.is_some_and(|e| e.draft) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let at = ctx.body_offset + base + p.start;
    let written = body.get(p.start..p.end).unwrap_or("").trim();
    let alt_trimmed = p.alt.trim();
    let decorative = alt_trimmed.eq_ignore_ascii_case(DECORATIVE);
    if alt_trimmed.is_empty() {
        problems.push(
            Diagnostic::error(ctx.path, crate::t!("img-no-alt"))
                .with_severity(severity)
                .at_offset(ctx.file_src, at)
                .expected(crate::t!("img-no-alt-expected"))
                .found(format!("`{}`", shorten(written)))
                .hint(crate::t!(
                    "img-no-alt-hint",
                    src = p.dest.to_string(),
                    decorative = DECORATIVE
                )),
        );
    }
    let mut out = String::with_capacity(96);
    out.push_str("<img src=\"");
    escape_href(&mut out, &p.dest);
    out.push_str("\" alt=\"");
    if !decorative {
        out.push_str(&escape_attr(&p.alt));
    }
    if !p.title.is_empty() {
        out.push_str("\" title=\"");
        out.push_str(&escape_attr(&p.title));
    }
    out.push('"');
    if let Some(extra) = extra {
        match local_file(&p.dest, extra) {
            Local::NotLocal => {}
            Local::Missing(rel) => problems.push(
                Diagnostic::error(ctx.path, crate::t!("img-missing", image = rel.as_str()))
                    .with_severity(severity)
                    .at_offset(ctx.file_src, at)
                    .found(format!("`{}`", shorten(written)))
                    .hint(crate::t!("img-missing-hint")),
            ),
            Local::File(file) => match sized(&file, &p.dest, extra.images) {
                Ok(attrs) => out.push_str(&attrs),
                Err(e) => problems.push(
                    Diagnostic::error(ctx.path, e.message)
                        .with_severity(severity)
                        .at_offset(ctx.file_src, at)
                        .found(format!("`{}`", shorten(written)))
                        .hint(e.hint.unwrap_or_default()),
                ),
            },
        }
    }
    if ctx.config.lazy_async_image {
        out.push_str(" loading=\"lazy\" decoding=\"async\"");
    }
    out.push_str(" />");
    out
}

/// ` width=… height=…` and, for wide images, ` srcset=… sizes=…`.
fn sized(file: &Path, src: &str, images: &Processor) -> Result<String, Diagnostic> {
    let meta = images.metadata(file)?;
    let mut s = format!(" width=\"{}\" height=\"{}\"", meta.width, meta.height);
    if let Some(set) = images.srcset(file)? {
        s.push_str(" srcset=\"");
        for (url, w) in &set.variants {
            escape_href(&mut s, url);
            s.push_str(&format!(" {w}w, "));
        }
        // The original, at its own width, is the largest candidate.
        escape_href(&mut s, src);
        s.push_str(&format!(" {}w\" sizes=\"{SIZES}\"", meta.width));
    }
    s.push_str(" loading=\"lazy\" decoding=\"async\"");
    Ok(s)
}

enum Local {
    NotLocal,
    Missing(String),
    File(PathBuf),
}

/// Where a Markdown `src` is on disk, if it is a local image.
fn local_file(dest: &str, extra: &ImageContext) -> Local {
    if dest.contains("://")
        || dest.starts_with("//")
        || dest.starts_with("data:")
        || dest.starts_with("@/")
    {
        return Local::NotLocal;
    }
    let path = dest.split(['?', '#']).next().unwrap_or("");
    let path = percent_decode(path);
    let ext = Path::new(&path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if path.is_empty() || !IMAGE_EXTENSIONS.contains(&ext.as_str()) {
        return Local::NotLocal;
    }
    let found = if let Some(rest) = path.strip_prefix('/') {
        extra.images.resolve_site_path(rest)
    } else {
        extra.images.resolve_in(extra.dir, &path)
    };
    match found {
        Some(f) => Local::File(f),
        None => Local::Missing(path),
    }
}

/// `%20` and other escapes in a URL path (invalid escapes are kept as written).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex_val(b[i + 1]), hex_val(b[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= 80 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(79).collect::<String>())
    }
}

/// Escape a URL for an `href`/`src` attribute exactly as pulldown-cmark does.
pub(super) fn escape_href(out: &mut String, s: &str) {
    const SAFE: &[u8] = b"!#$%()*+,-./:;=?@_~";
    for &c in s.as_bytes() {
        match c {
            b'&' => out.push_str("&amp;"),
            b'\'' => out.push_str("&#x27;"),
            c if c.is_ascii_alphanumeric() || SAFE.contains(&c) => out.push(c as char),
            c => out.push_str(&format!("%{c:02X}")),
        }
    }
}
